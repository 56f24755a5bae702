/**
 * Staff's handling of an order beyond its status: the detail with its
 * timeline and refunds, internal notes, tracking, partial refunds of chosen
 * lines, and status changes of many orders at once.
 */
import type { DB } from '../../db/dialect.js';
import type { OrderStatus } from '../../db/schema.js';
import { type Origin, recordAudit } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events.js';
import { newId, nowIso } from '../../platform/ids.js';
import type { JobQueue } from '../../platform/jobs.js';
import { formatMinor } from '../../platform/money.js';
import { type Trx, transaction } from '../../platform/transaction.js';
import type { StockLedger } from '../catalog/index.js';
import type { PaymentsService } from '../payments/index.js';
import * as handling from './order-handling.repository.js';
import {
  buildTimeline,
  type RefundLine,
  recordOrderEvent,
  refundLinesDto,
  type TimelineEntryDto,
  type TimelineLineDto,
} from './order-timeline.js';
import * as repo from './orders.repository.js';
import type { AdminOrderDto } from './orders.schemas.js';
import {
  type Actor,
  ORDER_PURPOSE,
  type OrdersService,
  orderEvent,
  withNextStatuses,
} from './orders.service.js';
import { ShopErrors } from './shop.errors.js';

declare module '../../platform/audit.js' {
  interface AuditActions {
    'order.refunded_part': true;
    'order.note_added': true;
    'order.tracking_changed': true;
  }
}

declare module '../../platform/jobs.js' {
  interface JobTypes {
    /** The customer's mail about one refund (`order_refunds`). */
    'shop.order_refund_email': { orderId: string; refundId: string };
  }
}

/** Orders whose money may be given back in part: paid and not cancelled or refunded. */
export const REFUNDABLE: readonly OrderStatus[] = ['paid', 'processing', 'shipped', 'delivered'];

export interface RefundDto {
  id: string;
  amount: string;
  lines: TimelineLineDto[];
  restocked: boolean;
  reason: string;
  /** The whole rest of the order (its status became refunded), or chosen lines. */
  whole: boolean;
  /** Where giving the money back stands: `pending` until the provider confirmed it. */
  status: 'pending' | 'succeeded' | 'failed' | 'with_payment';
  created_at: string;
}

export interface AdminOrderDetailDto extends AdminOrderDto {
  refunds: RefundDto[];
  timeline: TimelineEntryDto[];
}

export interface RefundInput {
  lines: Array<{ item_id: string; quantity: number }>;
  restock: boolean;
  reason?: string | undefined;
}

export interface BulkResult {
  id: string;
  order_number: string | null;
  outcome: 'changed' | 'unchanged' | 'refused';
  status: OrderStatus | null;
  code: string | null;
  detail: string | null;
}

export class OrderHandlingService {
  constructor(
    private readonly deps: {
      db: DB;
      orders: OrdersService;
      payments: PaymentsService;
      stock: StockLedger;
      events: EventBus;
      jobs: JobQueue;
    },
  ) {}

  // ---- reading -----------------------------------------------------------------

  /** Staff's whole view of one order: the order, its refunds and its timeline (internal notes included). */
  async detail(orderId: string): Promise<AdminOrderDetailDto> {
    const { db, payments, orders } = this.deps;
    const order = await repo.findOrder(db, orderId);
    if (!order) throw ShopErrors.orderNotFound();
    const [dto, items, payment, events, refunds, failures] = await Promise.all([
      orders.toDto(db, order),
      repo.itemsOfOrders(db, [order.id]),
      payments.paymentOf(db, ORDER_PURPOSE, order.id),
      handling.eventsOf(db, order.id),
      handling.refundsOfOrder(db, order.id),
      order.payment_intent_id ? payments.failuresOfIntent(db, order.payment_intent_id) : Promise.resolve([]),
    ]);
    const paymentRefunds = await payments.refundsOf(
      db,
      refunds.flatMap((r) => (r.payment_refund_id ? [r.payment_refund_id] : [])),
    );
    const refundStatus = new Map(paymentRefunds.map((r) => [r.id, r.status] as const));
    return {
      ...withNextStatuses(dto),
      refunds: refunds.map((r) => ({
        id: r.id,
        amount: formatMinor(Number(r.amount)),
        lines: refundLinesDto(JSON.parse(r.lines) as RefundLine[], items),
        restocked: r.is_restock,
        reason: r.reason,
        whole: r.payment_refund_id === null,
        status: r.payment_refund_id ? (refundStatus.get(r.payment_refund_id) ?? 'pending') : 'with_payment',
        created_at: r.created_at,
      })),
      timeline: buildTimeline({ order, items, payment, failures, events }),
    };
  }

  // ---- notes and tracking --------------------------------------------------------

  /** An internal note on the order's timeline, with its author; customers never see it. */
  async addNote(actor: Actor, orderId: string, text: string, origin: Origin): Promise<AdminOrderDetailDto> {
    const note = text.trim();
    if (!note) throw ShopErrors.noteEmpty();
    await transaction(this.deps.db, async (trx) => {
      const order = await repo.findOrder(trx, orderId);
      if (!order) throw ShopErrors.orderNotFound();
      await recordOrderEvent(trx, { orderId, kind: 'note', actor, data: { note }, internal: true });
      await recordAudit(trx, {
        action: 'order.note_added',
        actor,
        target: { type: 'order', id: orderId },
        origin,
        details: { order_number: order.order_number, length: note.length },
      });
    });
    return this.detail(orderId);
  }

  /**
   * Sets the carrier and tracking number (null clears them). The customer sees
   * them on their order, and the shipped mail carries them when set by then.
   */
  async setTracking(
    actor: Actor,
    orderId: string,
    tracking: { carrier: string; tracking_number: string } | null,
    origin: Origin,
  ): Promise<AdminOrderDetailDto> {
    const carrier = tracking?.carrier.trim() ?? '';
    const number = tracking?.tracking_number.trim() ?? '';
    if (tracking && (!carrier || !number)) {
      throw AppError.badRequest('Invalid input: check carrier and tracking_number.', {
        ...(carrier ? {} : { carrier: ['Name the carrier.'] }),
        ...(number ? {} : { tracking_number: ['Give the tracking number.'] }),
      });
    }
    await transaction(this.deps.db, async (trx) => {
      const order = await repo.findOrder(trx, orderId);
      if (!order) throw ShopErrors.orderNotFound();
      if (tracking) {
        await handling.upsertTracking(trx, {
          order_id: orderId,
          carrier,
          tracking_number: number,
          updated_by: actor.id,
          updated_at: nowIso(),
        });
      } else if (!(await handling.deleteTracking(trx, orderId))) {
        return;
      }
      const data = tracking ? { carrier, tracking_number: number } : { carrier: null, tracking_number: null };
      await recordOrderEvent(trx, { orderId, kind: 'tracking', actor, data });
      await recordAudit(trx, {
        action: 'order.tracking_changed',
        actor,
        target: { type: 'order', id: orderId },
        origin,
        details: { order_number: order.order_number, ...data },
      });
    });
    return this.detail(orderId);
  }

  // ---- partial refunds -----------------------------------------------------------------

  /**
   * Refunds chosen units of chosen lines, in the caller's transaction (the
   * route's idempotency one). The order's row is locked first, so refunds and
   * status changes of one order go one at a time; each line's units are
   * counted by a guarded update (never more than bought, across all refunds);
   * the money goes back through the payments module (a job after commit);
   * stock comes back per line when `restock`. When no unit is left, the order
   * becomes `refunded`. Emits `order.refunded` with this refund's amount.
   */
  async refundLines(
    trx: Trx,
    actor: Actor,
    orderId: string,
    input: RefundInput,
    origin: Origin,
  ): Promise<{ refund: RefundDto; order: AdminOrderDto }> {
    const { payments, events, stock, jobs } = this.deps;
    const order = await handling.lockOrderIn(trx, orderId, REFUNDABLE);
    if (!order) {
      const found = await repo.findOrder(trx, orderId);
      if (!found) throw ShopErrors.orderNotFound();
      throw ShopErrors.orderNotRefundable(found.status);
    }
    const items = await repo.itemsOfOrders(trx, [order.id]);
    const seen = new Set<string>();
    const chosen = input.lines.map((line, index) => {
      const item = items.find((i) => i.id === line.item_id);
      if (!item) throw ShopErrors.refundLineNotFound(index);
      if (seen.has(item.id)) throw ShopErrors.refundLineRepeated(index);
      seen.add(item.id);
      return { item, quantity: line.quantity };
    });
    // One order of row locks for everyone: by item id.
    chosen.sort((a, b) => (a.item.id < b.item.id ? -1 : 1));
    for (const { item, quantity } of chosen) {
      if (!(await handling.addRefundedUnits(trx, order.id, item.id, quantity))) {
        const left = item.quantity - item.refunded_quantity;
        throw ShopErrors.refundQuantityExceeded(
          `${item.product_name} (${item.variant_color}, ${item.size})`,
          left,
        );
      }
    }
    const lines: RefundLine[] = chosen.map(({ item, quantity }) => ({
      item_id: item.id,
      quantity,
      amount: Number(item.unit_price) * quantity,
    }));
    const amount = lines.reduce((sum, l) => sum + l.amount, 0);
    const payment = await payments.paymentOf(trx, ORDER_PURPOSE, order.id);
    if (!payment) throw ShopErrors.paymentNotRefundable('the order has no payment');
    const paymentRefund = amount > 0 ? await payments.refundPart(trx, payment, amount) : undefined;
    const reason = input.reason?.trim() ?? '';
    if (input.restock) {
      for (const { item, quantity } of [...chosen].sort((a, b) =>
        (a.item.size_id ?? '') < (b.item.size_id ?? '') ? -1 : 1,
      )) {
        if (!item.size_id) continue; // the size was deleted since: nothing to return to
        await stock.change(trx, {
          sizeId: item.size_id,
          delta: quantity,
          kind: 'return',
          reason: `order ${order.order_number} partly refunded${reason ? `: ${reason}` : ''}`,
          actorId: actor.id,
          orderId: order.id,
        });
      }
    }
    const refundId = newId();
    const now = nowIso();
    await handling.insertRefund(trx, {
      id: refundId,
      order_id: order.id,
      payment_refund_id: paymentRefund?.id ?? null,
      amount,
      lines: JSON.stringify(lines),
      is_restock: input.restock,
      reason,
      actor_id: actor.id,
      created_at: now,
    });
    await recordOrderEvent(trx, {
      orderId: order.id,
      kind: 'refund',
      actor,
      data: { refund_id: refundId, amount, lines, restocked: input.restock, ...(reason ? { reason } : {}) },
    });
    await recordAudit(trx, {
      action: 'order.refunded_part',
      actor,
      target: { type: 'order', id: order.id },
      origin,
      details: {
        order_number: order.order_number,
        refund_id: refundId,
        amount: formatMinor(amount),
        lines: lines.map((l) => ({ item_id: l.item_id, quantity: l.quantity })),
        restocked: input.restock,
        ...(reason ? { reason } : {}),
      },
    });
    await events.emit(trx, 'order.refunded', {
      ...orderEvent(order),
      refund: { id: refundId, amount, refundedTotal: await handling.refundedTotal(trx, order.id) },
    });
    await jobs.enqueue(
      trx,
      'shop.order_refund_email',
      { orderId: order.id, refundId },
      { dedupeKey: `shop.order_refund_email:${refundId}` },
    );
    let current = order;
    if ((await handling.countLinesLeft(trx, order.id)) === 0) {
      // Nothing left to refund: the order is refunded (its money and stock are settled above).
      const updated = await repo.updateOrderStatus(trx, order.id, order.status, 'refunded');
      if (updated) {
        current = updated;
        await recordOrderEvent(trx, {
          orderId: order.id,
          kind: 'status',
          actor,
          data: { from: order.status, to: 'refunded', restocked: input.restock },
        });
        await recordAudit(trx, {
          action: 'order.status_changed',
          actor,
          target: { type: 'order', id: order.id },
          origin,
          details: { order_number: order.order_number, from: order.status, to: 'refunded', by_refunds: true },
        });
        await jobs.enqueue(
          trx,
          'shop.order_status_email',
          { orderId: order.id, status: 'refunded' },
          { dedupeKey: `shop.order_status_email:${order.id}:refunded` },
        );
      }
    }
    const dto = withNextStatuses(await this.deps.orders.toDto(trx, current));
    const refund: RefundDto = {
      id: refundId,
      amount: formatMinor(amount),
      lines: refundLinesDto(lines, items),
      restocked: input.restock,
      reason,
      whole: false,
      status: paymentRefund?.status ?? 'succeeded',
      created_at: now,
    };
    return { refund, order: dto };
  }

  // ---- many orders at once ---------------------------------------------------------------

  /**
   * The same status change for each order, each as the single change would
   * make it (allowed transitions, effects, the customer's mail), each in its
   * own transaction: one refused order does not stop the others.
   */
  async bulkStatus(
    actor: Actor,
    ids: readonly string[],
    to: OrderStatus,
    origin: Origin,
    options: { restock?: boolean } = {},
  ): Promise<BulkResult[]> {
    if (options.restock !== undefined && to !== 'refunded') {
      throw AppError.badRequest('Invalid input: check restock.', {
        restock: ['Only a refund takes this choice; cancelling always restocks.'],
      });
    }
    const results: BulkResult[] = [];
    for (const id of ids) {
      const before = await repo.findOrder(this.deps.db, id);
      if (!before) {
        const err = ShopErrors.orderNotFound();
        results.push({
          id,
          order_number: null,
          outcome: 'refused',
          status: null,
          code: err.code,
          detail: err.detail,
        });
        continue;
      }
      try {
        const after = await this.deps.orders.setStatus(actor, id, to, origin, options);
        results.push({
          id,
          order_number: after.order_number,
          outcome: before.status === to ? 'unchanged' : 'changed',
          status: after.status,
          code: null,
          detail: null,
        });
      } catch (err) {
        if (!(err instanceof AppError) || err.status >= 500) throw err;
        const now = await repo.findOrder(this.deps.db, id);
        results.push({
          id,
          order_number: before.order_number,
          outcome: 'refused',
          status: now?.status ?? before.status,
          code: err.code,
          detail: err.detail,
        });
      }
    }
    return results;
  }
}
