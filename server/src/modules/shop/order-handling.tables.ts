/** The shop's tables of order handling (migration 0022), merged into the `Database` type. */

/** What a timeline entry stored in `order_events` is about. */
export type OrderEventKind = 'status' | 'refund' | 'mail' | 'note' | 'tracking';

export interface OrderEventsTable {
  id: string;
  order_id: string;
  kind: OrderEventKind;
  actor_id: string | null;
  actor_email: string | null;
  /** JSON object; its fields depend on `kind`. */
  data: string;
  /** Staff only (internal notes); the customer is never shown these. */
  is_internal: boolean;
  /** Unique when set: an event written by a job that may run twice (a mail) is written once. */
  dedupe_key: string | null;
  created_at: string;
}

export interface OrderRefundsTable {
  id: string;
  order_id: string;
  /** The payments module's refund of this amount; null when no money was taken (nothing to give back). */
  payment_refund_id: string | null;
  /** Minor units. */
  amount: number;
  /** JSON array of `{item_id, quantity, amount}`. */
  lines: string;
  /** Whether the units went back into stock. */
  is_restock: boolean;
  reason: string;
  actor_id: string | null;
  created_at: string;
}

export interface OrderTrackingTable {
  order_id: string;
  carrier: string;
  tracking_number: string;
  updated_by: string | null;
  updated_at: string;
}

declare module '../../db/schema.js' {
  interface Database {
    order_events: OrderEventsTable;
    order_refunds: OrderRefundsTable;
    order_tracking: OrderTrackingTable;
  }
}
