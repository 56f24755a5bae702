/** Loyalty's tables (migration 0013), added to the `Database` type by declaration merging. */

export type LedgerKind = 'earn' | 'redeem' | 'adjust' | 'reverse' | 'expire';
export type LedgerSource = 'order' | 'pos_order' | 'pos' | 'promotion' | 'admin' | 'expiry';
export type PromotionKind = 'percent_off' | 'amount_off' | 'free_item' | 'bonus_points';

export interface LoyaltyAccountsTable {
  user_id: string;
  customer_code: string;
  balance: number;
  /** Printed into the card's QR payload; re-issuing the card moves it on, so older cards stop working. */
  card_version: number;
  created_at: string;
  updated_at: string;
}

export interface LoyaltyLedgerTable {
  id: string;
  user_id: string;
  kind: LedgerKind;
  /** Signed: credits positive, debits negative. */
  points: number;
  balance_after: number;
  /** Points a reversal or expiry could not take because they were already spent. */
  shortfall: number;
  reason: string;
  actor_id: string | null;
  source_type: LedgerSource;
  /** The order id, POS terminal's order id, promotion id...: what this row is about. */
  source_id: string | null;
  /** Unique when set: the same credit (an order's points, its reversal, a period's expiry) is written once. */
  source_key: string | null;
  terminal: string | null;
  promotion_id: string | null;
  created_at: string;
}

export interface LoyaltyPromotionsTable {
  id: string;
  code: string;
  name: string;
  description: string;
  kind: PromotionKind;
  /** Hundredths: a percentage (1500 = 15%), an amount in minor units, or points (bonus_points: 5000 = 50 points). */
  value: number;
  points_cost: number;
  starts_at: string | null;
  ends_at: string | null;
  max_redemptions: number | null;
  per_customer_limit: number | null;
  redemptions_count: number;
  is_active: boolean;
  created_at: string;
  updated_at: string;
}

export interface LoyaltyRedemptionsTable {
  id: string;
  promotion_id: string;
  user_id: string;
  points_spent: number;
  actor_id: string | null;
  terminal: string | null;
  created_at: string;
}

export interface LoyaltyPromotionUsesTable {
  promotion_id: string;
  user_id: string;
  uses: number;
}

export interface LoyaltyKeysTable {
  name: string;
  secret: string;
  created_at: string;
}

declare module '../../db/schema.js' {
  interface Database {
    loyalty_accounts: LoyaltyAccountsTable;
    loyalty_ledger: LoyaltyLedgerTable;
    loyalty_promotions: LoyaltyPromotionsTable;
    loyalty_redemptions: LoyaltyRedemptionsTable;
    loyalty_promotion_uses: LoyaltyPromotionUsesTable;
    loyalty_keys: LoyaltyKeysTable;
  }
}
