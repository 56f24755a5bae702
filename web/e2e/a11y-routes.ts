/**
 * Every route of the web app (`web/src/app.tsx`), as the role that uses it, for
 * the accessibility and phone checks of `a11y.spec.ts`. A page added to the app
 * is one line in `ROUTES` (with, if its path has an id, the id in `A11yData`
 * and the spec's set-up).
 */

export type Role = 'anonymous' | 'customer' | 'vendor' | 'staff' | 'admin';

/** What the set-up made, for routes with ids in them. */
export interface A11yData {
  productSlug: string;
  productId: string;
  orderId: string;
  customerCode: string;
  subscriberId: string;
  /** The customer's user id (staff's customer page). */
  customerId: string;
}

export interface A11yRoute {
  /** The path, or how to make it from the set-up's data. */
  path: string | ((data: A11yData) => string);
  as: Role;
}

/** Every route of the web app (`web/src/app.tsx`), as the role that uses it. Add one line per new page. */
export const ROUTES: A11yRoute[] = [
  { path: '/', as: 'anonymous' },
  { path: '/signin', as: 'anonymous' },
  { path: '/signup', as: 'anonymous' },
  { path: '/forgot-password', as: 'anonymous' },
  { path: '/reset-password/not-a-real-token', as: 'anonymous' },
  { path: '/verify-email/not-a-real-token', as: 'anonymous' },
  { path: '/shop', as: 'anonymous' },
  { path: '/shop/products', as: 'anonymous' },
  { path: (d) => `/shop/products/${d.productSlug}`, as: 'anonymous' },
  { path: '/no-such-page', as: 'anonymous' },
  { path: (d) => `/shop/products/${d.productSlug}`, as: 'customer' },
  { path: '/cart', as: 'customer' },
  { path: '/checkout', as: 'customer' },
  { path: '/orders', as: 'customer' },
  { path: (d) => `/orders/${d.orderId}`, as: 'customer' },
  { path: '/wishlist', as: 'customer' },
  { path: '/account', as: 'customer' },
  { path: '/account/password', as: 'customer' },
  { path: '/account/loyalty', as: 'customer' },
  { path: '/account/billing', as: 'customer' },
  { path: '/vendor/products', as: 'vendor' },
  { path: '/vendor/products/new', as: 'vendor' },
  { path: (d) => `/vendor/products/${d.productId}`, as: 'vendor' },
  { path: '/vendor/orders', as: 'vendor' },
  { path: '/pos', as: 'staff' },
  { path: '/admin', as: 'admin' },
  { path: '/admin/users', as: 'admin' },
  { path: '/admin/clients', as: 'admin' },
  { path: '/admin/mail', as: 'admin' },
  { path: '/admin/mail/templates', as: 'admin' },
  { path: '/admin/audit', as: 'admin' },
  { path: '/admin/orders', as: 'admin' },
  { path: (d) => `/admin/orders/${d.orderId}`, as: 'admin' },
  { path: (d) => `/admin/customers/${d.customerId}`, as: 'admin' },
  { path: '/admin/categories', as: 'admin' },
  { path: '/admin/inventory', as: 'admin' },
  { path: '/admin/inventory/movements', as: 'admin' },
  { path: '/admin/promotions', as: 'admin' },
  { path: '/admin/loyalty', as: 'admin' },
  { path: (d) => `/admin/loyalty/${d.customerCode}`, as: 'admin' },
  { path: '/admin/billing', as: 'admin' },
  { path: (d) => `/admin/billing/subscribers/${d.subscriberId}`, as: 'admin' },
  { path: '/admin/billing/packages', as: 'admin' },
  { path: '/admin/billing/payments', as: 'admin' },
  { path: '/admin/billing/runs', as: 'admin' },
];

export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
