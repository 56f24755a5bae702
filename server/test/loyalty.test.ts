/**
 * Loyalty and POS (SPEC §6): signed cards, the exactly-once points ledger,
 * atomic redemptions, promotions, and the customer app's view of the balance.
 * Races are real concurrent requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeUser } from './auth-helpers.js';
import { buildTestApp, problemOf, queryPlan, type TestApp } from './helpers.js';

let t: TestApp;
let staff: Record<string, string>;
let manager: Record<string, string>;

interface Customer {
  id: string;
  code: string;
  headers: Record<string, string>;
}

async function makeCustomer(): Promise<Customer> {
  const { user, access } = await makeUser(t.app, 'customer');
  const row = await t.db
    .selectFrom('users')
    .select('customer_code')
    .where('id', '=', user.id)
    .executeTakeFirstOrThrow();
  return { id: user.id, code: row.customer_code as string, headers: bearer(access) };
}

async function card(c: Customer) {
  const res = await t.app.inject({ method: 'GET', url: '/api/loyalty/me/', headers: c.headers });
  expect(res.statusCode).toBe(200);
  return res.json() as {
    customer_id: string;
    balance: number;
    qr_data: string;
    recent_history: Array<{ kind: string; points: number; balance_after: number }>;
    history: { count: number; results: Array<{ kind: string; points: number }> };
  };
}

const post = (url: string, payload: unknown, headers = staff) =>
  t.app.inject({ method: 'POST', url, headers, payload: payload as Record<string, unknown> });

async function award(c: Customer, points: number) {
  const res = await post('/api/pos/award-points/', { customer_id: c.code, points, reason: 'test' });
  expect(res.statusCode).toBe(200);
}

async function promotion(over: Record<string, unknown> = {}) {
  const res = await post(
    '/api/admin/promotions/',
    { code: `P${Math.random().toString(36).slice(2, 9)}`, name: 'Free tea', kind: 'free_item', ...over },
    manager,
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; code: string; qr_data: string; redemptions_count: number };
}

async function ledgerCount(userId: string, kind?: string) {
  let q = t.db
    .selectFrom('loyalty_ledger')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId);
  if (kind) q = q.where('kind', '=', kind as 'earn');
  return Number((await q.executeTakeFirstOrThrow()).n);
}

beforeAll(async () => {
  t = await buildTestApp();
  staff = bearer((await makeUser(t.app, 'staff')).access);
  manager = bearer((await makeUser(t.app, 'manager')).access);
});

afterAll(async () => {
  await t?.close();
});

describe('the card and its QR', () => {
  it('scans a genuine card and refuses forged, altered and replaced ones', async () => {
    const c = await makeCustomer();
    await award(c, 30);
    const { qr_data, balance } = await card(c);
    expect(balance).toBe(30);
    expect(qr_data).toMatch(/^MC1\.CUST-\d+\.1\.[A-Za-z0-9_-]{16}$/);

    const ok = await post('/api/pos/scan-user/', { qr_data });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ customer: { customer_id: c.code, balance: 30 }, balance: 30 });

    const other = await makeCustomer();
    const forged = qr_data.replace(c.code, other.code);
    const guessed = `MC1.${other.code}.1.AAAAAAAAAAAAAAAA`;
    const altered = `${qr_data.slice(0, -1)}${qr_data.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [forged, guessed, altered, other.code, 'hello']) {
      const res = await post('/api/pos/scan-user/', { qr_data: bad });
      expect(res.statusCode, bad).toBe(400);
      expect(problemOf(res).code).toBe('INVALID_QR');
    }

    const reissued = await t.app.inject({
      method: 'POST',
      url: '/api/loyalty/me/reissue/',
      headers: c.headers,
    });
    expect(reissued.statusCode).toBe(200);
    const fresh = reissued.json().qr_data as string;
    expect(fresh).not.toBe(qr_data);
    expect((await post('/api/pos/scan-user/', { qr_data })).statusCode).toBe(400);
    expect((await post('/api/pos/scan-user/', { qr_data: fresh })).statusCode).toBe(200);
    expect((await card(c)).qr_data).toBe(fresh);
  });

  it('shows a scanned customer as they are now: renamed at once, refused once deactivated or no longer a customer', async () => {
    const admin = bearer((await makeUser(t.app, 'admin')).access);
    const scan = async (qr_data: string) => post('/api/pos/scan-user/', { qr_data });
    for (const change of [{ is_active: false }, { user_type: 'staff' }]) {
      const c = await makeCustomer();
      // With an account: a scan reads the person from identity's cache.
      await award(c, 10);
      const { qr_data } = await card(c);
      // Scanned once: the person is now in memory.
      expect((await scan(qr_data)).statusCode).toBe(200);
      const renamed = await t.app.inject({
        method: 'PATCH',
        url: '/api/auth/profile/',
        headers: c.headers,
        payload: { first_name: 'Renamed' },
      });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect((await scan(qr_data)).json().customer.full_name).toMatch(/^Renamed\b/);
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/admin/users/${c.id}/`,
        headers: admin,
        payload: change,
      });
      expect(res.statusCode, res.body).toBe(200);
      const refused = await scan(qr_data);
      expect(refused.statusCode, JSON.stringify(change)).toBe(400);
      expect(problemOf(refused).code).toBe('INVALID_QR');
    }
  });

  it("reads a customer's promotion uses through an index, not the whole table", async () => {
    // The scan's statement (loyalty.service.ts `selectUses`), run once any promotion has a per-customer limit.
    const plan = await queryPlan(
      t.db,
      t.db
        .selectFrom('loyalty_promotion_uses')
        .select(['promotion_id', 'uses'])
        .where('user_id', '=', '01900000-0000-7000-8000-000000000000'),
    );
    expect(plan).toContain('loyalty_promotion_uses_user');
  });

  it('serves the QR as SVG and PNG, to its customer only', async () => {
    const c = await makeCustomer();
    const svg = await t.app.inject({ method: 'GET', url: '/api/loyalty/me/qr/', headers: c.headers });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toContain('<svg');
    const png = await t.app.inject({
      method: 'GET',
      url: '/api/loyalty/me/qr/?format=png',
      headers: c.headers,
    });
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    expect((await t.app.inject({ method: 'GET', url: '/api/loyalty/me/qr/' })).statusCode).toBe(401);
    const notCustomer = await t.app.inject({ method: 'GET', url: '/api/loyalty/me/', headers: staff });
    expect(problemOf(notCustomer).code).toBe('NOT_A_CUSTOMER');
    const badFormat = await t.app.inject({
      method: 'GET',
      url: '/api/loyalty/me/qr/?format=gif',
      headers: c.headers,
    });
    expect(badFormat.statusCode).toBe(400);
  });
});

describe('POS points', () => {
  it('is for staff only', async () => {
    const c = await makeCustomer();
    const res = await post(
      '/api/pos/award-points/',
      { customer_id: c.code, points: 5, reason: 'x' },
      c.headers,
    );
    expect(res.statusCode).toBe(403);
    expect((await post('/api/pos/scan-user/', { qr_data: 'x' }, {})).statusCode).toBe(401);
  });

  it('awards points once per Idempotency-Key, with the ledger, history and audit log', async () => {
    const c = await makeCustomer();
    const headers = { ...staff, 'idempotency-key': `award-${c.code}` };
    const body = { customer_id: c.code, points: 25, reason: 'Birthday', terminal: 'till-1' };
    const [a, b] = await Promise.all([
      post('/api/pos/award-points/', body, headers),
      post('/api/pos/award-points/', body, headers),
    ]);
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    expect(a.json().balance).toBe(25);
    expect(b.json()).toEqual(a.json());
    const me = await card(c);
    expect(me.balance).toBe(25);
    expect(me.history.count).toBe(1);
    expect(me.recent_history[0]).toMatchObject({ kind: 'earn', points: 25, balance_after: 25 });
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', c.code)
      .execute();
    expect(audit.map((r) => r.action)).toEqual(['loyalty.points_awarded']);
    const unknown = await post('/api/pos/award-points/', {
      customer_id: 'CUST-99999',
      points: 1,
      reason: 'x',
    });
    expect(problemOf(unknown).code).toBe('CUSTOMER_NOT_FOUND');
    for (const points of [0, -5, 1.5, '1e999', 10_000_000]) {
      const bad = await post('/api/pos/award-points/', { customer_id: c.code, points, reason: 'x' });
      expect(bad.statusCode, String(points)).toBe(400);
    }
  });

  it('credits an order once, however often and concurrently it is sent', async () => {
    const c = await makeCustomer();
    const body = { customer_id: c.code, order_id: 'POS-ORDER-1', order_total: '57.90' };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => post('/api/pos/process-order-points/', body)),
    );
    expect(answers.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    expect(answers.filter((r) => r.json().already_processed === false)).toHaveLength(1);
    for (const r of answers) expect(r.json()).toMatchObject({ points_earned: 57, balance: 57 });
    expect(await ledgerCount(c.id)).toBe(1);
    expect((await card(c)).balance).toBe(57);
    const numeric = await post('/api/pos/process-order-points/', {
      ...body,
      order_id: 'POS-ORDER-2',
      order_total: 10.5,
    });
    expect(numeric.json()).toMatchObject({ points_earned: 10, balance: 67 });
    const other = await makeCustomer();
    const stolen = await post('/api/pos/process-order-points/', { ...body, customer_id: other.code });
    expect(problemOf(stolen).code).toBe('ORDER_ALREADY_CREDITED');
    for (const order_total of ['-1', 'abc', '1.2.3', Number.NaN, '1e999']) {
      const bad = await post('/api/pos/process-order-points/', { ...body, order_id: 'X', order_total });
      expect(bad.statusCode, String(order_total)).toBe(400);
    }
  });
});

describe('redemptions', () => {
  it('gives a one-use promotion to exactly one of 20 concurrent redemptions', async () => {
    const p = await promotion({ max_redemptions: 1 });
    const customers = await Promise.all(Array.from({ length: 4 }, () => makeCustomer()));
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post('/api/pos/redeem-promotion/', { customer_id: customers[i % 4]?.code, promotion_id: p.id }),
      ),
    );
    const codes = answers.map((r) => r.statusCode);
    expect(codes.filter((s) => s === 200)).toHaveLength(1);
    expect(codes.filter((s) => s === 409)).toHaveLength(19);
    for (const r of answers.filter((a) => a.statusCode === 409))
      expect(problemOf(r).code).toBe('PROMOTION_EXHAUSTED');
    const row = await t.db
      .selectFrom('loyalty_promotions')
      .select('redemptions_count')
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(row.redemptions_count).toBe(1);
    const n = await t.db
      .selectFrom('loyalty_redemptions')
      .select('id')
      .where('promotion_id', '=', p.id)
      .execute();
    expect(n).toHaveLength(1);
  });

  it('keeps the per-customer limit and the points cost under concurrent redemptions', async () => {
    const c = await makeCustomer();
    await award(c, 100);
    const limited = await promotion({ per_customer_limit: 2, points_cost: 10 });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        post('/api/pos/redeem-promotion/', { customer_id: c.code, promotion_id: limited.code }),
      ),
    );
    expect(answers.filter((r) => r.statusCode === 200)).toHaveLength(2);
    for (const r of answers.filter((a) => a.statusCode !== 200))
      expect(problemOf(r).code).toBe('CUSTOMER_LIMIT_REACHED');
    expect((await card(c)).balance).toBe(80);

    const costly = await promotion({ points_cost: 30 });
    const spent = await Promise.all(
      Array.from({ length: 10 }, () =>
        post('/api/pos/redeem-promotion/', { customer_id: c.code, promotion_id: costly.id }),
      ),
    );
    expect(spent.filter((r) => r.statusCode === 200)).toHaveLength(2);
    for (const r of spent.filter((a) => a.statusCode !== 200))
      expect(problemOf(r).code).toBe('INSUFFICIENT_POINTS');
    const me = await card(c);
    expect(me.balance).toBe(20);
    const row = await t.db
      .selectFrom('loyalty_promotions')
      .select('redemptions_count')
      .where('id', '=', costly.id)
      .executeTakeFirstOrThrow();
    expect(row.redemptions_count).toBe(2);
  });

  it('never takes a balance below zero under concurrent redeem and adjust', async () => {
    const c = await makeCustomer();
    await award(c, 50);
    const p = await promotion({ points_cost: 20 });
    const work = [
      ...Array.from({ length: 6 }, () =>
        post('/api/pos/redeem-promotion/', { customer_id: c.code, promotion_id: p.id }),
      ),
      ...Array.from({ length: 6 }, () =>
        post(`/api/admin/loyalty/accounts/${c.code}/adjust/`, { points: -15, reason: 'Correction' }, manager),
      ),
    ];
    const answers = await Promise.all(work);
    const ok = answers.filter((r) => r.statusCode === 200);
    for (const r of answers.filter((a) => a.statusCode !== 200)) {
      expect(r.statusCode).toBe(409);
      expect(problemOf(r).code).toBe('INSUFFICIENT_POINTS');
    }
    const me = await card(c);
    expect(me.balance).toBeGreaterThanOrEqual(0);
    const taken = ok.reduce((sum, r) => sum + (r.json().points_spent ?? -r.json().points), 0);
    expect(me.balance).toBe(50 - taken);
    expect(me.balance).toBeLessThan(15);
  });

  it('refuses inactive, future and ended promotions, and redeems with an Idempotency-Key once', async () => {
    const c = await makeCustomer();
    const day = 24 * 60 * 60 * 1000;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ is_active: false }, 'PROMOTION_INACTIVE'],
      [{ starts_at: new Date(Date.now() + day).toISOString() }, 'PROMOTION_NOT_STARTED'],
      [
        {
          starts_at: new Date(Date.now() - 2 * day).toISOString(),
          ends_at: new Date(Date.now() - day).toISOString(),
        },
        'PROMOTION_EXPIRED',
      ],
    ];
    for (const [over, code] of cases) {
      const p = await promotion(over);
      const res = await post('/api/pos/redeem-promotion/', { customer_id: c.code, promotion_id: p.id });
      expect(problemOf(res).code).toBe(code);
      const scanned = await post('/api/pos/scan-promotion/', { qr_data: p.qr_data });
      expect(scanned.json()).toMatchObject({ valid: false, promotion: { id: p.id } });
    }
    const bonus = await promotion({ kind: 'bonus_points', value: '50' });
    const headers = { ...staff, 'idempotency-key': `redeem-${c.code}` };
    const body = { customer_id: c.code, promotion_id: bonus.id };
    const first = await post('/api/pos/redeem-promotion/', body, headers);
    const again = await post('/api/pos/redeem-promotion/', body, headers);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ points_awarded: 50, balance: 50 });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await card(c)).balance).toBe(50);
    const scanned = await post('/api/pos/scan-promotion/', { code: bonus.code.toLowerCase() });
    expect(scanned.json()).toMatchObject({ valid: true, reason: null });
    const forged = await post('/api/pos/scan-promotion/', { qr_data: bonus.qr_data.replace(/.$/, '_') });
    expect(forged.statusCode).toBe(400);
    const missing = await post('/api/pos/redeem-promotion/', { customer_id: c.code, promotion_id: 'NOPE' });
    expect(problemOf(missing).code).toBe('PROMOTION_NOT_FOUND');
  });
});

describe('promotions for managers', () => {
  it('creates, lists, edits, deactivates and draws promotions; customers see what they can use', async () => {
    const p = await promotion({ name: 'Spring sale', kind: 'percent_off', value: '15', points_cost: 5 });
    expect(p).toMatchObject({ value: '15.00', redemptions_count: 0, is_active: true, valid_now: true });
    const dup = await post(
      '/api/admin/promotions/',
      { code: p.code, name: 'again', kind: 'free_item' },
      manager,
    );
    expect(problemOf(dup).code).toBe('DUPLICATE_CODE');
    const racing = await Promise.all(
      Array.from({ length: 6 }, () =>
        post('/api/admin/promotions/', { code: 'RACE1', name: 'r', kind: 'free_item' }, manager),
      ),
    );
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 400, 400, 400, 400, 400]);
    for (const bad of [
      { kind: 'percent_off', value: '150' },
      { kind: 'bogus' },
      { ends_at: '2020-01-01T00:00:00Z', starts_at: '2021-01-01T00:00:00Z' },
    ]) {
      const res = await post(
        '/api/admin/promotions/',
        { code: 'BAD1', name: 'x', kind: 'free_item', ...bad },
        manager,
      );
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
    expect(
      (await post('/api/admin/promotions/', { code: 'X', name: 'x', kind: 'free_item' })).statusCode,
    ).toBe(403);

    const list = await t.app.inject({
      method: 'GET',
      url: `/api/admin/promotions/?search=${p.code}`,
      headers: manager,
    });
    expect(list.json()).toMatchObject({ count: 1, results: [{ id: p.id }] });
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/promotions/${p.id}/`,
      headers: manager,
      payload: { name: 'Summer sale' },
    });
    expect(patched.json()).toMatchObject({ name: 'Summer sale', value: '15.00' });
    const qr = await t.app.inject({
      method: 'GET',
      url: `/api/admin/promotions/${p.id}/qr/?format=png`,
      headers: manager,
    });
    expect(qr.headers['content-type']).toBe('image/png');

    const c = await makeCustomer();
    const mine = await t.app.inject({ method: 'GET', url: '/api/loyalty/promotions/', headers: c.headers });
    expect(mine.json().results.map((r: { id: string }) => r.id)).toContain(p.id);
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/admin/promotions/${p.id}/`,
      headers: manager,
    });
    expect(deleted.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/loyalty/promotions/', headers: c.headers });
    expect(after.json().results.map((r: { id: string }) => r.id)).not.toContain(p.id);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/admin/promotions/nope/', headers: manager }))
        .statusCode,
    ).toBe(404);
    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', p.id)
      .orderBy('created_at')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'loyalty.promotion_created',
      'loyalty.promotion_updated',
      'loyalty.promotion_deactivated',
    ]);
  });

  it('offers at the scan only what the customer can use now, as promotions change and are redeemed', async () => {
    const [a, b] = [await makeCustomer(), await makeCustomer()];
    const offered = async (c: Customer) => {
      const { qr_data } = await card(c);
      const res = await post('/api/pos/scan-user/', { qr_data });
      expect(res.statusCode).toBe(200);
      return (res.json() as { promotions: Array<{ id: string }> }).promotions.map((p) => p.id);
    };
    const before = await offered(a);
    const once = await promotion({ max_redemptions: 1 });
    const mine = await promotion({ per_customer_limit: 1 });
    const later = await promotion({ starts_at: new Date(Date.now() + 3_600_000).toISOString() });
    // Read (and kept in memory) before these were made: the scan still shows them at once.
    expect(await offered(a)).toEqual(expect.arrayContaining([...before, once.id, mine.id]));
    expect(await offered(a)).not.toContain(later.id);
    for (const p of [once, mine])
      expect(
        (await post('/api/pos/redeem-promotion/', { customer_id: a.code, promotion_id: p.id })).statusCode,
      ).toBe(200);
    // Used up for everybody, used up for a only.
    expect(await offered(a)).not.toEqual(expect.arrayContaining([once.id]));
    expect(await offered(a)).not.toContain(mine.id);
    expect(await offered(b)).toContain(mine.id);
    expect(await offered(b)).not.toContain(once.id);
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/promotions/${later.id}/`,
      headers: manager,
      payload: { starts_at: null },
    });
    expect(patched.statusCode).toBe(200);
    expect(await offered(b)).toContain(later.id);
  });

  it('adjusts a balance by hand with a reason, never below zero', async () => {
    const c = await makeCustomer();
    const url = `/api/admin/loyalty/accounts/${c.code}/adjust/`;
    expect((await post(url, { points: 10 }, manager)).statusCode).toBe(400);
    expect((await post(url, { points: 10, reason: '   ' }, manager)).statusCode).toBe(400);
    expect((await post(url, { points: 10, reason: 'Goodwill' }, staff)).statusCode).toBe(403);
    expect((await post(url, { points: 10, reason: 'Goodwill' }, manager)).json()).toMatchObject({
      balance: 10,
    });
    expect(problemOf(await post(url, { points: -11, reason: 'Too much' }, manager)).code).toBe(
      'INSUFFICIENT_POINTS',
    );
    const account = await t.app.inject({
      method: 'GET',
      url: `/api/admin/loyalty/accounts/${c.code}/`,
      headers: manager,
    });
    expect(account.json()).toMatchObject({
      customer: { balance: 10 },
      history: { count: 1, results: [{ kind: 'adjust', reason: 'Goodwill' }] },
    });
    // From the users list: the same account by user id, and its history by page.
    expect(
      (
        await post(`/api/admin/loyalty/accounts/${c.id}/adjust/`, { points: 5, reason: 'Again' }, manager)
      ).json(),
    ).toMatchObject({ customer_id: c.code, balance: 15 });
    const second = await t.app.inject({
      method: 'GET',
      url: `/api/admin/loyalty/accounts/${c.id}/?page=2&page_size=1`,
      headers: manager,
    });
    expect(second.json()).toMatchObject({
      customer: { customer_id: c.code, balance: 15 },
      history: { count: 2, results: [{ kind: 'adjust', reason: 'Goodwill' }] },
    });
    const staffUser = (await makeUser(t.app, 'staff')).user;
    for (const key of [staffUser.id, '0190a0a0-0000-7000-8000-000000000000', 'CUST-99999999'])
      expect(
        problemOf(
          await t.app.inject({ method: 'GET', url: `/api/admin/loyalty/accounts/${key}/`, headers: manager }),
        ).code,
      ).toBe('CUSTOMER_NOT_FOUND');
  });
});

describe('the customer app of seed 000', () => {
  it('shows the real balance and returns a refresh token at login and registration', async () => {
    const c = await makeCustomer();
    await award(c, 12);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/customer/me/', headers: c.headers });
    expect(me.json().customer).toMatchObject({ customer_id: c.code, points: 12 });
    const email = `pos-${Date.now()}@example.com`;
    const reg = await t.app.inject({
      method: 'POST',
      url: '/api/auth/customer/register/',
      payload: { email, password: 'Plum-Orchard-Lantern-42', full_name: 'Grace Hopper' },
    });
    expect(reg.statusCode).toBe(201);
    expect(reg.json()).toMatchObject({ customer: { points: 0 } });
    expect(typeof reg.json().refresh).toBe('string');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/customer/login/',
      payload: { email, password: 'Plum-Orchard-Lantern-42' },
    });
    expect(login.statusCode).toBe(200);
    const refreshed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/token/refresh/',
      payload: { refresh: login.json().refresh },
    });
    expect(refreshed.statusCode).toBe(200);
  });
});
