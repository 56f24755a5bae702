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
import { Kept } from '../../platform/kept.js';
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
  /** The one list, under one key (platform/kept.ts). */
  readonly #kept: Kept<CachedPromotion[]>;

  constructor(
    private readonly load: () => Promise<CachedPromotion[]>,
    ttlMs = 5_000,
  ) {
    this.#kept = new Kept({ ttlMs, maxEntries: 1 });
  }

  /** Forgets the list (a promotion changed). */
  bump(): void {
    this.#kept.forget();
  }

  /** Active promotions not yet ended, cheapest first; concurrent misses share one read. */
  get(): Promise<CachedPromotion[]> {
    return this.#kept.load('promotions', this.load);
  }
}
