/**
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
import type { Config } from '../../config.js';
import type { DB } from '../../db/dialect.js';
import type { AuthUser } from '../../platform/auth.js';
import { AppError } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events.js';
import type { StoredResponse } from '../../platform/idempotency.js';
import { newId, nowIso } from '../../platform/ids.js';
import type { JobQueue } from '../../platform/jobs.js';
import { nextValue } from '../../platform/sequences.js';
import type { Executor, Trx } from '../../platform/transaction.js';
import type { StockLedger } from '../catalog/index.js';
import { findSizes } from '../catalog/index.js';
import type { ConfirmResult, IntentRecord, PaymentPurpose, PaymentsService } from '../payments/index.js';
import * as carts from './cart.repository.js';
import { type CartLine, type CartService, payableTotal, unavailableReason } from './cart.service.js';
import * as repo from './orders.repository.js';
import type { OrderDto, ShippingAddress } from './orders.schemas.js';
import { ORDER_PURPOSE, type OrdersService, orderEvent, TRANSITIONS } from './orders.service.js';
import { ShopErrors } from './shop.errors.js';

/** Errors that refuse an order for good (a retry would refuse it again): the money is given back. */
const REFUSALS = new Set(['INSUFFICIENT_STOCK', 'PRODUCT_UNAVAILABLE', 'SIZE_NOT_FOUND', 'PAYMENT_MISMATCH']);

export function isOrderRefusal(err: unknown): err is AppError {
  return err instanceof AppError && REFUSALS.has(err.code);
}

/** Runs the order's work in a transaction, idempotently when the request carried a key. */
export type UnitOfWork = (work: (trx: Trx) => Promise<StoredResponse<OrderDto>>) => Promise<OrderDto>;

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

export function formatOrderNumber(n: number): string {
  return `ORD-${String(n).padStart(6, '0')}`;
}

export interface CheckoutServiceDeps {
  db: DB;
  config: Pick<Config, 'MAX_UNPAID_ORDERS'>;
  jobs: JobQueue;
  payments: PaymentsService;
  cart: CartService;
  stock: StockLedger;
  events: EventBus;
  /** The orders' reads (the answer is the order's DTO) and status changes (a webhook pays a pending order). */
  orders: OrdersService;
}

export class CheckoutService {
  constructor(private readonly deps: CheckoutServiceDeps) {}

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
        return { status: placed.created ? 201 : 200, body: await this.deps.orders.toDto(trx, placed.order) };
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

  /** What the payments module calls when a provider reports on an order's intent (Stripe's webhook). */
  paymentPurpose(): PaymentPurpose {
    return {
      succeeded: async (trx, intent, result) => {
        const placed = await this.placeOrderForIntent(trx, intent.id, result, { actorId: null });
        if (!placed.created && placed.order.status === 'pending') {
          await this.deps.orders.applyTransition(trx, placed.order, 'paid', null, undefined);
        }
      },
      refunded: async (trx, payment) => {
        const order = payment.reference ? await repo.findOrder(trx, payment.reference) : undefined;
        if (order && TRANSITIONS[order.status].includes('refunded')) {
          await this.deps.orders.applyTransition(trx, order, 'refunded', null, undefined);
        }
      },
      isRefusal: isOrderRefusal,
    };
  }
}
