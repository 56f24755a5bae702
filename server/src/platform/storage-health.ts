/**
 * Whether the database took the last writes: a write that failed for want of
 * storage (a full disk, an I/O error, a read-only file or server) makes
 * `/readyz` answer 503 until a write succeeds again, so a load balancer stops
 * sending this instance requests it cannot serve. Kept per database handle, so
 * the error handler, the job worker and the readiness route share it without
 * more wiring.
 */
import type { AnyDB } from '../db/dialect.js';
import { databaseFault, probeWrite } from '../db/dialect.js';

export class StorageHealth {
  #failure: { at: string; cause: string } | undefined;

  constructor(private readonly db: AnyDB) {}

  /** A write failed for want of storage. */
  failed(error: unknown): void {
    const e = error as { code?: unknown; message?: unknown };
    this.#failure = {
      at: new Date().toISOString(),
      cause: typeof e.code === 'string' ? e.code : String(e.message ?? error),
    };
  }

  /**
   * After a failure, tries a write of its own: the failure is forgotten once it
   * succeeds. Resolves what still fails (undefined when writes work).
   */
  async check(): Promise<{ at: string; cause: string } | undefined> {
    const failure = this.#failure;
    if (!failure) return undefined;
    try {
      await probeWrite(this.db);
    } catch (err) {
      this.failed(err);
      return this.#failure;
    }
    if (this.#failure === failure) this.#failure = undefined;
    return this.#failure;
  }
}

const byDatabase = new WeakMap<object, StorageHealth>();

/** The storage health of `db` (one per database handle). */
export function storageHealthOf(db: AnyDB): StorageHealth {
  let health = byDatabase.get(db);
  if (!health) {
    health = new StorageHealth(db);
    byDatabase.set(db, health);
  }
  return health;
}

/**
 * Work outside a request (a job, the worker's round) failed: when the database
 * was the cause (away, or unable to write), `/readyz` says so until a write
 * succeeds again. Returns whether it was the database.
 */
export function noteDatabaseFailure(db: AnyDB, error: unknown): boolean {
  if (!databaseFault(error)) return false;
  storageHealthOf(db).failed(error);
  return true;
}
