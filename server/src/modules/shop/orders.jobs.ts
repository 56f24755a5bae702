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
import { transaction } from '../../platform/transaction.js';
import * as handling from './order-handling.repository.js';
import type { RefundLine } from './order-timeline.js';
import { recordOrderEvent } from './order-timeline.js';
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
  const [items, [tracking]] = await Promise.all([
    repo.itemsOfOrders(db, [orderId]),
    handling.trackingOf(db, [orderId]),
  ]);
  return {
    order,
    items,
    tracking: tracking ? { carrier: tracking.carrier, number: tracking.tracking_number } : null,
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

type OrderMail = Extract<TemplateMail, { template: 'order.confirmation' | 'order.status' | 'order.refund' }>;
type Found = NonNullable<Awaited<ReturnType<typeof orderMailData>>>;

export function shopJobs(deps: { db: DB; mailer: Mailer; config: Pick<Config, 'PUBLIC_URL'> }): JobHandlers {
  const { db, mailer, config } = deps;

  /**
   * Renders the order as it is now and queues one mail per (order, kind), with
   * its entry on the order's timeline, in one transaction: a second run
   * queues and records nothing.
   */
  async function mailOrder(
    orderId: string,
    kind: string,
    compose: (found: Found, data: OrderMailData) => Omit<OrderMail, 'to'>,
  ) {
    const found = await orderMailData(db, orderId, config);
    if (!found) return;
    const mail = { to: found.order.email, ...compose(found, found.data) } as OrderMail;
    const dedupeKey = `mail:order:${orderId}:${kind}`;
    await transaction(db, async (trx) => {
      await mailer.queue(trx, mail, { dedupeKey });
      await recordOrderEvent(trx, {
        orderId,
        kind: 'mail',
        actor: null,
        data: { template: mail.template, subject: mailer.render(mail).subject, to_address: mail.to },
        dedupeKey,
      });
    });
  }

  return {
    'shop.order_confirmation': ({ orderId }) =>
      mailOrder(orderId, 'confirmation', ({ order }, data) => ({
        template: 'order.confirmation',
        data: { ...data, statusSentence: STATUS_SENTENCES[order.status] ?? `is ${order.status}` },
      })),

    'shop.order_status_email': ({ orderId, status, reason }) =>
      mailOrder(orderId, `status:${status}`, ({ tracking }, data) => ({
        template: 'order.status',
        data: {
          ...data,
          status,
          statusSentence: STATUS_SENTENCES[status] ?? `is now ${status}`,
          expired: reason === 'expired',
          // Where the parcel is, once it is on its way.
          tracking: status === 'shipped' || status === 'delivered' ? tracking : null,
        },
      })),

    'shop.order_refund_email': async ({ orderId, refundId }) => {
      const refund = await handling.findRefund(db, refundId);
      if (!refund) return;
      const refunded = JSON.parse(refund.lines) as RefundLine[];
      await mailOrder(orderId, `refund:${refundId}`, ({ items }, data) => ({
        template: 'order.refund',
        data: {
          orderNumber: data.orderNumber,
          amount: formatMinor(Number(refund.amount)),
          currency: data.currency,
          lines: refunded.flatMap((l) => {
            const item = items.find((i) => i.id === l.item_id);
            return item
              ? [
                  {
                    quantity: l.quantity,
                    name: item.product_name,
                    colour: item.variant_color,
                    size: item.size,
                    total: formatMinor(l.amount),
                  },
                ]
              : [];
          }),
          reason: refund.reason,
          orderUrl: data.orderUrl,
        },
      }));
    },
  };
}
