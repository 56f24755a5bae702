import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from './auth-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';
import { type Customer, makeCustomer, makeProduct } from './shop-fixtures.js';

let t: TestApp;
let ada: Customer;
let bob: Customer;

beforeAll(async () => {
  t = await buildTestApp();
  await t.app.ready();
  ada = await makeCustomer(t.app);
  bob = await makeCustomer(t.app);
});
afterAll(async () => t.close());

const post = (customer: Customer, url: string, payload?: unknown) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: customer.headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

async function list(customer: Customer) {
  const res = await t.app.inject({ method: 'GET', url: '/api/wishlist/', headers: customer.headers });
  expect(res.statusCode).toBe(200);
  return res.json() as { count: number; results: Array<{ id: string; product: { id: string } }> };
}

async function clear(customer: Customer) {
  for (const item of (await list(customer)).results) {
    await t.app.inject({
      method: 'DELETE',
      url: `/api/wishlist/remove/${item.id}/`,
      headers: customer.headers,
    });
  }
}

describe('wishlist', () => {
  it('adds a product once, however often it is sent', async () => {
    await clear(ada);
    const p = await makeProduct(t.db, { name: 'Kettle', price: 3450, sizes: [{ stock: 2 }] });
    const first = await post(ada, '/api/wishlist/add/', { product_id: p.productId });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      id: expect.any(String),
      product: {
        id: p.productId,
        name: 'Kettle',
        slug: p.slug,
        price: '34.50',
        image: null,
        is_active: true,
        in_stock: true,
      },
    });
    const second = await post(ada, '/api/wishlist/add/', { product_id: p.productId });
    expect(second.statusCode).toBe(200);
    expect(second.json().id).toBe(first.json().id);
    const both = await Promise.all(
      [1, 2, 3].map(() => post(ada, '/api/wishlist/add/', { product_id: p.productId })),
    );
    expect(both.every((r) => r.statusCode === 200)).toBe(true);
    expect((await list(ada)).count).toBe(1);
  });

  it('refuses unknown or inactive products (404) and bad ids (400)', async () => {
    const hidden = await makeProduct(t.db, { isActive: false });
    const res = await post(ada, '/api/wishlist/add/', { product_id: hidden.productId });
    expect(res.statusCode).toBe(404);
    expect(problemOf(res).code).toBe('PRODUCT_NOT_FOUND');
    const bad = await post(ada, '/api/wishlist/add/', { product_id: 'kettle' });
    expect(bad.statusCode).toBe(400);
    expect(problemOf(bad).code).toBe('VALIDATION_ERROR');
  });

  it('refuses a product whose vendor may not sell (not approved, or deactivated), as the catalogue does', async () => {
    await clear(ada);
    const pending = await makeUser(t.app, 'vendor');
    const deactivated = await makeUser(t.app, 'vendor', { vendor_status: 'approved' });
    await t.db.updateTable('users').set({ is_active: false }).where('id', '=', deactivated.user.id).execute();
    const approved = await makeUser(t.app, 'vendor', { vendor_status: 'approved' });
    const notYet = await makeProduct(t.db, { vendorId: pending.user.id });
    const gone = await makeProduct(t.db, { vendorId: deactivated.user.id });
    const sold = await makeProduct(t.db, { vendorId: approved.user.id });
    for (const p of [notYet, gone]) {
      const res = await post(ada, '/api/wishlist/add/', { product_id: p.productId });
      expect(res.statusCode).toBe(404);
      expect(problemOf(res).code).toBe('PRODUCT_NOT_FOUND');
      const detail = await t.app.inject({ method: 'GET', url: `/api/products/${p.slug}/` });
      expect(detail.statusCode).toBe(404);
    }
    const bulk = await post(ada, '/api/wishlist/bulk-add/', {
      product_ids: [sold.productId, gone.productId],
    });
    expect(bulk.statusCode).toBe(400);
    expect(problemOf(bulk).errors?.product_ids?.[0]).toContain(gone.productId);
    expect((await list(ada)).count).toBe(0);
    expect((await post(ada, '/api/wishlist/add/', { product_id: sold.productId })).statusCode).toBe(201);
    expect((await list(ada)).results.map((i) => i.product.id)).toEqual([sold.productId]);
  });

  it("removes an entry by its id; another user's entry is 404", async () => {
    await clear(ada);
    const p = await makeProduct(t.db);
    const entry = (await post(ada, '/api/wishlist/add/', { product_id: p.productId })).json();
    const stolen = await t.app.inject({
      method: 'DELETE',
      url: `/api/wishlist/remove/${entry.id}/`,
      headers: bob.headers,
    });
    expect(stolen.statusCode).toBe(404);
    expect((await list(ada)).count).toBe(1);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/wishlist/remove/${entry.id}/`,
      headers: ada.headers,
    });
    expect(removed.statusCode).toBe(204);
    expect((await list(ada)).count).toBe(0);
  });

  it('bulk-adds all or nothing and bulk-removes', async () => {
    await clear(ada);
    const a = await makeProduct(t.db);
    const b = await makeProduct(t.db);
    const c = await makeProduct(t.db, { isActive: false });
    await post(ada, '/api/wishlist/add/', { product_id: a.productId });
    const refused = await post(ada, '/api/wishlist/bulk-add/', { product_ids: [b.productId, c.productId] });
    expect(refused.statusCode).toBe(400);
    expect(problemOf(refused).errors?.product_ids?.[0]).toContain(c.productId);
    expect((await list(ada)).count).toBe(1);
    const added = await post(ada, '/api/wishlist/bulk-add/', { product_ids: [a.productId, b.productId] });
    expect(added.statusCode).toBe(200);
    expect(added.json().added).toBe(1);
    expect(
      added
        .json()
        .items.map((i: { product: { id: string } }) => i.product.id)
        .sort(),
    ).toEqual([a.productId, b.productId].sort());
    const removed = await post(ada, '/api/wishlist/bulk-remove/', {
      product_ids: [a.productId, b.productId, c.productId],
    });
    expect(removed.json()).toEqual({ removed: 2 });
    expect((await list(ada)).count).toBe(0);
    const empty = await post(ada, '/api/wishlist/bulk-add/', { product_ids: [] });
    expect(empty.statusCode).toBe(400);
  });

  it('moves to the cart: the only size in stock is taken when none is given', async () => {
    await clear(ada);
    const p = await makeProduct(t.db, {
      price: 700,
      sizes: [
        { size: 'S', stock: 0 },
        { size: 'M', stock: 4 },
      ],
    });
    const entry = (await post(ada, '/api/wishlist/add/', { product_id: p.productId })).json();
    const res = await post(ada, `/api/wishlist/${entry.id}/move-to-cart/`);
    expect(res.statusCode).toBe(200);
    const line = res.json().items.find((i: { product: { id: string } }) => i.product.id === p.productId);
    expect(line).toMatchObject({ quantity: 1, size: { id: p.sizeIds[1], size: 'M' }, line_total: '7.00' });
    expect((await list(ada)).count).toBe(0);
  });

  it('moves to the cart: several sizes in stock need size_id; the size must be this product’s and in stock', async () => {
    await clear(ada);
    const p = await makeProduct(t.db, { sizes: [{ stock: 2 }, { stock: 2 }] });
    const other = await makeProduct(t.db);
    const entry = (await post(ada, '/api/wishlist/add/', { product_id: p.productId })).json();
    const ambiguous = await post(ada, `/api/wishlist/${entry.id}/move-to-cart/`, {});
    expect(ambiguous.statusCode).toBe(400);
    expect(problemOf(ambiguous).code).toBe('SIZE_REQUIRED');
    const foreign = await post(ada, `/api/wishlist/${entry.id}/move-to-cart/`, { size_id: other.sizeIds[0] });
    expect(foreign.statusCode).toBe(400);
    expect(problemOf(foreign).code).toBe('SIZE_NOT_OF_PRODUCT');
    const tooMany = await post(ada, `/api/wishlist/${entry.id}/move-to-cart/`, {
      size_id: p.sizeIds[0],
      quantity: 3,
    });
    expect(tooMany.statusCode).toBe(409);
    expect(problemOf(tooMany).code).toBe('INSUFFICIENT_STOCK');
    expect((await list(ada)).count).toBe(1);
    const ok = await post(ada, `/api/wishlist/${entry.id}/move-to-cart/`, {
      size_id: p.sizeIds[0],
      quantity: 2,
    });
    expect(ok.statusCode).toBe(200);
    expect((await list(ada)).count).toBe(0);
    const soldOut = await makeProduct(t.db, { sizes: [{ stock: 0 }] });
    const e2 = (await post(ada, '/api/wishlist/add/', { product_id: soldOut.productId })).json();
    const none = await post(ada, `/api/wishlist/${e2.id}/move-to-cart/`);
    expect(none.statusCode).toBe(409);
    expect(problemOf(none).code).toBe('INSUFFICIENT_STOCK');
    const notMine = await post(bob, `/api/wishlist/${e2.id}/move-to-cart/`);
    expect(notMine.statusCode).toBe(404);
  });

  it('lists newest first, paginated, and flags products out of stock', async () => {
    await clear(bob);
    const a = await makeProduct(t.db, { sizes: [{ stock: 0 }] });
    const b = await makeProduct(t.db);
    await post(bob, '/api/wishlist/add/', { product_id: a.productId });
    await post(bob, '/api/wishlist/add/', { product_id: b.productId });
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/wishlist/?page_size=1',
      headers: bob.headers,
    });
    const page = res.json();
    expect(page.count).toBe(2);
    expect(page.results[0].product.id).toBe(b.productId);
    expect(page.next).toContain('page=2');
    const second = await t.app.inject({
      method: 'GET',
      url: '/api/wishlist/?page_size=1&page=2',
      headers: bob.headers,
    });
    expect(second.json().results[0].product).toMatchObject({ id: a.productId, in_stock: false });
  });
});
