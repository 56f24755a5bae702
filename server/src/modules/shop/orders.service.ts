/**
 * Checkout and orders.
 *
 * Checkout: the intent records what the customer pays for (the cart's lines and
 * prices when it was made). The provider confirms the payment first; then ONE
 * transaction takes the intent's row lock, re-checks stock with guarded
 * decrements (the catalogue's `StockLedger`, kind `sale`), writes the order with item snapshots
 * and the payment, empties those lines from the cart and queues the confirmation
 * mail. The checkout call and the provider's webhook both go through
 * `placeOrderForIntent`: whoever takes the lock second finds the first one's
 * order (and `orders.payment_intent_id` is unique besides). When the order is
 * refused after the money was taken (stock ran out meanwhile), the intent is
 * voided and a job gives the money back.
 */
import type { SelectQueryBuilder } from 'kysely';
import type { Config } from '../../config.js';
import { containsInsensitive, type DB } from '../../db/dialect.js';
import type { Database, OrderStatus } from '../../db/schema.js';
import { type Origin, recordAudit } from '../../platform/audit.js';
import type { AuthUser } from '../../platform/auth.js';
import { AppError } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events.js';
import type { StoredResponse } from '../../platform/idempotency.js';
import { isUuid, newId, nowIso } from '../../platform/ids.js';
import type { JobQueue } from '../../platform/jobs.js';
import { formatMinor } from '../../platform/money.js';
import { type Page, type PageRequest, paginate } from '../../platform/pagination.js';
import { nextValue } from '../../platform/sequences.js';
import { type Executor, type Trx, transaction } from '../../platform/transaction.js';
import type { StockLedger } from '../catalog/index.js';
import { findSizes } from '../catalog/index.js';
import type { ConfirmResult, IntentRecord, PaymentPurpose, PaymentsService } from '../payments/index.js';
import * as carts from './cart.repository.js';
import { type CartLine, type CartService, payableTotal, unavailableReason } from './cart.service.js';
import * as repo from './orders.repository.js';
import type { AdminOrderDto, OrderDto, ShippingAddress } from './orders.schemas.js';
import { ShopErrors } from './shop.errors.js';
import type { OrderEvent } from './shop.events.js';

declare module '../../platform/jobs.js' {
  interface JobTypes {
    'shop.order_confirmation': { orderId: string };
    /** `reason: 'expired'`: cancelled because its payment did not come in time. */
    'shop.order_status_email': { orderId: string; status: OrderStatus; reason?: 'expired' };
  }
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

/** Errors that refuse an order for good (a retry would refuse it again): the money is given back. */
const REFUSALS = new Set(['INSUFFICIENT_STOCK', 'PRODUCT_UNAVAILABLE', 'SIZE_NOT_FOUND', 'PAYMENT_MISMATCH']);

export function isOrderRefusal(err: unknown): err is AppError {
  return err instanceof AppError && REFUSALS.has(err.code);
}

/** Runs the order's work in a transaction, idempotently when the request carried a key. */
export type UnitOfWork = (work: (trx: Trx) => Promise<StoredResponse<OrderDto>>) => Promise<OrderDto>;

export interface Actor {
  id: string;
  email: string;
}

export interface OrdersServiceDeps {
  db: DB;
  config: Pick<Config, 'CURRENCY' | 'PUBLIC_URL' | 'UNPAID_ORDER_TTL_MINUTES' | 'MAX_UNPAID_ORDERS'>;
  jobs: JobQueue;
  payments: PaymentsService;
  cart: CartService;
  stock: StockLedger;
  events: EventBus;
}

export interface PaymentIntentDto {
  payment_intent_id: string;
  client_secret: string;
  amount: string;
  currency: string;
  provider: 'manual' | 'stripe';
  expires_at: string;
}

/** What an intent is bound to: its lines and unit prices, in one order (the cart's must match at checkout). */
function cartFingerprint(lines: readonly repo.IntentLine[]): string {
  return lines
    .map((l) => `${l.size_id}:${l.quantity}:${l.unit_price}`)
    .sort()
    .join('|');
}

function intentLinesOf(lines: readonly CartLine[]): repo.IntentLine[] {
  return lines.map((l) => ({ size_id: l.size.size_id, quantity: l.quantity, unit_price: l.size.unit_price }));
}

// biome-ignore lint/complexity/noBannedTypes: a query with no selection yet
type OrdersQuery = SelectQueryBuilder<Database, 'orders', {}>;

export function formatOrderNumber(n: number): string {
  return `ORD-${String(n).padStart(6, '0')}`;
}

function parseAddress(raw: string | null): Record<string, string> {
  if (!raw) return {};
  const value = JSON.parse(raw) as unknown;
  return value && typeof value === 'object' ? (value as Record<string, string>) : {};
}

function orderEvent(order: repo.OrderRow): OrderEvent {
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

  // ---- payment intents and checkout ------------------------------------------

  async createPaymentIntent(
    user: AuthUser,
    shipping: ShippingAddress | undefined,
  ): Promise<PaymentIntentDto> {
    const { db } = this.deps;
    const cartId = await carts.findCartId(db, user.id);
    const lines = cartId ? await this.deps.cart.lines(db, cartId) : [];
    if (lines.length === 0) throw ShopErrors.cartEmpty();
    const unavailable = lines.filter((l) => unavailableReason(l) !== null);
    if (unavailable.length > 0) {
      throw ShopErrors.cartUnavailable(
        `Some items in your cart cannot be bought now: ${unavailable
          .map((l) => `${l.size.product_name} (${l.size.color}, ${l.size.size})`)
          .join('; ')}. Change or remove them first.`,
      );
    }
    const amount = payableTotal(lines);
    // The provider is never asked for a zero payment (nor is an intent row written: its amount must be positive).
    if (amount === 0) throw ShopErrors.nothingToPay();
    const { id: _id, ...intent } = await this.deps.payments.createIntent({
      purpose: ORDER_PURPOSE,
      userId: user.id,
      amount,
      snapshot: JSON.stringify(intentLinesOf(lines)),
      shippingAddress: shipping ? JSON.stringify(shipping) : null,
    });
    return intent;
  }

  /**
   * Confirms the payment with the provider, then places the order in `run`'s
   * transaction. 201 with the new order; 200 with the existing one when this
   * intent already has an order (a retry, or the webhook was first).
   */
  async checkout(
    user: AuthUser,
    body: {
      payment_intent_id: string;
      shipping_address: ShippingAddress;
      payment_method?: string | undefined;
    },
    run: UnitOfWork,
  ): Promise<OrderDto> {
    const { db, payments } = this.deps;
    const intent = await payments.findIntentOfUser(db, ORDER_PURPOSE, body.payment_intent_id, user.id);
    if (!intent) throw ShopErrors.paymentIntentNotFound();
    let payment: ConfirmResult | undefined;
    if (!(await repo.findOrderByIntent(db, intent.id))) {
      if (intent.status === 'voided') throw ShopErrors.paymentIntentVoided();
      const stale = payments.isExpired(intent)
        ? ShopErrors.paymentIntentExpired()
        : (await this.#cartMatches(intent, user.id))
          ? undefined
          : ShopErrors.cartChanged();
      // A stale intent is voided (any money taken in the browser goes back), unless its order was placed meanwhile.
      if (stale && (await payments.voidIntent(intent.id))) throw stale;
      if (!stale) {
        // Declines throw here: nothing has been written, so stock, cart and orders are untouched.
        payment = await payments.confirm(intent, body.payment_method);
        if (this.#awaitsOfflinePayment(intent, payment)) {
          await this.#assertUnpaidOrderAllowed(db, user.id);
        }
      }
    }
    try {
      return await run(async (trx) => {
        if (payment && this.#awaitsOfflinePayment(intent, payment)) {
          // Counted under the customer's lock, so parallel checkouts cannot pass the limit together.
          await carts.lockCartOfUser(trx, user.id);
          await this.#assertUnpaidOrderAllowed(trx, user.id);
        }
        const placed = await this.placeOrderForIntent(trx, intent.id, payment, {
          shipping: body.shipping_address,
          actorId: user.id,
        });
        return { status: placed.created ? 201 : 200, body: await this.toDto(trx, placed.order) };
      });
    } catch (err) {
      // Nothing was taken for an order that would wait for an offline payment: the intent stays usable.
      if (!payment || this.#awaitsOfflinePayment(intent, payment)) throw err;
      // The money was taken but no order was written: whatever the reason (stock ran
      // out, a key reused for another body, the database failing), it goes back.
      try {
        await payments.voidIntent(intent.id);
      } catch (voidErr) {
        throw new Error(`Checkout of intent ${intent.id} failed and its payment could not be voided.`, {
          cause: [err, voidErr],
        });
      }
      if (isOrderRefusal(err)) {
        throw new AppError({
          code: err.code,
          status: err.status,
          detail: `${err.detail} No order was placed, and your payment has been cancelled or refunded.`,
        });
      }
      throw err;
    }
  }

  /** Whether the customer's cart still holds exactly the lines, quantities and prices the intent was made for. */
  async #cartMatches(intent: IntentRecord, userId: string): Promise<boolean> {
    const { db } = this.deps;
    const cartId = await carts.findCartId(db, userId);
    const lines = cartId ? await this.deps.cart.lines(db, cartId) : [];
    const bound = JSON.parse(intent.lines) as repo.IntentLine[];
    return cartFingerprint(intentLinesOf(lines)) === cartFingerprint(bound);
  }

  /** An order placed now would wait, `pending`, for money paid outside (cash, transfer, not chosen yet). */
  #awaitsOfflinePayment(intent: IntentRecord, payment: ConfirmResult): boolean {
    return payment.outcome === 'pending' && intent.provider === 'manual';
  }

  async #assertUnpaidOrderAllowed(executor: Executor, userId: string): Promise<void> {
    const max = this.deps.config.MAX_UNPAID_ORDERS;
    if ((await repo.countUnpaidOrders(executor, userId)) >= max) throw ShopErrors.tooManyUnpaidOrders(max);
  }

  /**
   * The one way an order comes to be, for the checkout call and the webhook
   * alike. Takes the intent's lock first, so of two callers the second finds
   * the first's order and returns it.
   */
  async placeOrderForIntent(
    trx: Trx,
    intentId: string,
    payment: ConfirmResult | undefined,
    context: { shipping?: ShippingAddress | undefined; actorId?: string | null },
  ): Promise<{ order: repo.OrderRow; created: boolean }> {
    const intent = await this.deps.payments.lockIntent(trx, intentId);
    if (!intent) throw ShopErrors.paymentIntentNotFound();
    const existing = await repo.findOrderByIntent(trx, intentId);
    if (existing) return { order: existing, created: false };
    if (intent.status === 'voided') throw ShopErrors.paymentIntentVoided();
    if (!payment) throw ShopErrors.paymentNotCompleted(intent.status);
    const order = await this.#createOrder(trx, intent, payment, context);
    return { order, created: true };
  }

  async #createOrder(
    trx: Trx,
    intent: IntentRecord,
    payment: ConfirmResult,
    context: { shipping?: ShippingAddress | undefined; actorId?: string | null },
  ): Promise<repo.OrderRow> {
    const lines = JSON.parse(intent.lines) as repo.IntentLine[];
    const sizeIds = lines.map((l) => l.size_id);
    const sizes = new Map((await findSizes(trx, sizeIds)).map((s) => [s.size_id, s] as const));
    for (const line of lines) {
      const size = sizes.get(line.size_id);
      if (!size) throw ShopErrors.productUnavailable('A product you are buying');
      if (!size.is_active) throw ShopErrors.productUnavailable(size.product_name);
    }
    const orderId = newId();
    const actorId = context.actorId ?? intent.user_id;
    // Guarded decrements in one order of rows (by size id), so concurrent checkouts never deadlock.
    for (const line of [...lines].sort((a, b) =>
      a.size_id < b.size_id ? -1 : a.size_id > b.size_id ? 1 : 0,
    )) {
      const result = await this.deps.stock.change(trx, {
        sizeId: line.size_id,
        delta: -line.quantity,
        kind: 'sale',
        reason: 'checkout',
        actorId,
        orderId,
      });
      if (!result.ok) {
        const size = sizes.get(line.size_id);
        throw ShopErrors.insufficientStock(
          size ? `${size.product_name} (${size.color}, ${size.size})` : 'an item',
          result.available,
        );
      }
    }
    const subtotal = lines.reduce((sum, l) => sum + l.unit_price * l.quantity, 0);
    if (subtotal !== Number(intent.amount)) throw ShopErrors.paymentMismatch();
    const user = await repo.findUserEmail(trx, intent.user_id);
    const now = nowIso();
    const paid = payment.outcome === 'succeeded';
    const order: repo.OrderRow = {
      id: orderId,
      order_number: formatOrderNumber(await nextValue(trx, 'order_number')),
      user_id: intent.user_id,
      email: user?.email ?? '',
      status: paid ? 'paid' : 'pending',
      currency: intent.currency,
      subtotal,
      total: subtotal,
      shipping_address: context.shipping
        ? JSON.stringify(context.shipping)
        : (intent.shipping_address ?? '{}'),
      payment_intent_id: intent.id,
      created_at: now,
      updated_at: now,
      paid_at: paid ? now : null,
      cancelled_at: null,
    };
    await repo.insertOrder(trx, order);
    await repo.insertOrderItems(
      trx,
      lines.map((line, position) => {
        const size = sizes.get(line.size_id);
        if (!size) throw ShopErrors.productUnavailable('A product you are buying');
        return {
          id: newId(),
          order_id: orderId,
          product_id: size.product_id,
          size_id: size.size_id,
          product_name: size.product_name,
          product_slug: size.product_slug,
          variant_color: size.color,
          size: size.size,
          sku: size.sku,
          unit_price: line.unit_price,
          quantity: line.quantity,
          position,
        };
      }),
    );
    await this.deps.payments.recordPayment(trx, { intent, reference: orderId, orderId, result: payment });
    await carts.removeSizesOfUser(trx, intent.user_id, sizeIds);
    await this.deps.jobs.enqueue(
      trx,
      'shop.order_confirmation',
      { orderId },
      { dedupeKey: `shop.order_confirmation:${orderId}` },
    );
    await this.deps.events.emit(trx, 'order.placed', { ...orderEvent(order), paid });
    if (paid) await this.deps.events.emit(trx, 'order.paid', orderEvent(order));
    return order;
  }

  // ---- reading orders --------------------------------------------------------

  async toDtos(executor: Executor, orders: repo.OrderRow[]): Promise<OrderDto[]> {
    const ids = orders.map((o) => o.id);
    const [items, payments] = await Promise.all([
      repo.itemsOfOrders(executor, ids),
      this.deps.payments.paymentsOf(executor, ORDER_PURPOSE, ids),
    ]);
    const paymentByOrder = new Map(payments.map((p) => [p.reference, p] as const));
    return orders.map((order) => {
      const own = items.filter((i) => i.order_id === order.id);
      const payment = paymentByOrder.get(order.id);
      return {
        id: order.id,
        order_number: order.order_number,
        status: order.status,
        user_id: order.user_id,
        email: order.email,
        currency: order.currency,
        items: own.map((i) => ({
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
        })),
        item_count: own.reduce((n, i) => n + i.quantity, 0),
        subtotal: formatMinor(Number(order.subtotal)),
        total: formatMinor(Number(order.total)),
        shipping_address: parseAddress(order.shipping_address),
        payment: payment ? this.deps.payments.toDto(payment) : null,
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

  async #page(page: PageRequest, query: OrdersQuery): Promise<Page<OrderDto>> {
    const rows = await paginate(page, query, (q) =>
      q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc'),
    );
    return { ...rows, results: await this.toDtos(this.deps.db, rows.results) };
  }

  #ordersQuery(): OrdersQuery {
    return this.deps.db.selectFrom('orders');
  }

  listOrders(userId: string, filter: { status?: OrderStatus | undefined }, page: PageRequest) {
    let q = this.#ordersQuery().where('user_id', '=', userId);
    if (filter.status) q = q.where('status', '=', filter.status);
    return this.#page(page, q);
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

  adminListOrders(
    filter: { status?: OrderStatus | undefined; search?: string | undefined },
    page: PageRequest,
  ) {
    const { db } = this.deps;
    let q = this.#ordersQuery();
    if (filter.status) q = q.where('status', '=', filter.status);
    const term = filter.search?.trim();
    if (term) {
      q = q.where((eb) =>
        eb.or([
          containsInsensitive(db, eb.ref('order_number'), term),
          containsInsensitive(db, eb.ref('email'), term),
        ]),
      );
    }
    return this.#page(page, q).then((p) => ({ ...p, results: p.results.map(withNextStatuses) }));
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
    if (restock) {
      const why =
        to === 'cancelled'
          ? options.reason === 'expired'
            ? 'cancelled, unpaid in time'
            : 'cancelled'
          : shipped
            ? 'refunded, items returned'
            : 'refunded before shipping';
      await this.#restock(trx, updated, actor, to === 'cancelled' ? 'cancel' : 'return', why);
    }
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
    await this.deps.jobs.enqueue(
      trx,
      'shop.order_status_email',
      { orderId: order.id, status: to, ...(options.reason ? { reason: options.reason } : {}) },
      { dedupeKey: `shop.order_status_email:${order.id}:${to}` },
    );
    return updated;
  }

  async #restock(
    trx: Trx,
    order: repo.OrderRow,
    actor: Actor | null,
    kind: 'cancel' | 'return',
    why: string,
  ): Promise<void> {
    const items = (await repo.itemsOfOrders(trx, [order.id])).filter((i) => i.size_id !== null);
    items.sort((a, b) => ((a.size_id ?? '') < (b.size_id ?? '') ? -1 : 1));
    for (const item of items) {
      // A size deleted since the sale has nothing to return to; the ledger keeps the sale.
      await this.deps.stock.change(trx, {
        sizeId: item.size_id as string,
        delta: item.quantity,
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

  /** What the payments module calls when a provider reports on an order's intent (Stripe's webhook). */
  paymentPurpose(): PaymentPurpose {
    return {
      succeeded: async (trx, intent, result) => {
        const placed = await this.placeOrderForIntent(trx, intent.id, result, { actorId: null });
        if (!placed.created && placed.order.status === 'pending') {
          await this.applyTransition(trx, placed.order, 'paid', null, undefined);
        }
      },
      refunded: async (trx, payment) => {
        const order = payment.reference ? await repo.findOrder(trx, payment.reference) : undefined;
        if (order && TRANSITIONS[order.status].includes('refunded')) {
          await this.applyTransition(trx, order, 'refunded', null, undefined);
        }
      },
      isRefusal: isOrderRefusal,
    };
  }
}
