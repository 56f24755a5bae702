/**
 * The payments module's business errors: a stable code, a status and a
 * sentence for people. Clients branch on `code`.
 */
import { AppError } from '../../platform/errors.js';

export const PaymentErrors = {
  paymentIntentNotFound: () =>
    AppError.notFound('No such payment intent for your account.', 'PAYMENT_INTENT_NOT_FOUND'),
  paymentIntentExpired: () =>
    new AppError({
      code: 'PAYMENT_INTENT_EXPIRED',
      status: 410,
      detail: 'This payment intent has expired; create a new one and try again. Nothing was charged.',
    }),
  paymentIntentVoided: () =>
    AppError.conflict(
      'This payment was voided because its order could not be placed; create a new payment intent.',
      'PAYMENT_INTENT_VOIDED',
    ),
  paymentDeclined: (reason?: string) =>
    new AppError({
      code: 'PAYMENT_DECLINED',
      status: 402,
      detail: `Your payment was declined${reason ? ` (${reason})` : ''}. Nothing was charged and your cart is unchanged.`,
    }),
  paymentNotCompleted: (status: string) =>
    new AppError({
      code: 'PAYMENT_NOT_COMPLETED',
      status: 402,
      detail: `The payment has not been completed (its status is ${status}). Confirm it, then check out again.`,
    }),
  paymentMethodUnknown: (allowed: readonly string[], testMode: boolean) =>
    AppError.badRequest(
      testMode
        ? 'This payment method is not known to the manual provider.'
        : 'This payment method is not accepted here (test cards work only in payment test mode).',
      { payment_method: [`Use one of: ${allowed.join(', ')}.`] },
      'INVALID_PAYMENT_METHOD',
    ),
  paymentMismatch: () =>
    AppError.conflict(
      "The provider's payment does not match this intent's amount or currency.",
      'PAYMENT_MISMATCH',
    ),
  paymentProviderError: () =>
    new AppError({
      code: 'PAYMENT_PROVIDER_ERROR',
      status: 502,
      detail: 'The payment provider could not be reached or refused the request. Try again shortly.',
    }),
  webhookSignatureInvalid: () =>
    AppError.badRequest(
      'The webhook signature is missing or does not match.',
      undefined,
      'WEBHOOK_SIGNATURE_INVALID',
    ),
  webhookEventInvalid: () =>
    AppError.badRequest(
      'The webhook event is signed but not shaped like a Stripe event this endpoint handles.',
      undefined,
      'WEBHOOK_EVENT_INVALID',
    ),
} as const;
