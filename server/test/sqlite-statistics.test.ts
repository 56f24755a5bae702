import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, withoutSamples } from '../src/db/dialect.js';
import { onPostgres } from './helpers.js';

/**
 * better-sqlite3 builds SQLite with SQLITE_ENABLE_STAT4. With index samples
 * loaded, the planner estimates from the values bound, and marks each statement
 * that compared one to be compiled again whenever it is bound: on every run.
 * The app plans from sqlite_stat1's averages only (db/dialect.ts, `withoutSamples`).
 *
 * The data makes the two kinds of statistics choose different indexes: `a` has
 * many distinct values (an average of 2 rows each) but half its rows hold
 * 'common'; `b` has ten values of about 1,000 rows each and one 'rare' row. From
 * averages the planner takes `t_a`; from samples, `t_b`.
 */
const QUERY = "explain query plan select * from t where a = 'common' and b = 'rare'";
const planOf = (database: SQLite.Database) =>
  (database.prepare(QUERY).all() as Array<{ detail: string }>).map((r) => r.detail).join('\n');

let dir: string;
let file: string;

describe.skipIf(onPostgres)('SQLite planner statistics', () => {
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mercato-statistics-'));
    file = path.join(dir, 'mercato.sqlite');
    const database = new SQLite(file);
    database.pragma('journal_mode = WAL');
    database.exec('create table t (id integer primary key, a text not null, b text not null)');
    database.exec('create index t_a on t (a)');
    database.exec('create index t_b on t (b)');
    const insert = database.prepare('insert into t (a, b) values (?, ?)');
    database.transaction(() => {
      for (let i = 0; i < 10_000; i++) insert.run(i % 2 === 0 ? 'common' : `a-${i}`, `b-${i % 10}`);
      insert.run('a-last', 'rare');
    })();
    database.exec('analyze');
    database.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the data is such that samples change the plan (a connection that keeps them)', () => {
    const database = new SQLite(file);
    try {
      expect(
        (database.prepare('select count(*) as n from sqlite_stat4').get() as { n: number }).n,
      ).toBeGreaterThan(0);
      expect(planOf(database)).toContain('INDEX t_b');
    } finally {
      database.close();
    }
  });

  it('the app connection deletes the samples as it opens and plans from the averages', async () => {
    const { db } = connect({ DATA_DIR: dir, DATABASE_URL: '', DATABASE_POOL_SIZE: 1 });
    try {
      const count = async (table: string) =>
        (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]?.n;
      expect(await count('sqlite_stat4')).toBe(0);
      expect(await count('sqlite_stat1')).toBeGreaterThan(0);
      const plan = await sql<{ detail: string }>`${sql.raw(QUERY)}`.execute(db);
      expect(plan.rows.map((r) => r.detail).join('\n')).toContain('INDEX t_a');
    } finally {
      await db.destroy();
    }
  });

  it('an analysis later on (the hourly optimize) leaves no samples loaded in the same connection', () => {
    const database = new SQLite(file);
    try {
      expect(planOf(database)).toContain('INDEX t_b');
      withoutSamples(database, () => database.exec('analyze'));
      expect((database.prepare('select count(*) as n from sqlite_stat4').get() as { n: number }).n).toBe(0);
      expect(planOf(database)).toContain('INDEX t_a');
    } finally {
      database.close();
    }
  });

  it('opens a new database, which has no statistics yet', async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'mercato-statistics-'));
    const { db } = connect({ DATA_DIR: fresh, DATABASE_URL: '', DATABASE_POOL_SIZE: 1 });
    try {
      expect((await sql<{ one: number }>`select 1 as one`.execute(db)).rows[0]?.one).toBe(1);
    } finally {
      await db.destroy();
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
