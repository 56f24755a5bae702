import { describe, expect, it } from 'vitest';
import { dayRows, periodParams, periodQuery, readPeriod } from './dashboard.js';

describe('the dashboard period in the URL', () => {
  it('reads days, a range, or falls back to 30 days', () => {
    expect(readPeriod(new URLSearchParams('days=7'))).toEqual({ kind: 'days', days: 7 });
    expect(readPeriod(new URLSearchParams('days=12'))).toEqual({ kind: 'days', days: 30 });
    expect(readPeriod(new URLSearchParams(''))).toEqual({ kind: 'days', days: 30 });
    expect(readPeriod(new URLSearchParams('from=2026-11-01&to=2026-11-30'))).toEqual({
      kind: 'range',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    // A range backwards, or half of one, is not a range.
    expect(readPeriod(new URLSearchParams('from=2026-11-30&to=2026-11-01&days=90'))).toEqual({
      kind: 'days',
      days: 90,
    });
    expect(readPeriod(new URLSearchParams('from=2026-11-01'))).toEqual({ kind: 'days', days: 30 });
  });

  it('writes the query and the URL params', () => {
    expect(periodQuery({ kind: 'days', days: 90 })).toEqual({ days: 90 });
    expect(periodQuery({ kind: 'range', from: 'a', to: 'b' })).toEqual({ from: 'a', to: 'b' });
    expect(periodParams({ kind: 'days', days: 30 })).toEqual({
      days: undefined,
      from: undefined,
      to: undefined,
    });
    expect(periodParams({ kind: 'days', days: 7 })).toEqual({ days: '7', from: undefined, to: undefined });
  });
});

describe('the chart rows', () => {
  it('joins sales and new customers by day, revenue in currency units', () => {
    const rows = dayRows(
      [
        { date: '2026-11-01', orders: 2, revenue: '12.50' },
        { date: '2026-11-02', orders: 0, revenue: '0.00' },
      ],
      [{ date: '2026-11-02', new_customers: 3 }],
      'en-GB',
    );
    expect(rows).toEqual([
      { date: '2026-11-01', label: '1 Nov', orders: 2, revenue: 12.5, newCustomers: 0 },
      { date: '2026-11-02', label: '2 Nov', orders: 0, revenue: 0, newCustomers: 3 },
    ]);
  });
});
