import { sql } from 'kysely';
import { type AnyDB, columnTypes } from '../dialect.js';

/** One table for every person; the identity module builds on it. */
export async function up(db: AnyDB): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('users')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('first_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('last_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('user_type', 'text', (c) =>
      c.notNull().check(sql`user_type in ('customer', 'creator', 'vendor', 'staff', 'manager', 'admin')`),
    )
    .addColumn('is_superuser', t.boolean, (c) => c.notNull().defaultTo(false))
    .addColumn('is_active', t.boolean, (c) => c.notNull().defaultTo(true))
    .addColumn('email_verified', t.boolean, (c) => c.notNull().defaultTo(false))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('ACTIVE').check(sql`status in ('ACTIVE', 'DRAFT', 'INACTIVE', 'REMOVED')`),
    )
    .addColumn('gender', 'text', (c) =>
      c.notNull().defaultTo('UNKNOWN').check(sql`gender in ('FEMALE', 'MALE', 'UNKNOWN')`),
    )
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('vendor_status', 'text', (c) =>
      c.check(sql`vendor_status in ('pending', 'approved', 'rejected')`),
    )
    .addColumn('date_joined', t.timestamp, (c) => c.notNull())
    .addColumn('last_login', t.timestamp)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    // Only admins may be superusers, enforced by the database as well as the code.
    .addCheckConstraint(
      'users_superuser_is_admin',
      sql`is_superuser = ${sql.lit(false)} or user_type = 'admin'`,
    )
    .execute();
  await db.schema
    .createIndex('users_username_lower')
    .on('users')
    .unique()
    .expression(sql`lower(username)`)
    .execute();
  await db.schema.createIndex('users_user_type').on('users').column('user_type').execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropTable('users').execute();
}
