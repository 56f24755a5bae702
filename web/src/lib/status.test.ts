import { describe, expect, it } from 'vitest';
import { describeReadiness, LOADING_TEXT, UNREACHABLE_TEXT } from './status.js';

const ready = (overrides: Record<string, unknown> = {}) => ({
  kind: 'response' as const,
  status: 200,
  body: {
    status: 'ready',
    database: 'sqlite',
    migrations: { applied: 3, pending: 0 },
    version: '0.1.0',
    ...overrides,
  },
});

describe('describeReadiness', () => {
  it('says it is checking while the request is in flight', () => {
    expect(describeReadiness({ kind: 'loading' })).toEqual({ state: 'loading', text: LOADING_TEXT });
  });

  it('summarises a ready SQLite server', () => {
    expect(describeReadiness(ready())).toEqual({
      state: 'ready',
      text: 'API ready · SQLite · 3 migrations applied · v0.1.0',
    });
  });

  it('names PostgreSQL, uses the singular, and mentions pending migrations', () => {
    const result = ready({ database: 'postgres', migrations: { applied: 1, pending: 2 }, version: 'v2.0.0' });
    expect(describeReadiness(result)).toEqual({
      state: 'ready',
      text: 'API ready · PostgreSQL · 1 migration applied · 2 pending · v2.0.0',
    });
  });

  it("shows the problem's detail when the server is not ready", () => {
    const result = {
      kind: 'response' as const,
      status: 503,
      body: {
        type: 'about:blank',
        title: 'Service Unavailable',
        status: 503,
        detail: 'Database migrations are pending.',
        code: 'NOT_READY',
      },
    };
    expect(describeReadiness(result)).toEqual({ state: 'error', text: 'Database migrations are pending.' });
  });

  it('falls back to the title, then the status code, when the problem has no detail', () => {
    expect(
      describeReadiness({
        kind: 'response',
        status: 503,
        body: { title: 'Service Unavailable', detail: '' },
      }),
    ).toEqual({ state: 'error', text: 'Service Unavailable' });
    expect(describeReadiness({ kind: 'response', status: 502, body: '<html>Bad gateway</html>' })).toEqual({
      state: 'error',
      text: 'API not ready (HTTP 502)',
    });
  });

  it('reports an unreachable API on a network failure', () => {
    const result = { kind: 'network-error' as const, error: new TypeError('Failed to fetch') };
    expect(describeReadiness(result)).toEqual({ state: 'error', text: UNREACHABLE_TEXT });
  });

  it('does not claim readiness for a 200 whose body is not a readiness report', () => {
    expect(describeReadiness({ kind: 'response', status: 200, body: { status: 'ok' } }).state).toBe('error');
    expect(describeReadiness(ready({ status: 'starting' })).state).toBe('error');
    expect(describeReadiness(ready({ migrations: { applied: -1, pending: 0 } })).state).toBe('error');
    expect(describeReadiness({ kind: 'response', status: 200, body: undefined }).state).toBe('error');
  });
});
