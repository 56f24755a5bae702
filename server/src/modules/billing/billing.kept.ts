/**
 * What the subscriber list reads without a search, kept in memory: how many
 * subscribers each filter selects (a page would otherwise count 100,000 rows
 * on every request) and the subscriber rows of recent pages (with their
 * package). Their users are not kept: each page reads them from identity, so a
 * renamed user shows at once. Searches are not kept at all.
 *
 * Exactness: every write of a subscriber or a package emits
 * `subscriber.changed` in its transaction; the listener forgets everything
 * once the change commits, here before the writer is answered and (with
 * Redis) in the other instances. A value read while a change happened may
 * predate it, so it is not kept. Without Redis, or when a message is lost, a
 * value lives at most `ttlMs`, and everything is forgotten when the events of
 * other instances may have been missed (`onMissed`).
 */
export class KeptReads<T> {
  #version = 0;
  readonly #kept = new Map<string, { version: number; expires: number; value: T }>();
  readonly #loading = new Map<string, { version: number; promise: Promise<T> }>();

  constructor(
    private readonly ttlMs = 5_000,
    /** At most this many values are kept (the oldest go first). */
    private readonly capacity = 1_000,
  ) {}

  /** Forgets every value (a subscriber or a package changed). */
  forget(): void {
    this.#version += 1;
    this.#kept.clear();
    this.#loading.clear();
  }

  /** The value under `key`, from memory or from `load`; concurrent misses share one read. */
  get(key: string, load: () => Promise<T>): Promise<T> {
    const kept = this.#kept.get(key);
    if (kept && kept.version === this.#version && kept.expires > Date.now())
      return Promise.resolve(kept.value);
    const version = this.#version;
    const pending = this.#loading.get(key);
    if (pending?.version === version) return pending.promise;
    const promise = load().then(
      (value) => {
        if (this.#version === version) {
          this.#kept.delete(key);
          if (this.#kept.size >= this.capacity) {
            const oldest = this.#kept.keys().next();
            if (!oldest.done) this.#kept.delete(oldest.value);
          }
          this.#kept.set(key, { version, expires: Date.now() + this.ttlMs, value });
        }
        if (this.#loading.get(key)?.promise === promise) this.#loading.delete(key);
        return value;
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
