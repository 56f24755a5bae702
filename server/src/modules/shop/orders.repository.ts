/** Orders and their items: Kysely queries only, the executor first. */
import type { Insertable, Selectable } from 'kysely';
import { containsInsensitive } from '../../db/dialect.js';
import type { OrderItemsTable, OrderStatus, OrdersTable } from '../../db/schema.js';
import { nowIso } from '../../platform/ids.js';
import { type Page, type PageRequest, paginate } from '../../platform/pagination.js';
import type { Executor } from '../../platform/transaction.js';

export type OrderRow = Selectable<OrdersTable>;
export type OrderItemRow = Selectable<OrderItemsTable>;

/** One line of what an intent pays for. */
export interface IntentLine {
  size_id: string;
  quantity: number;
  /** Minor units. */
  unit_price: number;
}

export function findOrderByIntent(executor: Executor, intentId: string): Promise<OrderRow | undefined> {
  return executor
    .selectFrom('orders')
    .selectAll()
    .where('payment_intent_id', '=', intentId)
    .executeTakeFirst();
}

export interface OrderFilter {
  /** One customer's orders. */
  userId?: string | undefined;
  status?: OrderStatus | undefined;
  /** Part of the order number or of the email, whatever its case. */
  search?: string | undefined;
  /** Placed at or after this instant (UTC ISO). */
  createdFrom?: string | undefined;
  /** Placed before this instant (UTC ISO). */
  createdBefore?: string | undefined;
}

function filteredOrders(executor: Executor, filter: OrderFilter) {
  let q = executor.selectFrom('orders');
  if (filter.userId) q = q.where('user_id', '=', filter.userId);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.createdFrom) q = q.where('created_at', '>=', filter.createdFrom);
  if (filter.createdBefore) q = q.where('created_at', '<', filter.createdBefore);
  const term = filter.search?.trim();
  if (term) {
    q = q.where((eb) =>
      eb.or([
        containsInsensitive(executor, eb.ref('order_number'), term),
        containsInsensitive(executor, eb.ref('email'), term),
      ]),
    );
  }
  return q;
}

/** A page of the orders that match, newest first. */
export function listOrders(
  executor: Executor,
  filter: OrderFilter,
  page: PageRequest,
): Promise<Page<OrderRow>> {
  return paginate(page, filteredOrders(executor, filter), (q) =>
    q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc'),
  );
}

/** Where a keyset walk through the orders, newest first, stopped: the last order it read. */
export interface OrderCursor {
  created_at: string;
  id: string;
}

/**
 * The next `limit` orders that match after `cursor`, newest first (as the
 * list): a keyset page, an index range from where the previous one ended,
 * however deep the walk goes.
 */
export function ordersAfter(
  executor: Executor,
  filter: OrderFilter,
  cursor: OrderCursor | undefined,
  limit: number,
): Promise<OrderRow[]> {
  let q = filteredOrders(executor, filter);
  if (cursor) {
    q = q
      .where('created_at', '<=', cursor.created_at)
      .where((eb) =>
        eb.or([
          eb('created_at', '<', cursor.created_at),
          eb.and([eb('created_at', '=', cursor.created_at), eb('id', '<', cursor.id)]),
        ]),
      );
  }
  return q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export function findOrder(executor: Executor, id: string): Promise<OrderRow | undefined> {
  return executor.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertOrder(executor: Executor, row: OrdersTable): Promise<void> {
  await executor.insertInto('orders').values(row).execute();
}

export async function insertOrderItems(
  executor: Executor,
  rows: Insertable<OrderItemsTable>[],
): Promise<void> {
  if (rows.length > 0) await executor.insertInto('order_items').values(rows).execute();
}

/**
 * Moves an order from `from` to `to` only if it is still `from` (a guarded
 * write): of two racing changes one wins, the other gets undefined.
 */
export function updateOrderStatus(
  executor: Executor,
  id: string,
  from: OrderStatus,
  to: OrderStatus,
  stamps: Partial<Pick<OrderRow, 'paid_at' | 'cancelled_at'>> = {},
): Promise<OrderRow | undefined> {
  return executor
    .updateTable('orders')
    .set({ status: to, updated_at: nowIso(), ...stamps })
    .where('id', '=', id)
    .where('status', '=', from)
    .returningAll()
    .executeTakeFirst();
}

export function itemsOfOrders(executor: Executor, orderIds: readonly string[]): Promise<OrderItemRow[]> {
  if (orderIds.length === 0) return Promise.resolve([]);
  return executor
    .selectFrom('order_items')
    .selectAll()
    .where('order_id', 'in', [...orderIds])
    .orderBy('order_id')
    .orderBy('position')
    .execute();
}

export function findUserEmail(
  executor: Executor,
  userId: string,
): Promise<{ email: string; first_name: string } | undefined> {
  return executor
    .selectFrom('users')
    .select(['email', 'first_name'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** The customer's orders awaiting payment. */
export async function countUnpaidOrders(executor: Executor, userId: string): Promise<number> {
  const row = await executor
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', userId)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Orders still awaiting an offline payment (the `manual` provider's) placed
 * before `cutoff`, oldest first. Payments still processing at a provider such
 * as Stripe are settled by its webhooks instead.
 */
export function findExpiredUnpaid(executor: Executor, cutoff: string, limit: number): Promise<OrderRow[]> {
  return executor
    .selectFrom('orders')
    .innerJoin('payments', (join) =>
      join.onRef('payments.order_id', '=', 'orders.id').on('payments.purpose', '=', 'order'),
    )
    .selectAll('orders')
    .where('orders.status', '=', 'pending')
    .where('orders.created_at', '<', cutoff)
    .where('payments.provider', '=', 'manual')
    .where('payments.status', '=', 'pending')
    .orderBy('orders.created_at')
    .limit(limit)
    .execute();
}
