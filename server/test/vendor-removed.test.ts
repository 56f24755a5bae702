/**
 * A vendor who may not sell (account status REMOVED or INACTIVE, deactivated,
 * or rejected) has their products leave the shop: gone from the list and the
 * detail, refused by the cart and by checkout (409 naming the product), shown
 * as unavailable in the cart; reinstated, they come back. Products stay
 * (nothing is deleted), and another vendor's products are untouched.
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
  type ProductFixture,
} from './shop-fixtures.js';

let t: TestApp;
let admin: Record<string, string>;

beforeAll(async () => {
  t = await buildTestApp();
  admin = bearer((await makeUser(t.app, 'admin')).access);
});

afterAll(async () => {
  await t?.close();
});

async function vendorWithProduct(name: string) {
  const vendor = await makeUser(t.app, 'vendor', { vendor_status: 'approved' });
  const product = await makeProduct(t.db, { name, vendorId: vendor.user.id, sizes: [{ stock: 10 }] });
  return { vendor, product };
}

const setUser = (id: string, body: Record<string, unknown>) =>
  t.app.inject({ method: 'PATCH', url: `/api/admin/users/${id}/`, headers: admin, payload: body });

async function listed(product: ProductFixture): Promise<boolean> {
  const list = await t.app.inject({ method: 'GET', url: '/api/products/?page_size=100' });
  expect(list.statusCode).toBe(200);
  const inList = list.json().results.some((p: { id: string }) => p.id === product.productId);
  const detail = await t.app.inject({ method: 'GET', url: `/api/products/${product.slug}/` });
  expect([200, 404]).toContain(detail.statusCode);
  // The list and the detail always agree.
  expect(detail.statusCode === 200).toBe(inList);
  return inList;
}

async function cartLine(customer: Customer, sizeId: string) {
  const cart = await t.app.inject({ method: 'GET', url: '/api/cart/', headers: customer.headers });
  expect(cart.statusCode).toBe(200);
  return cart
    .json()
    .items.find((i: { size: { id: string } | string }) =>
      typeof i.size === 'string' ? i.size === sizeId : i.size.id === sizeId,
    );
}

describe('a removed vendor', () => {
  it('stops selling at once (list, detail, cart, checkout) and sells again when reinstated', async () => {
    const { vendor, product } = await vendorWithProduct('Removed Vendor Lamp');
    const other = await vendorWithProduct('Other Vendor Lamp');
    const customer = await makeCustomer(t.app);
    const size = product.sizeIds[0] as string;
    expect(await listed(product)).toBe(true);
    expect((await addToCart(t.app, customer, size)).statusCode).toBe(200);
    // An intent made while they could still sell.
    const early = await createIntent(t.app, customer);
    expect(early.res.statusCode, early.res.body).toBe(201);

    const removed = await setUser(vendor.user.id, { status: 'REMOVED' });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toMatchObject({ status: 'REMOVED' });

    expect(await listed(product)).toBe(false);
    expect(await listed(other.product)).toBe(true);
    // In the cart: kept, marked unavailable.
    expect(await cartLine(customer, size)).toMatchObject({
      available: false,
      unavailable_reason: 'inactive',
    });
    // The cart refuses more of it, naming it.
    const more = await addToCart(t.app, customer, size);
    expect(more.statusCode).toBe(409);
    expect(problemOf(more)).toMatchObject({ code: 'PRODUCT_UNAVAILABLE' });
    expect(problemOf(more).detail).toContain('Removed Vendor Lamp');
    // Checkout with the intent made before refuses it, naming it; no order, stock untouched.
    const paid = await checkout(t.app, customer, early.body.payment_intent_id);
    expect(paid.statusCode, paid.body).toBe(409);
    expect(problemOf(paid).detail).toContain('Removed Vendor Lamp');
    expect(['PRODUCT_UNAVAILABLE', 'CART_ITEMS_UNAVAILABLE']).toContain(problemOf(paid).code);
    const orders = await t.db.selectFrom('orders').select('id').where('user_id', '=', customer.id).execute();
    expect(orders).toHaveLength(0);
    const stock = await t.db
      .selectFrom('product_sizes')
      .select('stock')
      .where('id', '=', size)
      .executeTakeFirst();
    expect(Number(stock?.stock)).toBe(10);
    // A new intent is refused too, naming it.
    const late = await createIntent(t.app, customer);
    expect(late.res.statusCode).toBe(409);
    expect(problemOf(late.res).detail).toContain('Removed Vendor Lamp');
    // Kept, not deleted: the vendor's product is still in the database.
    expect(
      await t.db.selectFrom('products').select('id').where('id', '=', product.productId).executeTakeFirst(),
    ).toBeDefined();

    // Reinstated: back in the shop, the cart and checkout.
    const back = await setUser(vendor.user.id, { status: 'ACTIVE' });
    expect(back.statusCode).toBe(200);
    expect(await listed(product)).toBe(true);
    expect(await cartLine(customer, size)).toMatchObject({ available: true, unavailable_reason: null });
    const intent = await createIntent(t.app, customer);
    expect(intent.res.statusCode, intent.res.body).toBe(201);
    const bought = await checkout(t.app, customer, intent.body.payment_intent_id);
    expect(bought.statusCode, bought.body).toBe(201);
  });

  it('is also off sale when suspended (INACTIVE) or deactivated, and a reactivation alone brings them back', async () => {
    const { vendor, product } = await vendorWithProduct('Suspended Vendor Mug');
    expect((await setUser(vendor.user.id, { status: 'INACTIVE' })).statusCode).toBe(200);
    expect(await listed(product)).toBe(false);
    expect((await setUser(vendor.user.id, { status: 'ACTIVE' })).statusCode).toBe(200);
    expect(await listed(product)).toBe(true);

    const off = await setUser(vendor.user.id, { is_active: false });
    expect(off.json()).toMatchObject({ is_active: false, status: 'INACTIVE' });
    expect(await listed(product)).toBe(false);
    const on = await setUser(vendor.user.id, { is_active: true });
    expect(on.json()).toMatchObject({ is_active: true, status: 'ACTIVE' });
    expect(await listed(product)).toBe(true);

    const removedAndOff = await setUser(vendor.user.id, { is_active: false, status: 'REMOVED' });
    expect(removedAndOff.json()).toMatchObject({ is_active: false, status: 'REMOVED' });
    expect(await listed(product)).toBe(false);
    expect((await setUser(vendor.user.id, { is_active: true })).json()).toMatchObject({ status: 'ACTIVE' });
    expect(await listed(product)).toBe(true);
  });

  it('is off sale when rejected, whatever the account status', async () => {
    const { vendor, product } = await vendorWithProduct('Rejected Vendor Bowl');
    const rejected = await t.app.inject({
      method: 'POST',
      url: `/api/admin/users/${vendor.user.id}/reject-vendor/`,
      headers: admin,
      payload: {},
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(await listed(product)).toBe(false);
  });

  it('leaves the public answers of other callers consistent under concurrent status flips (no 500)', async () => {
    const { vendor, product } = await vendorWithProduct('Flipping Vendor Vase');
    const flips = ['REMOVED', 'ACTIVE', 'INACTIVE', 'ACTIVE', 'REMOVED', 'ACTIVE'];
    const results = await Promise.all([
      ...flips.map((status) => setUser(vendor.user.id, { status })),
      ...flips.map(() => t.app.inject({ method: 'GET', url: `/api/products/${product.slug}/` })),
    ]);
    for (const r of results) expect(r.statusCode).toBeLessThan(500);
    const final = await t.db
      .selectFrom('users')
      .select('status')
      .where('id', '=', vendor.user.id)
      .executeTakeFirst();
    expect(await listed(product)).toBe(final?.status === 'ACTIVE');
  });
});
