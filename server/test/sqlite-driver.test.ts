import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../src/db/dialect.js';
import { GroupCommitSqliteDriver } from '../src/db/sqlite-driver.js';
import { onPostgres } from './helpers.js';

interface Schema {
  tally: { id: number; n: number };
}

let dir: string;
let file: string;
let raw: SQLite.Database;
let db: Kysely<Schema>;
/** Another connection to the same file: sees only what was committed. */
let observer: SQLite.Database;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const committed = (id: number) =>
  (observer.prepare('select n from tally where id = ?').get(id) as { n: number } | undefined)?.n;

describe.skipIf(onPostgres)('SQLite group commit', () => {
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mercato-group-commit-'));
    file = path.join(dir, 'group.sqlite');
    raw = new SQLite(file);
    raw.pragma('journal_mode = WAL');
    raw.pragma('busy_timeout = 5000');
    // No checkpoints here: the log shows every commit made.
    raw.pragma('wal_autocheckpoint = 0');
    db = new Kysely<Schema>({
      dialect: {
        createAdapter: () => new SqliteAdapter(),
        createDriver: () => new GroupCommitSqliteDriver(raw, withStatementCache(raw), async () => {}),
        createIntrospector: (k) => new SqliteIntrospector(k),
        createQueryCompiler: () => new SqliteQueryCompiler(),
      },
    });
    await sql`create table tally (id integer primary key, n integer not null unique)`.execute(db);
    await db.transaction().execute(async (trx) => {
      for (let id = 1; id <= 64; id++)
        await trx
          .insertInto('tally')
          .values({ id, n: id * 1000 })
          .execute();
    });
    observer = new SQLite(file, { readonly: true });
  });
  afterEach(async () => {
    observer.close();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits the writes of one turn of the event loop together', async () => {
    raw.pragma('wal_checkpoint(TRUNCATE)');
    await Promise.all(
      Array.from({ length: 64 }, (_, i) =>
        db
          .updateTable('tally')
          .set((eb) => ({ n: eb('n', '+', 1) }))
          .where('id', '=', i + 1)
          .execute(),
      ),
    );
    for (let id = 1; id <= 64; id++) expect(committed(id)).toBe(id * 1000 + 1);
    // A commit each would have appended at least 64 pages (4 KiB and a 24-byte header each) to the log.
    expect(statSync(`${file}-wal`).size).toBeLessThan(8 * 4120 + 32);
  });

  it('resolves a write only once it is committed', async () => {
    const write = db.updateTable('tally').set({ n: 7 }).where('id', '=', 1).execute();
    // Microtasks only: the commit waits for the event loop's next turn.
    for (let i = 0; i < 1000 && !raw.inTransaction; i++) await Promise.resolve();
    // Made, not yet committed: another connection still reads the old value.
    expect(raw.inTransaction).toBe(true);
    expect(committed(1)).toBe(1000);
    const [result] = await write;
    expect(result?.numUpdatedRows).toBe(1n);
    expect(committed(1)).toBe(7);
    expect(raw.inTransaction).toBe(false);
  });

  it('fails a failing statement alone, keeping the others of its commit', async () => {
    const outcomes = await Promise.allSettled([
      db.updateTable('tally').set({ n: 1 }).where('id', '=', 1).execute(),
      // n is unique: 2000 is row 2's.
      db.updateTable('tally').set({ n: 2000 }).where('id', '=', 3).execute(),
      db.updateTable('tally').set({ n: 4 }).where('id', '=', 4).execute(),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect([committed(1), committed(3), committed(4)]).toEqual([1, 3000, 4]);
  });

  it('fails every write of a commit that a failure ended, and keeps none of them', async () => {
    await sql`create trigger refuse before update on tally when new.n < 0
      begin select raise(rollback, 'refused'); end`.execute(db);
    const outcomes = await Promise.allSettled([
      db.updateTable('tally').set({ n: 1 }).where('id', '=', 1).execute(),
      db.updateTable('tally').set({ n: -1 }).where('id', '=', 2).execute(),
      db.updateTable('tally').set({ n: 3 }).where('id', '=', 3).execute(),
    ]);
    // The first shared the ended transaction; the third began the next one.
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    expect((outcomes[0] as PromiseRejectedResult).reason.message).toBe('refused');
    expect([committed(1), committed(2), committed(3)]).toEqual([1000, 2000, 3]);
  });

  it('runs an explicit transaction alone: its rollback undoes only its own writes', async () => {
    const before = db.updateTable('tally').set({ n: 1 }).where('id', '=', 1).execute();
    const explicit = db.transaction().execute(async (trx) => {
      await trx.updateTable('tally').set({ n: 2 }).where('id', '=', 2).execute();
      await sleep(30);
      throw new Error('changed my mind');
    });
    // Arrives while the explicit transaction is open: waits for it, then commits on its own.
    const during = sleep(10).then(() => db.updateTable('tally').set({ n: 3 }).where('id', '=', 3).execute());
    const outcomes = await Promise.allSettled([before, explicit, during]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect([committed(1), committed(2), committed(3)]).toEqual([1, 2000, 3]);
  });
});
