/**
 * What one customer bought, for staff's customer page: one aggregate over the
 * customer's orders (their index on `(user_id, created_at)`) and each order's
 * payment, for the amounts given back.
 */
import { sql } from 'kysely';
import type { OrderStatus } from '../../db/schema.js';
import { whole } from '../../platform/reports.js';
import type { Executor } from '../../platform/transaction.js';
import { SOLD_STATUSES } from './reports.repository.js';

export interface CustomerSpend {
  /** Every order placed, whatever its status. */
  placed: number;
  /** Orders paid and kept (paid, processing, shipped, delivered). */
  sold: number;
  /** Minor units: the sold orders' totals less what was given back on them. */
  spent: number;
  /** Minor units: refunded orders' totals and partial refunds of sold ones. */
  refunded: number;
  first_order_at: string | null;
  last_order_at: string | null;
}

export async function customerSpend(executor: Executor, userId: string): Promise<CustomerSpend> {
  const sold = sql.join(SOLD_STATUSES.map((s) => sql.lit(s)));
  const refundedStatus: OrderStatus = 'refunded';
  const row = await executor
    .selectFrom('orders as o')
    .leftJoin('payments as p', 'p.order_id', 'o.id')
    .select([
      sql<unknown>`count(o.id)`.as('placed'),
      sql<unknown>`sum(case when o.status in (${sold}) then 1 else 0 end)`.as('sold'),
      sql<unknown>`sum(case when o.status in (${sold}) then o.total - coalesce(p.refunded_amount, 0) else 0 end)`.as(
        'spent',
      ),
      sql<unknown>`sum(case when o.status = ${refundedStatus} then o.total when o.status in (${sold}) then coalesce(p.refunded_amount, 0) else 0 end)`.as(
        'refunded',
      ),
      sql<string | null>`min(o.created_at)`.as('first_order_at'),
      sql<string | null>`max(o.created_at)`.as('last_order_at'),
    ])
    .where('o.user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return {
    placed: whole(row.placed),
    sold: whole(row.sold),
    spent: whole(row.spent),
    refunded: whole(row.refunded),
    first_order_at: row.first_order_at ? new Date(row.first_order_at).toISOString() : null,
    last_order_at: row.last_order_at ? new Date(row.last_order_at).toISOString() : null,
  };
}
