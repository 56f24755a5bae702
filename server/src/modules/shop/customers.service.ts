/**
 * What the shop knows of one customer, for staff's customer page: their
 * orders (a page at a time), what they spent (refunds taken off), and their
 * saved addresses. The page itself is composed by the customers module.
 */
import type { DB } from '../../db/dialect.js';
import { formatMinor } from '../../platform/money.js';
import type { Page, PageRequest } from '../../platform/pagination.js';
import type { AddressDto } from './addresses.schemas.js';
import type { AddressesService } from './addresses.service.js';
import { customerSpend } from './customers.repository.js';
import type { OrderDto } from './orders.schemas.js';
import type { OrdersService } from './orders.service.js';

export interface CustomerShopSummaryDto {
  orders_placed: number;
  /** Orders paid and kept (paid, processing, shipped, delivered). */
  order_count: number;
  /** Those orders' totals less what was given back on them. */
  total_spent: string;
  /** Refunded orders' totals and partial refunds. */
  total_refunded: string;
  /** Total spent per order counted. */
  average_order_value: string;
  first_order_at: string | null;
  last_order_at: string | null;
}

export class ShopCustomersService {
  constructor(private readonly deps: { db: DB; orders: OrdersService; addresses: AddressesService }) {}

  async summary(userId: string): Promise<{ stats: CustomerShopSummaryDto; addresses: AddressDto[] }> {
    const { db } = this.deps;
    const [spend, addresses] = await Promise.all([
      customerSpend(db, userId),
      this.deps.addresses.all(db, userId),
    ]);
    return {
      stats: {
        orders_placed: spend.placed,
        order_count: spend.sold,
        total_spent: formatMinor(spend.spent),
        total_refunded: formatMinor(spend.refunded),
        average_order_value: formatMinor(spend.sold ? Math.round(spend.spent / spend.sold) : 0),
        first_order_at: spend.first_order_at,
        last_order_at: spend.last_order_at,
      },
      addresses,
    };
  }

  /** The customer's orders, newest first. */
  orders(userId: string, page: PageRequest): Promise<Page<OrderDto>> {
    return this.deps.orders.listOrders(userId, {}, page);
  }
}
