import { sql } from 'kysely';
import { type AnyDB, columnTypes } from '../dialect.js';
import { createRefreshTokens } from './0003_identity.js';

/**
 * One row per session instead of one per refresh token. A refresh updates its
 * session's row in place (the current token id moves to `previous_token_id`,
 * kept for the grace window of two tabs refreshing at once), so it writes one
 * row of one table and no index entry, and the table no longer grows by a row
 * per refresh. Reuse detection needs no history: every refresh token is signed
 * with its session's id, so a genuine token of a session that is neither the
 * current one nor, within the grace window, the previous one was spent before.
 *
 * Sessions carry over from `refresh_tokens` with their active token; revoked
 * ones are dropped (their access tokens stay refused by `revoked_tokens`).
 */
export async function up(db: AnyDB): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('sessions')
    // The refresh family's id: the `sid` claim of every token of the session.
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'revoked')`))
    // The current pair: refresh token id, access token id, `iat` (seconds) and signing key,
    // everything needed to sign the very same pair again.
    .addColumn('token_id', t.id, (c) => c.notNull())
    .addColumn('access_jti', t.id, (c) => c.notNull())
    .addColumn('issued_at', 'integer', (c) => c.notNull())
    .addColumn('kid', 'text', (c) => c.notNull())
    // When the current refresh token expires; an unused session ends then.
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    // The token the last refresh spent, and when.
    .addColumn('previous_token_id', t.id)
    .addColumn('rotated_at', t.timestamp)
    .addColumn('is_remembered', t.boolean, (c) => c.notNull().defaultTo(false))
    // Where and when the session was signed in.
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user_status').on('sessions').columns(['user_id', 'status']).execute();
  // No index on expires_at: every refresh changes it, and an index entry moved per refresh
  // tripled the pages each one writes (measured); the hourly purge scans the table instead.

  // refresh_tokens.access_jti was text; on PostgreSQL it becomes a uuid.
  const accessJti = t.id === 'uuid' ? sql`cast(access_jti as uuid)` : sql`access_jti`;
  await db
    .insertInto('sessions')
    .columns([
      'id',
      'user_id',
      'status',
      'token_id',
      'access_jti',
      'issued_at',
      'kid',
      'expires_at',
      'is_remembered',
      'created_at',
      'ip',
      'user_agent',
    ])
    .expression(
      db
        .selectFrom('refresh_tokens as r')
        .select([
          'r.family_id',
          'r.user_id',
          sql.lit('active').as('status'),
          'r.id',
          accessJti.as('access_jti'),
          'r.issued_at',
          'r.kid',
          'r.expires_at',
          'r.is_remembered',
          // The session began when its family's first token was issued.
          (eb) =>
            eb
              .selectFrom('refresh_tokens as f')
              .select((f) => f.fn.min('f.created_at').as('created_at'))
              .whereRef('f.family_id', '=', 'r.family_id')
              .as('created_at'),
          'r.ip',
          'r.user_agent',
        ])
        .where('r.status', '=', 'active'),
    )
    .execute();
  await db.schema.dropTable('refresh_tokens').execute();
}

export async function down(db: AnyDB): Promise<void> {
  await createRefreshTokens(db);
  await db
    .insertInto('refresh_tokens')
    .columns([
      'id',
      'family_id',
      'user_id',
      'status',
      'issued_at',
      'expires_at',
      'access_jti',
      'kid',
      'is_remembered',
      'created_at',
      'ip',
      'user_agent',
    ])
    .expression(
      db
        .selectFrom('sessions')
        .select([
          'token_id',
          'id',
          'user_id',
          'status',
          'issued_at',
          'expires_at',
          sql`cast(access_jti as text)`.as('access_jti'),
          'kid',
          'is_remembered',
          'created_at',
          'ip',
          'user_agent',
        ]),
    )
    .execute();
  await db.schema.dropTable('sessions').execute();
}
