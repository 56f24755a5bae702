/** TypeBox schemas of staff's order handling: the detail, timeline, notes, tracking, refunds, bulk status. */
import { type Static, type TSchema, Type } from 'typebox';
import { Money } from '../../platform/money.js';
import { AdminOrderResponse, OrderStatusSchema } from './orders.schemas.js';

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
/** A status or null, spelled out (a union inside a union does not type its values). */
const NullableStatus = Type.Union([
  Type.Literal('pending'),
  Type.Literal('paid'),
  Type.Literal('processing'),
  Type.Literal('shipped'),
  Type.Literal('delivered'),
  Type.Literal('cancelled'),
  Type.Literal('refunded'),
  Type.Null(),
]);

export const RefundLineDto = Type.Object(
  {
    item_id: Type.String(),
    product_name: Type.String(),
    variant_color: Type.String(),
    size: Type.String(),
    sku: Type.String(),
    quantity: Type.Integer(),
    amount: Money,
  },
  { $id: 'RefundLine', title: 'RefundLine' },
);

export const TimelineEntry = Type.Object(
  {
    id: Type.String(),
    kind: Type.Union(
      [
        Type.Literal('placed'),
        Type.Literal('payment'),
        Type.Literal('payment_failed'),
        Type.Literal('status'),
        Type.Literal('refund'),
        Type.Literal('mail'),
        Type.Literal('note'),
        Type.Literal('tracking'),
      ],
      {
        description:
          '`placed`, `payment` (received), `payment_failed` (a decline before it paid), `status` (a change: `from`, `to`), `refund` (`amount`, `lines`), `mail` (queued to the customer), `note` (internal), `tracking`.',
      },
    ),
    at: Type.String({ format: 'date-time' }),
    actor: nullable(
      Type.Object(
        { id: nullable(Type.String()), email: Type.String() },
        { description: 'Who did it; null for the system or the customer at checkout.' },
      ),
    ),
    internal: Type.Boolean({ description: 'Staff only (internal notes).' }),
    summary: Type.String({ description: 'The entry in words.' }),
    from: NullableStatus,
    to: NullableStatus,
    amount: nullable(Money),
    lines: Type.Array(Type.Ref('RefundLine')),
    restocked: nullable(Type.Boolean()),
    reason: nullable(Type.String()),
    note: nullable(Type.String()),
    carrier: nullable(Type.String()),
    tracking_number: nullable(Type.String()),
    mail_template: nullable(Type.String()),
    mail_subject: nullable(Type.String()),
  },
  { $id: 'OrderTimelineEntry', title: 'OrderTimelineEntry' },
);

export const OrderRefund = Type.Object(
  {
    id: Type.String(),
    amount: Money,
    lines: Type.Array(Type.Ref('RefundLine')),
    restocked: Type.Boolean(),
    reason: Type.String(),
    whole: Type.Boolean({ description: 'The rest of the order, refunded by its status change.' }),
    status: Type.Union(
      [
        Type.Literal('pending'),
        Type.Literal('succeeded'),
        Type.Literal('failed'),
        Type.Literal('with_payment'),
      ],
      {
        description:
          'Where giving the money back stands: `pending` until the provider confirms, or `with_payment` for a whole refund (see the payment).',
      },
    ),
    created_at: Type.String({ format: 'date-time' }),
  },
  { $id: 'OrderRefund', title: 'OrderRefund' },
);

export const NoteBody = Type.Object({
  text: Type.String({
    minLength: 1,
    maxLength: 2000,
    description: 'Staff only; never shown to the customer.',
  }),
});

export const TrackingBody = Type.Object({
  carrier: Type.String({ minLength: 1, maxLength: 100, examples: ['DHL'] }),
  tracking_number: Type.String({ minLength: 1, maxLength: 100 }),
});

export const MAX_REFUND_LINES = 100;

export const RefundBody = Type.Object({
  lines: Type.Array(
    Type.Object({
      item_id: Type.String({ format: 'uuid', description: "An order line's `id`." }),
      quantity: Type.Integer({
        minimum: 1,
        maximum: 1_000_000,
        description: 'Units of that line to refund.',
      }),
    }),
    { minItems: 1, maxItems: MAX_REFUND_LINES },
  ),
  restock: Type.Boolean({
    description: 'Put the refunded units back in stock (a `return` movement per line).',
  }),
  reason: Type.Optional(Type.String({ maxLength: 500 })),
});
export type RefundBody = Static<typeof RefundBody>;

export const MAX_BULK_ORDERS = 100;

export const BulkStatusBody = Type.Object({
  ids: Type.Array(Type.String({ format: 'uuid' }), {
    minItems: 1,
    maxItems: MAX_BULK_ORDERS,
    uniqueItems: true,
    description: `The orders to change, at most ${MAX_BULK_ORDERS}, each once.`,
  }),
  status: OrderStatusSchema,
  restock: Type.Optional(
    Type.Boolean({
      description: 'Only with `refunded`: as for one order (`PATCH /api/admin/orders/<id>/`).',
    }),
  ),
});

export const BulkStatusResponse = Type.Object({
  results: Type.Array(
    Type.Object({
      id: Type.String(),
      order_number: nullable(Type.String()),
      outcome: Type.Union([Type.Literal('changed'), Type.Literal('unchanged'), Type.Literal('refused')], {
        description: '`unchanged`: it had that status already; `refused`: see `code` and `detail`.',
      }),
      status: NullableStatus,
      code: nullable(Type.String()),
      detail: nullable(Type.String()),
    }),
  ),
  changed: Type.Integer(),
  refused: Type.Integer(),
});

/** Staff's whole view of one order: the order, its refunds and its timeline. */
export const AdminOrderDetail = Type.Object(
  {
    ...AdminOrderResponse.properties,
    refunds: Type.Array(Type.Ref('OrderRefund')),
    timeline: Type.Array(Type.Ref('OrderTimelineEntry'), {
      description: 'Oldest first. Internal notes are in it: never show it to the customer.',
    }),
  },
  { $id: 'AdminOrderDetail', title: 'AdminOrderDetail' },
);

export const RefundResponse = Type.Object({
  refund: Type.Ref('OrderRefund'),
  order: Type.Ref('AdminOrder'),
});
