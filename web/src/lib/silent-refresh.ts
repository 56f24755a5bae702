/**
 * Silent refresh for the browser session. The access cookie lives 15 minutes;
 * when a call answers 401 because of it while the user is signed in, spend the
 * refresh cookie once (`POST /api/auth/token/refresh/`) and send the call again.
 * One refresh serves every call that failed at the same time, and a call that was
 * sent before a refresh finished is just sent again.
 *
 * The decision is a pure function (unit-tested); the middleware around it only
 * keeps a copy of each request so that it can be replayed.
 */
import type { ErrorCode, MercatoClient } from '@mercato/sdk';

type Middleware = Parameters<MercatoClient['use']>[0];

/** 401 codes that mean "your access token is missing or stale", not "wrong password". */
export const SIGNED_OUT_CODES = [
  'TOKEN_INVALID',
  'NOT_AUTHENTICATED',
] as const satisfies readonly ErrorCode[];
export const REFRESHABLE_CODES: ReadonlySet<string> = new Set(SIGNED_OUT_CODES);

/** Calls whose 401 is about the credentials they carry; a refresh would not help them. */
const SESSION_PATHS = [
  '/api/auth/login/',
  '/api/auth/token/',
  '/api/auth/token/refresh/',
  '/api/auth/token/verify/',
  '/api/auth/logout/',
];

export function isSessionPath(pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return SESSION_PATHS.includes(path);
}

export interface RefreshInput {
  status: number;
  /** The problem's `code`, if the body had one. */
  code: string | undefined;
  pathname: string;
  /** Signed in, or possibly so (a session cookie exists while the profile is loading). */
  sessionLikely: boolean;
  /** A refresh finished after this request was sent: its cookies were already stale. */
  refreshedSinceSent: boolean;
}

export type RefreshDecision = 'keep' | 'replay' | 'refresh-and-replay';

export function decideOnResponse(input: RefreshInput): RefreshDecision {
  if (input.status !== 401) return 'keep';
  if (!input.code || !REFRESHABLE_CODES.has(input.code)) return 'keep';
  if (isSessionPath(input.pathname) || !input.sessionLikely) return 'keep';
  return input.refreshedSinceSent ? 'replay' : 'refresh-and-replay';
}

export interface RefreshMiddlewareDeps {
  /** Spends the refresh cookie; resolves true when the session goes on. Shares one call between callers. */
  refresh(): Promise<boolean>;
  sessionLikely(): boolean;
  /** Counts finished refreshes (and sign-ins): new cookies since a request was sent. */
  generation(): number;
  /** The CSRF token to send on the replay (it changes with every refresh). */
  csrfToken(): string | undefined;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function codeOf(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.clone().json();
    if (typeof body === 'object' && body !== null && 'code' in body) {
      const { code } = body as { code: unknown };
      return typeof code === 'string' ? code : undefined;
    }
  } catch {
    // Not JSON: not a problem we can act on.
  }
  return undefined;
}

export function createSilentRefresh(deps: RefreshMiddlewareDeps): Middleware {
  const pending = new Map<string, { copy: Request; generation: number }>();
  return {
    onRequest({ request, id }) {
      // A copy taken before the body is sent: the only way to send it again.
      pending.set(id, { copy: request.clone(), generation: deps.generation() });
      return undefined;
    },
    async onResponse({ request, response, id, options }) {
      const sent = pending.get(id);
      pending.delete(id);
      if (!sent || response.status !== 401) return undefined;
      const decision = decideOnResponse({
        status: response.status,
        code: await codeOf(response),
        pathname: new URL(request.url).pathname,
        sessionLikely: deps.sessionLikely(),
        refreshedSinceSent: deps.generation() !== sent.generation,
      });
      if (decision === 'keep') return undefined;
      if (decision === 'refresh-and-replay' && !(await deps.refresh())) return undefined;
      // The replay goes straight to fetch (no middleware), so it carries the fresh CSRF token itself.
      const headers = new Headers(sent.copy.headers);
      const csrf = deps.csrfToken();
      if (csrf && UNSAFE.has(sent.copy.method)) headers.set('X-CSRFToken', csrf);
      // Called unbound: the browser's fetch throws "Illegal invocation" when called as a method of `options`.
      const send = options.fetch;
      return send(new Request(sent.copy, { headers }));
    },
    onError({ id }) {
      pending.delete(id);
      return undefined;
    },
  };
}
