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

const hooksByTransaction = new WeakMap<Kysely<Database>, Array<() => void>>();

export async function transaction<T>(db: DB, work: (trx: Trx) => Promise<T>): Promise<T> {
  const hooks: Array<() => void> = [];
  const result = await db.transaction().execute(async (trx) => {
    hooksByTransaction.set(trx, hooks);
    return work(trx);
  });
  for (const hook of hooks) hook();
  return result;
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
  hooksByTransaction.get(executor)?.push(hook);
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
