/**
 * Use cases own their transaction and pass `trx` explicitly. `transaction()` also
 * collects after-commit hooks, so side effects written inside (jobs, and through
 * them mail and webhooks) are started only once the change is durable, and never
 * for a transaction that rolled back.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import { type DB, dialectOf } from '../db/dialect.js';
import type { Executor, Trx } from '../db/executor.js';
import type { Database } from '../db/schema.js';
import { JOIN_GROUP_COMMIT } from '../db/sqlite-driver.js';

export type { Executor, Trx } from '../db/executor.js';

interface TransactionHooks {
  /** Run in the transaction once its work is done, in the order they came (see `beforeCommit`). */
  beforeCommit: Array<() => Promise<void>>;
  afterCommit: Array<() => void>;
}

const hooksByTransaction = new WeakMap<Kysely<Database>, TransactionHooks>();

export async function transaction<T>(db: DB, work: (trx: Trx) => Promise<T>): Promise<T> {
  const hooks: TransactionHooks = { beforeCommit: [], afterCommit: [] };
  const result = await db.transaction().execute(async (trx) => {
    hooksByTransaction.set(trx, hooks);
    const value = await work(trx);
    // A hook may add others; each runs once.
    for (let i = 0; i < hooks.beforeCommit.length; i += 1) await hooks.beforeCommit[i]?.();
    return value;
  });
  for (const hook of hooks.afterCommit) hook();
  return result;
}

/**
 * Runs `hook` inside the surrounding transaction after its work, just before it
 * commits: for what must be written once per transaction from everything it
 * changed (the catalogue's "from" prices, taking their row locks last and in
 * one order). A failing hook rolls the transaction back. Returns false, running
 * nothing, when `executor` is not a transaction opened by `transaction()`: the
 * caller then does the work at once.
 */
export function beforeCommit(executor: Executor, hook: () => Promise<void>): boolean {
  const hooks = executor.isTransaction ? hooksByTransaction.get(executor) : undefined;
  if (!hooks) return false;
  hooks.beforeCommit.push(hook);
  return true;
}

/**
 * Runs `hook` after the surrounding transaction commits (or at once when `executor`
 * is not a transaction). Inside a transaction not opened by `transaction()`, the
 * hook is dropped: whatever it would have nudged (the job worker) finds the work by polling.
 */
export function afterCommit(executor: Executor, hook: () => void): void {
  if (!executor.isTransaction) {
    queueMicrotask(hook);
    return;
  }
  hooksByTransaction.get(executor)?.afterCommit.push(hook);
}

/**
 * `transaction()` for a short use case that waits on nothing but the database
 * (a few statements, no provider call, no password hash). On SQLite it joins
 * the group commit: it still runs alone and its rollback undoes only its own
 * writes, but it shares the commit of the writes around it instead of making
 * one of its own (db/sqlite-driver.ts). On PostgreSQL it is `transaction()`.
 */
export async function groupedTransaction<T>(db: DB, work: (trx: Trx) => Promise<T>): Promise<T> {
  if (dialectOf(db) === 'postgres') return transaction(db, work);
  return db.connection().execute(async (connection) => {
    await connection.executeQuery(CompiledQuery.raw(JOIN_GROUP_COMMIT));
    return transaction(connection, work);
  });
}
