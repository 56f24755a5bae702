/**
 * Where other modules hear about the shop's orders, inside the transaction that
 * made the change (so what they write commits or rolls back with it).
 *
 * Loyalty plugs in here: SPEC §6 says shop orders earn points the same way as
 * POS orders once paid. Until that module exists nothing listens, and no points
 * are pretended.
 */
import type { Trx } from '../../platform/transaction.js';

export interface OrderPaidEvent {
  orderId: string;
  orderNumber: string;
  userId: string;
  /** Minor units. */
  total: number;
  currency: string;
}

export interface ShopHooks {
  /** An order became paid (at checkout, by a provider webhook, or by staff recording a payment). */
  orderPaid(trx: Trx, event: OrderPaidEvent): Promise<void>;
}

export const NO_SHOP_HOOKS: ShopHooks = {
  async orderPaid() {},
};
