/**
 * The payments module's business errors: a stable code, a status and a
 * sentence for people. Clients branch on `code`.
 */
import { defineErrors } from '../../platform/error-codes.js';

export const PaymentErrors = defineErrors({
  paymentIntentNotFound: {
    code: 'PAYMENT_INTENT_NOT_FOUND',
    status: 404,
    detail: 'No such payment intent for your account.',
  },
  paymentIntentExpired: {
    code: 'PAYMENT_INTENT_EXPIRED',
    status: 410,
    detail: 'This payment intent has expired; create a new one and try again. Nothing was charged.',
  },
  paymentIntentVoided: {
    code: 'PAYMENT_INTENT_VOIDED',
    status: 409,
    detail: 'This payment was voided because its order could not be placed; create a new payment intent.',
  },
  paymentDeclined: {
    code: 'PAYMENT_DECLINED',
    status: 402,
    detail: (reason?: string) =>
      `Your payment was declined${reason ? ` (${reason})` : ''}. Nothing was charged and your cart is unchanged.`,
  },
  paymentNotCompleted: {
    code: 'PAYMENT_NOT_COMPLETED',
    status: 402,
    detail: (status: string) =>
      `The payment has not been completed (its status is ${status}). Confirm it, then check out again.`,
  },
  paymentMethodUnknown: {
    code: 'INVALID_PAYMENT_METHOD',
    status: 400,
    detail: (_allowed: readonly string[], testMode: boolean) =>
      testMode
        ? 'This payment method is not known to the manual provider.'
        : 'This payment method is not accepted here (test cards work only in payment test mode).',
    errors: (allowed: readonly string[]) => ({ payment_method: [`Use one of: ${allowed.join(', ')}.`] }),
  },
  paymentMismatch: {
    code: 'PAYMENT_MISMATCH',
    status: 409,
    detail: "The provider's payment does not match this intent's amount or currency.",
  },
  paymentProviderError: {
    code: 'PAYMENT_PROVIDER_ERROR',
    status: 502,
    detail: 'The payment provider could not be reached or refused the request. Try again shortly.',
  },
  webhookSignatureInvalid: {
    code: 'WEBHOOK_SIGNATURE_INVALID',
    status: 400,
    detail: 'The webhook signature is missing or does not match.',
  },
  webhookEventInvalid: {
    code: 'WEBHOOK_EVENT_INVALID',
    status: 400,
    detail: 'The webhook event is signed but not shaped like a Stripe event this endpoint handles.',
  },
  paymentNotRefundable: {
    code: 'PAYMENT_NOT_REFUNDABLE',
    status: 409,
    detail: (why: string) => `This payment cannot be refunded: ${why}.`,
  },
  stripeNotConfigured: {
    code: 'STRIPE_NOT_CONFIGURED',
    status: 404,
    detail: 'Stripe is not the payment provider here.',
  },
});
