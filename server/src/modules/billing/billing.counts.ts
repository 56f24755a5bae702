/**
 * How many subscribers each filter of the list selects, kept in memory: a page
 * of `GET /api/v1/customers` would otherwise count 100,000 rows on every
 * request. Searches are not kept (each is counted).
 *
 * Exactness: every write that can change a count (a subscriber added or
 * removed, or its status, connection type or package changed) emits
 * `subscriber.changed` in its transaction; the listener forgets every count
 * once the change commits, here before the writer is answered and (with
 * Redis) in the other instances. A count read while a change happened may
 * predate it, so it is not kept. Without Redis, or when a message is lost, a
 * count lives at most `ttlMs`, and every count is forgotten when the events of
 * other instances may have been missed (`onMissed`).
 */
export class SubscriberCounts {
  #version = 0;
  readonly #counts = new Map<string, { version: number; expires: number; count: number }>();
  readonly #loading = new Map<string, { version: number; promise: Promise<number> }>();

  constructor(private readonly ttlMs = 5_000) {}

  /** Forgets every count (a subscriber changed). */
  forget(): void {
    this.#version += 1;
    this.#counts.clear();
    this.#loading.clear();
  }

  /** The count under `key`, from memory or from `load`; concurrent misses share one read. */
  get(key: string, load: () => Promise<number>): Promise<number> {
    const kept = this.#counts.get(key);
    if (kept && kept.version === this.#version && kept.expires > Date.now()) return Promise.resolve(kept.count);
    const version = this.#version;
    const pending = this.#loading.get(key);
    if (pending?.version === version) return pending.promise;
    const promise = load().then(
      (count) => {
        if (this.#version === version) this.#counts.set(key, { version, expires: Date.now() + this.ttlMs, count });
        if (this.#loading.get(key)?.promise === promise) this.#loading.delete(key);
        return count;
      },
      (err: unknown) => {
        if (this.#loading.get(key)?.promise === promise) this.#loading.delete(key);
        throw err;
      },
    );
    this.#loading.set(key, { version, promise });
    return promise;
  }
}
