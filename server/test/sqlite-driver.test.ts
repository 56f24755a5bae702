import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../src/db/dialect.js';
import { GroupCommitSqliteDriver } from '../src/db/sqlite-driver.js';
import { groupedTransaction } from '../src/platform/transaction.js';
import { onPostgres } from './helpers.js';

interface Schema {
  tally: { id: number; n: number };
}

let dir: string;
let file: string;
let raw: SQLite.Database;
let db: Kysely<Schema>;
let driver: GroupCommitSqliteDriver;
/** Another connection to the same file: sees only what was committed. */
let observer: SQLite.Database;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Adds one to a row's n, outside any explicit transaction. */
const increment = (id: number) =>
  db
    .updateTable('tally')
    .set((eb) => ({ n: eb('n', '+', 1) }))
    .where('id', '=', id)
    .execute();
/** Every row was incremented once, in at most a few commits (a commit each would have appended 64 pages of 4 KiB and a 24-byte header each to the log). */
const expectIncrementedTogether = () => {
  for (let id = 1; id <= 64; id++) expect(committed(id)).toBe(id * 1000 + 1);
  expect(statSync(`${file}-wal`).size).toBeLessThan(8 * 4120 + 32);
};
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
        createDriver: () => {
          driver = new GroupCommitSqliteDriver(raw, withStatementCache(raw), async () => {});
          return driver;
        },
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
    await Promise.all(Array.from({ length: 64 }, (_, i) => increment(i + 1)));
    expectIncrementedTogether();
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

  /** `groupedTransaction` is typed for the app's schema; this one is the test's. */
  const grouped = <T>(work: (trx: Kysely<Schema>) => Promise<T>) =>
    groupedTransaction(db as never, (trx) => work(trx as never));

  it('commits grouped transactions with the writes around them, in one commit', async () => {
    raw.pragma('wal_checkpoint(TRUNCATE)');
    await Promise.all(
      Array.from({ length: 64 }, (_, i) =>
        i % 2
          ? grouped(async (trx) => {
              const row = await trx
                .selectFrom('tally')
                .select('n')
                .where('id', '=', i + 1)
                .executeTakeFirstOrThrow();
              await trx
                .updateTable('tally')
                .set({ n: row.n + 1 })
                .where('id', '=', i + 1)
                .execute();
            })
          : increment(i + 1),
      ),
    );
    expectIncrementedTogether();
  });

  it('answers a grouped transaction only once the shared commit is made', async () => {
    let done = false;
    const work = grouped(async (trx) => {
      await trx.updateTable('tally').set({ n: 5 }).where('id', '=', 5).execute();
    }).then(() => {
      done = true;
    });
    for (let i = 0; i < 1000 && !raw.inTransaction; i++) await Promise.resolve();
    expect(raw.inTransaction).toBe(true);
    expect(committed(5)).toBe(5000);
    expect(done).toBe(false);
    await work;
    expect(committed(5)).toBe(5);
  });

  it("rolls a grouped transaction back alone, keeping its commit's other writes", async () => {
    const outcomes = await Promise.allSettled([
      db.updateTable('tally').set({ n: 1 }).where('id', '=', 1).execute(),
      grouped(async (trx) => {
        await trx.updateTable('tally').set({ n: 2 }).where('id', '=', 2).execute();
        // n is unique: 4000 is row 4's.
        await trx.updateTable('tally').set({ n: 4000 }).where('id', '=', 3).execute();
      }),
      grouped(async (trx) => {
        await trx.updateTable('tally').set({ n: 5 }).where('id', '=', 5).execute();
        // Waits on something else than the database: the shared commit waits for it.
        await sleep(20);
        await trx.updateTable('tally').set({ n: 6 }).where('id', '=', 6).execute();
      }),
      db.updateTable('tally').set({ n: 7 }).where('id', '=', 7).execute(),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect([1, 2, 3, 5, 6, 7].map(committed)).toEqual([1, 2000, 3000, 5, 6, 7]);
  });

  it('serves those waiting for an explicit transaction in arrival order, one transaction at a time', async () => {
    const order: number[] = [];
    const holder = db.transaction().execute(async (trx) => {
      await trx.updateTable('tally').set({ n: 1 }).where('id', '=', 1).execute();
      await sleep(100);
    });
    await sleep(5);
    // Sixty-three transactions and statements queue behind it, alternating kinds, one per turn.
    const queued: Promise<unknown>[] = [];
    for (let i = 0; i < 63; i++) {
      const id = i + 2;
      const step = async (trx: Kysely<Schema>) => {
        order.push(id);
        const row = await trx.selectFrom('tally').select('n').where('id', '=', id).executeTakeFirstOrThrow();
        await Promise.resolve();
        await trx
          .updateTable('tally')
          .set({ n: row.n + 1 })
          .where('id', '=', id)
          .execute();
      };
      queued.push(i % 3 === 0 ? db.transaction().execute(step) : i % 3 === 1 ? grouped(step) : increment(id));
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all([holder, ...queued]);
    // Each read-then-write ran alone (no lost update); the transactions began in the order they came.
    for (let id = 2; id <= 64; id++) expect(committed(id)).toBe(id * 1000 + 1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order).toHaveLength(42);
  });

  it('lets the next in line go on when a transaction cannot begin', async () => {
    const holder = db.transaction().execute(async () => {
      await sleep(20);
    });
    await sleep(5);
    const failing = grouped(async (trx) => {
      await trx.updateTable('tally').set({ n: 2 }).where('id', '=', 2).execute();
    });
    failing.catch(() => {});
    await sleep(1);
    const next = db.transaction().execute(async (trx) => {
      await trx.updateTable('tally').set({ n: 3 }).where('id', '=', 3).execute();
    });
    // The grouped transaction's shared one fails to begin (as when the checkpointer held the lock past the busy timeout).
    const exec = raw.exec.bind(raw);
    let refused = false;
    raw.exec = (text: string) => {
      if (text === 'begin immediate' && !refused) {
        refused = true;
        throw new Error('database is locked');
      }
      return exec(text);
    };
    try {
      await holder;
      await expect(failing).rejects.toThrow('database is locked');
      await next;
    } finally {
      raw.exec = exec;
    }
    expect(refused).toBe(true);
    expect([committed(2), committed(3)]).toEqual([2000, 3]);
  });

  it('reads at once only what it would read alone at once', async () => {
    const read = 'select n from tally where id = ?';
    expect(driver.readNow(read, [1])).toEqual([{ n: 1000 }]);
    // Not a write, whatever the caller thinks.
    expect(driver.readNow('update tally set n = 0 where id = ?', [1])).toBeUndefined();
    expect(committed(1)).toBe(1000);
    // A shared transaction is open: a read would be inside it, and must wait for its commit.
    const write = increment(1);
    for (let i = 0; i < 1000 && !raw.inTransaction; i++) await Promise.resolve();
    expect(raw.inTransaction).toBe(true);
    expect(driver.readNow(read, [1])).toBeUndefined();
    await write;
    expect(driver.readNow(read, [1])).toEqual([{ n: 1001 }]);
    // An explicit transaction runs: a read waits for it to end.
    let during: unknown;
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('tally').set({ n: 5 }).where('id', '=', 2).execute();
      during = driver.readNow(read, [2]);
    });
    expect(during).toBeUndefined();
    expect(driver.readNow(read, [2])).toEqual([{ n: 5 }]);
  });

  it('fails a grouped transaction whose shared commit a failure ended', async () => {
    await sql`create trigger refuse before update on tally when new.n < 0
      begin select raise(rollback, 'refused'); end`.execute(db);
    const outcomes = await Promise.allSettled([
      grouped(async (trx) => {
        await trx.updateTable('tally').set({ n: 1 }).where('id', '=', 1).execute();
        await sleep(30);
      }),
      // Arrives while the grouped transaction is open, runs once it ended, in the same commit, and ends it.
      sleep(10).then(() => db.updateTable('tally').set({ n: -1 }).where('id', '=', 2).execute()),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect([committed(1), committed(2)]).toEqual([1000, 2000]);
    // The connection is usable afterwards, grouped or not.
    await grouped(async (trx) => {
      await trx.updateTable('tally').set({ n: 3 }).where('id', '=', 3).execute();
    });
    expect(committed(3)).toBe(3);
  });
});
