/**
 * Adversarial review of public API clients and REQUIRE_API_CLIENT: origin
 * spoofing, rate-limit bypasses, the admin API's guards and its bad inputs,
 * and the routes that must stay outside the check. Through real HTTP (inject)
 * on a real app, users signed in through the login route.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app.js';
import { connect } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createSuperuser, createUser } from '../src/modules/identity/index.js';
import { PASSWORD, uniqueEmail } from './auth-helpers.js';
import { buildTestApp, createTestDatabase, onRedis, problemOf, type TestApp, testConfig } from './helpers.js';

interface Area {
  id: string;
  client_id: string;
  rate_limit: number;
}

let strict: TestApp;
let webRoot: string;
const areas = new Map<string, Area>();
/** The app's own origin (`PUBLIC_URL`). */
let own: string;
let adminAccess: string;
let managerAccess: string;

/** The admin area's headers, as the web app sends them from its own origin. */
function adminArea(extra: Record<string, string> = {}): Record<string, string> {
  return { 'x-client-id': areas.get('admin')!.client_id, origin: own, ...extra };
}

async function signIn(t: TestApp, email: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/token/',
    headers: { 'x-client-id': areas.get('account')!.client_id, origin: own },
    payload: { email, password: PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().access;
}

beforeAll(async () => {
  webRoot = mkdtempSync(path.join(tmpdir(), 'mercato-review-web-'));
  writeFileSync(
    path.join(webRoot, 'index.html'),
    '<!doctype html><html><head><title>Mercato</title></head><body><div id="root"></div></body></html>',
  );
  strict = await buildTestApp({
    REQUIRE_API_CLIENT: true,
    WEB_ROOT: webRoot,
    USAGE_FLUSH_INTERVAL_MS: 3_600_000,
  });
  own = strict.config.PUBLIC_URL;
  const rows = await strict.db
    .selectFrom('api_clients')
    .select(['id', 'client_id', 'rate_limit', 'web_area'])
    .where('web_area', 'is not', null)
    .execute();
  for (const r of rows) areas.set(String(r.web_area), r);
  const adminEmail = uniqueEmail('admin');
  await createSuperuser(strict.db, { email: adminEmail, password: PASSWORD });
  const managerEmail = uniqueEmail('manager');
  await createUser(strict.db, {
    email: managerEmail,
    password: PASSWORD,
    user_type: 'manager',
    email_verified: true,
  });
  adminAccess = await signIn(strict, adminEmail);
  managerAccess = await signIn(strict, managerEmail);
});

afterAll(async () => {
  await strict?.close();
  rmSync(webRoot, { recursive: true, force: true });
});

function viaPublic(
  area: string,
  headers: Record<string, string>,
  ip = '198.51.100.7',
  url = '/api/products/',
) {
  return strict.app.inject({
    method: 'GET',
    url,
    remoteAddress: ip,
    headers: { 'x-client-id': areas.get(area)!.client_id, ...headers },
  });
}

describe('public client origins: spoofing', () => {
  it('refuses look-alikes of the app’s own origin', async () => {
    const cases: Array<Record<string, string>> = [
      { origin: `${own}/` },
      { origin: `${own}:80` },
      { origin: own.replace('http:', 'https:') },
      { origin: own.replace('//', '//user@') },
      { origin: `${own}.evil.com` },
      { origin: `${own} ` },
      { origin: 'null' },
      { origin: 'null', referer: `${own}/shop` },
      { referer: `${own.replace('//', '//x@')}.evil.com/` },
      { referer: `https://evil.com/${own}` },
      { referer: `${own.replace('http:', 'https:')}/` },
      { referer: `${own}@evil.com/` },
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'Same-Origin' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.com', 'sec-fetch-site': 'same-origin' },
      { origin: 'https://evil.com', referer: `${own}/shop` },
      // X-Forwarded-* are not believed without TRUST_PROXY.
      { 'x-forwarded-host': 'evil.com', origin: 'http://evil.com' },
      { 'x-forwarded-host': 'evil.com', 'x-forwarded-proto': 'https', origin: 'https://evil.com' },
    ];
    for (const headers of cases) {
      const res = await viaPublic('storefront', headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(problemOf(res).code).toBe('ORIGIN_NOT_ALLOWED');
    }
  });

  it('accepts the app’s own origin in the forms a browser sends it', async () => {
    const cases: Array<Record<string, string>> = [
      { origin: own },
      { referer: `${own}/shop?q=1#x` },
      { referer: own.toUpperCase() },
      { 'sec-fetch-site': 'same-origin' },
    ];
    for (const headers of cases) {
      const res = await viaPublic('storefront', headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(200);
    }
  });
});

describe('rate limits: who is a caller', () => {
  let loose: TestApp;
  let proxied: TestApp;

  beforeAll(async () => {
    loose = await buildTestApp({ RATE_LIMIT_ANONYMOUS: 3 });
    proxied = await buildTestApp({ RATE_LIMIT_ANONYMOUS: 3, TRUST_PROXY: 1 });
  });
  afterAll(async () => {
    await loose?.close();
    await proxied?.close();
  });

  const ping = (t: TestApp, remoteAddress: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: '/api/products/', remoteAddress, headers });

  it('does not believe X-Forwarded-For without TRUST_PROXY', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await ping(loose, '203.0.113.20', { 'x-forwarded-for': `192.0.2.${i}` })).statusCode).toBe(200);
    }
    expect((await ping(loose, '203.0.113.20', { 'x-forwarded-for': '192.0.2.99' })).statusCode).toBe(429);
  });

  it('behind one proxy, counts the address the proxy saw, not what the caller wrote before it', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await ping(proxied, '10.0.0.1', { 'x-forwarded-for': `192.0.2.${i}, 203.0.113.21` });
      expect(res.statusCode).toBe(200);
    }
    const res = await ping(proxied, '10.0.0.1', { 'x-forwarded-for': '192.0.2.99, 203.0.113.21' });
    expect(res.statusCode).toBe(429);
  });

  it('counts an IPv6 caller by its /64: hopping addresses within it buys no budget', async () => {
    for (let i = 1; i <= 3; i++) expect((await ping(loose, `2001:db8:1:2::${i}`)).statusCode).toBe(200);
    // Another address of the same /64 (any host has billions of them).
    const hop = await ping(loose, '2001:db8:1:2:ffff:ffff:ffff:ff00');
    expect(hop.statusCode).toBe(429);
    // Another /64 is another caller.
    expect((await ping(loose, '2001:db8:1:3::1')).statusCode).toBe(200);
  });
});

describe('the admin API for clients, signed in through the web app’s admin area', () => {
  const as = (token: string | null) => adminArea(token ? { authorization: `Bearer ${token}` } : {});

  it('refuses a manager everything about clients (403), an anonymous caller 401, before any 404 or 400', async () => {
    const storefront = areas.get('storefront')!;
    const routes: Array<{ method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object }> = [
      { method: 'GET', url: '/api/admin/clients/' },
      { method: 'POST', url: '/api/admin/clients/', payload: { name: 'x', type: 'server' } },
      { method: 'GET', url: `/api/admin/clients/${storefront.id}/` },
      { method: 'PATCH', url: `/api/admin/clients/${storefront.id}/`, payload: { is_active: false } },
      { method: 'PATCH', url: '/api/admin/clients/cl_missing/', payload: { rate_limit: 'x' } },
      { method: 'DELETE', url: `/api/admin/clients/${storefront.id}/` },
      { method: 'POST', url: `/api/admin/clients/${storefront.id}/rotate-key/` },
      { method: 'GET', url: `/api/admin/clients/${storefront.id}/usage/?since=nonsense` },
    ];
    for (const r of routes) {
      const manager = await strict.app.inject({ ...r, headers: as(managerAccess) });
      expect(manager.statusCode, `${r.method} ${r.url}`).toBe(403);
      const anonymous = await strict.app.inject({ ...r, headers: as(null) });
      expect(anonymous.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
    const after = await strict.app.inject({
      url: `/api/admin/clients/${storefront.id}/`,
      headers: as(adminAccess),
    });
    expect(after.json()).toMatchObject({ is_active: true, revoked_at: null });
  });

  it('answers bad input with 4xx problem+json, never 500', async () => {
    const headers = as(adminAccess);
    const storefront = areas.get('storefront')!;
    const cases: Array<{ method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: unknown }> = [
      { method: 'GET', url: '/api/admin/clients/?type=robot' },
      { method: 'GET', url: '/api/admin/clients/?is_active=perhaps' },
      { method: 'GET', url: '/api/admin/clients/?page=-1' },
      { method: 'GET', url: '/api/admin/clients/?page=99999999999999999999' },
      { method: 'GET', url: '/api/admin/clients/?page_size=0' },
      { method: 'GET', url: '/api/admin/clients/?cursor=%00' },
      { method: 'GET', url: '/api/admin/clients/%00/' },
      { method: 'GET', url: `/api/admin/clients/${'é'.repeat(120)}/` },
      { method: 'PATCH', url: '/api/admin/clients/%00/', payload: {} },
      { method: 'PATCH', url: '/api/admin/clients/%ZZ/', payload: {} },
      { method: 'GET', url: `/api/admin/clients/${storefront.id}/usage/?since=2026-02-30T00:00:00Z` },
      { method: 'GET', url: `/api/admin/clients/${storefront.id}/usage/?since=2026-01-01T00:00:00+99:99` },
      { method: 'GET', url: `/api/admin/clients/${storefront.id}/usage/?since=2026-01-01T00:00:60Z` },
      { method: 'PATCH', url: `/api/admin/clients/${storefront.id}/`, payload: [] },
      { method: 'PATCH', url: `/api/admin/clients/${storefront.id}/`, payload: 'null' },
      { method: 'PATCH', url: `/api/admin/clients/${storefront.id}/`, payload: { name: '   ' } },
      { method: 'PATCH', url: `/api/admin/clients/${storefront.id}/`, payload: '{"rate_limit": 1e400}' },
      { method: 'PATCH', url: `/api/admin/clients/${storefront.id}/`, payload: { rate_limit: 2.5 } },
      ...[
        'null',
        '*',
        'javascript:alert(1)',
        'https://app.example.com/path',
        'https://user@app.example.com',
        'https://APP.example.com',
        'https://bücher.example',
        'http://[',
        'https://app.example.com:443',
        'file:///etc/passwd',
        'https://a\u0000b.example.com',
      ].map((o) => ({
        method: 'PATCH' as const,
        url: `/api/admin/clients/${storefront.id}/`,
        payload: { allowed_origins: [o] },
      })),
      {
        method: 'PATCH',
        url: `/api/admin/clients/${storefront.id}/`,
        payload: { allowed_origins: Array.from({ length: 51 }, (_, i) => `https://a${i}.example.com`) },
      },
      { method: 'POST', url: '/api/admin/clients/', payload: { name: 'x', type: 'server', rate_limit: 0 } },
      { method: 'POST', url: '/api/admin/clients/', payload: { name: 'x'.repeat(101), type: 'server' } },
    ];
    for (const c of cases) {
      const res = await strict.app.inject({
        method: c.method,
        url: c.url,
        headers: {
          ...headers,
          ...(typeof c.payload === 'string' ? { 'content-type': 'application/json' } : {}),
        },
        ...(c.payload !== undefined ? { payload: c.payload as object } : {}),
      });
      const label = `${c.method} ${c.url} ${JSON.stringify(c.payload)} → ${res.statusCode} ${res.body.slice(0, 200)}`;
      expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, label).toBeLessThan(500);
      expect(res.headers['content-type'], label).toContain('application/problem+json');
    }
    // Extreme but valid: an answer, not a fault.
    // (Year 0000 is not a date PostgreSQL stores: 400 there, 200 on SQLite; the earliest common one is 0001.)
    for (const since of ['0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '1970-01-01T00:00:00-23:59']) {
      const res = await strict.app.inject({
        url: `/api/admin/clients/${storefront.id}/usage/?since=${encodeURIComponent(since)}`,
        headers,
      });
      expect(res.statusCode, `${since} → ${res.body}`).toBe(200);
    }
    // Fields nobody may set are dropped (the API's convention for unknown fields), never applied.
    for (const payload of [{ is_public: false, web_area: null, key_hash: 'ab', revoked_at: null }]) {
      const res = await strict.app.inject({
        method: 'PATCH',
        url: `/api/admin/clients/${storefront.id}/`,
        headers,
        payload,
      });
      expect(res.statusCode).toBeLessThan(500);
    }
    const made = await strict.app.inject({
      method: 'POST',
      url: '/api/admin/clients/',
      headers,
      payload: { name: 'Sneaky', type: 'web', is_public: true, web_area: 'storefront' },
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ is_public: false, web_area: null });
    // Nothing of the storefront's changed, and it is still public without a key.
    const after = await strict.app.inject({ url: `/api/admin/clients/${storefront.id}/`, headers });
    expect(after.json()).toMatchObject({
      is_public: true,
      web_area: 'storefront',
      allowed_origins: [],
      key_prefix: '',
    });
  });
});

describe('what stays outside the check, and what does not slip past it', () => {
  it('leaves health, readiness, docs, the page and the signed webhook alone', async () => {
    for (const url of ['/healthz', '/readyz', '/api/docs/', '/api/schema/', '/', '/shop/products']) {
      const res = await strict.app.inject({ url, headers: { accept: 'text/html,application/json' } });
      expect(res.statusCode, url).toBe(200);
    }
    const hook = await strict.app.inject({
      method: 'POST',
      url: '/api/payments/webhooks/stripe/',
      headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=00' },
      payload: '{}',
    });
    expect(hook.statusCode).toBe(404);
    expect(problemOf(hook).code).not.toBe('API_CLIENT_REQUIRED');
  });

  it('does not let a path trick reach an API route without a client', async () => {
    const urls = [
      '/api/products/',
      '/api/products',
      '/api/products/?x=1',
      '/%61pi/products/',
      '/api/%70roducts/',
      '//api/products/',
      '/api//products/',
      '/api/docs/../products/',
      '/api/schema/%2e%2e/products/',
      '/api/docs%2f..%2fproducts/',
      'http://testserver/api/products/',
      '/api/products/#x',
      '/api/products;x/',
      '/API/products/',
    ];
    for (const url of urls) {
      const res = await strict.app.inject({ url, headers: { accept: 'application/json' } });
      const label = `${url} → ${res.statusCode} ${res.body.slice(0, 120)}`;
      // Either the check refused it, or nothing answered it (an unknown path); never the products.
      expect([400, 401, 404], label).toContain(res.statusCode);
      expect(res.body, label).not.toContain('"results"');
    }
  });
});

describe('public clients: keys, deactivation, revocation', () => {
  it('never takes a key, any key, with a public id, nor gives one', async () => {
    const pos = areas.get('pos')!;
    for (const key of ['', 'sk_x', 'a'.repeat(201)]) {
      const res = await viaPublic('pos', { origin: own, 'x-api-key': key });
      expect(res.statusCode, key).toBe(401);
      expect(problemOf(res).code).toBe('INVALID_API_CLIENT');
    }
    for (const id of [pos.id, pos.client_id]) {
      const rotate = await strict.app.inject({
        method: 'POST',
        url: `/api/admin/clients/${id}/rotate-key/`,
        headers: adminArea({ authorization: `Bearer ${adminAccess}` }),
      });
      expect(rotate.statusCode).toBe(409);
      expect(rotate.body).not.toContain('sk_');
      const revoke = await strict.app.inject({
        method: 'DELETE',
        url: `/api/admin/clients/${id}/`,
        headers: adminArea({ authorization: `Bearer ${adminAccess}` }),
      });
      expect(revoke.statusCode).toBe(409);
    }
  });
});

describe('the web app areas an admin needs', () => {
  const patch = (id: string, payload: object) =>
    strict.app.inject({
      method: 'PATCH',
      url: `/api/admin/clients/${id}/`,
      headers: adminArea({ authorization: `Bearer ${adminAccess}` }),
      payload,
    });

  it('refuses to deactivate the sign-in and admin areas (409), which would lock every admin out', async () => {
    for (const area of ['admin', 'account']) {
      const { id, client_id } = areas.get(area)!;
      for (const ref of [id, client_id]) {
        const res = await patch(ref, { is_active: false, rate_limit: 777 });
        expect(res.statusCode, res.body).toBe(409);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(problemOf(res).code).toBe('WEB_APP_CLIENT_NEEDED');
      }
      // Nothing of the refused change was kept, and the area still works.
      const stored = await strict.app.inject({
        url: `/api/admin/clients/${id}/`,
        headers: adminArea({ authorization: `Bearer ${adminAccess}` }),
      });
      expect(stored.json()).toMatchObject({ is_active: true });
      expect(stored.json().rate_limit).not.toBe(777);
      expect((await viaPublic(area, { origin: own })).statusCode).toBe(200);
      // Other changes to it are still allowed.
      expect((await patch(id, { is_active: true })).statusCode).toBe(200);
    }
  });

  it('lets the storefront and the POS be switched off and on again from the admin area', async () => {
    for (const area of ['storefront', 'pos']) {
      const { id } = areas.get(area)!;
      expect((await patch(id, { is_active: false })).statusCode).toBe(200);
      expect((await viaPublic(area, { origin: own })).statusCode).toBe(401);
      expect((await patch(id, { is_active: true })).statusCode).toBe(200);
      expect((await viaPublic(area, { origin: own })).statusCode).toBe(200);
    }
  });
});

describe('public clients: rate limit per caller', () => {
  it('counts an IPv6 caller of a public client by its /64 too', async () => {
    const account = areas.get('account')!;
    const patched = await strict.app.inject({
      method: 'PATCH',
      url: `/api/admin/clients/${account.id}/`,
      headers: adminArea({ authorization: `Bearer ${adminAccess}` }),
      payload: { rate_limit: 2 },
    });
    expect(patched.statusCode).toBe(200);
    for (let i = 1; i <= 2; i++) {
      expect((await viaPublic('account', { origin: own }, `2001:db8:9:9::${i}`)).statusCode).toBe(200);
    }
    const hop = await viaPublic('account', { origin: own }, '2001:db8:9:9:abcd::1');
    expect(hop.statusCode).toBe(429);
    // An IPv4 caller written as IPv4-mapped IPv6 is the same caller.
    for (let i = 0; i < 2; i++)
      expect((await viaPublic('account', { origin: own }, '192.0.2.77')).statusCode).toBe(200);
    expect((await viaPublic('account', { origin: own }, '::ffff:192.0.2.77')).statusCode).toBe(429);
  });
});

describe('concurrent changes to one client', () => {
  const asAdmin = () => adminArea({ authorization: `Bearer ${adminAccess}` });

  async function create(name: string) {
    const res = await strict.app.inject({
      method: 'POST',
      url: '/api/admin/clients/',
      headers: asAdmin(),
      payload: { name, type: 'server' },
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; client_id: string; api_key: string };
  }

  const audits = (id: string, action: string) =>
    strict.db
      .selectFrom('audit_log')
      .select('id')
      .where('target_id', '=', id)
      .where('action', '=', action)
      .execute();

  it('revokes once however many revocations race: one audit entry, the key dead', async () => {
    const client = await create('Raced revoke');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        strict.app.inject({ method: 'DELETE', url: `/api/admin/clients/${client.id}/`, headers: asAdmin() }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(204));
    expect(await audits(client.id, 'api_client.revoked')).toHaveLength(1);
    const res = await strict.app.inject({
      url: '/api/products/',
      headers: { 'x-client-id': client.client_id, 'x-api-key': client.api_key },
    });
    expect(problemOf(res).code).toBe('INVALID_API_CLIENT');
  });

  it('leaves exactly one working key when rotations race, and it is one that was handed out', async () => {
    const client = await create('Raced rotate');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        strict.app.inject({
          method: 'POST',
          url: `/api/admin/clients/${client.id}/rotate-key/`,
          headers: asAdmin(),
        }),
      ),
    );
    for (const a of answers) expect(a.statusCode, a.body).toBeLessThan(500);
    const keys = [
      client.api_key,
      ...answers.filter((a) => a.statusCode === 200).map((a) => a.json().api_key),
    ];
    const working: string[] = [];
    for (const key of keys) {
      const res = await strict.app.inject({
        url: '/api/products/',
        headers: { 'x-client-id': client.client_id, 'x-api-key': key },
      });
      if (res.statusCode === 200) working.push(key);
    }
    expect(working).toHaveLength(1);
    const stored = await strict.app.inject({ url: `/api/admin/clients/${client.id}/`, headers: asAdmin() });
    expect(working[0]?.startsWith(stored.json().key_prefix)).toBe(true);
  });

  it('does not let a racing update bring a revoked client back', async () => {
    const client = await create('Raced update');
    const answers = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) =>
        strict.app.inject({
          method: 'PATCH',
          url: `/api/admin/clients/${client.id}/`,
          headers: asAdmin(),
          payload: { is_active: true, rate_limit: 100 + i },
        }),
      ),
      strict.app.inject({ method: 'DELETE', url: `/api/admin/clients/${client.id}/`, headers: asAdmin() }),
    ]);
    for (const a of answers) expect([200, 204, 409], a.body).toContain(a.statusCode);
    const stored = await strict.app.inject({ url: `/api/admin/clients/${client.id}/`, headers: asAdmin() });
    expect(stored.json()).toMatchObject({ is_active: false });
    expect(stored.json().revoked_at).not.toBeNull();
    const res = await strict.app.inject({
      url: '/api/products/',
      headers: { 'x-client-id': client.client_id, 'x-api-key': client.api_key },
    });
    expect(problemOf(res).code).toBe('INVALID_API_CLIENT');
  });
});

describe('unknown client ids and the database', () => {
  // The client lookup used to run before any budget was checked: a caller over
  // its anonymous budget still cost one `api_clients` query per request by
  // sending a new random X-Client-ID each time. An id not known to the process
  // is now looked up only while the address is within its anonymous budget.
  it('does no client lookup for a caller already over its anonymous budget', async () => {
    const database = await createTestDatabase();
    const config = testConfig({ ...database.settings, RATE_LIMIT_ANONYMOUS: 3 });
    const connection = connect(config);
    let app: FastifyInstance | undefined;
    try {
      await migrateToLatest(connection.db);
      let lookups = 0;
      const counting: KyselyPlugin = {
        transformQuery: ({ node }) => {
          if (node.kind === 'SelectQueryNode' && JSON.stringify(node).includes('"api_clients"')) lookups++;
          return node;
        },
        transformResult: async ({ result }) => result,
      };
      app = await buildApp(config, {
        jobsMode: 'inline',
        connection: { ...connection, db: connection.db.withPlugin(counting) },
      });
      const from = (headers: Record<string, string> = {}) =>
        app!.inject({ url: '/api/products/', remoteAddress: '203.0.113.99', headers });
      for (let i = 0; i < 3; i++) expect((await from()).statusCode).toBe(200);
      expect((await from()).statusCode).toBe(429);
      lookups = 0;
      for (let i = 0; i < 20; i++) {
        const res = await from({ 'x-client-id': `cl_${i.toString(16).padStart(20, '0')}` });
        expect(res.statusCode).toBe(429);
      }
      expect(lookups).toBe(0);
    } finally {
      await app?.close();
      await connection.db.destroy();
      await database.drop();
    }
  });
});

describe.skipIf(!onRedis)('two instances on one database and one Redis: public clients', () => {
  let a: TestApp;
  let b: FastifyInstance;
  let bConnection: ReturnType<typeof connect>;
  let adminToken: string;
  let areaIds: Map<string, { id: string; client_id: string }>;

  beforeAll(async () => {
    a = await buildTestApp({ REQUIRE_API_CLIENT: true });
    await a.app.ready();
    bConnection = connect(a.config);
    b = await buildApp(a.config, { jobsMode: 'inline', connection: bConnection });
    await b.ready();
    const rows = await a.db
      .selectFrom('api_clients')
      .select(['id', 'client_id', 'web_area'])
      .where('web_area', 'is not', null)
      .execute();
    areaIds = new Map(rows.map((r) => [String(r.web_area), r]));
    const email = uniqueEmail('admin');
    await createSuperuser(a.db, { email, password: PASSWORD });
    const res = await a.app.inject({
      method: 'POST',
      url: '/api/auth/token/',
      headers: { 'x-client-id': areaIds.get('account')!.client_id, origin: a.config.PUBLIC_URL },
      payload: { email, password: PASSWORD },
    });
    adminToken = res.json().access;
  });
  afterAll(async () => {
    try {
      await b?.close();
      await bConnection?.db.destroy();
    } finally {
      await a?.close();
    }
  });

  it('refuses on B, at once, a public client an admin switched off on A, and takes it back once on', async () => {
    const storefront = areaIds.get('storefront')!;
    const browser = { 'x-client-id': storefront.client_id, origin: a.config.PUBLIC_URL };
    expect((await b.inject({ url: '/api/products/', headers: browser })).statusCode).toBe(200);
    const patch = (is_active: boolean) =>
      a.app.inject({
        method: 'PATCH',
        url: `/api/admin/clients/${storefront.id}/`,
        headers: {
          authorization: `Bearer ${adminToken}`,
          'x-client-id': areaIds.get('admin')!.client_id,
          origin: a.config.PUBLIC_URL,
        },
        payload: { is_active },
      });
    expect((await patch(false)).statusCode).toBe(200);
    await vi.waitFor(
      async () => expect((await b.inject({ url: '/api/products/', headers: browser })).statusCode).toBe(401),
      { timeout: 2000, interval: 20 },
    );
    expect((await patch(true)).statusCode).toBe(200);
    await vi.waitFor(
      async () => expect((await b.inject({ url: '/api/products/', headers: browser })).statusCode).toBe(200),
      { timeout: 2000, interval: 20 },
    );
  });

  it('shares a public client’s per-caller budget between the instances', async () => {
    const pos = areaIds.get('pos')!;
    await a.db.updateTable('api_clients').set({ rate_limit: 4 }).where('id', '=', pos.id).execute();
    const browser = { 'x-client-id': pos.client_id, origin: a.config.PUBLIC_URL };
    const on = (app: FastifyInstance) =>
      app.inject({ url: '/api/products/', headers: browser, remoteAddress: '198.51.100.44' });
    const codes = [];
    for (const app of [a.app, b, a.app, b, a.app, b]) codes.push((await on(app)).statusCode);
    expect(codes).toEqual([200, 200, 200, 200, 429, 429]);
  });
});

describe('admin answers about clients', () => {
  it('are never cached and never carry a key after creation', async () => {
    const headers = adminArea({ authorization: `Bearer ${adminAccess}` });
    const made = await strict.app.inject({
      method: 'POST',
      url: '/api/admin/clients/',
      headers,
      payload: { name: 'No key later', type: 'mobile' },
    });
    expect(made.headers['cache-control']).toBe('no-store');
    const { id, api_key } = made.json();
    for (const url of [
      '/api/admin/clients/?page_size=100',
      `/api/admin/clients/${id}/`,
      `/api/admin/clients/${id}/usage/`,
    ]) {
      const res = await strict.app.inject({ url, headers });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toContain('no-store');
      expect(res.body, url).not.toContain(api_key);
      expect(res.body, url).not.toContain('key_hash');
    }
  });

  it('refuses HEAD without a client and answers no data to OPTIONS', async () => {
    const head = await strict.app.inject({ method: 'HEAD', url: '/api/products/' });
    expect(head.statusCode).toBe(401);
    const options = await strict.app.inject({ method: 'OPTIONS', url: '/api/admin/clients/' });
    expect(options.statusCode).toBeLessThan(500);
    expect(options.body).not.toContain('client_id');
  });
});
