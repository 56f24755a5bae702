/**
 * Test harness: every test file gets its own real, freshly migrated database:
 * a SQLite file in a temp directory, or (when `DATABASE_URL` is set, as in CI)
 * a new PostgreSQL database created for the file and dropped afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { CompiledQuery, sql } from 'kysely';
import pg from 'pg';
import { type BuildOptions, buildApp } from '../src/app.js';
import { type Config, loadConfig } from '../src/config.js';
import { type Connection, connect } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { UsersTable } from '../src/db/schema.js';
import { newId } from '../src/platform/ids.js';

export const onPostgres = Boolean(process.env.DATABASE_URL);
export const onRedis = Boolean(process.env.REDIS_URL);

export interface TestDatabase {
  /** Settings that point at this database. */
  settings: { DATA_DIR: string; DATABASE_URL: string };
  dataDir: string;
  drop(): Promise<void>;
}

/** A new empty database (not migrated). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mercato-test-'));
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    return {
      settings: { DATA_DIR: dataDir, DATABASE_URL: '' },
      dataDir,
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `mercato_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await asAdmin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    settings: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    dataDir,
    // `with (force)` ends any session still open on it; close every pool and app first,
    // or their idle connections are killed under them.
    drop: async () => {
      try {
        await asAdmin(adminUrl, `drop database if exists ${name} with (force)`);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** Runs one statement on a connection of its own, closed whatever happens. */
async function asAdmin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The subscribers' credentials key of every test app (32 zero-free bytes, base64). */
export const TEST_BILLING_KEY = Buffer.alloc(32, 7).toString('base64');

export function testConfig(settings: Record<string, unknown>): Config {
  return loadConfig(
    {},
    {
      LOG_LEVEL: 'silent',
      SEED_DEMO: false,
      JOBS_WORKER: false,
      PUBLIC_URL: 'http://testserver',
      // CI runs the suite a second time on PostgreSQL with Redis; each test app keeps its own keys.
      REDIS_URL: process.env.REDIS_URL ?? '',
      REDIS_KEY_PREFIX: `test:${process.pid}:${Math.random().toString(36).slice(2, 10)}:`,
      // Required with DATABASE_URL (the suite's second run); a fixed test key.
      BILLING_CREDENTIALS_KEY: TEST_BILLING_KEY,
      ...settings,
    },
  );
}

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  connection: Connection;
  db: Connection['db'];
  close(): Promise<void>;
}

/**
 * Builds the app on a fresh migrated database with jobs in inline mode (they run
 * right after commit; `await app.ctx.jobs.idle()` waits for them). The app is
 * not yet ready, so a test may add routes before its first `inject`.
 */
export async function buildTestApp(
  settings: Record<string, unknown> = {},
  options: Omit<BuildOptions, 'connection'> & { migrate?: boolean } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  let connection: Connection | undefined;
  let app: FastifyInstance | undefined;
  // The app is built on the test's own connection, so it does not close it: close does, before the drop.
  const close = async () => {
    try {
      await app?.close();
    } finally {
      try {
        await connection?.db.destroy();
      } finally {
        await database.drop();
      }
    }
  };
  try {
    const config = testConfig({ ...database.settings, ...settings });
    connection = connect(config);
    if (options.migrate ?? true) await migrateToLatest(connection.db);
    app = await buildApp(config, { jobsMode: 'inline', ...options, connection });
    return { app, config, connection, db: connection.db, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Parses a problem+json response and checks its media type. */
export function problemOf(res: { headers: Record<string, unknown>; json(): unknown }) {
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) throw new Error(`expected problem+json, got ${type}`);
  return res.json() as {
    type: string;
    title: string;
    status: number;
    detail: string;
    code: string;
    errors?: Record<string, string[]>;
  };
}

/** A complete `users` row for inserting directly (factories for service-level users come with the identity module). */
export function userRow(over: Partial<UsersTable> = {}): UsersTable {
  const tag = Math.random().toString(36).slice(2, 10);
  const now = over.date_joined ?? new Date().toISOString();
  return {
    id: newId(),
    email: `user-${tag}@example.com`,
    username: `user-${tag}`,
    password_hash: 'not-a-hash',
    first_name: 'Ada',
    last_name: 'Lovelace',
    phone: '',
    user_type: 'customer',
    is_superuser: false,
    is_active: true,
    email_verified: false,
    status: 'ACTIVE',
    gender: 'UNKNOWN',
    kind: '',
    vendor_status: null,
    date_joined: now,
    last_login: null,
    updated_at: now,
    customer_code: null,
    pending_email: null,
    ...over,
  };
}

/**
 * The plan each database makes for `query`, as text. PostgreSQL is told not to
 * read tables whole: a test database is tiny, and the test asks what the planner
 * can use at scale.
 */
export async function queryPlan(
  db: Connection['db'],
  /** A query builder, or raw `sql` (compiled against `db`). */
  query: { compile(db: Connection['db']): CompiledQuery },
): Promise<string> {
  const compiled = query.compile(db);
  if (onPostgres)
    return db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      const rows = await trx.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`explain ${compiled.sql}`, [...compiled.parameters]),
      );
      return rows.rows.map((r) => r['QUERY PLAN']).join('\n');
    });
  const rows = await db.executeQuery<{ detail: string }>(
    CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
  );
  return rows.rows.map((r) => r.detail).join('\n');
}
