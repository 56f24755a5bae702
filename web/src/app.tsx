import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AccountPage } from './areas/account/account-page.js';
import { AccountBillingPage } from './areas/account/billing-page.js';
import { ChangePasswordPage } from './areas/account/change-password-page.js';
import { ForgotPasswordPage } from './areas/account/forgot-password-page.js';
import { LoyaltyCardPage } from './areas/account/loyalty-card-page.js';
import { ResetPasswordPage } from './areas/account/reset-password-page.js';
import { SignInPage } from './areas/account/sign-in-page.js';
import { SignUpPage } from './areas/account/sign-up-page.js';
import { VerifyEmailPage } from './areas/account/verify-email-page.js';
import { AdminLayout } from './areas/admin/admin-layout.js';
import { AuditPage } from './areas/admin/audit-page.js';
import { CategoriesPage } from './areas/admin/categories-page.js';
import { ClientsPage } from './areas/admin/clients-page.js';
import { CustomerPage } from './areas/admin/customer-page.js';
import { DashboardPage } from './areas/admin/dashboard-page.js';
import { InventoryPage, MovementsPage } from './areas/admin/inventory-page.js';
import { LoyaltyAccountPage } from './areas/admin/loyalty-account-page.js';
import { MailPage } from './areas/admin/mail-page.js';
import { MailTemplatesPage } from './areas/admin/mail-templates-page.js';
import { AdminOrderPage } from './areas/admin/order-page.js';
import { AdminOrdersPage } from './areas/admin/orders-page.js';
import { PromotionsPage } from './areas/admin/promotions-page.js';
import { UsersPage } from './areas/admin/users-page.js';
import { BillRunsPage } from './areas/billing/bill-runs-page.js';
import { BillingLayout } from './areas/billing/billing-layout.js';
import { PackagesPage } from './areas/billing/packages-page.js';
import { PaymentsPage } from './areas/billing/payments-page.js';
import { SubscriberPage } from './areas/billing/subscriber-page.js';
import { SubscribersPage } from './areas/billing/subscribers-page.js';
import { PosPage } from './areas/pos/pos-page.js';
import { CartPage } from './areas/shop/cart-page.js';
import { CheckoutPage } from './areas/shop/checkout-page.js';
import { OrderPage } from './areas/shop/order-page.js';
import { OrdersPage } from './areas/shop/orders-page.js';
import { ProductPage } from './areas/shop/product-page.js';
import { ProductsPage } from './areas/shop/products-page.js';
import { ShopHomePage } from './areas/shop/shop-home-page.js';
import { WishlistPage } from './areas/shop/wishlist-page.js';
import { ProductEditorPage } from './areas/vendor/product-editor-page.js';
import { VendorOrdersPage } from './areas/vendor/vendor-orders-page.js';
import { RequireSeller, VendorProductsPage } from './areas/vendor/vendor-products-page.js';
import { queryClient } from './lib/query.js';
import { SessionProvider, useSession } from './lib/session.js';
import { RequireSignedIn, RequireStaff } from './shell/guards.js';
import { HomePage } from './shell/home-page.js';
import { Layout } from './shell/layout.js';
import { NotFoundPage } from './shell/not-found-page.js';

/** Client routes. Anything the server does not own falls back to index.html, then lands here. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <CacheFollowsUser />
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<HomePage />} />
              <Route path="signin" element={<SignInPage />} />
              <Route path="signup" element={<SignUpPage />} />
              <Route path="forgot-password" element={<ForgotPasswordPage />} />
              <Route path="reset-password/:token" element={<ResetPasswordPage />} />
              <Route path="verify-email/:token" element={<VerifyEmailPage />} />
              <Route path="shop" element={<ShopHomePage />} />
              <Route path="shop/products" element={<ProductsPage />} />
              <Route path="shop/products/:slug" element={<ProductPage />} />
              <Route element={<RequireSignedIn />}>
                <Route path="cart" element={<CartPage />} />
                <Route path="checkout" element={<CheckoutPage />} />
                <Route path="orders" element={<OrdersPage />} />
                <Route path="orders/:id" element={<OrderPage />} />
                <Route path="wishlist" element={<WishlistPage />} />
                <Route path="vendor/orders" element={<RequireSeller />}>
                  <Route index element={<VendorOrdersPage />} />
                </Route>
                <Route path="vendor/products" element={<RequireSeller />}>
                  <Route index element={<VendorProductsPage />} />
                  <Route path="new" element={<ProductEditorPage />} />
                  <Route path=":id" element={<ProductEditorPage />} />
                </Route>
              </Route>
              <Route path="account" element={<RequireSignedIn />}>
                <Route index element={<AccountPage />} />
                <Route path="password" element={<ChangePasswordPage />} />
                <Route path="loyalty" element={<LoyaltyCardPage />} />
                <Route path="billing" element={<AccountBillingPage />} />
              </Route>
              <Route path="admin" element={<RequireStaff />}>
                <Route element={<AdminLayout />}>
                  <Route index element={<DashboardPage />} />
                  <Route path="users" element={<UsersPage />} />
                  <Route path="customers/:id" element={<CustomerPage />} />
                  <Route path="clients" element={<ClientsPage />} />
                  <Route path="mail" element={<MailPage />} />
                  <Route path="mail/templates" element={<MailTemplatesPage />} />
                  <Route path="audit" element={<AuditPage />} />
                  <Route path="orders" element={<AdminOrdersPage />} />
                  <Route path="orders/:id" element={<AdminOrderPage />} />
                  <Route path="categories" element={<CategoriesPage />} />
                  <Route path="inventory" element={<InventoryPage />} />
                  <Route path="inventory/movements" element={<MovementsPage />} />
                  <Route path="promotions" element={<PromotionsPage />} />
                  <Route path="loyalty" element={<LoyaltyAccountPage />} />
                  <Route path="loyalty/:key" element={<LoyaltyAccountPage />} />
                  <Route path="billing" element={<BillingLayout />}>
                    <Route index element={<SubscribersPage />} />
                    <Route path="subscribers/:uid" element={<SubscriberPage />} />
                    <Route path="packages" element={<PackagesPage />} />
                    <Route path="payments" element={<PaymentsPage />} />
                    <Route path="runs" element={<BillRunsPage />} />
                  </Route>
                </Route>
              </Route>
              <Route path="pos" element={<RequireStaff />}>
                <Route index element={<PosPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </QueryClientProvider>
  );
}

/** What one user loaded is not shown to the next: signing out or in as someone else empties the cache. */
function CacheFollowsUser() {
  const { user } = useSession();
  const userId = user?.id;
  const previous = useRef(userId);
  useEffect(() => {
    if (previous.current === userId) return;
    if (previous.current !== undefined) void queryClient.resetQueries();
    previous.current = userId;
  }, [userId]);
  return null;
}
