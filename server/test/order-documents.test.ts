/**
 * Order documents: the invoice (customer's and staff's) and the packing slip
 * as real PDFs whose text names the order, its lines and the address, in
 * accented and non-Latin scripts; someone else's invoice is 404. And the
 * staff CSV export of orders: the list's filters, formula-safe cells, a
 * keyset walk past one batch.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_BATCH } from '../src/modules/shop/order-documents.service.js';
import { bearer, makeUser } from './auth-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';
import { pdfText } from './pdf-text.js';
import { addToCart, type Customer, createIntent, makeCustomer, makeProduct } from './shop-fixtures.js';

let t: TestApp;
let staff: Record<string, string>;

beforeAll(async () => {
  t = await buildTestApp({ SHOP_NAME: 'Épicerie Mercato' });
  await t.app.ready();
  staff = bearer((await makeUser(t.app, 'staff')).access);
});
afterAll(async () => t.close());

const ADDRESS = {
  full_name: 'Zoë Ångström-Müller',
  line1: '7 Rue de l’Église',
  city: 'Besançon',
  postal_code: '25000',
  country: 'FR',
};

interface Order {
  id: string;
  order_number: string;
}

async function placeOrder(
  customer: Customer,
  options: { name?: string; price?: number; quantity?: number; paymentMethod?: string } = {},
): Promise<Order> {
  const product = await makeProduct(t.db, {
    name: options.name ?? 'Plain Tee',
    price: options.price ?? 1500,
  });
  const added = await addToCart(t.app, customer, product.sizeIds[0] ?? '', options.quantity ?? 2);
  expect(added.statusCode, added.body).toBe(200);
  const { body } = await createIntent(t.app, customer);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/orders/checkout/',
    headers: customer.headers,
    payload: {
      payment_intent_id: body.payment_intent_id,
      shipping_address: ADDRESS,
      payment_method: options.paymentMethod ?? 'pm_card_visa',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

function get(url: string, headers: Record<string, string>) {
  return t.app.inject({ method: 'GET', url, headers });
}

describe('invoice and packing slip', () => {
  it("gives the customer their own order's invoice: a PDF naming the order, its lines, totals and payment", async () => {
    const ada = await makeCustomer(t.app);
    const order = await placeOrder(ada, { name: 'Crème Brûlée Tee — Футболка', price: 1250, quantity: 3 });
    const res = await get(`/api/orders/${order.id}/invoice.pdf`, ada.headers);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="invoice-${order.order_number}.pdf"`,
    );
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Épicerie Mercato');
    expect(text).toContain(order.order_number);
    expect(text).toContain(`INV-${order.order_number.replace('ORD-', '')}`);
    expect(text).toContain('Crème Brûlée Tee — Футболка');
    expect(text).toContain('Red / S');
    expect(text).toContain('$12.50');
    expect(text).toContain('$37.50');
    expect(text).toContain('Zoë Ångström-Müller');
    expect(text).toContain('7 Rue de l’Église');
    expect(text).toContain('25000 Besançon');
    expect(text).toContain(ada.email);
    expect(text).toContain('Test card: Visa (paid)');
    expect(text).not.toContain('Refunded');
  });

  it("answers 404 for another customer's invoice, and for an unknown order; 401 anonymous", async () => {
    const ada = await makeCustomer(t.app);
    const bob = await makeCustomer(t.app);
    const order = await placeOrder(ada);
    const other = await get(`/api/orders/${order.id}/invoice.pdf`, bob.headers);
    expect(other.statusCode).toBe(404);
    expect(problemOf(other).code).toBe('ORDER_NOT_FOUND');
    const unknown = await get('/api/orders/0190a4b8-0000-7000-8000-000000000000/invoice.pdf', ada.headers);
    expect(unknown.statusCode).toBe(404);
    expect((await get('/api/orders/not-a-uuid/invoice.pdf', ada.headers)).statusCode).toBe(400);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/orders/${order.id}/invoice.pdf` })).statusCode,
    ).toBe(401);
    // Staff's documents are staff's only.
    expect((await get(`/api/admin/orders/${order.id}/invoice.pdf`, ada.headers)).statusCode).toBe(403);
    expect((await get(`/api/admin/orders/${order.id}/packing-slip.pdf`, ada.headers)).statusCode).toBe(403);
  });

  it('gives staff any invoice, with a refund shown, and a packing slip without prices', async () => {
    const ada = await makeCustomer(t.app);
    const order = await placeOrder(ada, { name: 'Łódź Scarf', price: 2000, quantity: 1 });
    const refund = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/orders/${order.id}/`,
      headers: staff,
      payload: { status: 'refunded' },
    });
    expect(refund.statusCode, refund.body).toBe(200);
    await t.app.ctx.jobs.idle();
    const invoice = await get(`/api/admin/orders/${order.id}/invoice.pdf`, staff);
    expect(invoice.statusCode).toBe(200);
    const text = await pdfText(invoice.rawPayload);
    expect(text).toContain('Łódź Scarf');
    expect(text).toContain('Refunded');
    expect(text).toContain('−$20.00');

    const slip = await get(`/api/admin/orders/${order.id}/packing-slip.pdf`, staff);
    expect(slip.statusCode).toBe(200);
    expect(slip.headers['content-type']).toBe('application/pdf');
    expect(slip.headers['content-disposition']).toBe(
      `attachment; filename="packing-slip-${order.order_number}.pdf"`,
    );
    const slipText = await pdfText(slip.rawPayload);
    expect(slipText).toContain(order.order_number);
    expect(slipText).toContain('Łódź Scarf');
    expect(slipText).toContain('Zoë Ångström-Müller');
    expect(slipText).not.toContain('$');
    expect(slipText).not.toMatch(/20\.00/);
  });

  it('keeps a long order readable over several pages, the table header repeated', async () => {
    const ada = await makeCustomer(t.app);
    for (let i = 0; i < 45; i += 1) {
      const product = await makeProduct(t.db, { name: `Line product ${i} ${'long name '.repeat(i % 4)}` });
      expect((await addToCart(t.app, ada, product.sizeIds[0] ?? '', 1)).statusCode).toBe(200);
    }
    const { body } = await createIntent(t.app, ada);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/orders/checkout/',
      headers: ada.headers,
      payload: { payment_intent_id: body.payment_intent_id, shipping_address: ADDRESS },
    });
    expect(res.statusCode, res.body).toBe(201);
    const order: Order = res.json();
    const pdf = await get(`/api/orders/${order.id}/invoice.pdf`, ada.headers);
    const text = await pdfText(pdf.rawPayload);
    for (let i = 0; i < 45; i += 1) expect(text).toMatch(new RegExp(`Line product ${i}\\b`));
    expect(text.match(/Unit price/g)?.length).toBeGreaterThan(1);
    expect(text).toContain('To be paid (awaiting payment)');
  });
});

describe('orders CSV export', () => {
  async function exportCsv(query: string, headers = staff) {
    const res = await get(`/api/admin/orders/export.csv${query}`, headers);
    return { res, rows: res.statusCode === 200 ? (parse(res.body) as string[][]) : [] };
  }

  it('is staff only', async () => {
    const ada = await makeCustomer(t.app);
    expect((await get('/api/admin/orders/export.csv', ada.headers)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/orders/export.csv' })).statusCode).toBe(401);
  });

  it('exports the filtered orders, one row each, with formula-like cells defused', async () => {
    const evil = await makeCustomer(t.app);
    const order = await placeOrder(evil, { name: '=HYPERLINK("http://x.test","click")', price: 999 });
    const { res, rows } = await exportCsv(`?search=${order.order_number}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="orders.csv"');
    expect(res.body.charCodeAt(0)).not.toBe(0xfeff);
    expect(rows[0]?.slice(0, 3)).toEqual(['order_number', 'invoice_number', 'created_at']);
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries((rows[0] ?? []).map((name, i) => [name, rows[1]?.[i]]));
    expect(row.order_number).toBe(order.order_number);
    expect(row.email).toBe(evil.email);
    expect(row.customer_name).toBe('Zoë Ångström-Müller');
    expect(row.items).toBe('2 × =HYPERLINK("http://x.test","click") (Red / S)');
    expect(row.total).toBe('19.98');
    expect(row.status).toBe('paid');
    expect(row.payment_method).toBe('Test card: Visa');

    const direct = await exportCsv(`?search=${order.order_number}&status=pending`);
    expect(direct.rows).toHaveLength(1); // the header only
  });

  it("defuses a cell that starts with '=' in the raw bytes", async () => {
    const ada = await makeCustomer(t.app);
    // A shipping city is the customer's own text.
    const product = await makeProduct(t.db, { price: 100 });
    await addToCart(t.app, ada, product.sizeIds[0] ?? '', 1);
    const { body } = await createIntent(t.app, ada);
    const placed = await t.app.inject({
      method: 'POST',
      url: '/api/orders/checkout/',
      headers: ada.headers,
      payload: {
        payment_intent_id: body.payment_intent_id,
        shipping_address: { ...ADDRESS, city: '=cmd|/C calc!A0', full_name: '@SUM(A1)' },
      },
    });
    const order: Order = placed.json();
    const { res } = await exportCsv(`?search=${order.order_number}`);
    expect(res.body).toContain(",'=cmd|/C calc!A0,");
    expect(res.body).toContain(",'@SUM(A1),");
  });

  it('filters by the days placed (shop time zone) and walks past a batch without repeating or losing an order', async () => {
    const ada = await makeCustomer(t.app);
    const order = await placeOrder(ada, { price: 100, quantity: 1 });
    const source = await t.db
      .selectFrom('orders')
      .selectAll()
      .where('id', '=', order.id)
      .executeTakeFirstOrThrow();
    // More orders than one batch, sharing creation times in pairs (the keyset breaks ties by id).
    const extra = EXPORT_BATCH + 7;
    const rows = Array.from({ length: extra }, (_, i) => ({
      ...source,
      id: `0190a4b8-${String(i).padStart(4, '0')}-7000-8000-000000000000`,
      order_number: `ORD-X${String(i).padStart(6, '0')}`,
      payment_intent_id: null,
      created_at: new Date(Date.UTC(2021, 5, 1, 12, 0, Math.floor(i / 2))).toISOString(),
    }));
    for (let i = 0; i < rows.length; i += 100)
      await t.db
        .insertInto('orders')
        .values(rows.slice(i, i + 100))
        .execute();

    const day = await exportCsv('?from=2021-06-01&to=2021-06-01&search=ORD-X');
    expect(day.res.statusCode).toBe(200);
    const numbers = day.rows.slice(1).map((r) => r[0]);
    expect(numbers).toHaveLength(extra);
    expect(new Set(numbers).size).toBe(extra);
    // Newest first, as the list.
    expect(numbers[0]).toBe(`ORD-X${String(extra - 1).padStart(6, '0')}`);
    expect((await exportCsv('?from=2021-06-02&search=ORD-X')).rows).toHaveLength(1);
    expect((await exportCsv('?to=2021-05-31&search=ORD-X')).rows).toHaveLength(1);
    // In Dhaka (UTC+6), 12:00 UTC is 18:00 the same day.
    const list = await get(
      '/api/admin/orders/?from=2021-06-01&to=2021-06-01&search=ORD-X&page_size=1',
      staff,
    );
    expect(list.json().count).toBe(extra);
    const bad = await exportCsv('?from=2021-02-30');
    expect(bad.res.statusCode).toBe(400);
    const open = await exportCsv('?from=0001-01-01&to=9999-12-31&search=ORD-X');
    expect(open.rows).toHaveLength(extra + 1);
  });
});
