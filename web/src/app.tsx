import { BrowserRouter, Route, Routes } from 'react-router';
import { AccountPage } from './areas/account/account-page.js';
import { ChangePasswordPage } from './areas/account/change-password-page.js';
import { ForgotPasswordPage } from './areas/account/forgot-password-page.js';
import { ResetPasswordPage } from './areas/account/reset-password-page.js';
import { SignInPage } from './areas/account/sign-in-page.js';
import { SignUpPage } from './areas/account/sign-up-page.js';
import { VerifyEmailPage } from './areas/account/verify-email-page.js';
import { AdminHomePage } from './areas/admin/admin-home-page.js';
import { AdminLayout } from './areas/admin/admin-layout.js';
import { AuditPage } from './areas/admin/audit-page.js';
import { ClientsPage } from './areas/admin/clients-page.js';
import { MailPage } from './areas/admin/mail-page.js';
import { UsersPage } from './areas/admin/users-page.js';
import { SessionProvider } from './lib/session.js';
import { RequireSignedIn, RequireStaff } from './shell/guards.js';
import { HomePage } from './shell/home-page.js';
import { Layout } from './shell/layout.js';
import { NotFoundPage } from './shell/not-found-page.js';

/** Client routes. Anything the server does not own falls back to index.html, then lands here. */
export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path="signin" element={<SignInPage />} />
            <Route path="signup" element={<SignUpPage />} />
            <Route path="forgot-password" element={<ForgotPasswordPage />} />
            <Route path="reset-password/:token" element={<ResetPasswordPage />} />
            <Route path="verify-email/:token" element={<VerifyEmailPage />} />
            <Route path="account" element={<RequireSignedIn />}>
              <Route index element={<AccountPage />} />
              <Route path="password" element={<ChangePasswordPage />} />
            </Route>
            <Route path="admin" element={<RequireStaff />}>
              <Route element={<AdminLayout />}>
                <Route index element={<AdminHomePage />} />
                <Route path="users" element={<UsersPage />} />
                <Route path="clients" element={<ClientsPage />} />
                <Route path="mail" element={<MailPage />} />
                <Route path="audit" element={<AuditPage />} />
              </Route>
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
