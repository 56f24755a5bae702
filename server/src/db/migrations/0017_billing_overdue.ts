import type { AnyDB } from '../dialect.js';
import { columnTypes } from '../dialect.js';

/**
 * Overdue bills (issue 15): when the subscriber was reminded of an overdue
 * bill. The daily reminder sets it with a guarded update (`where reminded_at is
 * null`) in the transaction that queues the mail, so each bill is reminded once
 * however often the schedule runs. The index serves the unpaid-bill scans;
 * another serves the subscriber list's order (newest first) without a sort.
 */
export async function up(db: AnyDB): Promise<void> {
  const t = columnTypes(db);
  await db.schema.alterTable('billing_payments').addColumn('reminded_at', t.timestamp).execute();
  await db.schema
    .createIndex('billing_payments_unpaid')
    .on('billing_payments')
    .columns(['kind', 'is_paid', 'year'])
    .execute();
  await db.schema
    .createIndex('billing_subscribers_created')
    .on('billing_subscribers')
    .columns(['created_at', 'id'])
    .execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropIndex('billing_subscribers_created').execute();
  await db.schema.dropIndex('billing_payments_unpaid').execute();
  await db.schema.alterTable('billing_payments').dropColumn('reminded_at').execute();
}
