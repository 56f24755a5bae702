import { sql } from 'kysely';
import { type AnyDB, columnTypes } from '../dialect.js';

/**
 * The shop: carts, wishlists, payment intents, orders with item
 * snapshots, payments and the Stripe events already applied.
 *
 * Two constraints carry the checkout's guarantees: `orders.payment_intent_id` is
 * unique (a webhook and the checkout call racing for one intent make one order),
 * and `webhook_events.id` is the provider's event id (each event applied once).
 */
export async function up(db: AnyDB): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('carts')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().unique().references('users.id').onDelete('cascade'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('cart_items')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('cart_id', t.id, (c) => c.notNull().references('carts.id').onDelete('cascade'))
    .addColumn('size_id', t.id, (c) => c.notNull().references('product_sizes.id').onDelete('cascade'))
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity > 0`))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('cart_items_cart_size', ['cart_id', 'size_id'])
    .execute();

  await db.schema
    .createTable('wishlist_items')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('product_id', t.id, (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('wishlist_items_user_product', ['user_id', 'product_id'])
    .execute();

  // What the customer is asked to pay for: the cart's lines and prices when the intent was made.
  await db.schema
    .createTable('payment_intents')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('provider', 'text', (c) => c.notNull())
    // The provider's id (`pi_...`), the `payment_intent_id` clients see.
    .addColumn('provider_ref', 'text', (c) => c.notNull())
    .addColumn('amount', t.bigint, (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(sql`status in ('requires_payment_method', 'processing', 'succeeded', 'voided', 'canceled')`),
    )
    // JSON: [{size_id, quantity, unit_price}].
    .addColumn('lines', 'text', (c) => c.notNull())
    // JSON object or null.
    .addColumn('shipping_address', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('payment_intents_provider_ref', ['provider', 'provider_ref'])
    .execute();
  await db.schema
    .createIndex('payment_intents_user')
    .on('payment_intents')
    .columns(['user_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('orders')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('order_number', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('restrict'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`status in ('pending', 'paid', 'processing', 'shipped', 'delivered', 'cancelled', 'refunded')`,
        ),
    )
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('subtotal', t.bigint, (c) => c.notNull())
    .addColumn('total', t.bigint, (c) => c.notNull())
    // JSON object.
    .addColumn('shipping_address', 'text', (c) => c.notNull())
    .addColumn('payment_intent_id', t.id, (c) => c.unique().references('payment_intents.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('paid_at', t.timestamp)
    .addColumn('cancelled_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('orders_user_created')
    .on('orders')
    .columns(['user_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('orders_status_created')
    .on('orders')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema.createIndex('orders_created').on('orders').column('created_at').execute();

  // Snapshots: what was bought, at what price, whatever the catalogue says later.
  await db.schema
    .createTable('order_items')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('order_id', t.id, (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('product_id', t.id, (c) => c.references('products.id').onDelete('set null'))
    // Kept for restocking a cancelled order.
    .addColumn('size_id', t.id, (c) => c.references('product_sizes.id').onDelete('set null'))
    .addColumn('product_name', 'text', (c) => c.notNull())
    .addColumn('product_slug', 'text', (c) => c.notNull())
    .addColumn('variant_color', 'text', (c) => c.notNull())
    .addColumn('size', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('unit_price', t.bigint, (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity > 0`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('order_items_order')
    .on('order_items')
    .columns(['order_id', 'position'])
    .execute();

  await db.schema
    .createTable('payments')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('order_id', t.id, (c) => c.notNull().unique().references('orders.id').onDelete('cascade'))
    .addColumn('payment_intent_id', t.id, (c) => c.references('payment_intents.id'))
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('provider_ref', 'text', (c) => c.notNull())
    // What the customer chose with the manual provider (a test token, `cash`, `bank_transfer`...).
    .addColumn('method', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('amount', t.bigint, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(sql`status in ('pending', 'succeeded', 'refund_pending', 'refunded', 'failed', 'canceled')`),
    )
    .addColumn('refunded_amount', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('refund_ref', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  // Provider events already applied: the id is the provider's event id.
  await db.schema
    .createTable('webhook_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('processed_at', t.timestamp, (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDB): Promise<void> {
  for (const table of [
    'webhook_events',
    'payments',
    'order_items',
    'orders',
    'payment_intents',
    'wishlist_items',
    'cart_items',
    'carts',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
