import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { UsersTable } from '../src/db/schema.js';
import { createApiClientFromCli, getApiClientUsage } from '../src/modules/identity/api-clients.service.js';
import type { ApiClientGate } from '../src/platform/api-clients.js';
import type { AuthUser } from '../src/platform/auth.js';
import { AppError } from '../src/platform/errors.js';
import { buildTestApp, problemOf, type TestApp, userRow } from './helpers.js';

interface Harness {
  t: TestApp;
  gate: ApiClientGate;
}

/** Signed-in users by the `x-test-user` header (authentication is another module's job). */
const signedIn = new Map<string, AuthUser>();

function authUser(row: UsersTable): AuthUser {
  return {
    id: row.id,
    email: row.email,
    username: row.username,
    user_type: row.user_type,
    is_superuser: row.is_superuser,
    is_staff: ['staff', 'manager', 'admin'].includes(row.user_type),
    vendor_status: row.vendor_status,
    token_id: null,
    session_id: null,
  };
}

/** A test app with the API-client check, the admin routes and a few probe routes. */
async function harness(settings: Record<string, unknown> = {}): Promise<Harness> {
  const t = await buildTestApp({
    REDIS_KEY_PREFIX: `test:${Math.random().toString(36).slice(2, 10)}:`,
    USAGE_FLUSH_INTERVAL_MS: 3_600_000,
    ...settings,
  });
  // The identity module wires the gate and the admin routes into every app.
  const gate = t.app.apiClients;
  t.app.addHook('onRequest', async (request) => {
    const who = request.headers['x-test-user'];
    if (typeof who === 'string') request.user = signedIn.get(who) ?? null;
  });
  t.app.get('/api/test/ping/', async (request) => ({ client: request.apiClient?.client_id ?? null }));
  t.app.get('/api/test/status/:code/', async (request, reply) => {
    const code = Number((request.params as { code: string }).code);
    if (code >= 400) throw new AppError({ status: code, code: 'TEST', detail: 'As asked.' });
    return reply.code(code).send({});
  });
  return { t, gate };
}

let main: Harness;
let admin: UsersTable;
let staff: UsersTable;

beforeAll(async () => {
  main = await harness();
  admin = userRow({ user_type: 'admin', is_superuser: true });
  staff = userRow({ user_type: 'staff' });
  await main.t.db.insertInto('users').values([admin, staff]).execute();
  signedIn.set('admin', authUser(admin));
  signedIn.set('staff', authUser(staff));
});

afterAll(async () => {
  await main.t.close();
});

interface CreatedClient {
  id: string;
  client_id: string;
  api_key: string;
  key_prefix: string;
  rate_limit: number;
  [field: string]: unknown;
}

function asAdmin(h: Harness, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) {
  return h.t.app.inject({
    method,
    url,
    headers: { 'x-test-user': 'admin' },
    ...(payload ? { payload } : {}),
  });
}

async function createClient(h: Harness, body: object = {}): Promise<CreatedClient> {
  const res = await asAdmin(h, 'POST', '/api/admin/clients/', {
    name: 'Creator Web App',
    type: 'server',
    ...body,
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}

function call(
  h: Harness,
  client: { client_id: string; api_key: string } | null,
  url = '/api/test/ping/',
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return h.t.app.inject({
    method: 'GET',
    url,
    headers: {
      ...(client ? { 'x-client-id': client.client_id, 'x-api-key': client.api_key } : {}),
      ...headers,
    },
  });
}

describe('admin API for API clients', () => {
  it('creates a client and shows its key once; only the hash is stored', async () => {
    const res = await asAdmin(main, 'POST', '/api/admin/clients/', {
      name: 'Creator Web App',
      type: 'web',
      rate_limit: 1000,
      allowed_origins: ['https://app.example.com/'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const created = res.json();
    expect(created).toMatchObject({
      name: 'Creator Web App',
      type: 'web',
      rate_limit: 1000,
      allowed_origins: ['https://app.example.com'],
      is_active: true,
      created_by: admin.id,
      last_used_at: null,
      revoked_at: null,
    });
    expect(created.client_id).toMatch(/^cl_[0-9a-f]{20}$/);
    expect(created.api_key).toMatch(/^sk_[A-Za-z0-9_-]{43}$/);
    expect(created.key_prefix).toBe(created.api_key.slice(0, 10));

    const row = await main.t.db
      .selectFrom('api_clients')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(createHash('sha256').update(created.api_key).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(created.api_key);
    expect(row.is_active).toBe(true);

    const got = await asAdmin(main, 'GET', `/api/admin/clients/${created.id}/`);
    expect(got.statusCode).toBe(200);
    expect(got.json().api_key).toBeUndefined();
    expect(got.json().client_id).toBe(created.client_id);
    // The public client id finds it too.
    expect((await asAdmin(main, 'GET', `/api/admin/clients/${created.client_id}`)).json().id).toBe(
      created.id,
    );

    const list = await asAdmin(main, 'GET', '/api/admin/clients/?page_size=100');
    expect(list.statusCode).toBe(200);
    const page = list.json();
    expect(page.count).toBeGreaterThanOrEqual(1);
    expect(page.results.some((c: CreatedClient) => c.id === created.id)).toBe(true);
    expect(list.body).not.toContain('api_key');
    expect(list.body).not.toContain(created.api_key);
  });

  it('documents every operation under the admin tag', async () => {
    const doc = (await main.t.app.inject({ url: '/api/schema/' })).json();
    const ops: Record<string, { tags?: string[]; responses: Record<string, unknown> }> = {};
    for (const item of Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>)) {
      for (const op of Object.values(item)) if (op.operationId) ops[op.operationId] = op as never;
    }
    for (const id of [
      'admin.clients.list',
      'admin.clients.create',
      'admin.clients.get',
      'admin.clients.update',
      'admin.clients.revoke',
      'admin.clients.rotateKey',
      'admin.clients.usage',
    ]) {
      expect(ops[id]?.tags).toEqual(['admin']);
    }
    expect(Object.keys(ops['admin.clients.create']?.responses ?? {})).toContain('201');
    expect(Object.keys(ops['admin.clients.revoke']?.responses ?? {})).toContain('204');
  });

  it('validates the body', async () => {
    const badType = await asAdmin(main, 'POST', '/api/admin/clients/', { name: 'x', type: 'toaster' });
    expect(badType.statusCode).toBe(400);
    expect(problemOf(badType).errors?.type).toBeDefined();
    const badOrigin = await asAdmin(main, 'POST', '/api/admin/clients/', {
      name: 'x',
      type: 'web',
      allowed_origins: ['not a url', 'https://ok.example.com/path'],
    });
    expect(badOrigin.statusCode).toBe(400);
    expect(problemOf(badOrigin).errors?.allowed_origins?.[0]).toContain('not a url');
    const zero = await asAdmin(main, 'POST', '/api/admin/clients/', {
      name: 'x',
      type: 'server',
      rate_limit: 0,
    });
    expect(zero.statusCode).toBe(400);
    expect(problemOf(zero).errors?.rate_limit).toBeDefined();
  });

  it('answers 404 API_CLIENT_NOT_FOUND for an unknown client', async () => {
    for (const id of ['0190f5c6-0000-7000-8000-000000000000', 'cl_nope']) {
      const res = await asAdmin(main, 'GET', `/api/admin/clients/${id}/`);
      expect(res.statusCode).toBe(404);
      expect(problemOf(res).code).toBe('API_CLIENT_NOT_FOUND');
    }
  });

  it('is for admins only: 401 anonymous, 403 staff', async () => {
    const anonymous = await main.t.app.inject({ method: 'GET', url: '/api/admin/clients/' });
    expect(anonymous.statusCode).toBe(401);
    const staffList = await main.t.app.inject({
      method: 'GET',
      url: '/api/admin/clients/',
      headers: { 'x-test-user': 'staff' },
    });
    expect(staffList.statusCode).toBe(403);
    const before = await main.t.db
      .selectFrom('api_clients')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const staffCreate = await main.t.app.inject({
      method: 'POST',
      url: '/api/admin/clients/',
      headers: { 'x-test-user': 'staff' },
      payload: { name: 'sneaky', type: 'server' },
    });
    expect(staffCreate.statusCode).toBe(403);
    expect(problemOf(staffCreate).code).toBe('PERMISSION_DENIED');
    const after = await main.t.db
      .selectFrom('api_clients')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('updates name, rate limit, origins and active; the change applies at once', async () => {
    const client = await createClient(main, { rate_limit: 50 });
    expect((await call(main, client)).statusCode).toBe(200);

    const off = await asAdmin(main, 'PATCH', `/api/admin/clients/${client.id}/`, { is_active: false });
    expect(off.statusCode).toBe(200);
    expect(off.json().is_active).toBe(false);
    const refused = await call(main, client);
    expect(refused.statusCode).toBe(401);
    expect(problemOf(refused).code).toBe('INVALID_API_CLIENT');

    const on = await asAdmin(main, 'PATCH', `/api/admin/clients/${client.id}/`, {
      is_active: true,
      name: 'Renamed',
      rate_limit: 70,
    });
    expect(on.json()).toMatchObject({ is_active: true, name: 'Renamed', rate_limit: 70 });
    const ok = await call(main, client);
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['ratelimit-limit']).toBe('70');

    const audit = await main.t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'api_client.updated')
      .where('target_id', '=', client.id)
      .execute();
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[1]?.details ?? '{}').changes.rate_limit).toEqual({ from: 50, to: 70 });
  });
});

describe('X-Client-ID + X-API-Key', () => {
  it('attributes a request to its client', async () => {
    const client = await createClient(main, { rate_limit: 100 });
    const res = await call(main, client);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ client: client.client_id });
    expect(res.headers['ratelimit-limit']).toBe('100');
    expect(res.headers['ratelimit-remaining']).toBe('99');
    const reset = Number(res.headers['ratelimit-reset']);
    expect(reset).toBeGreaterThanOrEqual(1);
    expect(reset).toBeLessThanOrEqual(60);

    const anonymous = await call(main, null);
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ client: null });
    expect(anonymous.headers['ratelimit-limit']).toBe(String(main.t.config.RATE_LIMIT_ANONYMOUS));
  });

  it('refuses a wrong key, an unknown id, half a pair and a revoked client with 401 INVALID_API_CLIENT', async () => {
    const client = await createClient(main);
    // Accepted once first: a near-miss of a key the process has already accepted is refused as well.
    expect((await call(main, client)).statusCode).toBe(200);
    const cases = [
      // The last character changed (to another one: a key may well end in "A").
      {
        'x-client-id': client.client_id,
        'x-api-key': `${client.api_key.slice(0, -1)}${client.api_key.endsWith('A') ? 'B' : 'A'}`,
      },
      { 'x-client-id': client.client_id, 'x-api-key': 'sk_short' },
      { 'x-client-id': 'cl_00000000000000000000', 'x-api-key': client.api_key },
      { 'x-client-id': client.client_id },
      { 'x-api-key': client.api_key },
    ];
    for (const headers of cases) {
      const res = await main.t.app.inject({ method: 'GET', url: '/api/test/ping/', headers });
      expect(res.statusCode).toBe(401);
      const body = problemOf(res);
      expect(body.code).toBe('INVALID_API_CLIENT');
      expect(body.detail).toBeTruthy();
    }
    expect((await call(main, client)).statusCode).toBe(200);

    const revoked = await asAdmin(main, 'DELETE', `/api/admin/clients/${client.id}/`);
    expect(revoked.statusCode).toBe(204);
    expect(revoked.body).toBe('');
    const after = await call(main, client);
    expect(after.statusCode).toBe(401);
    expect(problemOf(after).code).toBe('INVALID_API_CLIENT');

    const row = await asAdmin(main, 'GET', `/api/admin/clients/${client.id}/`);
    expect(row.json()).toMatchObject({ is_active: false });
    expect(row.json().revoked_at).toEqual(expect.any(String));
    // Revoked is for good: no reactivation, no new key; revoking again changes nothing.
    const reactivate = await asAdmin(main, 'PATCH', `/api/admin/clients/${client.id}/`, { is_active: true });
    expect(reactivate.statusCode).toBe(409);
    expect(problemOf(reactivate).code).toBe('API_CLIENT_REVOKED');
    const rotate = await asAdmin(main, 'POST', `/api/admin/clients/${client.id}/rotate-key/`);
    expect(rotate.statusCode).toBe(409);
    expect((await asAdmin(main, 'DELETE', `/api/admin/clients/${client.id}/`)).statusCode).toBe(204);
    expect((await call(main, client)).statusCode).toBe(401);
  });

  it('rotates the key: the old one stops working, the new one works', async () => {
    const client = await createClient(main);
    expect((await call(main, client)).statusCode).toBe(200);
    const res = await asAdmin(main, 'POST', `/api/admin/clients/${client.id}/rotate-key/`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const rotated = res.json();
    expect(rotated.client_id).toBe(client.client_id);
    expect(rotated.api_key).toMatch(/^sk_/);
    expect(rotated.api_key).not.toBe(client.api_key);
    expect(rotated.key_prefix).toBe(rotated.api_key.slice(0, 10));

    const old = await call(main, client);
    expect(old.statusCode).toBe(401);
    expect(problemOf(old).code).toBe('INVALID_API_CLIENT');
    expect((await call(main, { client_id: client.client_id, api_key: rotated.api_key })).statusCode).toBe(
      200,
    );
    expect((await asAdmin(main, 'GET', `/api/admin/clients/${client.id}/`)).json().api_key).toBeUndefined();
  });

  it('writes the audit log for create, rotate and revoke, with who and from where', async () => {
    const client = await createClient(main);
    await asAdmin(main, 'POST', `/api/admin/clients/${client.id}/rotate-key/`);
    await asAdmin(main, 'DELETE', `/api/admin/clients/${client.id}/`);
    const rows = await main.t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target_id', '=', client.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual([
      'api_client.created',
      'api_client.key_rotated',
      'api_client.revoked',
    ]);
    for (const row of rows) {
      expect(row).toMatchObject({ actor_id: admin.id, actor_email: admin.email, target_type: 'api_client' });
      expect(row.ip).toBeTruthy();
      expect(JSON.parse(row.details).client_id).toBe(client.client_id);
      expect(row.details).not.toContain(client.api_key);
    }
  });

  it('limits a client to its rate: 429 RATE_LIMITED with Retry-After and RateLimit-* headers', async () => {
    const client = await createClient(main, { rate_limit: 3 });
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await call(main, client);
      expect(res.statusCode).toBe(200);
      expect(res.headers['ratelimit-limit']).toBe('3');
      remaining.push(String(res.headers['ratelimit-remaining']));
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const limited = await call(main, client);
    expect(limited.statusCode).toBe(429);
    const body = problemOf(limited);
    expect(body.code).toBe('RATE_LIMITED');
    expect(body.status).toBe(429);
    const retry = String(limited.headers['retry-after']);
    expect(retry).toMatch(/^\d+$/);
    expect(Number(retry)).toBeGreaterThanOrEqual(1);
    expect(Number(retry)).toBeLessThanOrEqual(60);
    expect(limited.headers['ratelimit-limit']).toBe('3');
    expect(limited.headers['ratelimit-remaining']).toBe('0');
    expect(Number(limited.headers['ratelimit-reset'])).toBeGreaterThanOrEqual(1);

    const redis = main.t.app.ctx.redis;
    if (redis) {
      // With Redis the count lives there (under REDIS_KEY_PREFIX), shared by every instance.
      expect(main.gate.limiter.shared).toBe(true);
      expect(Number(await redis.get(`rl:api:c:${client.client_id}`))).toBe(4);
    }

    // Its own budget: other clients and anonymous callers are not affected.
    const other = await createClient(main, { rate_limit: 3 });
    expect((await call(main, other)).statusCode).toBe(200);
    expect((await call(main, null)).statusCode).toBe(200);
  });

  it('lets exactly N of N+5 parallel requests through', async () => {
    const n = 10;
    const client = await createClient(main, { rate_limit: n });
    const results = await Promise.all(Array.from({ length: n + 5 }, () => call(main, client)));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(n);
    expect(codes.filter((c) => c === 429)).toHaveLength(5);
  });

  it("refuses a client's browser requests from origins it does not list, whatever its type", async () => {
    const web = await createClient(main, { type: 'web', allowed_origins: ['https://app.example.com'] });
    const foreign = await call(main, web, '/api/test/ping/', { origin: 'https://evil.example.com' });
    expect(foreign.statusCode).toBe(403);
    expect(problemOf(foreign).code).toBe('ORIGIN_NOT_ALLOWED');
    expect((await call(main, web, '/api/test/ping/', { origin: 'https://app.example.com' })).statusCode).toBe(
      200,
    );
    // Not a browser (no Origin): allowed.
    expect((await call(main, web)).statusCode).toBe(200);
    // The admin and POS areas are browser apps too: listed origins bind every type.
    for (const type of ['admin', 'pos', 'mobile', 'server'] as const) {
      const other = await createClient(main, { type, allowed_origins: ['https://app.example.com'] });
      const refused = await call(main, other, '/api/test/ping/', { origin: 'https://evil.example.com' });
      expect(refused.statusCode, type).toBe(403);
      expect((await call(main, other)).statusCode, type).toBe(200);
    }
    // No origins listed: any origin.
    const open = await createClient(main, { type: 'server' });
    expect(
      (await call(main, open, '/api/test/ping/', { origin: 'https://evil.example.com' })).statusCode,
    ).toBe(200);
  });

  it('counts usage per hour and status class, written by the flush with no write per request', async () => {
    const client = await createClient(main, { rate_limit: 100 });
    await main.gate.flushUsage();
    for (const url of [
      '/api/test/ping/',
      '/api/test/ping/',
      '/api/test/status/302/',
      '/api/test/status/404/',
    ]) {
      await call(main, client, url);
    }
    await call(main, client, '/api/test/status/503/');
    // Nothing written yet.
    const before = await main.t.db
      .selectFrom('api_client_usage')
      .selectAll()
      .where('api_client_id', '=', client.id)
      .execute();
    expect(before).toEqual([]);

    await main.gate.flushUsage();
    const rows = await main.t.db
      .selectFrom('api_client_usage')
      .selectAll()
      .where('api_client_id', '=', client.id)
      .execute();
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row).toMatchObject({ requests: 5, status_2xx: 2, status_3xx: 1, status_4xx: 1, status_5xx: 1 });
    const hour = new Date(String(row?.hour));
    expect(hour.getTime() % 3_600_000).toBe(0);
    expect(Date.now() - hour.getTime()).toBeLessThan(3_600_000 + 60_000);
    const used = await main.t.db
      .selectFrom('api_clients')
      .select('last_used_at')
      .where('id', '=', client.id)
      .executeTakeFirstOrThrow();
    expect(used.last_used_at).toEqual(expect.any(String));

    // A second flush adds to the same hour (one upsert per client and hour).
    await call(main, client);
    await main.gate.flushUsage();
    await main.gate.flushUsage();
    const again = await main.t.db
      .selectFrom('api_client_usage')
      .selectAll()
      .where('api_client_id', '=', client.id)
      .executeTakeFirstOrThrow();
    expect(again).toMatchObject({ requests: 6, status_2xx: 3 });

    const report = await asAdmin(main, 'GET', `/api/admin/clients/${client.id}/usage/`);
    expect(report.statusCode).toBe(200);
    const usage = report.json();
    expect(usage).toMatchObject({ client_id: client.client_id, total_requests: 6 });
    expect(usage.by_hour).toHaveLength(1);
    expect(usage.by_hour[0]).toMatchObject({ requests: 6, status_2xx: 3, status_4xx: 1, status_5xx: 1 });
    expect(usage.by_day).toHaveLength(1);
    expect(usage.by_day[0].day).toBe(usage.by_hour[0].hour.slice(0, 10));

    const future = await asAdmin(
      main,
      'GET',
      `/api/admin/clients/${client.id}/usage/?since=${encodeURIComponent(new Date(Date.now() + 7_200_000).toISOString())}`,
    );
    expect(future.json()).toMatchObject({ total_requests: 0, by_hour: [], by_day: [] });
    const bad = await asAdmin(main, 'GET', `/api/admin/clients/${client.id}/usage/?since=yesterday`);
    expect(bad.statusCode).toBe(400);
  });

  it('sums hours into days in the usage report', async () => {
    const client = await createClient(main);
    const day = '2030-01-02';
    await main.t.db
      .insertInto('api_client_usage')
      .values([
        {
          api_client_id: client.id,
          hour: `${day}T01:00:00.000Z`,
          requests: 3,
          status_2xx: 3,
          status_3xx: 0,
          status_4xx: 0,
          status_5xx: 0,
        },
        {
          api_client_id: client.id,
          hour: `${day}T05:00:00.000Z`,
          requests: 2,
          status_2xx: 0,
          status_3xx: 0,
          status_4xx: 2,
          status_5xx: 0,
        },
        {
          api_client_id: client.id,
          hour: '2030-01-03T00:00:00.000Z',
          requests: 1,
          status_2xx: 0,
          status_3xx: 0,
          status_4xx: 0,
          status_5xx: 1,
        },
      ])
      .execute();
    const report = await getApiClientUsage(main.t.db, client.id, new Date('2030-01-02T00:30:00Z'));
    expect(report.since).toBe('2030-01-02T00:00:00.000Z');
    expect(report.total_requests).toBe(6);
    expect(report.by_hour.map((h) => h.hour)).toEqual([
      '2030-01-02T01:00:00.000Z',
      '2030-01-02T05:00:00.000Z',
      '2030-01-03T00:00:00.000Z',
    ]);
    expect(report.by_day).toEqual([
      { day: '2030-01-02', requests: 5, status_2xx: 3, status_3xx: 0, status_4xx: 2, status_5xx: 0 },
      { day: '2030-01-03', requests: 1, status_2xx: 0, status_3xx: 0, status_4xx: 0, status_5xx: 1 },
    ]);
  });

  it('creates clients from the CLI helper', async () => {
    const created = await createApiClientFromCli(main.t.db, { name: 'POS', type: 'pos', rateLimit: 120 });
    expect(created).toMatchObject({ name: 'POS', type: 'pos', rate_limit: 120, created_by: null });
    expect(created.api_key).toMatch(/^sk_/);
    const res = await call(main, created);
    expect(res.statusCode).toBe(200);
    expect(res.headers['ratelimit-limit']).toBe('120');
    const audit = await main.t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target_id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('api_client.created');
    expect(audit.actor_id).toBeNull();
    expect(JSON.parse(audit.details).via).toBe('cli');
    await expect(createApiClientFromCli(main.t.db, { name: ' ', type: 'web' })).rejects.toMatchObject({
      code: 'VALIDATION_ERROR',
    });
  });

  it('does not look a cached client up again', async () => {
    const client = await createClient(main);
    expect((await call(main, client)).statusCode).toBe(200);
    // Changed behind the process's back (another instance, say): this one keeps its cache for a while.
    await main.t.db.updateTable('api_clients').set({ rate_limit: 7 }).where('id', '=', client.id).execute();
    const res = await call(main, client);
    expect(res.headers['ratelimit-limit']).toBe(String(client.rate_limit));
    main.gate.invalidate(client.client_id);
    expect((await call(main, client)).headers['ratelimit-limit']).toBe('7');
  });
});

describe('usage flushing', () => {
  it('flushes on its timer and when the app closes', async () => {
    const h = await harness({ USAGE_FLUSH_INTERVAL_MS: 100 });
    try {
      const client = await createApiClientFromCli(h.t.db, { name: 'Timer', type: 'server' });
      const usage = () =>
        h.t.db.selectFrom('api_client_usage').selectAll().where('api_client_id', '=', client.id).execute();
      expect((await call(h, client)).statusCode).toBe(200);
      await vi.waitFor(async () => expect(await usage()).toMatchObject([{ requests: 1 }]), {
        timeout: 5000,
        interval: 50,
      });
      expect((await call(h, client)).statusCode).toBe(200);
      await h.t.app.close();
      expect(await usage()).toMatchObject([{ requests: 2, status_2xx: 2 }]);
    } finally {
      await h.t.close();
    }
  });
});

describe('anonymous budget and REQUIRE_API_CLIENT', () => {
  let anon: Harness;
  let strict: Harness;

  beforeAll(async () => {
    anon = await harness({ RATE_LIMIT_ANONYMOUS: 3 });
    strict = await harness({ REQUIRE_API_CLIENT: true });
  });

  afterAll(async () => {
    await anon?.t.close();
    await strict?.t.close();
  });

  it('limits requests without a client per IP address', async () => {
    const from = (ip: string) =>
      anon.t.app.inject({ method: 'GET', url: '/api/test/ping/', remoteAddress: ip });
    for (let i = 0; i < 3; i++) {
      const res = await from('203.0.113.7');
      expect(res.statusCode).toBe(200);
      expect(res.headers['ratelimit-limit']).toBe('3');
    }
    const limited = await from('203.0.113.7');
    expect(limited.statusCode).toBe(429);
    expect(problemOf(limited).code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Another address has its own budget; the health check and the docs are not limited.
    expect((await from('203.0.113.8')).statusCode).toBe(200);
    expect((await anon.t.app.inject({ url: '/healthz', remoteAddress: '203.0.113.7' })).statusCode).toBe(200);
    expect((await anon.t.app.inject({ url: '/api/schema/', remoteAddress: '203.0.113.7' })).statusCode).toBe(
      200,
    );
  });

  it('requires a client on /api/* but not on the health check or the docs', async () => {
    const res = await call(strict, null);
    expect(res.statusCode).toBe(401);
    expect(problemOf(res).code).toBe('API_CLIENT_REQUIRED');
    // The router decodes %XX: an encoded path does not slip past.
    const encoded = await strict.t.app.inject({ method: 'GET', url: '/%61pi/test/ping/' });
    expect(encoded.statusCode).toBe(401);
    expect(problemOf(encoded).code).toBe('API_CLIENT_REQUIRED');

    expect((await strict.t.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await strict.t.app.inject({ url: '/api/docs/' })).statusCode).toBe(200);
    expect((await strict.t.app.inject({ url: '/api/schema/' })).statusCode).toBe(200);

    const client = await createApiClientFromCli(strict.t.db, {
      name: 'Admin UI',
      type: 'admin',
      rateLimit: 100,
    });
    const ok = await call(strict, client);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ client: client.client_id });
    // The admin API too needs the pair, on top of the signed-in admin.
    const bare = await asAdmin(strict, 'GET', '/api/admin/clients/');
    expect(problemOf(bare).code).toBe('API_CLIENT_REQUIRED');
    const withClient = await strict.t.app.inject({
      method: 'GET',
      url: '/api/admin/clients/',
      headers: { 'x-test-user': 'admin', 'x-client-id': client.client_id, 'x-api-key': client.api_key },
    });
    expect(withClient.statusCode).toBe(200);
    // The one made here and the web app's four areas.
    expect(withClient.json().count).toBe(5);
  });
});

describe("public clients: the web app's areas", () => {
  let strict: Harness;
  let webRoot: string;
  const areas = new Map<string, CreatedClient>();

  beforeAll(async () => {
    webRoot = mkdtempSync(path.join(tmpdir(), 'mercato-web-'));
    writeFileSync(
      path.join(webRoot, 'index.html'),
      '<!doctype html><html><head><title>Mercato</title></head><body><div id="root"></div></body></html>',
    );
    strict = await harness({ REQUIRE_API_CLIENT: true, WEB_ROOT: webRoot });
    const list = await asAdmin(main, 'GET', '/api/admin/clients/?page_size=100');
    for (const c of list.json().results as CreatedClient[]) if (c.web_area) areas.set(String(c.web_area), c);
  });

  afterAll(async () => {
    await strict?.t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  /** A request naming a public client by its id only, as the web app sends it. */
  function viaPublic(
    h: Harness,
    clientId: string,
    headers: Record<string, string> = {},
    ip = '198.51.100.1',
  ) {
    return h.t.app.inject({
      method: 'GET',
      url: '/api/test/ping/',
      remoteAddress: ip,
      headers: { 'x-client-id': clientId, ...headers },
    });
  }

  /** The admin API through the admin area's public client, from the app's own origin, as the web app calls it. */
  async function asAdminViaArea(method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) {
    const adminArea = await areaOf(strict, 'admin');
    return strict.t.app.inject({
      method,
      url,
      headers: {
        'x-test-user': 'admin',
        'x-client-id': adminArea.client_id,
        origin: strict.t.config.PUBLIC_URL,
      },
      ...(payload ? { payload } : {}),
    });
  }

  async function areaOf(h: Harness, area: string): Promise<CreatedClient> {
    const row = await h.t.db
      .selectFrom('api_clients')
      .selectAll()
      .where('web_area', '=', area as never)
      .executeTakeFirstOrThrow();
    return { ...row, api_key: '' } as unknown as CreatedClient;
  }

  it('exist from the start, one public client per area, listed without a key', async () => {
    expect([...areas.keys()].sort()).toEqual(['account', 'admin', 'pos', 'storefront']);
    for (const [area, c] of areas) {
      expect(c, area).toMatchObject({ is_public: true, is_active: true, key_prefix: '', revoked_at: null });
      expect(c.client_id).toMatch(/^cl_[0-9a-f]{20}$/);
    }
    expect(areas.get('pos')?.type).toBe('pos');
    expect(areas.get('admin')?.type).toBe('admin');
    expect(areas.get('storefront')?.type).toBe('web');
    // Confidential clients made by the admin are not public.
    expect(await createClient(main)).toMatchObject({ is_public: false, web_area: null });
  });

  it('are accepted from the app’s own origin, with REQUIRE_API_CLIENT on', async () => {
    const storefront = await areaOf(strict, 'storefront');
    const own = strict.t.config.PUBLIC_URL;
    const cases: Array<Record<string, string>> = [
      { origin: own },
      // Same-origin GETs carry no Origin: the Referer's origin, or the browser's Sec-Fetch-Site.
      { referer: `${own}/shop/products` },
      { 'sec-fetch-site': 'same-origin' },
      // The host the request was sent to is the app's own too (another name for the server).
      { host: 'shop.example.net', origin: 'http://shop.example.net' },
    ];
    for (const headers of cases) {
      const res = await viaPublic(strict, storefront.client_id, headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(200);
      expect(res.json()).toEqual({ client: storefront.client_id });
      expect(res.headers['ratelimit-limit']).toBe(String(storefront.rate_limit));
    }
  });

  it('are refused from another origin, and without any origin when a client is required', async () => {
    const account = await areaOf(strict, 'account');
    const cases: Array<Record<string, string>> = [
      { origin: 'https://evil.example.com' },
      { referer: 'https://evil.example.com/page' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site', referer: 'not a url' },
    ];
    for (const headers of cases) {
      const res = await viaPublic(strict, account.client_id, headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(problemOf(res).code).toBe('ORIGIN_NOT_ALLOWED');
    }
    const bare = await viaPublic(strict, account.client_id);
    expect(bare.statusCode).toBe(403);
    expect(problemOf(bare).code).toBe('ORIGIN_NOT_ALLOWED');
    expect(problemOf(bare).detail).toContain('names no origin');
    // Not required: a request naming no origin is an anonymous one.
    const loose = await viaPublic(main, areas.get('account')!.client_id);
    expect(loose.statusCode).toBe(200);
    expect(loose.json()).toEqual({ client: null });
    expect(loose.headers['ratelimit-limit']).toBe(String(main.t.config.RATE_LIMIT_ANONYMOUS));
    // Not required, another origin: refused all the same.
    const foreign = await viaPublic(main, areas.get('account')!.client_id, {
      origin: 'https://evil.example.com',
    });
    expect(problemOf(foreign).code).toBe('ORIGIN_NOT_ALLOWED');
  });

  it('accept the origins an admin lists, at once; never a key; cannot get one nor be revoked', async () => {
    const pos = await areaOf(strict, 'pos');
    const partner = { origin: 'https://till.example.com' };
    expect((await viaPublic(strict, pos.client_id, partner)).statusCode).toBe(403);
    const patched = await asAdminViaArea('PATCH', `/api/admin/clients/${pos.id}/`, {
      allowed_origins: ['https://till.example.com'],
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ allowed_origins: ['https://till.example.com'], is_public: true });
    expect((await viaPublic(strict, pos.client_id, partner)).statusCode).toBe(200);
    // The app's own origin stays allowed.
    expect((await viaPublic(strict, pos.client_id, { origin: strict.t.config.PUBLIC_URL })).statusCode).toBe(
      200,
    );

    // A key (any key) is never accepted for a public client.
    const withKey = await viaPublic(strict, pos.client_id, { ...partner, 'x-api-key': 'sk_anything' });
    expect(withKey.statusCode).toBe(401);
    expect(problemOf(withKey).code).toBe('INVALID_API_CLIENT');

    const rotate = await asAdminViaArea('POST', `/api/admin/clients/${pos.id}/rotate-key/`);
    expect(rotate.statusCode).toBe(409);
    expect(problemOf(rotate).code).toBe('API_CLIENT_PUBLIC');
    const revoke = await asAdminViaArea('DELETE', `/api/admin/clients/${pos.id}/`);
    expect(revoke.statusCode).toBe(409);
    expect(problemOf(revoke).code).toBe('WEB_APP_CLIENT');
    expect((await viaPublic(strict, pos.client_id, partner)).statusCode).toBe(200);

    // Deactivated by an admin: refused, until switched back on.
    await asAdminViaArea('PATCH', `/api/admin/clients/${pos.id}/`, { is_active: false });
    const off = await viaPublic(strict, pos.client_id, partner);
    expect(off.statusCode).toBe(401);
    expect(problemOf(off).code).toBe('INVALID_API_CLIENT');
    await asAdminViaArea('PATCH', `/api/admin/clients/${pos.id}/`, { is_active: true });
    expect((await viaPublic(strict, pos.client_id, partner)).statusCode).toBe(200);
  });

  it('have their own rate limit, counted per caller address', async () => {
    const account = await areaOf(strict, 'account');
    await asAdminViaArea('PATCH', `/api/admin/clients/${account.id}/`, { rate_limit: 3 });
    const own = { origin: strict.t.config.PUBLIC_URL };
    for (let i = 0; i < 3; i++) {
      const res = await viaPublic(strict, account.client_id, own, '203.0.113.50');
      expect(res.statusCode).toBe(200);
      expect(res.headers['ratelimit-limit']).toBe('3');
    }
    const limited = await viaPublic(strict, account.client_id, own, '203.0.113.50');
    expect(limited.statusCode).toBe(429);
    expect(problemOf(limited).code).toBe('RATE_LIMITED');
    // Another caller of the same public client has its own budget; so do the other areas.
    expect((await viaPublic(strict, account.client_id, own, '203.0.113.51')).statusCode).toBe(200);
    const storefront = await areaOf(strict, 'storefront');
    expect((await viaPublic(strict, storefront.client_id, own, '203.0.113.50')).statusCode).toBe(200);
  });

  it('are named in the served page, on every client route', async () => {
    const expected = await strict.t.db
      .selectFrom('api_clients')
      .select(['web_area', 'client_id'])
      .where('web_area', 'is not', null)
      .execute();
    expect(expected).toHaveLength(4);
    for (const url of ['/', '/index.html', '/shop/products', '/admin/clients']) {
      const res = await strict.t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      for (const { web_area, client_id } of expected) {
        expect(res.body).toContain(
          `<meta name="mercato-client-id" data-area="${web_area}" content="${client_id}"></head>`.slice(
            0,
            -7,
          ),
        );
      }
      expect(res.body).not.toContain('sk_');
    }
  });
});

describe('PATCH /api/admin/clients/<id>/: who, then which client, then the body', () => {
  it('answers 401, 403, 404, then 400', async () => {
    const client = await createClient(main);
    const bad = { rate_limit: 'lots', nonsense: true };
    const anonymous = await main.t.app.inject({
      method: 'PATCH',
      url: `/api/admin/clients/${client.id}/`,
      payload: bad,
    });
    expect(anonymous.statusCode).toBe(401);
    const staffPatch = await main.t.app.inject({
      method: 'PATCH',
      url: `/api/admin/clients/${client.id}/`,
      headers: { 'x-test-user': 'staff' },
      payload: bad,
    });
    expect(staffPatch.statusCode).toBe(403);
    for (const id of ['0190f5c6-0000-7000-8000-000000000000', 'cl_nope', 'x'.repeat(150)]) {
      const missing = await asAdmin(main, 'PATCH', `/api/admin/clients/${id}/`, bad);
      expect(missing.statusCode, id).toBe(404);
      expect(problemOf(missing).code).toBe('API_CLIENT_NOT_FOUND');
    }
    const invalid = await asAdmin(main, 'PATCH', `/api/admin/clients/${client.id}/`, bad);
    expect(invalid.statusCode).toBe(400);
    expect(problemOf(invalid).code).toBe('VALIDATION_ERROR');
    // By its public id too.
    const ok = await asAdmin(main, 'PATCH', `/api/admin/clients/${client.client_id}/`, { rate_limit: 9 });
    expect(ok.json().rate_limit).toBe(9);
  });
});
