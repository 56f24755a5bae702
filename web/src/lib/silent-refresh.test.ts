import { createMercatoClient } from '@mercato/sdk';
import { describe, expect, it } from 'vitest';
import { createSilentRefresh, decideOnResponse, isSessionPath, type RefreshInput } from './silent-refresh.js';

const base: RefreshInput = {
  status: 401,
  code: 'TOKEN_INVALID',
  pathname: '/api/auth/profile/',
  sessionLikely: true,
  refreshedSinceSent: false,
};

describe('decideOnResponse', () => {
  it('refreshes and replays a 401 for a stale or missing access token of a signed-in user', () => {
    expect(decideOnResponse(base)).toBe('refresh-and-replay');
    expect(decideOnResponse({ ...base, code: 'NOT_AUTHENTICATED' })).toBe('refresh-and-replay');
  });

  it('only replays when a refresh already happened after the request left', () => {
    expect(decideOnResponse({ ...base, refreshedSinceSent: true })).toBe('replay');
  });

  it('keeps every other answer as it is', () => {
    expect(decideOnResponse({ ...base, status: 200 })).toBe('keep');
    expect(decideOnResponse({ ...base, status: 403, code: 'PERMISSION_DENIED' })).toBe('keep');
    expect(decideOnResponse({ ...base, code: 'INVALID_CREDENTIALS' })).toBe('keep');
    expect(decideOnResponse({ ...base, code: 'INVALID_API_CLIENT' })).toBe('keep');
    expect(decideOnResponse({ ...base, code: undefined })).toBe('keep');
  });

  it('never refreshes for signed-out visitors', () => {
    expect(decideOnResponse({ ...base, sessionLikely: false })).toBe('keep');
  });

  it('never refreshes for the session endpoints themselves (no loops, no retrying a wrong password)', () => {
    for (const pathname of [
      '/api/auth/login/',
      '/api/auth/token/refresh/',
      '/api/auth/token/refresh',
      '/api/auth/logout/',
    ]) {
      expect(decideOnResponse({ ...base, pathname }), pathname).toBe('keep');
    }
    expect(isSessionPath('/api/auth/change-password/')).toBe(false);
  });
});

const problem = (status: number, code: string) =>
  new Response(JSON.stringify({ type: 'about:blank', title: 'x', status, detail: 'x', code }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

/** A client whose fetch is scripted, with the silent refresh installed as the web app does. */
function harness(script: (request: Request, n: number) => Response | Promise<Response>) {
  const seen: { method: string; path: string; body: string; csrf: string | null }[] = [];
  let generation = 0;
  let refreshes = 0;
  let signedIn = true;
  let csrf = 'csrf-1';
  let refreshWorks = true;
  // Like the browser's fetch, which throws when called as a method of another object.
  const fetch = async function (this: unknown, input: Request) {
    if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
    seen.push({
      method: input.method,
      path: new URL(input.url).pathname,
      body: await input.clone().text(),
      csrf: input.headers.get('X-CSRFToken'),
    });
    return script(input, seen.length);
  };
  const client = createMercatoClient({ baseUrl: 'http://mercato.test', fetch });
  client.use(
    createSilentRefresh({
      refresh: async () => {
        refreshes += 1;
        if (!refreshWorks) {
          signedIn = false;
          return false;
        }
        generation += 1;
        csrf = `csrf-${generation + 1}`;
        return true;
      },
      sessionLikely: () => signedIn,
      generation: () => generation,
      csrfToken: () => csrf,
    }),
  );
  return {
    client,
    seen,
    refreshes: () => refreshes,
    failRefresh: () => {
      refreshWorks = false;
    },
  };
}

describe('createSilentRefresh', () => {
  it('refreshes once and replays the call, body and fresh CSRF token included', async () => {
    const h = harness((_request, n) =>
      n === 1 ? problem(401, 'NOT_AUTHENTICATED') : Response.json({ id: 'u1' } as object),
    );
    const { data, response } = await h.client.PATCH('/api/auth/profile/', {
      body: { first_name: 'Ada' },
      headers: { 'X-CSRFToken': 'csrf-1' },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ id: 'u1' });
    expect(h.refreshes()).toBe(1);
    expect(h.seen).toEqual([
      { method: 'PATCH', path: '/api/auth/profile/', body: '{"first_name":"Ada"}', csrf: 'csrf-1' },
      { method: 'PATCH', path: '/api/auth/profile/', body: '{"first_name":"Ada"}', csrf: 'csrf-2' },
    ]);
  });

  it('gives the 401 back (and replays nothing) when the refresh fails', async () => {
    const h = harness(() => problem(401, 'TOKEN_INVALID'));
    h.failRefresh();
    const { error, response } = await h.client.GET('/api/auth/profile/');
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ code: 'TOKEN_INVALID' });
    expect(h.refreshes()).toBe(1);
    expect(h.seen).toHaveLength(1);
  });

  it('does not loop when the replay is refused too', async () => {
    const h = harness(() => problem(401, 'TOKEN_INVALID'));
    const { response } = await h.client.GET('/api/auth/profile/');
    expect(response.status).toBe(401);
    expect(h.refreshes()).toBe(1);
    expect(h.seen).toHaveLength(2);
  });

  it('leaves wrong passwords and other errors alone', async () => {
    const h = harness((request) =>
      new URL(request.url).pathname === '/api/auth/login/'
        ? problem(401, 'INVALID_CREDENTIALS')
        : problem(403, 'PERMISSION_DENIED'),
    );
    await h.client.POST('/api/auth/login/', { body: { email: 'a@b.c', password: 'x' } });
    await h.client.GET('/api/admin/users/');
    expect(h.refreshes()).toBe(0);
    expect(h.seen).toHaveLength(2);
  });
});
