/**
 * The subscriber list kept in memory (counts, and staff answers whole) stays
 * exact after every write, here and on a second instance (PostgreSQL + Redis);
 * its page uses the order's index; payments name their subscriber; credentials
 * are revealed only on request; a bill run never re-creates a deleted bill and
 * says so.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app.js';
import { connect } from '../src/db/dialect.js';
import { dayStart } from '../src/modules/billing/billing.service.js';
import { localDate, midnightOf, resolvePeriod } from '../src/platform/reports.js';
import { bearer, lastMailTo, login, makeUser, PASSWORD, uniqueEmail } from './auth-helpers.js';
import { buildTestApp, onPostgres, onRedis, problemOf, queryPlan, type TestApp } from './helpers.js';

type Json = Record<string, unknown>;
type User = Awaited<ReturnType<typeof makeUser>>;
type Page = { count: number; next: string | null; previous: string | null; results: Json[] };

function client(app: FastifyInstance) {
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    token?: string,
    payload?: object,
  ) => app.inject({ method, url, headers: token ? bearer(token) : {}, ...(payload ? { payload } : {}) });
  const ok = async (res: { statusCode: number; body: string; json(): unknown }, status = 200) => {
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as Json;
  };
  const page = async (url: string, token: string) =>
    (await ok(await call('GET', url, token))) as unknown as Page;
  return { call, ok, page };
}

async function newPackage(app: FastifyInstance, staff: User, price = '30.00') {
  const { call, ok } = client(app);
  return ok(
    await call('POST', '/api/v1/packages', staff.access, {
      name: `Plan ${Math.random()}`,
      speed_mbps: 20,
      price,
    }),
    201,
  );
}

async function newSubscriber(app: FastifyInstance, staff: User, pkg: Json, body: Json = {}) {
  const { call, ok } = client(app);
  const user = await makeUser(app, 'customer');
  const sub = await ok(
    await call('POST', '/api/v1/customers', staff.access, {
      user: user.user.id,
      package: pkg.uid,
      connection_type: 'DHCP',
      ...body,
    }),
    201,
  );
  return { user, sub };
}

describe('the kept subscriber list, payment names, credentials on request, deleted bills', () => {
  let t: TestApp;
  let staff: User;

  beforeAll(async () => {
    t = await buildTestApp();
    staff = await makeUser(t.app, 'staff');
  });
  afterAll(async () => t?.close());

  it('counts and pages follow creates, status, package and connection changes, deletes and package edits', async () => {
    const { call, ok, page } = client(t.app);
    const a = await newPackage(t.app, staff);
    const b = await newPackage(t.app, staff);
    const count = async (query = '') => (await page(`/api/v1/customers${query}`, staff.access)).count;
    const first = await newSubscriber(t.app, staff, a);
    // Read (and kept) before each change.
    expect(await count()).toBe(1);
    expect(await count('?status=ACTIVE')).toBe(1);
    expect(await count('?status=INACTIVE')).toBe(0);
    expect(await count(`?package=${b.uid}`)).toBe(0);
    expect(await count('?connection_type=PPPoE')).toBe(0);

    const second = await newSubscriber(t.app, staff, a, { status: 'INACTIVE' });
    expect(await count()).toBe(2);
    expect(await count('?status=INACTIVE')).toBe(1);
    const newest = await page('/api/v1/customers', staff.access);
    expect(newest.results.map((r) => r.uid)).toEqual([second.sub.uid, first.sub.uid]);

    await ok(await call('PUT', `/api/v1/customers/${first.sub.uid}`, staff.access, { status: 'INACTIVE' }));
    expect(await count('?status=ACTIVE')).toBe(0);
    expect(await count('?status=INACTIVE')).toBe(2);

    await ok(await call('PUT', `/api/v1/customers/${first.sub.uid}`, staff.access, { package: b.uid }));
    expect(await count(`?package=${b.uid}`)).toBe(1);
    expect(await count(`?package=${a.uid}`)).toBe(1);
    expect((await page(`/api/v1/packages/${b.uid}/customers`, staff.access)).count).toBe(1);

    await ok(
      await call('PUT', `/api/v1/customers/${first.sub.uid}`, staff.access, {
        connection_type: 'PPPoE',
        credentials: { username: 'u1', password: 'p1' },
      }),
    );
    expect(await count('?connection_type=PPPoE')).toBe(1);

    // A page kept in memory shows the address and the package as they are now.
    await ok(
      await call('PUT', `/api/v1/customers/${second.sub.uid}`, staff.access, { address: '9 New Road' }),
    );
    await ok(
      await call('PUT', `/api/v1/packages/${a.uid}`, staff.access, { name: 'Renamed plan', price: '31.00' }),
    );
    const now = await page('/api/v1/customers', staff.access);
    const shown = now.results.find((r) => r.uid === second.sub.uid) as { address: string; package: Json };
    expect(shown.address).toBe('9 New Road');
    expect(shown.package).toMatchObject({ name: 'Renamed plan', price: '31.00' });

    // Users are kept in the answer too: a user changed through identity, by themselves, by an
    // admin, by the back office, or by confirming a new email, shows at once.
    const userOf = async () =>
      (
        (await page('/api/v1/customers', staff.access)).results.find((r) => r.uid === second.sub.uid) as {
          user: Json;
        }
      ).user;
    expect((await userOf()).first_name).not.toBe('Renamed');
    await ok(await call('PATCH', '/api/auth/profile/', second.user.access, { first_name: 'Renamed' }));
    expect((await userOf()).first_name).toBe('Renamed');
    const admin = await makeUser(t.app, 'admin');
    await ok(
      await call('PATCH', `/api/admin/users/${second.user.user.id}/`, admin.access, { last_name: 'Byadmin' }),
    );
    expect((await userOf()).last_name).toBe('Byadmin');
    await ok(
      await call('PUT', `/api/v1/users/${second.user.user.id}`, admin.access, { phone: '+8801712345678' }),
    );
    expect((await userOf()).phone).toBe('+8801712345678');
    const moved = uniqueEmail('moved');
    await ok(
      await call('PATCH', '/api/auth/profile/', second.user.access, { email: moved, password: PASSWORD }),
    );
    expect((await userOf()).email).toBe(second.user.email);
    const token = (await lastMailTo(t.app, moved))?.text.match(/verify-email\/([\w-]+)/)?.[1];
    expect((await t.app.inject({ url: `/api/auth/verify-email/${token}/` })).statusCode).toBe(200);
    expect((await userOf()).email).toBe(moved);
    // A login changes nothing shown: the answer stays kept.
    await t.db
      .updateTable('users')
      .set({ first_name: 'Behind' })
      .where('id', '=', second.user.user.id)
      .execute();
    await login(t.app, moved);
    expect((await userOf()).first_name).toBe('Renamed');

    expect((await call('DELETE', `/api/v1/customers/${second.sub.uid}`, staff.access)).statusCode).toBe(204);
    expect(await count()).toBe(1);
    expect(await count('?status=INACTIVE')).toBe(1);
    expect((await page('/api/v1/customers', staff.access)).results.map((r) => r.uid)).toEqual([
      first.sub.uid,
    ]);
    // Past the last page: still 404, from the kept count.
    expect(problemOf(await call('GET', '/api/v1/customers?page=2', staff.access)).code).toBe('INVALID_PAGE');
  });

  it('is kept: a row written behind the service is not counted until a change is announced', async () => {
    const { page } = client(t.app);
    const pkg = await newPackage(t.app, staff);
    await newSubscriber(t.app, staff, pkg);
    const before = (await page('/api/v1/customers', staff.access)).count;
    const user = await makeUser(t.app, 'customer');
    const now = new Date().toISOString();
    await t.db
      .insertInto('billing_subscribers')
      .values({
        id: '01900000-0000-7000-8000-00000000abcd',
        user_id: user.user.id,
        package_id: String(pkg.uid),
        connection_type: 'DHCP',
        credentials: null,
        address: '',
        status: 'ACTIVE',
        created_at: now,
        updated_at: now,
      })
      .execute();
    // Served from memory: the list is not counted again on every request.
    expect((await page('/api/v1/customers', staff.access)).count).toBe(before);
    // A search is never kept.
    expect(
      (await page(`/api/v1/customers?search=${encodeURIComponent(user.email)}`, staff.access)).count,
    ).toBe(1);
    // Any write through the service makes it exact again, the row behind its back included.
    await newSubscriber(t.app, staff, pkg);
    expect((await page('/api/v1/customers', staff.access)).count).toBe(before + 2);
  });

  it('a subscriber sees only their own record, whatever staff read before', async () => {
    const { page } = client(t.app);
    const pkg = await newPackage(t.app, staff);
    const own = await newSubscriber(t.app, staff, pkg);
    await page('/api/v1/customers', staff.access);
    const mine = await page('/api/v1/customers', own.user.access);
    expect(mine.count).toBe(1);
    expect(mine.results.map((r) => r.uid)).toEqual([own.sub.uid]);
    expect(mine.results[0]).not.toHaveProperty('credentials');
  });

  it.skipIf(onPostgres)(
    'the page walks the (created_at, id) index in order, without sorting (SQLite)',
    async () => {
      const details = await queryPlan(
        t.db,
        sql`select s.id from billing_subscribers s inner join billing_packages p on p.id = s.package_id
      order by s.created_at desc, s.id desc limit 20 offset 40`,
      );
      expect(details).toContain('billing_subscribers_created');
      expect(details).not.toContain('TEMP B-TREE');
    },
  );

  it.skipIf(onPostgres)(
    "a run's count of deleted bills reads their partial index (migration 0026)",
    async () => {
      const plan = await queryPlan(
        t.db,
        sql`select count(*) from billing_payments b inner join billing_subscribers s on s.id = b.subscriber_id
      where b.kind = 'bill' and b.year = 2031 and b.billing_month = 'JUNE' and b.deleted_at is not null
        and s.status = 'ACTIVE'`,
      );
      expect(plan).toContain('billing_bills_deleted');
    },
  );

  // Payments name their subscriber; credentials only on request; deleted bills stay deleted.
  it("every ledger row carries its subscriber's name", async () => {
    const { call, ok, page } = client(t.app);
    const pkg = await newPackage(t.app, staff, '10.00');
    const named = await newSubscriber(t.app, staff, pkg);
    await t.db
      .updateTable('users')
      .set({ first_name: 'Rahim', last_name: 'Uddin ✓' })
      .where('id', '=', named.user.user.id)
      .execute();
    const unnamed = await newSubscriber(t.app, staff, pkg);
    await t.db
      .updateTable('users')
      .set({ first_name: '', last_name: '' })
      .where('id', '=', unnamed.user.user.id)
      .execute();
    await ok(
      await call('POST', '/api/v1/customers/bills/generate', staff.access, {
        billing_month: 'MAY',
        year: 2026,
      }),
    );
    await ok(
      await call('POST', '/api/v1/payments', staff.access, {
        customer_id: named.sub.uid,
        amount: '4.00',
        billing_month: 'MAY',
        year: 2026,
        payment_method: 'BKASH',
      }),
      201,
    );
    const ledger = await page('/api/v1/payments?page_size=100', staff.access);
    const byCustomer = (uid: unknown) => ledger.results.filter((r) => r.customer_id === uid);
    expect(byCustomer(named.sub.uid).map((r) => r.customer_name)).toEqual(['Rahim Uddin ✓', 'Rahim Uddin ✓']);
    const unnamedUser = (unnamed.sub.user as Json).username;
    expect(byCustomer(unnamed.sub.uid).map((r) => r.customer_name)).toEqual([unnamedUser]);
    // One payment, the subscriber's own list and the CSV-free detail say the same.
    const payment = byCustomer(named.sub.uid).find((r) => r.kind === 'PAYMENT');
    expect(
      (await ok(await call('GET', `/api/v1/payments/${payment?.uid}`, staff.access))).customer_name,
    ).toBe('Rahim Uddin ✓');
    const own = await page('/api/v1/payments', named.user.access);
    expect(own.results.every((r) => r.customer_name === 'Rahim Uddin ✓')).toBe(true);
  });

  it('the detail leaves credentials out unless asked; each reveal is audited; a subscriber never sees them', async () => {
    const { call, ok } = client(t.app);
    const pkg = await newPackage(t.app, staff);
    const { user, sub } = await newSubscriber(t.app, staff, pkg, {
      connection_type: 'PPPoE',
      credentials: { username: 'ppp-ঢাকা', password: 's3cret' },
    });
    const audits = async () =>
      (
        await t.db
          .selectFrom('audit_log')
          .select('target_id')
          .where('action', '=', 'billing.credentials_revealed')
          .execute()
      ).filter((r) => r.target_id === sub.uid).length;
    const before = await audits();
    const plain = await ok(await call('GET', `/api/v1/customers/${sub.uid}`, staff.access));
    expect(plain).not.toHaveProperty('credentials');
    expect(await audits()).toBe(before);
    const revealed = await ok(
      await call('GET', `/api/v1/customers/${sub.uid}?reveal=credentials`, staff.access),
    );
    expect(revealed.credentials).toEqual({ username: 'ppp-ঢাকা', password: 's3cret' });
    expect(await audits()).toBe(before + 1);
    await ok(await call('GET', `/api/v1/customers/${sub.uid}/?reveal=credentials`, staff.access));
    expect(await audits()).toBe(before + 2);
    // The subscriber asking for them gets their record without them, and nothing is audited.
    const own = await ok(await call('GET', `/api/v1/customers/${sub.uid}?reveal=credentials`, user.access));
    expect(own).not.toHaveProperty('credentials');
    expect(await audits()).toBe(before + 2);
    // Anything else is refused.
    for (const bad of ['passwords', '', 'CREDENTIALS', 'credentials,credentials'])
      expect(
        problemOf(
          await call('GET', `/api/v1/customers/${sub.uid}?reveal=${encodeURIComponent(bad)}`, staff.access),
        ).status,
      ).toBe(400);
  });

  it('a bill run never re-creates a bill staff deleted, and says so; deleting it again is 404', async () => {
    const { call, ok } = client(t.app);
    const pkg = await newPackage(t.app, staff, '25.00');
    const kept = await newSubscriber(t.app, staff, pkg);
    const dropped = await newSubscriber(t.app, staff, pkg);
    const run = async () =>
      ok(
        await call('POST', '/api/v1/customers/bills/generate', staff.access, {
          billing_month: 'JUNE',
          year: 2031,
        }),
      );
    const first = await run();
    expect(first.created).toBeGreaterThanOrEqual(2);
    expect(first.skipped_reasons).toEqual({ already_billed: 0, bill_deleted: 0 });
    const bills = async (uid: unknown) =>
      (
        await ok(
          await call(
            'GET',
            `/api/v1/customers/${uid}/payments?billing_month=JUNE&year=2031&kind=BILL`,
            staff.access,
          ),
        )
      ).results as Json[];
    const [bill] = await bills(dropped.sub.uid);
    expect((await call('DELETE', `/api/v1/payments/${bill?.uid}`, staff.access)).statusCode).toBe(204);
    const again = await run();
    expect(again.created).toBe(0);
    expect(again.skipped).toBe(Number(first.created));
    expect(again.skipped_reasons).toEqual({ already_billed: Number(first.created) - 1, bill_deleted: 1 });
    expect(await bills(dropped.sub.uid)).toEqual([]);
    expect(await bills(kept.sub.uid)).toHaveLength(1);
    // In the database: one bill row for the month, the deleted one.
    const rows = await t.db
      .selectFrom('billing_payments')
      .select(['deleted_at'])
      .where('subscriber_id', '=', String(dropped.sub.uid))
      .where('kind', '=', 'bill')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.deleted_at).not.toBeNull();
    expect(problemOf(await call('DELETE', `/api/v1/payments/${bill?.uid}`, staff.access)).status).toBe(404);
    // A payment for that month goes on account (no bill to pay), and a later month bills them again.
    const pay = await ok(
      await call('POST', '/api/v1/payments', staff.access, {
        customer_id: dropped.sub.uid,
        amount: '25.00',
        billing_month: 'JUNE',
        year: 2031,
        payment_method: 'CASH',
      }),
      201,
    );
    expect(pay.bill).toBeNull();
    const july = await ok(
      await call('POST', '/api/v1/customers/bills/generate', staff.access, {
        billing_month: 'JULY',
        year: 2031,
      }),
    );
    expect(july.skipped_reasons).toEqual({ already_billed: 0, bill_deleted: 0 });
  });
});

describe.skipIf(!onRedis)('two instances on one database and one Redis: the kept subscriber list', () => {
  let a: TestApp;
  let b: FastifyInstance;
  let bConnection: ReturnType<typeof connect>;
  let staff: User;

  beforeAll(async () => {
    a = await buildTestApp();
    await a.app.ready();
    bConnection = connect(a.config);
    b = await buildApp(a.config, { jobsMode: 'inline', connection: bConnection });
    await b.ready();
    staff = await makeUser(a.app, 'staff');
  });
  afterAll(async () => {
    try {
      await b?.close();
      await bConnection?.db.destroy();
    } finally {
      await a?.close();
    }
  });

  it('B forgets its counts and pages at once when A creates, changes or deletes a subscriber', async () => {
    const onA = client(a.app);
    const onB = client(b);
    const pkg = await newPackage(a.app, staff);
    const count = async (query = '') => (await onB.page(`/api/v1/customers${query}`, staff.access)).count;
    expect(await count()).toBe(0);
    expect(await count('?status=INACTIVE')).toBe(0);
    const { sub } = await newSubscriber(a.app, staff, pkg);
    await vi.waitFor(async () => expect(await count()).toBe(1), { timeout: 2_000, interval: 20 });
    await onA.ok(await onA.call('PUT', `/api/v1/customers/${sub.uid}`, staff.access, { status: 'INACTIVE' }));
    await vi.waitFor(async () => expect(await count('?status=INACTIVE')).toBe(1), {
      timeout: 2_000,
      interval: 20,
    });
    await onA.ok(await onA.call('PUT', `/api/v1/packages/${pkg.uid}`, staff.access, { name: 'Seen on B' }));
    await vi.waitFor(
      async () =>
        expect(
          ((await onB.page('/api/v1/customers', staff.access)).results[0]?.package as Json | undefined)?.name,
        ).toBe('Seen on B'),
      { timeout: 2_000, interval: 20 },
    );
    // A user renamed on A: B's kept answer goes too.
    const { user } = await newSubscriber(a.app, staff, pkg);
    const firstNameOnB = async () =>
      ((await onB.page('/api/v1/customers', staff.access)).results[0]?.user as Json | undefined)?.first_name;
    await vi.waitFor(async () => expect(await count()).toBe(2), { timeout: 2_000, interval: 20 });
    await onA.ok(await onA.call('PATCH', '/api/auth/profile/', user.access, { first_name: 'Seen on B' }));
    await vi.waitFor(async () => expect(await firstNameOnB()).toBe('Seen on B'), {
      timeout: 2_000,
      interval: 20,
    });
    expect((await onA.call('DELETE', `/api/v1/customers/${sub.uid}`, staff.access)).statusCode).toBe(204);
    await vi.waitFor(async () => expect(await count()).toBe(1), { timeout: 2_000, interval: 20 });
  });
});

describe('the kept subscriber list from every side', () => {
  let t: TestApp;
  let staff: User;
  let admin: User;
  let pkg: Json;
  const subs: { user: User; sub: Json }[] = [];

  beforeAll(async () => {
    t = await buildTestApp();
    staff = await makeUser(t.app, 'staff');
    admin = await makeUser(t.app, 'admin');
    pkg = await newPackage(t.app, staff, '20.00');
    for (let i = 0; i < 3; i++)
      subs.push(
        await newSubscriber(t.app, staff, pkg, {
          connection_type: 'PPPoE',
          credentials: { username: `u${i}`, password: `secret-${i}` },
        }),
      );
  });
  afterAll(async () => t?.close());

  it('non-staff never get a kept staff answer', async () => {
    const { call, page } = client(t.app);
    await page('/api/v1/customers', staff.access);
    await page('/api/v1/customers?page_size=2', staff.access);
    const vendor = await makeUser(t.app, 'vendor', { vendor_status: 'approved' });
    const creator = await makeUser(t.app, 'creator');
    for (const u of [vendor, creator]) {
      const p = await page('/api/v1/customers', u.access);
      expect(p.count).toBe(0);
    }
    const own = await page('/api/v1/customers?page_size=2', subs[0]!.user.access);
    expect(own.results.map((r) => r.uid)).toEqual([subs[0]!.sub.uid]);
    expect((await call('GET', '/api/v1/customers')).statusCode).toBe(401);
  });

  it('role, gender and deactivation of a subscriber user show at once', async () => {
    const { call, ok, page } = client(t.app);
    const target = subs[1]!;
    const userOf = async () =>
      (
        (await page('/api/v1/customers', staff.access)).results.find((r) => r.uid === target.sub.uid) as {
          user: Json;
        }
      ).user;
    expect((await userOf()).gender).toBe('UNKNOWN');
    await ok(await call('PUT', `/api/v1/users/me`, target.user.access, { username: 'renamed-by-self' }));
    expect((await userOf()).username).toBe('renamed-by-self');
    await ok(await call('PUT', `/api/v1/users/${target.user.user.id}`, staff.access, { gender: 'FEMALE' }));
    expect((await userOf()).gender).toBe('FEMALE');
    await ok(
      await call('PATCH', `/api/admin/users/${target.user.user.id}/`, admin.access, { user_type: 'creator' }),
    );
    expect((await userOf()).role).toBe('OTHER');
    await ok(await call('PUT', `/api/v1/users/${target.user.user.id}`, admin.access, { role: 'CUSTOMER' }));
    expect((await userOf()).role).toBe('CUSTOMER');
    await ok(await call('PUT', `/api/v1/users/${target.user.user.id}`, staff.access, { first_name: 'Gone' }));
    expect((await call('DELETE', `/api/v1/users/${target.user.user.id}`, staff.access)).statusCode).toBe(204);
    expect((await userOf()).first_name).toBe('Gone');
  });

  it('a write racing a staff read is seen by the next read', async () => {
    const { call, ok, page } = client(t.app);
    const target = subs[2]!;
    for (let i = 0; i < 5; i++) {
      const address = `Race road ${i}`;
      const [, put] = await Promise.all([
        call('GET', '/api/v1/customers', staff.access),
        call('PUT', `/api/v1/customers/${target.sub.uid}`, staff.access, { address }),
      ]);
      await ok(put);
      const shown = (await page('/api/v1/customers', staff.access)).results.find(
        (r) => r.uid === target.sub.uid,
      );
      expect(shown?.address).toBe(address);
    }
  });

  it('URL forms: each page and its links match its own URL; reveal and search never kept', async () => {
    const { page } = client(t.app);
    const p1 = await page('/api/v1/customers?page_size=1', staff.access);
    const p2 = await page('/api/v1/customers/?page_size=1&page=2', staff.access);
    const p2b = await page('/api/v1/customers?page=2&page_size=1', staff.access);
    expect(p2.results[0]?.uid).not.toBe(p1.results[0]?.uid);
    expect(p2b.results[0]?.uid).toBe(p2.results[0]?.uid);
    expect(p2.previous).toBe('http://testserver/api/v1/customers/?page_size=1');
    expect(p2b.next).toBe('http://testserver/api/v1/customers?page=3&page_size=1');
    const head = await t.app.inject({
      method: 'HEAD',
      url: '/api/v1/customers?page_size=3',
      headers: bearer(staff.access),
    });
    expect(head.statusCode).toBe(200);
    expect((await page('/api/v1/customers?page_size=3', staff.access)).results).toHaveLength(3);
    const revealed = await page('/api/v1/customers?reveal=credentials', staff.access);
    expect(revealed.results.every((r) => 'credentials' in r)).toBe(true);
    const plain = await page('/api/v1/customers', staff.access);
    expect(plain.results.some((r) => 'credentials' in r)).toBe(false);
    expect(JSON.stringify(plain)).not.toContain('secret-');
  });
});

describe('review: dayStart and resolvePeriod', () => {
  // The first instant whose local date is `day`.
  const truth = (day: string, tz: string) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const base = Date.UTC(y, m - 1, d);
    for (let at = base - 16 * 3600e3; at < base + 16 * 3600e3; at += 15 * 60e3)
      if (localDate(new Date(at), tz) === day) return new Date(at).toISOString();
    throw new Error('no instant');
  };

  it('dayStart is the first instant of the local day (Dhaka, Santiago, London, Chatham, Auckland)', () => {
    for (const tz of [
      'Asia/Dhaka',
      'America/Santiago',
      'Europe/London',
      'Pacific/Chatham',
      'Pacific/Auckland',
    ]) {
      for (let at = Date.UTC(2025, 0, 1); at < Date.UTC(2027, 0, 1); at += 86_400_000) {
        const d = new Date(at);
        const day = d.toISOString().slice(0, 10);
        expect(
          dayStart(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), tz).toISOString(),
          `${tz} ${day}`,
        ).toBe(truth(day, tz));
      }
    }
  });

  it('resolvePeriod: the same days asked in two zones or across midnight are each right', () => {
    const now = new Date('2026-03-29T23:30:00Z');
    const london = resolvePeriod({ days: 2 }, 'Europe/London', now);
    const dhaka = resolvePeriod({ days: 2 }, 'Asia/Dhaka', now);
    expect(london.to).toBe('2026-03-30');
    expect(dhaka.to).toBe('2026-03-30');
    expect(london.start).toBe(midnightOf('2026-03-29', 'Europe/London').toISOString());
    expect(dhaka.start).toBe(midnightOf('2026-03-29', 'Asia/Dhaka').toISOString());
    expect(london.start).not.toBe(dhaka.start);
    const later = resolvePeriod({ days: 2 }, 'Asia/Dhaka', new Date('2026-03-30T18:30:00Z'));
    expect(later.to).toBe('2026-03-31');
  });
});
