import { sql } from 'kysely';
import type { AnyDB } from '../dialect.js';

/**
 * A bill run says how many subscribers it skipped because their bill for the
 * month was deleted (a run never re-creates one): a small partial index of the
 * deleted bills by month answers that without reading the month's bills.
 */
export async function up(db: AnyDB): Promise<void> {
  await db.schema
    .createIndex('billing_bills_deleted')
    .on('billing_payments')
    .columns(['year', 'billing_month', 'subscriber_id'])
    .where(sql.ref('kind'), '=', 'bill')
    .where(sql.ref('deleted_at'), 'is not', null)
    .execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropIndex('billing_bills_deleted').execute();
}
