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
 *   stale another instance's answer can be.
 */
export class ResponseCache {
  #version = 0;
  readonly #entries = new Map<string, { version: number; expires: number; body: Buffer }>();

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

  /** The catalogue changed: forget everything. */
  bump(): void {
    this.#version += 1;
    this.#entries.clear();
  }
}
