import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../../platform/ids.js';
import { type AnyDB, columnTypes } from '../dialect.js';

/**
 * Public API clients (issue 13): the web app's four areas are clients without a
 * secret, accepted only from their allowed origins (and the app's own), like
 * OAuth public clients, so `REQUIRE_API_CLIENT=true` works with the bundled app.
 *
 * - `api_clients.is_public`: no key is ever accepted for the client;
 * - `api_clients.web_area`: which area of the bundled web app it is (one client each);
 * - each area gets its client: an area client the demo seed registered, whose
 *   key was never used (nobody can depend on it), becomes that area's public
 *   client, keeping its id and usage; otherwise a new one is made. Each change
 *   is written to the audit log.
 */
export const WEB_AREA_CLIENTS = [
  { area: 'storefront', name: 'Mercato storefront', type: 'web' },
  { area: 'account', name: 'Mercato account', type: 'web' },
  { area: 'pos', name: 'Mercato point of sale', type: 'pos' },
  { area: 'admin', name: 'Mercato admin', type: 'admin' },
] as const;

/** Requests per minute from one address through a public client. */
const PUBLIC_RATE_LIMIT = 1200;

export async function up(db: AnyDB): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .alterTable('api_clients')
    .addColumn('is_public', t.boolean, (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.alterTable('api_clients').addColumn('web_area', 'text').execute();
  await db.schema.createIndex('api_clients_web_area').on('api_clients').column('web_area').unique().execute();

  const now = new Date().toISOString();
  for (const { area, name, type } of WEB_AREA_CLIENTS) {
    // A key nobody holds: the column stays unique and not null, and a public client's key is never checked.
    const keyHash = createHash('sha256').update(randomBytes(32)).digest('hex');
    const seeded = await db
      .selectFrom('api_clients')
      .select(['id', 'client_id'])
      .where('name', '=', name)
      .where('type', '=', type)
      .where('created_by', 'is', null)
      .where('revoked_at', 'is', null)
      .where('last_used_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .executeTakeFirst();
    let id: string;
    let clientId: string;
    let action: string;
    if (seeded) {
      ({ id, client_id: clientId } = seeded);
      action = 'api_client.updated';
      await db
        .updateTable('api_clients')
        .set({ is_public: true, web_area: area, key_hash: keyHash, key_prefix: '', updated_at: now })
        .where('id', '=', id)
        .execute();
    } else {
      id = newId();
      clientId = `cl_${randomBytes(10).toString('hex')}`;
      action = 'api_client.created';
      await db
        .insertInto('api_clients')
        .values({
          id,
          client_id: clientId,
          name,
          type,
          key_hash: keyHash,
          key_prefix: '',
          rate_limit: PUBLIC_RATE_LIMIT,
          allowed_origins: '[]',
          is_active: true,
          is_public: true,
          web_area: area,
          created_by: null,
          created_at: now,
          updated_at: now,
          last_used_at: null,
          revoked_at: null,
        })
        .execute();
    }
    await db
      .insertInto('audit_log')
      .values({
        id: newId(),
        action,
        actor_id: null,
        actor_email: null,
        target_type: 'api_client',
        target_id: id,
        ip: null,
        user_agent: null,
        details: JSON.stringify({
          client_id: clientId,
          name,
          web_area: area,
          public: true,
          via: 'migration',
        }),
        created_at: now,
      })
      .execute();
  }
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropIndex('api_clients_web_area').execute();
  await db.schema.alterTable('api_clients').dropColumn('web_area').execute();
  await db.schema.alterTable('api_clients').dropColumn('is_public').execute();
}
