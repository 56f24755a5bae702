/**
 * The shop's sales report for the admin dashboard: orders and sales per day,
 * revenue, average order value, orders by status and the top products of a
 * period in the shop's time zone.
 *
 * Sales are the orders whose money was taken and kept (paid, processing,
 * shipped, delivered): pending orders (an offline payment not yet received),
 * cancelled and refunded ones are not revenue. Each order counts on the day it
 * was placed. Two queries, both ranges of indexes (see reports.repository.ts);
 * answers are kept `cacheTtlMs` and forgotten when an order is placed, paid,
 * cancelled or refunded in this process (other changes of status show within
 * that time).
 */
import type { DB } from '../../db/dialect.js';
import type { OrderStatus } from '../../db/schema.js';
import { Kept } from '../../platform/kept.js';
import { formatMinor } from '../../platform/money.js';
import { type Period, type PeriodDto, periodDto } from '../../platform/reports.js';
import { findProducts } from '../catalog/index.js';
import { ORDER_STATUSES } from './orders.schemas.js';
import * as repo from './reports.repository.js';

export interface TopProductDto {
  product_id: string | null;
  name: string;
  slug: string | null;
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

/**
 * The best sellers among `products` by units and by revenue (ties broken by
 * the other figure, then by id), named as the catalogue names them now.
 */
export async function rankProducts(
  db: DB,
  products: readonly repo.ProductFigures[],
  top = TOP_PRODUCTS,
): Promise<{ by_units: TopProductDto[]; by_revenue: TopProductDto[] }> {
  const rank = (by: 'units' | 'revenue') => {
    const other = by === 'units' ? 'revenue' : 'units';
    return [...products]
      .sort(
        (a, b) =>
          b[by] - a[by] || b[other] - a[other] || String(a.product_id).localeCompare(String(b.product_id)),
      )
      .slice(0, top);
  };
  const byUnits = rank('units');
  const byRevenue = rank('revenue');
  const ids = [...new Set([...byUnits, ...byRevenue].flatMap((p) => (p.product_id ? [p.product_id] : [])))];
  const names = new Map((await findProducts(db, ids)).map((p) => [p.id, p]));
  const productDto = (p: repo.ProductFigures): TopProductDto => {
    const product = p.product_id ? names.get(p.product_id) : undefined;
    return {
      product_id: product ? product.id : null,
      name: product?.name ?? 'Products deleted since',
      slug: product?.slug ?? null,
      units: p.units,
      revenue: formatMinor(p.revenue),
    };
  };
  return { by_units: byUnits.map(productDto), by_revenue: byRevenue.map(productDto) };
}

export class ShopReportsService {
  /** Answers kept by period (platform/kept.ts), forgotten when an order changes. */
  readonly #kept: Kept<SalesReportDto>;

  constructor(private readonly deps: { db: DB; currency: string; cacheTtlMs: number }) {
    this.#kept = new Kept({ ttlMs: deps.cacheTtlMs, maxEntries: 100 });
  }

  /** Forgets every kept answer (an order changed). */
  forget(): void {
    this.#kept.forget();
  }

  sales(period: Period): Promise<SalesReportDto> {
    return this.#kept.load(`${period.timeZone}|${period.start}|${period.end}`, () => this.#sales(period));
  }

  async #sales(period: Period): Promise<SalesReportDto> {
    const { db, currency } = this.deps;
    const [cells, products] = await Promise.all([
      repo.figuresByDayAndStatus(db, period),
      repo.productSales(db, period),
    ]);
    const sold = new Set<OrderStatus>(repo.SOLD_STATUSES);
    const days = new Map<string, { date: string; orders: number; sold_orders: number; revenue: number }>();
    const statuses = new Map<OrderStatus, { orders: number; total: number }>();
    for (const cell of cells) {
      const day = days.get(cell.date) ?? { date: cell.date, orders: 0, sold_orders: 0, revenue: 0 };
      days.set(cell.date, day);
      if (!cell.status) continue;
      day.orders += cell.orders;
      if (sold.has(cell.status)) {
        day.sold_orders += cell.orders;
        day.revenue += cell.total;
      }
      const status = statuses.get(cell.status) ?? { orders: 0, total: 0 };
      status.orders += cell.orders;
      status.total += cell.total;
      statuses.set(cell.status, status);
    }
    const byDay = [...days.values()];
    const sum = (f: (d: (typeof byDay)[number]) => number) => byDay.reduce((n, d) => n + f(d), 0);
    const revenue = sum((d) => d.revenue);
    const soldOrders = sum((d) => d.sold_orders);
    const topProducts = await rankProducts(db, products);
    const status = (s: OrderStatus) => statuses.get(s) ?? { orders: 0, total: 0 };
    return {
      period: periodDto(period),
      currency,
      totals: {
        orders: sum((d) => d.orders),
        sold_orders: soldOrders,
        revenue: formatMinor(revenue),
        average_order_value: formatMinor(soldOrders ? Math.round(revenue / soldOrders) : 0),
        cancelled_orders: status('cancelled').orders,
        refunded_orders: status('refunded').orders,
        refunded_amount: formatMinor(status('refunded').total),
      },
      by_day: byDay.map((d) => ({ ...d, revenue: formatMinor(d.revenue) })),
      by_status: ORDER_STATUSES.map((s) => ({
        status: s,
        orders: status(s).orders,
        total: formatMinor(status(s).total),
      })),
      top_products: topProducts,
    };
  }
}
