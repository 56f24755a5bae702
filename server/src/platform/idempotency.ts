/**
 * `Idempotency-Key` support for unsafe operations that clients retry (checkout,
 * payments, points, redemptions, bill generation).
 *
 * The key is claimed and the response stored inside the same transaction as the
 * change itself. So a request that fails leaves no trace (a retry runs afresh);
 * one that succeeds is answered from the store on every repeat; and two requests
 * racing with one key cannot both run: the second waits on the unique (scope, key)
 * row and then replays the first one's answer. A repeat with a different request
 * (method, path or body) is 409 `IDEMPOTENCY_KEY_REUSED`.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DB } from '../db/dialect.js';
import { AppError } from './errors.js';
import { newId, nowIso } from './ids.js';
import { type Trx, transaction } from './transaction.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** How long a stored response is replayed. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface StoredResponse<T = unknown> {
  status: number;
  body: T;
}

export interface IdempotentRequest {
  /** The client's key, or undefined when it sent none (then the work just runs). */
  key: string | undefined;
  /** Whose key it is: a user id, an API client, or `anon:<ip>`; keys of different scopes never collide. */
  scope: string;
  method: string;
  path: string;
  body: unknown;
}

class Replay {
  constructor(readonly response: StoredResponse) {}
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` have one fingerprint. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function fingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method.toUpperCase()} ${path}\n${canonical(body)}`)
    .digest('hex');
}

/** Reads and checks the `Idempotency-Key` header. */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const raw = request.headers[IDEMPOTENCY_HEADER];
  if (raw === undefined) return undefined;
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (!key || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    throw AppError.badRequest(
      'The Idempotency-Key header must be 1 to 255 visible ASCII characters.',
      { 'Idempotency-Key': ['Must be 1 to 255 visible ASCII characters.'] },
      'INVALID_IDEMPOTENCY_KEY',
    );
  }
  return key;
}

/** `/a/b/?x=1` and `/a/b?x=1` are one request (trailing slashes are optional on every route). */
function normalizePath(url: string): string {
  const [path = '', query] = url.split('?', 2);
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return query === undefined ? trimmed : `${trimmed}?${query}`;
}

export class IdempotencyStore {
  constructor(private readonly db: DB) {}

  /**
   * Runs `work` in a transaction guarded by the request's key. Returns the
   * response and whether it was replayed from an earlier request.
   */
  async run<T>(
    request: IdempotentRequest,
    work: (trx: Trx) => Promise<StoredResponse<T>>,
  ): Promise<StoredResponse<T> & { replayed: boolean }> {
    if (request.key === undefined) {
      return { ...(await transaction(this.db, work)), replayed: false };
    }
    const key = request.key;
    const print = fingerprint(request.method, request.path, request.body);
    try {
      const response = await transaction(this.db, async (trx) => {
        const now = new Date();
        const id = newId();
        // A key past its lifetime is free again, even before the purge removes it.
        await trx
          .deleteFrom('idempotency_keys')
          .where('scope', '=', request.scope)
          .where('key', '=', key)
          .where('expires_at', '<', nowIso(now))
          .execute();
        const claimed = await trx
          .insertInto('idempotency_keys')
          .values({
            id,
            scope: request.scope,
            key,
            fingerprint: print,
            response_status: null,
            response_body: null,
            created_at: nowIso(now),
            expires_at: nowIso(new Date(now.getTime() + IDEMPOTENCY_TTL_MS)),
          })
          .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!claimed) {
          // Another request with this key committed first (we waited for it if it was in flight).
          const earlier = await trx
            .selectFrom('idempotency_keys')
            .select(['fingerprint', 'response_status', 'response_body'])
            .where('scope', '=', request.scope)
            .where('key', '=', key)
            .executeTakeFirstOrThrow();
          if (earlier.fingerprint !== print) {
            throw AppError.conflict(
              'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
              'IDEMPOTENCY_KEY_REUSED',
            );
          }
          throw new Replay({
            status: earlier.response_status ?? 200,
            body: JSON.parse(earlier.response_body ?? 'null'),
          });
        }
        const result = await work(trx);
        await trx
          .updateTable('idempotency_keys')
          .set({ response_status: result.status, response_body: JSON.stringify(result.body ?? null) })
          .where('id', '=', id)
          .execute();
        return result;
      });
      return { ...response, replayed: false };
    } catch (err) {
      if (err instanceof Replay) return { ...(err.response as StoredResponse<T>), replayed: true };
      throw err;
    }
  }

  /** Route helper: reads the header, scopes the key, runs `work`, and marks replays with `Idempotent-Replayed: true`. */
  async handle<T>(
    req: FastifyRequest,
    reply: FastifyReply,
    scope: string,
    work: (trx: Trx) => Promise<StoredResponse<T>>,
  ): Promise<T> {
    const result = await this.run(
      { key: idempotencyKeyOf(req), scope, method: req.method, path: normalizePath(req.url), body: req.body },
      work,
    );
    if (result.replayed) reply.header('Idempotent-Replayed', 'true');
    reply.code(result.status);
    return result.body;
  }

  async purgeExpired(now: Date = new Date()): Promise<number> {
    const result = await this.db
      .deleteFrom('idempotency_keys')
      .where('expires_at', '<', nowIso(now))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
