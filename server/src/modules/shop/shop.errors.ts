/**
 * The shop's business errors: a stable code, a status, and a sentence for
 * people. Services throw these; the platform's one handler turns them into
 * problem+json. Clients branch on `code`.
 */
import { defineErrors } from '../../platform/error-codes.js';
import { PaymentErrors } from '../payments/index.js';

const ShopOwnErrors = defineErrors({
  sizeNotFound: { code: 'SIZE_NOT_FOUND', status: 404, detail: 'No such product size.' },
  productNotFound: { code: 'PRODUCT_NOT_FOUND', status: 404, detail: 'No such product.' },
  cartItemNotFound: { code: 'CART_ITEM_NOT_FOUND', status: 404, detail: 'No such item in your cart.' },
  wishlistItemNotFound: {
    code: 'WISHLIST_ITEM_NOT_FOUND',
    status: 404,
    detail: 'No such item in your wishlist.',
  },
  orderNotFound: { code: 'ORDER_NOT_FOUND', status: 404, detail: 'No such order.' },
  addressNotFound: {
    code: 'ADDRESS_NOT_FOUND',
    status: 404,
    detail: 'No such address in your address book.',
  },
  addressLimitReached: {
    code: 'ADDRESS_LIMIT_REACHED',
    status: 409,
    detail: (max: number) => `You can keep at most ${max} addresses: delete one before adding another.`,
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
  orderNotRefundable: {
    code: 'ORDER_NOT_REFUNDABLE',
    status: 409,
    detail: (status: string) =>
      `This order is ${status}: only paid, processing, shipped or delivered orders can be refunded.`,
  },
  refundLineNotFound: {
    code: 'REFUND_LINE_NOT_FOUND',
    status: 400,
    detail: 'A line to refund is not a line of this order.',
    errors: (index: number) => ({ [`lines.${index}.item_id`]: ['Not a line of this order.'] }),
  },
  refundLineRepeated: {
    code: 'REFUND_LINE_REPEATED',
    status: 400,
    detail: 'A line is named twice: give each line once, with the units to refund.',
    errors: (index: number) => ({ [`lines.${index}.item_id`]: ['Named twice.'] }),
  },
  refundQuantityExceeded: {
    code: 'REFUND_QUANTITY_EXCEEDED',
    status: 409,
    detail: (what: string, left: number) =>
      left > 0
        ? `Only ${left} ${left === 1 ? 'unit' : 'units'} of ${what} can still be refunded.`
        : `Every unit of ${what} is refunded already.`,
  },
  noteEmpty: {
    code: 'VALIDATION_ERROR',
    status: 400,
    detail: 'Invalid input: check text.',
    errors: { text: ['Write something (spaces alone are not a note).'] },
  },
  orderChanged: { code: 'ORDER_CHANGED', status: 409, detail: 'The order keeps changing; try again.' },
  cartChanged: {
    code: 'CART_CHANGED',
    status: 409,
    detail:
      'Your cart changed since this payment was started (items, quantities or prices). Nothing was charged: start the payment again.',
  },
  tooManyUnpaidOrders: {
    code: 'TOO_MANY_UNPAID_ORDERS',
    status: 409,
    detail: (max: number) =>
      `You already have ${max} ${max === 1 ? 'order' : 'orders'} awaiting payment: pay or cancel one before placing another.`,
  },
});

/** The shop's own errors, and the payment errors its checkout answers with (declared by the payments module). */
export const ShopErrors = {
  ...ShopOwnErrors,
  paymentIntentNotFound: PaymentErrors.paymentIntentNotFound,
  paymentIntentVoided: PaymentErrors.paymentIntentVoided,
  paymentIntentExpired: PaymentErrors.paymentIntentExpired,
  paymentNotCompleted: PaymentErrors.paymentNotCompleted,
  paymentMismatch: PaymentErrors.paymentMismatch,
  paymentNotRefundable: PaymentErrors.paymentNotRefundable,
} as const;
