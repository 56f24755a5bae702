/**
 * Vendors' own orders and sales (`/api/vendor/orders/`,
 * `/api/vendor/reports/sales/`): a vendor sees the orders holding their
 * products with only their lines and what shipping needs (never another
 * vendor's lines nor the customer's email), their report counts only their
 * lines of orders paid and kept, a vendor asking for another's gets their own,
 * and managers see any vendor's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeUser } from './auth-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';
import {
  addToCart,
  type Customer,
  checkout,
  createIntent,
  makeCustomer,
  makeProduct,
} from './shop-fixtures.js';

let t: TestApp;
let staff: Record<string, string>;
let manager: Record<string, string>;
let vera: { id: string; headers: Record<string, string> };
let otto: { id: string; headers: Record<string, string> };
let ada: Customer;
/** The mixed order: 2 of Vera's scarves (15.00), 1 of Otto's kettle (60.00). */
let mixedId: string;

interface VendorOrder {
  id: string;
  order_number: string;
  status: string;
  customer_name: string;
  shipping_address: Record<string, string>;
  items: Array<{ product_id: string | null; quantity: number; line_total: string }>;
  item_count: number;
  subtotal: string;
}
interface Sales {
  totals: { orders: number; units: number; revenue: string };
  by_day: Array<{ date: string; orders: number; units: number; revenue: string }>;
  top_products: { by_units: Array<{ product_id: string | null; units: number; revenue: string }> };
}

async function get<T>(url: string, headers: Record<string, string>): Promise<T> {
  const res = await t.app.inject({ method: 'GET', url, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}

/** One order of these lines, paid with a test card (or left awaiting payment). */
async function order(customer: Customer, lines: Array<[string, number]>, paymentMethod?: string) {
  for (const [sizeId, quantity] of lines)
    expect((await addToCart(t.app, customer, sizeId, quantity)).statusCode).toBe(200);
  const intent = await createIntent(t.app, customer);
  const res = await checkout(
    t.app,
    customer,
    intent.body.payment_intent_id,
    paymentMethod === undefined ? {} : { paymentMethod },
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; status: string };
}

beforeAll(async () => {
  t = await buildTestApp();
  staff = bearer((await makeUser(t.app, 'staff')).access);
  manager = bearer((await makeUser(t.app, 'manager')).access);
  const v = await makeUser(t.app, 'vendor', { vendor_status: 'approved' });
  const o = await makeUser(t.app, 'vendor', { vendor_status: 'approved' });
  vera = { id: v.user.id, headers: bearer(v.access) };
  otto = { id: o.user.id, headers: bearer(o.access) };
  ada = await makeCustomer(t.app);
  const scarf = await makeProduct(t.db, {
    name: 'Scarf',
    price: 750,
    vendorId: vera.id,
    sizes: [{ stock: 50 }],
  });
  const hat = await makeProduct(t.db, {
    name: 'Hat',
    price: 2000,
    vendorId: vera.id,
    sizes: [{ stock: 50 }],
  });
  const kettle = await makeProduct(t.db, {
    name: 'Kettle',
    price: 6000,
    vendorId: otto.id,
    sizes: [{ stock: 50 }],
  });
  const house = await makeProduct(t.db, { name: 'House tea', price: 500, sizes: [{ stock: 50 }] });
  mixedId = (
    await order(ada, [
      [scarf.sizeIds[0] as string, 2],
      [kettle.sizeIds[0] as string, 1],
    ])
  ).id;
  await order(ada, [[hat.sizeIds[0] as string, 1]]); // Vera's: 20.00
  await order(ada, [[kettle.sizeIds[0] as string, 2]]); // Otto's only
  await order(ada, [[house.sizeIds[0] as string, 3]]); // the shop's own
  const unpaid = await order(ada, [[hat.sizeIds[0] as string, 4]], ''); // Vera's, awaiting payment: not sales
  expect(unpaid.status).toBe('pending');
  const cancelled = await order(ada, [[scarf.sizeIds[0] as string, 5]]);
  const cancel = await t.app.inject({
    method: 'POST',
    url: `/api/orders/${cancelled.id}/cancel/`,
    headers: ada.headers,
    payload: {},
  });
  expect(cancel.statusCode).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

describe('a vendor’s orders', () => {
  it('lists the orders holding their products, with their lines only and no email', async () => {
    const page = await get<{ count: number; results: VendorOrder[] }>('/api/vendor/orders/', vera.headers);
    expect(page.count).toBe(4); // mixed, hat, unpaid hat, cancelled scarves
    const mixed = page.results.find((o) => o.id === mixedId);
    expect(mixed).toBeDefined();
    expect(mixed?.items).toHaveLength(1);
    expect(mixed).toMatchObject({ item_count: 2, subtotal: '15.00', customer_name: 'Ada Lovelace' });
    expect(mixed?.shipping_address).toMatchObject({ line1: '12 St James Square', city: 'London' });
    const text = JSON.stringify(page);
    expect(text).not.toContain(ada.email);
    expect(text).not.toContain('Kettle');
    expect(text).not.toContain('60.00');
    expect(text).not.toContain('"total"');
    expect(text).not.toContain('"payment"');

    const ottos = await get<{ count: number; results: VendorOrder[] }>('/api/vendor/orders/', otto.headers);
    expect(ottos.count).toBe(2);
    expect(ottos.results.find((o) => o.id === mixedId)).toMatchObject({ subtotal: '60.00', item_count: 1 });
    expect(JSON.stringify(ottos)).not.toContain('Scarf');
  });

  it('filters by status and by the days placed', async () => {
    const paid = await get<{ count: number; results: VendorOrder[] }>(
      '/api/vendor/orders/?status=paid',
      vera.headers,
    );
    expect(paid.count).toBe(2);
    expect(paid.results.every((o) => o.status === 'paid')).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    const byDay = await get<{ count: number }>(`/api/vendor/orders/?from=${today}&to=${today}`, vera.headers);
    expect(byDay.count).toBe(4);
    const before = await get<{ count: number }>('/api/vendor/orders/?to=2020-01-01', vera.headers);
    expect(before.count).toBe(0);
    for (const q of [
      'from=2026-02-30',
      'from=0001-01-01',
      'from=2026-05-02&to=2026-05-01',
      'status=lost',
      'page_size=1000',
      'vendor=nobody',
    ]) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/vendor/orders/?${q}`,
        headers: vera.headers,
      });
      expect(res.statusCode, q).toBe(400);
      problemOf(res);
    }
  });

  it('gives a vendor their own whatever vendor they ask for; managers any vendor’s', async () => {
    const asked = await get<{ count: number; results: VendorOrder[] }>(
      `/api/vendor/orders/?vendor=${otto.id}`,
      vera.headers,
    );
    expect(asked.count).toBe(4);
    expect(JSON.stringify(asked)).not.toContain('Kettle');
    const asManager = await get<{ count: number; results: VendorOrder[] }>(
      `/api/vendor/orders/?vendor=${otto.id}`,
      manager,
    );
    expect(asManager.count).toBe(2);
    expect(JSON.stringify(asManager)).not.toContain('Scarf');
    const all = await get<{ count: number }>('/api/vendor/orders/', manager);
    expect(all.count).toBe(6);
    // Customers, plain staff and unapproved vendors may not.
    const pending = await makeUser(t.app, 'vendor');
    for (const headers of [ada.headers, staff, bearer(pending.access)]) {
      const res = await t.app.inject({ method: 'GET', url: '/api/vendor/orders/', headers });
      expect(res.statusCode).toBe(403);
    }
  });
});

describe('a vendor’s sales', () => {
  it('counts only their lines of orders paid and kept, per day, with their best sellers', async () => {
    const sales = await get<Sales>('/api/vendor/reports/sales/?days=7', vera.headers);
    expect(sales.by_day).toHaveLength(7);
    // Scarves 2 × 7.50 and a hat 20.00; the unpaid hats and the cancelled scarves left out.
    expect(sales.totals).toEqual({ orders: 2, units: 3, revenue: '35.00' });
    const today = sales.by_day[sales.by_day.length - 1];
    expect(today).toMatchObject({ orders: 2, units: 3, revenue: '35.00' });
    expect(sales.by_day.slice(0, -1).every((d) => d.units === 0 && d.revenue === '0.00')).toBe(true);
    expect(sales.top_products.by_units.map((p) => [p.units, p.revenue])).toEqual([
      [2, '15.00'],
      [1, '20.00'],
    ]);
    const ottos = await get<Sales>('/api/vendor/reports/sales/?days=30', otto.headers);
    expect(ottos.totals).toEqual({ orders: 2, units: 3, revenue: '180.00' });
    const asked = await get<Sales>(`/api/vendor/reports/sales/?days=90&vendor=${otto.id}`, vera.headers);
    expect(asked.totals.revenue).toBe('35.00');
    const asManager = await get<Sales>(`/api/vendor/reports/sales/?vendor=${vera.id}`, manager);
    expect(asManager.totals.revenue).toBe('35.00');
    const shop = await get<Sales>('/api/vendor/reports/sales/', manager);
    expect(shop.totals).toEqual({ orders: 4, units: 9, revenue: '230.00' });
    for (const q of ['days=0', 'days=367', 'days=-7', 'days=1e999', 'from=2026-01-01']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/vendor/reports/sales/?${q}`,
        headers: vera.headers,
      });
      expect(res.statusCode, q).toBe(400);
    }
  });
});
