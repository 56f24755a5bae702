/** Inventory's queries over the catalogue's sizes and the stock ledger. */
import { containsInsensitive } from '../../db/dialect.js';
import type { StockMovementKind } from '../../db/schema.js';
import type { Executor } from '../../platform/transaction.js';

export interface ItemFilters {
  search?: string;
  lowStockAt?: number;
  productId?: string;
  categoryIds?: string[];
}

export function items(executor: Executor, f: ItemFilters) {
  let q = executor
    .selectFrom('product_sizes as s')
    .innerJoin('product_variants as v', 'v.id', 's.variant_id')
    .innerJoin('products as p', 'p.id', 's.product_id')
    .innerJoin('categories as c', 'c.id', 'p.category_id');
  if (f.search) {
    const term = f.search;
    q = q.where((eb) =>
      eb.or([
        containsInsensitive(executor, eb.ref('s.sku'), term),
        containsInsensitive(executor, eb.ref('p.name'), term),
      ]),
    );
  }
  if (f.lowStockAt !== undefined) q = q.where('s.stock', '<=', f.lowStockAt);
  if (f.productId) q = q.where('s.product_id', '=', f.productId);
  if (f.categoryIds) q = q.where('p.category_id', 'in', f.categoryIds);
  return q;
}

export function itemColumns(q: ReturnType<typeof items>) {
  return q
    .select([
      's.id as size_id',
      's.sku',
      's.size',
      's.stock',
      'v.id as variant_id',
      'v.color',
      'p.id as product_id',
      'p.name as product_name',
      'p.slug as product_slug',
      'p.is_active',
      'c.id as category_id',
      'c.name as category_name',
      'c.slug as category_slug',
    ])
    .orderBy('p.name')
    .orderBy('p.id')
    .orderBy('v.position')
    .orderBy('s.position')
    .orderBy('s.id');
}

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

export function findSizeBySku(executor: Executor, sku: string) {
  return executor
    .selectFrom('product_sizes')
    .select(['id', 'sku', 'stock'])
    .where('sku', '=', sku)
    .executeTakeFirst();
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
