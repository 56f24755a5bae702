import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeUser } from './auth-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';
import { addToCart, type Customer, makeCustomer, makeProduct, setStock } from './shop-fixtures.js';

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

async function cartOf(customer: Customer) {
  const res = await t.app.inject({ method: 'GET', url: '/api/cart/', headers: customer.headers });
  expect(res.statusCode).toBe(200);
  return res.json();
}

function byProductOf(cart: { items: Array<{ product: { id: string } }> }, productId: string) {
  return cart.items.find((i) => i.product.id === productId);
}

async function emptyCart(customer: Customer) {
  const cart = await cartOf(customer);
  for (const item of cart.items) {
    await t.app.inject({ method: 'DELETE', url: `/api/cart/remove/${item.id}/`, headers: customer.headers });
  }
}

describe('cart', () => {
  it("shows each line with its colour's picture, else the product's, never another colour's", async () => {
    await emptyCart(ada);
    const shirt = await makeProduct(t.db, { name: 'Shirt', sizes: [{ stock: 5 }] });
    const now = new Date().toISOString();
    const blue = crypto.randomUUID();
    const blueSize = crypto.randomUUID();
    const green = crypto.randomUUID();
    const greenSize = crypto.randomUUID();
    for (const [id, color, position] of [
      [blue, 'Blue', 1],
      [green, 'Green', 2],
    ] as const)
      await t.db
        .insertInto('product_variants')
        .values({ id, product_id: shirt.productId, color, price: null, position, created_at: now })
        .execute();
    for (const [id, variant] of [
      [blueSize, blue],
      [greenSize, green],
    ] as const)
      await t.db
        .insertInto('product_sizes')
        .values({
          id,
          variant_id: variant,
          product_id: shirt.productId,
          size: 'M',
          sku: `SKU-${id}`,
          stock: 5,
          position: 0,
          created_at: now,
        })
        .execute();
    // The red picture comes first in the product's order; the product-wide one after the blue one.
    const image = (variant: string | null, path: string, position: number) => ({
      id: crypto.randomUUID(),
      product_id: shirt.productId,
      variant_id: variant,
      path,
      content_type: 'image/png' as const,
      size_bytes: 10,
      alt_text: '',
      position,
      created_at: now,
    });
    await t.db
      .insertInto('product_images')
      .values([
        image(shirt.variantId, `products/${shirt.productId}/red.png`, 0),
        image(null, `products/${shirt.productId}/all.png`, 1),
        image(blue, `products/${shirt.productId}/blue.png`, 2),
      ])
      .execute();
    for (const size of [shirt.sizeIds[0]!, blueSize, greenSize]) await addToCart(t.app, ada, size, 1);

    const cart = await cartOf(ada);
    const imageOf = (sizeId: string) =>
      cart.items.find((i: { size: { id: string } }) => i.size.id === sizeId).product.image;
    expect(imageOf(shirt.sizeIds[0]!)).toBe(`/media/products/${shirt.productId}/red.png`);
    expect(imageOf(blueSize)).toBe(`/media/products/${shirt.productId}/blue.png`);
    // Green has no picture of its own: the product's, not the red one.
    expect(imageOf(greenSize)).toBe(`/media/products/${shirt.productId}/all.png`);
    await emptyCart(ada);
  });

  it('needs a signed-in user', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/cart/' });
    expect(res.statusCode).toBe(401);
    expect(problemOf(res).code).toBe('NOT_AUTHENTICATED');
  });

  it('starts empty, and one cart per user persists', async () => {
    const first = await cartOf(ada);
    expect(first).toEqual({
      id: expect.any(String),
      items: [],
      subtotal: '0.00',
      total: '0.00',
      item_count: 0,
    });
    expect((await cartOf(ada)).id).toBe(first.id);
    expect((await cartOf(bob)).id).not.toBe(first.id);
  });

  it('adds, increments the same size, and totals add up exactly in decimal strings', async () => {
    await emptyCart(ada);
    // 0.10 + 0.20 must be 0.30 (integer minor units, never floats); a variant price overrides the product's.
    const dime = await makeProduct(t.db, { name: 'Dime', price: 10, sizes: [{ stock: 50 }] });
    const twenty = await makeProduct(t.db, {
      name: 'Twenty',
      price: 999,
      variantPrice: 20,
      sizes: [{ stock: 50 }],
    });
    const [dimeSize = ''] = dime.sizeIds;
    const [twentySize = ''] = twenty.sizeIds;
    expect((await addToCart(t.app, ada, dimeSize, 1)).statusCode).toBe(200);
    expect((await addToCart(t.app, ada, twentySize, 1)).statusCode).toBe(200);
    const res = await addToCart(t.app, ada, dimeSize, 2);
    expect(res.statusCode).toBe(200);
    const cart = res.json();
    expect(cart.items).toHaveLength(2);
    const dimeLine = cart.items.find((i: { size: { id: string } }) => i.size.id === dimeSize);
    expect(dimeLine).toMatchObject({
      quantity: 3,
      unit_price: '0.10',
      line_total: '0.30',
      available: true,
      unavailable_reason: null,
      product: { id: dime.productId, name: 'Dime', slug: dime.slug, image: null },
      variant: { id: dime.variantId, color: 'Red' },
      size: { id: dimeSize, size: 'S', stock: 50 },
    });
    expect(cart.items.find((i: { size: { id: string } }) => i.size.id === twentySize)).toMatchObject({
      unit_price: '0.20',
      line_total: '0.20',
    });
    expect(cart.subtotal).toBe('0.50');
    expect(cart.total).toBe('0.50');
    expect(cart.item_count).toBe(4);
    const lines = await t.db.selectFrom('cart_items').selectAll().where('size_id', '=', dimeSize).execute();
    expect(lines).toHaveLength(1);
  });

  it('refuses more than the stock, counting what is already in the cart (409 INSUFFICIENT_STOCK)', async () => {
    await emptyCart(ada);
    const p = await makeProduct(t.db, { sizes: [{ stock: 3 }] });
    const [sizeId = ''] = p.sizeIds;
    expect((await addToCart(t.app, ada, sizeId, 2)).statusCode).toBe(200);
    const res = await addToCart(t.app, ada, sizeId, 2);
    expect(res.statusCode).toBe(409);
    const problem = problemOf(res);
    expect(problem.code).toBe('INSUFFICIENT_STOCK');
    expect(problem.detail).toContain('Only 3');
    // The refused add changed nothing.
    expect((await cartOf(ada)).items[0].quantity).toBe(2);
  });

  it('refuses inactive products and unknown sizes', async () => {
    const p = await makeProduct(t.db, { isActive: false });
    const res = await addToCart(t.app, ada, p.sizeIds[0] ?? '', 1);
    expect(res.statusCode).toBe(409);
    expect(problemOf(res).code).toBe('PRODUCT_UNAVAILABLE');
    const missing = await addToCart(t.app, ada, '0190b7a0-0000-7000-8000-000000000000', 1);
    expect(missing.statusCode).toBe(404);
    expect(problemOf(missing).code).toBe('SIZE_NOT_FOUND');
  });

  it('flags lines whose product stopped selling or ran short, without dropping them', async () => {
    await emptyCart(ada);
    const shirt = await makeProduct(t.db, { price: 1000, sizes: [{ stock: 5 }] });
    const hat = await makeProduct(t.db, { price: 500, sizes: [{ stock: 5 }] });
    const sock = await makeProduct(t.db, { price: 200, sizes: [{ stock: 5 }] });
    await addToCart(t.app, ada, shirt.sizeIds[0] ?? '', 2);
    await addToCart(t.app, ada, hat.sizeIds[0] ?? '', 3);
    await addToCart(t.app, ada, sock.sizeIds[0] ?? '', 1);
    await t.db.updateTable('products').set({ is_active: false }).where('id', '=', shirt.productId).execute();
    await setStock(t.db, hat.sizeIds[0] ?? '', 1);
    const cart = await cartOf(ada);
    const byProduct = (id: string) =>
      cart.items.find((i: { product: { id: string } }) => i.product.id === id);
    expect(byProduct(shirt.productId)).toMatchObject({ available: false, unavailable_reason: 'inactive' });
    expect(byProduct(hat.productId)).toMatchObject({
      available: false,
      unavailable_reason: 'insufficient_stock',
    });
    expect(byProduct(sock.productId)).toMatchObject({ available: true, unavailable_reason: null });
    await setStock(t.db, hat.sizeIds[0] ?? '', 0);
    expect(byProduct(hat.productId).available).toBe(false);
    const again = await cartOf(ada);
    expect(
      again.items.find((i: { product: { id: string } }) => i.product.id === hat.productId).unavailable_reason,
    ).toBe('out_of_stock');
    expect(again.items).toHaveLength(3);
    expect(again.subtotal).toBe('37.00');
  });

  it("flags lines of a vendor who was rejected or deactivated, refuses adding more, and keeps the shop's own", async () => {
    await emptyCart(ada);
    const manager = (await makeUser(t.app, 'manager')).access;
    const rejected = await makeUser(t.app, 'vendor', { vendor_status: 'approved' });
    const deactivated = await makeUser(t.app, 'vendor', { vendor_status: 'approved' });
    const theirs = await makeProduct(t.db, { price: 1000, vendorId: rejected.user.id });
    const gone = await makeProduct(t.db, { price: 300, vendorId: deactivated.user.id });
    const ours = await makeProduct(t.db, { price: 500 });
    for (const p of [theirs, gone, ours]) {
      expect((await addToCart(t.app, ada, p.sizeIds[0] ?? '', 1)).statusCode).toBe(200);
    }
    const decide = (decision: 'approve' | 'reject') =>
      t.app.inject({
        method: 'POST',
        url: `/api/admin/users/${rejected.user.id}/${decision}-vendor/`,
        headers: bearer(manager),
        payload: {},
      });
    expect((await decide('reject')).statusCode).toBe(200);
    await t.db.updateTable('users').set({ is_active: false }).where('id', '=', deactivated.user.id).execute();

    const cart = await cartOf(ada);
    const byProduct = (id: string) =>
      cart.items.find((i: { product: { id: string } }) => i.product.id === id);
    expect(cart.items).toHaveLength(3);
    expect(byProduct(theirs.productId)).toMatchObject({ available: false, unavailable_reason: 'inactive' });
    expect(byProduct(gone.productId)).toMatchObject({ available: false, unavailable_reason: 'inactive' });
    expect(byProduct(ours.productId)).toMatchObject({ available: true, unavailable_reason: null });
    for (const p of [theirs, gone]) {
      const more = await addToCart(t.app, ada, p.sizeIds[0] ?? '', 1);
      expect(more.statusCode).toBe(409);
      expect(problemOf(more).code).toBe('PRODUCT_UNAVAILABLE');
      const raise = await t.app.inject({
        method: 'PUT',
        url: `/api/cart/update/${byProduct(p.productId).id}/`,
        headers: ada.headers,
        payload: { quantity: 2 },
      });
      expect(raise.statusCode).toBe(409);
      expect(problemOf(raise).code).toBe('PRODUCT_UNAVAILABLE');
    }
    const rows = await t.db
      .selectFrom('cart_items')
      .select(['size_id', 'quantity'])
      .where('cart_id', '=', cart.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    expect(rows).toEqual([theirs, gone, ours].map((p) => ({ size_id: p.sizeIds[0], quantity: 1 })));

    expect((await decide('approve')).statusCode).toBe(200);
    expect(byProductOf(await cartOf(ada), theirs.productId)).toMatchObject({ available: true });
  });

  it('shows exact totals when a price rise takes the cart past 2^53 minor units, and refuses to grow it', async () => {
    await emptyCart(ada);
    const bulk = await makeProduct(t.db, { price: 1000, sizes: [{ stock: 1_000_000 }] });
    const single = await makeProduct(t.db, { price: 1000, sizes: [{ stock: 10 }] });
    const bulkSize = bulk.sizeIds[0] ?? '';
    for (let i = 0; i < 10; i++) expect((await addToCart(t.app, ada, bulkSize, 1000)).statusCode).toBe(200);
    expect((await addToCart(t.app, ada, single.sizeIds[0] ?? '', 1)).statusCode).toBe(200);
    // The highest price a vendor may set; 10,001 units of it are more than Number.MAX_SAFE_INTEGER cents.
    await t.db
      .updateTable('products')
      .set({ price: 999_999_999_999 })
      .where('id', 'in', [bulk.productId, single.productId])
      .execute();
    const cart = await cartOf(ada);
    expect(cart).toMatchObject({
      items: [
        { quantity: 10_000, unit_price: '9999999999.99', line_total: '99999999999900.00' },
        { quantity: 1, unit_price: '9999999999.99', line_total: '9999999999.99' },
      ],
      subtotal: '100009999999899.99',
      total: '100009999999899.99',
      item_count: 10_001,
    });
    const [bulkItem, singleItem] = cart.items.map((i: { id: string }) => i.id);
    const more = await addToCart(t.app, ada, bulkSize, 1);
    expect(more.statusCode).toBe(409);
    expect(problemOf(more).code).toBe('CART_TOTAL_TOO_LARGE');
    const raise = await t.app.inject({
      method: 'PUT',
      url: `/api/cart/update/${singleItem}/`,
      headers: ada.headers,
      payload: { quantity: 2 },
    });
    expect(raise.statusCode).toBe(409);
    expect(problemOf(raise).code).toBe('CART_TOTAL_TOO_LARGE');
    const rows = await t.db
      .selectFrom('cart_items')
      .select(['id', 'quantity'])
      .where('cart_id', '=', cart.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: bulkItem, quantity: 10_000 },
      { id: singleItem, quantity: 1 },
    ]);
    // Lowering always works, and brings the cart back under the limit.
    const lower = await t.app.inject({
      method: 'PUT',
      url: `/api/cart/update/${bulkItem}/`,
      headers: ada.headers,
      payload: { quantity: 900 },
    });
    expect(lower.statusCode).toBe(200);
    expect(lower.json().subtotal).toBe('9009999999990.99');
  });

  it('updates a quantity (raising needs stock, lowering always works) and removes lines', async () => {
    await emptyCart(ada);
    const p = await makeProduct(t.db, { price: 250, sizes: [{ stock: 4 }] });
    const cart = (await addToCart(t.app, ada, p.sizeIds[0] ?? '', 1)).json();
    const itemId = cart.items[0].id;
    const up = await t.app.inject({
      method: 'PUT',
      url: `/api/cart/update/${itemId}/`,
      headers: ada.headers,
      payload: { quantity: 4 },
    });
    expect(up.statusCode).toBe(200);
    expect(up.json()).toMatchObject({ subtotal: '10.00', item_count: 4 });
    const tooMany = await t.app.inject({
      method: 'PUT',
      url: `/api/cart/update/${itemId}`,
      headers: ada.headers,
      payload: { quantity: 5 },
    });
    expect(tooMany.statusCode).toBe(409);
    expect(problemOf(tooMany).code).toBe('INSUFFICIENT_STOCK');
    await setStock(t.db, p.sizeIds[0] ?? '', 1);
    const down = await t.app.inject({
      method: 'PUT',
      url: `/api/cart/update/${itemId}/`,
      headers: ada.headers,
      payload: { quantity: 2 },
    });
    expect(down.statusCode).toBe(200);
    expect(down.json().items[0]).toMatchObject({ quantity: 2, available: false });
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/cart/remove/${itemId}/`,
      headers: ada.headers,
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toMatchObject({ items: [], item_count: 0, subtotal: '0.00' });
  });

  it("answers 404 for another user's line, and leaves it alone", async () => {
    const p = await makeProduct(t.db, { sizes: [{ stock: 9 }] });
    const bobCart = (await addToCart(t.app, bob, p.sizeIds[0] ?? '', 2)).json();
    const bobItem = bobCart.items.find((i: { size: { id: string } }) => i.size.id === p.sizeIds[0]).id;
    const update = await t.app.inject({
      method: 'PUT',
      url: `/api/cart/update/${bobItem}/`,
      headers: ada.headers,
      payload: { quantity: 1 },
    });
    expect(update.statusCode).toBe(404);
    expect(problemOf(update).code).toBe('CART_ITEM_NOT_FOUND');
    const remove = await t.app.inject({
      method: 'DELETE',
      url: `/api/cart/remove/${bobItem}/`,
      headers: ada.headers,
    });
    expect(remove.statusCode).toBe(404);
    const row = await t.db
      .selectFrom('cart_items')
      .select('quantity')
      .where('id', '=', bobItem)
      .executeTakeFirst();
    expect(row?.quantity).toBe(2);
  });

  it('answers bad input with 400 problem+json, never 500', async () => {
    const p = await makeProduct(t.db);
    // A line of ada's own, so a bad body is the only thing wrong (a line that is not hers is 404 first).
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/cart/add/',
      headers: ada.headers,
      payload: { size_id: p.sizeIds[0], quantity: 1 },
    });
    const itemId = (added.json() as { items: Array<{ id: string }> }).items[0]!.id;
    const cases = [
      { method: 'POST' as const, url: '/api/cart/add/', payload: { size_id: p.sizeIds[0], quantity: 0 } },
      {
        method: 'POST' as const,
        url: '/api/cart/add/',
        payload: { size_id: p.sizeIds[0], quantity: 'many' },
      },
      { method: 'POST' as const, url: '/api/cart/add/', payload: { quantity: 1 } },
      { method: 'POST' as const, url: '/api/cart/add/', payload: { size_id: p.sizeIds[0], quantity: 1.5 } },
      { method: 'PUT' as const, url: `/api/cart/update/${itemId}/`, payload: { quantity: -1 } },
      { method: 'PUT' as const, url: `/api/cart/update/${itemId}/`, payload: {} },
      { method: 'PUT' as const, url: '/api/cart/update/not-an-id/', payload: { quantity: 1 } },
      { method: 'DELETE' as const, url: '/api/cart/remove/not-an-id/' },
      {
        method: 'POST' as const,
        url: '/api/cart/add/',
        payload: { size_id: "'; drop table carts; --", quantity: 1 },
      },
    ];
    for (const c of cases) {
      const res = await t.app.inject({ ...c, headers: ada.headers });
      expect(res.statusCode, JSON.stringify(c)).toBe(400);
      expect(problemOf(res).code).toBe('VALIDATION_ERROR');
    }
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/cart/add/',
      headers: { ...ada.headers, 'content-type': 'application/json' },
      payload: '{"size_id":',
    });
    expect(malformed.statusCode).toBe(400);
  });
});
