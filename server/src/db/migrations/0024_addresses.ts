import { sql } from 'kysely';
import { type AnyDB, columnTypes } from '../dialect.js';

/**
 * Customers' saved shipping addresses (the shop's: checkout is what uses them;
 * an order keeps its own snapshot, so editing or deleting an address never
 * changes an order). At most one default per customer, held by a partial
 * unique index; the shop writes a customer's addresses under that customer's
 * cart lock, so the cap and the default are decided one writer at a time.
 *
 * And vendors' orders: order lines by `(product_id, order_id)`, so the orders
 * holding a vendor's products are found from the vendor's products (their index
 * on `vendor_id`) without reading every line.
 */
export async function up(db: AnyDB): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('shipping_addresses')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('line1', 'text', (c) => c.notNull())
    .addColumn('line2', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('postal_code', 'text', (c) => c.notNull())
    // ISO 3166-1 alpha-2.
    .addColumn('country', 'text', (c) => c.notNull())
    // E.164, or empty.
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_default', t.boolean, (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('shipping_addresses_user')
    .on('shipping_addresses')
    .columns(['user_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('shipping_addresses_one_default')
    .on('shipping_addresses')
    .column('user_id')
    .unique()
    .where(sql.ref('is_default'), '=', sql.lit(true))
    .execute();
  await db.schema
    .createIndex('order_items_product_order')
    .on('order_items')
    .columns(['product_id', 'order_id'])
    .execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropIndex('order_items_product_order').execute();
  await db.schema.dropTable('shipping_addresses').execute();
}
