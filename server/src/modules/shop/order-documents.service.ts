/**
 * An order's documents (the invoice and packing slip as PDF) and staff's CSV
 * export of the orders list. Reads only: orders come through `OrdersService`,
 * so a customer's invoice follows the same "yours or 404" rule as the order.
 */
import type { Config } from '../../config.js';
import type { AuthUser } from '../../platform/auth.js';
import type { CsvValue } from '../../platform/csv.js';
import type { Executor } from '../../platform/transaction.js';
import { invoiceNumber, renderInvoice, renderPackingSlip } from './order-documents.pdf.js';
import * as repo from './orders.repository.js';
import type { OrderDto } from './orders.schemas.js';
import type { OrdersService } from './orders.service.js';

/** Orders read per query of a CSV export (a keyset page). */
export const EXPORT_BATCH = 500;

export interface OrderDocumentsDeps {
  db: Executor;
  orders: OrdersService;
  config: Pick<Config, 'SHOP_NAME' | 'CURRENCY' | 'TIME_ZONE'>;
}

export interface PdfFile {
  filename: string;
  bytes: Buffer;
}

export const ORDER_CSV_HEADER = [
  'order_number',
  'invoice_number',
  'created_at',
  'paid_at',
  'status',
  'email',
  'customer_name',
  'items',
  'item_count',
  'subtotal',
  'total',
  'refunded',
  'currency',
  'payment_method',
  'payment_status',
  'ship_to_city',
  'ship_to_postal_code',
  'ship_to_country',
] as const;

/** One order as a CSV row, in `ORDER_CSV_HEADER`'s order. */
export function orderCsvRow(order: OrderDto): CsvValue[] {
  const address = order.shipping_address;
  return [
    order.order_number,
    invoiceNumber(order.order_number),
    order.created_at,
    order.paid_at,
    order.status,
    order.email,
    address.full_name,
    order.items
      .map(
        (i) => `${i.quantity} × ${i.product_name} (${[i.variant_color, i.size].filter(Boolean).join(' / ')})`,
      )
      .join('; '),
    order.item_count,
    order.subtotal,
    order.total,
    order.payment?.refunded_amount ?? '0.00',
    order.currency,
    order.payment?.method_label ?? '',
    order.payment?.status ?? '',
    address.city,
    address.postal_code,
    address.country,
  ];
}

export class OrderDocumentsService {
  constructor(private readonly deps: OrderDocumentsDeps) {}

  private get settings() {
    const { config } = this.deps;
    return { shopName: config.SHOP_NAME, currency: config.CURRENCY, timeZone: config.TIME_ZONE };
  }

  /** The customer's invoice of their own order (anyone else's is 404). */
  async customerInvoice(user: AuthUser, orderId: string): Promise<PdfFile> {
    return this.invoiceOf(await this.deps.orders.getOrder(user, orderId));
  }

  async adminInvoice(orderId: string): Promise<PdfFile> {
    return this.invoiceOf(await this.deps.orders.adminGetOrder(orderId));
  }

  async adminPackingSlip(orderId: string): Promise<PdfFile> {
    const order = await this.deps.orders.adminGetOrder(orderId);
    return {
      filename: `packing-slip-${order.order_number}.pdf`,
      bytes: await renderPackingSlip(order, this.settings),
    };
  }

  private async invoiceOf(order: OrderDto): Promise<PdfFile> {
    return {
      filename: `invoice-${order.order_number}.pdf`,
      bytes: await renderInvoice(order, this.settings),
    };
  }

  /** Every order `filter` selects, newest first, a keyset page at a time (never all in memory). */
  async *exportOrders(filter: repo.OrderFilter): AsyncGenerator<OrderDto[]> {
    const { db, orders } = this.deps;
    let cursor: repo.OrderCursor | undefined;
    for (;;) {
      const rows = await repo.ordersAfter(db, filter, cursor, EXPORT_BATCH);
      if (rows.length === 0) return;
      yield await orders.toDtos(db, rows);
      if (rows.length < EXPORT_BATCH) return;
      const last = rows[rows.length - 1] as repo.OrderRow;
      cursor = { created_at: last.created_at, id: last.id };
    }
  }
}
