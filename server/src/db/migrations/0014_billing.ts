import { sql } from 'kysely';
import { type AnyDB, columnTypes } from '../dialect.js';

/**
 * Subscription billing: internet packages, subscribers (one per
 * user, credentials encrypted by the application) and their ledger. A bill is
 * an unpaid ledger row of kind `bill` ("an unpaid payment record");
 * a payment is a row of kind `payment`, against a bill or on account. One bill
 * per subscriber and period is a partial unique index, which the set-based bill
 * run leans on (`insert … select … on conflict do nothing`).
 */
export async function up(db: AnyDB): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('billing_packages')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('speed_mbps', 'integer', (c) => c.notNull().check(sql`speed_mbps > 0`))
    .addColumn('price', t.bigint, (c) => c.notNull().check(sql`price >= 0`))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('is_active', t.boolean, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('billing_subscribers')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().unique().references('users.id').onDelete('restrict'))
    .addColumn('package_id', t.id, (c) => c.notNull().references('billing_packages.id').onDelete('restrict'))
    .addColumn('connection_type', 'text', (c) =>
      c.notNull().check(sql`connection_type in ('DHCP', 'STATIC', 'PPPoE')`),
    )
    // AES-256-GCM under BILLING_CREDENTIALS_KEY (never stored here); null when none.
    .addColumn('credentials', 'text')
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('ACTIVE', 'DRAFT', 'INACTIVE', 'REMOVED')`),
    )
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('billing_subscribers_package')
    .on('billing_subscribers')
    .columns(['package_id', 'status'])
    .execute();

  await db.schema
    .createTable('billing_payments')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('subscriber_id', t.id, (c) =>
      c.notNull().references('billing_subscribers.id').onDelete('restrict'),
    )
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('bill', 'payment')`))
    // A payment's bill; null for bills and for payments on account.
    .addColumn('bill_id', t.id, (c) => c.references('billing_payments.id').onDelete('restrict'))
    // Bills: what has been paid against them so far; payments: what was paid.
    .addColumn('amount', t.bigint, (c) => c.notNull().check(sql`amount >= 0`))
    .addColumn('bill_amount', t.bigint, (c) => c.notNull().check(sql`bill_amount >= 0`))
    .addColumn('billing_month', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`billing_month in ('JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER')`,
        ),
    )
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('payment_method', 'text')
    .addColumn('is_paid', t.boolean, (c) => c.notNull())
    .addColumn('transaction_id', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('entry_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('deleted_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('billing_bills_period')
    .unique()
    .on('billing_payments')
    .columns(['subscriber_id', 'year', 'billing_month'])
    .where(sql.ref('kind'), '=', 'bill')
    .execute();
  await db.schema
    .createIndex('billing_payments_subscriber')
    .on('billing_payments')
    .columns(['subscriber_id', 'created_at'])
    .execute();
  await db.schema.createIndex('billing_payments_bill').on('billing_payments').column('bill_id').execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropTable('billing_payments').execute();
  await db.schema.dropTable('billing_subscribers').execute();
  await db.schema.dropTable('billing_packages').execute();
}
