/**
 * The identity use cases in one place for the routes, the request
 * authentication and other modules: registration and email verification,
 * signing in and out, passwords, the profile. Each lives in its own file
 * (`registration.service.ts`, `sign-in.service.ts`, `password.service.ts`,
 * `profile.service.ts`); none knows HTTP. Every change and its audit entry
 * share a transaction; mails are queued in it and sent after commit.
 */
import type { Config } from '../../config.js';
import type { DB } from '../../db/dialect.js';
import type { EventBus } from '../../platform/events.js';
import type { JobQueue } from '../../platform/jobs.js';
import type { Mailer } from '../../platform/mail.js';
import type { LoginThrottle } from './login-throttle.js';
import type { MailLinkCaps } from './mail-caps.js';
import { OneTimeLinks } from './one-time-links.js';
import { PasswordService } from './password.service.js';
import { PasswordChecks } from './password-checks.js';
import { ProfileService } from './profile.service.js';
import { RegistrationService } from './registration.service.js';
import { SignInService } from './sign-in.service.js';
import type { TokenService } from './tokens.js';
import { activeUserOrThrow } from './users.service.js';

export type { RegisterInput } from './registration.service.js';
export { SELF_REGISTERABLE } from './registration.service.js';

export interface IdentityDeps {
  db: DB;
  config: Pick<Config, 'PUBLIC_URL' | 'REQUIRE_EMAIL_VERIFICATION' | 'PHONE_DEFAULT_REGION'>;
  tokens: TokenService;
  mailer: Mailer;
  jobs: JobQueue;
  events: EventBus;
  throttle: LoginThrottle;
  /** Caps on link mails per address and per IP (reset, verification, email change). */
  mailCaps: MailLinkCaps;
  /** Called after a user's row changed, so cached copies are dropped. */
  onUserChanged: (userId: string) => void;
}

export class IdentityService {
  readonly registration: RegistrationService;
  readonly signIn: SignInService;
  readonly passwords: PasswordService;
  readonly profile: ProfileService;

  constructor(deps: IdentityDeps) {
    const checks = new PasswordChecks(deps);
    const links = new OneTimeLinks(deps.config.PUBLIC_URL);
    this.signIn = new SignInService({ ...deps, checks });
    this.profile = new ProfileService({ ...deps, checks, links });
    this.registration = new RegistrationService({ ...deps, links, profile: this.profile });
    this.passwords = new PasswordService({ ...deps, checks, links });
  }

  // Registration and email verification.
  register: RegistrationService['register'] = (...a) => this.registration.register(...a);
  verifyEmail: RegistrationService['verifyEmail'] = (...a) => this.registration.verifyEmail(...a);
  resendVerification: RegistrationService['resendVerification'] = (...a) =>
    this.registration.resendVerification(...a);
  sendVerificationAgain: RegistrationService['sendVerificationAgain'] = (...a) =>
    this.registration.sendVerificationAgain(...a);

  // Signing in and out.
  login: SignInService['login'] = (...a) => this.signIn.login(...a);
  checkPassword: SignInService['checkPassword'] = (...a) => this.signIn.checkPassword(...a);
  refresh: SignInService['refresh'] = (...a) => this.signIn.refresh(...a);
  logout: SignInService['logout'] = (...a) => this.signIn.logout(...a);
  logoutAll: SignInService['logoutAll'] = (...a) => this.signIn.logoutAll(...a);

  // Passwords.
  changePassword: PasswordService['changePassword'] = (...a) => this.passwords.changePassword(...a);
  requestPasswordReset: PasswordService['requestPasswordReset'] = (...a) =>
    this.passwords.requestPasswordReset(...a);
  sendPasswordReset: PasswordService['sendPasswordReset'] = (...a) => this.passwords.sendPasswordReset(...a);
  confirmPasswordReset: PasswordService['confirmPasswordReset'] = (...a) =>
    this.passwords.confirmPasswordReset(...a);

  // The profile.
  getUserOrThrow = activeUserOrThrow;
  updateProfile: ProfileService['updateProfile'] = (...a) => this.profile.updateProfile(...a);
}
