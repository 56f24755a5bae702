/**
 * Orders once placed (placing them is `checkout.service.ts`'s): the customer's
 * and staff's reads, and the status changes with their effects (restock,
 * refund, mails, events), each decided by a guarded update.
 */
import type { Config } from '../../config.js';
import type { DB } from '../../db/dialect.js';
import type { OrderStatus } from '../../db/schema.js';
import { type Origin, recordAudit } from '../../platform/audit.js';
import type { AuthUser } from '../../platform/auth.js';
import { AppError } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events.js';
import { isUuid, newId, nowIso } from '../../platform/ids.js';
import type { JobQueue } from '../../platform/jobs.js';
import { formatMinor } from '../../platform/money.js';
import type { Page, PageRequest } from '../../platform/pagination.js';
import { midnightOf } from '../../platform/reports.js';
import { type Executor, type Trx, transaction } from '../../platform/transaction.js';
import type { StockLedger } from '../catalog/index.js';
import type { PaymentsService } from '../payments/index.js';
import * as handling from './order-handling.repository.js';
import { recordOrderEvent } from './order-timeline.js';
import * as repo from './orders.repository.js';
import type { AdminOrderDto, AdminOrderFilters, OrderDto, OrderItemDto } from './orders.schemas.js';
import { ShopErrors } from './shop.errors.js';
import type { OrderEvent } from './shop.events.js';

declare module '../../platform/jobs.js' {
  interface JobTypes {
    'shop.order_confirmation': { orderId: string };
    /** `reason: 'expired'`: cancelled because its payment did not come in time. */
    'shop.order_status_email': { orderId: string; status: OrderStatus; reason?: 'expired' };
  }
}

/**
 * Staff's order filters as a query filter: `from` and `to` are days of the
 * shop's time zone, both included (days before 1970 and after 9999-12-30 are
 * open ends).
 */
export function adminOrderFilter(query: AdminOrderFilters, timeZone: string): repo.OrderFilter {
  const filter: repo.OrderFilter = { status: query.status, search: query.search };
  if (query.from !== undefined && query.from >= '1970-01-01')
    filter.createdFrom = midnightOf(query.from, timeZone).toISOString();
  if (query.to !== undefined && query.to < '9999-12-31') {
    const [y, m, d] = query.to.split('-').map(Number) as [number, number, number];
    const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
    filter.createdBefore =
      query.to < '1970-01-01' ? new Date(0).toISOString() : midnightOf(next, timeZone).toISOString();
  }
  return filter;
}

/** The payment purpose of the shop's intents and payments. */
export const ORDER_PURPOSE = 'order';

/** Where each status may go next (staff); customers may only cancel, and only before shipping. */
export const TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending: ['paid', 'cancelled'],
  paid: ['processing', 'cancelled', 'refunded'],
  processing: ['shipped', 'cancelled', 'refunded'],
  shipped: ['delivered', 'refunded'],
  delivered: ['refunded'],
  cancelled: [],
  refunded: [],
};
const CANCELLABLE: readonly OrderStatus[] = ['pending', 'paid', 'processing'];
/** Statuses whose items have left the warehouse. */
const SHIPPED: readonly OrderStatus[] = ['shipped', 'delivered'];

export interface TransitionOptions {
  /** For a refund: put the items back in stock (default: when the order had not shipped). */
  restock?: boolean;
  /** For a cancellation: `expired` when its payment did not come in time. */
  reason?: 'expired';
}

/** The transitions in words, for the API docs: `pending → paid | cancelled; ...`. */
export function describeTransitions(): string {
  return Object.entries(TRANSITIONS)
    .filter(([, to]) => to.length > 0)
    .map(([from, to]) => `${from} → ${to.join(' | ')}`)
    .join('; ');
}

/** Staff's view of an order: where it may go from its current status. */
export function withNextStatuses(order: OrderDto): AdminOrderDto {
  return { ...order, next_statuses: [...TRANSITIONS[order.status]] };
}

export interface Actor {
  id: string;
  email: string;
}

export interface OrdersServiceDeps {
  db: DB;
  config: Pick<Config, 'UNPAID_ORDER_TTL_MINUTES'>;
  jobs: JobQueue;
  payments: PaymentsService;
  stock: StockLedger;
  events: EventBus;
}

/** An order line as customers, staff and the line's vendor see it. */
export function orderItemDto(i: repo.OrderItemRow): OrderItemDto {
  return {
    id: i.id,
    product_id: i.product_id,
    product_name: i.product_name,
    product_slug: i.product_slug,
    variant_color: i.variant_color,
    size: i.size,
    sku: i.sku,
    unit_price: formatMinor(Number(i.unit_price)),
    quantity: i.quantity,
    line_total: formatMinor(Number(i.unit_price) * i.quantity),
    refunded_quantity: i.refunded_quantity,
  };
}

export function parseAddress(raw: string | null): Record<string, string> {
  if (!raw) return {};
  const value = JSON.parse(raw) as unknown;
  return value && typeof value === 'object' ? (value as Record<string, string>) : {};
}

export function orderEvent(order: repo.OrderRow): OrderEvent {
  return {
    orderId: order.id,
    orderNumber: order.order_number,
    userId: order.user_id,
    total: Number(order.total),
    currency: order.currency,
  };
}

export class OrdersService {
  constructor(private readonly deps: OrdersServiceDeps) {}

  // ---- reading orders --------------------------------------------------------

  async toDtos(executor: Executor, orders: repo.OrderRow[]): Promise<OrderDto[]> {
    const ids = orders.map((o) => o.id);
    const [items, payments, tracking] = await Promise.all([
      repo.itemsOfOrders(executor, ids),
      this.deps.payments.paymentsOf(executor, ORDER_PURPOSE, ids),
      handling.trackingOf(executor, ids),
    ]);
    const paymentByOrder = new Map(payments.map((p) => [p.reference, p] as const));
    const trackingByOrder = new Map(tracking.map((t) => [t.order_id, t] as const));
    return orders.map((order) => {
      const own = items.filter((i) => i.order_id === order.id);
      const payment = paymentByOrder.get(order.id);
      const track = trackingByOrder.get(order.id);
      return {
        id: order.id,
        order_number: order.order_number,
        status: order.status,
        user_id: order.user_id,
        email: order.email,
        currency: order.currency,
        items: own.map(orderItemDto),
        item_count: own.reduce((n, i) => n + i.quantity, 0),
        subtotal: formatMinor(Number(order.subtotal)),
        total: formatMinor(Number(order.total)),
        shipping_address: parseAddress(order.shipping_address),
        payment: payment ? this.deps.payments.toDto(payment) : null,
        tracking: track
          ? { carrier: track.carrier, tracking_number: track.tracking_number, updated_at: track.updated_at }
          : null,
        can_cancel: CANCELLABLE.includes(order.status),
        created_at: order.created_at,
        updated_at: order.updated_at,
        paid_at: order.paid_at,
        cancelled_at: order.cancelled_at,
      };
    });
  }

  async toDto(executor: Executor, order: repo.OrderRow): Promise<OrderDto> {
    const [dto] = await this.toDtos(executor, [order]);
    if (!dto) throw ShopErrors.orderNotFound();
    return dto;
  }
  /** Orders as DTOs, a page at a time. */
  async #page(rows: Promise<Page<repo.OrderRow>>): Promise<Page<OrderDto>> {
    const page = await rows;
    return { ...page, results: await this.toDtos(this.deps.db, page.results) };
  }

  listOrders(userId: string, filter: { status?: OrderStatus | undefined }, page: PageRequest) {
    return this.#page(repo.listOrders(this.deps.db, { ...filter, userId }, page));
  }

  /** The customer's own order; anyone else's is 404, as if it did not exist. */
  async getOrder(user: AuthUser, orderId: string): Promise<OrderDto> {
    const order = await repo.findOrder(this.deps.db, orderId);
    if (!order || order.user_id !== user.id) throw ShopErrors.orderNotFound();
    return this.toDto(this.deps.db, order);
  }

  /**
   * The object check the cancel route runs before reading the body: someone
   * else's order, or none, is 404 (an id that is not a UUID is left to validation).
   */
  async assertOwnsOrder(userId: string, orderId: string): Promise<void> {
    if (!isUuid(orderId)) return;
    const order = await repo.findOrder(this.deps.db, orderId);
    if (order?.user_id !== userId) throw ShopErrors.orderNotFound();
  }

  /** The same for staff's status change: a missing order is 404 before the body is read. */
  async assertOrderExists(orderId: string): Promise<void> {
    if (isUuid(orderId) && !(await repo.findOrder(this.deps.db, orderId))) throw ShopErrors.orderNotFound();
  }
  adminListOrders(filter: repo.OrderFilter, page: PageRequest) {
    return this.#page(repo.listOrders(this.deps.db, filter, page)).then((p) => ({
      ...p,
      results: p.results.map(withNextStatuses),
    }));
  }

  async adminGetOrder(orderId: string): Promise<AdminOrderDto> {
    const order = await repo.findOrder(this.deps.db, orderId);
    if (!order) throw ShopErrors.orderNotFound();
    return withNextStatuses(await this.toDto(this.deps.db, order));
  }

  // ---- status changes --------------------------------------------------------

  /** The customer cancels their own order while it is not shipped. Twice is harmless: it restocks once. */
  cancelOrder(user: AuthUser, orderId: string, origin: Origin): Promise<OrderDto> {
    return this.#changeStatus(orderId, 'cancelled', { id: user.id, email: user.email }, origin, (order) => {
      if (order.user_id !== user.id) throw ShopErrors.orderNotFound();
      if (order.status !== 'cancelled' && !CANCELLABLE.includes(order.status)) {
        throw ShopErrors.orderNotCancellable(order.status);
      }
    });
  }

  /**
   * Staff move an order along the allowed transitions; each change mails the
   * customer. `restock` says whether a refund puts the items back in stock
   * (see `applyTransition`); only a refund takes it.
   */
  async setStatus(
    actor: Actor,
    orderId: string,
    to: OrderStatus,
    origin: Origin,
    options: TransitionOptions = {},
  ): Promise<AdminOrderDto> {
    if (options.restock !== undefined && to !== 'refunded') {
      throw AppError.badRequest('Invalid input: check restock.', {
        restock: ['Only a refund takes this choice; cancelling always restocks.'],
      });
    }
    return withNextStatuses(await this.#changeStatus(orderId, to, actor, origin, () => {}, options));
  }

  /**
   * Reads the order, checks the change, and applies it with a guarded update.
   * When a concurrent change got there first, reads again and decides again
   * (the same target status is then a no-op, so cancelling twice restocks once).
   */
  #changeStatus(
    orderId: string,
    to: OrderStatus,
    actor: Actor | null,
    origin: Origin | undefined,
    authorize: (order: repo.OrderRow) => void,
    options: TransitionOptions = {},
  ): Promise<OrderDto> {
    return transaction(this.deps.db, async (trx) => {
      for (let attempt = 0; attempt < 5; attempt++) {
        const order = await repo.findOrder(trx, orderId);
        if (!order) throw ShopErrors.orderNotFound();
        authorize(order);
        if (order.status === to) return this.toDto(trx, order);
        const allowed = TRANSITIONS[order.status];
        if (!allowed.includes(to)) {
          if (to === 'cancelled') throw ShopErrors.orderNotCancellable(order.status);
          throw ShopErrors.invalidStatusTransition(order.status, to, allowed);
        }
        const updated = await this.applyTransition(trx, order, to, actor, origin, options);
        if (updated) return this.toDto(trx, updated);
      }
      throw AppError.conflict('The order keeps changing; try again.', 'ORDER_CHANGED');
    });
  }

  /**
   * Applies `order.status → to` and its effects; undefined when the order was
   * no longer in that status. Cancelling restocks. A refund restocks when
   * `options.restock` says so, by default when the order had not shipped (its
   * items never left); a shipped order's items are restocked, as returns, only
   * when staff say they came back.
   */
  async applyTransition(
    trx: Trx,
    order: repo.OrderRow,
    to: OrderStatus,
    actor: Actor | null,
    origin: Origin | undefined,
    options: TransitionOptions = {},
  ): Promise<repo.OrderRow | undefined> {
    const now = nowIso();
    const stamps = to === 'paid' ? { paid_at: now } : to === 'cancelled' ? { cancelled_at: now } : {};
    const updated = await repo.updateOrderStatus(trx, order.id, order.status, to, stamps);
    if (!updated) return undefined;
    const payment = await this.deps.payments.paymentOf(trx, ORDER_PURPOSE, order.id);
    if (to === 'paid') {
      if (payment) await this.deps.payments.markReceived(trx, payment);
      await this.deps.events.emit(trx, 'order.paid', orderEvent(updated));
    }
    if (to === 'cancelled') {
      await this.deps.events.emit(trx, 'order.cancelled', {
        ...orderEvent(updated),
        wasPaid: order.status !== 'pending',
      });
    }
    if (to === 'refunded') await this.deps.events.emit(trx, 'order.refunded', orderEvent(updated));
    const shipped = SHIPPED.includes(order.status);
    const restock = to === 'cancelled' || (to === 'refunded' && (options.restock ?? !shipped));
    // Read under the order's lock (taken by the guarded update above): units refunded before are left out.
    const items = to === 'cancelled' || to === 'refunded' ? await repo.itemsOfOrders(trx, [order.id]) : [];
    if (restock) {
      const why =
        to === 'cancelled'
          ? options.reason === 'expired'
            ? 'cancelled, unpaid in time'
            : 'cancelled'
          : shipped
            ? 'refunded, items returned'
            : 'refunded before shipping';
      await this.#restock(trx, updated, items, actor, to === 'cancelled' ? 'cancel' : 'return', why);
    }
    if (to === 'refunded') await this.#recordWholeRefund(trx, updated, items, actor, restock);
    if ((to === 'cancelled' || to === 'refunded') && payment) await this.deps.payments.giveBack(trx, payment);
    await recordAudit(trx, {
      action: to === 'cancelled' ? 'order.cancelled' : 'order.status_changed',
      actor,
      target: { type: 'order', id: order.id },
      ...(origin ? { origin } : {}),
      details: {
        order_number: order.order_number,
        from: order.status,
        to,
        ...(to === 'refunded' ? { restocked: restock } : {}),
        ...(options.reason ? { reason: options.reason } : {}),
      },
    });
    await recordOrderEvent(trx, {
      orderId: order.id,
      kind: 'status',
      actor,
      data: {
        from: order.status,
        to,
        ...(to === 'refunded' || to === 'cancelled' ? { restocked: restock } : {}),
        ...(options.reason ? { reason: options.reason } : {}),
      },
    });
    await this.deps.jobs.enqueue(
      trx,
      'shop.order_status_email',
      { orderId: order.id, status: to, ...(options.reason ? { reason: options.reason } : {}) },
      { dedupeKey: `shop.order_status_email:${order.id}:${to}` },
    );
    return updated;
  }

  /**
   * A whole refund (the status change) refunds what earlier partial refunds
   * left: it is written down as a refund of those units, and every unit now
   * counts as refunded. The money itself goes back through `giveBack`.
   */
  async #recordWholeRefund(
    trx: Trx,
    order: repo.OrderRow,
    items: repo.OrderItemRow[],
    actor: Actor | null,
    restocked: boolean,
  ): Promise<void> {
    const lines = items
      .map((i) => ({ item: i, quantity: i.quantity - i.refunded_quantity }))
      .filter((l) => l.quantity > 0)
      .map((l) => ({
        item_id: l.item.id,
        quantity: l.quantity,
        amount: Number(l.item.unit_price) * l.quantity,
      }));
    await handling.refundAllUnits(trx, order.id);
    const amount = lines.reduce((sum, l) => sum + l.amount, 0);
    const id = newId();
    await handling.insertRefund(trx, {
      id,
      order_id: order.id,
      payment_refund_id: null,
      amount,
      lines: JSON.stringify(lines),
      is_restock: restocked,
      reason: '',
      actor_id: actor?.id ?? null,
      created_at: nowIso(),
    });
    await recordOrderEvent(trx, {
      orderId: order.id,
      kind: 'refund',
      actor,
      data: { refund_id: id, amount, lines, restocked, whole: true },
    });
  }

  async #restock(
    trx: Trx,
    order: repo.OrderRow,
    items: repo.OrderItemRow[],
    actor: Actor | null,
    kind: 'cancel' | 'return',
    why: string,
  ): Promise<void> {
    // Units refunded before were restocked then, or were not to be.
    const held = items
      .filter((i) => i.size_id !== null && i.quantity > i.refunded_quantity)
      .sort((a, b) => ((a.size_id ?? '') < (b.size_id ?? '') ? -1 : 1));
    for (const item of held) {
      // A size deleted since the sale has nothing to return to; the ledger keeps the sale.
      await this.deps.stock.change(trx, {
        sizeId: item.size_id as string,
        delta: item.quantity - item.refunded_quantity,
        kind,
        reason: `order ${order.order_number} ${why}`,
        actorId: actor?.id ?? null,
        orderId: order.id,
      });
    }
  }

  /**
   * Cancels the orders whose offline payment did not come within
   * `UNPAID_ORDER_TTL_MINUTES` (restocked, the customer mailed). Each goes
   * through the cancel transition's guarded update, so with several workers,
   * or a customer paying at that moment, each order is cancelled at most once.
   */
  async expireUnpaidOrders(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.deps.config.UNPAID_ORDER_TTL_MINUTES * 60_000).toISOString();
    let cancelled = 0;
    for (;;) {
      const due = await repo.findExpiredUnpaid(this.deps.db, cutoff, 100);
      let changed = 0;
      for (const order of due) {
        const done = await transaction(this.deps.db, (trx) =>
          this.applyTransition(trx, order, 'cancelled', null, undefined, { reason: 'expired' }),
        );
        if (done) changed++;
      }
      cancelled += changed;
      // A batch where nothing changed was taken by another worker: it goes on with the rest.
      if (due.length < 100 || changed === 0) return cancelled;
    }
  }
}
