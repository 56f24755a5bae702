/**
 * The admin dashboard's reports (`/api/admin/reports/...`): the figures match
 * the orders placed here (cancelled, refunded and unpaid ones left out of
 * sales), days are counted in the shop's time zone (a half-hour one here),
 * declined payments are counted, and only staff may read them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '../src/modules/shop/orders.schemas.js';
import type { SalesReportDto } from '../src/modules/shop/reports.service.js';
import { localDate, midnightOf, resolvePeriod } from '../src/platform/reports.js';
import { bearer, makeUser } from './auth-helpers.js';
import { buildTestApp, problemOf, type TestApp, userRow } from './helpers.js';
import {
  addToCart,
  buy,
  type Customer,
  checkout,
  createIntent,
  makeCustomer,
  makeProduct,
} from './shop-fixtures.js';

const TIME_ZONE = 'Asia/Kolkata'; // UTC+05:30: a day starts at 18:30 UTC the day before.

let t: TestApp;
let staff: Record<string, string>;

type SalesReport = SalesReportDto;

async function get<T>(url: string, headers = staff): Promise<T> {
  const res = await t.app.inject({ method: 'GET', url, headers });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['cache-control']).toContain('no-store');
  return res.json() as T;
}

beforeAll(async () => {
  t = await buildTestApp({ TIME_ZONE, LOW_STOCK_THRESHOLD: 3 });
  staff = bearer((await makeUser(t.app, 'staff')).access);
});
afterAll(async () => {
  await t?.close();
});

describe('the period', () => {
  it('counts days in the shop time zone, summer time included', () => {
    expect(midnightOf('2026-03-11', 'Asia/Kolkata').toISOString()).toBe('2026-03-10T18:30:00.000Z');
    // New York moves its clocks forward on 2026-03-08: that day has 23 hours.
    const ny = resolvePeriod({ from: '2026-03-07', to: '2026-03-09' }, 'America/New_York');
    expect(ny.days.map((d) => [d.date, d.start, d.end])).toEqual([
      ['2026-03-07', '2026-03-07T05:00:00.000Z', '2026-03-08T05:00:00.000Z'],
      ['2026-03-08', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
      ['2026-03-09', '2026-03-09T04:00:00.000Z', '2026-03-10T04:00:00.000Z'],
    ]);
    // `days` ends today in the time zone: at 20:00 UTC it is already tomorrow in Kolkata.
    const late = resolvePeriod({ days: 7 }, TIME_ZONE, new Date('2026-05-31T20:00:00Z'));
    expect([late.from, late.to, late.days.length]).toEqual(['2026-05-26', '2026-06-01', 7]);
    expect(localDate(new Date('2026-05-31T18:29:59Z'), TIME_ZONE)).toBe('2026-05-31');
  });

  it('refuses a period that is not one (400 INVALID_PERIOD or VALIDATION_ERROR), naming the field', async () => {
    const cases: Array<[string, string, string]> = [
      ['from=2026-03-10&to=2026-03-01', 'INVALID_PERIOD', 'to'],
      ['from=2026-03-10', 'INVALID_PERIOD', 'to'],
      ['to=2026-03-10', 'INVALID_PERIOD', 'from'],
      ['from=2025-01-01&to=2026-03-01', 'INVALID_PERIOD', 'to'],
      ['from=2026-02-30&to=2026-03-01', 'VALIDATION_ERROR', 'from'],
      ['from=9999-12-31&to=9999-12-31', 'INVALID_PERIOD', 'from'],
      ['from=1969-12-31&to=1970-01-01', 'INVALID_PERIOD', 'from'],
      ['days=0', 'VALIDATION_ERROR', 'days'],
      ['days=400', 'VALIDATION_ERROR', 'days'],
      ['from=yesterday&to=2026-03-01', 'VALIDATION_ERROR', 'from'],
    ];
    for (const path of ['sales', 'customers', 'payments']) {
      for (const [query, code, field] of cases) {
        const res = await t.app.inject({
          method: 'GET',
          url: `/api/admin/reports/${path}/?${query}`,
          headers: staff,
        });
        expect(res.statusCode, `${path}?${query}`).toBe(400);
        const problem = problemOf(res);
        expect(problem.code, `${path}?${query}`).toBe(code);
        expect(Object.keys(problem.errors ?? {}), `${path}?${query}`).toContain(field);
      }
    }
  });
});

describe('who may read the reports', () => {
  const paths = ['sales', 'customers', 'payments', 'low-stock'];

  it('anonymous callers get 401, customers and vendors 403, even with a bad period', async () => {
    const customer = await makeCustomer(t.app);
    const vendor = bearer((await makeUser(t.app, 'vendor', { vendor_status: 'approved' })).access);
    for (const path of paths) {
      const url = `/api/admin/reports/${path}/?days=0`;
      const anonymous = await t.app.inject({ method: 'GET', url });
      expect(anonymous.statusCode).toBe(401);
      expect(problemOf(anonymous).code).toBe('NOT_AUTHENTICATED');
      for (const headers of [customer.headers, vendor]) {
        const res = await t.app.inject({ method: 'GET', url, headers });
        expect(res.statusCode, `${path}`).toBe(403);
        expect(problemOf(res).code).toBe('PERMISSION_DENIED');
      }
    }
  });

  it('staff, managers and admins read them', async () => {
    for (const type of ['staff', 'manager', 'admin'] as const) {
      const headers = bearer((await makeUser(t.app, type)).access);
      for (const path of paths) {
        const res = await t.app.inject({ method: 'GET', url: `/api/admin/reports/${path}/`, headers });
        expect(res.statusCode, `${type} ${path}`).toBe(200);
      }
    }
  });
});

describe('the figures match the orders placed', () => {
  it('sales, status, top products, failed payments, new customers and low stock', async () => {
    const today = localDate(new Date(), TIME_ZONE);
    const before = await get<SalesReport>('/api/admin/reports/sales/?days=7');
    expect(before.period).toEqual({
      from: resolvePeriod({ days: 7 }, TIME_ZONE).from,
      to: today,
      days: 7,
      time_zone: TIME_ZONE,
    });
    expect(before.by_day.map((d) => d.date).at(-1)).toBe(today);
    const customersBefore = await get<{ new_customers: number }>('/api/admin/reports/customers/?days=7');

    const tea = await makeProduct(t.db, { name: 'Report Tea', price: 1250, sizes: [{ stock: 20 }] });
    const mug = await makeProduct(t.db, { name: 'Report Mug', price: 4000, sizes: [{ stock: 10 }] });
    const lamp = await makeProduct(t.db, { name: 'Report Lamp', price: 9900, sizes: [{ stock: 10 }] });
    const ada = await makeCustomer(t.app);
    const bob = await makeCustomer(t.app);

    // Sold: 3 teas (37.50), 1 mug (40.00), then 1 more tea (12.50) by someone else.
    expect((await buy(t.app, ada, tea.sizeIds[0] as string, 3)).statusCode).toBe(201);
    expect((await buy(t.app, ada, mug.sizeIds[0] as string, 1)).statusCode).toBe(201);
    expect((await buy(t.app, bob, tea.sizeIds[0] as string, 1)).statusCode).toBe(201);
    // Cancelled by the customer: a lamp (99.00), not a sale.
    const cancelled = await buy(t.app, bob, lamp.sizeIds[0] as string, 1);
    expect(cancelled.statusCode).toBe(201);
    const cancel = await t.app.inject({
      method: 'POST',
      url: `/api/orders/${cancelled.json().id}/cancel/`,
      headers: bob.headers,
    });
    expect(cancel.statusCode).toBe(200);
    // Refunded by staff: 2 mugs (80.00), not a sale.
    const refunded = await buy(t.app, ada, mug.sizeIds[0] as string, 2);
    expect(refunded.statusCode).toBe(201);
    const refund = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/orders/${refunded.json().id}/`,
      headers: staff,
      payload: { status: 'refunded' },
    });
    expect(refund.statusCode).toBe(200);
    // Awaiting an offline payment: a lamp (99.00), not a sale yet.
    expect((await addToCart(t.app, bob, lamp.sizeIds[0] as string, 1)).statusCode).toBe(200);
    const intent = await createIntent(t.app, bob);
    const pending = await checkout(t.app, bob, intent.body.payment_intent_id, {
      paymentMethod: 'cash_on_delivery',
    });
    expect(pending.statusCode).toBe(201);
    expect(pending.json().status).toBe('pending');
    // Declined three times: no order, three failed payments of 99.00.
    await declineOnce(bob, lamp.sizeIds[0] as string);
    await declineOnce(bob, lamp.sizeIds[0] as string);
    await declineOnce(bob, lamp.sizeIds[0] as string);

    const after = await get<SalesReport>('/api/admin/reports/sales/?days=7');
    const delta = (f: (r: SalesReport) => number) => f(after) - f(before);
    const money = (s: string) => Math.round(Number(s) * 100);
    expect(delta((r) => r.totals.orders)).toBe(6);
    expect(delta((r) => r.totals.sold_orders)).toBe(3);
    expect(delta((r) => money(r.totals.revenue))).toBe(3750 + 4000 + 1250);
    expect(delta((r) => r.totals.cancelled_orders)).toBe(1);
    expect(delta((r) => r.totals.refunded_orders)).toBe(1);
    expect(delta((r) => money(r.totals.refunded_amount))).toBe(8000);
    const sold = after.totals.sold_orders;
    expect(money(after.totals.average_order_value)).toBe(Math.round(money(after.totals.revenue) / sold));
    const todayFigures = (r: SalesReport) => r.by_day.find((d) => d.date === today);
    expect((todayFigures(after)?.orders ?? 0) - (todayFigures(before)?.orders ?? 0)).toBe(6);
    expect(money(todayFigures(after)?.revenue ?? '0') - money(todayFigures(before)?.revenue ?? '0')).toBe(
      9000,
    );
    const status = (r: SalesReport, s: string) => r.by_status.find((x) => x.status === s)?.orders ?? 0;
    expect(status(after, 'paid') - status(before, 'paid')).toBe(3);
    expect(status(after, 'pending') - status(before, 'pending')).toBe(1);
    expect(after.by_status.map((s) => s.status)).toEqual([...ORDER_STATUSES]);
    // Only sold orders make the top products: 4 teas (50.00), 1 mug (40.00); no lamp.
    const byUnits = after.top_products.by_units.filter((p) => p.name.startsWith('Report '));
    expect(byUnits.map((p) => [p.name, p.units, p.revenue])).toEqual([
      ['Report Tea', 4, '50.00'],
      ['Report Mug', 1, '40.00'],
    ]);
    expect(byUnits[0]?.product_id).toBe(tea.productId);
    const byRevenue = after.top_products.by_revenue.filter((p) => p.name.startsWith('Report '));
    expect(byRevenue.map((p) => p.name)).toEqual(['Report Tea', 'Report Mug']);

    const payments = await get<{
      failed: number;
      failed_amount: string;
      by_day: Array<{ date: string; failed: number }>;
      recent_failures: Array<{ method: string; method_label: string; amount: string; code: string }>;
    }>('/api/admin/reports/payments/?days=7');
    expect(payments.failed).toBe(3);
    expect(payments.failed_amount).toBe('297.00');
    expect(payments.by_day.find((d) => d.date === today)?.failed).toBe(3);
    expect(payments.recent_failures[0]).toMatchObject({
      method: 'pm_card_chargeDeclined',
      amount: '99.00',
      code: 'PAYMENT_DECLINED',
    });

    const customers = await get<{
      new_customers: number;
      by_day: Array<{ date: string; new_customers: number }>;
    }>('/api/admin/reports/customers/?days=7');
    // Ada and Bob, and the customer of the role test (staff and vendors are not customers).
    expect(customers.new_customers - customersBefore.new_customers).toBe(2);
    expect(customers.by_day.find((d) => d.date === today)?.new_customers).toBe(customers.new_customers);

    // Mugs: 10 − 1 − 2 + 2 (the refund restocks) = 9; lamps: 10 − 1 + 1 − 1 = 9; teas 20 − 4 = 16.
    await t.db
      .updateTable('product_sizes')
      .set({ stock: 2 })
      .where('id', '=', mug.sizeIds[0] as string)
      .execute();
    await t.db
      .updateTable('product_sizes')
      .set({ stock: 0 })
      .where('id', '=', lamp.sizeIds[0] as string)
      .execute();
    const low = await get<{
      threshold: number;
      count: number;
      results: Array<{ sku: string; stock: number; product: { name: string } }>;
    }>('/api/admin/reports/low-stock/?limit=100');
    expect(low.threshold).toBe(3);
    expect(low.results.map((r) => [r.product.name, r.stock])).toEqual([
      ['Report Lamp', 0],
      ['Report Mug', 2],
    ]);
    expect(low.count).toBe(2);
  });

  async function declineOnce(customer: Customer, sizeId: string) {
    const cart = await t.app.inject({ method: 'GET', url: '/api/cart/', headers: customer.headers });
    if (cart.json().items.length === 0)
      expect((await addToCart(t.app, customer, sizeId, 1)).statusCode).toBe(200);
    const { body } = await createIntent(t.app, customer);
    const res = await checkout(t.app, customer, body.payment_intent_id, {
      paymentMethod: 'pm_card_chargeDeclined',
    });
    expect(res.statusCode).toBe(402);
    expect(problemOf(res).code).toBe('PAYMENT_DECLINED');
  }
});

describe('day boundaries in the shop time zone', () => {
  it('an order at 23:59 local counts on that day, one at 00:00 on the next', async () => {
    const user = userRow({ date_joined: '2026-02-10T18:29:00.000Z' });
    await t.db.insertInto('users').values(user).execute();
    const order = (n: number, createdAt: string, status: 'paid' | 'cancelled', total: number) => ({
      id: `0190aaaa-0000-7000-8000-${String(n).padStart(12, '0')}`,
      order_number: `TZ-${n}`,
      user_id: user.id,
      email: user.email,
      status,
      currency: 'USD',
      subtotal: total,
      total,
      shipping_address: '{}',
      payment_intent_id: null,
      created_at: createdAt,
      updated_at: createdAt,
      paid_at: createdAt,
      cancelled_at: null,
    });
    await t.db
      .insertInto('orders')
      .values([
        order(1, '2026-02-10T18:29:59.999Z', 'paid', 1000), // 23:59:59 on 10 February in Kolkata
        order(2, '2026-02-10T18:30:00.000Z', 'paid', 2000), // 00:00 on 11 February
        order(3, '2026-02-11T18:29:00.000Z', 'cancelled', 5000), // 23:59 on 11 February
        order(4, '2026-02-11T18:30:00.000Z', 'paid', 7000), // 12 February: outside the period
        order(5, '2026-02-09T18:29:59.000Z', 'paid', 9000), // 9 February: outside
      ])
      .execute();
    const report = await get<SalesReport>('/api/admin/reports/sales/?from=2026-02-10&to=2026-02-11');
    expect(report.period).toEqual({ from: '2026-02-10', to: '2026-02-11', days: 2, time_zone: TIME_ZONE });
    expect(report.by_day).toEqual([
      { date: '2026-02-10', orders: 1, sold_orders: 1, revenue: '10.00' },
      { date: '2026-02-11', orders: 2, sold_orders: 1, revenue: '20.00' },
    ]);
    expect(report.totals).toMatchObject({
      orders: 3,
      sold_orders: 2,
      revenue: '30.00',
      average_order_value: '15.00',
    });
    expect(report.by_status.find((s) => s.status === 'cancelled')).toEqual({
      status: 'cancelled',
      orders: 1,
      total: '50.00',
    });
    const customers = await get<{
      new_customers: number;
      by_day: Array<{ date: string; new_customers: number }>;
    }>('/api/admin/reports/customers/?from=2026-02-10&to=2026-02-11');
    expect(customers.by_day).toEqual([
      { date: '2026-02-10', new_customers: 1 },
      { date: '2026-02-11', new_customers: 0 },
    ]);
  });
});
