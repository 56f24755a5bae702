/**
 * The API-client check on every `/api/` request (the docs under
 * `/api/docs` and `/api/schema` excepted, and routes that declare
 * `config: { apiClient: false }`: webhooks, whose senders (Stripe's servers)
 * never carry a client pair and authenticate with their signature instead):
 *
 * - `X-Client-ID` + `X-API-Key`: a valid pair attributes the request to that
 *   client (`request.apiClient`, its own rate limit and usage figures); a wrong,
 *   unknown, inactive or revoked pair is 401 `INVALID_API_CLIENT`. A client
 *   (of any type) with `allowed_origins` refuses browser requests from other
 *   origins (403 `ORIGIN_NOT_ALLOWED`).
 * - `X-Client-ID` alone, of a **public** client (the web app's areas, like an
 *   OAuth public client: no secret): accepted only from a browser on one of its
 *   allowed origins or the app's own (`PUBLIC_URL`, or the host the request was
 *   sent to). The origin is the `Origin` header, else the `Referer`'s origin
 *   (browsers send no `Origin` on same-origin GETs; the web app sends its
 *   origin as the referrer), else `Sec-Fetch-Site: same-origin`. Another origin is
 *   403 `ORIGIN_NOT_ALLOWED`; no origin at all is 403 too when
 *   `REQUIRE_API_CLIENT` is on, and otherwise an anonymous request. Its rate
 *   limit counts per client and caller address (its id is public: one caller
 *   cannot spend everybody's budget). A key sent with a public client's id, or
 *   the id of a confidential client without its key, is 401 `INVALID_API_CLIENT`.
 * - Neither header: the anonymous budget per IP (`RATE_LIMIT_ANONYMOUS` a
 *   minute), or 401 `API_CLIENT_REQUIRED` when `REQUIRE_API_CLIENT` is on.
 * - Every answer carries `RateLimit-Limit/Remaining/Reset`; over the limit is
 *   429 `RATE_LIMITED` with `Retry-After`. Counters live in Redis when the app
 *   has one, so all instances share them.
 * - Usage is counted in memory per client, hour and status class and written
 *   every `USAGE_FLUSH_INTERVAL_MS` (and on close) with one upsert per client
 *   and hour: no database write per request.
 *
 * Clients are cached for 30 s (a warm cache costs no query); the identity
 * module evicts a changed client (update, rotate, revoke) through its
 * `api_client.changed` event: at once in this process, through Redis in every
 * other one, and every cached client when this instance may have missed events.
 * Unknown ids are remembered apart (5 s, at most 10,000, oldest forgotten
 * first), so asking for random ids can neither empty the cache of real clients
 * nor grow memory. An id this process has never found costs a query only while
 * the caller's address is within its anonymous budget: over it, the request is
 * 429 before any lookup (so is a real client's very first request from such an
 * address; once known, a client is looked up again whatever the address).
 *
 * Where clients are kept is the identity module's business: it hands the gate
 * an `ApiClientStore` (lookup, usage writes, the web app's area clients).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiClientType } from '../db/schema.js';
import { AppError } from './errors.js';
import type { ModuleContext } from './module.js';
import {
  addressBucket,
  type RateLimitDecision,
  RateLimiter,
  rateLimited,
  rateLimitHeaders,
} from './rate-limit.js';
import { sameSecret } from './secrets.js';

/** The client a request came from, once its key checked out. */
export interface ApiClientIdentity {
  readonly id: string;
  readonly client_id: string;
  readonly name: string;
  readonly type: ApiClientType;
  /** Requests per minute. */
  readonly rate_limit: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The API client of the request (`X-Client-ID` + `X-API-Key`), or null. */
    apiClient: ApiClientIdentity | null;
  }
  interface FastifyInstance {
    /** The API-client check: usage flushing and cache control. */
    apiClients: ApiClientGate;
  }
  interface FastifyContextConfig {
    /**
     * `false`: the route is outside the API-client check (no client required, no
     * anonymous per-IP budget). Only for callers that authenticate otherwise,
     * such as a provider's signed webhook.
     */
    apiClient?: boolean;
  }
}

/** A client as the check needs it: who it is, its key's sha256, whether it may call. */
export interface ApiClientRecord {
  id: string;
  client_id: string;
  name: string;
  type: ApiClientType;
  rate_limit: number;
  /** sha256 of the key, hex. */
  key_hash: string;
  is_active: boolean;
  revoked_at: string | null;
  /** Origins its browser requests may come from; empty: any (a public client: only the app's own). */
  allowed_origins: readonly string[];
  /** No key: accepted by its id from its allowed origins (the web app's areas). */
  is_public: boolean;
}

export interface UsageCounts {
  requests: number;
  status_2xx: number;
  status_3xx: number;
  status_4xx: number;
  status_5xx: number;
}

/** Requests of one client in one hour, to add to what is stored. */
export interface UsageDelta extends UsageCounts {
  api_client_id: string;
  /** Start of the hour, ISO-8601 UTC. */
  hour: string;
}

/** The gate's data access, provided by the module that keeps API clients (identity). */
export interface ApiClientStore {
  /** The client with this public `client_id`, active or not. */
  findForAuth(clientId: string): Promise<ApiClientRecord | undefined>;
  /** Adds counted requests (one upsert per client and hour) and moves `last_used_at` forward, together. */
  saveUsage(deltas: readonly UsageDelta[], lastUsed: ReadonlyMap<string, string>): Promise<void>;
  /** The public clients of the bundled web app's areas: area → `client_id`. */
  webAreaClients(): Promise<ReadonlyArray<{ area: string; client_id: string }>>;
}

export const CLIENT_ID_HEADER = 'x-client-id';
export const API_KEY_HEADER = 'x-api-key';
export const RATE_WINDOW_SECONDS = 60;
/** The `<meta>` of the served page that names each area's public client (`data-area`, `content`). */
export const CLIENT_ID_META = 'mercato-client-id';

const HOUR_MS = 60 * 60 * 1000;
/** Real clients kept (only ids found in the store get here). */
const MAX_CACHED = 10_000;
/** Unknown ids remembered as unknown; past it, the oldest is forgotten. */
const MAX_MISSES = 10_000;

interface CachedClient {
  identity: ApiClientIdentity;
  keyHash: Buffer;
  /**
   * The key last presented that matched `keyHash`: the same string again is
   * accepted by a constant-time comparison instead of hashing it on every
   * request. Only in memory, and gone with the cache slot (rotation, revocation).
   */
  accepted?: string;
  /** Active and not revoked. */
  usable: boolean;
  /** A public client: no key, its id only from allowed origins. */
  public: boolean;
  /**
   * For a client with allowed origins: the only origins its browser requests may
   * come from. For a public client, the ones besides the app's own (maybe none).
   */
  origins: ReadonlySet<string> | null;
  /** Its rate-limit counter. */
  rateKey: string;
}

interface CacheSlot {
  client: CachedClient;
  /** Trusted until then; after it (or once evicted) loaded again, but still a known id. */
  expires: number;
}

type HourCounts = UsageCounts;

export interface ApiClientGateOptions {
  /** How long a looked-up client is trusted (default 30 s). */
  cacheTtlMs?: number;
  /** How long an unknown `client_id` is remembered as unknown (default 5 s). */
  missTtlMs?: number;
}

function invalidClient(headers?: Record<string, string>): AppError {
  return new AppError({
    status: 401,
    code: 'INVALID_API_CLIENT',
    detail: 'The X-Client-ID / X-API-Key pair is not valid.',
    ...(headers ? { headers } : {}),
  });
}

function originNotAllowed(detail = 'This API client does not accept requests from this origin.'): AppError {
  return new AppError({ status: 403, code: 'ORIGIN_NOT_ALLOWED', detail });
}

function clientRequired(headers: Record<string, string>): AppError {
  return new AppError({
    status: 401,
    code: 'API_CLIENT_REQUIRED',
    detail: 'This API requires an API client: send the X-Client-ID and X-API-Key headers.',
    headers,
  });
}

const SLASH = 47;
const QUESTION = 63;

/** `path` is `prefix` itself or below it (`/api`, `/api/...`, `/api?...`; not `/apiary`). */
export function isUnder(path: string, prefix: string): boolean {
  if (!path.startsWith(prefix)) return false;
  const next = path.charCodeAt(prefix.length);
  return Number.isNaN(next) || next === SLASH || next === QUESTION;
}

/** `/api/...` except the API docs. */
export function isApiPath(path: string): boolean {
  if (!isUnder(path, '/api')) return false;
  return !isUnder(path, '/api/docs') && !isUnder(path, '/api/schema');
}

/** The path a request is judged by: its URL, or the route it matched when the URL is percent-encoded. */
export function requestPath(request: FastifyRequest): string {
  const url = request.url;
  // The router decodes `%XX` (`/%61pi/...` reaches `/api/...`): judge such URLs by the route they matched.
  return url.includes('%') ? (request.routeOptions.url ?? url) : url;
}

/** `next(value)`, at once for a value, after it for a promise: no promise on the synchronous path. */
function then<T, R>(value: T | Promise<T>, next: (value: T) => R | Promise<R>): R | Promise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}

function keyMatches(client: CachedClient | null, apiKey: string): CachedClient | null {
  if (client === null || !client.usable || client.public) return null;
  if (client.accepted !== undefined && sameSecret(apiKey, client.accepted)) return client;
  const presented = createHash('sha256').update(apiKey).digest();
  if (!timingSafeEqual(presented, client.keyHash)) return null;
  client.accepted = apiKey;
  return client;
}

/**
 * Where a browser request comes from: its `Origin`, else its `Referer`'s origin
 * (same-origin GETs carry no `Origin`), else `own` when the browser says
 * `Sec-Fetch-Site: same-origin`; undefined when nothing tells (not a browser).
 */
export function requestOrigin(request: FastifyRequest, own: string): string | undefined {
  const { origin, referer } = request.headers;
  if (typeof origin === 'string') return origin;
  if (typeof referer === 'string') {
    try {
      return new URL(referer).origin;
    } catch {
      return 'null';
    }
  }
  return request.headers['sec-fetch-site'] === 'same-origin' ? own : undefined;
}

/** The origin the request was sent to, as the browser saw it (behind trusted proxies, their forwarded values). */
function ownOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** Lets the request through, telling it where it stands (`RateLimit-*`), or refuses it with 429. */
function admit(reply: FastifyReply, decision: RateLimitDecision): void {
  if (!decision.allowed) throw rateLimited(decision);
  reply.header('ratelimit-limit', decision.limit);
  reply.header('ratelimit-remaining', decision.remaining);
  reply.header('ratelimit-reset', decision.resetSeconds);
}

export class ApiClientGate {
  readonly limiter: RateLimiter;
  readonly #store: ApiClientStore;
  readonly #cacheTtlMs: number;
  readonly #missTtlMs: number;
  readonly #anonymousLimit: number;
  readonly #required: boolean;
  /** The origin of `PUBLIC_URL`: the bundled web app's, always allowed for public clients. */
  readonly #appOrigin: string;
  #webAreas: Promise<ReadonlyArray<{ area: string; client_id: string }>> | null = null;
  /** Clients found in the store, by `client_id`. */
  readonly #cache = new Map<string, CacheSlot>();
  /** Ids the store did not have, until when that is trusted (insertion order: oldest first). */
  readonly #misses = new Map<string, number>();
  readonly #loading = new Map<string, Promise<CachedClient | null>>();
  /** Bumped by every eviction: a lookup that started before one does not cache what it read. */
  #generation = 0;

  #usage = new Map<string, Map<number, HourCounts>>();
  #lastUsed = new Map<string, number>();
  #flushing: Promise<void> = Promise.resolve();

  constructor(ctx: ModuleContext, store: ApiClientStore, options: ApiClientGateOptions = {}) {
    this.#store = store;
    this.#cacheTtlMs = options.cacheTtlMs ?? 30_000;
    this.#missTtlMs = options.missTtlMs ?? 5_000;
    this.#anonymousLimit = ctx.config.RATE_LIMIT_ANONYMOUS;
    this.#required = ctx.config.REQUIRE_API_CLIENT;
    this.#appOrigin = new URL(ctx.config.PUBLIC_URL).origin;
    this.limiter = new RateLimiter({
      redis: ctx.redis,
      keyPrefix: 'rl:api',
      windowSeconds: RATE_WINDOW_SECONDS,
    });
  }

  // ---- the request check -----------------------------------------------------

  /**
   * The onRequest check for an `/api/` request: throws the 401/403/429 AppErrors.
   * With the client cached and counters in memory (the steady state) it decides
   * at once; a promise is returned only when it has to wait (a client's first
   * request, Redis).
   */
  check(request: FastifyRequest, reply: FastifyReply): void | Promise<void> {
    const headers = request.headers;
    const clientId = headers[CLIENT_ID_HEADER];
    const apiKey = headers[API_KEY_HEADER];
    if (clientId === undefined && apiKey === undefined) return this.#anonymous(request, reply);
    const found =
      apiKey === undefined ? this.#lookup(clientId, request) : this.verify(clientId, apiKey, request);
    return then(found, (client) => {
      if (client === null || (apiKey === undefined && !(client.public && client.usable))) {
        // Not a client: the caller spends its IP's anonymous budget, so guessing costs like anything else.
        return then(this.#hitAnonymous(request), (decision) => {
          if (!decision.allowed) throw rateLimited(decision);
          throw invalidClient(rateLimitHeaders(decision));
        });
      }
      let rateKey = client.rateKey;
      if (client.public) {
        const own = ownOrigin(request);
        const origin = requestOrigin(request, own);
        if (origin === undefined) {
          if (!this.#required) return this.#anonymous(request, reply);
          throw originNotAllowed(
            'A public API client is accepted only from a browser on its allowed origins; this request names no origin.',
          );
        }
        if (origin !== own && origin !== this.#appOrigin && !client.origins?.has(origin)) {
          throw originNotAllowed();
        }
        // Its id is public: each caller address has the client's budget, so one cannot spend everybody's.
        rateKey = `${rateKey}:${addressBucket(request.ip)}`;
      }
      request.apiClient = client.identity;
      request.clientLabel = client.identity.client_id;
      // A confidential client's refused browser request still counts in its usage (a 4xx).
      if (!client.public && client.origins !== null) {
        const origin = headers.origin;
        if (origin !== undefined && !client.origins.has(origin)) throw originNotAllowed();
      }
      return then(this.limiter.hit(rateKey, client.identity.rate_limit), (decision) =>
        admit(reply, decision),
      );
    });
  }

  /** A request without a client: the anonymous budget of its IP, or 401 when a client is required. */
  #anonymous(request: FastifyRequest, reply: FastifyReply): void | Promise<void> {
    return then(this.#hitAnonymous(request), (decision) => {
      if (decision.allowed && this.#required) throw clientRequired(rateLimitHeaders(decision));
      admit(reply, decision);
    });
  }

  /** Counts a request without a (valid) client against its IP's anonymous budget. */
  #hitAnonymous(request: FastifyRequest): RateLimitDecision | Promise<RateLimitDecision> {
    return this.limiter.hit(`ip:${addressBucket(request.ip)}`, this.#anonymousLimit);
  }

  /**
   * The client whose key this is, or null for a wrong, unknown, inactive or
   * revoked pair: at once when the client is cached, else once it is loaded.
   */
  verify(
    clientId: string | string[] | undefined,
    apiKey: string | string[] | undefined,
    request: FastifyRequest,
  ): CachedClient | null | Promise<CachedClient | null> {
    if (typeof apiKey !== 'string' || apiKey.length === 0 || apiKey.length > 200) return null;
    return then(this.#lookup(clientId, request), (client) => keyMatches(client, apiKey));
  }

  /**
   * The client with this id, cached or loaded; null for an unknown or malformed
   * id. An id not known here is looked up only for a caller within its
   * anonymous budget (429 otherwise): random ids cost no query once over it.
   */
  #lookup(
    clientId: string | string[] | undefined,
    request: FastifyRequest,
  ): CachedClient | null | Promise<CachedClient | null> {
    if (typeof clientId !== 'string' || clientId.length === 0 || clientId.length > 100) return null;
    const now = Date.now();
    const slot = this.#cache.get(clientId);
    if (slot !== undefined && slot.expires > now) return slot.client;
    if (slot === undefined) {
      const miss = this.#misses.get(clientId);
      if (miss !== undefined && miss > now) return null;
      const refused = this.limiter.peek(`ip:${addressBucket(request.ip)}`, this.#anonymousLimit);
      if (refused) throw rateLimited(refused);
    }
    return this.#load(clientId);
  }

  /**
   * The `<meta>` tags that give the served page each area's public client id
   * (no secret in them). Loaded once; on failure (an unmigrated database) none,
   * and tried again with the next page.
   */
  async pageMeta(): Promise<string> {
    this.#webAreas ??= this.#store.webAreaClients();
    const pending = this.#webAreas;
    try {
      const areas = await pending;
      return areas
        .map(
          ({ area, client_id }) =>
            `<meta name="${CLIENT_ID_META}" data-area="${escapeHtml(area)}" content="${escapeHtml(client_id)}">`,
        )
        .join('');
    } catch {
      if (this.#webAreas === pending) this.#webAreas = null;
      return '';
    }
  }

  #load(clientId: string): Promise<CachedClient | null> {
    // One query for a burst of requests from a client that is not cached yet.
    const pending = this.#loading.get(clientId);
    if (pending) return pending;
    const generation = this.#generation;
    const promise = this.#store
      .findForAuth(clientId)
      .then((row) => {
        const client: CachedClient | null = row
          ? {
              identity: Object.freeze({
                id: row.id,
                client_id: row.client_id,
                name: row.name,
                type: row.type,
                rate_limit: row.rate_limit,
              }),
              keyHash: Buffer.from(row.key_hash, 'hex'),
              usable: row.is_active && row.revoked_at === null,
              public: row.is_public,
              // Every type: the admin and POS areas are browser apps too, and any client may list origins.
              origins: row.is_public ? new Set(row.allowed_origins) : originSet(row.allowed_origins),
              rateKey: `c:${row.client_id}`,
            }
          : null;
        if (generation === this.#generation) this.#remember(clientId, client);
        return client;
      })
      .finally(() => {
        if (this.#loading.get(clientId) === promise) this.#loading.delete(clientId);
      });
    this.#loading.set(clientId, promise);
    return promise;
  }

  /** Keeps what a lookup found: a client in the cache, an unknown id among the misses. */
  #remember(clientId: string, client: CachedClient | null): void {
    const now = Date.now();
    if (client === null) {
      this.#cache.delete(clientId);
      this.#misses.delete(clientId);
      if (this.#misses.size >= MAX_MISSES) dropOldest(this.#misses);
      this.#misses.set(clientId, now + this.#missTtlMs);
      return;
    }
    this.#misses.delete(clientId);
    if (!this.#cache.has(clientId) && this.#cache.size >= MAX_CACHED) dropOldest(this.#cache);
    this.#cache.set(clientId, { client, expires: now + this.#cacheTtlMs });
  }

  /**
   * Forgets a cached client (this process changed it), or every one: each is
   * loaded again at its next request (and stays a known id meanwhile).
   */
  invalidate(clientId?: string): void {
    this.#generation++;
    if (clientId === undefined) {
      for (const slot of this.#cache.values()) slot.expires = 0;
      this.#misses.clear();
      this.#loading.clear();
    } else {
      const slot = this.#cache.get(clientId);
      if (slot) slot.expires = 0;
      this.#misses.delete(clientId);
      this.#loading.delete(clientId);
    }
  }

  // ---- usage -------------------------------------------------------------------

  /** Counts an answered request of a client (onResponse). */
  record(client: ApiClientIdentity, statusCode: number): void {
    const now = Date.now();
    const hour = now - (now % HOUR_MS);
    let hours = this.#usage.get(client.id);
    if (hours === undefined) {
      hours = new Map();
      this.#usage.set(client.id, hours);
    }
    let counts = hours.get(hour);
    if (counts === undefined) {
      counts = { requests: 0, status_2xx: 0, status_3xx: 0, status_4xx: 0, status_5xx: 0 };
      hours.set(hour, counts);
    }
    counts.requests++;
    if (statusCode >= 500) counts.status_5xx++;
    else if (statusCode >= 400) counts.status_4xx++;
    else if (statusCode >= 300) counts.status_3xx++;
    else if (statusCode >= 200) counts.status_2xx++;
    this.#lastUsed.set(client.id, now);
  }

  /**
   * Writes the usage counted since the last flush: one upsert per client and
   * hour adding the counts, and `last_used_at`. Flushes never overlap; a failed
   * one keeps its counts for the next and rejects.
   */
  flushUsage(): Promise<void> {
    const run = this.#flushing.then(() => this.#flush());
    this.#flushing = run.catch(() => {});
    return run;
  }

  async #flush(): Promise<void> {
    if (this.#usage.size === 0 && this.#lastUsed.size === 0) return;
    const usage = this.#usage;
    const lastUsed = this.#lastUsed;
    this.#usage = new Map();
    this.#lastUsed = new Map();
    const deltas: UsageDelta[] = [];
    for (const [apiClientId, hours] of usage) {
      for (const [hour, counts] of hours) {
        deltas.push({ api_client_id: apiClientId, hour: new Date(hour).toISOString(), ...counts });
      }
    }
    const lastUsedIso = new Map<string, string>();
    for (const [id, at] of lastUsed) lastUsedIso.set(id, new Date(at).toISOString());
    try {
      await this.#store.saveUsage(deltas, lastUsedIso);
    } catch (err) {
      this.#restore(usage, lastUsed);
      throw err;
    }
  }

  /** Puts counts of a failed flush back, adding what arrived meanwhile. */
  #restore(usage: Map<string, Map<number, HourCounts>>, lastUsed: Map<string, number>): void {
    for (const [id, hours] of usage) {
      let current = this.#usage.get(id);
      if (current === undefined) {
        current = new Map();
        this.#usage.set(id, current);
      }
      for (const [hour, counts] of hours) {
        const c = current.get(hour);
        if (c === undefined) current.set(hour, counts);
        else {
          c.requests += counts.requests;
          c.status_2xx += counts.status_2xx;
          c.status_3xx += counts.status_3xx;
          c.status_4xx += counts.status_4xx;
          c.status_5xx += counts.status_5xx;
        }
      }
    }
    for (const [id, at] of lastUsed) {
      const current = this.#lastUsed.get(id);
      if (current === undefined || current < at) this.#lastUsed.set(id, at);
    }
  }
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Forgets a map's oldest entry (maps iterate in insertion order). */
function dropOldest(map: Map<string, unknown>): void {
  const oldest = map.keys().next();
  if (!oldest.done) map.delete(oldest.value);
}

function originSet(origins: readonly string[]): ReadonlySet<string> | null {
  return origins.length > 0 ? new Set(origins) : null;
}

/**
 * Registers the check of `gate` on `app` (call it on the root instance, not
 * inside an encapsulated plugin, so it covers every route), reachable as
 * `app.apiClients`, with its usage flushing.
 */
export function registerApiClients(app: FastifyInstance, ctx: ModuleContext, gate: ApiClientGate): void {
  app.decorateRequest('apiClient', null);
  app.decorate('apiClients', gate);

  app.addHook('onRequest', (request, reply, done) => {
    if (
      request.method === 'OPTIONS' ||
      request.routeOptions.config?.apiClient === false ||
      !isApiPath(requestPath(request))
    ) {
      done();
      return;
    }
    let pending: void | Promise<void>;
    try {
      pending = gate.check(request, reply);
    } catch (err) {
      done(err as Error);
      return;
    }
    if (pending === undefined) done();
    else pending.then(done as () => void, done);
  });
  app.addHook('onResponse', (request, reply, done) => {
    const client = request.apiClient;
    if (client) gate.record(client, reply.statusCode);
    done();
  });

  const flushQuietly = (when: string) =>
    gate.flushUsage().catch((err: unknown) => ctx.log.warn({ err }, `API client usage not saved (${when})`));
  const timer = setInterval(() => void flushQuietly('periodic flush'), ctx.config.USAGE_FLUSH_INTERVAL_MS);
  timer.unref();
  // Before the server stops (the database is surely open), and again once in-flight requests are done.
  app.addHook('preClose', async () => {
    await flushQuietly('shutdown');
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await flushQuietly('shutdown');
  });
}
