import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { type Migration, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AnyDB,
  columnTypes,
  connect,
  containsInsensitive,
  type DB,
  dialectOf,
  isUniqueViolation,
} from '../src/db/dialect.js';
import { MigrationError, migrateToLatest, migrationStatus } from '../src/db/migrate.js';
import { migrations } from '../src/db/migrations/index.js';
import { prepared } from '../src/db/prepared.js';
import type { UserType } from '../src/db/schema.js';
import { newId } from '../src/platform/ids.js';
import { createTestDatabase, onPostgres, type TestDatabase, testConfig, userRow } from './helpers.js';

let database: TestDatabase;
let db: DB;

beforeAll(async () => {
  database = await createTestDatabase();
  db = connect(testConfig(database.settings)).db;
});
afterAll(async () => {
  await db.destroy();
  await database.drop();
});

async function tableExistsIn(d: Pick<DB, 'introspection'>, name: string): Promise<boolean> {
  const tables = await d.introspection.getTables();
  return tables.some((t) => t.name === name);
}

const tableExists = (name: string) => tableExistsIn(db, name);

describe('migrations', () => {
  it('leaves the database as it was when a migration in the batch fails', async () => {
    const broken: Record<string, Migration> = {
      ...migrations,
      '9998_good': {
        up: async (d) => {
          await d.schema
            .createTable('widgets')
            .addColumn('id', 'text', (c) => c.primaryKey())
            .execute();
        },
      },
      '9999_bad': {
        up: async (d) => {
          await d.schema.createTable('gadgets').addColumn('id', 'text').execute();
          await sql`this is not sql`.execute(d);
        },
      },
    };
    const failure = await migrateToLatest(db, broken).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).migration).toBe('9999_bad');
    expect((failure as Error).message).toContain('the database is as it was');
    for (const table of ['jobs', 'users', 'widgets', 'gadgets'])
      expect(await tableExists(table), table).toBe(false);
    const status = await migrationStatus(db);
    expect(status.applied).toBe(0);
  });

  it('applies every migration in order, then has nothing to do', async () => {
    const results = await migrateToLatest(db);
    expect(results.map((r) => r.migrationName)).toEqual(Object.keys(migrations).sort());
    expect(await migrateToLatest(db)).toEqual([]);
    expect(await migrationStatus(db)).toMatchObject({ applied: Object.keys(migrations).length, pending: 0 });
  });
});

describe('0008_sessions', () => {
  it('turns each refresh-token family with an active token into one session row', async () => {
    const own = await createTestDatabase();
    const d = connect(testConfig(own.settings)).db as unknown as AnyDB;
    try {
      const names = Object.keys(migrations).sort();
      const before = Object.fromEntries(
        names.slice(0, names.indexOf('0008_sessions')).map((n) => [n, migrations[n]!]),
      );
      await migrateToLatest(d, before);
      // The row as it was before 0011 added `pending_email`.
      const { pending_email: _, ...user } = userRow();
      await d.insertInto('users').values(user).execute();
      const token = (id: string, family: string, status: string, created: string) => ({
        id,
        family_id: family,
        user_id: user.id,
        status,
        issued_at: Math.floor(Date.parse(created) / 1000),
        expires_at: '2026-12-08T00:00:00.000Z',
        access_jti: `${id.slice(0, -1)}f`,
        kid: 'kid-1',
        is_remembered: status === 'active',
        replaced_by: null,
        spent_at: null,
        created_at: created,
        ip: '10.0.0.1',
        user_agent: 'test',
      });
      const [live, spent, dead] = [newId(), newId(), newId()];
      const [first, current] = [newId(), newId()];
      await d
        .insertInto('refresh_tokens')
        .values([
          token(first, live, 'spent', '2026-11-01T10:00:00.000Z'),
          token(current, live, 'active', '2026-11-01T10:15:00.000Z'),
          token(spent, dead, 'revoked', '2026-11-01T09:00:00.000Z'),
          token(dead, dead, 'revoked', '2026-11-01T09:15:00.000Z'),
        ])
        .execute();
      await migrateToLatest(d);
      expect(await d.selectFrom('sessions').selectAll().execute()).toEqual([
        {
          id: live,
          user_id: user.id,
          status: 'active',
          token_id: current,
          access_jti: `${current.slice(0, -1)}f`,
          issued_at: Math.floor(Date.parse('2026-11-01T10:15:00.000Z') / 1000),
          kid: 'kid-1',
          expires_at: '2026-12-08T00:00:00.000Z',
          previous_token_id: null,
          rotated_at: null,
          is_remembered: true,
          created_at: '2026-11-01T10:00:00.000Z',
          ip: '10.0.0.1',
          user_agent: 'test',
        },
      ]);
      expect(await tableExistsIn(d, 'refresh_tokens')).toBe(false);
    } finally {
      await d.destroy();
      await own.drop();
    }
  });
});

describe('one query code for both dialects', () => {
  const now = '2026-11-22T04:07:14.123Z';
  const user = (over: Parameters<typeof userRow>[0] = {}) =>
    userRow({ date_joined: now, updated_at: now, ...over });

  it('knows which dialect it is on', () => {
    expect(dialectOf(db)).toBe(onPostgres ? 'postgres' : 'sqlite');
    expect(columnTypes(db).timestamp).toBe(onPostgres ? 'timestamptz' : 'text');
  });

  it('reads booleans back as booleans and times as ISO strings', async () => {
    const row = user({ is_active: false, email_verified: true });
    await db.insertInto('users').values(row).execute();
    const back = await db
      .selectFrom('users')
      .select(['is_active', 'email_verified', 'is_superuser', 'date_joined', 'last_login'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(back).toEqual({
      is_active: false,
      email_verified: true,
      is_superuser: false,
      date_joined: now,
      last_login: null,
    });
    const filtered = await db.selectFrom('users').select('id').where('is_active', '=', false).execute();
    expect(filtered.map((r) => r.id)).toEqual([row.id]);
    const later = await db
      .selectFrom('users')
      .select('id')
      .where('date_joined', '>', '2026-11-22T04:07:14.000Z')
      .execute();
    expect(later.map((r) => r.id)).toContain(row.id);
  });

  it('counts as numbers', async () => {
    const { n } = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(typeof n).toBe('number');
  });

  it('searches case-insensitively and treats % and _ literally', async () => {
    await db
      .insertInto('users')
      .values(user({ first_name: 'Grace_100% Hopper' }))
      .execute();
    const find = async (term: string) =>
      (
        await db
          .selectFrom('users')
          .select('first_name')
          .where((eb) => containsInsensitive(db, eb.ref('first_name'), term))
          .execute()
      ).map((r) => r.first_name);
    expect(await find('grace')).toEqual(['Grace_100% Hopper']);
    expect(await find('HOPPER')).toEqual(['Grace_100% Hopper']);
    expect(await find('100%')).toEqual(['Grace_100% Hopper']);
    expect(await find('e_1')).toEqual(['Grace_100% Hopper']);
    expect(await find('a%H')).toEqual([]);
  });

  it('recognises unique violations, including case-insensitive usernames', async () => {
    const row = user({ username: 'CaseUser' });
    await db.insertInto('users').values(row).execute();
    const dupEmail = await db
      .insertInto('users')
      .values(user({ email: row.email }))
      .execute()
      .catch((e: unknown) => e);
    expect(isUniqueViolation(dupEmail)).toBe(true);
    const dupName = await db
      .insertInto('users')
      .values(user({ username: 'caseuser' }))
      .execute()
      .catch((e: unknown) => e);
    expect(isUniqueViolation(dupName)).toBe(true);
  });

  it('refuses a superuser who is not an admin', async () => {
    const err = await db
      .insertInto('users')
      .values(user({ is_superuser: true }))
      .execute()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
  });
});

describe('prepared statements', () => {
  const findActive = prepared((d, v: { active: boolean; kind: UserType }) =>
    d
      .selectFrom('users')
      .select(['id', 'is_active'])
      .where('is_active', '=', v.active)
      .where('user_type', '=', v.kind)
      .where('status', '=', 'ACTIVE')
      .orderBy('email'),
  );
  const rename = prepared((d, v: { id: string; first_name: string }) =>
    d
      .updateTable('users')
      .set({ first_name: v.first_name })
      .where('id', '=', v.id)
      .returning(['id', 'first_name']),
  );

  it("binds each call's values, keeps the query's constants, and reads results as any query does", async () => {
    const [a, b, c] = [
      userRow({ user_type: 'vendor', is_active: true, email: 'prep-a@example.com' }),
      userRow({ user_type: 'vendor', is_active: false, email: 'prep-b@example.com' }),
      userRow({ user_type: 'vendor', is_active: true, status: 'INACTIVE', email: 'prep-c@example.com' }),
    ];
    await db.insertInto('users').values([a, b, c]).execute();
    expect(await findActive(db, { active: true, kind: 'vendor' })).toEqual([{ id: a.id, is_active: true }]);
    expect(await findActive(db, { active: false, kind: 'vendor' })).toEqual([{ id: b.id, is_active: false }]);
    expect(await findActive(db, { active: true, kind: 'staff' })).toEqual([]);
    const [one, two] = await Promise.all([
      rename(db, { id: a.id, first_name: 'Grace' }),
      rename(db, { id: b.id, first_name: 'Hedy' }),
    ]);
    expect([one, two]).toEqual([[{ id: a.id, first_name: 'Grace' }], [{ id: b.id, first_name: 'Hedy' }]]);
    expect(await rename(db, { id: newId(), first_name: 'Nobody' })).toEqual([]);
  });

  it('runs inside a transaction, and rolls back with it', async () => {
    const row = userRow({ first_name: 'Before' });
    await db.insertInto('users').values(row).execute();
    const failure = await db
      .transaction()
      .execute(async (trx) => {
        expect(await rename(trx, { id: row.id, first_name: 'During' })).toHaveLength(1);
        throw new Error('roll back');
      })
      .catch((e: Error) => e.message);
    expect(failure).toBe('roll back');
    const back = await db
      .selectFrom('users')
      .select('first_name')
      .where('id', '=', row.id)
      .executeTakeFirst();
    expect(back?.first_name).toBe('Before');
  });
});

describe('SQLite statement cache', () => {
  it.skipIf(onPostgres)('reuses compiled statements, except one busy streaming', async () => {
    const SQLite = (await import('better-sqlite3')).default;
    const { withStatementCache } = await import('../src/db/dialect.js');
    const raw = new SQLite(':memory:');
    let compiled = 0;
    const prepare = raw.prepare.bind(raw);
    raw.prepare = ((sql: string) => {
      compiled += 1;
      return prepare(sql);
    }) as typeof raw.prepare;
    const cached = withStatementCache(raw);
    const a = cached.prepare('select 1 as n');
    expect(cached.prepare('select 1 as n')).toBe(a);
    expect(compiled).toBe(1);
    const rows = cached.prepare('select 1 as n union all select 2').iterate();
    rows.next();
    const second = cached.prepare('select 1 as n union all select 2');
    expect(compiled).toBe(3);
    expect(second.all()).toEqual([{ n: 1 }, { n: 2 }]);
    rows.return?.();
    cached.close();
  });
});

describe('PostgreSQL pool', () => {
  it.runIf(onPostgres)('survives the server closing its idle connections and reconnects', async () => {
    const other = connect(testConfig(database.settings)).db;
    try {
      await sql`select 1`.execute(other);
      // Another session ends every idle connection of this database, as a restart or failover would.
      const killed = await sql<{ n: number }>`
        select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and state = 'idle'`.execute(db);
      expect(killed.rows[0]?.n).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 200));
      const again = await sql<{ n: number }>`select 2 as n`.execute(other);
      expect(again.rows[0]?.n).toBe(2);
    } finally {
      await other.destroy();
    }
  });
});

describe('SQLite checkpoints', () => {
  it.skipIf(onPostgres)('are made off the event loop by the maintenance worker', async () => {
    const file = path.join(database.dataDir, 'mercato.sqlite');
    // The app's own connection never checkpoints on commit.
    const setting = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db);
    expect(setting.rows[0]?.wal_autocheckpoint).toBe(0);
    await sql`create table ballast (body text)`.execute(db);
    const before = statSync(file).size;
    for (let i = 0; i < 50; i++) await sql`insert into ballast values (${'x'.repeat(20_000)})`.execute(db);
    // A megabyte went to the write-ahead log; the worker copies it into the database file.
    let after = statSync(file).size;
    for (let waited = 0; after < before + 900_000 && waited < 10_000; waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
      after = statSync(file).size;
    }
    expect(after).toBeGreaterThan(before + 900_000);
  });
  it.skipIf(onPostgres)('start the write-ahead log over even while commits never pause', async () => {
    const wal = path.join(database.dataDir, 'mercato.sqlite-wal');
    // A connection whose log starts over past 1,000 frames (4 MB), not the app's 40 MB.
    await db.destroy();
    db = connect(testConfig(database.settings), { walRestartFrames: 1000 }).db;
    await sql`create table churn (body text)`.execute(db);
    // Three seconds of commits at up to 20 MB/s: every passive checkpoint finds
    // frames appended behind it, so on its own it would never let the log start
    // over, and the log would hold at least every byte written (a page or more
    // per row).
    let written = 0;
    const until = Date.now() + 3_000;
    while (Date.now() < until) {
      await sql`insert into churn values (${'y'.repeat(4_000)})`.execute(db);
      written += 4_000;
      if (written % 200_000 === 0) await new Promise((r) => setTimeout(r, 10));
    }
    const size = statSync(wal).size;
    expect(written).toBeGreaterThan(12_000_000);
    expect(size).toBeLessThan(written / 2);
  });
});

describe('SQLite transactions', () => {
  it.skipIf(onPostgres)(
    'wait for a write lock held elsewhere instead of failing after their first read',
    async () => {
      const file = path.join(database.dataDir, 'mercato.sqlite');
      await sql`create table tally (n integer)`.execute(db);
      // Another connection (as the checkpointer's, during a RESTART) holds the
      // write lock for 300 ms, from another thread: the app's waits block its own.
      const holder = new Worker(
        `const { parentPort, workerData } = require('node:worker_threads');
      const db = new (require(workerData.driver))(workerData.file);
      db.exec('begin immediate');
      parentPort.postMessage('locked');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
      db.exec('commit');
      db.close();`,
        {
          eval: true,
          workerData: { file, driver: createRequire(import.meta.url).resolve('better-sqlite3') },
        },
      );
      await new Promise((resolve) => holder.once('message', resolve));
      const count = await db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ n: number }>`select count(*) as n from tally`.execute(trx);
        await sql`insert into tally values (${rows[0]?.n ?? 0})`.execute(trx);
        return (await sql<{ n: number }>`select count(*) as n from tally`.execute(trx)).rows[0]?.n;
      });
      expect(count).toBe(1);
      await new Promise((resolve) => holder.once('exit', resolve));
    },
  );
});

describe('closing SQLite', () => {
  it.skipIf(onPostgres)('resolves only once the maintenance worker has let go of the file', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'mercato-close-'));
    const file = path.join(dataDir, 'mercato.sqlite');
    try {
      const other = connect(testConfig({ DATA_DIR: dataDir, DATABASE_URL: '' })).db;
      await sql`create table ballast (body text)`.execute(other);
      const before = statSync(file).size;
      for (let i = 0; i < 10; i++)
        await sql`insert into ballast values (${'x'.repeat(20_000)})`.execute(other);
      // Once the worker has checkpointed, it holds a connection of its own.
      for (let waited = 0; statSync(file).size <= before && waited < 10_000; waited += 20) {
        await new Promise((r) => setTimeout(r, 20));
      }
      await other.destroy();
      // The last connection to close deletes the write-ahead log and shared memory
      // files: had the worker still held the file, they would still be there.
      expect(readdirSync(dataDir)).toEqual(['mercato.sqlite']);
    } finally {
      rmSync(dataDir, { recursive: true });
    }
  });
});
