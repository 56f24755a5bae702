/**
 * The events the shop emits (after the change commits). Loyalty credits points
 * on `order.paid` and takes them back on `order.cancelled` / `order.refunded`.
 */
export interface OrderEvent {
  orderId: string;
  orderNumber: string;
  userId: string;
  /** The order's total, in minor units. */
  total: number;
  currency: string;
}

export interface ShopEvents {
  /** An order was written at checkout (paid or awaiting an offline payment). */
  'order.placed': OrderEvent & { paid: boolean };
  /** An order became paid: at checkout, by a provider webhook, or by staff recording the payment. */
  'order.paid': OrderEvent;
  /** An order was cancelled (its stock is back; any payment is being refunded). */
  'order.cancelled': OrderEvent & { wasPaid: boolean };
  /** An order's payment was given back. */
  'order.refunded': OrderEvent;
}

declare module '../../platform/events.js' {
  interface EventTypes extends ShopEvents {}
}
