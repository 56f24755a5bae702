/**
 * The shop's business errors: a stable code, a status, and a sentence for
 * people. Services throw these; the platform's one handler turns them into
 * problem+json. Clients branch on `code`.
 */
import { AppError } from '../../platform/errors.js';
import { PaymentErrors } from '../payments/index.js';

export const ShopErrors = {
  sizeNotFound: () => AppError.notFound('No such product size.', 'SIZE_NOT_FOUND'),
  productNotFound: () => AppError.notFound('No such product.', 'PRODUCT_NOT_FOUND'),
  cartItemNotFound: () => AppError.notFound('No such item in your cart.', 'CART_ITEM_NOT_FOUND'),
  wishlistItemNotFound: () => AppError.notFound('No such item in your wishlist.', 'WISHLIST_ITEM_NOT_FOUND'),
  orderNotFound: () => AppError.notFound('No such order.', 'ORDER_NOT_FOUND'),
  paymentIntentNotFound: PaymentErrors.paymentIntentNotFound,

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

  paymentIntentVoided: PaymentErrors.paymentIntentVoided,
  paymentIntentExpired: PaymentErrors.paymentIntentExpired,
  paymentNotCompleted: PaymentErrors.paymentNotCompleted,
  paymentMismatch: PaymentErrors.paymentMismatch,
  cartChanged: () =>
    AppError.conflict(
      'Your cart changed since this payment was started (items, quantities or prices). Nothing was charged: start the payment again.',
      'CART_CHANGED',
    ),
  tooManyUnpaidOrders: (max: number) =>
    AppError.conflict(
      `You already have ${max} ${max === 1 ? 'order' : 'orders'} awaiting payment: pay or cancel one before placing another.`,
      'TOO_MANY_UNPAID_ORDERS',
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
