/**
 * Use cases own their transaction and pass `trx` explicitly. `transaction()` also
 * collects after-commit hooks, so side effects written inside (jobs, and through
 * them mail and webhooks) are started only once the change is durable, and never
 * for a transaction that rolled back.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/dialect.js';
import type { Executor, Trx } from '../db/executor.js';
import type { Database } from '../db/schema.js';

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
