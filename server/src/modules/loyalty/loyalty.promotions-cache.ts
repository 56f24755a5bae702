/**
 * The promotions a scan may offer, kept in memory: every active promotion that
 * has not ended, read once, then filtered on each scan against the clock (dates
 * are exact, not cached) and, when one has a per-customer limit, the
 * customer's uses.
 *
 * Correctness: every change of a promotion (create, edit, deactivate, and a
 * redemption, which moves its count) emits `promotion.changed`, whose listener
 * forgets the list after the change commits, here and (with Redis) in the
 * other instances; a list read while a change happened is not kept. Without
 * Redis, or if a message is lost, a list lives at most `ttlMs`. What the scan
 * shows is advice: a redemption checks everything again, atomically.
 */
import type { LoyaltyPromotionsTable } from './loyalty.tables.js';

export interface CachedPromotion {
  row: LoyaltyPromotionsTable;
  /** The signed payload of its QR code (an HMAC: computed once per list). */
  qrData: string;
}

/** Whether `p` can be used at `now` by anyone (active, within its dates, not used up). */
export function usableNow(p: LoyaltyPromotionsTable, now: string): boolean {
  return (
    p.is_active &&
    (p.starts_at === null || p.starts_at <= now) &&
    (p.ends_at === null || p.ends_at > now) &&
    (p.max_redemptions === null || p.redemptions_count < p.max_redemptions)
  );
}

export class PromotionsCache {
  #version = 0;
  #list: { version: number; expires: number; items: CachedPromotion[] } | undefined;
  #loading: { version: number; promise: Promise<CachedPromotion[]> } | undefined;

  constructor(
    private readonly load: () => Promise<CachedPromotion[]>,
    private readonly ttlMs = 5_000,
  ) {}

  /** Forgets the list (a promotion changed). */
  bump(): void {
    this.#version += 1;
    this.#list = undefined;
    this.#loading = undefined;
  }

  /** Active promotions not yet ended, cheapest first; concurrent misses share one read. */
  async get(): Promise<CachedPromotion[]> {
    const list = this.#list;
    if (list && list.version === this.#version && list.expires > Date.now()) return list.items;
    const version = this.#version;
    if (this.#loading?.version !== version) {
      const promise = this.load().then((items) => {
        // A list read while a change happened may predate it: not kept.
        if (this.#version === version) this.#list = { version, expires: Date.now() + this.ttlMs, items };
        if (this.#loading?.promise === promise) this.#loading = undefined;
        return items;
      });
      promise.catch(() => {
        if (this.#loading?.promise === promise) this.#loading = undefined;
      });
      this.#loading = { version, promise };
    }
    return this.#loading.promise;
  }
}
