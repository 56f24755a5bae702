/** Errors of the mail previews. */
import { defineErrors } from './error-codes.js';

export const MailErrors = defineErrors({
  templateNotFound: {
    code: 'MAIL_TEMPLATE_NOT_FOUND',
    status: 404,
    detail: 'No mail template has this name.',
  },
});
