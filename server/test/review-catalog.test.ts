/**
 * Adversarial review of the catalogue's recent changes and the routes around
 * them: the from price, product pictures, admin reports and mail previews,
 * each defect proven through real HTTP before it was fixed.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { midnightOf } from '../src/platform/reports.js';
import { bearer, makeUser } from './auth-helpers.js';
import { makeCategory, makeProduct, pngOf, simpleProduct, sku, uploadImage } from './catalog-helpers.js';
import { buildTestApp, type TestApp, userRow } from './helpers.js';
import { addToCart, makeCustomer } from './shop-fixtures.js';

let t: TestApp;
let manager: string;
let staff: string;
let category: string;

beforeAll(async () => {
  t = await buildTestApp();
  manager = (await makeUser(t.app, 'manager')).access;
  staff = (await makeUser(t.app, 'staff')).access;
  category = (await makeCategory(t.app, manager, { name: 'Reviewed' })).id;
});

afterAll(async () => {
  await t?.close();
});

describe('report periods', () => {
  it('accept a short period at the end of the years reports cover (9999), as any other', async () => {
    // isRealDate accepts days up to 9999-12-30; the 366-day check compared "+010000-..." with "9999-...".
    for (const name of ['sales', 'customers', 'payments']) {
      for (const [from, to] of [
        ['9999-12-30', '9999-12-30'],
        ['9999-06-01', '9999-06-02'],
      ]) {
        const res = await t.app.inject({
          method: 'GET',
          url: `/api/admin/reports/${name}/?from=${from}&to=${to}`,
          headers: bearer(staff),
        });
        expect(res.statusCode, `${name} ${from}..${to}: ${res.body}`).toBe(200);
        expect(res.json().period).toMatchObject({ from, to });
      }
    }
  });
});

describe('report days where the clocks change at midnight', () => {
  // Santiago skips 00:00-01:00 on 2026-09-06 (-04 to -03, at 04:00 UTC): that day starts at 04:00 UTC.
  const TIME_ZONE = 'America/Santiago';
  let chile: TestApp;
  beforeAll(async () => {
    chile = await buildTestApp({ TIME_ZONE });
  });
  afterAll(async () => {
    await chile?.close();
  });

  it('start at the first instant of the local day, whichever way the clocks move', () => {
    expect(midnightOf('2026-09-06', TIME_ZONE).toISOString()).toBe('2026-09-06T04:00:00.000Z'); // 01:00 -03
    expect(midnightOf('2026-09-05', TIME_ZONE).toISOString()).toBe('2026-09-05T04:00:00.000Z');
    // Back on 2026-04-05: 23:00-24:00 on the 4th happens twice; the 5th starts at 00:00 -04.
    expect(midnightOf('2026-04-05', TIME_ZONE).toISOString()).toBe('2026-04-05T04:00:00.000Z');
    expect(midnightOf('2026-04-04', TIME_ZONE).toISOString()).toBe('2026-04-04T03:00:00.000Z');
    expect(midnightOf('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(midnightOf('2026-11-01', 'America/New_York').toISOString()).toBe('2026-11-01T04:00:00.000Z');
  });

  it('count an order at 23:30 local on the day before, not on the day whose midnight did not exist', async () => {
    const staffOfChile = bearer((await makeUser(chile.app, 'staff')).access);
    const user = userRow({ date_joined: '2026-09-01T12:00:00.000Z' });
    await chile.db.insertInto('users').values(user).execute();
    const at = '2026-09-06T03:30:00.000Z'; // 23:30 on 5 September in Santiago (-04)
    await chile.db
      .insertInto('orders')
      .values({
        id: '0190aaaa-0000-7000-8000-000000000099',
        order_number: 'CL-1',
        user_id: user.id,
        email: user.email,
        status: 'paid',
        currency: 'USD',
        subtotal: 1000,
        total: 1000,
        shipping_address: '{}',
        payment_intent_id: null,
        created_at: at,
        updated_at: at,
        paid_at: at,
        cancelled_at: null,
      })
      .execute();
    const res = await chile.app.inject({
      method: 'GET',
      url: '/api/admin/reports/sales/?from=2026-09-05&to=2026-09-06',
      headers: staffOfChile,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().by_day).toEqual([
      { date: '2026-09-05', orders: 1, sold_orders: 1, revenue: '10.00' },
      { date: '2026-09-06', orders: 0, sold_orders: 0, revenue: '0.00' },
    ]);
  });
});

describe('the main picture', () => {
  it('is the picture the wishlist and the cart show, as the product list does', async () => {
    const vendor = (await makeUser(t.app, 'vendor', { vendor_status: 'approved' })).access;
    const product = await makeProduct(t.app, vendor, simpleProduct(category));
    const images: Array<{ id: string; url: string; web_url: string; thumbnail_url: string }> = [];
    for (const colour of [
      [200, 0, 0],
      [0, 200, 0],
    ] as const) {
      const res = await uploadImage(t.app, product.id, vendor, {
        name: 'p.png',
        bytes: await pngOf(12, 12, [...colour]),
        type: 'image/png',
      });
      expect(res.statusCode, res.body).toBe(201);
      images.push(res.json());
    }
    const chosen = images[1] as (typeof images)[number];
    const main = await t.app.inject({
      method: 'PATCH',
      url: `/api/vendor/products/${product.id}/images/${chosen.id}/`,
      headers: bearer(vendor),
      payload: { is_main: true },
    });
    expect(main.statusCode, main.body).toBe(200);
    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/products/?search=${encodeURIComponent(product.name)}`,
    });
    expect(listed.json().results[0].image).toBe(chosen.web_url);

    const customer = await makeCustomer(t.app);
    const wished = await t.app.inject({
      method: 'POST',
      url: '/api/wishlist/add/',
      headers: customer.headers,
      payload: { product_id: product.id },
    });
    expect(wished.statusCode, wished.body).toBeLessThan(300);
    const wishlist = await t.app.inject({ method: 'GET', url: '/api/wishlist/', headers: customer.headers });
    const chosenFiles = [chosen.url, chosen.web_url, chosen.thumbnail_url];
    expect(chosenFiles).toContain(wishlist.json().results[0].product.image);

    const added = await addToCart(t.app, customer, product.variants[0]?.sizes[0]?.id as string);
    expect(added.statusCode, added.body).toBe(200);
    const cart = await t.app.inject({ method: 'GET', url: '/api/cart/', headers: customer.headers });
    expect(chosenFiles).toContain(cart.json().items[0].product.image);
  });
});

describe('a picture uploaded for a colour removed meanwhile', () => {
  it('is refused with a 4xx, never a 500, and leaves no file behind', async () => {
    const vendor = (await makeUser(t.app, 'vendor', { vendor_status: 'approved' })).access;
    // Noise decodes slowly enough for the edit to commit while sharp works.
    const side = 1500;
    const noise = Buffer.alloc(side * side * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const bytes = await sharp(noise, { raw: { width: side, height: side, channels: 3 } })
      .png({ compressionLevel: 1 })
      .toBuffer();
    const statuses: number[] = [];
    for (const [round, delay] of [5, 20, 40, 80].entries()) {
      const product = await makeProduct(t.app, vendor, {
        name: `Two colours ${round}`,
        price: '10.00',
        category,
        variants: [
          { color: 'Red', sizes: [{ size: 'M', sku: sku('RM'), stock: 1 }] },
          { color: 'Blue', sizes: [{ size: 'M', sku: sku('RM'), stock: 1 }] },
        ],
      });
      const [red, blue] = product.variants as [
        (typeof product.variants)[number],
        (typeof product.variants)[number],
      ];
      const upload = uploadImage(
        t.app,
        product.id,
        vendor,
        { name: 'blue.png', bytes, type: 'image/png' },
        { variant: blue.id },
      );
      const edit = new Promise((resolve) => setTimeout(resolve, delay)).then(() =>
        t.app.inject({
          method: 'PUT',
          url: `/api/vendor/products/${product.id}/`,
          headers: bearer(vendor),
          payload: {
            name: product.name,
            price: '10.00',
            category,
            description: '',
            is_active: true,
            variants: [
              {
                id: red.id,
                color: 'Red',
                sizes: [{ id: red.sizes[0]?.id, size: 'M', sku: red.sizes[0]?.sku, stock: 1 }],
              },
            ],
          },
        }),
      );
      const [uploaded, edited] = await Promise.all([upload, edit]);
      expect(edited.statusCode, edited.body).toBe(200);
      expect(uploaded.statusCode, uploaded.body).toBeLessThan(500);
      statuses.push(uploaded.statusCode);
    }
    expect(statuses.every((s) => s === 201 || s === 400)).toBe(true);
    // Every stored file belongs to a row: a refused upload removed its three files.
    const rows = await t.db.selectFrom('product_images').select(['path', 'web_path', 'thumb_path']).execute();
    const files = readdirSync(path.join(t.config.MEDIA_ROOT, 'products')).map((f) => `products/${f}`);
    expect(files.sort()).toEqual(rows.flatMap((r) => [r.path, r.web_path, r.thumb_path]).sort());
  });
});
