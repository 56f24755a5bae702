/**
 * The shop's figures for the admin dashboard: set-based queries over a period
 * (a UTC range of `orders.created_at`, read through the index on
 * `(created_at, status, total, id)`, migration 0018), never a loop over orders.
 */
import { sql } from 'kysely';
import type { DB } from '../../db/dialect.js';
import type { OrderStatus } from '../../db/schema.js';
import { daysRelation, type Period, whole } from '../../platform/reports.js';
import type { productIdsOfVendor } from '../catalog/index.js';

/** Orders whose money was taken and kept: they count as sales. */
export const SOLD_STATUSES: readonly OrderStatus[] = ['paid', 'processing', 'shipped', 'delivered'];

export interface DayStatusFigures {
  date: string;
  /** Null on a day without orders. */
  status: OrderStatus | null;
  orders: number;
  /** Minor units. */
  total: number;
}

/**
 * Orders placed per day of the period and status (every day, with a null
 * status when nothing happened): one range of the index on
 * `(created_at, status, total, id)`, never the rows.
 */
export async function figuresByDayAndStatus(db: DB, period: Period): Promise<DayStatusFigures[]> {
  const { rows } = await sql<{ day: string; status: OrderStatus | null; orders: unknown; total: unknown }>`
    ${daysRelation(db, period)}
    select days.day as day, o.status as status, count(o.id) as orders, coalesce(sum(o.total), 0) as total
    from days
    left join orders o on o.created_at >= days.start_at and o.created_at < days.end_at
    group by days.day, o.status
    order by days.day`.execute(db);
  return rows.map((r) => ({
    date: String(r.day),
    status: r.status,
    orders: whole(r.orders),
    total: whole(r.total),
  }));
}

/**
 * Which products' lines count: a subquery of product ids (a vendor's, from the
 * catalogue's `productIdsOfVendor`), or null for every line.
 */
export type ProductScope = ReturnType<typeof productIdsOfVendor> | null;

export interface ProductFigures {
  /** Null for lines of products deleted since. */
  product_id: string | null;
  units: number;
  /** Minor units. */
  revenue: number;
}

/**
 * Units and revenue per product over the sold orders of the period: the
 * orders' index range, then each order's lines through the index on
 * `order_items(order_id, product_id, quantity, refunded_quantity, unit_price)`, never the rows.
 */
export async function productSales(
  db: DB,
  period: Period,
  scope: ProductScope = null,
): Promise<ProductFigures[]> {
  let q = db
    .selectFrom('orders as o')
    .innerJoin('order_items as i', 'i.order_id', 'o.id')
    .select((eb) => [
      'i.product_id',
      eb.fn.sum(sql<number>`i.quantity - i.refunded_quantity`).as('units'),
      eb.fn.sum(sql<number>`(i.quantity - i.refunded_quantity) * i.unit_price`).as('revenue'),
    ])
    .where('o.created_at', '>=', period.start)
    .where('o.created_at', '<', period.end)
    .where('o.status', 'in', SOLD_STATUSES)
    .groupBy('i.product_id');
  if (scope) q = q.where('i.product_id', 'in', scope);
  const rows = await q.execute();
  return rows.map((r) => ({ product_id: r.product_id, units: whole(r.units), revenue: whole(r.revenue) }));
}

export interface DayLineFigures {
  date: string;
  /** Sold orders holding at least one line in scope. */
  orders: number;
  units: number;
  /** Minor units: the lines' totals. */
  revenue: number;
}

/**
 * Units and revenue of the lines in `scope` of the sold orders, per day of the
 * period (every day, zero included): the orders' index range per day, then
 * each order's lines through `order_items(order_id, product_id, quantity, refunded_quantity, unit_price)`.
 */
export async function lineFiguresByDay(
  db: DB,
  period: Period,
  scope: ProductScope,
): Promise<DayLineFigures[]> {
  const sold = sql.join(SOLD_STATUSES.map((s) => sql.lit(s)));
  const inScope = scope ? sql`and i.product_id in ${scope}` : sql``;
  const { rows } = await sql<{ day: string; orders: unknown; units: unknown; revenue: unknown }>`
    ${daysRelation(db, period)}
    select days.day as day, count(distinct i.order_id) as orders,
      coalesce(sum(i.quantity - i.refunded_quantity), 0) as units,
      coalesce(sum((i.quantity - i.refunded_quantity) * i.unit_price), 0) as revenue
    from days
    left join orders o on o.created_at >= days.start_at and o.created_at < days.end_at and o.status in (${sold})
    left join order_items i on i.order_id = o.id ${inScope}
    group by days.day
    order by days.day`.execute(db);
  return rows.map((r) => ({
    date: String(r.day),
    orders: whole(r.orders),
    units: whole(r.units),
    revenue: whole(r.revenue),
  }));
}
