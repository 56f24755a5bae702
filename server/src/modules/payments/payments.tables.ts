/** The payments module's tables added by migration 0022, merged into the `Database` type. */

export type PaymentRefundStatus = 'pending' | 'succeeded' | 'failed';

/** One partial refund of a payment: its amount and what the provider answered. */
export interface PaymentRefundsTable {
  id: string;
  payment_id: string;
  /** Minor units; positive. */
  amount: number;
  status: PaymentRefundStatus;
  /** The provider's refund id, once it answered. */
  provider_ref: string | null;
  created_at: string;
  updated_at: string;
}

declare module '../../db/schema.js' {
  interface Database {
    payment_refunds: PaymentRefundsTable;
  }
}
