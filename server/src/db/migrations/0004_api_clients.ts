import { sql } from 'kysely';
import { type AnyDB, columnTypes } from '../dialect.js';

/** API clients: the frontends and services that call the API, and their hourly usage. */
export async function up(db: AnyDB): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('api_clients')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) =>
      c.notNull().check(sql`type in ('web', 'admin', 'mobile', 'server', 'pos')`),
    )
    // sha256 of the key (keys are 32 random bytes, so a fast hash is enough); never the key.
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('key_prefix', 'text', (c) => c.notNull())
    .addColumn('rate_limit', 'integer', (c) => c.notNull().check(sql`rate_limit > 0`))
    .addColumn('allowed_origins', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('is_active', t.boolean, (c) => c.notNull().defaultTo(true))
    .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_used_at', t.timestamp)
    .addColumn('revoked_at', t.timestamp)
    .execute();
  await db.schema.createIndex('api_clients_created_at').on('api_clients').column('created_at').execute();

  await db.schema
    .createTable('api_client_usage')
    .addColumn('api_client_id', t.id, (c) => c.notNull().references('api_clients.id').onDelete('cascade'))
    .addColumn('hour', t.timestamp, (c) => c.notNull())
    .addColumn('requests', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('status_2xx', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('status_3xx', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('status_4xx', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('status_5xx', t.bigint, (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('api_client_usage_pkey', ['api_client_id', 'hour'])
    .execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropTable('api_client_usage').execute();
  await db.schema.dropTable('api_clients').execute();
}
