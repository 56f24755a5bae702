/**
 * Order statuses as people read them. Pure, unit-tested. Where staff
 * may move an order next is the server's to say: `next_statuses` on an `AdminOrder`.
 */
import type { Schemas } from '@mercato/sdk';

export type OrderStatus = Schemas['Order']['status'];
export type ShippingAddress = Schemas['ShippingAddress'];
/** An order as staff see it, with the statuses it may move to now. */
export type AdminOrder = Schemas['AdminOrder'];

export const ORDER_STATUSES: readonly OrderStatus[] = [
  'pending',
  'paid',
  'processing',
  'shipped',
  'delivered',
  'cancelled',
  'refunded',
];

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending: 'Awaiting payment',
  paid: 'Paid',
  processing: 'Processing',
  shipped: 'Shipped',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
  refunded: 'Refunded',
};

/** A badge modifier per status: good news, under way, or over. */
export function statusTone(status: OrderStatus): 'ok' | 'muted' | 'pending' | 'info' {
  if (status === 'paid' || status === 'delivered') return 'ok';
  if (status === 'cancelled' || status === 'refunded') return 'muted';
  if (status === 'pending') return 'pending';
  return 'info';
}

/** The lines of an address label, blanks left out. */
export function addressLines(address: Partial<Record<keyof ShippingAddress, unknown>>): string[] {
  const text = (key: keyof ShippingAddress) =>
    typeof address[key] === 'string' ? (address[key] as string).trim() : '';
  const cityLine = [text('postal_code'), text('city'), text('state')].filter(Boolean).join(' ');
  return [text('full_name'), text('line1'), text('line2'), cityLine, text('country'), text('phone')].filter(
    Boolean,
  );
}

/** A payment's status in words, for the customer's and the staff's order pages. */
export const PAYMENT_LABELS: Record<string, string> = {
  pending: 'Awaiting payment',
  succeeded: 'Paid',
  refund_pending: 'Refund under way',
  refunded: 'Refunded',
  failed: 'Failed',
  canceled: 'Cancelled',
};
