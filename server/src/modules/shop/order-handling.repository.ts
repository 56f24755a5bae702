/** The order timeline, refunds and tracking: Kysely queries only, the executor first. */
import { type Selectable, sql } from 'kysely';
import type { OrderStatus } from '../../db/schema.js';
import { nowIso } from '../../platform/ids.js';
import type { Executor } from '../../platform/transaction.js';
import type { OrderEventsTable, OrderRefundsTable, OrderTrackingTable } from './order-handling.tables.js';
import type { OrderRow } from './orders.repository.js';

export type OrderEventRow = Selectable<OrderEventsTable>;
export type OrderRefundRow = Selectable<OrderRefundsTable>;
export type OrderTrackingRow = Selectable<OrderTrackingTable>;

/** Writes a timeline event; one with a `dedupe_key` written before is left as it was. */
export async function insertEvent(executor: Executor, row: OrderEventsTable): Promise<void> {
  let query = executor.insertInto('order_events').values(row);
  if (row.dedupe_key) query = query.onConflict((oc) => oc.column('dedupe_key').doNothing());
  await query.execute();
}

export function eventsOf(executor: Executor, orderId: string): Promise<OrderEventRow[]> {
  return executor
    .selectFrom('order_events')
    .selectAll()
    .where('order_id', '=', orderId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/**
 * Takes the order's row lock for the rest of the transaction if it is in one
 * of `statuses` (a no-op write: PostgreSQL holds the row until commit, SQLite's
 * one writer holds everything), so refunds and status changes of one order go
 * one at a time; undefined when it is not (or does not exist).
 */
export function lockOrderIn(
  executor: Executor,
  id: string,
  statuses: readonly OrderStatus[],
): Promise<OrderRow | undefined> {
  return executor
    .updateTable('orders')
    .set({ updated_at: nowIso() })
    .where('id', '=', id)
    .where('status', 'in', [...statuses])
    .returningAll()
    .executeTakeFirst();
}

/**
 * Counts `quantity` more units of a line as refunded, only while that stays
 * within what was bought (a guarded update: whatever runs at the same time,
 * no unit is refunded twice). Undefined when it would not.
 */
export function addRefundedUnits(
  executor: Executor,
  orderId: string,
  itemId: string,
  quantity: number,
): Promise<{ refunded_quantity: number } | undefined> {
  return executor
    .updateTable('order_items')
    .set({ refunded_quantity: sql<number>`refunded_quantity + ${quantity}` })
    .where('id', '=', itemId)
    .where('order_id', '=', orderId)
    .where(sql<boolean>`refunded_quantity + ${quantity} <= quantity`)
    .returning('refunded_quantity')
    .executeTakeFirst();
}

/** Every unit of the order counted as refunded (a whole refund). */
export async function refundAllUnits(executor: Executor, orderId: string): Promise<void> {
  await executor
    .updateTable('order_items')
    .set({ refunded_quantity: sql<number>`quantity` })
    .where('order_id', '=', orderId)
    .execute();
}

/** How many lines of the order still have units not refunded. */
export async function countLinesLeft(executor: Executor, orderId: string): Promise<number> {
  const row = await executor
    .selectFrom('order_items')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('order_id', '=', orderId)
    .where(sql<boolean>`refunded_quantity < quantity`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertRefund(executor: Executor, row: OrderRefundsTable): Promise<void> {
  await executor.insertInto('order_refunds').values(row).execute();
}

export function findRefund(executor: Executor, id: string): Promise<OrderRefundRow | undefined> {
  return executor.selectFrom('order_refunds').selectAll().where('id', '=', id).executeTakeFirst();
}

export function refundsOfOrder(executor: Executor, orderId: string): Promise<OrderRefundRow[]> {
  return executor
    .selectFrom('order_refunds')
    .selectAll()
    .where('order_id', '=', orderId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** What the order's refunds add up to, in minor units. */
export async function refundedTotal(executor: Executor, orderId: string): Promise<number> {
  const row = await executor
    .selectFrom('order_refunds')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string | number>('amount'), sql<number>`0`).as('total'))
    .where('order_id', '=', orderId)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

export function trackingOf(executor: Executor, orderIds: readonly string[]): Promise<OrderTrackingRow[]> {
  if (orderIds.length === 0) return Promise.resolve([]);
  return executor
    .selectFrom('order_tracking')
    .selectAll()
    .where('order_id', 'in', [...orderIds])
    .execute();
}

export async function upsertTracking(executor: Executor, row: OrderTrackingTable): Promise<void> {
  await executor
    .insertInto('order_tracking')
    .values(row)
    .onConflict((oc) =>
      oc.column('order_id').doUpdateSet({
        carrier: row.carrier,
        tracking_number: row.tracking_number,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/** Removes the order's tracking; false when it had none. */
export async function deleteTracking(executor: Executor, orderId: string): Promise<boolean> {
  const result = await executor
    .deleteFrom('order_tracking')
    .where('order_id', '=', orderId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
