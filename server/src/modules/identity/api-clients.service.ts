/**
 * API clients: the frontends and services that call the API with
 * `X-Client-ID` + `X-API-Key`. A key is shown once, when it is made; only its
 * sha256 is stored (keys are 32 random bytes, so a fast hash is the right one).
 * Every change is written to the audit log in the same transaction, and
 * announced with the `api_client.changed` event, so every instance's client
 * cache forgets the old state once it commits.
 *
 * Public clients (the web app's areas, made by migration 0020) have no key:
 * they cannot get one, and the web app's cannot be revoked (only deactivated).
 * The areas an admin needs to switch one on again (`account`, where everyone
 * signs in, and `admin`) cannot be deactivated either: the storefront and the
 * POS can, and come back from the admin pages.
 */
import { createHash, randomBytes } from 'node:crypto';
import { isUniqueViolation } from '../../db/dialect.js';
import type { ApiClientType, WebArea } from '../../db/schema.js';
import type { ApiClientStore, UsageCounts, UsageDelta } from '../../platform/api-clients.js';
import { type Origin, recordAudit } from '../../platform/audit.js';
import type { AuthUser } from '../../platform/auth.js';
import { AppError, type FieldErrors } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events.js';
import { newId, nowIso } from '../../platform/ids.js';
import { type Page, type PageRequest, paginate } from '../../platform/pagination.js';
import { type Executor, type Trx, transaction } from '../../platform/transaction.js';
import * as clients from './api-clients.repository.js';
import { IdentityErrors } from './identity.errors.js';

export type { ApiClientType, WebArea };
export const API_CLIENT_TYPES: readonly ApiClientType[] = ['web', 'admin', 'mobile', 'server', 'pos'];
export const DEFAULT_RATE_LIMIT = 1000;
/** The web app's areas that stay active: signing in, and the admin pages that switch the others on. */
export const INDISPENSABLE_WEB_AREAS: readonly WebArea[] = ['account', 'admin'];
export const MAX_RATE_LIMIT = 1_000_000;
export const MAX_ALLOWED_ORIGINS = 50;
/** Days of usage a report covers when no `since` is given. */
export const DEFAULT_USAGE_DAYS = 7;

export interface ApiClientDto {
  id: string;
  client_id: string;
  name: string;
  type: ApiClientType;
  /** The key's first characters, to tell keys apart (`sk_AbC12d3…`). */
  key_prefix: string;
  rate_limit: number;
  allowed_origins: string[];
  is_active: boolean;
  /** No key; accepted only from its allowed origins and the web app's own. */
  is_public: boolean;
  /** The bundled web app's area this public client is, or null. */
  web_area: WebArea | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** A client with its key in clear: returned by create and rotate only, and never again. */
export interface ApiClientWithKey extends ApiClientDto {
  api_key: string;
}

export interface NewApiClient {
  name: string;
  type: ApiClientType;
  /** Requests per minute (default 1000). */
  rate_limit?: number | undefined;
  allowed_origins?: string[] | undefined;
  created_by?: string | null | undefined;
}

export interface ApiClientPatch {
  name?: string | undefined;
  rate_limit?: number | undefined;
  allowed_origins?: string[] | undefined;
  is_active?: boolean | undefined;
}

/** Who made a change and from where, for the audit log. */
export interface ChangedBy {
  actor: Pick<AuthUser, 'id' | 'email'> | null;
  origin?: Origin | undefined;
  /** `cli`, `seed`...: how a change without a request was made. */
  via?: string | undefined;
}

const SYSTEM: ChangedBy = { actor: null };

/** What the changing use cases need: the database, and the bus that tells every instance. */
export interface ApiClientDeps {
  db: Executor;
  events: EventBus;
}

// ---- keys --------------------------------------------------------------------

export const API_KEY_PREFIX = 'sk_';
const KEY_PREFIX_LENGTH = 10;

/** `sk_` + 32 random bytes, base64url. */
export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString('base64url');
}

/** sha256 hex of a key: what the database holds. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** The public id: `cl_` + 20 hex characters. */
export function generateClientId(): string {
  return `cl_${randomBytes(10).toString('hex')}`;
}

// ---- change notices -------------------------------------------------------------

/** Tells every instance's API-client check, once `trx` commits, to forget what it cached of the client. */
function announce(events: EventBus, trx: Trx, clientId: string): Promise<void> {
  return events.emit(trx, 'api_client.changed', { clientId });
}

// ---- validation ----------------------------------------------------------------

function normalizeOrigin(raw: string): string | undefined {
  const value = raw.trim().replace(/\/+$/, '');
  try {
    const url = new URL(value);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== value) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

function checkFields(input: ApiClientPatch & { type?: string }, errors: FieldErrors): ApiClientPatch {
  const out: ApiClientPatch = {};
  if (input.name !== undefined) {
    const name = input.name.trim();
    if (!name) errors.name = ['This field may not be blank.'];
    else if (name.length > 100) errors.name = ['Ensure this field has no more than 100 characters.'];
    out.name = name;
  }
  if (input.type !== undefined && !API_CLIENT_TYPES.includes(input.type as ApiClientType)) {
    errors.type = [`Must be one of: ${API_CLIENT_TYPES.join(', ')}.`];
  }
  if (input.rate_limit !== undefined) {
    if (!Number.isInteger(input.rate_limit) || input.rate_limit < 1 || input.rate_limit > MAX_RATE_LIMIT) {
      errors.rate_limit = [`Must be a whole number of requests per minute from 1 to ${MAX_RATE_LIMIT}.`];
    }
    out.rate_limit = input.rate_limit;
  }
  if (input.allowed_origins !== undefined) {
    const origins: string[] = [];
    const bad: string[] = [];
    for (const raw of input.allowed_origins) {
      const origin = normalizeOrigin(raw);
      if (origin) {
        if (!origins.includes(origin)) origins.push(origin);
      } else bad.push(raw);
    }
    if (bad.length) {
      errors.allowed_origins = [
        `Not an origin like https://app.example.com: ${bad.map((b) => JSON.stringify(b)).join(', ')}.`,
      ];
    } else if (origins.length > MAX_ALLOWED_ORIGINS) {
      errors.allowed_origins = [`Ensure this list has no more than ${MAX_ALLOWED_ORIGINS} items.`];
    }
    out.allowed_origins = origins;
  }
  if (input.is_active !== undefined) out.is_active = input.is_active;
  return out;
}

function throwIfInvalid(errors: FieldErrors): void {
  const fields = Object.keys(errors);
  if (fields.length) throw AppError.badRequest(`Invalid input: check ${fields.join(', ')}.`, errors);
}

// ---- DTOs and lookups ----------------------------------------------------------

function parseOrigins(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function toApiClientDto(row: clients.ApiClientRow): ApiClientDto {
  return {
    id: row.id,
    client_id: row.client_id,
    name: row.name,
    type: row.type,
    key_prefix: row.key_prefix,
    rate_limit: row.rate_limit,
    allowed_origins: parseOrigins(row.allowed_origins),
    is_active: row.is_active,
    is_public: row.is_public,
    web_area: row.web_area,
    created_by: row.created_by,
    created_at: row.created_at,
    updated_at: row.updated_at,
    last_used_at: row.last_used_at,
    revoked_at: row.revoked_at,
  };
}

const notFound = IdentityErrors.apiClientNotFound;
const revokedError = IdentityErrors.apiClientRevoked;

/** By id (UUID) or by public `client_id`. */
export async function findApiClient(
  db: Executor,
  idOrClientId: string,
): Promise<clients.ApiClientRow | undefined> {
  return (await clients.findById(db, idOrClientId)) ?? (await clients.findByClientId(db, idOrClientId));
}

async function getRowOrThrow(db: Executor, idOrClientId: string): Promise<clients.ApiClientRow> {
  const row = await findApiClient(db, idOrClientId);
  if (!row) throw notFound();
  return row;
}

export async function getApiClientOrThrow(db: Executor, idOrClientId: string): Promise<ApiClientDto> {
  return toApiClientDto(await getRowOrThrow(db, idOrClientId));
}

export function listApiClients(
  db: Executor,
  page: PageRequest,
  filter: clients.ListFilter = {},
): Promise<Page<ApiClientDto>> {
  return paginate(page, clients.listQuery(db, filter), (q) =>
    q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc'),
  ).then((p) => ({ ...p, results: p.results.map(toApiClientDto) }));
}

/** Runs `work` in the caller's transaction, or in a new one. */
function inTransaction<T>(db: Executor, work: (trx: Trx) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Trx) : transaction(db, work);
}

// ---- use cases ---------------------------------------------------------------

export async function createApiClient(
  db: Executor,
  input: NewApiClient,
  by: ChangedBy = SYSTEM,
): Promise<ApiClientWithKey> {
  const errors: FieldErrors = {};
  const fields = checkFields(
    {
      name: input.name ?? '',
      type: input.type,
      rate_limit: input.rate_limit ?? DEFAULT_RATE_LIMIT,
      allowed_origins: input.allowed_origins ?? [],
    },
    errors,
  );
  throwIfInvalid(errors);

  const apiKey = generateApiKey();
  const now = nowIso();
  const row: clients.ApiClientRow = {
    id: newId(),
    client_id: generateClientId(),
    name: fields.name ?? '',
    type: input.type,
    key_hash: hashApiKey(apiKey),
    key_prefix: apiKey.slice(0, KEY_PREFIX_LENGTH),
    rate_limit: fields.rate_limit ?? DEFAULT_RATE_LIMIT,
    allowed_origins: JSON.stringify(fields.allowed_origins ?? []),
    is_active: true,
    is_public: false,
    web_area: null,
    created_by: input.created_by ?? by.actor?.id ?? null,
    created_at: now,
    updated_at: now,
    last_used_at: null,
    revoked_at: null,
  };
  await inTransaction(db, async (trx) => {
    try {
      await clients.insert(trx, row);
    } catch (err) {
      // 80 random bits in the id, 256 in the key: a collision is a bug, not bad luck.
      if (isUniqueViolation(err)) throw new Error('API client id or key collided; try again.');
      throw err;
    }
    await recordAudit(trx, {
      action: 'api_client.created',
      actor: by.actor,
      target: { type: 'api_client', id: row.id },
      ...(by.origin ? { origin: by.origin } : {}),
      details: {
        client_id: row.client_id,
        name: row.name,
        type: row.type,
        rate_limit: row.rate_limit,
        key_prefix: row.key_prefix,
        ...(by.via ? { via: by.via } : {}),
      },
    });
  });
  return { ...toApiClientDto(row), api_key: apiKey };
}

export async function updateApiClient(
  { db, events }: ApiClientDeps,
  idOrClientId: string,
  patch: ApiClientPatch,
  by: ChangedBy = SYSTEM,
): Promise<ApiClientDto> {
  const errors: FieldErrors = {};
  const fields = checkFields(patch, errors);
  throwIfInvalid(errors);

  return inTransaction(db, async (trx) => {
    const row = await getRowOrThrow(trx, idOrClientId);
    if (row.revoked_at) throw revokedError();
    const changes: clients.ApiClientChanges = {};
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    const current = toApiClientDto(row);
    if (fields.name !== undefined && fields.name !== row.name) {
      changes.name = fields.name;
      changed.name = { from: row.name, to: fields.name };
    }
    if (fields.rate_limit !== undefined && fields.rate_limit !== row.rate_limit) {
      changes.rate_limit = fields.rate_limit;
      changed.rate_limit = { from: row.rate_limit, to: fields.rate_limit };
    }
    if (
      fields.allowed_origins !== undefined &&
      JSON.stringify(fields.allowed_origins) !== JSON.stringify(current.allowed_origins)
    ) {
      changes.allowed_origins = JSON.stringify(fields.allowed_origins);
      changed.allowed_origins = { from: current.allowed_origins, to: fields.allowed_origins };
    }
    if (fields.is_active !== undefined && fields.is_active !== row.is_active) {
      if (!fields.is_active && row.web_area !== null && INDISPENSABLE_WEB_AREAS.includes(row.web_area)) {
        throw IdentityErrors.webAppClientNeeded();
      }
      changes.is_active = fields.is_active;
      changed.is_active = { from: row.is_active, to: fields.is_active };
    }
    if (Object.keys(changes).length === 0) return current;

    const now = nowIso();
    // Guarded: a revoke that committed since the read wins.
    if ((await clients.updateUnrevoked(trx, row.id, changes, now)) === 0) throw revokedError();
    await recordAudit(trx, {
      action: 'api_client.updated',
      actor: by.actor,
      target: { type: 'api_client', id: row.id },
      ...(by.origin ? { origin: by.origin } : {}),
      details: { client_id: row.client_id, changes: changed, ...(by.via ? { via: by.via } : {}) },
    });
    await announce(events, trx, row.client_id);
    return toApiClientDto({ ...row, ...changes, updated_at: now });
  });
}

/** A new key for the client; the old one stops working at once. */
export async function rotateApiClientKey(
  { db, events }: ApiClientDeps,
  idOrClientId: string,
  by: ChangedBy = SYSTEM,
): Promise<ApiClientWithKey> {
  return inTransaction(db, async (trx) => {
    const row = await getRowOrThrow(trx, idOrClientId);
    if (row.revoked_at) throw revokedError();
    if (row.is_public) throw IdentityErrors.apiClientPublic();
    const apiKey = generateApiKey();
    const changes = { key_hash: hashApiKey(apiKey), key_prefix: apiKey.slice(0, KEY_PREFIX_LENGTH) };
    const now = nowIso();
    if ((await clients.updateUnrevoked(trx, row.id, changes, now)) === 0) throw revokedError();
    await recordAudit(trx, {
      action: 'api_client.key_rotated',
      actor: by.actor,
      target: { type: 'api_client', id: row.id },
      ...(by.origin ? { origin: by.origin } : {}),
      details: {
        client_id: row.client_id,
        old_key_prefix: row.key_prefix,
        key_prefix: changes.key_prefix,
        ...(by.via ? { via: by.via } : {}),
      },
    });
    await announce(events, trx, row.client_id);
    return { ...toApiClientDto({ ...row, ...changes, updated_at: now }), api_key: apiKey };
  });
}

/** Revokes for good (a revoked client is kept for its usage history). Revoking twice changes nothing. */
export async function revokeApiClient(
  { db, events }: ApiClientDeps,
  idOrClientId: string,
  by: ChangedBy = SYSTEM,
): Promise<ApiClientDto> {
  return inTransaction(db, async (trx) => {
    const row = await getRowOrThrow(trx, idOrClientId);
    if (row.revoked_at) return toApiClientDto(row);
    // The bundled web app needs its areas' clients; an admin can still switch one off.
    if (row.web_area !== null) throw IdentityErrors.webAppClient();
    const now = nowIso();
    const changes = { is_active: false, revoked_at: now };
    if ((await clients.updateUnrevoked(trx, row.id, changes, now)) === 0) {
      return toApiClientDto(await getRowOrThrow(trx, row.id));
    }
    await recordAudit(trx, {
      action: 'api_client.revoked',
      actor: by.actor,
      target: { type: 'api_client', id: row.id },
      ...(by.origin ? { origin: by.origin } : {}),
      details: { client_id: row.client_id, name: row.name, ...(by.via ? { via: by.via } : {}) },
    });
    await announce(events, trx, row.client_id);
    return toApiClientDto({ ...row, ...changes, updated_at: now });
  });
}

// ---- usage -------------------------------------------------------------------

export interface ApiClientUsageReport {
  client_id: string;
  /** Start of the first hour covered. */
  since: string;
  total_requests: number;
  by_hour: Array<UsageCounts & { hour: string }>;
  by_day: Array<UsageCounts & { day: string }>;
}

const HOUR_MS = 60 * 60 * 1000;

/** Requests per hour and per day (UTC) by status class, from `since` (default: the last 7 days). */
export async function getApiClientUsage(
  db: Executor,
  idOrClientId: string,
  since?: Date,
  now: Date = new Date(),
): Promise<ApiClientUsageReport> {
  const row = await getRowOrThrow(db, idOrClientId);
  const from = since ?? new Date(now.getTime() - DEFAULT_USAGE_DAYS * 24 * HOUR_MS);
  if (Number.isNaN(from.getTime())) {
    throw AppError.badRequest('Invalid input: check since.', {
      since: ['Datetime has wrong format. Use ISO 8601.'],
    });
  }
  const start = nowIso(new Date(from.getTime() - (((from.getTime() % HOUR_MS) + HOUR_MS) % HOUR_MS)));
  const rows = await clients.usageSince(db, row.id, start);

  const byHour: ApiClientUsageReport['by_hour'] = [];
  const byDay: ApiClientUsageReport['by_day'] = [];
  let total = 0;
  for (const r of rows) {
    const counts: UsageCounts = {
      requests: Number(r.requests),
      status_2xx: Number(r.status_2xx),
      status_3xx: Number(r.status_3xx),
      status_4xx: Number(r.status_4xx),
      status_5xx: Number(r.status_5xx),
    };
    const hour = nowIso(new Date(r.hour));
    byHour.push({ hour, ...counts });
    total += counts.requests;
    const day = hour.slice(0, 10);
    const last = byDay[byDay.length - 1];
    if (last && last.day === day) {
      last.requests += counts.requests;
      last.status_2xx += counts.status_2xx;
      last.status_3xx += counts.status_3xx;
      last.status_4xx += counts.status_4xx;
      last.status_5xx += counts.status_5xx;
    } else {
      byDay.push({ day, ...counts });
    }
  }
  return { client_id: row.client_id, since: start, total_requests: total, by_hour: byHour, by_day: byDay };
}

/**
 * Adds counted requests to the usage table (one upsert per client and hour) and
 * moves `last_used_at` forward, in one transaction.
 */
async function saveUsage(
  db: Executor,
  deltas: readonly UsageDelta[],
  lastUsed: ReadonlyMap<string, string>,
): Promise<void> {
  if (deltas.length === 0 && lastUsed.size === 0) return;
  await inTransaction(db, async (trx) => {
    for (const delta of deltas) await clients.addUsage(trx, delta);
    for (const [id, at] of lastUsed) await clients.touchLastUsed(trx, id, at);
  });
}

/** What the API-client check on every request reads and writes (see platform/api-clients.ts). */
export function apiClientStore(db: Executor): ApiClientStore {
  return {
    async findForAuth(clientId) {
      const row = await clients.findByClientId(db, clientId);
      return row && { ...row, allowed_origins: parseOrigins(row.allowed_origins) };
    },
    saveUsage: (deltas, lastUsed) => saveUsage(db, deltas, lastUsed),
    webAreaClients: () => clients.webAreaClients(db),
  };
}

/** `mercato create-api-client --name ... --type ... --rate-limit ...`: the client and its key, shown once. */
export function createApiClientFromCli(
  db: Executor,
  input: { name: string; type: ApiClientType; rateLimit?: number; allowedOrigins?: string[] },
): Promise<ApiClientWithKey> {
  return createApiClient(
    db,
    {
      name: input.name,
      type: input.type,
      rate_limit: input.rateLimit,
      allowed_origins: input.allowedOrigins,
      created_by: null,
    },
    { actor: null, via: 'cli' },
  );
}
