/**
 * Inventory's queries: what pending orders reserve, and the stock ledger. The
 * sizes themselves are read through the catalogue's index.ts.
 */
import type { StockMovementKind } from '../../db/schema.js';
import type { Executor } from '../../platform/transaction.js';

/**
 * Units of each size in orders not yet paid (status `pending`). The orders
 * tables belong to the shop; on a database without them (the shop's migration
 * not applied) nothing is reserved.
 */
export async function reservedBySize(executor: Executor, sizeIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (sizeIds.length === 0) return out;
  const rows = await executor
    .selectFrom('order_items as oi')
    .innerJoin('orders as o', 'o.id', 'oi.order_id')
    .select((eb) => ['oi.size_id', eb.fn.sum<number>('oi.quantity').as('reserved')])
    .where('o.status', '=', 'pending')
    .where('oi.size_id', 'in', sizeIds)
    .groupBy('oi.size_id')
    .execute();
  for (const r of rows) if (r.size_id) out.set(r.size_id, Number(r.reserved));
  return out;
}

export interface MovementFilters {
  sku?: string;
  kind?: StockMovementKind;
  productId?: string;
  since?: string;
  until?: string;
  id?: string;
}

export function movements(executor: Executor, f: MovementFilters) {
  let q = executor
    .selectFrom('stock_movements as m')
    .leftJoin('product_sizes as s', 's.id', 'm.size_id')
    .leftJoin('products as p', 'p.id', 's.product_id')
    .leftJoin('users as u', 'u.id', 'm.actor_id');
  if (f.id) q = q.where('m.id', '=', f.id);
  if (f.sku) q = q.where('m.sku', '=', f.sku);
  if (f.kind) q = q.where('m.kind', '=', f.kind);
  if (f.productId) q = q.where('s.product_id', '=', f.productId);
  if (f.since) q = q.where('m.created_at', '>=', f.since);
  if (f.until) q = q.where('m.created_at', '<', f.until);
  return q;
}

export function movementColumns(q: ReturnType<typeof movements>) {
  return q
    .select([
      'm.id',
      'm.sku',
      'm.size_id',
      'm.delta',
      'm.stock_after',
      'm.kind',
      'm.reason',
      'm.order_id',
      'm.created_at',
      'p.id as product_id',
      'p.name as product_name',
      'p.slug as product_slug',
      'u.id as actor_id',
      'u.email as actor_email',
      'u.username as actor_username',
    ])
    .orderBy('m.created_at', 'desc')
    .orderBy('m.id', 'desc');
}

/** A movement with its product and actor, by id. */
export async function findMovement(executor: Executor, id: string) {
  const [row] = await movementColumns(movements(executor, { id })).execute();
  return row;
}

/** The latest movement of a size (the one a change just wrote). */
export function lastMovementOf(executor: Executor, sizeId: string) {
  return executor
    .selectFrom('stock_movements')
    .select('id')
    .where('size_id', '=', sizeId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
}
