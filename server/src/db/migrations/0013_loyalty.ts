import { sql } from 'kysely';
import { type AnyDB, columnTypes } from '../dialect.js';

/**
 * Loyalty: one account per customer (its `CUST-` code), the
 * append-only points ledger, promotions and their redemptions, and the key
 * that signs the cards' QR payloads.
 */
export async function up(db: AnyDB): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('loyalty_accounts')
    .addColumn('user_id', t.id, (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('customer_code', 'text', (c) => c.notNull().unique())
    .addColumn('balance', 'integer', (c) => c.notNull().defaultTo(0).check(sql`balance >= 0`))
    .addColumn('card_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('loyalty_ledger')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('loyalty_accounts.user_id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('points', 'integer', (c) => c.notNull())
    .addColumn('balance_after', 'integer', (c) => c.notNull())
    .addColumn('shortfall', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('actor_id', t.id)
    .addColumn('source_type', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text')
    .addColumn('source_key', 'text', (c) => c.unique())
    .addColumn('terminal', 'text')
    .addColumn('promotion_id', t.id)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('loyalty_ledger_user_created')
    .on('loyalty_ledger')
    .columns(['user_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('loyalty_promotions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', t.bigint, (c) => c.notNull())
    .addColumn('points_cost', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('starts_at', t.timestamp)
    .addColumn('ends_at', t.timestamp)
    .addColumn('max_redemptions', 'integer')
    .addColumn('per_customer_limit', 'integer')
    .addColumn('redemptions_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_active', t.boolean, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('loyalty_redemptions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('promotion_id', t.id, (c) => c.notNull().references('loyalty_promotions.id'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('loyalty_accounts.user_id').onDelete('cascade'))
    .addColumn('points_spent', 'integer', (c) => c.notNull())
    .addColumn('actor_id', t.id)
    .addColumn('terminal', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('loyalty_redemptions_promotion_user')
    .on('loyalty_redemptions')
    .columns(['promotion_id', 'user_id'])
    .execute();

  // Redemptions per customer and promotion, counted by one guarded upsert (the per-customer limit).
  await db.schema
    .createTable('loyalty_promotion_uses')
    .addColumn('promotion_id', t.id, (c) => c.notNull().references('loyalty_promotions.id'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('loyalty_accounts.user_id').onDelete('cascade'))
    .addColumn('uses', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('loyalty_promotion_uses_pk', ['promotion_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('loyalty_keys')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDB): Promise<void> {
  for (const table of [
    'loyalty_keys',
    'loyalty_promotion_uses',
    'loyalty_redemptions',
    'loyalty_promotions',
    'loyalty_ledger',
    'loyalty_accounts',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
