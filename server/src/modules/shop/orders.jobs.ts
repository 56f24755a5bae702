/**
 * The shop's jobs, run after the transaction that queued them commits. Each is
 * safe to run twice: mails are queued with a dedupe key (one mail per order and
 * status). Refunds are the payments module's.
 */
import type { Config } from '../../config.js';
import type { DB } from '../../db/dialect.js';
import type { JobHandlers } from '../../platform/jobs.js';
import type { Mailer } from '../../platform/mail.js';
import type { TemplateMail } from '../../platform/mail-templates/index.js';
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

type OrderMailData = NonNullable<Awaited<ReturnType<typeof orderMailData>>>['data'];

/** The order as its mails show it: number, lines, total and link. */
async function orderMailData(db: DB, orderId: string, config: Pick<Config, 'PUBLIC_URL'>) {
  const order = await repo.findOrder(db, orderId);
  if (!order) return undefined;
  const items = await repo.itemsOfOrders(db, [orderId]);
  return {
    order,
    data: {
      orderNumber: order.order_number,
      lines: items.map((i) => ({
        quantity: i.quantity,
        name: i.product_name,
        colour: i.variant_color,
        size: i.size,
        total: formatMinor(Number(i.unit_price) * i.quantity),
      })),
      total: formatMinor(Number(order.total)),
      currency: order.currency,
      orderUrl: `${config.PUBLIC_URL}/orders/${order.id}`,
    },
  };
}

type OrderMail = Extract<TemplateMail, { template: 'order.confirmation' | 'order.status' }>;

export function shopJobs(deps: { db: DB; mailer: Mailer; config: Pick<Config, 'PUBLIC_URL'> }): JobHandlers {
  const { db, mailer, config } = deps;

  /** Renders the order as it is now and queues one mail per (order, kind): a second run queues nothing. */
  async function mailOrder(
    orderId: string,
    kind: string,
    compose: (order: repo.OrderRow, data: OrderMailData) => Omit<OrderMail, 'to'>,
  ) {
    const found = await orderMailData(db, orderId, config);
    if (!found) return;
    const mail = { to: found.order.email, ...compose(found.order, found.data) } as OrderMail;
    await mailer.queue(db, mail, { dedupeKey: `mail:order:${orderId}:${kind}` });
  }

  return {
    'shop.order_confirmation': ({ orderId }) =>
      mailOrder(orderId, 'confirmation', (order, data) => ({
        template: 'order.confirmation',
        data: { ...data, statusSentence: STATUS_SENTENCES[order.status] ?? `is ${order.status}` },
      })),

    'shop.order_status_email': ({ orderId, status, reason }) =>
      mailOrder(orderId, `status:${status}`, (_order, data) => ({
        template: 'order.status',
        data: {
          ...data,
          status,
          statusSentence: STATUS_SENTENCES[status] ?? `is now ${status}`,
          expired: reason === 'expired',
        },
      })),
  };
}
