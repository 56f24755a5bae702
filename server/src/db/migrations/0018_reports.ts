import { type AnyDB, columnTypes } from '../dialect.js';

/**
 * The admin dashboard's figures (`/api/admin/reports/...`) read ranges of
 * indexes, never whole tables:
 * - orders by `(created_at, status, total, id)`: a period's orders per day and by
 *   status without reading the rows (it replaces `orders_created`, its prefix);
 * - orders by `(status, created_at, id)` (replacing `(status, created_at)`): the
 *   sold orders of a period and their ids, to join their lines, without the rows;
 * - order lines by `(order_id, product_id, quantity, unit_price)` for the top products;
 * - customers by `(user_type, date_joined)` for new customers per day;
 * - sizes by `stock` for the low-stock SKUs;
 * - declined payments, which left no trace before, in `payment_failures` by time.
 */
export async function up(db: AnyDB): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createIndex('orders_created_status_total')
    .on('orders')
    .columns(['created_at', 'status', 'total', 'id'])
    .execute();
  await db.schema.dropIndex('orders_created').execute();
  await db.schema.dropIndex('orders_status_created').execute();
  await db.schema
    .createIndex('orders_status_created')
    .on('orders')
    .columns(['status', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('order_items_order_product')
    .on('order_items')
    .columns(['order_id', 'product_id', 'quantity', 'unit_price'])
    .execute();
  await db.schema
    .createIndex('users_type_joined')
    .on('users')
    .columns(['user_type', 'date_joined'])
    .execute();
  await db.schema.createIndex('product_sizes_stock').on('product_sizes').column('stock').execute();

  await db.schema
    .createTable('payment_failures')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('intent_id', t.id, (c) => c.references('payment_intents.id').onDelete('set null'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('user_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('amount', t.bigint, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('payment_failures_created')
    .on('payment_failures')
    .column('created_at')
    .execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropTable('payment_failures').execute();
  await db.schema.dropIndex('product_sizes_stock').execute();
  await db.schema.dropIndex('users_type_joined').execute();
  await db.schema.dropIndex('order_items_order_product').execute();
  await db.schema.dropIndex('orders_status_created').execute();
  await db.schema
    .createIndex('orders_status_created')
    .on('orders')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema.createIndex('orders_created').on('orders').column('created_at').execute();
  await db.schema.dropIndex('orders_created_status_total').execute();
}
