/**
 * The shop's sales report for the admin dashboard: orders and sales per day,
 * revenue, average order value, orders by status and the top products of a
 * period in the shop's time zone.
 *
 * Sales are the orders whose money was taken and kept (paid, processing,
 * shipped, delivered): pending orders (an offline payment not yet received),
 * cancelled and refunded ones are not revenue. Each order counts on the day it
 * was placed.
 */
import type { DB } from '../../db/dialect.js';
import type { OrderStatus } from '../../db/schema.js';
import { formatMinor } from '../../platform/money.js';
import { type Period, type PeriodDto, periodDto } from '../../platform/reports.js';
import { ORDER_STATUSES } from './orders.schemas.js';
import * as repo from './reports.repository.js';

export interface TopProductDto {
  product_id: string | null;
  name: string;
  slug: string;
  units: number;
  revenue: string;
}

export interface SalesReportDto {
  period: PeriodDto;
  currency: string;
  totals: {
    orders: number;
    sold_orders: number;
    revenue: string;
    average_order_value: string;
    cancelled_orders: number;
    refunded_orders: number;
    refunded_amount: string;
  };
  by_day: Array<{ date: string; orders: number; sold_orders: number; revenue: string }>;
  by_status: Array<{ status: OrderStatus; orders: number; total: string }>;
  top_products: { by_units: TopProductDto[]; by_revenue: TopProductDto[] };
}

const TOP_PRODUCTS = 5;

function productDto(p: repo.ProductFigures): TopProductDto {
  return { ...p, revenue: formatMinor(p.revenue) };
}

export class ShopReportsService {
  constructor(private readonly deps: { db: DB; currency: string }) {}

  async sales(period: Period): Promise<SalesReportDto> {
    const { db, currency } = this.deps;
    const [days, statuses, byUnits, byRevenue] = await Promise.all([
      repo.figuresByDay(db, period),
      repo.figuresByStatus(db, period),
      repo.topProducts(db, period, 'units', TOP_PRODUCTS),
      repo.topProducts(db, period, 'revenue', TOP_PRODUCTS),
    ]);
    const sum = (f: (d: repo.DayFigures) => number) => days.reduce((n, d) => n + f(d), 0);
    const revenue = sum((d) => d.revenue);
    const soldOrders = sum((d) => d.sold_orders);
    const status = (s: OrderStatus) => statuses.find((x) => x.status === s);
    return {
      period: periodDto(period),
      currency,
      totals: {
        orders: sum((d) => d.orders),
        sold_orders: soldOrders,
        revenue: formatMinor(revenue),
        average_order_value: formatMinor(soldOrders ? Math.round(revenue / soldOrders) : 0),
        cancelled_orders: status('cancelled')?.orders ?? 0,
        refunded_orders: status('refunded')?.orders ?? 0,
        refunded_amount: formatMinor(status('refunded')?.total ?? 0),
      },
      by_day: days.map((d) => ({ ...d, revenue: formatMinor(d.revenue) })),
      by_status: ORDER_STATUSES.map((s) => ({
        status: s,
        orders: status(s)?.orders ?? 0,
        total: formatMinor(status(s)?.total ?? 0),
      })),
      top_products: { by_units: byUnits.map(productDto), by_revenue: byRevenue.map(productDto) },
    };
  }
}
