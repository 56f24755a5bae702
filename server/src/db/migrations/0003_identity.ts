import { sql } from 'kysely';
import { type AnyDB, columnTypes } from '../dialect.js';

/** Identity: signing keys, refresh-token families, one-time tokens, revoked access tokens, the audit log. */
export async function up(db: AnyDB): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('signing_keys')
    .addColumn('kid', 'text', (c) => c.primaryKey())
    .addColumn('algorithm', 'text', (c) => c.notNull())
    .addColumn('public_jwk', 'text', (c) => c.notNull())
    .addColumn('private_jwk', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    // Set when a newer key takes over: it then only verifies, until its last token has expired.
    .addColumn('retired_at', t.timestamp)
    .execute();

  await createRefreshTokens(db);

  // Access tokens refused before they expire: one token (`jti:<id>`, logout) or a whole session (`fam:<id>`).
  await db.schema
    .createTable('revoked_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('revoked_tokens_expires_at')
    .on('revoked_tokens')
    .column('expires_at')
    .execute();

  await db.schema
    .createTable('one_time_tokens')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) =>
      c.notNull().check(sql`purpose in ('verify_email', 'password_reset')`),
    )
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    // The email address the token was sent to: a verification is void once the address changed.
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('used_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('one_time_tokens_user')
    .on('one_time_tokens')
    .columns(['user_id', 'purpose'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor_id', t.id)
    .addColumn('actor_email', 'text')
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_created_at').on('audit_log').column('created_at').execute();
  await db.schema
    .createIndex('audit_log_actor')
    .on('audit_log')
    .columns(['actor_id', 'created_at'])
    .execute();
  await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'created_at']).execute();
}

/** Refresh tokens, a row each (replaced by one row per session in 0008_sessions, whose `down` makes it again). */
export async function createRefreshTokens(db: AnyDB): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('refresh_tokens')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('family_id', t.id, (c) => c.notNull())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'spent', 'revoked')`))
    .addColumn('issued_at', 'integer', (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('access_jti', 'text', (c) => c.notNull())
    .addColumn('kid', 'text', (c) => c.notNull())
    .addColumn('is_remembered', t.boolean, (c) => c.notNull().defaultTo(false))
    .addColumn('replaced_by', t.id)
    .addColumn('spent_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('refresh_tokens_family').on('refresh_tokens').column('family_id').execute();
  await db.schema
    .createIndex('refresh_tokens_user_status')
    .on('refresh_tokens')
    .columns(['user_id', 'status'])
    .execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  await db.schema.dropTable('one_time_tokens').execute();
  await db.schema.dropTable('revoked_tokens').execute();
  await db.schema.dropTable('refresh_tokens').execute();
  await db.schema.dropTable('signing_keys').execute();
}
