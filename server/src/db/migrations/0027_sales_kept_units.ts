import type { AnyDB } from '../dialect.js';

/**
 * Sales figures count the units kept (`quantity - refunded_quantity`, since
 * partial refunds), still from the index alone: the lines' reporting index
 * gains `refunded_quantity`.
 */
export async function up(db: AnyDB): Promise<void> {
  await db.schema.dropIndex('order_items_order_product').execute();
  await db.schema
    .createIndex('order_items_order_product')
    .on('order_items')
    .columns(['order_id', 'product_id', 'quantity', 'refunded_quantity', 'unit_price'])
    .execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropIndex('order_items_order_product').execute();
  await db.schema
    .createIndex('order_items_order_product')
    .on('order_items')
    .columns(['order_id', 'product_id', 'quantity', 'unit_price'])
    .execute();
}
