/** Identity's business errors: a stable code, a status and a sentence. */
import { AppError } from '../../platform/errors.js';

export const IdentityErrors = {
  userNotFound: () => AppError.notFound('User not found.', 'USER_NOT_FOUND'),
  superuserRequiredToCreateAdmins: () =>
    AppError.forbidden('Only a superuser can create administrators.', 'SUPERUSER_REQUIRED'),
  superuserRequiredToChangeAdmins: () =>
    AppError.forbidden(
      'Only a superuser can change administrators or superuser rights.',
      'SUPERUSER_REQUIRED',
    ),
  cannotChangeSelf: () =>
    AppError.forbidden(
      'You cannot change your own role or deactivate yourself; ask another administrator.',
      'CANNOT_CHANGE_SELF',
    ),
  onlyAdminsAreSuperusers: () =>
    AppError.badRequest('Only admins can be superusers.', {
      is_superuser: ['Only admins can be superusers.'],
    }),
  notAVendor: () => AppError.badRequest('This user is not a vendor.', undefined, 'NOT_A_VENDOR'),
  apiClientNotFound: () => AppError.notFound('No API client with this id.', 'API_CLIENT_NOT_FOUND'),
  apiClientRevoked: () =>
    AppError.conflict('This API client is revoked; create a new one.', 'API_CLIENT_REVOKED'),
  csrfFailed: () =>
    new AppError({
      status: 403,
      code: 'CSRF_FAILED',
      detail: 'CSRF check failed: send the csrftoken cookie value in the X-CSRFToken header.',
    }),
  userOfTokenGone: () =>
    new AppError({
      status: 401,
      code: 'TOKEN_INVALID',
      detail: 'The user of this token is inactive or no longer exists.',
    }),
};
