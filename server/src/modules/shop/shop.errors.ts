/**
 * The shop's business errors: a stable code, a status, and a sentence for
 * people. Services throw these; the platform's one handler turns them into
 * problem+json. Clients branch on `code`.
 */
import { defineErrors } from '../../platform/error-codes.js';

export const ShopErrors = defineErrors({
  sizeNotFound: { code: 'SIZE_NOT_FOUND', status: 404, detail: 'No such product size.' },
  productNotFound: { code: 'PRODUCT_NOT_FOUND', status: 404, detail: 'No such product.' },
  cartItemNotFound: { code: 'CART_ITEM_NOT_FOUND', status: 404, detail: 'No such item in your cart.' },
  wishlistItemNotFound: {
    code: 'WISHLIST_ITEM_NOT_FOUND',
    status: 404,
    detail: 'No such item in your wishlist.',
  },
  orderNotFound: { code: 'ORDER_NOT_FOUND', status: 404, detail: 'No such order.' },
  paymentIntentNotFound: {
    code: 'PAYMENT_INTENT_NOT_FOUND',
    status: 404,
    detail: 'No such payment intent for your account.',
  },

  productUnavailable: {
    code: 'PRODUCT_UNAVAILABLE',
    status: 409,
    detail: (name: string) => `${name} is no longer available.`,
  },
  insufficientStock: {
    code: 'INSUFFICIENT_STOCK',
    status: 409,
    detail: (what: string, available: number) =>
      available > 0
        ? `Only ${available} of ${what} ${available === 1 ? 'is' : 'are'} in stock.`
        : `${what} is out of stock.`,
  },
  cartEmpty: { code: 'CART_EMPTY', status: 400, detail: 'Your cart is empty.' },
  cartUnavailable: { code: 'CART_ITEMS_UNAVAILABLE', status: 409, detail: (detail: string) => detail },
  cartTotalTooLarge: {
    code: 'CART_TOTAL_TOO_LARGE',
    status: 409,
    detail: 'Your cart comes to more than can be paid at once: lower some quantities or remove some items.',
  },
  nothingToPay: {
    code: 'NOTHING_TO_PAY',
    status: 400,
    detail: 'Everything in your cart is free: there is nothing to pay.',
  },
  sizeRequired: {
    code: 'SIZE_REQUIRED',
    status: 400,
    detail: 'This product comes in several sizes in stock: choose one with size_id.',
    errors: { size_id: ['Choose a size.'] },
  },
  sizeNotOfProduct: {
    code: 'SIZE_NOT_OF_PRODUCT',
    status: 400,
    detail: 'That size belongs to another product.',
    errors: { size_id: ['Not a size of this product.'] },
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
  paymentMethodRequired: {
    code: 'PAYMENT_METHOD_REQUIRED',
    status: 400,
    detail: 'Say how you pay: payment_method is required with the manual provider.',
    errors: { payment_method: ['This field is required.'] },
  },
  paymentMethodUnknown: {
    code: 'INVALID_PAYMENT_METHOD',
    status: 400,
    detail: 'This payment method is not known to the manual provider.',
    errors: (offline: readonly string[]) => ({
      payment_method: [`Use a test card token or one of: ${offline.join(', ')}.`],
    }),
  },
  paymentIntentVoided: {
    code: 'PAYMENT_INTENT_VOIDED',
    status: 409,
    detail: 'This payment was voided because its order could not be placed; create a new payment intent.',
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

  orderNotCancellable: {
    code: 'ORDER_NOT_CANCELLABLE',
    status: 409,
    detail: (status: string) => `This order is ${status} and can no longer be cancelled.`,
  },
  invalidStatusTransition: {
    code: 'INVALID_STATUS_TRANSITION',
    status: 409,
    detail: (from: string, to: string, allowed: readonly string[]) =>
      `An order cannot go from ${from} to ${to}${
        allowed.length > 0 ? `; from ${from} it can go to ${allowed.join(', ')}` : `; ${from} is final`
      }.`,
  },
  orderChanged: { code: 'ORDER_CHANGED', status: 409, detail: 'The order keeps changing; try again.' },
  stripeNotConfigured: {
    code: 'STRIPE_NOT_CONFIGURED',
    status: 404,
    detail: 'Stripe is not the payment provider here.',
  },
});
