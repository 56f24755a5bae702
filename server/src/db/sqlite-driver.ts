/**
 * Kysely's SQLite driver with group commit.
 *
 * The app has one SQLite connection, and every commit appends its pages to the
 * write-ahead log with a system call of its own; with many requests writing at
 * once (token refreshes: one small update each) the commits, not the
 * statements, are most of the database's cost. So writes made outside an
 * explicit transaction share one: the first opens it (`begin immediate`),
 * those that arrive before the event loop next goes idle join it, and it
 * commits then (`setImmediate`). Each of them resolves only once that commit
 * has succeeded, so a caller sees what it would have seen with a commit of its
 * own, only later by the rest of the current turn of the event loop: fewer,
 * larger commits, for a latency the requests already wait in line for.
 *
 * A statement that fails inside the shared transaction is undone alone (SQLite
 * rolls back the statement, not the transaction), and fails its caller at
 * once; if a failure ends the whole transaction (the disk full, an I/O error),
 * every caller in it gets that error, as nothing of theirs was kept. Reads
 * made while one is open run inside it and wait for its commit too: they may
 * have read its writes. Explicit transactions (`db.transaction()`) run alone,
 * as before: beginning one commits the shared transaction first, and other
 * statements wait until it ends.
 *
 * A short transaction may instead join the shared one (`groupedTransaction()`
 * in platform/transaction.ts): it runs alone as well (other statements wait),
 * but inside the shared transaction under a savepoint, so its rollback undoes
 * only its own writes while its commit is the shared one: it is answered once
 * that commit succeeded. Only for transactions that wait on nothing but the
 * database: the shared commit waits until they end.
 */
import type SQLite from 'better-sqlite3';
import {
  type CompiledQuery,
  type DatabaseConnection,
  DeleteQueryNode,
  InsertQueryNode,
  type QueryResult,
  SqliteDriver,
  UpdateQueryNode,
} from 'kysely';

/** A promise and what settles it (Promise.withResolvers, from Node 22 on). */
function deferred() {
  let resolve = () => {};
  let reject: (err: unknown) => void = () => {};
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A transaction shared by the writes of one turn of the event loop: settled by its commit. */
type Batch = ReturnType<typeof deferred>;

/** An explicit transaction and the handle it runs on. `batch`: the shared one it joined. */
type Explicit = { owner: Handle; batch?: Batch };

/** A statement or a transaction waiting for the explicit transaction to end. */
type Waiter = { resolve(): void; begins: boolean };

/**
 * Sent on a connection (`db.connection()`) before its transaction begins: that
 * transaction joins the shared one (see `groupedTransaction()`).
 */
export const JOIN_GROUP_COMMIT = "/* mercato: this connection's next transaction joins the group commit */";

/** The connection's statement cache (`withStatementCache`): closing it closes the connection. */
type Statements = { prepare(sqlText: string): SQLite.Statement; close(): void };

/** Writes that may share a transaction: Kysely's inserts, updates and deletes (raw SQL runs on its own). */
function isSharedWrite(query: CompiledQuery): boolean {
  const node = query.query;
  return InsertQueryNode.is(node) || UpdateQueryNode.is(node) || DeleteQueryNode.is(node);
}

function run(statement: SQLite.Statement, parameters: readonly unknown[]): QueryResult<unknown> {
  if (statement.reader) return { rows: statement.all(parameters) };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

class Handle implements DatabaseConnection {
  /** Its next transaction joins the shared one. */
  grouped = false;

  constructor(private readonly driver: GroupCommitSqliteDriver) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.driver.execute(this, query) as Promise<QueryResult<R>>;
  }

  // biome-ignore lint/correctness/useYield: nothing to stream; Kysely's SQLite driver streams selects only, and Mercato never does
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported by this driver.');
  }
}

export class GroupCommitSqliteDriver extends SqliteDriver {
  #batch: Batch | undefined;
  #explicit: Explicit | undefined;
  /** First come, first served: woken one transaction at a time (with the statements queued before it). */
  readonly #waiting: Waiter[] = [];
  /** A waiting transaction was woken and has not begun yet: newcomers queue behind it. */
  #handedOver = false;

  constructor(
    private readonly database: SQLite.Database,
    private readonly statements: Statements,
    private readonly afterClose: () => Promise<void>,
  ) {
    super({ database });
  }

  override async init(): Promise<void> {}

  override async acquireConnection(): Promise<DatabaseConnection> {
    return new Handle(this);
  }

  override async releaseConnection(): Promise<void> {}

  /**
   * `begin immediate` takes the write lock as the transaction begins, waiting
   * for it in the busy handler (the checkpointer holds it during a RESTART). A
   * deferred `begin` would take it at the first write, and SQLite cannot wait
   * for a lock a transaction lacks once it has read (it would risk a deadlock):
   * that write would fail at once with SQLITE_BUSY.
   */
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const turn = this.#turn(true);
    if (turn) await turn;
    this.#handedOver = false;
    const handle = connection as Handle;
    if (handle.grouped) {
      handle.grouped = false;
      try {
        const batch = this.#batch ?? this.#openBatch();
        this.database.exec('savepoint grouped');
        this.#explicit = { owner: handle, batch };
      } catch (err) {
        // Not begun: the next in line goes on.
        this.#wakeNext();
        throw err;
      }
      return;
    }
    this.#commitBatch();
    this.#explicit = { owner: connection as Handle };
    try {
      this.database.exec('begin immediate');
    } catch (err) {
      this.#endExplicit();
      throw err;
    }
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const explicit = this.#explicit;
    if (explicit?.owner !== connection) return;
    if (explicit.batch) {
      // Its writes are now the shared transaction's: answered by that commit.
      this.database.exec('release grouped');
      this.#endExplicit();
      return explicit.batch.promise;
    }
    try {
      this.database.exec('commit');
    } finally {
      // A commit that fails (a deferred constraint) leaves the transaction open for the rollback.
      if (!this.database.inTransaction) this.#endExplicit();
    }
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const explicit = this.#explicit;
    // Not (or no longer) its transaction: a grouped one whose shared commit failed.
    if (explicit?.owner !== connection) return;
    if (explicit.batch) {
      try {
        if (this.database.inTransaction) {
          this.database.exec('rollback to grouped');
          this.database.exec('release grouped');
        } else this.#failBatch(explicit.batch, new Error('the shared transaction was rolled back'));
      } finally {
        this.#endExplicit();
      }
      return;
    }
    try {
      if (this.database.inTransaction) this.database.exec('rollback');
    } finally {
      this.#endExplicit();
    }
  }

  override async destroy(): Promise<void> {
    await this.#turn(false);
    this.#commitBatch();
    this.statements.close();
    await this.afterClose();
  }

  /**
   * The rows of a read-only statement, run now, when `execute` would run it
   * alone at once (no explicit transaction running or waiting, no shared one
   * open): the same answer without Kysely's connection and promise handling.
   * Undefined otherwise, or for a statement that writes.
   */
  readNow(sqlText: string, parameters: readonly unknown[]): Record<string, unknown>[] | undefined {
    if (!this.#free() || this.#batch) return undefined;
    const statement = this.statements.prepare(sqlText);
    if (!statement.reader || !statement.readonly) return undefined;
    return statement.all(parameters) as Record<string, unknown>[];
  }

  /** Runs one statement for `handle`: in its explicit transaction, in the shared one, or alone. */
  async execute(handle: Handle, query: CompiledQuery): Promise<QueryResult<unknown>> {
    if (query.sql === JOIN_GROUP_COMMIT) {
      handle.grouped = true;
      return { rows: [] };
    }
    if (this.#explicit?.owner === handle) return run(this.statements.prepare(query.sql), query.parameters);
    const turn = this.#turn(false);
    if (turn) await turn;
    const statement = this.statements.prepare(query.sql);
    const shared = isSharedWrite(query);
    if (!shared && !this.#batch) return run(statement, query.parameters);
    if (!shared && !statement.readonly) {
      // DDL, pragmas and raw writes run on their own, after the writes before them.
      this.#commitBatch();
      return run(statement, query.parameters);
    }
    const batch = this.#batch ?? this.#openBatch();
    let result: QueryResult<unknown>;
    try {
      result = run(statement, query.parameters);
    } catch (err) {
      if (!this.database.inTransaction) this.#failBatch(batch, err);
      throw err;
    }
    await batch.promise;
    return result;
  }

  #openBatch(): Batch {
    this.database.exec('begin immediate');
    const batch = deferred();
    // Awaited by every statement in it; this keeps a failure nobody awaits any more from being unhandled.
    batch.promise.catch(() => {});
    this.#batch = batch;
    this.#commitSoon(batch);
    return batch;
  }

  /** Commits `batch` once the event loop has run what is ready, and no grouped transaction is inside it. */
  #commitSoon(batch: Batch): void {
    setImmediate(() => {
      if (this.#batch === batch && this.#explicit?.batch !== batch) this.#commitBatch();
    });
  }

  /** Commits the shared transaction, if one is open. */
  #commitBatch(): void {
    const batch = this.#batch;
    if (!batch) return;
    try {
      this.database.exec('commit');
      this.#batch = undefined;
      batch.resolve();
    } catch (err) {
      try {
        if (this.database.inTransaction) this.database.exec('rollback');
      } finally {
        this.#failBatch(batch, err);
      }
    }
  }

  #failBatch(batch: Batch, err: unknown): void {
    if (this.#batch === batch) this.#batch = undefined;
    batch.reject(err);
  }

  /** No explicit transaction runs, is about to begin, or waits. */
  #free(): boolean {
    return !this.#explicit && !this.#handedOver && this.#waiting.length === 0;
  }

  /**
   * Undefined when nothing runs or waits; otherwise resolves when the caller's
   * turn comes (first come, first served). `begins`: the caller begins an
   * explicit transaction, so those behind it wait for its end; it is woken
   * alone, and its turn is kept for it (`#handedOver`) until it begins.
   */
  #turn(begins: boolean): Promise<void> | undefined {
    if (this.#free()) return undefined;
    return new Promise<void>((resolve) => this.#waiting.push({ resolve, begins }));
  }

  #endExplicit(): void {
    const explicit = this.#explicit;
    this.#explicit = undefined;
    // The shared commit skipped while this grouped transaction was inside it.
    if (explicit?.batch) this.#commitSoon(explicit.batch);
    this.#wakeNext();
  }

  /** Wakes the statements at the head of the line and the first transaction among them. */
  #wakeNext(): void {
    while (this.#waiting.length > 0) {
      const next = this.#waiting.shift() as Waiter;
      if (next.begins) this.#handedOver = true;
      next.resolve();
      if (next.begins) break;
    }
  }
}
