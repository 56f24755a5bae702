/**
 * Access and refresh tokens: JWTs, EdDSA-signed (access) and HS256 under a
 * server-only secret (refresh); see keys.ts.
 *
 * Every login starts a session: one row in `sessions`, holding what its current
 * pair was signed from. Each refresh spends the presented token and issues the
 * next pair by updating that row in place, one statement. A spent token
 * presented again within a short grace window gets the very same pair back (two
 * tabs refreshing at once both keep working: Ed25519 and HMAC signatures are
 * deterministic, so the stored claims re-sign to identical tokens); later, it is
 * treated as stolen and the whole session is revoked. Refresh tokens are signed
 * with their session's id, so a genuine token that is not the session's current
 * one was spent before: no history of spent tokens is needed to tell.
 *
 * Access tokens are verified without touching the database: signature, expiry,
 * then the in-memory revocation list; verified tokens are cached.
 */
import { TokenError } from 'fast-jwt';
import type { Config } from '../../config.js';
import type { DB } from '../../db/dialect.js';
import { prepared } from '../../db/prepared.js';
import type { SessionsTable, UserType } from '../../db/schema.js';
import type { Origin } from '../../platform/audit.js';
import { recordAudit } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events.js';
import { newId, nowIso } from '../../platform/ids.js';
import { type Executor, transaction } from '../../platform/transaction.js';
import type { KeyStore, SigningKey } from './keys.js';
import type { RevocationList } from './revocations.js';

export interface TokenSubject {
  id: string;
  email: string;
  user_type: UserType;
  is_active: boolean;
  /** Customers' `CUST-00001` code, carried as the `customer_id` claim. */
  customer_code?: string | null;
}

export interface AccessClaims {
  sub: string;
  jti: string;
  iat: number;
  exp: number;
  iss: string;
  token_type: 'access';
  user_type: UserType;
  /** The session this token belongs to. */
  sid: string;
  customer_id?: string;
}

interface RefreshClaims {
  sub: string;
  jti: string;
  exp: number;
  token_type: 'refresh';
  sid: string;
}

export interface TokenPair {
  access: string;
  refresh: string;
  /** Seconds until each expires (for cookies). */
  access_expires_in: number;
  refresh_expires_in: number;
  session_id: string;
  remember: boolean;
}

/** What a pair is signed from: its session's row (written in a transaction, signed once it commits). */
export interface PendingPair {
  row: Pick<SessionsTable, 'id' | 'token_id' | 'access_jti' | 'issued_at' | 'is_remembered'>;
  user: TokenSubject;
  key: SigningKey;
}

export const TOKEN_INVALID = 'TOKEN_INVALID';

/** The `kid` of a compact JWT's header, without trusting anything else in it yet. */
function kidOf(token: string): string | undefined {
  const dot = token.indexOf('.');
  if (dot <= 0 || dot > 512) return undefined;
  try {
    const header = JSON.parse(Buffer.from(token.slice(0, dot), 'base64url').toString()) as unknown;
    const kid = (header as { kid?: unknown } | null)?.kid;
    return typeof kid === 'string' ? kid : undefined;
  } catch {
    return undefined;
  }
}

function invalid(detail = 'Token is invalid or expired.'): AppError {
  return new AppError({ status: 401, code: TOKEN_INVALID, detail });
}

/** What an access token says of its user. */
const selectSubject = prepared((db, v: { id: string }) =>
  db
    .selectFrom('users')
    .select(['id', 'email', 'user_type', 'is_active', 'customer_code'])
    .where('id', '=', v.id),
);

/** Makes `spent` the session's previous token and the given pair its current one, if `spent` is current. */
const spendToken = prepared(
  (
    db,
    v: Pick<SessionsTable, 'id' | 'token_id' | 'access_jti' | 'issued_at' | 'kid' | 'expires_at'> & {
      spent: string;
      rotated_at: string;
    },
  ) =>
    db
      .updateTable('sessions')
      .set((eb) => ({
        previous_token_id: eb.ref('token_id'),
        token_id: v.token_id,
        access_jti: v.access_jti,
        issued_at: v.issued_at,
        kid: v.kid,
        expires_at: v.expires_at,
        rotated_at: v.rotated_at,
      }))
      .where('id', '=', v.id)
      .where('token_id', '=', v.spent)
      .where('status', '=', 'active')
      .returning('is_remembered'),
);

/** The most verified tokens remembered; the oldest are dropped first. */
const CACHE_LIMIT = 10_000;

export class TokenService {
  readonly #verified = new Map<string, AccessClaims>();

  constructor(
    private readonly deps: {
      db: DB;
      config: Pick<
        Config,
        | 'PUBLIC_URL'
        | 'ACCESS_TOKEN_TTL_SECONDS'
        | 'REFRESH_TOKEN_TTL_SECONDS'
        | 'REFRESH_REUSE_GRACE_SECONDS'
      >;
      keys: KeyStore;
      revocations: RevocationList;
      events: EventBus;
    },
  ) {}

  get #issuer() {
    return this.deps.config.PUBLIC_URL;
  }

  /**
   * Starts a session: stores its row. Sign the pair with `sign()` after the
   * transaction commits: signing inside it would hold the database (SQLite's one
   * writer) while the CPU works.
   */
  async issue(
    trx: Executor,
    user: TokenSubject,
    options: { remember?: boolean; origin?: Origin } = {},
  ): Promise<PendingPair> {
    const key = this.deps.keys.signer();
    const row: SessionsTable = {
      id: newId(),
      user_id: user.id,
      status: 'active',
      ...this.#nextPair(key),
      previous_token_id: null,
      rotated_at: null,
      is_remembered: options.remember ?? false,
      created_at: nowIso(),
      ip: options.origin?.ip ?? null,
      user_agent: options.origin?.user_agent ?? null,
    };
    await trx.insertInto('sessions').values(row).execute();
    return { row, user, key };
  }

  /** The columns of a session's next pair, issued now. */
  #nextPair(key: SigningKey) {
    const iat = Math.floor(Date.now() / 1000);
    return {
      token_id: newId(),
      access_jti: newId(),
      issued_at: iat,
      kid: key.kid,
      expires_at: new Date((iat + this.deps.config.REFRESH_TOKEN_TTL_SECONDS) * 1000).toISOString(),
    };
  }

  /** Signs the pair a refresh row stands for. The same row always gives the same tokens. */
  sign({ row, user, key }: PendingPair): TokenPair {
    const { ACCESS_TOKEN_TTL_SECONDS: accessTtl, REFRESH_TOKEN_TTL_SECONDS: refreshTtl } = this.deps.config;
    const access = key.signAccess({
      token_type: 'access',
      user_type: user.user_type,
      sid: row.id,
      ...(user.customer_code ? { customer_id: user.customer_code } : {}),
      sub: user.id,
      jti: row.access_jti,
      iat: row.issued_at,
      exp: row.issued_at + accessTtl,
      iss: this.#issuer,
    });
    const refresh = key.signRefresh({
      token_type: 'refresh',
      sid: row.id,
      sub: user.id,
      jti: row.token_id,
      iat: row.issued_at,
      exp: row.issued_at + refreshTtl,
      iss: this.#issuer,
    });
    const now = Math.floor(Date.now() / 1000);
    return {
      access,
      refresh,
      access_expires_in: Math.max(0, row.issued_at + accessTtl - now),
      refresh_expires_in: Math.max(0, row.issued_at + refreshTtl - now),
      session_id: row.id,
      remember: row.is_remembered,
    };
  }

  async #verify<T>(token: string, type: 'access' | 'refresh'): Promise<T> {
    const kid = kidOf(token);
    const key = kid ? await this.deps.keys.find(kid) : undefined;
    if (!key) throw invalid();
    let payload: Record<string, unknown>;
    try {
      payload = type === 'access' ? key.verifyAccess(token) : key.verifyRefresh(token);
    } catch (err) {
      if (err instanceof TokenError && err.code === TokenError.codes.expired)
        throw invalid('Token is expired.');
      throw invalid();
    }
    if (payload.token_type !== type || typeof payload.sid !== 'string') throw invalid();
    return payload as T;
  }

  /**
   * The claims of an access token verified before and still valid (expiry and
   * revocations re-checked), without a promise: the hot path. Undefined when the
   * token must go through `verifyAccess`.
   */
  cachedAccess(token: string): AccessClaims | undefined {
    const claims = this.#verified.get(token);
    if (!claims || claims.exp * 1000 <= Date.now() || this.deps.revocations.isRevoked(claims.jti, claims.sid))
      return undefined;
    return claims;
  }

  /** Verifies an access token: signature, expiry, issuer, type, then the revocation list. */
  async verifyAccess(token: string): Promise<AccessClaims> {
    let claims = this.#verified.get(token);
    if (!claims) {
      claims = await this.#verify<AccessClaims>(token, 'access');
      if (this.#verified.size >= CACHE_LIMIT)
        this.#verified.delete(this.#verified.keys().next().value as string);
      this.#verified.set(token, claims);
    } else if (claims.exp * 1000 <= Date.now()) {
      this.#verified.delete(token);
      throw invalid('Token is expired.');
    }
    if (this.deps.revocations.isRevoked(claims.jti, claims.sid)) throw invalid('Token has been revoked.');
    return claims;
  }

  /** Checks any token (`token/verify/`): a valid access token, or a refresh token that is still usable. */
  async verifyAny(token: string): Promise<void> {
    try {
      await this.verifyAccess(token);
      return;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
    }
    const claims = await this.#verify<RefreshClaims>(token, 'refresh');
    const row = await this.deps.db
      .selectFrom('sessions')
      .select('id')
      .where('id', '=', claims.sid)
      .where('token_id', '=', claims.jti)
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (!row) throw invalid();
  }

  /**
   * Spends `refreshToken` and returns the next pair of its session. Reuse after
   * the grace window revokes the session and answers 401.
   */
  async rotate(refreshToken: string, origin: Origin): Promise<{ pair: TokenPair; user: TokenSubject }> {
    const claims = await this.#verify<RefreshClaims>(refreshToken, 'refresh');
    const { db, config } = this.deps;
    const [user] = await selectSubject(db, { id: claims.sub });
    if (!user?.is_active) {
      await transaction(db, (trx) =>
        this.revokeSessions(trx, { userId: claims.sub, sessionIds: [claims.sid], reason: 'inactive' }),
      );
      throw invalid();
    }
    // The usual case in one statement: spend the token if it is still the
    // session's current one (a parallel refresh of it waits on PostgreSQL's row
    // lock, then no longer matches).
    const key = this.deps.keys.signer();
    const next = this.#nextPair(key);
    const [spent] = await spendToken(db, {
      ...next,
      rotated_at: nowIso(),
      id: claims.sid,
      spent: claims.jti,
    });
    if (spent) {
      const row = { id: claims.sid, ...next, is_remembered: spent.is_remembered };
      return { pair: this.sign({ row, user, key }), user };
    }
    const session = await db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', claims.sid)
      .executeTakeFirst();
    if (!session || session.status === 'revoked') throw invalid();
    // Spent by the last refresh, within the grace window: that refresh's pair, for a parallel tab.
    const graceMs = config.REFRESH_REUSE_GRACE_SECONDS * 1000;
    if (
      session.previous_token_id === claims.jti &&
      session.rotated_at &&
      Date.now() - Date.parse(session.rotated_at) <= graceMs
    ) {
      const signer = await this.deps.keys.find(session.kid);
      if (signer) return { pair: this.sign({ row: session, user, key: signer }), user };
    }
    await transaction(db, async (trx) => {
      await this.revokeSessions(trx, { userId: user.id, sessionIds: [session.id], reason: 'token_reuse' });
      await recordAudit(trx, {
        action: 'auth.token_reuse',
        actor: { id: user.id, email: user.email },
        target: { type: 'session', id: session.id },
        origin,
        details: { reason: 'A spent refresh token was presented again; the session was revoked.' },
      });
    });
    throw new AppError({
      status: 401,
      code: 'TOKEN_REUSED',
      detail: 'This refresh token was already used; the session has been signed out.',
    });
  }

  /** The session a refresh token belongs to, if the token is genuine (used by logout). */
  async sessionOf(refreshToken: string): Promise<{ sessionId: string; userId: string }> {
    const claims = await this.#verify<RefreshClaims>(refreshToken, 'refresh');
    return { sessionId: claims.sid, userId: claims.sub };
  }

  /**
   * Revokes sessions of one user: their refresh tokens stop working and their
   * access tokens are refused. `reason` goes with the `session.revoked` event.
   */
  async revokeSessions(
    trx: Executor,
    { userId, sessionIds, reason }: { userId: string; sessionIds: string[]; reason: string },
  ): Promise<void> {
    if (sessionIds.length === 0) return;
    await trx
      .updateTable('sessions')
      .set({ status: 'revoked' })
      .where('id', 'in', sessionIds)
      .where('status', '=', 'active')
      .execute();
    const until = Date.now() + this.deps.config.ACCESS_TOKEN_TTL_SECONDS * 1000;
    await this.deps.revocations.revoke(
      trx,
      sessionIds.map((id) => ({ id: `fam:${id}`, expiresAt: until })),
    );
    await this.deps.events.emit(trx, 'session.revoked', { userId, sessionIds, reason });
  }

  /** Revokes every session of a user, except `keep` (the one making the request, when it stays signed in). */
  async revokeUserSessions(trx: Executor, userId: string, reason: string, keep?: string): Promise<number> {
    let q = trx
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', userId)
      .where('status', '=', 'active')
      .where('expires_at', '>', nowIso());
    if (keep) q = q.where('id', '!=', keep);
    const sessions = (await q.execute()).map((r) => r.id);
    await this.revokeSessions(trx, { userId, sessionIds: sessions, reason });
    return sessions.length;
  }

  /** Whether the session was started with "remember me" (false for an unknown one). */
  async isRemembered(executor: Executor, sessionId: string): Promise<boolean> {
    const row = await executor
      .selectFrom('sessions')
      .select('is_remembered')
      .where('id', '=', sessionId)
      .executeTakeFirst();
    return row?.is_remembered ?? false;
  }

  /** Refuses one access token for the rest of its life (logout). */
  async revokeAccessToken(trx: Executor, claims: Pick<AccessClaims, 'jti' | 'exp'>): Promise<void> {
    await this.deps.revocations.revoke(trx, [{ id: `jti:${claims.jti}`, expiresAt: claims.exp * 1000 }]);
  }

  async purgeExpired(): Promise<void> {
    await this.deps.db.deleteFrom('sessions').where('expires_at', '<', nowIso()).execute();
  }
}
