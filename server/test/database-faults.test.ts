/**
 * The database away or unable to write: API calls answer 503 with
 * `Retry-After` (never 500), `/readyz` says not ready until writes work
 * again, and a `DATA_DIR` that cannot hold the database stops the start with
 * one line naming it.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app.js';
import { databaseFault, probeWrite } from '../src/db/dialect.js';
import { registerUser } from './auth-helpers.js';
import {
  buildTestApp,
  createTestDatabase,
  onPostgres,
  problemOf,
  type TestApp,
  testConfig,
} from './helpers.js';
import { freePort, startServer } from './processes.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function expectUnavailable(res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) {
  expect(res.statusCode).toBe(503);
  expect(res.headers['retry-after']).toBe('5');
  const body = problemOf(res);
  expect(body.code).toBe('SERVICE_UNAVAILABLE');
  // No internals: neither the driver's message nor its code.
  expect(body.detail).not.toMatch(/ECONNREFUSED|SQLITE|127\.0\.0\.1/);
}

describe('with the database unreachable', () => {
  it('answers API calls 503 with Retry-After, and /readyz not ready', async () => {
    // A PostgreSQL server that is not there: every connection is refused.
    const nowhere = `postgres://mercato@127.0.0.1:${await freePort()}/mercato`;
    const dataDir = mkdtempSync(path.join(tmpdir(), 'mercato-test-'));
    const app = await buildApp(testConfig({ DATABASE_URL: nowhere, DATA_DIR: dataDir }), {
      jobsMode: 'inline',
    });
    cleanups.push(async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    });
    await app.ready();

    expectUnavailable(await app.inject('/api/products/'));
    expectUnavailable(
      await app.inject({
        method: 'POST',
        url: '/api/auth/token/',
        payload: { email: 'someone@example.com', password: 'Plum-Orchard-Lantern-42' },
      }),
    );
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(503);
    expect(problemOf(ready).code).toBe('NOT_READY');
    expect((await app.inject('/healthz')).statusCode).toBe(200);
  });

  it('fails requests fast (503) when the database takes connections and never answers', async () => {
    // A stopped or blackholed PostgreSQL: the TCP connection is accepted, not a byte comes back.
    const held: Socket[] = [];
    const silent = createServer((socket) => {
      held.push(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    const dataDir = mkdtempSync(path.join(tmpdir(), 'mercato-test-'));
    const app = await buildApp(
      testConfig({
        DATABASE_URL: `postgres://mercato@127.0.0.1:${port}/mercato`,
        DATA_DIR: dataDir,
        DATABASE_CONNECT_TIMEOUT_MS: 300,
      }),
      { jobsMode: 'inline' },
    );
    cleanups.push(async () => {
      await app.close();
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
      rmSync(dataDir, { recursive: true, force: true });
    });
    await app.ready();
    /** The answer, or 'hung' when there is none within 5 s. */
    const within = <T>(pending: Promise<T>) =>
      Promise.race([pending, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 5000))]);

    const started = Date.now();
    const products = await within(app.inject('/api/products/'));
    expect(products).not.toBe('hung');
    if (products !== 'hung') expectUnavailable(products);
    expect(Date.now() - started).toBeLessThan(3000);
    const ready = await within(app.inject('/readyz'));
    expect(ready).not.toBe('hung');
    if (ready !== 'hung') expect(ready.statusCode).toBe(503);
  });

  it.skipIf(!onPostgres)(
    'takes a connection ended by the server (57P01) for the database being away',
    async () => {
      const t = await buildTestApp();
      cleanups.push(() => t.close());
      const victim = new pg.Client({ connectionString: t.config.DATABASE_URL });
      victim.on('error', () => undefined);
      await victim.connect();
      const killer = new pg.Client({ connectionString: t.config.DATABASE_URL });
      await killer.connect();
      try {
        const { rows } = await victim.query<{ pid: number }>('select pg_backend_pid() as pid');
        const sleeping = victim.query('select pg_sleep(10)').then(
          () => undefined,
          (err: unknown) => err,
        );
        await new Promise((resolve) => setTimeout(resolve, 200));
        await killer.query('select pg_terminate_backend($1)', [rows[0]?.pid]);
        const error = await sleeping;
        expect((error as { code?: string }).code).toBe('57P01');
        expect(databaseFault(error)).toBe('unreachable');
      } finally {
        await killer.end();
        await victim.end().catch(() => undefined);
      }
    },
  );
});

describe.skipIf(onPostgres)('with SQLite unable to write', () => {
  let t: TestApp;
  afterEach(async () => {
    await sql`pragma query_only = 0`.execute(t.db);
    await sql`pragma max_page_count = 1073741823`.execute(t.db);
  });

  it('answers a write 503 and /readyz not ready until a write succeeds again; reads go on', async () => {
    t = await buildTestApp();
    cleanups.push(() => t.close());
    expect((await t.app.inject('/readyz')).statusCode).toBe(200);

    // The file cannot be written (SQLITE_READONLY), as on a disk remounted read-only.
    await sql`pragma query_only = 1`.execute(t.db);
    expectUnavailable((await registerUser(t.app)).res);
    const notReady = await t.app.inject('/readyz');
    expect(notReady.statusCode).toBe(503);
    expect(notReady.headers['retry-after']).toBe('5');
    expect(problemOf(notReady).code).toBe('STORAGE_UNAVAILABLE');
    expect((await t.app.inject('/readyz')).statusCode).toBe(503);
    expect((await t.app.inject('/api/products/')).statusCode).toBe(200);

    await sql`pragma query_only = 0`.execute(t.db);
    expect((await t.app.inject('/readyz')).statusCode).toBe(200);
    expect((await registerUser(t.app)).res.statusCode).toBe(201);
  });

  it('answers 503 when the database is full (SQLITE_FULL)', async () => {
    t = await buildTestApp();
    cleanups.push(() => t.close());
    // No room to grow: what a full disk does to the next write that needs a page.
    const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(t.db);
    await sql.raw(`pragma max_page_count = ${rows[0]?.page_count}`).execute(t.db);
    let res = (await registerUser(t.app)).res;
    for (let i = 0; i < 50 && res.statusCode === 201; i++) res = (await registerUser(t.app)).res;
    expectUnavailable(res);
  });
});

describe.skipIf(!onPostgres)('with PostgreSQL refusing writes', () => {
  it('answers a write 503 and /readyz not ready until a write succeeds again; reads go on', async () => {
    const t = await buildTestApp();
    cleanups.push(() => t.close());
    const admin = new pg.Client({ connectionString: t.config.DATABASE_URL });
    await admin.connect();
    cleanups.push(() => admin.end());
    /** Sets the database read-only or not, for the app's connections made from now on (its current ones are ended). */
    const readOnly = async (on: boolean) => {
      const name = new URL(t.config.DATABASE_URL).pathname.slice(1);
      await admin.query(
        `alter database ${name} ${on ? 'set default_transaction_read_only = on' : 'reset default_transaction_read_only'}`,
      );
      await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
    };
    expect((await t.app.inject('/readyz')).statusCode).toBe(200);

    // As after a failover onto a replica, or a server set read-only: writes are refused (25006).
    await readOnly(true);
    // Each pooled connection ended under the app fails its next query once (503 too, but
    // not a refused write): writes are tried until one meets the read-only server.
    await vi.waitFor(
      async () => {
        expectUnavailable((await registerUser(t.app)).res);
        const notReady = await t.app.inject('/readyz');
        expect(notReady.statusCode).toBe(503);
        expect(problemOf(notReady).code).toBe('STORAGE_UNAVAILABLE');
      },
      { timeout: 10_000, interval: 100 },
    );
    expect((await t.app.inject('/api/products/')).statusCode).toBe(200);

    await readOnly(false);
    // Pooled connections ended under the app fail once each: ready again within seconds.
    await vi.waitFor(async () => expect((await t.app.inject('/readyz')).statusCode).toBe(200), {
      timeout: 10_000,
      interval: 200,
    });
    expect((await registerUser(t.app)).res.statusCode).toBe(201);
  });
});

describe('a DATA_DIR that cannot hold the database', () => {
  /** Starts the server on SQLite in `dataDir`; resolves its exit code and what it printed. */
  async function start(dataDir: string) {
    const server = startServer({ DATA_DIR: dataDir, PORT: String(await freePort()), SEED_DEMO: 'false' });
    const code = await server.exited;
    return { code, output: server.output().trim() };
  }

  it('stops the start with one line naming the directory and the cause', async () => {
    const { code, output } = await start('/etc/passwd/mercato');
    expect(code).toBe(1);
    expect(output.split('\n')).toHaveLength(1);
    expect(output).toContain('DATA_DIR (/etc/passwd/mercato) cannot hold the database');
    expect(output).toContain('ENOTDIR');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('says so when SQLite cannot open its file there', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'mercato-test-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    // Where the database file should be, something SQLite cannot open.
    mkdirSync(path.join(dataDir, 'mercato.sqlite'));
    const { code, output } = await start(dataDir);
    expect(code).toBe(1);
    expect(output.split('\n')).toHaveLength(1);
    expect(output).toContain(`DATA_DIR (${dataDir}) cannot hold the database`);
    expect(output).toContain('SQLITE_CANTOPEN');
  });
});

// Starts the server as a process (tsx compiling the sources): slow on a busy machine.
describe('a MEDIA_ROOT that cannot hold uploads', { timeout: 90_000 }, () => {
  it('stops the start with one line naming the directory and the cause', async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const server = startServer({
      DATA_DIR: database.settings.DATA_DIR,
      DATABASE_URL: database.settings.DATABASE_URL,
      MEDIA_ROOT: '/etc/passwd/media',
      PORT: String(await freePort()),
      SEED_DEMO: 'false',
    });
    const code = await server.exited;
    const output = server.output().trim();
    expect(code).toBe(1);
    expect(output.split('\n')).toHaveLength(1);
    expect(output).toContain('MEDIA_ROOT (/etc/passwd/media) cannot hold uploads');
    expect(output).toContain('ENOTDIR');
    expect(output).not.toMatch(/\n\s+at /);
  });
});

describe('a job that cannot write', () => {
  it('makes /readyz not ready, as a request would, until a write succeeds again', async () => {
    const t = await buildTestApp();
    const postgres = t.connection.kind === 'postgres';
    const admin = postgres ? new pg.Client({ connectionString: t.config.DATABASE_URL }) : undefined;
    /** The database refuses writes, or takes them again: read-only by default on PostgreSQL, query_only on SQLite. */
    const readOnly = async (on: boolean) => {
      if (!admin) {
        await sql.raw(`pragma query_only = ${on ? 1 : 0}`).execute(t.db);
        return;
      }
      const name = new URL(t.config.DATABASE_URL).pathname.slice(1);
      await admin.query(
        `alter database ${name} ${on ? 'set default_transaction_read_only = on' : 'reset default_transaction_read_only'}`,
      );
      await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
    };
    await admin?.connect();
    cleanups.push(async () => {
      await readOnly(false);
      await admin?.end();
      await t.close();
    });
    expect((await t.app.inject('/readyz')).statusCode).toBe(200);
    const jobs = t.app.ctx.jobs;
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // A job whose write the database refuses (its own bookkeeping then meets the refusal too).
    jobs.register(
      'test.cannot_write' as never,
      (async () => {
        await gate;
        await probeWrite(t.db);
      }) as never,
    );
    await jobs.enqueue(t.db, 'test.cannot_write' as never, {} as never);
    await readOnly(true);
    release();
    await jobs.idle();

    // PostgreSQL: a pooled connection that readOnly() ended may answer `select 1` with an error
    // once (503 NOT_READY, true at that instant) before the pool drops it; then the storage speaks.
    await vi.waitFor(
      async () => {
        const notReady = await t.app.inject('/readyz');
        expect(notReady.statusCode).toBe(503);
        expect(problemOf(notReady).code).toBe('STORAGE_UNAVAILABLE');
      },
      { timeout: 10_000, interval: 200 },
    );
    await readOnly(false);
    // Writes work again: ready (the pool's ended connections may fail once first).
    await vi.waitFor(async () => expect((await t.app.inject('/readyz')).statusCode).toBe(200), {
      timeout: 10_000,
      interval: 200,
    });
  });
});
