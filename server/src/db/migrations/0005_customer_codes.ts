import type { AnyDB } from '../dialect.js';

/**
 * Customer codes (`CUST-00001`): sequential, unique, given to every
 * customer account. Counters live in `sequences` so any module can have its own
 * (order numbers, say).
 */
export async function up(db: AnyDB): Promise<void> {
  await db.schema
    .createTable('sequences')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
  // SQLite cannot add a UNIQUE column: the column, then a unique index.
  await db.schema.alterTable('users').addColumn('customer_code', 'text').execute();
  await db.schema.createIndex('users_customer_code').on('users').column('customer_code').unique().execute();

  // Customers who existed before get their codes in the order they joined.
  const customers = await db
    .selectFrom('users')
    .select('id')
    .where('user_type', '=', 'customer')
    .orderBy('date_joined')
    .orderBy('id')
    .execute();
  let n = 0;
  for (const { id } of customers) {
    n += 1;
    await db
      .updateTable('users')
      .set({ customer_code: `CUST-${String(n).padStart(5, '0')}` })
      .where('id', '=', id)
      .execute();
  }
  if (n > 0) await db.insertInto('sequences').values({ name: 'customer_code', value: n }).execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropIndex('users_customer_code').execute();
  await db.schema.alterTable('users').dropColumn('customer_code').execute();
  await db.schema.dropTable('sequences').execute();
}
