/**
 * The shop's jobs, run after the transaction that queued them commits. Each is
 * safe to run twice: mails are queued with a dedupe key (one mail per order and
 * status). Refunds are the payments module's.
 */
import type { Config } from '../../config.js';
import type { DB } from '../../db/dialect.js';
import type { JobHandlers } from '../../platform/jobs.js';
import type { Mailer } from '../../platform/mail.js';
import { formatMinor } from '../../platform/money.js';
import * as repo from './orders.repository.js';

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

export function shopJobs(deps: { db: DB; mailer: Mailer; config: Pick<Config, 'PUBLIC_URL'> }): JobHandlers {
  const { db, mailer, config } = deps;

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

    'shop.order_status_email': ({ orderId, status, reason }) =>
      mailOrder(orderId, `status:${status}`, (order) => ({
        subject: `Order ${order.order_number}: ${status}`,
        intro:
          reason === 'expired'
            ? `Your order ${order.order_number} has been cancelled because its payment did not arrive in time. Its items are back on sale; you are welcome to order again.`
            : `Your order ${order.order_number} ${STATUS_SENTENCES[status] ?? `is now ${status}`}.`,
      })),
  };
}
