/**
 * The orders holding a vendor's products and those lines only: from the
 * vendor's products (their index on `vendor_id`) to their lines (migration
 * 0024's `order_items(product_id, order_id)`) to the orders, never every order.
 */
import type { OrderStatus } from '../../db/schema.js';
import { type Page, type PageRequest, paginate } from '../../platform/pagination.js';
import type { Executor } from '../../platform/transaction.js';
import type { OrderItemRow, OrderRow } from './orders.repository.js';
import type { ProductScope } from './reports.repository.js';

export interface VendorOrderFilter {
  status?: OrderStatus | undefined;
  /** UTC bounds of `created_at`: from (included), to (excluded). */
  start?: string | undefined;
  end?: string | undefined;
}

/** A page of the orders with a line in `scope` (every order when null), newest first. */
export function listVendorOrders(
  executor: Executor,
  scope: ProductScope,
  filter: VendorOrderFilter,
  page: PageRequest,
): Promise<Page<OrderRow>> {
  let q = executor.selectFrom('orders');
  if (scope) {
    q = q.where(
      'orders.id',
      'in',
      executor
        .selectFrom('order_items')
        .select('order_items.order_id')
        .where('order_items.product_id', 'in', scope),
    );
  }
  if (filter.status) q = q.where('orders.status', '=', filter.status);
  if (filter.start) q = q.where('orders.created_at', '>=', filter.start);
  if (filter.end) q = q.where('orders.created_at', '<', filter.end);
  return paginate(page, q, (q) =>
    q.selectAll('orders').orderBy('orders.created_at', 'desc').orderBy('orders.id', 'desc'),
  );
}

/** The lines in `scope` of these orders, in each order's order. */
export function linesInScope(
  executor: Executor,
  orderIds: readonly string[],
  scope: ProductScope,
): Promise<OrderItemRow[]> {
  if (orderIds.length === 0) return Promise.resolve([]);
  let q = executor
    .selectFrom('order_items')
    .selectAll()
    .where('order_id', 'in', [...orderIds]);
  if (scope) q = q.where('product_id', 'in', scope);
  return q.orderBy('order_id').orderBy('position').execute();
}
