/**
 * The scale-out deployment of the README: servers with `JOBS_WORKER=false`
 * and dedicated `mercato worker` processes. The worker builds the same module
 * graph as the server, so every module's jobs, event handlers and schedules
 * run there; two workers run each scheduled period once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createSuperuser, createUser } from '../src/modules/identity/index.js';
import { createTestDatabase, type TestDatabase, testConfig } from './helpers.js';
import { startServerOnFreePort, startWorker, until } from './processes.js';
import { ADDRESS, makeProduct } from './shop-fixtures.js';

const PASSWORD = 'Plum-Orchard-Lantern-42';

describe('dedicated job workers beside a server that runs none', { timeout: 180_000 }, () => {
  let database: TestDatabase;
  let connection: ReturnType<typeof connect>;
  let env: Record<string, string>;
  let server: Awaited<ReturnType<typeof startServerOnFreePort>>;
  const workers: Array<ReturnType<typeof startWorker>> = [];
  let base = '';

  beforeAll(async () => {
    database = await createTestDatabase();
    const prefix = `test:${process.pid}:worker:`;
    env = {
      DATA_DIR: database.settings.DATA_DIR,
      DATABASE_URL: database.settings.DATABASE_URL,
      REDIS_URL: process.env.REDIS_URL ?? '',
      REDIS_KEY_PREFIX: prefix,
      SEED_DEMO: 'false',
      JOBS_POLL_INTERVAL_MS: '200',
      // The platform's housekeeping every two seconds, so two workers meet on its periods.
      SCHEDULES: 'platform.purge=*/2 * * * * *',
    };
    connection = connect(testConfig({ ...database.settings, REDIS_KEY_PREFIX: prefix }));
    await migrateToLatest(connection.db);
    server = await startServerOnFreePort(
      (port) => ({ ...env, PORT: String(port), HOST: '127.0.0.1', JOBS_WORKER: 'false' }),
      '/readyz',
      60_000,
    );
    base = server.base;
  });

  afterAll(async () => {
    for (const w of [...workers, server?.server]) {
      if (w && w.child.exitCode === null) w.child.kill('SIGTERM');
      await w?.exited;
    }
    await connection?.db.destroy();
    await database?.drop();
  });

  async function call(method: string, url: string, token: string | null, body?: unknown) {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  async function tokenOf(email: string) {
    const res = await call('POST', '/api/auth/token/', null, { email, password: PASSWORD });
    expect(res.status).toBe(200);
    return res.body.access as string;
  }

  const jobStatuses = async (type: string) =>
    (await connection.db.selectFrom('jobs').select('status').where('type', '=', type).execute()).map(
      (j) => j.status,
    );

  it('delivers order mails, refunds and password-reset mails, and runs each scheduled period once', async () => {
    const { db } = connection;
    await createSuperuser(db, { email: 'root@example.com', password: PASSWORD });
    await createUser(db, { email: 'ada@example.com', password: PASSWORD, user_type: 'customer' });
    const product = await makeProduct(db, { sizes: [{ stock: 5 }] });
    const customer = await tokenOf('ada@example.com');
    const admin = await tokenOf('root@example.com');

    expect(
      (await call('POST', '/api/cart/add/', customer, { size_id: product.sizeIds[0], quantity: 1 })).status,
    ).toBe(200);
    const intent = await call('POST', '/api/orders/create-payment-intent/', customer, {});
    expect(intent.status).toBe(201);
    const order = await call('POST', '/api/orders/checkout/', customer, {
      payment_intent_id: intent.body.payment_intent_id,
      shipping_address: ADDRESS,
      payment_method: 'pm_card_visa',
    });
    expect(order.status).toBe(201);
    const cancelled = await call('PATCH', `/api/admin/orders/${order.body.id}/`, admin, {
      status: 'cancelled',
    });
    expect(cancelled.status).toBe(200);
    expect((await call('POST', '/api/auth/password-reset/', null, { email: 'ada@example.com' })).status).toBe(
      200,
    );

    // The server runs no jobs: they wait for a worker.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await jobStatuses('shop.order_confirmation')).toEqual(['pending']);
    expect(await jobStatuses('payments.refund')).toEqual(['pending']);
    expect(await jobStatuses('identity.password_reset')).toEqual(['pending']);

    workers.push(startWorker(env), startWorker(env));

    const subjects = await until('the mails', async () => {
      const rows = await db.selectFrom('mail_outbox').select('subject').execute();
      const all = rows.map((r) => r.subject);
      const want = [`Your order ${order.body.order_number}`, 'Reset your Mercato password'];
      return want.every((s) => all.includes(s)) ? all : undefined;
    });
    expect(subjects.filter((s) => s === `Your order ${order.body.order_number}`)).toHaveLength(1);
    const payment = await until('the refund', async () => {
      const row = await db
        .selectFrom('payments')
        .select('status')
        .where('order_id', '=', String(order.body.id))
        .executeTakeFirst();
      return row?.status === 'refunded' ? row : undefined;
    });
    expect(payment.status).toBe('refunded');

    // Both workers tick every 200 ms; the purge is due every 2 s. (Other schedules may have a
    // slot in the same second, say the shop's every-5-minutes expiry: only the purge's runs count.)
    const purges = async () =>
      (
        await db
          .selectFrom('jobs')
          .select(['payload', 'status'])
          .where('type', '=', 'schedule.run')
          .where('status', '=', 'done')
          .execute()
      )
        .map((r) => JSON.parse(r.payload) as { name: string; period: string })
        .filter((run) => run.name === 'platform.purge');
    const runs = await until('three scheduled runs', async () => {
      const rows = await purges();
      return rows.length >= 3 ? rows : undefined;
    });
    const periods = runs.map((r) => r.period);
    expect(new Set(periods).size).toBe(periods.length);
    expect(await db.selectFrom('jobs').select('type').where('status', '=', 'dead').execute()).toEqual([]);
    for (const w of workers) {
      expect(w.output()).toContain('Mercato job worker running');
      // A worker runs until it is told to stop, then stops cleanly.
      expect(w.child.exitCode).toBeNull();
      w.child.kill('SIGTERM');
      expect(await w.exited).toBe(0);
    }
  });
});
