/**
 * Loyalty's business errors (cards, points, promotions, the point of sale): a
 * stable code, a status and a sentence. Services throw these; routes list the
 * ones they can answer.
 */
import { defineErrors } from '../../platform/error-codes.js';

export const LoyaltyErrors = defineErrors({
  // ---- customers and cards ----
  customerNotFound: { code: 'CUSTOMER_NOT_FOUND', status: 404, detail: 'No customer has this code.' },
  notACustomer: { code: 'NOT_A_CUSTOMER', status: 403, detail: 'Loyalty cards are for customer accounts.' },
  invalidCardQr: {
    code: 'INVALID_QR',
    status: 400,
    detail: 'This QR code is not a valid card: it was altered, forged or replaced by a newer card.',
    errors: { qr_data: ['Not a valid card.'] },
  },

  // ---- points ----
  invalidPoints: {
    code: 'VALIDATION_ERROR',
    status: 400,
    detail: 'Invalid input: check points.',
    errors: { points: ['Enter a whole number of points.'] },
  },
  invalidOrderTotal: {
    code: 'VALIDATION_ERROR',
    status: 400,
    detail: 'Invalid input: check order_total.',
    errors: { order_total: ['Enter a valid amount.'] },
  },
  /** A redemption costs more points than the customer has. */
  insufficientPointsToRedeem: {
    code: 'INSUFFICIENT_POINTS',
    status: 409,
    detail: (cost: number, balance: number) =>
      `This promotion costs ${cost} points; the customer has ${balance}.`,
  },
  /** A manual adjustment would take the balance below zero. */
  insufficientPointsToRemove: {
    code: 'INSUFFICIENT_POINTS',
    status: 409,
    detail: (balance: number, removing: number) =>
      `The customer has ${balance} points: removing ${removing} would go below zero.`,
    errors: (balance: number) => ({ points: [`At most ${balance} can be removed.`] }),
  },
  orderAlreadyCredited: {
    code: 'ORDER_ALREADY_CREDITED',
    status: 409,
    detail: 'This order was credited to another customer.',
  },

  // ---- promotions at the point of sale ----
  invalidPromotionQr: {
    code: 'INVALID_QR',
    status: 400,
    detail: 'This QR code is not a valid promotion.',
    errors: { qr_data: ['Not a valid promotion.'] },
  },
  qrDataOrCodeRequired: {
    code: 'VALIDATION_ERROR',
    status: 400,
    detail: 'Send qr_data or code.',
    errors: { qr_data: ['Send qr_data or code.'] },
  },
  promotionCodeNotFound: { code: 'PROMOTION_NOT_FOUND', status: 404, detail: 'No promotion has this code.' },
  promotionIdOrCodeNotFound: {
    code: 'PROMOTION_NOT_FOUND',
    status: 404,
    detail: 'No promotion has this id or code.',
  },
  promotionInactive: { code: 'PROMOTION_INACTIVE', status: 409, detail: 'This promotion is not active.' },
  promotionNotStarted: {
    code: 'PROMOTION_NOT_STARTED',
    status: 409,
    detail: 'This promotion has not started yet.',
  },
  promotionExpired: { code: 'PROMOTION_EXPIRED', status: 409, detail: 'This promotion has ended.' },
  promotionExhausted: {
    code: 'PROMOTION_EXHAUSTED',
    status: 409,
    detail: 'This promotion has been used up.',
  },
  customerLimitReached: {
    code: 'CUSTOMER_LIMIT_REACHED',
    status: 409,
    detail: (limit: number | null) =>
      `This customer has used this promotion ${limit} time${limit === 1 ? '' : 's'}, its limit.`,
  },

  // ---- promotions for managers and admins ----
  promotionNotFound: { code: 'PROMOTION_NOT_FOUND', status: 404, detail: 'No promotion has this id.' },
  duplicateCode: {
    code: 'DUPLICATE_CODE',
    status: 400,
    detail: 'Invalid input: check code.',
    errors: { code: ['A promotion with this code exists.'] },
  },
  invalidDatetime: {
    code: 'VALIDATION_ERROR',
    status: 400,
    detail: (field: string) => `Invalid input: check ${field}.`,
    errors: (field: string) => ({ [field]: ['Datetime has wrong format. Use ISO 8601.'] }),
  },
  percentOutOfRange: {
    code: 'VALIDATION_ERROR',
    status: 400,
    detail: 'Invalid input: check value.',
    errors: { value: ['A percentage above 0 and at most 100.'] },
  },
  valueNotPositive: {
    code: 'VALIDATION_ERROR',
    status: 400,
    detail: 'Invalid input: check value.',
    errors: { value: ['Must be more than zero.'] },
  },
  bonusNotWhole: {
    code: 'VALIDATION_ERROR',
    status: 400,
    detail: 'Invalid input: check value.',
    errors: { value: ['Bonus points are whole points.'] },
  },
  endsBeforeStarts: {
    code: 'VALIDATION_ERROR',
    status: 400,
    detail: 'Invalid input: check ends_at.',
    errors: { ends_at: ['Must be after starts_at.'] },
  },
});
