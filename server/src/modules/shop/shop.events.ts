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

/** One partial refund: its id, its amount and what the order's refunds add up to with it (minor units). */
export interface OrderRefundPart {
  id: string;
  amount: number;
  refundedTotal: number;
}

export interface ShopEvents {
  /** An order was written at checkout (paid or awaiting an offline payment). */
  'order.placed': OrderEvent & { paid: boolean };
  /** An order became paid: at checkout, by a provider webhook, or by staff recording the payment. */
  'order.paid': OrderEvent;
  /** An order was cancelled (its stock is back; any payment is being refunded). */
  'order.cancelled': OrderEvent & { wasPaid: boolean };
  /**
   * An order's payment was given back: all of what was left (the order became
   * `refunded`), or, with `refund`, the chosen lines of one partial refund.
   */
  'order.refunded': OrderEvent & { refund?: OrderRefundPart };
}

declare module '../../platform/events.js' {
  interface EventTypes extends ShopEvents {}
}
