/**
 * Inventory for staff: items with low-stock flags and filters, guarded
 * adjustments (never below zero, even with ten at once) in the ledger and the
 * audit log, the movements ledger with its filters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeUser } from './auth-helpers.js';
import { makeCategory, makeProduct, type ProductDetail, simpleProduct } from './catalog-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';

let t: TestApp;
let staff: { access: string; email: string; user: { id: string; email: string } };
let manager: string;
let vendor: string;
let customer: string;
let low: ProductDetail;
let plenty: ProductDetail;
let parent: string;

beforeAll(async () => {
  t = await buildTestApp({ LOW_STOCK_THRESHOLD: 3 });
  staff = await makeUser(t.app, 'staff');
  manager = (await makeUser(t.app, 'manager')).access;
  vendor = (await makeUser(t.app, 'vendor', { vendor_status: 'approved' })).access;
  customer = (await makeUser(t.app, 'customer')).access;
  parent = (await makeCategory(t.app, manager, { name: 'Home' })).id;
  const child = (await makeCategory(t.app, manager, { name: 'Mugs', parent })).id;
  const other = (await makeCategory(t.app, manager, { name: 'Garden' })).id;
  low = await makeProduct(t.app, vendor, simpleProduct(child, { name: 'Enamel Mug', stock: 3 }));
  plenty = await makeProduct(t.app, manager, {
    name: 'Watering Can',
    price: '12.00',
    category: other,
    variants: [
      {
        color: 'Green',
        sizes: [
          { size: '5 L', sku: 'CAN-5L', stock: 50 },
          { size: '10 L', sku: 'CAN-10L', stock: 0 },
        ],
      },
    ],
  });
});

afterAll(async () => {
  await t?.close();
});

type Items = {
  count: number;
  next: string | null;
  results: Array<{
    sku: string;
    stock: number;
    reserved: number;
    low_stock: boolean;
    product: { id: string };
    variant: { color: string };
    category: { slug: string };
  }>;
};

async function items(query = ''): Promise<Items> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/inventory/items/${query}`,
    headers: bearer(staff.access),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

function adjust(payload: object, token = staff.access) {
  return t.app.inject({
    method: 'POST',
    url: '/api/inventory/adjustments/',
    headers: bearer(token),
    payload,
  });
}

describe('access', () => {
  it('is for staff, managers and admins', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/inventory/items/' })).statusCode).toBe(401);
    for (const token of [customer, vendor]) {
      for (const url of ['/api/inventory/items/', '/api/inventory/movements/']) {
        expect((await t.app.inject({ method: 'GET', url, headers: bearer(token) })).statusCode).toBe(403);
      }
      expect((await adjust({ sku: 'CAN-5L', delta: 1, reason: 'x' }, token)).statusCode).toBe(403);
    }
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/inventory/items/', headers: bearer(manager) }))
        .statusCode,
    ).toBe(200);
  });
});

describe('GET /api/inventory/items/', () => {
  it('lists every SKU with stock, reserved and the low-stock flag', async () => {
    const body = await items();
    expect(body.count).toBe(3);
    const bySku = new Map(body.results.map((r) => [r.sku, r]));
    expect(bySku.get(low.variants[0]!.sizes[0]!.sku)).toMatchObject({
      stock: 3,
      reserved: 0,
      low_stock: true,
      category: { slug: 'mugs' },
    });
    expect(bySku.get('CAN-5L')).toMatchObject({ stock: 50, low_stock: false, variant: { color: 'Green' } });
    expect(bySku.get('CAN-10L')).toMatchObject({ stock: 0, low_stock: true });
  });

  it('filters by search, low stock, product and category (with subcategories)', async () => {
    expect((await items('?search=can-5')).results.map((r) => r.sku)).toEqual(['CAN-5L']);
    expect((await items('?search=enamel')).count).toBe(1);
    expect((await items('?low_stock=true')).results.map((r) => r.sku).sort()).toEqual(
      ['CAN-10L', low.variants[0]!.sizes[0]!.sku].sort(),
    );
    expect((await items('?low_stock=false')).results.map((r) => r.sku)).toEqual(['CAN-5L']);
    expect((await items(`?product=${plenty.id}`)).count).toBe(2);
    expect((await items('?product=not-an-id')).count).toBe(0);
    expect((await items('?category=home')).results.map((r) => r.product.id)).toEqual([low.id]);
    expect((await items(`?category=${parent}`)).count).toBe(1);
    expect((await items('?category=garden&page_size=1')).next).toBe(
      'http://testserver/api/inventory/items/?category=garden&page_size=1&page=2',
    );
  });
});

describe('POST /api/inventory/adjustments/', () => {
  it('adds and removes units, with a movement and an audit entry', async () => {
    const res = await adjust({ sku: 'CAN-5L', delta: -5, reason: 'Damaged in storage' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      sku: 'CAN-5L',
      delta: -5,
      stock_after: 45,
      kind: 'adjustment',
      reason: 'Damaged in storage',
      actor: { id: staff.user.id, email: staff.email },
      product: { id: plenty.id },
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'inventory.adjusted')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ sku: 'CAN-5L', delta: -5, stock_after: 45 });
    // The shop sees the same figure.
    const detail = await t.app.inject({ method: 'GET', url: `/api/products/${plenty.slug}/` });
    expect(detail.json().variants[0].sizes[0].stock).toBe(45);
  });

  it('never goes below zero: 409 INSUFFICIENT_STOCK saying what is available, nothing written', async () => {
    const before = await t.db
      .selectFrom('stock_movements')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await adjust({ sku: 'CAN-10L', delta: -1, reason: 'Count' });
    expect(res.statusCode).toBe(409);
    const p = problemOf(res);
    expect(p.code).toBe('INSUFFICIENT_STOCK');
    expect(p.detail).toContain('Only 0');
    expect(p.errors?.delta?.[0]).toContain('available: 0');
    const after = await t.db
      .selectFrom('stock_movements')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('holds under ten concurrent adjustments', async () => {
    const mug = low.variants[0]!.sizes[0]!;
    // 3 in stock; ten staff each try to take one.
    const results = await Promise.all(
      Array.from({ length: 10 }, () => adjust({ sku: mug.sku, delta: -1, reason: 'Race' })),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(3);
    expect(codes.filter((c) => c === 409)).toHaveLength(7);
    const row = await t.db
      .selectFrom('product_sizes')
      .select('stock')
      .where('id', '=', mug.id)
      .executeTakeFirstOrThrow();
    expect(row.stock).toBe(0);
    const moves = await t.db
      .selectFrom('stock_movements')
      .select(['delta', 'stock_after'])
      .where('size_id', '=', mug.id)
      .where('reason', '=', 'Race')
      .execute();
    expect(moves.map((m) => m.stock_after).sort()).toEqual([0, 1, 2]);
  });

  it('requires a reason, a known SKU and a non-zero whole delta (400)', async () => {
    for (const [payload, code] of [
      [{ sku: 'CAN-5L', delta: 1 }, 'VALIDATION_ERROR'],
      [{ sku: 'CAN-5L', delta: 1, reason: '   ' }, 'VALIDATION_ERROR'],
      [{ sku: 'CAN-5L', delta: 0, reason: 'x' }, 'VALIDATION_ERROR'],
      [{ sku: 'CAN-5L', delta: 1.5, reason: 'x' }, 'VALIDATION_ERROR'],
      [{ sku: 'CAN-5L', delta: 'lots', reason: 'x' }, 'VALIDATION_ERROR'],
      [{ sku: 'NOPE', delta: 1, reason: 'x' }, 'UNKNOWN_SKU'],
    ] as const) {
      const res = await adjust(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(problemOf(res).code).toBe(code);
    }
  });
});

describe('GET /api/inventory/movements/', () => {
  it('has a row for every stock change, newest first, with who and why; filters', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/inventory/movements/?page_size=100',
      headers: bearer(staff.access),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      count: number;
      results: Array<{
        sku: string;
        kind: string;
        created_at: string;
        actor: { id: string } | null;
        delta: number;
      }>;
    };
    // initial: mug 3, can 50 (the empty size has none); adjustments: -5 and three race winners.
    expect(body.count).toBe(6);
    const times = body.results.map((r) => r.created_at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(body.results.every((r) => r.actor !== null)).toBe(true);
    // Every stock figure is explained by its movements.
    for (const size of await t.db.selectFrom('product_sizes').select(['sku', 'stock']).execute()) {
      const sum = body.results.filter((m) => m.sku === size.sku).reduce((n, m) => n + m.delta, 0);
      expect(sum, size.sku).toBe(size.stock);
    }
    const q = async (query: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/inventory/movements/${query}`,
          headers: bearer(staff.access),
        })
      ).json().count as number;
    expect(await q('?sku=CAN-5L')).toBe(2);
    expect(await q('?kind=initial')).toBe(2);
    expect(await q(`?product=${low.id}`)).toBe(4);
    expect(await q('?since=2000-01-01T00:00:00Z&until=2999-01-01T00:00:00Z')).toBe(6);
    expect(await q('?until=2000-01-01T00:00:00Z')).toBe(0);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/inventory/movements/?since=yesterday',
      headers: bearer(staff.access),
    });
    expect(bad.statusCode).toBe(400);
    const badKind = await t.app.inject({
      method: 'GET',
      url: '/api/inventory/movements/?kind=theft',
      headers: bearer(staff.access),
    });
    expect(badKind.statusCode).toBe(400);
  });
});

describe('reserved units', () => {
  it('counts units of orders awaiting payment, already taken from stock, and frees them on cancel', async () => {
    const { addToCart, checkout, createIntent } = await import('./shop-fixtures.js');
    const mug = await makeProduct(t.app, manager, simpleProduct(parent, { name: 'Reserved Mug', stock: 10 }));
    const sku = mug.variants[0]!.sizes[0]!.sku;
    const buyer = { id: '', email: '', headers: bearer(customer) };
    expect((await addToCart(t.app, buyer, mug.variants[0]!.sizes[0]!.id, 2)).statusCode).toBe(200);
    const { body: intent } = await createIntent(t.app, buyer);
    const placed = await checkout(t.app, buyer, intent.payment_intent_id, { paymentMethod: 'cash' });
    expect(placed.statusCode, placed.body).toBe(201);
    const row = async () => (await items(`?search=${sku}`)).results[0];
    expect(await row()).toMatchObject({ stock: 8, reserved: 2 });
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/orders/${(placed.json() as { id: string }).id}/cancel/`,
      headers: bearer(customer),
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(await row()).toMatchObject({ stock: 10, reserved: 0 });
  });
});
