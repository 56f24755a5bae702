/** Subscription billing's business errors (clients branch on `code`). */
import { AppError } from '../../platform/errors.js';

export const billingErrors = {
  packageNotFound: () => AppError.notFound('No such package.', 'PACKAGE_NOT_FOUND'),
  customerNotFound: () => AppError.notFound('No such customer.', 'CUSTOMER_NOT_FOUND'),
  paymentNotFound: () => AppError.notFound('No such payment.', 'PAYMENT_NOT_FOUND'),
  packageNameTaken: () =>
    AppError.badRequest(
      'A package with this name exists.',
      { name: ['Already in use.'] },
      'PACKAGE_NAME_TAKEN',
    ),
  packageInUse: () =>
    AppError.conflict('Subscribers are on this package: move them first.', 'PACKAGE_IN_USE'),
  unknownPackage: () =>
    AppError.badRequest('No such package.', { package: ['No package with this uid.'] }, 'PACKAGE_NOT_FOUND'),
  unknownUser: () =>
    AppError.badRequest('No such user.', { user: ['No user with this uid.'] }, 'USER_NOT_FOUND'),
  alreadySubscriber: () =>
    AppError.badRequest(
      'This user is a subscriber already.',
      { user: ['Already a subscriber.'] },
      'ALREADY_SUBSCRIBER',
    ),
  customerHasLedger: () =>
    AppError.conflict(
      'This customer has bills or payments: set their status to REMOVED instead.',
      'CUSTOMER_HAS_PAYMENTS',
    ),
  customerNotFoundField: () =>
    AppError.badRequest(
      'No such customer.',
      { customer_id: ['No customer with this uid.'] },
      'CUSTOMER_NOT_FOUND',
    ),
  amountNotPositive: () =>
    AppError.badRequest('Invalid input: check amount.', { amount: ['Must be more than 0.00.'] }),
  billHasPayments: () =>
    AppError.conflict('Payments were recorded against this bill: delete them first.', 'BILL_HAS_PAYMENTS'),
  badCredentials: (field: string, message: string) =>
    AppError.badRequest(
      `Invalid input: check credentials.${field}.`,
      { [`credentials.${field}`]: [message] },
      'INVALID_CREDENTIALS',
    ),
};
