/**
 * The shop's figures for the admin dashboard: set-based queries over a period
 * (a UTC range of `orders.created_at`, read through the index on
 * `(created_at, status, total)`, migration 0018), never a loop over orders.
 */
import { sql } from 'kysely';
import type { DB } from '../../db/dialect.js';
import type { OrderStatus } from '../../db/schema.js';
import { daysRelation, type Period, whole } from '../../platform/reports.js';

/** Orders whose money was taken and kept: they count as sales. */
export const SOLD_STATUSES: readonly OrderStatus[] = ['paid', 'processing', 'shipped', 'delivered'];

export interface DayFigures {
  date: string;
  orders: number;
  sold_orders: number;
  /** Minor units. */
  revenue: number;
}

/** Orders placed and sales per day of the period (every day, zero when nothing happened). */
export async function figuresByDay(db: DB, period: Period): Promise<DayFigures[]> {
  const sold = sql.join(SOLD_STATUSES.map((s) => sql`${s}`));
  const { rows } = await sql<{ day: string; orders: unknown; sold_orders: unknown; revenue: unknown }>`
    ${daysRelation(db, period)}
    select days.day as day,
      count(o.id) as orders,
      coalesce(sum(case when o.status in (${sold}) then 1 else 0 end), 0) as sold_orders,
      coalesce(sum(case when o.status in (${sold}) then o.total else 0 end), 0) as revenue
    from days
    left join orders o on o.created_at >= days.start_at and o.created_at < days.end_at
    group by days.day
    order by days.day`.execute(db);
  return rows.map((r) => ({
    date: String(r.day),
    orders: whole(r.orders),
    sold_orders: whole(r.sold_orders),
    revenue: whole(r.revenue),
  }));
}

export interface StatusFigures {
  status: OrderStatus;
  orders: number;
  /** Minor units. */
  total: number;
}

/** Orders placed in the period by their status now. */
export async function figuresByStatus(db: DB, period: Period): Promise<StatusFigures[]> {
  const rows = await db
    .selectFrom('orders')
    .select((eb) => ['status', eb.fn.countAll().as('orders'), eb.fn.sum('total').as('total')])
    .where('created_at', '>=', period.start)
    .where('created_at', '<', period.end)
    .groupBy('status')
    .execute();
  return rows.map((r) => ({ status: r.status, orders: whole(r.orders), total: whole(r.total) }));
}

export interface ProductFigures {
  product_id: string | null;
  name: string;
  slug: string;
  units: number;
  /** Minor units. */
  revenue: number;
}

/** The products sold most in the period (sold orders only), by units or by revenue. */
export async function topProducts(
  db: DB,
  period: Period,
  by: 'units' | 'revenue',
  limit: number,
): Promise<ProductFigures[]> {
  const rows = await db
    .selectFrom('orders as o')
    .innerJoin('order_items as i', 'i.order_id', 'o.id')
    .select((eb) => [
      'i.product_id',
      'i.product_slug',
      eb.fn.max('i.product_name').as('name'),
      eb.fn.sum('i.quantity').as('units'),
      eb.fn.sum(sql<number>`i.quantity * i.unit_price`).as('revenue'),
    ])
    .where('o.created_at', '>=', period.start)
    .where('o.created_at', '<', period.end)
    .where('o.status', 'in', SOLD_STATUSES)
    .groupBy(['i.product_id', 'i.product_slug'])
    .orderBy(by === 'units' ? 'units' : 'revenue', 'desc')
    .orderBy(by === 'units' ? 'revenue' : 'units', 'desc')
    .orderBy('i.product_slug')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    product_id: r.product_id,
    name: String(r.name),
    slug: r.product_slug,
    units: whole(r.units),
    revenue: whole(r.revenue),
  }));
}
