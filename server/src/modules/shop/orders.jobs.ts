/**
 * The shop's jobs, run after the transaction that queued them commits. Each is
 * safe to run twice: mails are queued with a dedupe key (one mail per order and
 * status), refunds check the payment's status and reuse one provider
 * idempotency key.
 */
import type { Config } from '../../config.js';
import type { DB } from '../../db/dialect.js';
import type { JobHandlers } from '../../platform/jobs.js';
import type { Mailer } from '../../platform/mail.js';
import { formatMinor } from '../../platform/money.js';
import * as repo from './orders.repository.js';
import type { PaymentProviders } from './orders.service.js';

const STATUS_SENTENCES: Record<string, string> = {
  pending: 'is waiting for your payment',
  paid: 'is paid',
  processing: 'is being prepared',
  shipped: 'is on its way',
  delivered: 'has been delivered',
  cancelled: 'has been cancelled; any payment will be refunded',
  refunded: 'has been refunded',
};

async function orderSummary(db: DB, orderId: string, config: Pick<Config, 'PUBLIC_URL'>) {
  const order = await repo.findOrder(db, orderId);
  if (!order) return undefined;
  const items = await repo.itemsOfOrders(db, [orderId]);
  const lines = items.map(
    (i) =>
      `  ${i.quantity} × ${i.product_name} (${i.variant_color}, ${i.size}): ${formatMinor(Number(i.unit_price) * i.quantity)} ${order.currency}`,
  );
  return {
    order,
    text: [
      ...lines,
      `Total: ${formatMinor(Number(order.total))} ${order.currency}`,
      '',
      `See your order: ${config.PUBLIC_URL}/orders/${order.id}`,
    ].join('\n'),
  };
}

export function shopJobs(deps: {
  db: DB;
  mailer: Mailer;
  providers: PaymentProviders;
  config: Pick<Config, 'PUBLIC_URL'>;
}): JobHandlers {
  const { db, mailer, providers, config } = deps;

  /** Renders the order as it is now and queues one mail per (order, kind): a second run queues nothing. */
  async function mailOrder(
    orderId: string,
    kind: string,
    compose: (order: repo.OrderRow) => { subject: string; intro: string },
  ) {
    const summary = await orderSummary(db, orderId, config);
    if (!summary) return;
    const { order, text } = summary;
    const { subject, intro } = compose(order);
    await mailer.queue(
      db,
      { to: order.email, subject, text: `${intro}\n\n${text}\n` },
      { dedupeKey: `mail:order:${orderId}:${kind}` },
    );
  }

  return {
    'shop.order_confirmation': ({ orderId }) =>
      mailOrder(orderId, 'confirmation', (order) => ({
        subject: `Your order ${order.order_number}`,
        intro: `Thank you for your order ${order.order_number}. It ${STATUS_SENTENCES[order.status] ?? `is ${order.status}`}.`,
      })),

    'shop.order_status_email': ({ orderId, status }) =>
      mailOrder(orderId, `status:${status}`, (order) => ({
        subject: `Order ${order.order_number}: ${status}`,
        intro: `Your order ${order.order_number} ${STATUS_SENTENCES[status] ?? `is now ${status}`}.`,
      })),

    'shop.refund_payment': async ({ paymentId }, ctx) => {
      const payment = await repo.findPayment(db, paymentId);
      if (payment?.status !== 'refund_pending') return;
      const provider = providers.byName(payment.provider);
      if (!provider)
        throw new Error(`payment provider "${payment.provider}" is not configured; cannot refund`);
      const amount = Number(payment.amount) - Number(payment.refunded_amount);
      const refund = await provider.refund({
        id: payment.provider_ref,
        amount,
        idempotencyKey: `mercato-refund-${payment.id}`,
      });
      await repo.updatePaymentStatus(db, payment.id, ['refund_pending'], {
        status: 'refunded',
        refunded_amount: Number(payment.amount),
        refund_ref: refund.ref,
      });
      ctx.log.info({ payment: payment.id, refund: refund.ref }, 'payment refunded');
    },

    'shop.void_intent': async ({ intentId }, ctx) => {
      const intent = await repo.findIntent(db, intentId);
      if (intent?.status !== 'voided') return;
      const provider = providers.byName(intent.provider);
      if (!provider) throw new Error(`payment provider "${intent.provider}" is not configured; cannot void`);
      const result = await provider.refund({
        id: intent.provider_ref,
        amount: Number(intent.amount),
        idempotencyKey: `mercato-void-${intent.id}`,
      });
      ctx.log.warn({ intent: intent.id, ref: result.ref }, 'payment of a refused order given back');
    },
  };
}
