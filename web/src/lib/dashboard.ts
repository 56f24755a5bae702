/**
 * The admin dashboard's period (kept in the URL: `?days=7|30|90`, or
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD`) and its chart rows. Pure, unit-tested.
 */
import { toMinor } from './money.js';
import { readDay } from './url-state.js';

export const PERIOD_DAYS = [7, 30, 90] as const;
export type PeriodDays = (typeof PERIOD_DAYS)[number];

export type DashboardPeriod =
  | { kind: 'days'; days: PeriodDays }
  | { kind: 'range'; from: string; to: string };

/** The period in the URL; 30 days when it holds none (or nonsense). */
export function readPeriod(params: URLSearchParams): DashboardPeriod {
  const from = readDay(params, 'from');
  const to = readDay(params, 'to');
  if (from && to && from <= to) return { kind: 'range', from, to };
  const days = Number(params.get('days'));
  return {
    kind: 'days',
    days: (PERIOD_DAYS as readonly number[]).includes(days) ? (days as PeriodDays) : 30,
  };
}

/** The reports' query for the period. */
export function periodQuery(period: DashboardPeriod): { days: number } | { from: string; to: string } {
  return period.kind === 'days' ? { days: period.days } : { from: period.from, to: period.to };
}

/** The URL params of the period (the default, 30 days, leaves the URL clean). */
export function periodParams(period: DashboardPeriod): Record<string, string | undefined> {
  if (period.kind === 'range') return { days: undefined, from: period.from, to: period.to };
  return { days: period.days === 30 ? undefined : String(period.days), from: undefined, to: undefined };
}

export interface DayRow {
  date: string;
  /** `12 Nov`: the axis label. */
  label: string;
  orders: number;
  /** In currency units (a number for the chart). */
  revenue: number;
  newCustomers: number;
}

/** One row per day from the sales and customers reports (the same days, in order). */
export function dayRows(
  sales: ReadonlyArray<{ date: string; orders: number; revenue: string }>,
  customers: ReadonlyArray<{ date: string; new_customers: number }> = [],
  locale?: string,
): DayRow[] {
  const joined = new Map(customers.map((c) => [c.date, c.new_customers]));
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return sales.map((d) => ({
    date: d.date,
    label: format.format(new Date(`${d.date}T00:00:00Z`)),
    orders: d.orders,
    revenue: (toMinor(d.revenue) ?? 0) / 100,
    newCustomers: joined.get(d.date) ?? 0,
  }));
}
