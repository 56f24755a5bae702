/** TypeBox schemas of checkout, orders and payments. */
import { type Static, Type } from 'typebox';
import { Money } from '../../platform/money.js';
import { PageQuery } from '../../platform/pagination.js';
import { MANUAL_METHODS_DESCRIPTION, type PaymentDto, PaymentSchema } from '../payments/index.js';

export const ORDER_STATUSES = [
  'pending',
  'paid',
  'processing',
  'shipped',
  'delivered',
  'cancelled',
  'refunded',
] as const;
export const OrderStatusSchema = Type.Union(
  ORDER_STATUSES.map((s) => Type.Literal(s)),
  { description: '`pending → paid → processing → shipped → delivered`, or `cancelled` / `refunded`.' },
);

const line = (max: number) => Type.String({ minLength: 1, maxLength: max });
const optional = (max: number) => Type.Optional(Type.String({ maxLength: max }));

export const ShippingAddress = Type.Object(
  {
    full_name: line(200),
    line1: line(200),
    line2: optional(200),
    city: line(100),
    state: optional(100),
    postal_code: line(20),
    country: Type.String({ minLength: 2, maxLength: 56, description: 'Country name or ISO code.' }),
    phone: optional(32),
  },
  { $id: 'ShippingAddress', title: 'ShippingAddress' },
);
export type ShippingAddress = Static<typeof ShippingAddress>;

/** The shared `ShippingAddress` schema by reference, typed as what it validates. */
const ShippingAddressRef = Type.Unsafe<ShippingAddress>(Type.Ref('ShippingAddress'));

export const CreatePaymentIntentBody = Type.Object({
  shipping_address: Type.Optional(ShippingAddressRef),
});

export const PaymentIntentResponse = Type.Object(
  {
    payment_intent_id: Type.String({ description: 'Pass it to `checkout`.' }),
    client_secret: Type.String({
      description: "For Stripe Elements' `confirmPayment` (unused with `manual`).",
    }),
    amount: Money,
    currency: Type.String(),
    provider: Type.Union([Type.Literal('manual'), Type.Literal('stripe')]),
    expires_at: Type.String({
      format: 'date-time',
      description: 'Check out before this (else 410 `PAYMENT_INTENT_EXPIRED`).',
    }),
  },
  { $id: 'PaymentIntent', title: 'PaymentIntent' },
);

export const CheckoutBody = Type.Object({
  payment_intent_id: Type.String({ minLength: 1, maxLength: 255 }),
  shipping_address: ShippingAddressRef,
  payment_method: Type.Optional(
    Type.String({ minLength: 1, maxLength: 255, description: MANUAL_METHODS_DESCRIPTION }),
  ),
});
export type CheckoutBody = Static<typeof CheckoutBody>;

export const OrderItem = Type.Object(
  {
    id: Type.String(),
    product_id: Type.Union([Type.String(), Type.Null()]),
    product_name: Type.String(),
    product_slug: Type.String(),
    variant_color: Type.String(),
    size: Type.String(),
    sku: Type.String(),
    unit_price: Money,
    quantity: Type.Integer(),
    line_total: Money,
    refunded_quantity: Type.Integer({ description: 'Units of this line refunded so far.' }),
  },
  { $id: 'OrderItem', title: 'OrderItem' },
);

export const OrderTracking = Type.Object({
  carrier: Type.String(),
  tracking_number: Type.String(),
  updated_at: Type.String({ format: 'date-time' }),
});

export const OrderResponse = Type.Object(
  {
    id: Type.String(),
    order_number: Type.String({ examples: ['ORD-000001'] }),
    status: OrderStatusSchema,
    user_id: Type.String(),
    email: Type.String(),
    currency: Type.String(),
    items: Type.Array(Type.Ref('OrderItem')),
    item_count: Type.Integer(),
    subtotal: Money,
    total: Money,
    shipping_address: Type.Record(Type.String(), Type.String()),
    payment: Type.Union([PaymentSchema, Type.Null()]),
    tracking: Type.Union([OrderTracking, Type.Null()], {
      description: 'The carrier and tracking number of the shipment, once staff set them.',
    }),
    can_cancel: Type.Boolean({ description: 'Whether the customer may still cancel it.' }),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    paid_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    cancelled_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { $id: 'Order', title: 'Order' },
);

/** What staff see of an order: the customer's view plus where it may go next. */
export const AdminOrderResponse = Type.Object(
  {
    ...OrderResponse.properties,
    next_statuses: Type.Array(OrderStatusSchema, {
      description:
        'The statuses staff may move it to now (`PATCH /api/admin/orders/<id>/`); empty once it is over.',
    }),
  },
  { $id: 'AdminOrder', title: 'AdminOrder' },
);

export interface OrderItemDto {
  id: string;
  product_id: string | null;
  product_name: string;
  product_slug: string;
  variant_color: string;
  size: string;
  sku: string;
  unit_price: string;
  quantity: number;
  line_total: string;
  refunded_quantity: number;
}

export interface OrderDto {
  id: string;
  order_number: string;
  status: (typeof ORDER_STATUSES)[number];
  user_id: string;
  email: string;
  currency: string;
  items: OrderItemDto[];
  item_count: number;
  subtotal: string;
  total: string;
  shipping_address: Record<string, string>;
  payment: PaymentDto | null;
  tracking: { carrier: string; tracking_number: string; updated_at: string } | null;
  can_cancel: boolean;
  created_at: string;
  updated_at: string;
  paid_at: string | null;
  cancelled_at: string | null;
}

export interface AdminOrderDto extends OrderDto {
  next_statuses: OrderDto['status'][];
}

export const OrderParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const ListOrdersQuery = Type.Intersect([
  PageQuery,
  Type.Object({ status: Type.Optional(OrderStatusSchema) }),
]);
export type ListOrdersQuery = Static<typeof ListOrdersQuery>;

/** The filters of staff's order list, shared by its CSV export. */
export const AdminOrderFilters = Type.Object({
  status: Type.Optional(OrderStatusSchema),
  search: Type.Optional(
    Type.String({ maxLength: 200, description: 'Part of the order number or of the customer email.' }),
  ),
  from: Type.Optional(
    Type.String({ format: 'date', description: 'Placed on or after this day (YYYY-MM-DD, shop time zone).' }),
  ),
  to: Type.Optional(
    Type.String({
      format: 'date',
      description: 'Placed on or before this day (YYYY-MM-DD, shop time zone).',
    }),
  ),
});
export type AdminOrderFilters = Static<typeof AdminOrderFilters>;

export const AdminListOrdersQuery = Type.Intersect([PageQuery, AdminOrderFilters]);
export type AdminListOrdersQuery = Static<typeof AdminListOrdersQuery>;

export const UpdateOrderStatusBody = Type.Object({
  status: OrderStatusSchema,
  restock: Type.Optional(
    Type.Boolean({
      description:
        'Only with `refunded`: put the items back in stock (a `return` movement each). ' +
        'Default: yes when the order had not shipped, no once it had (say yes when the items came back).',
    }),
  ),
});
