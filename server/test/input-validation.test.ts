/**
 * What every route refuses before a handler sees it (SPEC §2): non-finite
 * numbers (`1e999`, `Infinity`, coerced from a query string or a body's string,
 * or a JSON number too large for a double) and NUL characters, each a 400 with
 * a field error and nothing stored, on either database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileValues } from '../src/platform/validation.js';
import { bearer, makeUser } from './auth-helpers.js';
import { makeCategory, makeProduct, simpleProduct, sku } from './catalog-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';
import { countRows, makeProduct as insertProduct, stockOf } from './shop-fixtures.js';

let t: TestApp;
let staff: string;
let manager: string;
let customer: { access: string; user: { id: string }; email: string };
let vendorA: string;
let category: string;
let productOfA: { id: string; variants: Array<{ sizes: Array<{ id: string; sku: string; stock: number }> }> };

beforeAll(async () => {
  t = await buildTestApp();
  staff = (await makeUser(t.app, 'staff')).access;
  manager = (await makeUser(t.app, 'manager')).access;
  customer = await makeUser(t.app, 'customer');
  vendorA = (await makeUser(t.app, 'vendor', { vendor_status: 'approved' })).access;
  category = (await makeCategory(t.app, manager, { name: 'Input checks' })).id;
  productOfA = await makeProduct(t.app, vendorA, simpleProduct(category, { stock: 7 }));
});

afterAll(async () => {
  await t?.close();
});

function expectFieldError(
  res: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  field: string,
) {
  expect(res.statusCode, JSON.stringify(res.json())).toBe(400);
  const body = problemOf(res);
  expect(body.code).toBe('VALIDATION_ERROR');
  expect(Object.keys(body.errors ?? {})).toContain(field);
}

describe('non-finite numbers', () => {
  it.each(['page=-Infinity', 'page=Infinity', 'page=1e999', 'page_size=-1e999', 'page=NaN'])(
    'GET /api/products/?%s is 400 on page or page_size, not a 500',
    async (query) => {
      const res = await t.app.inject({ method: 'GET', url: `/api/products/?${query}` });
      expectFieldError(res, query.split('=')[0] as string);
    },
  );

  it('a quantity of "1e999" or a JSON 1e999 is refused when adding to the cart; the cart stays empty', async () => {
    const { sizeIds } = await insertProduct(t.db, { sizes: [{ stock: 5 }] });
    for (const payload of [
      { size_id: sizeIds[0], quantity: '1e999' },
      { size_id: sizeIds[0], quantity: 'Infinity' },
      `{"size_id":"${sizeIds[0]}","quantity":1e999}`,
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/cart/add/',
        headers: { ...bearer(customer.access), 'content-type': 'application/json' },
        payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      });
      expectFieldError(res, 'quantity');
    }
    expect(await countRows(t.db, 'cart_items')).toBe(0);
  });

  it('an inventory delta of "-1e999" is refused and the stock is unchanged', async () => {
    const size = productOfA.variants[0]?.sizes[0] as { id: string; sku: string };
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/inventory/adjustments/',
      headers: bearer(staff),
      payload: { sku: size.sku, delta: '-1e999', reason: 'count' },
    });
    expectFieldError(res, 'delta');
    expect(await stockOf(t.db, size.id)).toBe(7);
  });

  it('a nested stock of "-1e999" is refused and no product is made (it was stored as 0)', async () => {
    const before = await t.db.selectFrom('products').select('id').execute();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/vendor/products/',
      headers: bearer(vendorA),
      payload: {
        ...simpleProduct(category),
        variants: [{ color: 'Blue', sizes: [{ size: 'L', sku: sku(), stock: '-1e999' }] }],
      },
    });
    expectFieldError(res, 'variants.0.sizes.0.stock');
    expect(await t.db.selectFrom('products').select('id').execute()).toHaveLength(before.length);
  });

  it('finds hostile values at any depth, in keys too, without recursion', () => {
    let deep: unknown = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(hostileValues(deep)).toHaveLength(1);
    const found = hostileValues({ a: [1, { 'b/c': Number.NaN }], 'x\u0000': 'y', ok: 'fine' });
    expect(found).toHaveLength(2);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ keyword: 'finite', instancePath: '/a/1/b~1c' }),
        expect.objectContaining({ keyword: 'nul', instancePath: '/x\u0000' }),
      ]),
    );
    expect(hostileValues({ n: 1e308, s: 'text', list: [null, true, -0] })).toEqual([]);
  });
});

describe('NUL characters', () => {
  it('in a body field: 400 on that field on both databases, nothing stored', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/profile/',
      headers: bearer(customer.access),
      payload: { first_name: 'Ada\u0000Lovelace' },
    });
    expectFieldError(res, 'first_name');
    const row = await t.db
      .selectFrom('users')
      .select('first_name')
      .where('id', '=', customer.user.id)
      .executeTakeFirstOrThrow();
    expect(row.first_name).not.toContain('\u0000');
  });

  it('in a query parameter and in a path parameter: 400 on that field', async () => {
    expectFieldError(await t.app.inject({ method: 'GET', url: '/api/products/?search=tea%00' }), 'search');
    expectFieldError(await t.app.inject({ method: 'GET', url: '/api/products/tea%00pot/' }), 'slug');
  });
});
