/**
 * Stripe's events (`POST /api/payments/webhooks/stripe/`), each applied once:
 * the event id is recorded in the same transaction as what it changed.
 *
 * `payment_intent.succeeded` places the order when the checkout call has not
 * (the customer closed the tab after paying), or marks a pending one paid. It
 * races the checkout call safely: both go through `placeOrderForIntent`, which
 * takes the intent's lock and returns the order already there.
 *
 * `charge.refunded` records refunds made outside the shop (Stripe's dashboard)
 * and the confirmation of its own: the refunded amount on the payment and, once
 * the whole charge is back, the order moves to `refunded` (mailing the customer)
 * without asking Stripe to refund again.
 */
import type Stripe from 'stripe';
import type { DB } from '../../db/dialect.js';
import type { JobQueue } from '../../platform/jobs.js';
import { transaction } from '../../platform/transaction.js';
import * as repo from './orders.repository.js';
import { isOrderRefusal, type OrdersService, TRANSITIONS } from './orders.service.js';
import { ShopErrors } from './shop.errors.js';

export type WebhookOutcome = 'applied' | 'duplicate' | 'ignored';

export class StripeWebhooks {
  constructor(private readonly deps: { db: DB; jobs: JobQueue; orders: OrdersService }) {}

  async handle(event: Stripe.Event): Promise<WebhookOutcome> {
    if (event.type === 'charge.refunded') return this.#refunded(event, event.data.object);
    if (event.type !== 'payment_intent.succeeded') {
      // Recorded so a replay is recognised; nothing else to do for other types yet.
      const fresh = await repo.claimWebhookEvent(this.deps.db, {
        id: event.id,
        provider: 'stripe',
        type: event.type,
      });
      return fresh ? 'ignored' : 'duplicate';
    }
    const pi = event.data.object;
    try {
      return await transaction(this.deps.db, async (trx) => {
        if (!(await repo.claimWebhookEvent(trx, { id: event.id, provider: 'stripe', type: event.type }))) {
          return 'duplicate';
        }
        const intent = await repo.findIntentByRef(trx, 'stripe', pi.id);
        if (!intent) return 'ignored';
        if (intent.status === 'voided') {
          // Money arrived for an intent whose order was refused: give it back (again, if need be).
          await this.deps.jobs.enqueue(
            trx,
            'shop.void_intent',
            { intentId: intent.id },
            { dedupeKey: `shop.void_intent:${intent.id}:${event.id}` },
          );
          return 'applied';
        }
        if (
          pi.amount !== Number(intent.amount) ||
          pi.currency.toLowerCase() !== intent.currency.toLowerCase()
        ) {
          throw ShopErrors.paymentMismatch();
        }
        const method = typeof pi.payment_method === 'string' ? pi.payment_method : 'card';
        const placed = await this.deps.orders.placeOrderForIntent(
          trx,
          intent.id,
          { outcome: 'succeeded', method },
          { actorId: null },
        );
        if (!placed.created && placed.order.status === 'pending') {
          await this.deps.orders.applyTransition(trx, placed.order, 'paid', null, undefined);
        }
        return 'applied';
      });
    } catch (err) {
      if (!isOrderRefusal(err)) throw err;
      // The order cannot be placed: void the payment, and remember the event so a redelivery does not try again.
      const intent = await repo.findIntentByRef(this.deps.db, 'stripe', pi.id);
      if (intent) await this.deps.orders.voidIntent(intent.id);
      await repo.claimWebhookEvent(this.deps.db, { id: event.id, provider: 'stripe', type: event.type });
      return 'applied';
    }
  }

  #refunded(event: Stripe.Event, charge: Stripe.Charge): Promise<WebhookOutcome> {
    const intentRef =
      typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
    return transaction(this.deps.db, async (trx) => {
      if (!(await repo.claimWebhookEvent(trx, { id: event.id, provider: 'stripe', type: event.type }))) {
        return 'duplicate';
      }
      const intent = intentRef ? await repo.findIntentByRef(trx, 'stripe', intentRef) : undefined;
      const order = intent ? await repo.findOrderByIntent(trx, intent.id) : undefined;
      const payment = order ? await repo.findPaymentOfOrder(trx, order.id) : undefined;
      if (!order || !payment) return 'ignored';
      const amount = Number(payment.amount);
      const refunded = Math.min(amount, Math.max(charge.amount_refunded, Number(payment.refunded_amount)));
      const whole = refunded >= amount;
      const refundRef = charge.refunds?.data[0]?.id;
      await repo.updatePaymentStatus(trx, payment.id, ['succeeded', 'refund_pending', 'refunded'], {
        refunded_amount: refunded,
        ...(whole ? { status: 'refunded' as const } : {}),
        ...(whole && refundRef && !payment.refund_ref ? { refund_ref: refundRef } : {}),
      });
      // The payment now reads refunded, so the transition gives nothing back a second time.
      if (whole && TRANSITIONS[order.status].includes('refunded')) {
        await this.deps.orders.applyTransition(trx, order, 'refunded', null, undefined);
      }
      return 'applied';
    });
  }
}
