/**
 * The shop's business errors: a stable code, a status, and a sentence for
 * people. Services throw these; the platform's one handler turns them into
 * problem+json. Clients branch on `code`.
 */
import { AppError } from '../../platform/errors.js';

export const ShopErrors = {
  sizeNotFound: () => AppError.notFound('No such product size.', 'SIZE_NOT_FOUND'),
  productNotFound: () => AppError.notFound('No such product.', 'PRODUCT_NOT_FOUND'),
  cartItemNotFound: () => AppError.notFound('No such item in your cart.', 'CART_ITEM_NOT_FOUND'),
  wishlistItemNotFound: () => AppError.notFound('No such item in your wishlist.', 'WISHLIST_ITEM_NOT_FOUND'),
  orderNotFound: () => AppError.notFound('No such order.', 'ORDER_NOT_FOUND'),
  paymentIntentNotFound: () =>
    AppError.notFound('No such payment intent for your account.', 'PAYMENT_INTENT_NOT_FOUND'),

  productUnavailable: (name: string) =>
    AppError.conflict(`${name} is no longer available.`, 'PRODUCT_UNAVAILABLE'),
  insufficientStock: (what: string, available: number) =>
    new AppError({
      code: 'INSUFFICIENT_STOCK',
      status: 409,
      detail:
        available > 0
          ? `Only ${available} of ${what} ${available === 1 ? 'is' : 'are'} in stock.`
          : `${what} is out of stock.`,
    }),
  cartEmpty: () => AppError.badRequest('Your cart is empty.', undefined, 'CART_EMPTY'),
  cartUnavailable: (detail: string) => AppError.conflict(detail, 'CART_ITEMS_UNAVAILABLE'),
  cartTotalTooLarge: () =>
    AppError.conflict(
      'Your cart comes to more than can be paid at once: lower some quantities or remove some items.',
      'CART_TOTAL_TOO_LARGE',
    ),
  nothingToPay: () =>
    AppError.badRequest(
      'Everything in your cart is free: there is nothing to pay.',
      undefined,
      'NOTHING_TO_PAY',
    ),
  sizeRequired: () =>
    AppError.badRequest(
      'This product comes in several sizes in stock: choose one with size_id.',
      { size_id: ['Choose a size.'] },
      'SIZE_REQUIRED',
    ),
  sizeNotOfProduct: () =>
    AppError.badRequest(
      'That size belongs to another product.',
      { size_id: ['Not a size of this product.'] },
      'SIZE_NOT_OF_PRODUCT',
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
  paymentMethodRequired: () =>
    AppError.badRequest(
      'Say how you pay: payment_method is required with the manual provider.',
      { payment_method: ['This field is required.'] },
      'PAYMENT_METHOD_REQUIRED',
    ),
  paymentIntentVoided: () =>
    AppError.conflict(
      'This payment was voided because its order could not be placed; create a new payment intent.',
      'PAYMENT_INTENT_VOIDED',
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

  orderNotCancellable: (status: string) =>
    AppError.conflict(`This order is ${status} and can no longer be cancelled.`, 'ORDER_NOT_CANCELLABLE'),
  invalidStatusTransition: (from: string, to: string, allowed: readonly string[]) =>
    AppError.conflict(
      `An order cannot go from ${from} to ${to}${
        allowed.length > 0 ? `; from ${from} it can go to ${allowed.join(', ')}` : `; ${from} is final`
      }.`,
      'INVALID_STATUS_TRANSITION',
    ),
} as const;
