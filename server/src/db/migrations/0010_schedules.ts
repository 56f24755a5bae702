import { type AnyDB, columnTypes } from '../dialect.js';

/**
 * Calendar schedules: when each was first seen (slots before it never run)
 * and the last period queued, which workers move forward with one guarded
 * update, so that any number of them queue each period once.
 */
export async function up(db: AnyDB): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('schedules')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_period', t.timestamp)
    .execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropTable('schedules').execute();
}
