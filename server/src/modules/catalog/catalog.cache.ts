/**
 * A small in-process cache of public catalogue responses (the product list and
 * detail, the category list), already serialized and encoded: a Buffer goes to
 * the socket as it is, where a string would be encoded again on every answer.
 *
 * Correctness:
 * - every catalogue write (products, categories, images), stock change and
 *   seller decision emits an event whose listener bumps the version after its
 *   transaction commits, which empties the cache;
 * - a response computed while a bump happened is not stored (its data may
 *   predate the bump);
 * - other instances hear the same events over Redis pub/sub (when `REDIS_URL`
 *   is set) and bump theirs; without Redis, or if a message is lost, an entry lives
 *   at most `ttlMs` (`CATALOG_CACHE_TTL_MS`, 1 s by default), which bounds how
 *   stale another instance's answer can be;
 * - concurrent misses for one key wait for one computation (`load`): at each
 *   expiry or change, one query runs instead of one per request in flight. A
 *   request that arrives after a bump never joins a computation started before
 *   it, and a failed computation reaches every waiter and is not kept.
 */
export class ResponseCache {
  #version = 0;
  readonly #entries = new Map<string, { version: number; expires: number; body: Buffer }>();
  /** Computations in flight, by key, for the current version (a bump forgets them). */
  readonly #loading = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly options: { ttlMs: number; maxEntries: number; now?: () => number } = {
      ttlMs: 1000,
      maxEntries: 1000,
    },
  ) {}

  get version(): number {
    return this.#version;
  }

  #now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }

  get(key: string): Buffer | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== this.#version || entry.expires <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.body;
  }

  /** Stores `body` unless the catalogue changed since `version` was read. */
  set(key: string, body: Buffer, version: number): void {
    if (version !== this.#version || this.options.ttlMs <= 0) return;
    if (this.#entries.size >= this.options.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, { version, expires: this.#now() + this.options.ttlMs, body });
  }

  /**
   * The cached body for `key`, or the one `compute` makes, stored for next
   * time. Callers that miss while a computation for `key` is in flight share
   * it. With the cache off (`ttlMs` 0) every call computes.
   */
  load(key: string, compute: () => Promise<Buffer>): Promise<Buffer> {
    const hit = this.get(key);
    if (hit !== undefined) return Promise.resolve(hit);
    if (this.options.ttlMs <= 0) return compute();
    const inFlight = this.#loading.get(key);
    if (inFlight !== undefined) return inFlight;
    const version = this.#version;
    const loading = compute().then(
      (body) => {
        this.#settled(key, loading);
        this.set(key, body, version);
        return body;
      },
      (err: unknown) => {
        this.#settled(key, loading);
        throw err;
      },
    );
    this.#loading.set(key, loading);
    return loading;
  }

  #settled(key: string, loading: Promise<Buffer>): void {
    // A bump may have made way for a newer computation of the same key: leave that one.
    if (this.#loading.get(key) === loading) this.#loading.delete(key);
  }

  /** The catalogue changed: forget everything, and let later misses compute afresh. */
  bump(): void {
    this.#version += 1;
    this.#entries.clear();
    this.#loading.clear();
  }
}
