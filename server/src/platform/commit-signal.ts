/**
 * A process-wide signal raised by a transaction and delivered once it commits
 * (never for a rollback): how one module tells another that something it
 * caches changed, without importing it (stock levels, who may sell).
 */
import { afterCommit, type Executor } from './transaction.js';

export interface CommitSignal {
  /** Calls `listener` after every committed raise, in this process. Returns the unsubscribe. */
  on(listener: () => void): () => void;
  /** Call inside the transaction that makes the change. */
  raise(executor: Executor): void;
}

export function commitSignal(): CommitSignal {
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    raise(executor) {
      afterCommit(executor, notify);
    },
  };
}
