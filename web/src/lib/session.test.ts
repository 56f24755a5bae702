import { createMercatoClient } from '@mercato/sdk';
import { describe, expect, it } from 'vitest';
import { Session } from './session.js';

const user = {
  id: 'u1',
  email: 'ada@example.com',
  username: 'ada',
  first_name: 'Ada',
  last_name: '',
  phone: '',
  user_type: 'customer' as const,
  is_staff: false,
  is_superuser: false,
  email_verified: true,
  vendor_status: null,
  date_joined: '2026-01-01T00:00:00Z',
  last_login: null,
};

const problem = (status: number, code: string) =>
  Response.json({ type: 'about:blank', title: 'x', status, detail: 'x', code }, { status });

/** A Session on a client whose server is a function of the request path. */
function setup(server: (path: string, method: string) => Response | Promise<Response>) {
  const calls: string[] = [];
  const client = createMercatoClient({
    baseUrl: 'http://mercato.test',
    fetch: async (request: Request) => {
      const path = new URL(request.url).pathname;
      calls.push(`${request.method} ${path}`);
      return server(path, request.method);
    },
  });
  return { session: new Session(client), client, calls };
}

describe('Session', () => {
  it('starts signed out without asking the server when there is no session cookie', async () => {
    const { session, calls } = setup(() => Response.json(user));
    await session.load();
    expect(session.getState()).toEqual({ status: 'signed-out', expired: false });
    expect(calls).toEqual([]);
  });

  it('signs in with cookies and notifies subscribers', async () => {
    const { session, calls } = setup(() => Response.json({ user }));
    const seen: string[] = [];
    session.subscribe(() => seen.push(session.getState().status));
    const outcome = await session.signIn({ email: user.email, password: 'pw', remember_me: true });
    expect(outcome.ok).toBe(true);
    expect(session.getState()).toEqual({ status: 'signed-in', user });
    expect(seen).toEqual(['signed-in']);
    expect(calls).toEqual(['POST /api/auth/login/']);
  });

  it('keeps the user signed out and shows the problem when the password is wrong', async () => {
    const { session } = setup(() => problem(401, 'INVALID_CREDENTIALS'));
    const outcome = await session.signIn({ email: user.email, password: 'bad', remember_me: false });
    expect(outcome.ok ? undefined : outcome.problem.code).toBe('INVALID_CREDENTIALS');
    expect(session.getState().status).toBe('loading');
  });

  it('shares one refresh between callers at the same time', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { session, calls } = setup(async () => {
      await gate;
      return Response.json({ access: 'a', refresh: 'r' });
    });
    const both = Promise.all([session.refresh(), session.refresh()]);
    release();
    expect(await both).toEqual([true, true]);
    expect(calls).toEqual(['POST /api/auth/token/refresh/']);
  });

  it('refreshes a signed-in session behind a 401 and replays the call', async () => {
    let accessValid = false;
    const { session, client, calls } = setup((path) => {
      if (path === '/api/auth/login/') return Response.json({ user });
      if (path === '/api/auth/token/refresh/') {
        accessValid = true;
        return Response.json({ access: 'a', refresh: 'r' });
      }
      return accessValid
        ? Response.json({ ...user, first_name: 'Ada B.' })
        : problem(401, 'NOT_AUTHENTICATED');
    });
    await session.signIn({ email: user.email, password: 'pw', remember_me: false });
    const { data } = await client.GET('/api/auth/profile/');
    expect(data?.first_name).toBe('Ada B.');
    expect(calls).toEqual([
      'POST /api/auth/login/',
      'GET /api/auth/profile/',
      'POST /api/auth/token/refresh/',
      'GET /api/auth/profile/',
    ]);
    expect(session.getState().status).toBe('signed-in');
  });

  it('ends the session (expired) when the refresh is refused', async () => {
    const { session, client } = setup((path) => {
      if (path === '/api/auth/login/') return Response.json({ user });
      if (path === '/api/auth/token/refresh/') return problem(401, 'TOKEN_REUSED');
      return problem(401, 'TOKEN_INVALID');
    });
    await session.signIn({ email: user.email, password: 'pw', remember_me: false });
    const { response } = await client.GET('/api/auth/profile/');
    expect(response.status).toBe(401);
    expect(session.getState()).toEqual({ status: 'signed-out', expired: true });
  });

  it('is signed out on a 401 about the session, and shows any other 401 as a problem', async () => {
    const cookie = { cookie: 'csrftoken=abc' };
    Object.defineProperty(globalThis, 'document', { value: cookie, configurable: true });
    try {
      let code = 'TOKEN_INVALID';
      const { session } = setup(() => problem(401, code));
      await session.load();
      expect(session.getState()).toEqual({ status: 'signed-out', expired: false });
      code = 'API_CLIENT_REQUIRED';
      await session.load();
      const state = session.getState();
      expect(state.status).toBe('error');
      expect(state.status === 'error' ? state.problem.code : undefined).toBe('API_CLIENT_REQUIRED');
    } finally {
      Reflect.deleteProperty(globalThis, 'document');
    }
  });

  it('signs out even when the server no longer knows the session, but not when it is unreachable', async () => {
    let reachable = false;
    const { session } = setup((path) => {
      if (path === '/api/auth/login/') return Response.json({ user });
      if (!reachable) throw new TypeError('Failed to fetch');
      return problem(401, 'NOT_AUTHENTICATED');
    });
    await session.signIn({ email: user.email, password: 'pw', remember_me: false });
    expect((await session.signOut()).ok).toBe(false);
    expect(session.getState().status).toBe('signed-in');
    reachable = true;
    expect((await session.signOut()).ok).toBe(true);
    expect(session.getState()).toEqual({ status: 'signed-out', expired: false });
  });
});
