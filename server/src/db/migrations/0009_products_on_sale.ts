import type { AnyDB } from '../dialect.js';

/**
 * The public catalogue lists only products on sale: active, and the shop's own
 * (no vendor) or an approved, active vendor's, so its queries read
 * `vendor_id` beside `is_active`. The two indexes the list walks (newest first,
 * by price) carry `vendor_id` at their end: the count stays an index-only scan
 * (a vendor is looked up by primary key only for products that have one), and
 * the pages still come in index order.
 */
export async function up(db: AnyDB): Promise<void> {
  await db.schema.dropIndex('products_active_created').execute();
  await db.schema
    .createIndex('products_active_created')
    .on('products')
    .columns(['is_active', 'created_at', 'vendor_id'])
    .execute();
  await db.schema.dropIndex('products_active_price').execute();
  await db.schema
    .createIndex('products_active_price')
    .on('products')
    .columns(['is_active', 'price', 'vendor_id'])
    .execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropIndex('products_active_created').execute();
  await db.schema
    .createIndex('products_active_created')
    .on('products')
    .columns(['is_active', 'created_at'])
    .execute();
  await db.schema.dropIndex('products_active_price').execute();
  await db.schema
    .createIndex('products_active_price')
    .on('products')
    .columns(['is_active', 'price'])
    .execute();
}
