/**
 * Values kept in process memory for a short time, forgotten at once when what
 * they were read from changes: the catalogue's public answers, the subscriber
 * list's counts and answers, the sales report, the promotions a scan offers.
 * What makes them exact:
 *
 * - every write they depend on emits an event in its transaction, whose
 *   listener calls `forget()` after the change commits, here before the writer
 *   is answered and (with Redis) in the other instances;
 * - a value computed while a `forget()` happened is not kept (its data may
 *   predate the change), and a request that arrives after a `forget()` never
 *   joins a computation started before it;
 * - without Redis, or when a message is lost, a value lives at most `ttlMs`;
 *   and the owner forgets everything when the events of other instances may
 *   have been missed (`events.onMissed`);
 * - concurrent misses of one key share one computation (`load`): at each
 *   expiry or change, one query runs instead of one per request in flight. A
 *   failed computation reaches every waiter and is not kept.
 *
 * `ttlMs` 0 keeps nothing (every call computes). At most `maxEntries` values
 * are kept; the oldest go first.
 */
export class Kept<T> {
  #version = 0;
  readonly #entries = new Map<string, { version: number; expires: number; value: T }>();
  /** Computations in flight, by key, for the current version (a `forget()` drops them). */
  readonly #loading = new Map<string, Promise<T>>();

  constructor(private readonly options: { ttlMs: number; maxEntries: number; now?: () => number }) {}

  /** Bumped by every `forget()`: `set` keeps a value only if it was read at the current version. */
  get version(): number {
    return this.#version;
  }

  #now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }

  get(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== this.#version || entry.expires <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Keeps `value` unless something changed since `version` was read. */
  set(key: string, value: T, version: number): void {
    if (version !== this.#version || this.options.ttlMs <= 0) return;
    this.#entries.delete(key);
    if (this.#entries.size >= this.options.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { version, expires: this.#now() + this.options.ttlMs, value });
  }

  /**
   * The value kept under `key`, or the one `compute` makes, kept for next
   * time. Callers that miss while a computation of `key` is in flight share it.
   */
  load(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.get(key);
    if (hit !== undefined) return Promise.resolve(hit);
    if (this.options.ttlMs <= 0) return compute();
    const inFlight = this.#loading.get(key);
    if (inFlight !== undefined) return inFlight;
    const version = this.#version;
    const loading = compute().then(
      (value) => {
        this.#settled(key, loading);
        this.set(key, value, version);
        return value;
      },
      (err: unknown) => {
        this.#settled(key, loading);
        throw err;
      },
    );
    this.#loading.set(key, loading);
    return loading;
  }

  #settled(key: string, loading: Promise<T>): void {
    // A forget() may have made way for a newer computation of the same key: leave that one.
    if (this.#loading.get(key) === loading) this.#loading.delete(key);
  }

  /** Something they were read from changed: forget every value, and let later misses compute afresh. */
  forget(): void {
    this.#version += 1;
    this.#entries.clear();
    this.#loading.clear();
  }
}
