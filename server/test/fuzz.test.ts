/**
 * The fuzzer's bounded pass (see fuzz.ts): every operation of the OpenAPI
 * document, as an anonymous caller and as each role, `FUZZ_ROUNDS` requests
 * each (6 by default: about 2,900 requests), from a fixed seed. It fails on any
 * 5xx, listing each with what reproduces it. CI runs it on SQLite and again on
 * PostgreSQL + Redis.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bearer, login, makeUser } from './auth-helpers.js';
import { makeCategory, makeProduct, simpleProduct } from './catalog-helpers.js';
import { describeFinding, fuzz, type Pools, type Role } from './fuzz.js';
import { buildTestApp, type TestApp } from './helpers.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 6);

let t: TestApp;
const actors = new Map<
  Exclude<Role, 'anonymous'>,
  { id: string; email: string; username: string; access: string }
>();
const pools: Pools = { ids: [], slugs: [], skus: [] };

beforeAll(async () => {
  t = await buildTestApp({
    // Hostile logins must not lock the fuzzer out; limits are not what it tests.
    LOGIN_MAX_FAILURES_PER_IP: 1_000_000,
    LOGIN_MAX_FAILURES_PER_ACCOUNT: 1_000_000,
    RATE_LIMIT_ANONYMOUS: 1_000_000,
  });
  for (const role of ['customer', 'vendor', 'staff', 'manager', 'admin'] as const) {
    const made = await makeUser(t.app, role, role === 'vendor' ? { vendor_status: 'approved' } : {});
    actors.set(role, {
      id: made.user.id,
      email: made.email,
      username: made.user.username,
      access: made.access,
    });
  }
  const vendor = actors.get('vendor')?.access as string;
  const manager = actors.get('manager')?.access as string;
  const customer = actors.get('customer')?.access as string;
  // Objects of every kind for requests to name: their ids, slugs and SKUs go into the pools.
  const category = await makeCategory(t.app, manager, { name: 'Fuzzed' });
  const child = await makeCategory(t.app, manager, { name: 'Fuzzed child', parent: category.id });
  const product = await makeProduct(t.app, vendor, simpleProduct(category.id, { stock: 50 }));
  const other = await makeProduct(t.app, manager, simpleProduct(child.id, { stock: 3 }));
  const victim = await makeUser(t.app, 'customer');
  const pendingVendor = await makeUser(t.app, 'vendor');
  const size = product.variants[0]?.sizes[0] as { id: string; sku: string };
  const cart = await t.app.inject({
    method: 'POST',
    url: '/api/cart/add/',
    headers: bearer(customer),
    payload: { size_id: size.id, quantity: 1 },
  });
  const wish = await t.app.inject({
    method: 'POST',
    url: '/api/wishlist/add/',
    headers: bearer(customer),
    payload: { product_id: other.id },
  });
  const client = await t.app.inject({
    method: 'POST',
    url: '/api/admin/clients/',
    headers: bearer(actors.get('admin')?.access as string),
    payload: { name: 'Fuzzed client', type: 'web' },
  });
  pools.ids.push(
    category.id,
    child.id,
    product.id,
    other.id,
    victim.user.id,
    pendingVendor.user.id,
    size.id,
    ...product.variants.map((v) => v.id),
    ...idsIn(cart.json()),
    ...idsIn(wish.json()),
    ...idsIn(client.json()),
  );
  pools.slugs.push(category.slug, product.slug, other.slug);
  pools.skus.push(size.sku);
});

afterAll(async () => {
  await t?.close();
});

/** Every `id` in a JSON answer (the actors' own are left out, so the fuzzer never deactivates itself). */
function idsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) idsIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string' && ![...actors.values()].some((a) => a.id === v)) out.push(v);
      else idsIn(v, out);
    }
  }
  return [...new Set(out)];
}

/**
 * A role's token. After a 401, if the token itself no longer works (the fuzzer logged it out), the
 * role signs in again, after putting back what the fuzzer may have changed.
 */
async function credentials(role: Role, renew: boolean): Promise<Record<string, string>> {
  const actor = actors.get(role as Exclude<Role, 'anonymous'>);
  if (!actor) return {};
  const stale = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/auth/profile/', headers: bearer(actor.access) }))
      .statusCode === 401;
  if (renew && (await stale())) {
    await t.db
      .updateTable('users')
      .set({ email: actor.email, username: actor.username, is_active: true })
      .where('id', '=', actor.id)
      .execute();
    const { res, body } = await login(t.app, actor.email);
    if (res.statusCode === 200) actor.access = body.access;
  }
  return bearer(actor.access);
}

// The timeout is generous: the default pass takes about 20 s on two idle cores, and took 5 minutes on
// PostgreSQL on two cores shared with a dozen other test runs; a slow machine is not a finding.
it(
  `answers no fuzzed request with a 5xx (seed ${SEED}, ${ROUNDS} rounds)`,
  async () => {
    const result = await fuzz({ app: t.app, seed: SEED, rounds: ROUNDS, pools, credentials });
    const report = result.findings.map((f) => describeFinding(f, SEED)).join('\n\n');
    // In full: an assertion's message is cut short.
    if (report) console.error(report);
    console.info(`fuzz: ${result.requests} requests, ${JSON.stringify(result.statuses)}`);
    expect(result.requests).toBeGreaterThan(ROUNDS * 6 * 70);
    // A pass where nothing gets through proves little: some requests must reach a handler and succeed.
    expect(result.statuses['2xx'] ?? 0).toBeGreaterThan(result.requests / 20);
    expect(result.findings.length, `${result.findings.length} answers 5xx:\n\n${report}`).toBe(0);
  },
  Math.max(900_000, ROUNDS * 150_000),
);
