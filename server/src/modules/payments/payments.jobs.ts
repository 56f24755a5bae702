/**
 * Giving money back, after the transaction that decided it commits. Each job
 * is safe to run twice: it checks the payment's (or intent's) status and
 * reuses one provider idempotency key.
 */
import type { DB } from '../../db/dialect.js';
import type { JobContext, JobHandlers } from '../../platform/jobs.js';
import * as repo from './payments.repository.js';
import type { PaymentProviders } from './payments.service.js';

export function paymentsJobs(deps: { db: DB; providers: PaymentProviders }): JobHandlers {
  const { db, providers } = deps;

  const refund = async ({ paymentId }: { paymentId: string }, ctx: JobContext): Promise<void> => {
    const payment = await repo.findPayment(db, paymentId);
    if (payment?.status !== 'refund_pending') return;
    const provider = providers.byName(payment.provider);
    if (!provider) throw new Error(`payment provider "${payment.provider}" is not configured; cannot refund`);
    // What partial refunds (`refund_part`) have not given back already.
    const amount = Number(payment.amount) - Number(payment.refunded_amount);
    const result =
      amount > 0
        ? await provider.refund({
            id: payment.provider_ref,
            amount,
            idempotencyKey: `mercato-refund-${payment.id}`,
          })
        : { ref: payment.refund_ref ?? '' };
    await repo.updatePaymentStatus(db, payment.id, ['refund_pending'], {
      status: 'refunded',
      refunded_amount: Number(payment.amount),
      refund_ref: result.ref || null,
    });
    ctx.log.info({ payment: payment.id, refund: result.ref }, 'payment refunded');
  };

  /** One partial refund: asked of the provider once per refund id (its idempotency key), then marked done. */
  const refundPart = async ({ refundId }: { refundId: string }, ctx: JobContext): Promise<void> => {
    const refund = await repo.findRefund(db, refundId);
    if (refund?.status !== 'pending') return;
    const payment = await repo.findPayment(db, refund.payment_id);
    if (!payment) return;
    const provider = providers.byName(payment.provider);
    if (!provider) throw new Error(`payment provider "${payment.provider}" is not configured; cannot refund`);
    const result = await provider.refund({
      id: payment.provider_ref,
      amount: Number(refund.amount),
      idempotencyKey: `mercato-refund-${refund.id}`,
    });
    await repo.settleRefund(db, refund.id, { status: 'succeeded', provider_ref: result.ref });
    ctx.log.info({ payment: payment.id, refund: refund.id, ref: result.ref }, 'part of a payment refunded');
  };

  const voidIntent = async ({ intentId }: { intentId: string }, ctx: JobContext): Promise<void> => {
    const intent = await repo.findIntent(db, intentId);
    if (intent?.status !== 'voided') return;
    const provider = providers.byName(intent.provider);
    if (!provider) throw new Error(`payment provider "${intent.provider}" is not configured; cannot void`);
    const result = await provider.refund({
      id: intent.provider_ref,
      amount: Number(intent.amount),
      idempotencyKey: `mercato-void-${intent.id}`,
    });
    ctx.log.warn({ intent: intent.id, ref: result.ref }, 'payment of a refused purchase given back');
  };

  return {
    'payments.refund': refund,
    'payments.void_intent': voidIntent,
    'payments.refund_part': refundPart,
    'shop.refund_payment': refund,
    'shop.void_intent': voidIntent,
  };
}
