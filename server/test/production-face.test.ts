/**
 * The README's scale-out deployment as it runs in production: servers with
 * `JOBS_WORKER=false` and dedicated `mercato worker` processes, on PostgreSQL
 * and Redis, all real child processes. Proves (a) billing's daily overdue
 * reminders run once per period and mail each overdue bill once, with two
 * workers; (b) a promotion changed through one server, or by a short-lived
 * process with no loyalty listener (a CLI command), is seen by the other
 * server's scans at once (its cache forgotten through Redis).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createSuperuser, createUser } from '../src/modules/identity/index.js';
import { createTestDatabase, onPostgres, onRedis, type TestDatabase, testConfig } from './helpers.js';
import { startNode, startServerOnFreePort, startWorker, until } from './processes.js';

const PASSWORD = 'Plum-Orchard-Lantern-42';
type Json = Record<string, unknown>;

describe.skipIf(!onPostgres || !onRedis)(
  'production face: two servers without jobs, two workers',
  { timeout: 120_000 },
  () => {
    let database: TestDatabase;
    let connection: ReturnType<typeof connect>;
    let env: Record<string, string>;
    const servers: Array<Awaited<ReturnType<typeof startServerOnFreePort>>> = [];
    const workers: Array<ReturnType<typeof startWorker>> = [];
    let admin: { id: string; access: string };

    beforeAll(async () => {
      database = await createTestDatabase();
      const prefix = `test:${process.pid}:face:`;
      env = {
        DATA_DIR: database.settings.DATA_DIR,
        DATABASE_URL: database.settings.DATABASE_URL,
        REDIS_URL: process.env.REDIS_URL ?? '',
        REDIS_KEY_PREFIX: prefix,
        SEED_DEMO: 'false',
        // Behind one load balancer every instance has the same public URL (tokens name it as their issuer).
        PUBLIC_URL: 'http://shop.example.test',
        JOBS_POLL_INTERVAL_MS: '200',
        BILLING_OVERDUE_DAYS: '10',
        // The daily reminders every two seconds, so two workers meet on its periods.
        SCHEDULES: 'billing.overdue_reminders=*/2 * * * * *',
      };
      connection = connect(testConfig({ ...database.settings, REDIS_KEY_PREFIX: prefix }));
      await migrateToLatest(connection.db);
      const user = await createSuperuser(connection.db, { email: 'root@example.com', password: PASSWORD });
      for (let i = 0; i < 2; i++)
        servers.push(
          await startServerOnFreePort(
            (port) => ({ ...env, PORT: String(port), HOST: '127.0.0.1', JOBS_WORKER: 'false' }),
            '/readyz',
            60_000,
          ),
        );
      admin = { id: user.id, access: await tokenOf(0, 'root@example.com') };
    });

    afterAll(async () => {
      for (const w of [...workers, ...servers.map((s) => s.server)]) {
        if (w.child.exitCode === null) w.child.kill('SIGTERM');
        await w.exited;
      }
      await connection?.db.destroy();
      await database?.drop();
    });

    async function call(on: number, method: string, url: string, token: string | null, body?: unknown) {
      const res = await fetch(`${servers[on]?.base}${url}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : {}) as Json, text };
    }

    async function ok(res: Promise<{ status: number; body: Json; text: string }>, status = 200) {
      const r = await res;
      expect(r.status, r.text).toBe(status);
      return r.body;
    }

    async function tokenOf(on: number, email: string) {
      const body = await ok(call(on, 'POST', '/api/auth/token/', null, { email, password: PASSWORD }));
      return body.access as string;
    }

    it('mails an overdue bill one reminder, and runs each period of the schedule once, with two workers', async () => {
      const { db } = connection;
      const pkg = await ok(
        call(0, 'POST', '/api/v1/packages', admin.access, {
          name: 'Plan 25',
          speed_mbps: 20,
          price: '25.00',
        }),
        201,
      );
      const late = await createUser(db, {
        email: 'late@example.com',
        password: PASSWORD,
        user_type: 'customer',
      });
      const paid = await createUser(db, {
        email: 'paid@example.com',
        password: PASSWORD,
        user_type: 'customer',
      });
      const subs: Json[] = [];
      for (const user of [late, paid])
        subs.push(
          await ok(
            call(0, 'POST', '/api/v1/customers', admin.access, {
              user: user.id,
              package: pkg.uid,
              connection_type: 'DHCP',
            }),
            201,
          ),
        );
      // January 2025 is long overdue; the second subscriber paid it; December 2100 is not due.
      for (const [billing_month, year] of [
        ['JANUARY', 2025],
        ['DECEMBER', 2100],
      ] as const)
        await ok(call(1, 'POST', '/api/v1/customers/bills/generate', admin.access, { billing_month, year }));
      await ok(
        call(1, 'POST', '/api/v1/payments', admin.access, {
          customer_id: subs[1]?.uid,
          amount: '25.00',
          billing_month: 'JANUARY',
          year: 2025,
          payment_method: 'BKASH',
        }),
        201,
      );

      // The servers run no jobs and no schedules: nothing is queued or sent.
      await new Promise((r) => setTimeout(r, 2500));
      const runsOf = async () =>
        (
          await db
            .selectFrom('jobs')
            .select(['payload', 'status'])
            .where('type', '=', 'schedule.run')
            .execute()
        )
          .map((r) => ({ ...(JSON.parse(r.payload) as { name: string; period: string }), status: r.status }))
          .filter((run) => run.name === 'billing.overdue_reminders');
      expect(await runsOf()).toEqual([]);

      workers.push(startWorker(env), startWorker(env));
      const subject = 'Your internet bill for January 2025 is overdue';
      const reminders = async () =>
        await db
          .selectFrom('mail_outbox')
          .select(['subject', 'to_address'])
          .where('subject', '=', subject)
          .execute();
      await until('the reminder', async () => ((await reminders()).length > 0 ? true : undefined));
      // Three more periods after the first reminder: the bill is not reminded again.
      const done = await until('four scheduled runs', async () => {
        const runs = (await runsOf()).filter((r) => r.status === 'done');
        return runs.length >= 4 ? runs : undefined;
      });
      const periods = done.map((r) => r.period);
      expect(new Set(periods).size).toBe(periods.length);
      const all = await runsOf();
      expect(new Set(all.map((r) => r.period)).size).toBe(all.length);
      const mails = await reminders();
      expect(mails).toHaveLength(1);
      expect(JSON.stringify(mails[0])).toContain('late@example.com');
      const reminded = await db
        .selectFrom('billing_payments')
        .select('id')
        .where('reminded_at', 'is not', null)
        .execute();
      expect(reminded).toHaveLength(1);
      expect(await db.selectFrom('jobs').select('type').where('status', '=', 'dead').execute()).toEqual([]);
      for (const w of workers) expect(w.output()).toContain('Mercato job worker running');
    });

    it('shows on server B, at once, a promotion created, changed or ended through server A', async () => {
      const customer = await createUser(connection.db, {
        email: 'shopper@example.com',
        password: PASSWORD,
        user_type: 'customer',
      });
      expect(customer.id).toBeTruthy();
      const shopper = await tokenOf(1, 'shopper@example.com');
      const card = await ok(call(1, 'GET', '/api/loyalty/me/', shopper));
      // What B's point of sale and the shopper's list offer (B reads and keeps the list for seconds).
      const offered = async () => {
        const list = await ok(call(1, 'GET', '/api/loyalty/promotions/', shopper));
        const scan = await ok(
          call(1, 'POST', '/api/pos/scan-user/', admin.access, { qr_data: card.qr_data }),
        );
        const names = (items: unknown) => (items as Json[]).map((p) => `${p.code}:${p.name}`).sort();
        const fromList = names(list.results);
        expect(names(scan.promotions)).toEqual(fromList);
        return fromList;
      };
      // Seen within a second: well under the cache's own five-second life.
      const soon = async (want: string[]) => {
        const started = Date.now();
        await until(
          `B to offer ${want.join(', ') || 'nothing'}`,
          async () => {
            const now = await offered();
            return JSON.stringify(now) === JSON.stringify(want) ? true : undefined;
          },
          1000,
        );
        return Date.now() - started;
      };
      expect(await offered()).toEqual([]);
      const created = await ok(
        call(0, 'POST', '/api/admin/promotions/', admin.access, {
          code: 'FACE1',
          name: 'Free coffee',
          kind: 'free_item',
        }),
        201,
      );
      await soon(['FACE1:Free coffee']);
      await ok(call(0, 'PATCH', `/api/admin/promotions/${created.id}/`, admin.access, { name: 'Free tea' }));
      await soon(['FACE1:Free tea']);
      await ok(call(0, 'DELETE', `/api/admin/promotions/${created.id}/`, admin.access), 204);
      await soon([]);
    });

    it('shows on server B, at once, a promotion made by a command-like process with no loyalty listener', async () => {
      await createUser(connection.db, {
        email: 'cashier@example.com',
        password: PASSWORD,
        user_type: 'customer',
      });
      const shopper = await tokenOf(1, 'cashier@example.com');
      const codes = async () =>
        ((await ok(call(1, 'GET', '/api/loyalty/promotions/', shopper))).results as Json[]).map(
          (p) => p.code,
        );
      expect(await codes()).not.toContain('CMD1');
      // A command-like process, built and waiting for the word to make its change.
      const command = startNode('test/promotion-entry.ts', [admin.id, 'CMD1'], env);
      const out = command.output;
      await until('the command to start', async () => (out().includes('ready') ? true : undefined));
      // B's list, read afresh just now (a change through A makes it forget the one it had).
      await ok(
        call(0, 'POST', '/api/admin/promotions/', admin.access, {
          code: 'FACE2',
          name: 'Warm-up',
          kind: 'free_item',
        }),
        201,
      );
      await until(
        'B to offer FACE2',
        async () => ((await codes()).includes('FACE2') ? true : undefined),
        1000,
      );
      const read = Date.now();
      expect(await codes()).not.toContain('CMD1');
      command.child.stdin.end('go\n');
      expect(await command.exited, out()).toBe(0);
      expect(out()).toMatch(/ready\n[0-9a-f-]{36}\n/);
      // The process has exited; B learns of its change within a second, before its list's own 5 s are up.
      await until('B to offer CMD1', async () => ((await codes()).includes('CMD1') ? true : undefined), 1000);
      expect(Date.now() - read).toBeLessThan(4000);
    });
  },
);
