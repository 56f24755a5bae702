/**
 * Stripe's events (`POST /api/payments/webhooks/stripe/`), each applied once:
 * the event id is recorded in the same transaction as what it changed.
 *
 * `payment_intent.succeeded` hands the intent to the owner of its purpose (the
 * shop places the order when the checkout call has not, or marks a pending one
 * paid), inside that transaction. It races the owner's own call safely: both
 * take the intent's lock, and the second finds the first's work.
 *
 * `charge.refunded` records refunds made outside (Stripe's dashboard) and the
 * confirmation of Mercato's own: the refunded amount on the payment and, once
 * the whole charge is back, the purpose's owner is told (the shop moves the
 * order to `refunded` without asking Stripe to refund again).
 */
import type Stripe from 'stripe';
import type { DB } from '../../db/dialect.js';
import { AppError } from '../../platform/errors.js';
import type { JobQueue } from '../../platform/jobs.js';
import { transaction } from '../../platform/transaction.js';
import { PaymentErrors } from './payments.errors.js';
import * as repo from './payments.repository.js';
import type { PaymentsService } from './payments.service.js';

export type WebhookOutcome = 'applied' | 'duplicate' | 'ignored';

export class StripeWebhooks {
  constructor(private readonly deps: { db: DB; jobs: JobQueue; payments: PaymentsService }) {}

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
    let refusedBy: string | undefined;
    try {
      return await transaction(this.deps.db, async (trx) => {
        if (!(await repo.claimWebhookEvent(trx, { id: event.id, provider: 'stripe', type: event.type }))) {
          return 'duplicate';
        }
        const intent = await repo.findIntentByRef(trx, 'stripe', pi.id);
        const purpose = intent ? this.deps.payments.purpose(intent.purpose) : undefined;
        if (!intent || !purpose) return 'ignored';
        refusedBy = intent.purpose;
        if (intent.status === 'voided') {
          // Money arrived for an intent whose purchase was refused: give it back (again, if need be).
          await this.deps.jobs.enqueue(
            trx,
            'payments.void_intent',
            { intentId: intent.id },
            { dedupeKey: `payments.void_intent:${intent.id}:${event.id}` },
          );
          return 'applied';
        }
        if (
          pi.amount !== Number(intent.amount) ||
          pi.currency.toLowerCase() !== intent.currency.toLowerCase()
        ) {
          throw PaymentErrors.paymentMismatch();
        }
        const method = typeof pi.payment_method === 'string' ? pi.payment_method : 'card';
        await purpose.succeeded(trx, intent, { outcome: 'succeeded', method });
        return 'applied';
      });
    } catch (err) {
      const purpose = refusedBy ? this.deps.payments.purpose(refusedBy) : undefined;
      const refused =
        (err instanceof AppError && err.code === 'PAYMENT_MISMATCH') || purpose?.isRefusal(err) === true;
      if (!refused) throw err;
      // The purchase cannot be made: void the payment, and remember the event so a redelivery does not try again.
      const intent = await repo.findIntentByRef(this.deps.db, 'stripe', pi.id);
      if (intent) await this.deps.payments.voidIntent(intent.id);
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
      const payment = intent ? await repo.findPaymentOfIntent(trx, intent.id) : undefined;
      if (!payment) return 'ignored';
      const amount = Number(payment.amount);
      const refunded = Math.min(amount, Math.max(charge.amount_refunded, Number(payment.refunded_amount)));
      const whole = refunded >= amount;
      const refundRef = charge.refunds?.data[0]?.id;
      await repo.updatePaymentStatus(trx, payment.id, ['succeeded', 'refund_pending', 'refunded'], {
        refunded_amount: refunded,
        ...(whole ? { status: 'refunded' as const } : {}),
        ...(whole && refundRef && !payment.refund_ref ? { refund_ref: refundRef } : {}),
      });
      // The payment now reads refunded, so the owner's change gives nothing back a second time.
      if (whole) {
        const updated = await repo.findPayment(trx, payment.id);
        if (updated) await this.deps.payments.purpose(payment.purpose)?.refunded(trx, updated);
      }
      return 'applied';
    });
  }
}
