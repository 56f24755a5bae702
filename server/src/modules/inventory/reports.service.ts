/**
 * The inventory's figure for the admin dashboard: the SKUs at or below
 * `LOW_STOCK_THRESHOLD`, lowest first. Read through the index on
 * `product_sizes(stock)` (migration 0018): a range of the index, never the
 * whole catalogue.
 */
import type { DB } from '../../db/dialect.js';
import { whole } from '../../platform/reports.js';
import { sizeList } from '../catalog/index.js';

export interface LowStockReportDto {
  threshold: number;
  count: number;
  results: Array<{
    size_id: string;
    sku: string;
    size: string;
    color: string;
    stock: number;
    product: { id: string; name: string; slug: string };
  }>;
}

export class InventoryReportsService {
  constructor(private readonly deps: { db: DB; lowStockThreshold: number }) {}

  async lowStock(limit: number): Promise<LowStockReportDto> {
    const { db, lowStockThreshold: threshold } = this.deps;
    const low = sizeList(db, { stockAtMost: threshold });
    const [counted, rows] = await Promise.all([
      low.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
      low
        .select(['s.id', 's.sku', 's.size', 's.stock', 'v.color', 'p.id as product_id', 'p.name', 'p.slug'])
        .orderBy('s.stock')
        .orderBy('s.sku')
        .limit(limit)
        .execute(),
    ]);
    return {
      threshold,
      count: whole(counted?.n),
      results: rows.map((r) => ({
        size_id: r.id,
        sku: r.sku,
        size: r.size,
        color: r.color,
        stock: r.stock,
        product: { id: r.product_id, name: r.name, slug: r.slug },
      })),
    };
  }
}
