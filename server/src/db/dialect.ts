/**
 * Every difference between SQLite and PostgreSQL lives in this file: connecting,
 * column types, booleans, timestamps, case-insensitive search, row locking and
 * error codes. The rest of the code writes one Kysely query for both.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import {
  type CompiledQuery,
  type Expression,
  Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  PostgresAdapter,
  PostgresDialect,
  type QueryResult,
  type RawBuilder,
  type RootOperationNode,
  type SqlBool,
  SqliteAdapter,
  SqliteDialect,
  SqliteQueryCompiler,
  sql,
  type UnknownRow,
} from 'kysely';
import pg from 'pg';
import { type Config, directoryError } from '../config.js';
import type { Database } from './schema.js';
import { GroupCommitSqliteDriver } from './sqlite-driver.js';

export type DB = Kysely<Database>;
/**
 * A database of any schema: migrations and dialect helpers work below the typed
 * layer (Kysely's own advice for migrations).
 */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type AnyDB = Kysely<any>;
export type DialectKind = 'sqlite' | 'postgres';

/** SQLite runs DDL inside transactions; Kysely's adapter just does not claim it. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * better-sqlite3 cannot bind booleans: they are written as 1/0 as each parameter
 * is compiled (cheaper than rewriting every query's tree in a plugin).
 */
class SqliteBooleanParamsCompiler extends SqliteQueryCompiler {
  protected override addParameter(parameter: unknown): void {
    super.addParameter(typeof parameter === 'boolean' ? (parameter ? 1 : 0) : parameter);
  }
}

class MercatoSqliteDialect extends SqliteDialect {
  /** The driver with group commit (sqlite-driver.ts); `destroy` also stops the checkpointer and waits for it. */
  readonly driver: GroupCommitSqliteDriver;
  constructor(database: SQLite.Database, afterClose: () => Promise<void>) {
    super({ database });
    this.driver = new GroupCommitSqliteDriver(database, withStatementCache(database), afterClose);
  }
  override createDriver() {
    return this.driver;
  }
  override createAdapter() {
    return new TransactionalSqliteAdapter();
  }
  override createQueryCompiler() {
    return new SqliteBooleanParamsCompiler();
  }
}

/** Boolean columns follow one naming rule, `is_*` / `has_*` / `*_verified`, so SQLite's 0/1 reads back as booleans. */
const BOOLEAN_COLUMN = /^(is|has)_|_verified$/;

export function isBooleanColumn(name: string): boolean {
  return BOOLEAN_COLUMN.test(name);
}

/** Reads SQLite's 0/1 back as booleans in boolean columns. */
function readBooleans(rows: UnknownRow[]): void {
  for (const row of rows) {
    for (const key in row) {
      const v = row[key];
      if ((v === 0 || v === 1) && BOOLEAN_COLUMN.test(key)) row[key] = v === 1;
    }
  }
}

class SqliteBooleans implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    readBooleans(args.result.rows);
    return args.result;
  }
}

/** The embedded databases' drivers, by their Kysely instance (not their transactions'). */
const sqliteDrivers = new WeakMap<object, GroupCommitSqliteDriver>();

/**
 * The rows of a read-only statement run at once on `db`, when nothing stands in
 * its way (see `GroupCommitSqliteDriver.readNow`), as Kysely would give them;
 * undefined when it must go through Kysely (PostgreSQL, a transaction, a write
 * or a transaction under way).
 */
export function readNow(db: object, query: CompiledQuery): UnknownRow[] | undefined {
  const rows = sqliteDrivers.get(db)?.readNow(query.sql, query.parameters);
  if (rows) readBooleans(rows);
  return rows;
}

/** PostgreSQL types read the way SQLite gives them: bigint counts as numbers, times as ISO strings. */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8) return (v: string) => Number(v);
    if (oid === pg.types.builtins.TIMESTAMPTZ || oid === pg.types.builtins.TIMESTAMP) {
      return (v: string) => new Date(oid === pg.types.builtins.TIMESTAMP ? `${v}Z` : v).toISOString();
    }
    return pg.types.getTypeParser(oid, format);
  },
};

/**
 * better-sqlite3 compiles a statement on every `prepare`, and Kysely's driver
 * prepares every query. Compiled statements are kept by their SQL text (queries
 * are parameterised, so the set is small), except while one is busy streaming.
 */
export function withStatementCache(database: SQLite.Database, limit = 1000) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sqlText: string): SQLite.Statement {
      const cached = cache.get(sqlText);
      if (cached && !cached.busy) return cached;
      const statement = database.prepare(sqlText);
      if (!cached) {
        if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
        cache.set(sqlText, statement);
      }
      return statement;
    },
    close(): void {
      cache.clear();
      database.close();
    },
  };
}

/**
 * Runs `analyze` (ANALYZE, or `PRAGMA optimize`, which runs it where statistics
 * are stale), then keeps only the averages of `sqlite_stat1`: the index samples
 * of `sqlite_stat4` are deleted and the statistics read again. better-sqlite3
 * builds SQLite with SQLITE_ENABLE_STAT4, and with samples loaded the planner
 * marks every parameter whose value it compared against them (an equality on an
 * indexed column: `customer_code = ?`, `token_id = ?`) so that binding it again
 * expires the statement, and better-sqlite3 binds every parameter on every run:
 * each run compiled the statement again. The POS scan's customer lookup took
 * 3 to 4 times as long (about 200 µs instead of 60), and a statement keeps its
 * mark for life, even across a later reload of the statistics, so this runs
 * before the connection prepares anything. Without samples SQLite plans as its
 * default build does (SQLITE_ENABLE_STAT4 is off by default), from averages,
 * and keeps its plans stable. Writes nothing when there are no samples; if the
 * samples cannot be deleted (a full disk), says so and goes on: slower, not wrong.
 */
export function withoutSamples(database: SQLite.Database, analyze: () => unknown): void {
  analyze();
  const stat4 = database.prepare(
    "select 1 from sqlite_schema where type = 'table' and name = 'sqlite_stat4'",
  );
  if (stat4.get() === undefined) return;
  if (database.prepare('select 1 from sqlite_stat4 limit 1').get() === undefined) return;
  try {
    // `analyze sqlite_schema` gathers nothing (system tables are skipped) and reloads the statistics.
    database.exec('delete from sqlite_stat4; analyze sqlite_schema');
  } catch (err) {
    process.stderr.write(
      `mercato: SQLite statistics: index samples kept (${(err as Error).message}); queries run slower\n`,
    );
  }
}

/**
 * Frames in the write-ahead log past which the checkpointer makes it start over
 * (about 40 MB of 4 KiB pages). Each start costs the app's writers a wait (the
 * RESTART holds them while it syncs the database file) and the first commit
 * after it a sync of the log's header, both on the event loop: under the POS
 * order-credit benchmark, 1,000 frames meant five starts a second and 0.8 s of
 * stalls in 12 s; 10,000 halved the stalls and cut p99 by about 12 ms.
 */
const WAL_RESTART_FRAMES = 10_000;

/**
 * SQLite's automatic checkpoint runs inside whichever commit crosses the WAL
 * threshold, on the event loop: it copies the log into the database and syncs
 * the file, stalling every request behind it. Here the app's connection never
 * checkpoints; a worker thread with its own connection does, every
 * `intervalMs`. PASSIVE checkpoints never block readers or writers, and never
 * write to the database as a transaction would, so the app's connection stays
 * its only writer.
 *
 * A PASSIVE checkpoint alone starves under commits that never pause: while it
 * copies and syncs, new frames are appended behind it, so the log is never
 * wholly copied, the next writer never starts it over, and it grows without
 * bound (52 MB after ten seconds of the refresh benchmark). So once a passive
 * pass finds `restartFrames` or more, a RESTART follows: it has only the
 * frames appended since left to copy, and holds the app's writers (they wait
 * in their busy handler) just for that, after which the next commit writes
 * from the start of the log again and truncates it to `journal_size_limit`.
 */
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file);
db.pragma('busy_timeout = 5000');
const run = (pragma) => {
  try { return db.pragma(pragma); } catch (err) { parentPort.postMessage(pragma + ': ' + err.message); }
};
const checkpoint = () => {
  const [state] = run('wal_checkpoint(PASSIVE)') ?? [];
  if (state && state.log >= workerData.restartFrames) run('wal_checkpoint(RESTART)');
};
const checkpoints = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(checkpoints);
  run('wal_checkpoint(PASSIVE)');
  db.close();
  parentPort.close();
});
`;

/** Starts the checkpointer; the function it returns stops it and resolves once its connection is closed. */
function startCheckpointer(
  file: string,
  intervalMs = 200,
  restartFrames = WAL_RESTART_FRAMES,
): () => Promise<void> {
  const worker = new Worker(CHECKPOINTER, {
    eval: true,
    workerData: {
      file,
      intervalMs,
      restartFrames,
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
    },
  });
  worker.on('message', (problem: string) =>
    process.stderr.write(`mercato: SQLite maintenance: ${problem}\n`),
  );
  worker.on('error', (err) => process.stderr.write(`mercato: SQLite maintenance stopped: ${err.message}\n`));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // After the listeners: adding a 'message' listener refs the worker again.
  worker.unref();
  return () => {
    // Held until its connection is closed, so that whoever closed the database
    // may delete its files (a test) or rely on its last checkpoint (an exit).
    worker.ref();
    worker.postMessage('close');
    return exited;
  };
}

export interface Connection {
  db: DB;
  kind: DialectKind;
  /** Where the data lives, with any password hidden. */
  location: string;
}

/** `DATABASE_CONNECT_TIMEOUT_MS` when the caller's settings do not say. */
const CONNECT_TIMEOUT_MS = 5000;

export function connect(
  config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'DATABASE_POOL_SIZE'> &
    Partial<Pick<Config, 'DATABASE_CONNECT_TIMEOUT_MS'>>,
  /** SQLite: frames past which the log starts over (tests make it small). */
  { walRestartFrames = WAL_RESTART_FRAMES }: { walRestartFrames?: number } = {},
): Connection {
  if (config.DATABASE_URL) {
    const pool = new pg.Pool({
      connectionString: config.DATABASE_URL,
      max: config.DATABASE_POOL_SIZE,
      // A server that takes the connection and never answers (stopped, blackholed), or a pool
      // whose every client is busy: the query fails after this ("timeout exceeded when trying
      // to connect", a 503) rather than waiting for ever.
      connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS ?? CONNECT_TIMEOUT_MS,
      types: pgTypes,
      // A client that has sat idle is reused rather than reconnecting on every burst.
      idleTimeoutMillis: 30_000,
    });
    // An idle client whose server goes away (restart, failover, a dropped database)
    // is discarded by the pool; without a listener Node would treat the event as fatal.
    pool.on('error', (err) => {
      process.stderr.write(`mercato: idle PostgreSQL connection closed: ${err.message}\n`);
    });
    // The pool listens only while a client is idle: one checked out (a transaction between
    // two statements) whose connection ends would otherwise crash the process. Its next
    // statement fails instead (503), and the pool drops it when it is released.
    pool.on('connect', (client) => {
      client.on('error', (err) => {
        process.stderr.write(`mercato: PostgreSQL connection in use closed: ${err.message}\n`);
      });
    });
    const url = new URL(config.DATABASE_URL);
    if (url.password) url.password = '***';
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      kind: 'postgres',
      location: url.toString(),
    };
  }
  const file = path.resolve(config.DATA_DIR, 'mercato.sqlite');
  let database: SQLite.Database;
  try {
    mkdirSync(config.DATA_DIR, { recursive: true });
    database = new SQLite(file);
    // The first statement that writes: a full or read-only disk fails here.
    database.pragma('journal_mode = WAL');
  } catch (err) {
    // One line naming the directory and the cause, not a stack trace.
    throw directoryError('DATA_DIR', path.resolve(config.DATA_DIR), 'the database', err);
  }
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  database.pragma('wal_autocheckpoint = 0');
  // SQLite keeps 2 MB of pages by default: a database of 100,000 users and subscribers reads most
  // pages from the OS on every lookup. Up to 64 MB of page cache, taken as used. (Not a memory
  // map: an I/O error reading one is a signal that ends the process, not an error to answer.)
  database.pragma('cache_size = -65536');
  // Once restarted, the log gives back the disk a burst of writes took beyond this.
  database.pragma(`journal_size_limit = ${walRestartFrames * 4096}`);
  // The planner's statistics follow the data: SQLite's advice for long-lived
  // connections is optimize=0x10002 on open, then optimize now and then. Never
  // inside a transaction the app has open on this connection. Before any
  // statement is prepared on it: see `withoutSamples`.
  withoutSamples(database, () => database.pragma('optimize = 0x10002'));
  const optimize = setInterval(() => {
    if (database.inTransaction) return;
    try {
      withoutSamples(database, () => database.pragma('optimize'));
    } catch (err) {
      // A timer's exception would end the process; fresh statistics can wait for the next hour.
      process.stderr.write(`mercato: SQLite statistics not refreshed: ${(err as Error).message}\n`);
    }
  }, 3_600_000);
  optimize.unref();
  const stopCheckpointer = startCheckpointer(file, 200, walRestartFrames);
  const dialect = new MercatoSqliteDialect(database, () => {
    clearInterval(optimize);
    return stopCheckpointer();
  });
  const db = new Kysely<Database>({ dialect, plugins: [new SqliteBooleans()] });
  sqliteDrivers.set(db, dialect.driver);
  return { db, kind: 'sqlite', location: file };
}

export function dialectOf(db: AnyDB): DialectKind {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Column types for migrations, chosen per dialect. */
export function columnTypes(db: AnyDB) {
  const pgsql = dialectOf(db) === 'postgres';
  return {
    id: pgsql ? ('uuid' as const) : ('text' as const),
    timestamp: pgsql ? ('timestamptz' as const) : ('text' as const),
    boolean: pgsql ? ('boolean' as const) : ('integer' as const),
    bigint: pgsql ? ('bigint' as const) : ('integer' as const),
    json: pgsql ? ('jsonb' as const) : ('text' as const),
  };
}

/** Case-insensitive "contains": `ILIKE` on PostgreSQL, `LIKE` (ASCII case-insensitive) on SQLite. */
export function containsInsensitive(
  db: AnyDB,
  column: Expression<unknown>,
  term: string,
): Expression<SqlBool> {
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return dialectOf(db) === 'postgres'
    ? sql<SqlBool>`${column} ilike ${pattern} escape '\\'`
    : sql<SqlBool>`${column} like ${pattern} escape '\\'`;
}

/**
 * `FOR UPDATE SKIP LOCKED` on PostgreSQL, so several workers share a queue; SQLite
 * has a single writer, where the surrounding statement is already atomic.
 */
export function skipLocked<QB extends { forUpdate(): QB; skipLocked(): QB }>(db: AnyDB, qb: QB): QB {
  return dialectOf(db) === 'postgres' ? qb.forUpdate().skipLocked() : qb;
}

/** `FOR UPDATE` row lock on PostgreSQL; SQLite transactions already hold the write lock. */
export function forUpdate<QB extends { forUpdate(): QB }>(db: AnyDB, qb: QB): QB {
  return dialectOf(db) === 'postgres' ? qb.forUpdate() : qb;
}

export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string } | null;
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

export function isForeignKeyViolation(error: unknown): boolean {
  const e = error as { code?: string } | null;
  return e?.code === '23503' || e?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** Node's and pg's errors for a connection that cannot be made or was lost. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);
const PG_CONNECTION_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed)/;

/**
 * Whether `error` says the database cannot serve now rather than that the
 * request is wrong: `unreachable` (no connection: refused, lost, the server
 * shutting down, PostgreSQL classes 08 and 57P0x) or `storage` (it answers but
 * cannot write: a full or failing disk, a read-only file or server). Either is
 * a 503 to the client; `storage` also makes the instance not ready until a
 * write succeeds again (see platform/storage-health.ts).
 */
export function databaseFault(error: unknown): 'unreachable' | 'storage' | undefined {
  const e = error as { code?: unknown; message?: unknown; cause?: unknown } | null;
  if (!e || typeof e !== 'object') return undefined;
  const code = typeof e.code === 'string' ? e.code : '';
  if (/^SQLITE_(CANTOPEN|IOERR|FULL|READONLY)/.test(code)) return 'storage';
  if (code === '53100' || code === '58030' || code === '25006') return 'storage';
  if (CONNECTION_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code) || code === '53300')
    return 'unreachable';
  if (error instanceof Error && PG_CONNECTION_MESSAGE.test(error.message)) return 'unreachable';
  return e.cause && e.cause !== error ? databaseFault(e.cause) : undefined;
}

/**
 * A write that leaves nothing behind: SQLite rewrites its header's
 * `user_version` (a real write to the log); PostgreSQL commits a temporary
 * table dropped at commit (catalogue rows written to the log, refused by a
 * read-only server or transaction). Throws what a failing write throws.
 */
export async function probeWrite(db: AnyDB): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await db.transaction().execute(async (trx) => {
      await sql`create temporary table mercato_write_probe (x integer) on commit drop`.execute(trx);
    });
    return;
  }
  const { rows } = await sql<{ user_version: number }>`pragma user_version`.execute(db);
  await sql.raw(`pragma user_version = ${Number(rows[0]?.user_version ?? 0)}`).execute(db);
}

/**
 * A random (v4) UUID made by the database, for set-based inserts (`insert …
 * select`) that create many rows in one statement: `gen_random_uuid()` on
 * PostgreSQL, built from `randomblob` on SQLite.
 */
export function randomUuid(db: AnyDB): RawBuilder<string> {
  return dialectOf(db) === 'postgres'
    ? sql<string>`gen_random_uuid()`
    : sql<string>`lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;
}

/**
 * Whole days (rounded down) from the instant `from` (an ISO-8601 string) to the
 * time in `to`: `julianday` on SQLite, an interval's epoch on PostgreSQL.
 * Billing's pro rata counts the days of a month before a subscriber joined
 * with it, set-based.
 */
export function wholeDaysSince(db: AnyDB, from: string, to: Expression<unknown>): RawBuilder<number> {
  return dialectOf(db) === 'postgres'
    ? sql<number>`cast(floor(extract(epoch from (${to} - cast(${from} as timestamptz))) / 86400) as integer)`
    : sql<number>`cast(julianday(${to}) - julianday(${from}) as integer)`;
}

/**
 * An ISO-8601 time as a value to compare with a time column where its type
 * cannot be inferred (a `values` list): `timestamptz` on PostgreSQL, the text
 * itself on SQLite (where times are ISO strings, compared as text).
 */
export function timestampValue(db: AnyDB, iso: string): RawBuilder<string> {
  return dialectOf(db) === 'postgres' ? sql<string>`cast(${iso} as timestamptz)` : sql<string>`${iso}`;
}
