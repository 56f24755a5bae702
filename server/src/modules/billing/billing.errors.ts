/**
 * Subscription billing's business errors: a stable code, a status and a
 * sentence (clients branch on `code`). Services throw these; routes list the
 * ones they can answer.
 */
import { defineErrors } from '../../platform/error-codes.js';

export const BillingErrors = defineErrors({
  // ---- packages ----
  packageNotFound: { code: 'PACKAGE_NOT_FOUND', status: 404, detail: 'No such package.' },
  packageNameTaken: {
    code: 'PACKAGE_NAME_TAKEN',
    status: 400,
    detail: 'A package with this name exists.',
    errors: { name: ['Already in use.'] },
  },
  packageInUse: {
    code: 'PACKAGE_IN_USE',
    status: 409,
    detail: 'Subscribers are on this package: move them first.',
  },
  /** A subscriber's `package` names no package. */
  unknownPackage: {
    code: 'PACKAGE_NOT_FOUND',
    status: 400,
    detail: 'No such package.',
    errors: { package: ['No package with this uid.'] },
  },

  // ---- customers (subscribers) ----
  customerNotFound: { code: 'CUSTOMER_NOT_FOUND', status: 404, detail: 'No such customer.' },
  /** A payment's `customer_id` names no subscriber. */
  customerNotFoundField: {
    code: 'CUSTOMER_NOT_FOUND',
    status: 400,
    detail: 'No such customer.',
    errors: { customer_id: ['No customer with this uid.'] },
  },
  /** A subscriber's `user` names no user. */
  unknownUser: {
    code: 'USER_NOT_FOUND',
    status: 400,
    detail: 'No such user.',
    errors: { user: ['No user with this uid.'] },
  },
  alreadySubscriber: {
    code: 'ALREADY_SUBSCRIBER',
    status: 400,
    detail: 'This user is a subscriber already.',
    errors: { user: ['Already a subscriber.'] },
  },
  customerHasLedger: {
    code: 'CUSTOMER_HAS_PAYMENTS',
    status: 409,
    detail: 'This customer has bills or payments: set their status to REMOVED instead.',
  },
  badCredentials: {
    code: 'INVALID_CREDENTIALS',
    status: 400,
    detail: (field: string, _message: string) => `Invalid input: check credentials.${field}.`,
    errors: (field: string, message: string) => ({ [`credentials.${field}`]: [message] }),
  },

  // ---- bills and payments ----
  paymentNotFound: { code: 'PAYMENT_NOT_FOUND', status: 404, detail: 'No such payment.' },
  amountNotPositive: {
    code: 'VALIDATION_ERROR',
    status: 400,
    detail: 'Invalid input: check amount.',
    errors: { amount: ['Must be more than 0.00.'] },
  },
  billHasPayments: {
    code: 'BILL_HAS_PAYMENTS',
    status: 409,
    detail: 'Payments were recorded against this bill: delete them first.',
  },

  // ---- /api/v1/users ----
  /** Someone who is not staff asks for another user than themselves. */
  userNotFound: { code: 'NOT_FOUND', status: 404, detail: 'No such user.' },
  /** Staff accounts and roles are changed by administrators only. */
  adminRequired: {
    code: 'ADMIN_REQUIRED',
    status: 403,
    detail: 'Only an administrator can create or change staff accounts and roles.',
  },
});
