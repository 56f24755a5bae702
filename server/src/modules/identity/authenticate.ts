/**
 * Authenticates every request: `Authorization: Bearer <access token>`, or the
 * browser session's HttpOnly cookie plus, on unsafe methods, the CSRF token
 * (`csrftoken` cookie echoed in `X-CSRFToken`). Sets `request.user`.
 *
 * A wrong Bearer token is 401 (the client asked to be someone). An expired
 * session cookie makes the request anonymous instead, so public pages keep
 * working and protected ones answer 401, which tells the web app to refresh.
 * Routes that must ignore credentials (login, refresh...) set `config.skipAuth`.
 * `Authorization: Basic` counts on `/api/v1/` only (the billing back office API; each costs
 * a password hash, so it is throttled like a login); elsewhere it is ignored.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import type { DB } from '../../db/dialect.js';
import { originOf } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import { sameSecret } from '../../platform/secrets.js';
import type { IdentityService } from './auth.service.js';
import { IdentityErrors } from './identity.errors.js';
import type { AccessClaims, TokenPair, TokenService } from './tokens.js';
import * as users from './users.repository.js';
import { toAuthUser } from './users.service.js';

export const ACCESS_COOKIE = 'mercato_access';
export const REFRESH_COOKIE = 'mercato_refresh';
export const CSRF_COOKIE = 'csrftoken';
export const CSRF_HEADER = 'x-csrftoken';
/** The refresh cookie goes only to the auth endpoints that use it. */
const REFRESH_COOKIE_PATH = '/api/auth/';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified access token's claims, when the request carried one. */
    tokenClaims: AccessClaims | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Users by id for a few seconds: the hot path (every authenticated request) then never queries. */
export class UserCache {
  readonly #rows = new Map<string, { row: users.UserRow; until: number }>();
  constructor(
    private readonly db: DB,
    private readonly ttlMs = 5000,
    private readonly limit = 10_000,
  ) {}

  /** The cached row, if fresh (no promise: the hot path). */
  peek(id: string): users.UserRow | undefined {
    const hit = this.#rows.get(id);
    return hit && hit.until > Date.now() ? hit.row : undefined;
  }

  async get(id: string): Promise<users.UserRow | undefined> {
    const hit = this.peek(id);
    if (hit) return hit;
    const row = await users.findById(this.db, id);
    if (row) {
      if (this.#rows.size >= this.limit) this.#rows.delete(this.#rows.keys().next().value as string);
      this.#rows.set(id, { row, until: Date.now() + this.ttlMs });
    } else this.#rows.delete(id);
    return row;
  }

  forget(id: string): void {
    this.#rows.delete(id);
  }
}

export interface SessionCookies {
  setSession(reply: FastifyReply, pair: TokenPair): void;
  clear(reply: FastifyReply): void;
}

export function sessionCookies(config: Pick<Config, 'PUBLIC_URL'>): SessionCookies {
  const secure = config.PUBLIC_URL.startsWith('https:');
  const base = { httpOnly: true, sameSite: 'lax' as const, secure };
  return {
    setSession(reply, pair) {
      // "Remember me" keeps the session across browser restarts; otherwise the cookies end with the browser.
      const persist = (seconds: number) => (pair.remember ? { maxAge: seconds } : {});
      reply.setCookie(ACCESS_COOKIE, pair.access, { ...base, path: '/', ...persist(pair.access_expires_in) });
      reply.setCookie(REFRESH_COOKIE, pair.refresh, {
        ...base,
        path: REFRESH_COOKIE_PATH,
        ...persist(pair.refresh_expires_in),
      });
      reply.setCookie(CSRF_COOKIE, randomBytes(24).toString('base64url'), {
        httpOnly: false,
        sameSite: 'lax',
        secure,
        path: '/',
        ...persist(pair.refresh_expires_in),
      });
    },
    clear(reply) {
      reply.clearCookie(ACCESS_COOKIE, { ...base, path: '/' });
      reply.clearCookie(REFRESH_COOKIE, { ...base, path: REFRESH_COOKIE_PATH });
      reply.clearCookie(CSRF_COOKIE, { sameSite: 'lax', secure, path: '/' });
    },
  };
}

export function registerAuthentication(
  app: FastifyInstance,
  deps: { tokens: TokenService; userCache: UserCache; service: IdentityService },
): void {
  app.decorateRequest('tokenClaims', null);

  /** Who the request is from, or why it is refused; the async fallback of the hook below. */
  async function authenticate(
    request: FastifyRequest,
    token: string,
    method: 'bearer' | 'cookie',
  ): Promise<void> {
    let claims: AccessClaims;
    try {
      claims = await deps.tokens.verifyAccess(token);
    } catch (err) {
      if (method === 'cookie') return;
      throw err;
    }
    accept(request, claims, method, await deps.userCache.get(claims.sub));
  }

  function accept(
    request: FastifyRequest,
    claims: AccessClaims,
    method: 'bearer' | 'cookie',
    row: users.UserRow | undefined,
  ): void {
    if (method === 'cookie' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      const expected = request.cookies[CSRF_COOKIE];
      if (typeof sent !== 'string' || !expected || !sameSecret(sent, expected)) {
        throw IdentityErrors.csrfFailed();
      }
    }
    if (!row?.is_active) {
      if (method === 'cookie') return;
      throw IdentityErrors.tokenUserInactive();
    }
    request.user = toAuthUser(row, claims);
    request.authMethod = method;
    request.tokenClaims = claims;
  }

  async function basic(request: FastifyRequest, encoded: string): Promise<void> {
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 1) {
      throw new AppError({
        status: 401,
        code: 'INVALID_CREDENTIALS',
        detail: 'Send Basic credentials as base64 of "email-or-username:password".',
      });
    }
    const row = await deps.service.checkPassword(
      decoded.slice(0, colon),
      decoded.slice(colon + 1),
      originOf(request),
    );
    request.user = toAuthUser(row, null);
    request.authMethod = 'basic';
  }

  app.addHook('onRequest', (request: FastifyRequest, _reply, done) => {
    if (request.routeOptions.config?.skipAuth) return done();
    const header = request.headers.authorization;
    let token: string | undefined;
    let method: 'bearer' | 'cookie';
    if (header?.startsWith('Basic ') && isV1(request.url)) {
      basic(request, header.slice(6).trim()).then(() => done(), done);
      return;
    }
    if (header?.startsWith('Bearer ')) {
      token = header.slice(7).trim();
      method = 'bearer';
    } else {
      token = request.cookies[ACCESS_COOKIE];
      method = 'cookie';
      if (!token) return done();
    }
    // Hot path: a token and a user seen moments ago are both in memory; no promise at all.
    const claims = deps.tokens.cachedAccess(token);
    const row = claims && deps.userCache.peek(claims.sub);
    if (claims && row) {
      try {
        accept(request, claims, method, row);
      } catch (err) {
        return done(err as Error);
      }
      return done();
    }
    authenticate(request, token, method).then(() => done(), done);
  });
}

/** `/api/v1` and everything under it (the billing back office API), whatever the query. */
function isV1(url: string): boolean {
  return url === '/api/v1' || url.startsWith('/api/v1/') || url.startsWith('/api/v1?');
}
