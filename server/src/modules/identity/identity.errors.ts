/**
 * Identity's business errors: a stable code, a status and a sentence. The
 * routes declare them for the API document (`config.errors`); the services
 * throw them.
 */
import { defineErrors } from '../../platform/error-codes.js';

export const IdentityErrors = defineErrors({
  userNotFound: { code: 'USER_NOT_FOUND', status: 404, detail: 'User not found.' },
  invalidCredentials: {
    code: 'INVALID_CREDENTIALS',
    status: 401,
    detail: 'Unable to log in with the provided credentials.',
  },
  emailNotVerified: {
    code: 'EMAIL_NOT_VERIFIED',
    status: 403,
    detail: 'Verify your email address before signing in; we can send the link again.',
  },
  registeredEmailNotVerified: {
    code: 'EMAIL_NOT_VERIFIED',
    status: 403,
    detail: 'Account created: verify your email address, then sign in.',
  },
  notACustomer: { code: 'NOT_A_CUSTOMER', status: 403, detail: 'This account is not a customer account.' },
  tooManyLoginAttempts: {
    code: 'TOO_MANY_LOGIN_ATTEMPTS',
    status: 429,
    detail: (seconds: number) => `Too many failed login attempts. Try again in ${seconds} seconds.`,
    headers: (seconds: number) => ({ 'Retry-After': String(seconds) }),
  },
  tokenInvalid: { code: 'TOKEN_INVALID', status: 401, detail: 'Token is invalid or expired.' },
  tokenUserInactive: {
    code: 'TOKEN_INVALID',
    status: 401,
    detail: 'The user of this token is inactive or no longer exists.',
  },
  tokenReused: {
    code: 'TOKEN_REUSED',
    status: 401,
    detail: 'This refresh token was already used; the session has been signed out.',
  },
  csrfFailed: {
    code: 'CSRF_FAILED',
    status: 403,
    detail: 'CSRF check failed: send the csrftoken cookie value in the X-CSRFToken header.',
  },
  linkInvalid: {
    code: 'INVALID_TOKEN',
    status: 400,
    detail: 'This link is invalid, expired or already used.',
  },
  cannotChangeSelf: {
    code: 'CANNOT_CHANGE_SELF',
    status: 403,
    detail: 'You cannot change your own role or deactivate yourself; ask another administrator.',
  },
  superuserToCreateAdmin: {
    code: 'SUPERUSER_REQUIRED',
    status: 403,
    detail: 'Only a superuser can create administrators.',
  },
  superuserRequired: {
    code: 'SUPERUSER_REQUIRED',
    status: 403,
    detail: 'Only a superuser can change administrators or superuser rights.',
  },
  notAVendor: { code: 'NOT_A_VENDOR', status: 400, detail: 'This user is not a vendor.' },
  apiClientNotFound: { code: 'API_CLIENT_NOT_FOUND', status: 404, detail: 'No API client with this id.' },
  apiClientRevoked: {
    code: 'API_CLIENT_REVOKED',
    status: 409,
    detail: 'This API client is revoked; create a new one.',
  },
  apiClientPublic: {
    code: 'API_CLIENT_PUBLIC',
    status: 409,
    detail: 'A public API client has no key: it is accepted only from its allowed origins.',
  },
  webAppClient: {
    code: 'WEB_APP_CLIENT',
    status: 409,
    detail: "The web app's own API clients cannot be revoked; deactivate one instead.",
  },
  webAppClientNeeded: {
    code: 'WEB_APP_CLIENT_NEEDED',
    status: 409,
    detail:
      "The web app's sign-in and admin areas cannot be deactivated: nobody could then sign in to the admin pages to switch them on again.",
  },
  jobNotFound: { code: 'JOB_NOT_FOUND', status: 404, detail: 'No dead job with that id.' },
  accountInactive: {
    code: 'ACCOUNT_INACTIVE',
    status: 403,
    detail:
      'This account is deactivated, so it cannot sign in. Ask the shop to reactivate it if this is a mistake.',
  },
  emailTaken: {
    code: 'EMAIL_TAKEN',
    status: 409,
    detail: 'Another account has taken this email address since the change was asked for.',
  },
  onlyAdminsAreSuperusers: {
    code: 'VALIDATION_ERROR',
    status: 400,
    detail: 'Only admins can be superusers.',
    errors: { is_superuser: ['Only admins can be superusers.'] },
  },
});
