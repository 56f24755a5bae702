import { sql } from 'kysely';
import { type AnyDB, columnTypes } from '../dialect.js';

/**
 * Staff's order handling:
 * - `order_items.refunded_quantity`: units of a line refunded so far, raised
 *   only by a guarded update (`refunded_quantity + n <= quantity`), so no
 *   number of refunds, however concurrent, gives back more than was bought;
 * - `payment_refunds`: each partial refund of a payment (the payments module's),
 *   with its amount and the provider's answer; its id is the provider's
 *   idempotency key;
 * - `order_refunds`: each refund of an order (its lines, amount, restock, reason, who);
 * - `order_events`: the order's timeline where nothing else records it
 *   (status changes with who made them, refunds, mails queued, internal notes,
 *   tracking changes), written in the transaction of the change; `dedupe_key`
 *   makes an event written by a job (a mail) appear once however often it runs;
 * - `order_tracking`: the carrier and tracking number staff set.
 */
export async function up(db: AnyDB): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .alterTable('order_items')
    .addColumn('refunded_quantity', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('payment_refunds')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('payment_id', t.id, (c) => c.notNull().references('payments.id').onDelete('cascade'))
    .addColumn('amount', t.bigint, (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'succeeded', 'failed')`))
    .addColumn('provider_ref', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('payment_refunds_payment')
    .on('payment_refunds')
    .columns(['payment_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('order_refunds')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('order_id', t.id, (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('payment_refund_id', t.id, (c) => c.references('payment_refunds.id').onDelete('set null'))
    .addColumn('amount', t.bigint, (c) => c.notNull())
    // JSON array: [{item_id, quantity, amount}].
    .addColumn('lines', 'text', (c) => c.notNull())
    .addColumn('is_restock', t.boolean, (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('actor_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('order_refunds_order')
    .on('order_refunds')
    .columns(['order_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('order_events')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('order_id', t.id, (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('actor_email', 'text')
    // JSON object: what happened (from/to, amount and lines, the note, the tracking...).
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('is_internal', t.boolean, (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('order_events_order')
    .on('order_events')
    .columns(['order_id', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('order_tracking')
    .addColumn('order_id', t.id, (c) => c.primaryKey().references('orders.id').onDelete('cascade'))
    .addColumn('carrier', 'text', (c) => c.notNull())
    .addColumn('tracking_number', 'text', (c) => c.notNull())
    .addColumn('updated_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropTable('order_tracking').execute();
  await db.schema.dropTable('order_events').execute();
  await db.schema.dropTable('order_refunds').execute();
  await db.schema.dropTable('payment_refunds').execute();
  await db.schema.alterTable('order_items').dropColumn('refunded_quantity').execute();
}
