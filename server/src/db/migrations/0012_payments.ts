import { sql } from 'kysely';
import { type AnyDB, columnTypes } from '../dialect.js';

/**
 * Payments become their own module, used by the shop and, next, by billing:
 * intents and payments say what they pay for (`purpose`, such as `order`, and
 * a `reference` inside it), and an intent expires. Rows from before are the
 * shop's: purpose `order`, and a payment's reference is its order.
 */
export async function up(db: AnyDB): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .alterTable('payment_intents')
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo('order'))
    .execute();
  await db.schema.alterTable('payment_intents').addColumn('reference', 'text').execute();
  // Null for intents made before: they never expire.
  await db.schema.alterTable('payment_intents').addColumn('expires_at', t.timestamp).execute();

  await db.schema
    .alterTable('payments')
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo('order'))
    .execute();
  await db.schema.alterTable('payments').addColumn('reference', 'text').execute();
  await sql`update payments set reference = cast(order_id as text)`.execute(db);
  await db.schema
    .createIndex('payments_purpose_reference')
    .on('payments')
    .columns(['purpose', 'reference'])
    .execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropIndex('payments_purpose_reference').execute();
  for (const column of ['purpose', 'reference']) {
    await db.schema.alterTable('payments').dropColumn(column).execute();
  }
  for (const column of ['purpose', 'reference', 'expires_at']) {
    await db.schema.alterTable('payment_intents').dropColumn(column).execute();
  }
}
