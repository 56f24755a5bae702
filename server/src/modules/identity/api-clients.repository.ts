import type { ApiClientsTable, ApiClientType, ApiClientUsageTable, WebArea } from '../../db/schema.js';
import { isUuid } from '../../platform/ids.js';
import type { Executor } from '../../platform/transaction.js';

export type ApiClientRow = ApiClientsTable;
export type ApiClientUsageRow = ApiClientUsageTable;

export function findById(db: Executor, id: string): Promise<ApiClientRow | undefined> {
  if (!isUuid(id)) return Promise.resolve(undefined);
  return db.selectFrom('api_clients').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findByClientId(db: Executor, clientId: string): Promise<ApiClientRow | undefined> {
  return db.selectFrom('api_clients').selectAll().where('client_id', '=', clientId).executeTakeFirst();
}

/** The bundled web app's area clients (public), area → `client_id`. */
export async function webAreaClients(db: Executor): Promise<Array<{ area: WebArea; client_id: string }>> {
  const rows = await db
    .selectFrom('api_clients')
    .select(['web_area', 'client_id'])
    .where('web_area', 'is not', null)
    .orderBy('web_area')
    .execute();
  return rows.flatMap((r) => (r.web_area ? [{ area: r.web_area, client_id: r.client_id }] : []));
}

export async function insert(db: Executor, row: ApiClientRow): Promise<void> {
  await db.insertInto('api_clients').values(row).execute();
}

export interface ListFilter {
  type?: ApiClientType | undefined;
  is_active?: boolean | undefined;
}

/** The filtered query (no selection or order), for `paginate`. */
export function listQuery(db: Executor, filter: ListFilter) {
  let q = db.selectFrom('api_clients');
  if (filter.type) q = q.where('type', '=', filter.type);
  if (filter.is_active !== undefined) q = q.where('is_active', '=', filter.is_active);
  return q;
}

export type ApiClientChanges = Partial<
  Pick<
    ApiClientRow,
    'name' | 'rate_limit' | 'allowed_origins' | 'is_active' | 'key_hash' | 'key_prefix' | 'revoked_at'
  >
>;

/** Updates a client that is not revoked; returns how many rows changed (0: missing or revoked). */
export async function updateUnrevoked(
  db: Executor,
  id: string,
  changes: ApiClientChanges,
  updatedAt: string,
): Promise<number> {
  const result = await db
    .updateTable('api_clients')
    .set({ ...changes, updated_at: updatedAt })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function touchLastUsed(db: Executor, id: string, at: string): Promise<void> {
  await db
    .updateTable('api_clients')
    .set({ last_used_at: at })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', at)]))
    .execute();
}

/** Adds counts to a client's hour, creating the row the first time. */
export async function addUsage(db: Executor, delta: ApiClientUsageRow): Promise<void> {
  await db
    .insertInto('api_client_usage')
    .values(delta)
    .onConflict((oc) =>
      oc.columns(['api_client_id', 'hour']).doUpdateSet((eb) => ({
        requests: eb('api_client_usage.requests', '+', eb.ref('excluded.requests')),
        status_2xx: eb('api_client_usage.status_2xx', '+', eb.ref('excluded.status_2xx')),
        status_3xx: eb('api_client_usage.status_3xx', '+', eb.ref('excluded.status_3xx')),
        status_4xx: eb('api_client_usage.status_4xx', '+', eb.ref('excluded.status_4xx')),
        status_5xx: eb('api_client_usage.status_5xx', '+', eb.ref('excluded.status_5xx')),
      })),
    )
    .execute();
}

export function usageSince(db: Executor, apiClientId: string, since: string): Promise<ApiClientUsageRow[]> {
  return db
    .selectFrom('api_client_usage')
    .selectAll()
    .where('api_client_id', '=', apiClientId)
    .where('hour', '>=', since)
    .orderBy('hour')
    .execute();
}
