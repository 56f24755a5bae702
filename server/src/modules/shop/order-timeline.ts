/**
 * An order's timeline: what is stored in `order_events` (status changes with
 * who made them, refunds, mails queued, internal notes, tracking changes),
 * written in the transaction of each change, together with what other records
 * already say (the order placed, paid at checkout, the payment's declines).
 */
import type { OrderStatus } from '../../db/schema.js';
import { newId, nowIso } from '../../platform/ids.js';
import { formatMinor } from '../../platform/money.js';
import type { Executor } from '../../platform/transaction.js';
import type { PaymentFailureRecord, PaymentRecord } from '../payments/index.js';
import { methodLabel } from '../payments/index.js';
import type { OrderEventRow } from './order-handling.repository.js';
import * as handling from './order-handling.repository.js';
import type { OrderEventKind } from './order-handling.tables.js';
import type { OrderItemRow, OrderRow } from './orders.repository.js';

/** One refunded line as stored: the order item, units and minor units. */
export interface RefundLine {
  item_id: string;
  quantity: number;
  amount: number;
}

/** What a stored event says, by kind. */
export interface OrderEventData {
  from?: OrderStatus;
  to?: OrderStatus;
  restocked?: boolean;
  reason?: string;
  refund_id?: string;
  amount?: number;
  lines?: RefundLine[];
  whole?: boolean;
  note?: string;
  carrier?: string | null;
  tracking_number?: string | null;
  template?: string;
  subject?: string;
  to_address?: string;
}

export interface NewOrderEvent {
  orderId: string;
  kind: OrderEventKind;
  actor: { id: string; email: string } | null;
  data: OrderEventData;
  internal?: boolean;
  dedupeKey?: string;
}

/** Writes one timeline event in the caller's transaction. */
export function recordOrderEvent(executor: Executor, event: NewOrderEvent): Promise<void> {
  return handling.insertEvent(executor, {
    id: newId(),
    order_id: event.orderId,
    kind: event.kind,
    actor_id: event.actor?.id ?? null,
    actor_email: event.actor?.email ?? null,
    data: JSON.stringify(event.data),
    is_internal: event.internal ?? false,
    dedupe_key: event.dedupeKey ?? null,
    created_at: nowIso(),
  });
}

export type TimelineKind = OrderEventKind | 'placed' | 'payment' | 'payment_failed';

export interface TimelineLineDto {
  item_id: string;
  product_name: string;
  variant_color: string;
  size: string;
  sku: string;
  quantity: number;
  amount: string;
}

export interface TimelineEntryDto {
  id: string;
  kind: TimelineKind;
  at: string;
  actor: { id: string | null; email: string } | null;
  internal: boolean;
  summary: string;
  from: OrderStatus | null;
  to: OrderStatus | null;
  amount: string | null;
  lines: TimelineLineDto[];
  restocked: boolean | null;
  reason: string | null;
  note: string | null;
  carrier: string | null;
  tracking_number: string | null;
  mail_template: string | null;
  mail_subject: string | null;
}

const STATUS_WORDS: Record<OrderStatus, string> = {
  pending: 'awaiting payment',
  paid: 'paid',
  processing: 'processing',
  shipped: 'shipped',
  delivered: 'delivered',
  cancelled: 'cancelled',
  refunded: 'refunded',
};

function blank(id: string, kind: TimelineKind, at: string, summary: string): TimelineEntryDto {
  return {
    id,
    kind,
    at,
    actor: null,
    internal: false,
    summary,
    from: null,
    to: null,
    amount: null,
    lines: [],
    restocked: null,
    reason: null,
    note: null,
    carrier: null,
    tracking_number: null,
    mail_template: null,
    mail_subject: null,
  };
}

export function refundLinesDto(
  lines: readonly RefundLine[],
  items: readonly OrderItemRow[],
): TimelineLineDto[] {
  return lines.map((l) => {
    const item = items.find((i) => i.id === l.item_id);
    return {
      item_id: l.item_id,
      product_name: item?.product_name ?? '',
      variant_color: item?.variant_color ?? '',
      size: item?.size ?? '',
      sku: item?.sku ?? '',
      quantity: l.quantity,
      amount: formatMinor(l.amount),
    };
  });
}

function storedEntry(row: OrderEventRow, items: readonly OrderItemRow[]): TimelineEntryDto {
  const data = JSON.parse(row.data) as OrderEventData;
  const entry = blank(row.id, row.kind, row.created_at, '');
  entry.actor = row.actor_email !== null ? { id: row.actor_id, email: row.actor_email } : null;
  entry.internal = row.is_internal;
  switch (row.kind) {
    case 'status': {
      entry.from = data.from ?? null;
      entry.to = data.to ?? null;
      entry.restocked = data.restocked ?? null;
      entry.reason = data.reason ?? null;
      const to = data.to ? STATUS_WORDS[data.to] : 'changed';
      entry.summary =
        data.reason === 'expired'
          ? 'Cancelled: the payment did not arrive in time'
          : `Status ${data.from ? STATUS_WORDS[data.from] : '?'} → ${to}`;
      break;
    }
    case 'refund': {
      const units = (data.lines ?? []).reduce((n, l) => n + l.quantity, 0);
      entry.amount = formatMinor(data.amount ?? 0);
      entry.lines = refundLinesDto(data.lines ?? [], items);
      entry.restocked = data.restocked ?? null;
      entry.reason = data.reason || null;
      entry.summary = `${data.whole ? 'Refunded the rest of the order' : 'Partial refund'}: ${entry.amount} for ${units} ${units === 1 ? 'unit' : 'units'}${data.restocked ? ', restocked' : ''}`;
      break;
    }
    case 'mail':
      entry.mail_template = data.template ?? null;
      entry.mail_subject = data.subject ?? null;
      entry.summary = `Mail queued to ${data.to_address ?? 'the customer'}: ${data.subject ?? data.template ?? ''}`;
      break;
    case 'note':
      entry.note = data.note ?? '';
      entry.summary = 'Internal note';
      break;
    case 'tracking':
      entry.carrier = data.carrier ?? null;
      entry.tracking_number = data.tracking_number ?? null;
      entry.summary = data.tracking_number
        ? `Tracking set: ${data.carrier} ${data.tracking_number}`
        : 'Tracking removed';
      break;
  }
  return entry;
}

/** The whole timeline, oldest first: derived entries, then stored ones, by time. */
export function buildTimeline(input: {
  order: OrderRow;
  items: readonly OrderItemRow[];
  payment: PaymentRecord | undefined;
  failures: readonly PaymentFailureRecord[];
  events: readonly OrderEventRow[];
}): TimelineEntryDto[] {
  const { order, payment, events } = input;
  const entries: TimelineEntryDto[] = [];
  const placed = blank(
    `placed:${order.id}`,
    'placed',
    order.created_at,
    `Order placed: ${formatMinor(Number(order.total))} ${order.currency}${payment ? ` by ${methodLabel(payment.method)}` : ''}`,
  );
  placed.amount = formatMinor(Number(order.total));
  entries.push(placed);
  for (const f of input.failures) {
    const e = blank(
      `failure:${f.id}`,
      'payment_failed',
      f.created_at,
      `Payment declined (${methodLabel(f.method)}, ${f.code})`,
    );
    e.amount = formatMinor(Number(f.amount));
    entries.push(e);
  }
  const statusTo = (to: OrderStatus) =>
    events.some((e) => e.kind === 'status' && JSON.parse(e.data).to === to);
  // Paid at checkout (or before events were recorded): the order's own stamp says when.
  if (order.paid_at && !statusTo('paid')) {
    const e = blank(`paid:${order.id}`, 'payment', order.paid_at, 'Payment received');
    e.amount = formatMinor(Number(order.total));
    entries.push(e);
  }
  if (order.cancelled_at && !statusTo('cancelled')) {
    const e = blank(`cancelled:${order.id}`, 'status', order.cancelled_at, 'Status → cancelled');
    e.to = 'cancelled';
    entries.push(e);
  }
  for (const row of events) entries.push(storedEntry(row, input.items));
  // Stable: entries of one instant keep the order above (placed before paid before what followed).
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.at < b.e.at ? -1 : a.e.at > b.e.at ? 1 : a.i - b.i))
    .map(({ e }) => e);
}
