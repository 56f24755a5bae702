/** Loyalty's wire shapes. */
import { type Static, Type } from 'typebox';
import { Money } from '../../platform/money.js';
import { PageQuery } from '../../platform/pagination.js';

const Id = Type.String({ format: 'uuid' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const CustomerCode = Type.String({
  minLength: 1,
  maxLength: 32,
  description: 'The customer code, e.g. CUST-00001.',
});
const Terminal = Type.Optional(
  Type.String({ minLength: 1, maxLength: 64, description: 'The POS terminal, for the ledger.' }),
);
const Reason = Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' });

export const LedgerEntry = Type.Object(
  {
    id: Id,
    kind: Type.Union([
      Type.Literal('earn'),
      Type.Literal('redeem'),
      Type.Literal('adjust'),
      Type.Literal('reverse'),
      Type.Literal('expire'),
    ]),
    points: Type.Integer({ description: 'Signed: credits positive, debits negative.' }),
    balance_after: Type.Integer(),
    shortfall: Type.Integer({
      description: 'Points a reversal or expiry could not take back because they were spent.',
    }),
    reason: Type.String(),
    source_type: Type.String({ description: 'order, pos_order, pos, promotion, admin or expiry.' }),
    source_id: Nullable(Type.String()),
    terminal: Nullable(Type.String()),
    promotion_id: Nullable(Type.String()),
    actor_id: Nullable(Type.String()),
    created_at: Type.String({ format: 'date-time' }),
  },
  { $id: 'LoyaltyLedgerEntry', title: 'LoyaltyLedgerEntry' },
);
export type LedgerEntryDto = Static<typeof LedgerEntry>;

export const PromotionKind = Type.Union([
  Type.Literal('percent_off'),
  Type.Literal('amount_off'),
  Type.Literal('free_item'),
  Type.Literal('bonus_points'),
]);

export const Promotion = Type.Object(
  {
    id: Id,
    code: Type.String(),
    name: Type.String(),
    description: Type.String(),
    kind: PromotionKind,
    value: Type.String({
      description:
        'percent_off: the percentage; amount_off: the amount; bonus_points: the points; free_item: 0.',
    }),
    points_cost: Type.Integer(),
    starts_at: Nullable(Type.String({ format: 'date-time' })),
    ends_at: Nullable(Type.String({ format: 'date-time' })),
    max_redemptions: Nullable(Type.Integer()),
    per_customer_limit: Nullable(Type.Integer()),
    redemptions_count: Type.Integer(),
    is_active: Type.Boolean(),
    valid_now: Type.Boolean({ description: 'Active, within its dates and not used up.' }),
    qr_data: Type.String({ description: 'The signed payload of its QR code.' }),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
  },
  { $id: 'LoyaltyPromotion', title: 'LoyaltyPromotion' },
);
export type PromotionDto = Static<typeof Promotion>;

export const CustomerSummary = Type.Object(
  {
    customer_id: Type.String({ description: 'The customer code.' }),
    user_id: Id,
    full_name: Type.String(),
    email: Type.String(),
    phone: Type.String(),
    balance: Type.Integer(),
    points: Type.Integer({
      description: 'The same as balance (the name the point-of-sale customer app reads).',
    }),
  },
  { $id: 'LoyaltyCustomer', title: 'LoyaltyCustomer' },
);
export type CustomerSummaryDto = Static<typeof CustomerSummary>;

export const HistoryPage = Type.Object({
  count: Type.Integer(),
  next: Nullable(Type.String()),
  previous: Nullable(Type.String()),
  results: Type.Array(Type.Ref('LoyaltyLedgerEntry')),
});

export const MyCard = Type.Object({
  customer_id: Type.String(),
  full_name: Type.String(),
  balance: Type.Integer(),
  points: Type.Integer(),
  card_version: Type.Integer(),
  qr_data: Type.String({ description: 'The signed payload of the card; what the QR code holds.' }),
  recent_history: Type.Array(Type.Ref('LoyaltyLedgerEntry')),
  history: HistoryPage,
});

export const QrQuery = Type.Object({
  format: Type.Optional(Type.Union([Type.Literal('svg'), Type.Literal('png')])),
  size: Type.Optional(Type.Integer({ minimum: 64, maximum: 2048 })),
});
export type QrQuery = Static<typeof QrQuery>;

export const ScanUserBody = Type.Object({ qr_data: Type.String({ minLength: 1, maxLength: 200 }) });
export const ScanUserAnswer = Type.Object({
  customer: Type.Ref('LoyaltyCustomer'),
  balance: Type.Integer(),
  promotions: Type.Array(Type.Ref('LoyaltyPromotion')),
});

export const ScanPromotionBody = Type.Object({
  qr_data: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  code: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
});
export type ScanPromotionBody = Static<typeof ScanPromotionBody>;
export const ScanPromotionAnswer = Type.Object({
  promotion: Type.Ref('LoyaltyPromotion'),
  valid: Type.Boolean(),
  reason: Nullable(Type.String({ description: 'Why it cannot be used now.' })),
});

export const RedeemBody = Type.Object({
  customer_id: CustomerCode,
  promotion_id: Type.String({ minLength: 1, maxLength: 64, description: 'The promotion id or code.' }),
  terminal: Terminal,
});
export type RedeemBody = Static<typeof RedeemBody>;
export const RedeemAnswer = Type.Object({
  redemption_id: Id,
  customer_id: Type.String(),
  promotion: Type.Ref('LoyaltyPromotion'),
  points_spent: Type.Integer(),
  points_awarded: Type.Integer({ description: 'bonus_points promotions: the points credited.' }),
  balance: Type.Integer(),
  message: Type.String(),
});

export const AwardBody = Type.Object({
  customer_id: CustomerCode,
  points: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  reason: Reason,
  terminal: Terminal,
});
export type AwardBody = Static<typeof AwardBody>;
export const PointsAnswer = Type.Object({
  customer_id: Type.String(),
  points: Type.Integer({ description: 'Points this request added (negative: took).' }),
  balance: Type.Integer(),
  entry: Type.Ref('LoyaltyLedgerEntry'),
  message: Type.String(),
});

export const OrderPointsBody = Type.Object({
  customer_id: CustomerCode,
  order_id: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
  order_total: Type.Union([Money, Type.Number({ minimum: 0, maximum: 1e13 })], {
    description: 'The order total, a decimal string ("50.00") or a number.',
  }),
  terminal: Terminal,
});
export type OrderPointsBody = Static<typeof OrderPointsBody>;
export const OrderPointsAnswer = Type.Object({
  customer_id: Type.String(),
  order_id: Type.String(),
  points_earned: Type.Integer(),
  balance: Type.Integer(),
  already_processed: Type.Boolean({ description: 'This order was credited before; nothing changed.' }),
  message: Type.String(),
});

export const AdjustBody = Type.Object({
  points: Type.Integer({ minimum: -1_000_000, maximum: 1_000_000, not: { const: 0 } }),
  reason: Reason,
});
export type AdjustBody = Static<typeof AdjustBody>;

export const PromotionBody = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' }),
  name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
  description: Type.Optional(Type.String({ maxLength: 2000 })),
  kind: PromotionKind,
  value: Type.Optional(Type.Union([Money, Type.Number({ minimum: 0, maximum: 1e9 })])),
  points_cost: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000 })),
  starts_at: Type.Optional(Nullable(Type.String({ format: 'date-time' }))),
  ends_at: Type.Optional(Nullable(Type.String({ format: 'date-time' }))),
  max_redemptions: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1_000_000_000 }))),
  per_customer_limit: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1_000_000 }))),
  is_active: Type.Optional(Type.Boolean()),
});
export type PromotionBody = Static<typeof PromotionBody>;
export const PromotionPatch = Type.Partial(PromotionBody);
export type PromotionPatch = Static<typeof PromotionPatch>;

export const PromotionListQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    search: Type.Optional(Type.String({ maxLength: 100 })),
    is_active: Type.Optional(Type.Boolean()),
  }),
]);
export type PromotionListQuery = Static<typeof PromotionListQuery>;

export const CustomerCodeParams = Type.Object({
  customer_id: Type.String({
    minLength: 1,
    maxLength: 64,
    description: 'The customer code (CUST-00001) or the user id.',
  }),
});
export const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
