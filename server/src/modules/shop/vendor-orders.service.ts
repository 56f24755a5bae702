/**
 * Vendors' own orders and sales: the orders holding their products, showing
 * only their lines and what shipping needs (the recipient's name and address,
 * never the customer's email, the payment or other vendors' lines), and units
 * and revenue per day with their best sellers (the shop's report queries,
 * narrowed to their products). A vendor always sees their own; managers and
 * admins any vendor's (`?vendor=`), or every product's without it.
 */
import type { DB } from '../../db/dialect.js';
import type { AuthUser } from '../../platform/auth.js';
import { formatMinor } from '../../platform/money.js';
import type { Page, PageRequest } from '../../platform/pagination.js';
import { dayBounds, type Period, periodDto } from '../../platform/reports.js';
import { productIdsOfVendor } from '../catalog/index.js';
import { orderItemDto, parseAddress } from './orders.service.js';
import * as reports from './reports.repository.js';
import { rankProducts } from './reports.service.js';
import * as repo from './vendor-orders.repository.js';
import type { VendorOrderDto, VendorOrdersQuery, VendorSalesReportDto } from './vendor-orders.schemas.js';

export class VendorOrdersService {
  constructor(private readonly deps: { db: DB; currency: string; timeZone: string }) {}

  /** Whose lines `user` sees: a vendor their own, whatever they ask; staff the vendor asked for, or all. */
  scope(user: AuthUser, vendor: string | undefined): reports.ProductScope {
    if (user.user_type === 'vendor') return productIdsOfVendor(this.deps.db, user.id);
    return vendor ? productIdsOfVendor(this.deps.db, vendor) : null;
  }

  async list(
    user: AuthUser,
    query: Omit<VendorOrdersQuery, 'page' | 'page_size'>,
    page: PageRequest,
  ): Promise<Page<VendorOrderDto>> {
    const { db } = this.deps;
    const scope = this.scope(user, query.vendor);
    const bounds = dayBounds(query, this.deps.timeZone);
    const result = await repo.listVendorOrders(db, scope, { status: query.status, ...bounds }, page);
    const lines = await repo.linesInScope(
      db,
      result.results.map((o) => o.id),
      scope,
    );
    return {
      ...result,
      results: result.results.map((order) => {
        const own = lines.filter((l) => l.order_id === order.id);
        const address = parseAddress(order.shipping_address);
        return {
          id: order.id,
          order_number: order.order_number,
          status: order.status,
          created_at: order.created_at,
          paid_at: order.paid_at,
          customer_name: address.full_name ?? '',
          shipping_address: address,
          items: own.map(orderItemDto),
          item_count: own.reduce((n, l) => n + l.quantity, 0),
          subtotal: formatMinor(own.reduce((n, l) => n + Number(l.unit_price) * l.quantity, 0)),
        };
      }),
    };
  }

  async sales(user: AuthUser, vendor: string | undefined, period: Period): Promise<VendorSalesReportDto> {
    const { db, currency } = this.deps;
    const scope = this.scope(user, vendor);
    const [days, products] = await Promise.all([
      reports.lineFiguresByDay(db, period, scope),
      reports.productSales(db, period, scope),
    ]);
    const sum = (f: (d: reports.DayLineFigures) => number) => days.reduce((n, d) => n + f(d), 0);
    return {
      period: periodDto(period),
      currency,
      totals: {
        orders: sum((d) => d.orders),
        units: sum((d) => d.units),
        revenue: formatMinor(sum((d) => d.revenue)),
      },
      by_day: days.map((d) => ({ ...d, revenue: formatMinor(d.revenue) })),
      top_products: await rankProducts(db, products),
    };
  }
}
