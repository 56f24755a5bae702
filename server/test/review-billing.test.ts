/**
 * Adversarial review of subscription billing (/api/v1, SPEC §7) and loyalty
 * (SPEC §6): role escalation through /api/v1/users, other subscribers' data,
 * CSV exports, credentials, bad input (never a 500), and races (concurrent
 * bill runs, payments, order points, redemptions and adjustments).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bearer, makeUser, PASSWORD, uniqueEmail } from './auth-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';

let t: TestApp;
let admin: Awaited<ReturnType<typeof makeUser>>;
let plainAdmin: Awaited<ReturnType<typeof makeUser>>;
let manager: Awaited<ReturnType<typeof makeUser>>;
let staff: Awaited<ReturnType<typeof makeUser>>;
let alice: Awaited<ReturnType<typeof makeUser>>;
let bob: Awaited<ReturnType<typeof makeUser>>;

type Json = Record<string, unknown>;
type Res = Awaited<ReturnType<TestApp['app']['inject']>>;

function call(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  token: string | Record<string, string> | null,
  payload?: unknown,
) {
  const headers = token === null ? {} : typeof token === 'string' ? bearer(token) : token;
  return t.app.inject({
    method,
    url,
    headers,
    ...(payload !== undefined ? { payload: payload as Json } : {}),
  });
}

function basic(email: string, password = PASSWORD) {
  return { authorization: `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}` };
}

async function ok(res: Res, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as Json;
}

/** A 4xx problem+json, never a 500, never internals. */
function clientError(res: Res, status?: number) {
  expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, res.body).toBeLessThan(500);
  const p = problemOf(res);
  if (status !== undefined) expect(p.status, res.body).toBe(status);
  expect(res.body).not.toMatch(/SQLITE|stack|at .*\.ts|select |insert /i);
  return p;
}

beforeAll(async () => {
  t = await buildTestApp();
  admin = await makeUser(t.app, 'admin');
  plainAdmin = await makeUser(t.app, 'admin');
  await t.db.updateTable('users').set({ is_superuser: false }).where('id', '=', plainAdmin.user.id).execute();
  manager = await makeUser(t.app, 'manager');
  staff = await makeUser(t.app, 'staff');
  alice = await makeUser(t.app, 'customer');
  bob = await makeUser(t.app, 'customer');
});

afterAll(async () => {
  await t?.close();
});

async function userRow(id: string) {
  return t.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('/api/v1/users: no role escalation', () => {
  it('staff and managers cannot create staff, managers or admins (bearer or Basic)', async () => {
    for (const actor of [staff, manager]) {
      for (const role of ['STAFF', 'MANAGER', 'ADMIN', 'SUPER_ADMIN']) {
        const body = { email: uniqueEmail('esc'), password: PASSWORD, role };
        clientError(await call('POST', '/api/v1/users', actor.access, body), 403);
        clientError(await call('POST', '/api/v1/users', basic(actor.email), body), 403);
      }
    }
    // A plain (non-superuser) admin may make staff but not admins with superuser rights.
    clientError(
      await call('POST', '/api/v1/users', plainAdmin.access, {
        email: uniqueEmail('esc'),
        password: PASSWORD,
        role: 'SUPER_ADMIN',
      }),
      403,
    );
    // Enum case variants are not roles.
    clientError(
      await call('POST', '/api/v1/users', staff.access, {
        email: uniqueEmail('esc'),
        password: PASSWORD,
        role: 'admin',
      }),
      400,
    );
    // Unknown fields (is_superuser, user_type) are dropped (removeAdditional), never applied.
    const sneaky = await call('POST', '/api/v1/users', staff.access, {
      email: uniqueEmail('esc'),
      password: PASSWORD,
      is_superuser: true,
      user_type: 'admin',
    });
    const created = await ok(sneaky, 201);
    expect(created.role).toBe('CUSTOMER');
    const row = await userRow(String(created.uid));
    expect([row.user_type, Boolean(row.is_superuser)]).toEqual(['customer', false]);
    // A customer cannot create users at all.
    clientError(
      await call('POST', '/api/v1/users', alice.access, { email: uniqueEmail('x'), password: PASSWORD }),
      403,
    );
    clientError(
      await call('POST', '/api/v1/users', basic(alice.email), {
        email: uniqueEmail('x'),
        password: PASSWORD,
      }),
      403,
    );
  });

  it('staff and managers cannot promote anyone, nor change themselves or other staff', async () => {
    for (const actor of [staff, manager]) {
      clientError(await call('PUT', `/api/v1/users/${alice.user.id}`, actor.access, { role: 'STAFF' }), 403);
      clientError(
        await call('PUT', `/api/v1/users/${alice.user.id}`, basic(actor.email), { role: 'ADMIN' }),
        403,
      );
      clientError(await call('PUT', `/api/v1/users/${actor.user.id}`, actor.access, { role: 'ADMIN' }), 403);
      clientError(
        await call('PUT', `/api/v1/users/${actor.user.id}`, actor.access, { first_name: 'x' }),
        403,
      );
      // Admins are not there for them.
      clientError(
        await call('PUT', `/api/v1/users/${admin.user.id}`, actor.access, { status: 'INACTIVE' }),
        404,
      );
      clientError(await call('DELETE', `/api/v1/users/${admin.user.id}`, actor.access), 404);
      clientError(await call('DELETE', `/api/v1/users/${actor.user.id}`, actor.access), 403);
    }
    clientError(await call('DELETE', `/api/v1/users/${manager.user.id}`, staff.access), 403);
    // An admin cannot deactivate themselves, and a plain admin cannot touch a superuser.
    clientError(await call('DELETE', `/api/v1/users/${admin.user.id}`, admin.access));
    clientError(await call('PUT', `/api/v1/users/${admin.user.id}`, admin.access, { role: 'CUSTOMER' }));
    clientError(await call('DELETE', `/api/v1/users/${admin.user.id}`, plainAdmin.access));
    clientError(
      await call('PUT', `/api/v1/users/${plainAdmin.user.id}`, plainAdmin.access, { role: 'SUPER_ADMIN' }),
    );
    expect(await userRow(admin.user.id)).toMatchObject({ user_type: 'admin', is_active: expect.anything() });
    expect(Boolean((await userRow(admin.user.id)).is_active)).toBe(true);
    expect(Boolean((await userRow(plainAdmin.user.id)).is_superuser)).toBe(false);
    const s = await userRow(staff.user.id);
    const m = await userRow(manager.user.id);
    expect([s.user_type, m.user_type]).toEqual(['staff', 'manager']);
    expect((await userRow(alice.user.id)).user_type).toBe('customer');
  });

  it('a customer PUT /users/me with role, status, is_staff, is_superuser changes none of them', async () => {
    const res = await call('PUT', '/api/v1/users/me', alice.access, {
      first_name: 'Alice',
      role: 'SUPER_ADMIN',
      status: 'ACTIVE',
      is_staff: true,
      is_superuser: true,
      user_type: 'admin',
      is_active: true,
      uid: admin.user.id,
    });
    expect(res.statusCode, res.body).toBeLessThan(500);
    const row = await userRow(alice.user.id);
    expect(row.user_type).toBe('customer');
    expect(Boolean(row.is_superuser)).toBe(false);
    expect((await userRow(admin.user.id)).first_name).not.toBe('Alice');
    // Via Basic too.
    const viaBasic = await call('PUT', '/api/v1/users/me', basic(bob.email), { role: 'ADMIN' });
    expect(viaBasic.statusCode, viaBasic.body).toBeLessThan(500);
    expect((await userRow(bob.user.id)).user_type).toBe('customer');
  });

  it('register cannot ask for a role; a customer reads no other user', async () => {
    const reg = await call('POST', '/api/v1/users/register', null, {
      first_name: 'E',
      last_name: 'Vil',
      phone: '+8801711000999',
      email: uniqueEmail('reg'),
      password: PASSWORD,
      confirm_password: PASSWORD,
      role: 'ADMIN',
    });
    // The unknown field is dropped: a customer, whatever was asked.
    expect((await ok(reg, 201)).user).toMatchObject({ role: 'CUSTOMER', is_staff: false });
    clientError(await call('GET', `/api/v1/users/${bob.user.id}`, alice.access), 404);
    clientError(await call('GET', `/api/v1/users/${admin.user.id}`, alice.access), 404);
    clientError(await call('GET', '/api/v1/users/not-a-uuid', alice.access), 400);
    clientError(await call('PUT', '/api/v1/users/not-a-uuid', staff.access, { first_name: 'x' }));
  });
});

// ---- billing -------------------------------------------------------------------

let pkg: Json;
let aliceSub: Json;
let bobSub: Json;

async function subscribe(user: { user: { id: string } }, extra: Json = {}) {
  return ok(
    await call('POST', '/api/v1/customers', staff.access, {
      user: user.user.id,
      package: pkg.uid,
      connection_type: 'PPPoE',
      credentials: { username: `ppp-${user.user.id.slice(-6)}`, password: 's3cret-ppp-pass' },
      address: '=HYPERLINK("http://evil","x")',
      ...extra,
    }),
    201,
  );
}

describe('billing: other subscribers, CSV and credentials', () => {
  beforeAll(async () => {
    pkg = await ok(
      await call('POST', '/api/v1/packages', staff.access, {
        name: '@SUM(1+1)',
        speed_mbps: 10,
        price: '10.00',
      }),
      201,
    );
    aliceSub = await subscribe(alice);
    bobSub = await subscribe(bob);
  });

  it("a subscriber never reads another's record, payments, exports or report", async () => {
    const bill = await ok(
      await call('POST', `/api/v1/customers/${bobSub.uid}/payments`, staff.access, {
        amount: '5.00',
        billing_month: 'JANUARY',
        year: 2026,
        payment_method: 'CASH',
        transaction_id: '-2+3',
        note: '+cmd|calc',
      }),
      201,
    );
    clientError(await call('GET', `/api/v1/customers/${bobSub.uid}`, alice.access), 404);
    clientError(await call('GET', `/api/v1/customers/${bobSub.uid}/payments`, alice.access), 404);
    clientError(await call('GET', `/api/v1/payments/${bill.uid}`, alice.access), 404);
    clientError(await call('GET', `/api/v1/customers/${bobSub.uid}`, basic(alice.email)), 404);
    clientError(await call('PUT', `/api/v1/customers/${bobSub.uid}`, alice.access, { address: 'x' }), 403);
    clientError(await call('PUT', `/api/v1/payments/${bill.uid}`, alice.access, { amount: '1.00' }), 403);
    clientError(await call('DELETE', `/api/v1/payments/${bill.uid}`, alice.access), 403);
    clientError(
      await call('POST', `/api/v1/customers/${aliceSub.uid}/payments`, alice.access, {
        amount: '5.00',
        billing_month: 'JANUARY',
        payment_method: 'CASH',
      }),
      403,
    );
    clientError(await call('GET', '/api/v1/customers/export.csv', alice.access), 403);
    clientError(await call('GET', '/api/v1/payments/export.csv', alice.access), 403);
    clientError(await call('GET', '/api/v1/reports/monthly?year=2026', alice.access), 403);
    clientError(
      await call('POST', '/api/v1/customers/bills/generate', alice.access, {
        billing_month: 'JANUARY',
        year: 2026,
      }),
      403,
    );
    const mine = await ok(await call('GET', '/api/v1/payments', alice.access));
    expect(mine.count).toBe(0);
    const list = await ok(await call('GET', '/api/v1/customers?reveal=credentials', alice.access));
    expect(list.count).toBe(1);
    const own = (list.results as Json[])[0] as Json;
    expect(own.uid).toBe(aliceSub.uid);
    expect(own.credentials).toBeUndefined();
    const ownDetail = await ok(await call('GET', `/api/v1/customers/${aliceSub.uid}`, alice.access));
    expect(ownDetail.credentials).toBeUndefined();
    expect(JSON.stringify(ownDetail)).not.toContain('s3cret-ppp-pass');
  });

  it('credentials are in no list without reveal, no export, no error body', async () => {
    const list = await call('GET', '/api/v1/customers?page_size=100', staff.access);
    expect(list.body).not.toContain('s3cret-ppp-pass');
    const csv = await call('GET', '/api/v1/customers/export.csv', staff.access);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).not.toContain('s3cret-ppp-pass');
    const pkgCustomers = await call('GET', `/api/v1/packages/${pkg.uid}/customers`, staff.access);
    expect(pkgCustomers.body).not.toContain('s3cret-ppp-pass');
    const bad = await call('PUT', `/api/v1/customers/${aliceSub.uid}`, staff.access, {
      connection_type: 'STATIC',
      credentials: { ip_address: 'not-an-ip', password: 'another-secret-value' },
    });
    clientError(bad, 400);
    expect(bad.body).not.toContain('another-secret-value');
    expect(bad.body).not.toContain('s3cret-ppp-pass');
    // Other internals: the encrypted value never leaves either.
    const stored = await t.db
      .selectFrom('billing_subscribers')
      .select('credentials')
      .where('id', '=', String(aliceSub.uid))
      .executeTakeFirstOrThrow();
    expect(String(stored.credentials)).not.toContain('s3cret');
    expect(list.body).not.toContain(String(stored.credentials));
  });

  it('every CSV cell that could be a formula is defused', async () => {
    await t.db
      .updateTable('users')
      .set({ first_name: '=1+1', last_name: '\t=2+2', username: '@evil' })
      .where('id', '=', bob.user.id)
      .execute();
    const dangerous = /^(=|\+|-|@|\t|\r)/;
    for (const url of ['/api/v1/customers/export.csv', '/api/v1/payments/export.csv']) {
      const res = await call('GET', url, staff.access);
      expect(res.statusCode, res.body).toBe(200);
      expect(String(res.headers['content-type'])).toMatch(/^text\/csv/);
      for (const line of res.body.split('\r\n').filter(Boolean)) {
        // Unquote simple cells (no embedded commas in these fixtures except quoted ones).
        const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [];
        for (const raw of cells) {
          let cell = raw.replace(/,$/, '');
          if (cell.startsWith('"')) cell = cell.slice(1, -1).replaceAll('""', '"');
          expect(cell, `${url}: ${line}`).not.toMatch(dangerous);
        }
      }
    }
  });

  it('bad input is a 4xx problem, never a 500', async () => {
    const base = { billing_month: 'JANUARY', year: 2026, payment_method: 'CASH' };
    const url = `/api/v1/customers/${aliceSub.uid}/payments`;
    for (const body of [
      { ...base, amount: '-5.00' },
      { ...base, amount: '0' },
      { ...base, amount: '0.00' },
      { ...base, amount: '1e3' },
      { ...base, amount: '99999999999999.00' },
      { ...base, amount: '5.001' },
      { ...base, amount: '5.00', billing_month: 'january' },
      { ...base, amount: '5.00', billing_month: 'January' },
      { ...base, amount: '5.00', payment_method: 'cash' },
      { ...base, amount: '5.00', year: 1999 },
      { ...base, amount: '5.00', year: 20260 },
      { ...base, amount: '5.00', year: 2026.5 },
      { ...base, amount: '5.00', year: '2026x' },
      { ...base, amount: '5.00', note: 'x'.repeat(5000) },
      { ...base, amount: ' 5.00' },
      { ...base, amount: '' },
      { ...base, amount: null },
    ]) {
      const res = await call('POST', url, staff.access, body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 200)).toBe(400);
      clientError(res, 400);
    }
    clientError(
      await t.app.inject({
        method: 'POST',
        url,
        headers: { ...bearer(staff.access), 'content-type': 'application/json' },
        payload: '{"amount":"5.00","billing_month":"JANUARY","year":1e999,"payment_method":"CASH"}',
      }),
      400,
    );
    for (const q of ['year=abc', 'year=', 'year=1e999', 'year=99999999999999999999', 'year=-1', ''])
      clientError(await call('GET', `/api/v1/reports/monthly?${q}`, staff.access), 400);
    for (const q of [
      'paid=maybe',
      'billing_month=jan',
      'overdue=2',
      'kind=bill',
      'page=0',
      'page=abc',
      'page_size=1000',
    ])
      clientError(await call('GET', `/api/v1/payments?${q}`, staff.access));
    for (const q of ['status=active', 'connection_type=pppoe', 'package=nope', 'reveal=all'])
      clientError(await call('GET', `/api/v1/customers?${q}`, staff.access));
    for (const body of [
      { billing_month: 'january', year: 2026 },
      { billing_month: 'JANUARY', year: '2026' + 'x' },
      { billing_month: 'JANUARY', year: 1e20 },
      { billing_month: 'JANUARY' },
      [],
      'x',
    ])
      clientError(await call('POST', '/api/v1/customers/bills/generate', staff.access, body));
    for (const body of [
      { price: '-1.00' },
      { price: '1e5' },
      { speed_mbps: 0 },
      { speed_mbps: 1.5 },
      { name: '' },
      { price: '99999999999.00' },
    ])
      clientError(await call('PUT', `/api/v1/packages/${pkg.uid}`, staff.access, body), 400);
    for (const body of [
      { connection_type: 'pppoe' },
      { credentials: 'x' },
      { credentials: { a: { b: 1 } } },
      { status: 'active' },
      { package: 'nope' },
    ])
      clientError(await call('PUT', `/api/v1/customers/${aliceSub.uid}`, staff.access, body), 400);
    clientError(
      await call('PUT', `/api/v1/customers/${aliceSub.uid}`, staff.access, {
        package: '0190a5d6-0000-7000-8000-000000000000',
      }),
    );
    clientError(
      await call('POST', '/api/v1/payments', staff.access, {
        customer_id: '0190a5d6-0000-7000-8000-000000000000',
        amount: '5.00',
        billing_month: 'JANUARY',
        payment_method: 'CASH',
      }),
    );
  });

  it('concurrent bill runs make exactly one bill per subscriber; concurrent payments all land on the bill', async () => {
    const runs = await Promise.all(
      Array.from({ length: 20 }, () =>
        call('POST', '/api/v1/customers/bills/generate', staff.access, {
          billing_month: 'MARCH',
          year: 2026,
        }),
      ),
    );
    for (const r of runs) expect(r.statusCode, r.body).toBe(200);
    expect(runs.reduce((n, r) => n + Number(r.json().created), 0)).toBe(2);
    const bills = await t.db
      .selectFrom('billing_payments')
      .selectAll()
      .where('kind', '=', 'bill')
      .where('billing_month', '=', 'MARCH')
      .where('year', '=', 2026)
      .execute();
    expect(bills).toHaveLength(2);
    const pays = await Promise.all(
      Array.from({ length: 20 }, () =>
        call('POST', `/api/v1/customers/${aliceSub.uid}/payments`, staff.access, {
          amount: '0.75',
          billing_month: 'MARCH',
          year: 2026,
          payment_method: 'BKASH',
        }),
      ),
    );
    for (const r of pays) expect(r.statusCode, r.body).toBe(201);
    const bill = bills.find((b) => b.subscriber_id === aliceSub.uid);
    const after = await t.db
      .selectFrom('billing_payments')
      .selectAll()
      .where('id', '=', String(bill?.id))
      .executeTakeFirstOrThrow();
    expect(Number(after.amount)).toBe(1500);
    expect(Boolean(after.is_paid)).toBe(true);
    // Same Idempotency-Key 20 times at once: one payment.
    const keyed = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/customers/${bobSub.uid}/payments`,
          headers: { ...bearer(staff.access), 'idempotency-key': 'review-billing-key-1' },
          payload: { amount: '1.00', billing_month: 'MARCH', year: 2026, payment_method: 'CASH' },
        }),
      ),
    );
    for (const r of keyed) expect(r.statusCode, r.body).toBeLessThan(500);
    const uids = new Set(keyed.filter((r) => r.statusCode === 201).map((r) => r.json().uid));
    expect(uids.size).toBe(1);
    const bobPays = await t.db
      .selectFrom('billing_payments')
      .select('id')
      .where('subscriber_id', '=', String(bobSub.uid))
      .where('kind', '=', 'payment')
      .where('billing_month', '=', 'MARCH')
      .execute();
    expect(bobPays).toHaveLength(1);
    // Concurrent deletes of one payment give the bill its amount back once.
    const one = (pays[0] as Res).json().uid as string;
    const dels = await Promise.all(
      Array.from({ length: 10 }, () => call('DELETE', `/api/v1/payments/${one}`, staff.access)),
    );
    expect(dels.filter((r) => r.statusCode === 204)).toHaveLength(1);
    for (const r of dels) expect(r.statusCode, r.body).toBeLessThan(500);
    const afterDelete = await t.db
      .selectFrom('billing_payments')
      .selectAll()
      .where('id', '=', String(bill?.id))
      .executeTakeFirstOrThrow();
    expect(Number(afterDelete.amount)).toBe(1425);
  });

  it('huge payments do not break the bill, the summary or the report', async () => {
    for (let i = 0; i < 3; i += 1)
      await ok(
        await call('POST', `/api/v1/customers/${aliceSub.uid}/payments`, staff.access, {
          amount: '9999999999999.99',
          billing_month: 'MARCH',
          year: 2026,
          payment_method: 'CASH',
        }),
        201,
      );
    const report = await ok(await call('GET', '/api/v1/reports/monthly?year=2026', staff.access));
    expect(report.results).toHaveLength(12);
    const summary = await call('GET', '/api/billing/summary/', alice.access);
    expect(summary.statusCode, summary.body).toBe(200);
    const list = await call('GET', `/api/v1/customers/${aliceSub.uid}/payments`, alice.access);
    expect(list.statusCode, list.body).toBe(200);
  });
});

describe('races on unique things, sessions of deactivated users, Basic outside /api/v1', () => {
  it('20 concurrent creations of one subscriber, package, user or registration: one wins, the rest are 4xx', async () => {
    const gus = await makeUser(t.app, 'customer');
    const subs = await Promise.all(
      Array.from({ length: 20 }, () =>
        call('POST', '/api/v1/customers', staff.access, {
          user: gus.user.id,
          package: pkg.uid,
          connection_type: 'DHCP',
        }),
      ),
    );
    expect(subs.filter((r) => r.statusCode === 201)).toHaveLength(1);
    for (const r of subs.filter((r) => r.statusCode !== 201)) clientError(r);
    const pkgs = await Promise.all(
      Array.from({ length: 20 }, () =>
        call('POST', '/api/v1/packages', staff.access, { name: 'Race 50', speed_mbps: 50, price: '50.00' }),
      ),
    );
    expect(pkgs.filter((r) => r.statusCode === 201)).toHaveLength(1);
    for (const r of pkgs.filter((r) => r.statusCode !== 201)) clientError(r);
    const email = uniqueEmail('race');
    const users = await Promise.all(
      Array.from({ length: 20 }, () =>
        call('POST', '/api/v1/users', admin.access, { email, password: PASSWORD, role: 'CUSTOMER' }),
      ),
    );
    expect(users.filter((r) => r.statusCode === 201)).toHaveLength(1);
    for (const r of users.filter((r) => r.statusCode !== 201)) clientError(r);
    const regEmail = uniqueEmail('racereg');
    const regs = await Promise.all(
      Array.from({ length: 20 }, () =>
        call('POST', '/api/v1/users/register', null, {
          first_name: 'R',
          last_name: 'R',
          phone: '+8801711000777',
          email: regEmail,
          password: PASSWORD,
          confirm_password: PASSWORD,
        }),
      ),
    );
    expect(regs.filter((r) => r.statusCode === 201)).toHaveLength(1);
    for (const r of regs.filter((r) => r.statusCode !== 201)) clientError(r);
  });

  it('a deactivated user is refused by bearer and Basic; Basic works on /api/v1 only', async () => {
    const hal = await makeUser(t.app, 'customer');
    await ok(await call('GET', '/api/v1/users/me', basic(hal.email)));
    clientError(await call('GET', '/api/auth/profile/', basic(hal.email)), 401);
    clientError(await call('GET', '/api/admin/users/', basic(admin.email)), 401);
    clientError(await call('GET', '/api/v1/users/me', basic(hal.email, 'wrong-password-123')), 401);
    expect((await call('DELETE', `/api/v1/users/${hal.user.id}`, staff.access)).statusCode).toBe(204);
    clientError(await call('GET', '/api/v1/users/me', basic(hal.email)), 401);
    clientError(await call('GET', '/api/v1/users/me', hal.access), 401);
    clientError(await call('POST', '/api/v1/users/login', null, { email: hal.email, password: PASSWORD }));
    clientError(await call('PUT', '/api/v1/users/me', hal.access, { status: 'ACTIVE' }), 401);
  });

  it("PUT /users/me refuses another user's username or email, and an email change without the password", async () => {
    const bobNow = await userRow(bob.user.id);
    clientError(await call('PUT', '/api/v1/users/me', alice.access, { username: bobNow.username }));
    clientError(
      await call('PUT', '/api/v1/users/me', alice.access, { email: bob.email, password: PASSWORD }),
    );
    clientError(await call('PUT', '/api/v1/users/me', alice.access, { email: uniqueEmail('new') }));
    clientError(
      await call('PUT', '/api/v1/users/me', alice.access, {
        email: uniqueEmail('new'),
        password: 'wrong-pass-1',
      }),
    );
    clientError(await call('PUT', '/api/v1/users/me', alice.access, { username: '' }), 400);
    clientError(await call('PUT', '/api/v1/users/me', alice.access, { phone: 'x'.repeat(40) }), 400);
    clientError(
      await call('PUT', '/api/v1/users/me', alice.access, { email: 'not-an-email', password: PASSWORD }),
    );
    expect((await userRow(alice.user.id)).email).toBe(alice.email);
  });
});

describe('payments made before the bill run, and Basic brute force', () => {
  it('a month paid in advance (on account) is not an unpaid, overdue bill once the bill run makes it', async () => {
    const ivy = await makeUser(t.app, 'customer');
    const sub = await subscribe(ivy, { connection_type: 'DHCP', credentials: null });
    await ok(
      await call('POST', `/api/v1/customers/${sub.uid}/payments`, staff.access, {
        amount: '10.00',
        billing_month: 'JANUARY',
        year: 2025,
        payment_method: 'CASH',
      }),
      201,
    );
    await ok(
      await call('POST', '/api/v1/customers/bills/generate', staff.access, {
        billing_month: 'JANUARY',
        year: 2025,
      }),
    );
    const overdue = await ok(
      await call('GET', `/api/v1/customers/${sub.uid}/payments?overdue=true`, staff.access),
    );
    expect(overdue.count).toBe(0);
    const bills = await ok(
      await call('GET', `/api/v1/customers/${sub.uid}/payments?kind=BILL`, staff.access),
    );
    const bill = (bills.results as Json[])[0] as Json;
    expect(bill).toMatchObject({ paid: true, amount: '10.00', bill_amount: '10.00' });
    const pays = await ok(
      await call('GET', `/api/v1/customers/${sub.uid}/payments?kind=PAYMENT`, staff.access),
    );
    expect((pays.results as Json[])[0]).toMatchObject({ bill: bill.uid, bill_amount: '10.00' });
    // Half paid in advance: the bill shows the half, still unpaid; the rest pays it.
    const kim = await makeUser(t.app, 'customer');
    const kimSub = await subscribe(kim, { connection_type: 'DHCP', credentials: null });
    const pay = (amount: string) =>
      call('POST', `/api/v1/customers/${kimSub.uid}/payments`, staff.access, {
        amount,
        billing_month: 'FEBRUARY',
        year: 2025,
        payment_method: 'CASH',
      });
    await ok(await pay('4.00'), 201);
    await ok(await pay('1.00'), 201);
    await ok(
      await call('POST', '/api/v1/customers/bills/generate', staff.access, {
        billing_month: 'FEBRUARY',
        year: 2025,
      }),
    );
    const kimBill = async () =>
      (
        (await ok(await call('GET', `/api/v1/customers/${kimSub.uid}/payments?kind=BILL`, staff.access)))
          .results as Json[]
      )[0];
    expect(await kimBill()).toMatchObject({ paid: false, amount: '5.00', overdue: true });
    await ok(await pay('5.00'), 201);
    expect(await kimBill()).toMatchObject({ paid: true, amount: '10.00', overdue: false });
  });

  it('HTTP Basic on /api/v1 is rate limited per account like a login', async () => {
    const jay = await makeUser(t.app, 'customer');
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1)
      statuses.push(
        (await call('GET', '/api/v1/users/me', basic(jay.email, `wrong-password-${i}`))).statusCode,
      );
    expect(statuses).toContain(429);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  });
});

describe("a payment's default year is the deployment's, not UTC's", () => {
  let k: TestApp;
  beforeAll(async () => {
    k = await buildTestApp({ TIME_ZONE: 'Pacific/Kiritimati' });
  });
  afterAll(async () => {
    vi.useRealTimers();
    await k?.close();
  });

  // 2026-12-31 12:00 UTC is already 2027-01-01 02:00 in Kiritimati (UTC+14): a JANUARY payment
  // without a year is for January 2027, and pays that bill.
  it('on New Year in the deployment zone, a JANUARY payment without a year pays the new January bill', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-31T12:00:00.000Z') });
    try {
      const st = await makeUser(k.app, 'staff');
      const cu = await makeUser(k.app, 'customer');
      const send = (url: string, payload: Json) =>
        k.app.inject({ method: 'POST', url, headers: bearer(st.access), payload });
      const pk = (await send('/api/v1/packages', { name: 'K', speed_mbps: 5, price: '10.00' })).json();
      const sub = (
        await send('/api/v1/customers', { user: cu.user.id, package: pk.uid, connection_type: 'DHCP' })
      ).json();
      expect(
        (await send('/api/v1/customers/bills/generate', { billing_month: 'JANUARY', year: 2027 })).statusCode,
      ).toBe(200);
      const pay = await send(`/api/v1/customers/${sub.uid}/payments`, {
        amount: '10.00',
        billing_month: 'JANUARY',
        payment_method: 'CASH',
      });
      expect(pay.statusCode, pay.body).toBe(201);
      expect(pay.json()).toMatchObject({ year: 2027, bill_amount: '10.00' });
      expect(pay.json().bill).not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('PUT /users/{uid} with the role it read back', () => {
  // Seed 002's clients PUT back the user they read. A vendor reads as OTHER; OTHER is not a change for
  // a vendor (nor a creator): an admin's edit must not turn the vendor into a creator, and staff may edit it.
  it('role OTHER on a vendor keeps the vendor a vendor, for admins and staff', async () => {
    const ven = await makeUser(t.app, 'vendor', { vendor_status: 'approved' });
    const read = await ok(await call('GET', `/api/v1/users/${ven.user.id}`, admin.access));
    expect(read.role).toBe('OTHER');
    await ok(
      await call('PUT', `/api/v1/users/${ven.user.id}`, admin.access, { role: read.role, first_name: 'V' }),
    );
    expect((await userRow(ven.user.id)).user_type).toBe('vendor');
    await ok(await call('PUT', `/api/v1/users/${ven.user.id}`, staff.access, { role: read.role, phone: '' }));
    expect((await userRow(ven.user.id)).user_type).toBe('vendor');
    // A customer made OTHER by an admin is a real change (to a creator).
    const cus = await makeUser(t.app, 'customer');
    await ok(await call('PUT', `/api/v1/users/${cus.user.id}`, admin.access, { role: 'OTHER' }));
    expect((await userRow(cus.user.id)).user_type).toBe('creator');
  });
});

describe('pro rata bills at the edges of a month', () => {
  let p: TestApp;
  beforeAll(async () => {
    p = await buildTestApp({ BILLING_PRO_RATA: true, TIME_ZONE: 'UTC' });
  });
  afterAll(async () => {
    await p?.close();
  });

  it('joined at the first instant: full price; the last day: one day; after the month: no bill', async () => {
    const st = await makeUser(p.app, 'staff');
    const send = (method: 'POST', url: string, payload: Json) =>
      p.app.inject({ method, url, headers: bearer(st.access), payload });
    const pk = (await send('POST', '/api/v1/packages', { name: 'P', speed_mbps: 5, price: '31.00' })).json();
    const joined: Record<string, string> = {
      first: '2026-01-01T00:00:00.000Z',
      last: '2026-01-31T23:59:59.999Z',
      middle: '2026-01-16T12:00:00.000Z',
      after: '2026-02-01T00:00:00.000Z',
      before: '2025-12-31T23:59:59.999Z',
    };
    const subs: Record<string, string> = {};
    for (const [name, at] of Object.entries(joined)) {
      const u = await makeUser(p.app, 'customer');
      const res = await send('POST', '/api/v1/customers', {
        user: u.user.id,
        package: pk.uid,
        connection_type: 'DHCP',
      });
      expect(res.statusCode, res.body).toBe(201);
      subs[name] = res.json().uid;
      await p.db
        .updateTable('billing_subscribers')
        .set({ created_at: at })
        .where('id', '=', res.json().uid)
        .execute();
    }
    const run = await send('POST', '/api/v1/customers/bills/generate', {
      billing_month: 'JANUARY',
      year: 2026,
    });
    expect(run.statusCode, run.body).toBe(200);
    const bills = await p.db
      .selectFrom('billing_payments')
      .select(['subscriber_id', 'bill_amount'])
      .where('kind', '=', 'bill')
      .execute();
    const amount = (name: string) =>
      bills.find((b) => b.subscriber_id === subs[name])
        ? Number(bills.find((b) => b.subscriber_id === subs[name])?.bill_amount)
        : null;
    expect(amount('before')).toBe(3100);
    expect(amount('first')).toBe(3100);
    expect(amount('last')).toBe(100);
    expect(amount('middle')).toBe(1600);
    expect(amount('after')).toBeNull();
    expect(run.json()).toMatchObject({ created: 4, skipped: 0 });
  });
});

describe('pro rata in a time zone with daylight saving time', () => {
  let p: TestApp;
  beforeAll(async () => {
    p = await buildTestApp({ BILLING_PRO_RATA: true, TIME_ZONE: 'America/New_York' });
  });
  afterAll(async () => {
    await p?.close();
  });

  // March 2026 in New York: 31 local days, one of them 23 hours long (clocks spring forward on the 8th).
  // Someone who joins in the first hour of a local day after that owes for the days from that day on,
  // not one more: 00:30 on March 31 is the month's last day (1 of 31 days), 00:30 on March 9 leaves 23.
  it('a subscriber joining just after local midnight, after the clocks moved, pays from that day on', async () => {
    const st = await makeUser(p.app, 'staff');
    const send = (url: string, payload: Json) =>
      p.app.inject({ method: 'POST', url, headers: bearer(st.access), payload });
    const pk = (await send('/api/v1/packages', { name: 'NY', speed_mbps: 5, price: '31.00' })).json();
    const joined: Record<string, string> = {
      first: '2026-03-01T05:00:00.000Z', // 00:00 EST on March 1
      ninth: '2026-03-09T04:30:00.000Z', // 00:30 EDT on March 9
      ninthNoon: '2026-03-09T16:00:00.000Z', // 12:00 EDT on March 9
      last: '2026-03-31T04:30:00.000Z', // 00:30 EDT on March 31
      lastEvening: '2026-03-31T23:30:00.000Z', // 19:30 EDT on March 31
      before: '2026-03-01T04:59:59.000Z', // 23:59:59 EST on February 28
      after: '2026-04-01T04:00:00.000Z', // 00:00 EDT on April 1
    };
    const subs: Record<string, string> = {};
    for (const [name, at] of Object.entries(joined)) {
      const u = await makeUser(p.app, 'customer');
      const res = await send('/api/v1/customers', {
        user: u.user.id,
        package: pk.uid,
        connection_type: 'DHCP',
      });
      expect(res.statusCode, res.body).toBe(201);
      subs[name] = res.json().uid;
      await p.db
        .updateTable('billing_subscribers')
        .set({ created_at: at })
        .where('id', '=', res.json().uid)
        .execute();
    }
    const run = await send('/api/v1/customers/bills/generate', { billing_month: 'MARCH', year: 2026 });
    expect(run.statusCode, run.body).toBe(200);
    const bills = await p.db
      .selectFrom('billing_payments')
      .select(['subscriber_id', 'bill_amount'])
      .where('kind', '=', 'bill')
      .execute();
    const amounts = Object.fromEntries(
      Object.entries(subs).map(([name, uid]) => {
        const bill = bills.find((b) => b.subscriber_id === uid);
        return [name, bill ? Number(bill.bill_amount) : null];
      }),
    );
    expect(amounts).toEqual({
      first: 3100,
      ninth: 2300,
      ninthNoon: 2300,
      last: 100,
      lastEvening: 100,
      before: 3100,
      after: null,
    });
  });
});

// ---- loyalty -------------------------------------------------------------------

async function customerCode(id: string) {
  const row = await t.db
    .selectFrom('users')
    .select('customer_code')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.customer_code as string;
}

async function balanceOf(userId: string) {
  const rows = await t.db
    .selectFrom('loyalty_ledger')
    .select('points')
    .where('user_id', '=', userId)
    .execute();
  return rows.reduce((n, r) => n + Number(r.points), 0);
}

describe('loyalty: cache, exactly-once order points, no negative balance', () => {
  it('a deactivated or exhausted promotion the scan cache still lists is refused at redeem', async () => {
    const carol = await makeUser(t.app, 'customer');
    const code = await customerCode(carol.user.id);
    await ok(
      await call('POST', '/api/pos/award-points/', staff.access, {
        customer_id: code,
        points: 100,
        reason: 't',
      }),
    );
    const promo = await ok(
      await call('POST', '/api/admin/promotions/', manager.access, {
        code: 'REVIEWTEA',
        name: 'Tea',
        kind: 'free_item',
        points_cost: 1,
      }),
      201,
    );
    const qr = await ok(await call('GET', '/api/loyalty/me/', carol.access));
    // Fill the cache.
    const scan = await ok(await call('POST', '/api/pos/scan-user/', staff.access, { qr_data: qr.qr_data }));
    expect(JSON.stringify(scan)).toContain('REVIEWTEA');
    // Deactivated behind the cache's back (a direct write: no event).
    await t.db
      .updateTable('loyalty_promotions')
      .set({ is_active: false })
      .where('id', '=', String(promo.id))
      .execute();
    clientError(
      await call('POST', '/api/pos/redeem-promotion/', staff.access, {
        customer_id: code,
        promotion_id: promo.id,
      }),
    );
    await t.db
      .updateTable('loyalty_promotions')
      .set({ is_active: true, max_redemptions: 3 })
      .where('id', '=', String(promo.id))
      .execute();
    const redeems = await Promise.all(
      Array.from({ length: 20 }, () =>
        call('POST', '/api/pos/redeem-promotion/', staff.access, {
          customer_id: code,
          promotion_id: promo.id,
        }),
      ),
    );
    for (const r of redeems) expect(r.statusCode, r.body).toBeLessThan(500);
    expect(redeems.filter((r) => r.statusCode === 200)).toHaveLength(3);
    expect(await balanceOf(carol.user.id)).toBe(97);
  });

  it('a promotion deactivated or used up through the API leaves the scan list at once', async () => {
    const lea = await makeUser(t.app, 'customer');
    const code = await customerCode(lea.user.id);
    await ok(
      await call('POST', '/api/pos/award-points/', staff.access, {
        customer_id: code,
        points: 10,
        reason: 't',
      }),
    );
    const qr = (await ok(await call('GET', '/api/loyalty/me/', lea.access))).qr_data;
    const promo = await ok(
      await call('POST', '/api/admin/promotions/', manager.access, {
        code: 'REVIEWGONE',
        name: 'Gone',
        kind: 'free_item',
        points_cost: 1,
        max_redemptions: 1,
      }),
      201,
    );
    const listed = async () =>
      JSON.stringify(await ok(await call('POST', '/api/pos/scan-user/', staff.access, { qr_data: qr })));
    expect(await listed()).toContain('REVIEWGONE');
    await ok(await call('PATCH', `/api/admin/promotions/${promo.id}/`, manager.access, { is_active: false }));
    expect(await listed()).not.toContain('REVIEWGONE');
    await ok(await call('PATCH', `/api/admin/promotions/${promo.id}/`, manager.access, { is_active: true }));
    expect(await listed()).toContain('REVIEWGONE');
    await ok(
      await call('POST', '/api/pos/redeem-promotion/', staff.access, {
        customer_id: code,
        promotion_id: promo.id,
      }),
    );
    expect(await listed()).not.toContain('REVIEWGONE');
    const scan = await ok(
      await call('POST', '/api/pos/scan-promotion/', staff.access, { code: 'REVIEWGONE' }),
    );
    expect(scan.valid).toBe(false);
  });

  it('20 concurrent process-order-points with one order_id credit it once; a failing one undoes nothing else', async () => {
    const dan = await makeUser(t.app, 'customer');
    const code = await customerCode(dan.user.id);
    const same = await Promise.all(
      Array.from({ length: 20 }, () =>
        call('POST', '/api/pos/process-order-points/', staff.access, {
          customer_id: code,
          order_id: 'REVIEW-ORDER-1',
          order_total: '42.50',
        }),
      ),
    );
    for (const r of same) expect(r.statusCode, r.body).toBe(200);
    expect(same.filter((r) => r.json().already_processed === false)).toHaveLength(1);
    expect(await balanceOf(dan.user.id)).toBe(42);
    // Mixed: distinct orders, unknown customers, bad totals and repeats all at once.
    const mixed = await Promise.all(
      Array.from({ length: 24 }, (_, i) => {
        const kind = i % 4;
        const body =
          kind === 0
            ? { customer_id: code, order_id: `REVIEW-M-${i}`, order_total: '10.00' }
            : kind === 1
              ? { customer_id: 'CUST-99999', order_id: `REVIEW-X-${i}`, order_total: '10.00' }
              : kind === 2
                ? { customer_id: code, order_id: 'REVIEW-ORDER-1', order_total: '42.50' }
                : { customer_id: code, order_id: `REVIEW-N-${i}`, order_total: '-1' };
        return call('POST', '/api/pos/process-order-points/', staff.access, body);
      }),
    );
    for (const r of mixed) expect(r.statusCode, r.body).toBeLessThan(500);
    expect(mixed.filter((_, i) => i % 4 === 0).every((r) => r.statusCode === 200)).toBe(true);
    expect(await balanceOf(dan.user.id)).toBe(42 + 6 * 10);
    // The same order_id for another customer: refused, not credited.
    const eve = await makeUser(t.app, 'customer');
    const other = await call('POST', '/api/pos/process-order-points/', staff.access, {
      customer_id: await customerCode(eve.user.id),
      order_id: 'REVIEW-ORDER-1',
      order_total: '42.50',
    });
    clientError(other);
    expect(await balanceOf(eve.user.id)).toBe(0);
    // Bare or malformed codes.
    for (const customer_id of ['CUST-', 'cust-00001', ' ', 'CUST-0000000000000000000001', dan.user.id])
      expect(
        (
          await call('POST', '/api/pos/process-order-points/', staff.access, {
            customer_id,
            order_id: `REVIEW-B-${customer_id}`,
            order_total: '1.00',
          })
        ).statusCode,
      ).toBeLessThan(500);
    for (const order_total of [1e300, -0.01, '1e3', 'NaN', Number.MAX_SAFE_INTEGER, '9999999999999.99'])
      expect(
        (
          await call('POST', '/api/pos/process-order-points/', staff.access, {
            customer_id: code,
            order_id: `REVIEW-T-${String(order_total)}`,
            order_total,
          })
        ).statusCode,
      ).toBeLessThan(500);
  });

  it('concurrent redeem and negative adjust never take the balance below zero', async () => {
    const fay = await makeUser(t.app, 'customer');
    const code = await customerCode(fay.user.id);
    await ok(
      await call('POST', '/api/pos/award-points/', staff.access, {
        customer_id: code,
        points: 50,
        reason: 't',
      }),
    );
    const promo = await ok(
      await call('POST', '/api/admin/promotions/', manager.access, {
        code: 'REVIEWCAKE',
        name: 'Cake',
        kind: 'free_item',
        points_cost: 10,
      }),
      201,
    );
    const ops = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? call('POST', '/api/pos/redeem-promotion/', staff.access, {
              customer_id: code,
              promotion_id: promo.id,
            })
          : call('POST', `/api/admin/loyalty/accounts/${code}/adjust/`, manager.access, {
              points: -10,
              reason: 'review',
            }),
      ),
    );
    for (const r of ops) expect(r.statusCode, r.body).toBeLessThan(500);
    expect(ops.filter((r) => r.statusCode === 200)).toHaveLength(5);
    expect(await balanceOf(fay.user.id)).toBe(0);
    const ledger = await t.db
      .selectFrom('loyalty_ledger')
      .select('balance_after')
      .where('user_id', '=', fay.user.id)
      .execute();
    for (const l of ledger) expect(Number(l.balance_after)).toBeGreaterThanOrEqual(0);
    // The admin account by user id works, by a bare code does not reveal anything.
    await ok(await call('GET', `/api/admin/loyalty/accounts/${fay.user.id}/`, manager.access));
    clientError(await call('GET', '/api/admin/loyalty/accounts/CUST-/', manager.access));
    clientError(await call('GET', `/api/admin/loyalty/accounts/${code}/`, staff.access), 403);
    clientError(await call('GET', `/api/admin/loyalty/accounts/${code}/`, alice.access), 403);
  });
});
