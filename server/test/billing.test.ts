/**
 * Subscription billing (SPEC §7): packages and subscribers under /api/v1,
 * credentials encrypted at rest and shown to staff only, a subscriber sees
 * only their own record and ledger, set-based idempotent bill runs (also
 * concurrent), payments against a bill or on account, soft audited deletes.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { CredentialsCipher, KEY_FILE, loadCredentialsKey } from '../src/modules/billing/credentials.js';
import { bearer, makeUser } from './auth-helpers.js';
import { buildTestApp, problemOf, TEST_BILLING_KEY, type TestApp } from './helpers.js';
import { cli } from './processes.js';

let t: TestApp;
let staff: Awaited<ReturnType<typeof makeUser>>;
let manager: string;
let alice: Awaited<ReturnType<typeof makeUser>>;
let bob: Awaited<ReturnType<typeof makeUser>>;
let nobody: Awaited<ReturnType<typeof makeUser>>;
let vendor: string;

beforeAll(async () => {
  t = await buildTestApp();
  staff = await makeUser(t.app, 'staff');
  manager = (await makeUser(t.app, 'manager')).access;
  alice = await makeUser(t.app, 'customer');
  bob = await makeUser(t.app, 'customer');
  nobody = await makeUser(t.app, 'customer');
  vendor = (await makeUser(t.app, 'vendor', { vendor_status: 'approved' })).access;
});

afterAll(async () => {
  await t?.close();
});

type Json = Record<string, unknown>;

function call(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  token: string,
  payload?: object,
  headers = {},
) {
  return t.app.inject({
    method,
    url,
    headers: { ...bearer(token), ...headers },
    ...(payload ? { payload } : {}),
  });
}

async function ok(res: { statusCode: number; body: string; json(): unknown }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as Json;
}

let p10: Json;
let p25: Json;
let aliceSub: Json;
let bobSub: Json;

describe('packages', () => {
  it('staff create, read, update; lists are paginated; money is "50.00"', async () => {
    p10 = await ok(
      await call('POST', '/api/v1/packages', staff.access, {
        name: 'Home 10',
        speed_mbps: 10,
        price: '10.5',
      }),
      201,
    );
    expect(p10).toMatchObject({
      name: 'Home 10',
      speed_mbps: 10,
      price: '10.50',
      description: '',
      is_active: true,
    });
    p25 = await ok(
      await call('POST', '/api/v1/packages/', manager, { name: 'Home 25', speed_mbps: 25, price: '25.00' }),
      201,
    );
    const list = await ok(await call('GET', '/api/v1/packages/', alice.access));
    expect(list).toMatchObject({ count: 2, next: null, previous: null });
    expect((list.results as Json[]).map((p) => p.name)).toEqual(['Home 10', 'Home 25']);
    const page = await ok(await call('GET', '/api/v1/packages?page_size=1', staff.access));
    expect(page.next).toBe('http://testserver/api/v1/packages?page_size=1&page=2');
    const changed = await ok(
      await call('PUT', `/api/v1/packages/${p10.uid}`, staff.access, { price: '10.00' }),
    );
    expect(changed).toMatchObject({ uid: p10.uid, price: '10.00', name: 'Home 10' });
    expect(await ok(await call('GET', `/api/v1/packages/${p10.uid}/`, alice.access))).toEqual(changed);
  });

  it('refuses customers and vendors writes (403), bad input (400 naming the field), duplicates', async () => {
    expect(
      (await call('POST', '/api/v1/packages', alice.access, { name: 'X', speed_mbps: 1, price: '1' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call('POST', '/api/v1/packages', vendor, { name: 'X', speed_mbps: 1, price: '1' })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/packages' })).statusCode).toBe(401);
    const bad = await call('POST', '/api/v1/packages', staff.access, {
      name: 'X',
      speed_mbps: 1,
      price: '1.001',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(problemOf(bad).errors ?? {})).toContain('price');
    const dup = await call('POST', '/api/v1/packages', staff.access, {
      name: 'Home 10',
      speed_mbps: 1,
      price: '1',
    });
    expect(problemOf(dup)).toMatchObject({ status: 400, code: 'PACKAGE_NAME_TAKEN' });
    expect(
      (await call('GET', '/api/v1/packages/0190a5d6-0000-7000-8000-000000000000', staff.access)).statusCode,
    ).toBe(404);
  });
});

describe('customers (subscribers)', () => {
  it('staff make users subscribers; reads nest user (UserList) and package; credentials only for staff', async () => {
    aliceSub = await ok(
      await call('POST', '/api/v1/customers', staff.access, {
        user: alice.user.id,
        package: p10.uid,
        connection_type: 'PPPoE',
        credentials: { username: 'alice-ppp', password: 'S3cret-ppp-pass' },
        address: '12 Lake Road',
      }),
      201,
    );
    expect(aliceSub).toMatchObject({
      user: { uid: alice.user.id, email: alice.email, role: 'CUSTOMER', gender: 'UNKNOWN' },
      package: { uid: p10.uid, price: '10.00' },
      connection_type: 'PPPoE',
      credentials: { username: 'alice-ppp', password: 'S3cret-ppp-pass' },
      address: '12 Lake Road',
      status: 'ACTIVE',
    });
    bobSub = await ok(
      await call('POST', '/api/v1/customers/', manager, {
        user: bob.user.id,
        package: p25.uid,
        connection_type: 'STATIC',
        credentials: { ip_address: '203.0.113.7', gateway: '203.0.113.1' },
      }),
      201,
    );
    // The subscriber's own view: no credentials at all.
    const own = await ok(await call('GET', `/api/v1/customers/${aliceSub.uid}`, alice.access));
    expect(own).toMatchObject({ uid: aliceSub.uid, address: '12 Lake Road' });
    expect(own).not.toHaveProperty('credentials');
    const ownList = await ok(await call('GET', '/api/v1/customers', alice.access));
    expect(ownList.count).toBe(1);
    expect((ownList.results as Json[])[0]).not.toHaveProperty('credentials');
    // Everyone else's is 404, never 403.
    expect(problemOf(await call('GET', `/api/v1/customers/${bobSub.uid}`, alice.access)).status).toBe(404);
    expect((await ok(await call('GET', '/api/v1/customers', nobody.access))).count).toBe(0);
    // Staff see everything, filtered.
    expect(
      (await ok(await call('GET', '/api/v1/customers?connection_type=STATIC', staff.access))).count,
    ).toBe(1);
    expect((await ok(await call('GET', `/api/v1/customers?package=${p25.uid}`, staff.access))).count).toBe(1);
    expect(
      (
        await ok(
          await call('GET', `/api/v1/customers?search=${encodeURIComponent(alice.email)}`, staff.access),
        )
      ).count,
    ).toBe(1);
    const onP10 = await ok(await call('GET', `/api/v1/packages/${p10.uid}/customers`, staff.access));
    expect((onP10.results as Json[]).map((c) => c.uid)).toEqual([aliceSub.uid]);
  });

  it('stores credentials encrypted: the raw column holds no plaintext', async () => {
    const rows = await t.db.selectFrom('billing_subscribers').select(['id', 'credentials']).execute();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.credentials).toMatch(/^v2\./);
      for (const secret of ['alice-ppp', 'S3cret-ppp-pass', '203.0.113.7', 'username', 'ip_address']) {
        expect(row.credentials).not.toContain(secret);
        expect(
          Buffer.from(String(row.credentials).split('.')[4] ?? '', 'base64url').toString('latin1'),
        ).not.toContain(secret);
      }
    }
  });

  it('validates enums exactly, credentials per connection type, and refuses customers writes', async () => {
    for (const [body, field] of [
      [{ user: nobody.user.id, package: p10.uid, connection_type: 'pppoe' }, 'connection_type'],
      [{ user: nobody.user.id, package: p10.uid, connection_type: 'DHCP', status: 'active' }, 'status'],
    ] as const) {
      const res = await call('POST', '/api/v1/customers', staff.access, body);
      expect(Object.keys(problemOf(res).errors ?? {})).toContain(field);
    }
    const noLogin = await call('POST', '/api/v1/customers', staff.access, {
      user: nobody.user.id,
      package: p10.uid,
      connection_type: 'PPPoE',
      credentials: { username: 'x' },
    });
    expect(problemOf(noLogin).errors).toHaveProperty(['credentials.password']);
    const badIp = await call('PUT', `/api/v1/customers/${bobSub.uid}`, staff.access, {
      credentials: { ip_address: 'nope' },
    });
    expect(problemOf(badIp).errors).toHaveProperty(['credentials.ip_address']);
    const twice = await call('POST', '/api/v1/customers', staff.access, {
      user: alice.user.id,
      package: p10.uid,
      connection_type: 'DHCP',
    });
    expect(problemOf(twice).code).toBe('ALREADY_SUBSCRIBER');
    expect(
      (await call('PUT', `/api/v1/customers/${aliceSub.uid}`, alice.access, { address: 'x' })).statusCode,
    ).toBe(403);
    expect((await call('DELETE', `/api/v1/customers/${aliceSub.uid}`, alice.access)).statusCode).toBe(403);
    expect(problemOf(await call('DELETE', `/api/v1/packages/${p10.uid}`, staff.access)).code).toBe(
      'PACKAGE_IN_USE',
    );
  });
});

describe('bill runs', () => {
  it('bills every active subscriber once at the package price; a repeat creates nothing', async () => {
    // An inactive subscriber is not billed.
    const carol = await makeUser(t.app, 'customer');
    await ok(
      await call('POST', '/api/v1/customers', staff.access, {
        user: carol.user.id,
        package: p25.uid,
        connection_type: 'DHCP',
        status: 'INACTIVE',
      }),
      201,
    );
    const first = await ok(
      await call('POST', '/api/v1/customers/bills/generate', staff.access, {
        billing_month: 'JANUARY',
        year: 2026,
      }),
    );
    expect(first).toEqual({
      billing_month: 'JANUARY',
      year: 2026,
      created: 2,
      skipped: 0,
      skipped_reasons: { already_billed: 0, bill_deleted: 0 },
    });
    const again = await ok(
      await call('POST', '/api/v1/customers/bills/generate/', staff.access, {
        billing_month: 'JANUARY',
        year: 2026,
      }),
    );
    expect(again).toEqual({
      billing_month: 'JANUARY',
      year: 2026,
      created: 0,
      skipped: 2,
      skipped_reasons: { already_billed: 2, bill_deleted: 0 },
    });
    const bills = await ok(await call('GET', '/api/v1/payments?kind=BILL', staff.access));
    expect(bills.count).toBe(2);
    const byCustomer = new Map((bills.results as Json[]).map((b) => [b.customer_id, b]));
    expect(byCustomer.get(aliceSub.uid)).toMatchObject({
      kind: 'BILL',
      amount: '0.00',
      bill_amount: '10.00',
      billing_month: 'JANUARY',
      year: 2026,
      paid: false,
      payment_method: null,
      entry_by: { uid: staff.user.id },
    });
    expect(byCustomer.get(bobSub.uid)).toMatchObject({ bill_amount: '25.00', paid: false });
  });

  it('two concurrent runs create each bill once', async () => {
    const runs = await Promise.all(
      [1, 2, 3].map(() =>
        call('POST', '/api/v1/customers/bills/generate', staff.access, {
          billing_month: 'FEBRUARY',
          year: 2026,
        }),
      ),
    );
    const bodies = await Promise.all(runs.map((r) => ok(r)));
    expect(bodies.reduce((n, b) => n + Number(b.created), 0)).toBe(2);
    const rows = await t.db
      .selectFrom('billing_payments')
      .select('id')
      .where('billing_month', '=', 'FEBRUARY')
      .execute();
    expect(rows).toHaveLength(2);
  });

  it('replays a repeated Idempotency-Key and validates the month exactly', async () => {
    const key = { 'idempotency-key': 'run-march-2026' };
    const first = await call(
      'POST',
      '/api/v1/customers/bills/generate',
      staff.access,
      { billing_month: 'MARCH', year: 2026 },
      key,
    );
    const second = await call(
      'POST',
      '/api/v1/customers/bills/generate',
      staff.access,
      { billing_month: 'MARCH', year: 2026 },
      key,
    );
    expect(first.json()).toMatchObject({ created: 2 });
    expect(second.json()).toEqual(first.json());
    expect(second.headers['idempotent-replayed']).toBe('true');
    const bad = await call('POST', '/api/v1/customers/bills/generate', staff.access, {
      billing_month: 'January',
      year: 2026,
    });
    expect(Object.keys(problemOf(bad).errors ?? {})).toEqual(['billing_month']);
    expect(
      (
        await call('POST', '/api/v1/customers/bills/generate', alice.access, {
          billing_month: 'MAY',
          year: 2026,
        })
      ).statusCode,
    ).toBe(403);
  });
});

/** Alice's bill for January 2026, as staff see it. */
async function aliceJanuaryBill(): Promise<Json | undefined> {
  const url = `/api/v1/customers/${aliceSub.uid}/payments?kind=BILL&billing_month=JANUARY`;
  return ((await ok(await call('GET', url, staff.access))).results as Json[])[0];
}

describe('payments', () => {
  let partial: Json;
  it('a payment for a billed month goes against the bill; partial payments; paid follows the amounts', async () => {
    partial = await ok(
      await call('POST', '/api/v1/payments', staff.access, {
        customer_id: aliceSub.uid,
        amount: '4.00',
        billing_month: 'JANUARY',
        year: 2026,
        payment_method: 'BKASH',
        transaction_id: 'TXN1',
      }),
      201,
    );
    expect(partial).toMatchObject({
      kind: 'PAYMENT',
      customer_id: aliceSub.uid,
      amount: '4.00',
      bill_amount: '10.00',
      payment_method: 'BKASH',
      paid: true,
      transaction_id: 'TXN1',
      entry_by: { uid: staff.user.id, email: staff.email },
    });
    expect(await aliceJanuaryBill()).toMatchObject({ amount: '4.00', paid: false });
    expect(partial.bill).toBe((await aliceJanuaryBill())?.uid);
    await ok(
      await call('POST', `/api/v1/customers/${aliceSub.uid}/payments`, staff.access, {
        amount: '6.00',
        billing_month: 'JANUARY',
        year: 2026,
        payment_method: 'CASH',
      }),
      201,
    );
    expect(await aliceJanuaryBill()).toMatchObject({ amount: '10.00', paid: true });
    // Correcting the first payment down makes the bill unpaid again.
    const fixed = await ok(
      await call('PUT', `/api/v1/payments/${partial.uid}`, staff.access, { amount: '3.00' }),
    );
    expect(fixed).toMatchObject({ amount: '3.00' });
    expect(await aliceJanuaryBill()).toMatchObject({ amount: '9.00', paid: false });
  });

  it('on account when the month has no bill; every method round-trips; wrong ones are 400', async () => {
    for (const method of [
      'BANK_TRANSFER',
      'BKASH',
      'CASH',
      'NAGAD',
      'MOBILE_BANKING',
      'ONLINE_PAYMENT',
      'ROCKET',
      'OTHER',
    ]) {
      const p = await ok(
        await call('POST', `/api/v1/customers/${bobSub.uid}/payments`, staff.access, {
          amount: '1.00',
          billing_month: 'DECEMBER',
          year: 2025,
          payment_method: method,
        }),
        201,
      );
      expect(p).toMatchObject({
        payment_method: method,
        bill: null,
        bill_amount: '0.00',
        billing_month: 'DECEMBER',
      });
    }
    const bad = await call('POST', '/api/v1/payments', staff.access, {
      customer_id: bobSub.uid,
      amount: '1',
      billing_month: 'MAY',
      payment_method: 'bkash',
    });
    expect(Object.keys(problemOf(bad).errors ?? {})).toEqual(['payment_method']);
    const zero = await call('POST', '/api/v1/payments', staff.access, {
      customer_id: bobSub.uid,
      amount: '0',
      billing_month: 'MAY',
      payment_method: 'CASH',
    });
    expect(problemOf(zero).errors).toHaveProperty('amount');
    const unknown = await call('POST', '/api/v1/payments', staff.access, {
      customer_id: '0190a5d6-0000-7000-8000-000000000000',
      amount: '1',
      billing_month: 'MAY',
      payment_method: 'CASH',
    });
    expect(problemOf(unknown).errors).toHaveProperty('customer_id');
    expect(
      (
        await call('POST', '/api/v1/payments', alice.access, {
          customer_id: aliceSub.uid,
          amount: '1',
          billing_month: 'MAY',
          payment_method: 'CASH',
        })
      ).statusCode,
    ).toBe(403);
  });

  it("a subscriber sees only their own ledger: anyone else's is 404", async () => {
    const own = await ok(await call('GET', '/api/v1/payments', alice.access));
    expect((own.results as Json[]).every((p) => p.customer_id === aliceSub.uid)).toBe(true);
    expect(own.count).toBe(5); // three bills (January to March) and two payments
    const bobs = await ok(await call('GET', `/api/v1/customers/${bobSub.uid}/payments`, staff.access));
    const bobPayment = (bobs.results as Json[])[0] as Json;
    expect(problemOf(await call('GET', `/api/v1/payments/${bobPayment.uid}`, alice.access)).status).toBe(404);
    expect(
      problemOf(await call('GET', `/api/v1/customers/${bobSub.uid}/payments`, alice.access)).status,
    ).toBe(404);
    expect((await ok(await call('GET', '/api/v1/payments', nobody.access))).count).toBe(0);
  });

  it('deleting is soft and audited; the bill gives the amount back', async () => {
    expect((await call('DELETE', `/api/v1/payments/${partial.uid}`, staff.access)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/payments/${partial.uid}`, staff.access)).statusCode).toBe(404);
    const row = await t.db
      .selectFrom('billing_payments')
      .selectAll()
      .where('id', '=', partial.uid as string)
      .executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'billing.payment_deleted')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: staff.user.id, target_id: partial.uid });
    const bill = await aliceJanuaryBill();
    expect(bill).toMatchObject({ amount: '6.00', paid: false });
    expect(problemOf(await call('DELETE', `/api/v1/payments/${bill?.uid}`, staff.access)).code).toBe(
      'BILL_HAS_PAYMENTS',
    );
    expect(problemOf(await call('DELETE', `/api/v1/customers/${aliceSub.uid}`, staff.access)).code).toBe(
      'CUSTOMER_HAS_PAYMENTS',
    );
  });
});

describe('GET /api/billing/summary/ and /api/billing/transactions/', () => {
  it('balance is bills minus live payments; transactions list them, newest first', async () => {
    const summary = await ok(await call('GET', '/api/billing/summary/', alice.access));
    expect(summary).toMatchObject({
      user: alice.user.username,
      current_balance: '24.00',
      billing_cycle: 'monthly',
    });
    expect(summary.next_billing_date).toMatch(/^\d{4}-\d{2}-01$/);
    expect(Date.parse(String(summary.next_billing_date))).toBeGreaterThan(Date.now() - 24 * 3600 * 1000);
    expect((await ok(await call('GET', '/api/billing/summary', bob.access))).current_balance).toBe('67.00');
    const tx = await ok(await call('GET', '/api/billing/transactions/', alice.access));
    const list = tx.transactions as Json[];
    expect(list).toHaveLength(4);
    expect(list.map((x) => [x.amount, x.status])).toEqual(
      expect.arrayContaining([
        ['10.00', 'unpaid'],
        ['6.00', 'completed'],
      ]),
    );
    expect(list.find((x) => x.status === 'completed')?.description).toBe('Payment for January 2026 (CASH)');
    expect(
      list
        .filter((x) => String(x.description).startsWith('Bill for '))
        .map((x) => x.description)
        .sort(),
    ).toEqual(['Bill for February 2026', 'Bill for January 2026', 'Bill for March 2026']);
  });

  it('a signed-in user who is not a subscriber gets a zero balance and no transactions; anonymous is 401', async () => {
    expect(await ok(await call('GET', '/api/billing/summary/', nobody.access))).toMatchObject({
      current_balance: '0.00',
    });
    expect((await ok(await call('GET', '/api/billing/transactions/', staff.access))).transactions).toEqual(
      [],
    );
    expect((await t.app.inject({ method: 'GET', url: '/api/billing/summary/' })).statusCode).toBe(401);
  });
});

describe('the credentials key', () => {
  it('is required with DATABASE_URL and must be 32 bytes of base64', () => {
    expect(() => loadConfig({}, { DATABASE_URL: 'postgres://u@db/m', BILLING_CREDENTIALS_KEY: '' })).toThrow(
      /BILLING_CREDENTIALS_KEY must be set when DATABASE_URL is/,
    );
    expect(() => loadConfig({ BILLING_CREDENTIALS_KEY: 'c2hvcnQ=' })).toThrow(/must be 32 bytes in base64/);
    expect(
      loadConfig({ DATABASE_URL: 'postgres://u@db/m', BILLING_CREDENTIALS_KEY: TEST_BILLING_KEY }).database,
    ).toBe('postgres');
  });

  it('is generated once into DATA_DIR on the embedded database, and a wrong key cannot read', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'billing-key-'));
    try {
      const key = loadCredentialsKey({ DATA_DIR: dir, BILLING_CREDENTIALS_KEY: '' });
      expect(key).toHaveLength(32);
      expect(statSync(path.join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
      expect(loadCredentialsKey({ DATA_DIR: dir, BILLING_CREDENTIALS_KEY: '' })).toEqual(key);
      const stored = new CredentialsCipher(key).encrypt({ username: 'u', password: 'p' });
      expect(new CredentialsCipher(key).decrypt(stored)).toEqual({ username: 'u', password: 'p' });
      expect(() => new CredentialsCipher(Buffer.alloc(32, 1)).decrypt(stored)).toThrow();
      // A changed byte is refused (authenticated cipher), not decrypted into something else.
      const parts = stored.split('.');
      const data = Buffer.from(parts[4] ?? '', 'base64url');
      data[0] = (data[0] ?? 0) ^ 1;
      parts[4] = data.toString('base64url');
      expect(() => new CredentialsCipher(key).decrypt(parts.join('.'))).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bill runs from the CLI and the monthly schedule', { timeout: 90_000 }, () => {
  it('`mercato bills generate --month --year` bills once and says so; a wrong month is refused', async () => {
    const env = { DATA_DIR: t.config.DATA_DIR, DATABASE_URL: t.config.DATABASE_URL };
    const first = await cli(['bills', 'generate', '--month', 'APRIL', '--year', '2026'], env);
    expect(first.stdout, first.stderr).toContain(
      'APRIL 2026: 2 bills created, 0 subscribers already billed.',
    );
    const again = await cli(['bills', 'generate', '--month', 'APRIL', '--year', '2026'], env);
    expect(again.stdout).toContain('APRIL 2026: 0 bills created, 2 subscribers already billed.');
    const wrong = await cli(['bills', 'generate', '--month', 'April', '--year', '2026'], env);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('--month');
    const april = await t.db
      .selectFrom('billing_payments')
      .select('id')
      .where('billing_month', '=', 'APRIL')
      .execute();
    expect(april).toHaveLength(2);
  });

  it('the schedule runs only when BILLING_MONTHLY_RUN is on, and bills the month of its slot', async () => {
    expect(t.app.ctx.schedules.list().map((s) => s.name)).not.toContain('billing.monthly_run');
    const on = await buildTestApp({ BILLING_MONTHLY_RUN: true, TIME_ZONE: 'Asia/Dhaka' });
    try {
      const admin = await makeUser(on.app, 'admin');
      const user = await makeUser(on.app, 'customer');
      const pkg = await ok(
        await on.app.inject({
          method: 'POST',
          url: '/api/v1/packages',
          headers: bearer(admin.access),
          payload: { name: 'Fibre 50', speed_mbps: 50, price: '50.00' },
        }),
        201,
      );
      await ok(
        await on.app.inject({
          method: 'POST',
          url: '/api/v1/customers',
          headers: bearer(admin.access),
          payload: { user: user.user.id, package: pkg.uid, connection_type: 'DHCP' },
        }),
        201,
      );
      const schedules = on.app.ctx.schedules;
      expect(schedules.list().map((s) => s.name)).toContain('billing.monthly_run');
      await schedules.tick(new Date('2026-04-20T12:00:00Z'));
      // 00:05 on 1 May in Dhaka (UTC+6) is 18:05 on 30 April in UTC: May's bills.
      const queued = await schedules.tick(new Date('2026-04-30T18:10:00Z'));
      expect(queued).toContainEqual({ name: 'billing.monthly_run', period: '2026-04-30T18:05:00.000Z' });
      await on.app.ctx.jobs.idle();
      await on.app.ctx.jobs.runDue();
      const bills = await on.db.selectFrom('billing_payments').selectAll().execute();
      expect(bills).toHaveLength(1);
      expect(bills[0]).toMatchObject({ kind: 'bill', billing_month: 'MAY', year: 2026 });
      expect(Number(bills[0]?.bill_amount)).toBe(5000);
    } finally {
      await on.close();
    }
  });
});
