/**
 * Billing back office operations (issue 15): audited credential reveal, key
 * rotation, pro rata bill runs, overdue bills and their reminder mails (real
 * SMTP sink), the monthly report and the CSV exports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BillingService } from '../src/modules/billing/billing.service.js';
import { CredentialsCipher, keyId } from '../src/modules/billing/credentials.js';
import { type ProgressStream, progress } from '../src/platform/progress.js';
import { bearer, makeUser } from './auth-helpers.js';
import { buildTestApp, problemOf, TEST_BILLING_KEY, type TestApp } from './helpers.js';
import { cli } from './processes.js';
import { type SmtpSink, startSmtpSink } from './smtp-sink.js';

type Json = Record<string, unknown>;
type User = Awaited<ReturnType<typeof makeUser>>;

function client(t: TestApp) {
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, token: string, payload?: object) =>
    t.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });
  const ok = async (res: { statusCode: number; body: string; json(): unknown }, status = 200) => {
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as Json;
  };
  return { call, ok };
}

/** A package and subscribers on it, made through the API. */
async function subscribe(t: TestApp, staff: User, price: string, bodies: Array<Record<string, unknown>>) {
  const { call, ok } = client(t);
  const pkg = await ok(
    await call('POST', '/api/v1/packages', staff.access, {
      name: `Plan ${price} ${Math.random()}`,
      speed_mbps: 20,
      price,
    }),
    201,
  );
  const out: Array<{ user: User; sub: Json }> = [];
  for (const body of bodies) {
    const user = await makeUser(t.app, 'customer');
    const sub = await ok(
      await call('POST', '/api/v1/customers', staff.access, {
        user: user.user.id,
        package: pkg.uid,
        connection_type: 'DHCP',
        ...body,
      }),
      201,
    );
    out.push({ user, sub });
  }
  return { pkg, subs: out };
}

const auditRows = (t: TestApp, action: string) =>
  t.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('created_at').execute();

describe('credentials: revealed on request, every read audited; key rotation', () => {
  let t: TestApp;
  let staff: User;
  let subs: Array<{ user: User; sub: Json }>;
  beforeAll(async () => {
    t = await buildTestApp();
    staff = await makeUser(t.app, 'staff');
    ({ subs } = await subscribe(t, staff, '20.00', [
      { connection_type: 'PPPoE', credentials: { username: 'ppp-1', password: 'secret-1' } },
      { connection_type: 'STATIC', credentials: { ip_address: '198.51.100.7' } },
      { connection_type: 'DHCP' },
    ]));
  });
  afterAll(async () => {
    await t?.close();
  });

  it("staff's detail shows credentials when asked and audits who read which subscriber; the subscriber's own shows none", async () => {
    const { call, ok } = client(t);
    const [first] = subs;
    const before = (await auditRows(t, 'billing.credentials_revealed')).length;
    const plain = await ok(await call('GET', `/api/v1/customers/${first?.sub.uid}`, staff.access));
    expect(plain).not.toHaveProperty('credentials');
    expect(await auditRows(t, 'billing.credentials_revealed')).toHaveLength(before);
    const detail = await ok(
      await call('GET', `/api/v1/customers/${first?.sub.uid}?reveal=credentials`, staff.access),
    );
    expect(detail.credentials).toEqual({ username: 'ppp-1', password: 'secret-1' });
    const audit = await auditRows(t, 'billing.credentials_revealed');
    expect(audit).toHaveLength(before + 1);
    expect(audit.at(-1)).toMatchObject({
      actor_id: staff.user.id,
      target_type: 'billing_subscriber',
      target_id: first?.sub.uid,
    });
    const own = await ok(await call('GET', `/api/v1/customers/${first?.sub.uid}`, first?.user.access ?? ''));
    expect(own).not.toHaveProperty('credentials');
    const ownList = await ok(
      await call('GET', '/api/v1/customers?reveal=credentials', first?.user.access ?? ''),
    );
    expect((ownList.results as Json[])[0]).not.toHaveProperty('credentials');
    expect(await auditRows(t, 'billing.credentials_revealed')).toHaveLength(before + 1);
  });

  it('the list hides credentials unless ?reveal=credentials, which audits each subscriber shown', async () => {
    const { call, ok } = client(t);
    const before = (await auditRows(t, 'billing.credentials_revealed')).length;
    const plain = await ok(await call('GET', '/api/v1/customers', staff.access));
    expect((plain.results as Json[]).every((c) => !('credentials' in c))).toBe(true);
    expect(await auditRows(t, 'billing.credentials_revealed')).toHaveLength(before);
    const shown = await ok(await call('GET', '/api/v1/customers?reveal=credentials', staff.access));
    const byUid = new Map((shown.results as Json[]).map((c) => [c.uid, c.credentials]));
    expect(byUid.get(subs[1]?.sub.uid)).toEqual({ ip_address: '198.51.100.7' });
    expect(byUid.get(subs[2]?.sub.uid)).toBeNull();
    const audit = await auditRows(t, 'billing.credentials_revealed');
    // The two with credentials, not the DHCP one.
    expect(
      audit
        .slice(before)
        .map((a) => a.target_id)
        .sort(),
    ).toEqual([subs[0]?.sub.uid, subs[1]?.sub.uid].sort());
    expect(problemOf(await call('GET', '/api/v1/customers?reveal=passwords', staff.access)).status).toBe(400);
  });

  it('rotation: values under key A are re-encrypted under B (batched, resumable, idempotent); then A is not needed', async () => {
    const keyA = Buffer.from(TEST_BILLING_KEY, 'base64');
    const keyB = Buffer.alloc(32, 9);
    const stored = async () =>
      (await t.db.selectFrom('billing_subscribers').select(['id', 'credentials']).execute()).filter(
        (r) => r.credentials,
      );
    expect((await stored()).every((r) => r.credentials?.startsWith(`v2.${keyId(keyA)}.`))).toBe(true);
    // A run stopped after its first batch of one...
    const rotating = new BillingService({
      db: t.db,
      cipher: new CredentialsCipher(keyB, [keyA]),
      config: t.config,
      mailer: t.app.ctx.mailer,
      events: t.app.ctx.events,
    });
    await expect(
      rotating.rotateCredentials(1, () => {
        throw new Error('stopped');
      }),
    ).rejects.toThrow('stopped');
    const halfway = await stored();
    expect(halfway.filter((r) => r.credentials?.startsWith(`v2.${keyId(keyB)}.`))).toHaveLength(1);
    // ...is finished by the command, which reads the old values with the old key.
    const env = {
      DATA_DIR: t.config.DATA_DIR,
      DATABASE_URL: t.config.DATABASE_URL,
      BILLING_CREDENTIALS_KEY: keyB.toString('base64'),
      BILLING_CREDENTIALS_OLD_KEYS: TEST_BILLING_KEY,
    };
    const run = await cli(['billing', 'rotate-key', '--batch', '1'], env);
    expect(run.stdout, run.stderr).toContain(
      "1 subscribers' credentials re-encrypted under the current key; 1 were already.",
    );
    // Not a terminal: no progress output.
    expect(run.stderr).not.toContain('Re-encrypting');
    const again = await cli(['billing', 'rotate-key'], env);
    expect(again.stdout).toContain(
      "0 subscribers' credentials re-encrypted under the current key; 2 were already.",
    );
    const onlyB = new CredentialsCipher(keyB);
    const onlyA = new CredentialsCipher(keyA);
    const values = (await stored()).map((r) => String(r.credentials));
    expect(values.map((v) => onlyB.decrypt(v))).toEqual(
      expect.arrayContaining([{ username: 'ppp-1', password: 'secret-1' }, { ip_address: '198.51.100.7' }]),
    );
    for (const v of values) expect(() => onlyA.decrypt(v)).toThrow();
  }, 90_000);

  it('reads values from before key ids (v1) with whichever key made them', () => {
    const keyA = Buffer.alloc(32, 3);
    const v2 = new CredentialsCipher(keyA).encrypt({ username: 'u' }).split('.');
    const v1 = ['v1', ...v2.slice(2)].join('.');
    expect(new CredentialsCipher(Buffer.alloc(32, 4), [keyA]).decrypt(v1)).toEqual({ username: 'u' });
    expect(() => new CredentialsCipher(Buffer.alloc(32, 4)).decrypt(v1)).toThrow();
  });
});

describe('pro rata bill runs (BILLING_PRO_RATA)', () => {
  let t: TestApp;
  afterAll(async () => {
    await t?.close();
  });

  it("bills a subscriber who joined during the month for the days left, in the shop's time zone", async () => {
    t = await buildTestApp({ BILLING_PRO_RATA: true, TIME_ZONE: 'Asia/Dhaka' });
    const staff = await makeUser(t.app, 'staff');
    const { pkg, subs } = await subscribe(t, staff, '30.00', [{}, {}, {}, {}, {}]);
    // April 2026 in Dhaka (UTC+6): from 2026-03-31T18:00Z to 2026-04-30T18:00Z, 30 days.
    const joined = [
      '2026-01-10T08:00:00.000Z', // before April: the whole price
      '2026-03-31T20:00:00.000Z', // 1 April, 02:00 in Dhaka: the whole month
      '2026-04-15T19:00:00.000Z', // 16 April in Dhaka: 15 days of 30
      '2026-04-30T17:00:00.000Z', // 30 April, 23:00 in Dhaka: 1 day
      '2026-04-30T19:00:00.000Z', // 1 May in Dhaka: not billed for April
    ];
    for (const [i, at] of joined.entries()) {
      await t.db
        .updateTable('billing_subscribers')
        .set({ created_at: at })
        .where('id', '=', String(subs[i]?.sub.uid))
        .execute();
    }
    const { call, ok } = client(t);
    const run = await ok(
      await call('POST', '/api/v1/customers/bills/generate', staff.access, {
        billing_month: 'APRIL',
        year: 2026,
      }),
    );
    expect(run).toEqual({
      billing_month: 'APRIL',
      year: 2026,
      created: 4,
      skipped: 0,
      skipped_reasons: { already_billed: 0, bill_deleted: 0 },
    });
    const bills = await t.db
      .selectFrom('billing_payments')
      .select(['subscriber_id', 'bill_amount'])
      .execute();
    const amount = new Map(bills.map((b) => [b.subscriber_id, Number(b.bill_amount)]));
    expect(subs.map((s) => amount.get(String(s.sub.uid)))).toEqual([3000, 3000, 1500, 100, undefined]);
    // A second run creates nothing.
    expect(
      await ok(
        await call('POST', '/api/v1/customers/bills/generate', staff.access, {
          billing_month: 'APRIL',
          year: 2026,
        }),
      ),
    ).toMatchObject({ created: 0, skipped: 4 });
    // Rounded to the cent, half up: 10.00 for 29 days of 31 (joined 3 May in Dhaka) is 9.35 (935.48 cents).
    await t.db
      .updateTable('billing_subscribers')
      .set({ created_at: '2026-05-02T20:00:00.000Z' })
      .where('id', '=', String(subs[4]?.sub.uid))
      .execute();
    await t.db
      .updateTable('billing_packages')
      .set({ price: 1000 })
      .where('id', '=', String(pkg.uid))
      .execute();
    await ok(
      await call('POST', '/api/v1/customers/bills/generate', staff.access, {
        billing_month: 'MAY',
        year: 2026,
      }),
    );
    const may = await t.db
      .selectFrom('billing_payments')
      .select('bill_amount')
      .where('subscriber_id', '=', String(subs[4]?.sub.uid))
      .where('billing_month', '=', 'MAY')
      .executeTakeFirstOrThrow();
    expect(Number(may.bill_amount)).toBe(935);
  });
});

describe('overdue bills, reminders, the monthly report and CSV exports', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let staff: User;
  let subs: Array<{ user: User; sub: Json }>;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await buildTestApp({ SMTP_URL: sink.url, BILLING_OVERDUE_DAYS: 10 });
    staff = await makeUser(t.app, 'staff');
    ({ subs } = await subscribe(t, staff, '25.00', [
      { address: '-1+1 Formula Road' },
      { connection_type: 'STATIC', credentials: { ip_address: '192.0.2.1' } },
    ]));
    const { call, ok } = client(t);
    for (const [billing_month, year] of [
      ['JANUARY', 2025],
      ['FEBRUARY', 2025],
      ['DECEMBER', 2100],
    ] as const) {
      await ok(await call('POST', '/api/v1/customers/bills/generate', staff.access, { billing_month, year }));
    }
    // The second subscriber paid January 2025 in full; the first paid part of February.
    await ok(
      await call('POST', '/api/v1/payments', staff.access, {
        customer_id: subs[1]?.sub.uid,
        amount: '25.00',
        billing_month: 'JANUARY',
        year: 2025,
        payment_method: 'BKASH',
        note: '@SUM(1+1)',
      }),
      201,
    );
    await ok(
      await call('POST', '/api/v1/payments', staff.access, {
        customer_id: subs[0]?.sub.uid,
        amount: '5.00',
        billing_month: 'FEBRUARY',
        year: 2025,
        payment_method: 'CASH',
      }),
      201,
    );
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('flags unpaid bills past the grace period and filters on it', async () => {
    const { call, ok } = client(t);
    const all = await ok(await call('GET', '/api/v1/payments?page_size=100', staff.access));
    const late = (all.results as Json[]).filter((p) => p.overdue);
    // Unpaid bills of January (first subscriber) and February 2025 (both); not 2100, not payments.
    expect(late).toHaveLength(3);
    expect(late.every((p) => p.kind === 'BILL' && p.paid === false && p.year === 2025)).toBe(true);
    const filtered = await ok(await call('GET', '/api/v1/payments?overdue=true', staff.access));
    expect((filtered.results as Json[]).map((p) => p.uid).sort()).toEqual(late.map((p) => p.uid).sort());
    const rest = await ok(await call('GET', '/api/v1/payments?overdue=false&page_size=100', staff.access));
    expect(rest.count).toBe(Number(all.count) - 3);
    expect((rest.results as Json[]).some((p) => p.overdue)).toBe(false);
    // A subscriber sees their own, flagged the same way.
    const own = await ok(await call('GET', '/api/v1/payments?overdue=true', subs[0]?.user.access ?? ''));
    expect(own.count).toBe(2);
    expect(problemOf(await call('GET', '/api/v1/payments?overdue=maybe', staff.access)).status).toBe(400);
  });

  it('the grace period counts from the end of the billing month', async () => {
    const billing = t.app.ctx.module('billing').billing;
    const jan2026 = 2026 * 12;
    // 10 days after January 2026 ended: 11 February is the first day January's bills are overdue.
    expect(billing.overdueBefore(new Date('2026-02-10T12:00:00Z'))).toBe(jan2026);
    expect(billing.overdueBefore(new Date('2026-02-11T12:00:00Z'))).toBe(jan2026 + 1);
  });

  it('the daily schedule mails one reminder per overdue bill, once, through the job queue', async () => {
    const schedules = t.app.ctx.schedules;
    expect(schedules.list().map((s) => s.name)).toContain('billing.overdue_reminders');
    await schedules.tick(new Date('2026-06-09T12:00:00Z'));
    const queued = await schedules.tick(new Date('2026-06-10T09:10:00Z'));
    expect(queued).toContainEqual({ name: 'billing.overdue_reminders', period: '2026-06-10T09:00:00.000Z' });
    await t.app.ctx.jobs.idle();
    await t.app.ctx.jobs.runDue();
    await t.app.ctx.jobs.idle();
    const mails = await sink.waitFor(3);
    const first = subs[0]?.user.email ?? '';
    const second = subs[1]?.user.email ?? '';
    expect(mails.filter((m) => m.to.includes(first))).toHaveLength(2);
    expect(mails.filter((m) => m.to.includes(second))).toHaveLength(1);
    expect(mails.map((m) => m.raw).join('\n')).toContain('Your internet bill for February 2025 is overdue');
    // The next day, and two runs at once: nothing more.
    const billing = t.app.ctx.module('billing').billing;
    expect(await Promise.all([billing.remindOverdue(), billing.remindOverdue()])).toEqual([0, 0]);
    await t.app.ctx.jobs.idle();
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.received).toHaveLength(3);
    const reminded = await t.db
      .selectFrom('billing_payments')
      .select('id')
      .where('reminded_at', 'is not', null)
      .execute();
    expect(reminded).toHaveLength(3);
  });

  it('GET /reports/monthly: twelve months of billed, collected, bills and paid bills (staff only)', async () => {
    const { call, ok } = client(t);
    const report = await ok(await call('GET', '/api/v1/reports/monthly?year=2025', staff.access));
    const months = report.results as Json[];
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({
      year: 2025,
      billing_month: 'JANUARY',
      billed: '50.00',
      collected: '25.00',
      bills: 2,
      paid_bills: 1,
    });
    expect(months[1]).toMatchObject({
      billing_month: 'FEBRUARY',
      billed: '50.00',
      collected: '5.00',
      paid_bills: 0,
    });
    expect(months[11]).toEqual({
      year: 2025,
      billing_month: 'DECEMBER',
      billed: '0.00',
      collected: '0.00',
      bills: 0,
      paid_bills: 0,
    });
    expect(
      (await call('GET', '/api/v1/reports/monthly?year=2025', subs[0]?.user.access ?? '')).statusCode,
    ).toBe(403);
    expect(problemOf(await call('GET', '/api/v1/reports/monthly?year=1999', staff.access)).status).toBe(400);
    expect(problemOf(await call('GET', '/api/v1/reports/monthly', staff.access)).status).toBe(400);
  });

  it('CSV exports: text/csv, the list filters, formula-like cells defused, no credentials; staff only', async () => {
    const { call } = client(t);
    await call('PUT', `/api/v1/users/${subs[0]?.user.user.id}`, staff.access, {
      first_name: '=HYPERLINK("x")',
    });
    const customers = await call('GET', '/api/v1/customers/export.csv', staff.access);
    expect(customers.statusCode, customers.body).toBe(200);
    expect(customers.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = customers.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'uid,username,email,first_name,last_name,phone,package,price,connection_type,address,status,created_at',
    );
    expect(lines).toHaveLength(3);
    expect(customers.body).toContain(`"'=HYPERLINK(""x"")"`);
    expect(customers.body).toContain("'-1+1 Formula Road");
    expect(customers.body).not.toContain('192.0.2.1');
    const statics = await call('GET', '/api/v1/customers/export.csv?connection_type=STATIC', staff.access);
    expect(statics.body.trimEnd().split('\r\n')).toHaveLength(2);
    expect(statics.body).toContain(String(subs[1]?.sub.uid));

    const payments = await call('GET', '/api/v1/payments/export.csv?kind=PAYMENT', staff.access);
    expect(payments.statusCode).toBe(200);
    const rows = payments.body.trimEnd().split('\r\n');
    expect(rows[0]?.split(',')).toContain('overdue');
    expect(rows).toHaveLength(3);
    expect(payments.body).toContain("'@SUM(1+1)");
    const overdue = await call('GET', '/api/v1/payments/export.csv?overdue=true', staff.access);
    expect(overdue.body.trimEnd().split('\r\n')).toHaveLength(4);
    expect((await call('GET', '/api/v1/payments/export.csv', subs[0]?.user.access ?? '')).statusCode).toBe(
      403,
    );
    expect((await call('GET', '/api/v1/customers/export.csv', subs[0]?.user.access ?? '')).statusCode).toBe(
      403,
    );
    expect(
      problemOf(await call('GET', '/api/v1/payments/export.csv?payment_method=bkash', staff.access)).status,
    ).toBe(400);
  });
});

describe('CLI progress', () => {
  const sinkStream = (isTTY: boolean) => {
    const written: string[] = [];
    const stream: ProgressStream = {
      isTTY,
      write(chunk: string) {
        written.push(chunk);
        return true;
      },
    };
    return { stream, written };
  };

  it('draws a bar on a terminal and writes nothing when stderr is not one', () => {
    const tty = sinkStream(true);
    const bar = progress('Rotating', 4, tty.stream);
    bar.update(2);
    bar.stop();
    expect(tty.written.join('')).toContain('Rotating [###############...............] 2/4 50%');
    expect(tty.written.at(-1)).toBe('\n');
    const piped = sinkStream(false);
    const quiet = progress('Rotating', 4, piped.stream);
    quiet.update(4);
    quiet.stop();
    expect(piped.written).toEqual([]);
  });
});

describe('mercato seed --subscribers (bench data)', { timeout: 120_000 }, () => {
  let t: TestApp;
  afterAll(async () => {
    await t?.close();
  });

  it('loads packages and subscribers through the CLI; the bill run bills the active ones; a second load is refused', async () => {
    t = await buildTestApp();
    const env = { DATA_DIR: t.config.DATA_DIR, DATABASE_URL: t.config.DATABASE_URL };
    const seeded = await cli(['seed', '--subscribers', '30'], env);
    expect(seeded.stdout, seeded.stderr).toMatch(
      /Bench subscribers loaded in [\d.]+ s: 4 packages, 30 subscribers\./,
    );
    const subs = await t.db.selectFrom('billing_subscribers').selectAll().execute();
    expect(subs).toHaveLength(30);
    expect(subs.filter((s) => s.status === 'INACTIVE')).toHaveLength(3);
    const withCredentials = subs.filter((s) => s.credentials);
    expect(withCredentials).toHaveLength(10);
    const cipher = new CredentialsCipher(Buffer.from(TEST_BILLING_KEY, 'base64'));
    expect(cipher.decrypt(String(withCredentials[0]?.credentials))).toMatchObject({
      username: expect.any(String),
    });
    const run = await cli(['bills', 'generate', '--month', 'MARCH', '--year', '2027'], env);
    expect(run.stdout).toContain('MARCH 2027: 27 bills created, 0 subscribers already billed.');
    // Not a terminal: the result line only, no progress on stderr.
    expect(run.stderr).not.toContain('Billing MARCH');
    const again = await cli(['seed', '--subscribers', '5'], env);
    expect(again.code).not.toBe(0);
    expect(await t.db.selectFrom('billing_subscribers').select('id').execute()).toHaveLength(30);
  });
});
