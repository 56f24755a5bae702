/**
 * Vendors' products: who may do what (another vendor's product is 404, an
 * unapproved vendor or a customer 403), nested variants and sizes created,
 * updated by id and removed, a movement row for every stock change, and image
 * uploads checked from their bytes, served at /media/ and deleted with the product.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeUser } from './auth-helpers.js';
import {
  makeCategory,
  makeProduct,
  type ProductDetail,
  pngOf,
  simpleProduct,
  sku,
  uploadImage,
} from './catalog-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';

let t: TestApp;
let manager: string;
let vendorA: { access: string; user: { id: string } };
let vendorB: string;
let pendingVendor: string;
let customer: string;
let category: string;
let other: string;

beforeAll(async () => {
  t = await buildTestApp({ MEDIA_MAX_UPLOAD_BYTES: 4096 });
  manager = (await makeUser(t.app, 'manager')).access;
  vendorA = await makeUser(t.app, 'vendor', { vendor_status: 'approved' });
  vendorB = (await makeUser(t.app, 'vendor', { vendor_status: 'approved' })).access;
  pendingVendor = (await makeUser(t.app, 'vendor')).access;
  customer = (await makeUser(t.app, 'customer')).access;
  category = (await makeCategory(t.app, manager, { name: 'Shirts' })).id;
  other = (await makeCategory(t.app, manager, { name: 'Shoes' })).id;
});

afterAll(async () => {
  await t?.close();
});

async function movementsOf(sizeId: string) {
  return t.db
    .selectFrom('stock_movements')
    .select(['delta', 'stock_after', 'kind', 'reason', 'actor_id'])
    .where('size_id', '=', sizeId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

function upload(
  productId: string,
  token: string,
  file: { name: string; bytes: Buffer; type: string },
  fields: Record<string, string> = {},
) {
  return uploadImage(t.app, productId, token, file, fields);
}

describe('who may manage products', () => {
  it('refuses customers, creators of nothing, and vendors not yet approved (403); anonymous 401', async () => {
    for (const token of [customer, pendingVendor]) {
      const list = await t.app.inject({
        method: 'GET',
        url: '/api/vendor/products/',
        headers: bearer(token),
      });
      expect(list.statusCode).toBe(403);
      const create = await t.app.inject({
        method: 'POST',
        url: '/api/vendor/products/',
        headers: bearer(token),
        payload: simpleProduct(category),
      });
      expect(create.statusCode).toBe(403);
      expect(problemOf(create).code).toBe('PERMISSION_DENIED');
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/vendor/products/' });
    expect(anonymous.statusCode).toBe(401);
  });

  it("keeps another vendor's product invisible and untouchable (404); managers reach any", async () => {
    const mine = await makeProduct(t.app, vendorA.access, simpleProduct(category, { name: 'Owned Shirt' }));
    expect(mine.vendor?.id).toBe(vendorA.user.id);
    const url = `/api/vendor/products/${mine.id}/`;
    for (const [method, payload] of [
      ['GET', undefined],
      ['PATCH', { name: 'Stolen' }],
      ['PUT', simpleProduct(category)],
      ['DELETE', undefined],
    ] as const) {
      const res = await t.app.inject({
        method,
        url,
        headers: bearer(vendorB),
        ...(payload ? { payload } : {}),
      });
      expect(res.statusCode, method).toBe(404);
      expect(problemOf(res).code).toBe('PRODUCT_NOT_FOUND');
    }
    const image = await upload(mine.id, vendorB, {
      name: 'a.png',
      bytes: await pngOf(4, 4, [1, 2, 3]),
      type: 'image/png',
    });
    expect(image.statusCode).toBe(404);
    const listB = await t.app.inject({
      method: 'GET',
      url: '/api/vendor/products/',
      headers: bearer(vendorB),
    });
    expect(listB.json().results.map((p: { id: string }) => p.id)).not.toContain(mine.id);
    const listA = await t.app.inject({
      method: 'GET',
      url: '/api/vendor/products/',
      headers: bearer(vendorA.access),
    });
    expect(listA.json().results.map((p: { id: string }) => p.id)).toContain(mine.id);
    // Nothing changed.
    const row = await t.db
      .selectFrom('products')
      .select('name')
      .where('id', '=', mine.id)
      .executeTakeFirstOrThrow();
    expect(row.name).toBe('Owned Shirt');
    const asManager = await t.app.inject({
      method: 'PATCH',
      url,
      headers: bearer(manager),
      payload: { is_active: false },
    });
    expect(asManager.statusCode).toBe(200);
    expect(asManager.json().is_active).toBe(false);
    const notAnId = await t.app.inject({
      method: 'GET',
      url: '/api/vendor/products/nope/',
      headers: bearer(manager),
    });
    expect(notAnId.statusCode).toBe(404);
  });
});

describe('nested variants and sizes', () => {
  let product: ProductDetail;
  const skus = { s: sku('S'), m: sku('M'), l: sku('L'), red: sku('R') };

  it('creates them with initial stock recorded in the ledger', async () => {
    product = await makeProduct(t.app, vendorA.access, {
      name: 'Oxford Shirt',
      description: 'Button-down.',
      price: '40.00',
      category,
      variants: [
        {
          color: 'Blue',
          sizes: [
            { size: 'S', sku: skus.s, stock: 3 },
            { size: 'M', sku: skus.m, stock: 0 },
          ],
        },
        { color: 'Red', price: '45.50', sizes: [{ size: 'M', sku: skus.red, stock: 7 }] },
      ],
    });
    expect(product.slug).toBe('oxford-shirt');
    expect(product.variants.map((v) => [v.color, v.price, v.effective_price])).toEqual([
      ['Blue', null, '40.00'],
      ['Red', '45.50', '45.50'],
    ]);
    const blue = product.variants[0];
    expect(blue?.sizes.map((s) => [s.size, s.stock, s.in_stock])).toEqual([
      ['S', 3, true],
      ['M', 0, false],
    ]);
    expect(await movementsOf(blue?.sizes[0]?.id as string)).toEqual([
      { delta: 3, stock_after: 3, kind: 'initial', reason: 'new size', actor_id: vendorA.user.id },
    ]);
    expect(await movementsOf(blue?.sizes[1]?.id as string)).toEqual([]);
    const again = await makeProduct(t.app, vendorA.access, simpleProduct(category, { name: 'Oxford Shirt' }));
    expect(again.slug).toBe('oxford-shirt-2');
  });

  it('updates by id, creates without, and on PUT removes what is left out', async () => {
    const blue = product.variants[0]!;
    const red = product.variants[1]!;
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/vendor/products/${product.id}/`,
      headers: bearer(vendorA.access),
      payload: {
        name: 'Oxford Shirt (slim)',
        description: 'Button-down, slim.',
        price: '42.00',
        category: other,
        is_active: true,
        variants: [
          {
            id: blue.id,
            color: 'Light blue',
            sizes: [
              { id: blue.sizes[0]!.id, size: 'S', sku: skus.s, stock: 10 },
              { size: 'L', sku: skus.l, stock: 2 },
            ],
          },
          { color: 'White', sizes: [] },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as ProductDetail;
    expect(body.name).toBe('Oxford Shirt (slim)');
    expect(body.slug).toBe('oxford-shirt');
    expect(body.category.id).toBe(other);
    expect(body.variants.map((v) => v.color)).toEqual(['Light blue', 'White']);
    expect(body.variants[0]?.id).toBe(blue.id);
    expect(body.variants[0]?.sizes.map((s) => [s.size, s.sku, s.stock])).toEqual([
      ['S', skus.s, 10],
      ['L', skus.l, 2],
    ]);
    // The edit is an adjustment of +7; the removed red size's 7 units are written off.
    expect(await movementsOf(blue.sizes[0]!.id)).toEqual([
      expect.objectContaining({ delta: 3, kind: 'initial' }),
      { delta: 7, stock_after: 10, kind: 'adjustment', reason: 'product edit', actor_id: vendorA.user.id },
    ]);
    const redSize = red.sizes[0]!;
    const writeOff = await t.db
      .selectFrom('stock_movements')
      .selectAll()
      .where('sku', '=', skus.red)
      .orderBy('created_at')
      .execute();
    expect(writeOff.map((m) => [m.delta, m.stock_after, m.kind, m.reason])).toEqual([
      [7, 7, 'initial', 'new size'],
      [-7, 0, 'adjustment', 'size removed'],
    ]);
    const gone = await t.db
      .selectFrom('product_sizes')
      .select('id')
      .where('id', 'in', [redSize.id, blue.sizes[1]!.id])
      .execute();
    expect(gone).toEqual([]);
    const variants = await t.db
      .selectFrom('product_variants')
      .select('id')
      .where('id', '=', red.id)
      .execute();
    expect(variants).toEqual([]);
    product = body;
  });

  it('PATCH keeps variants left out and changes only the given fields', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/vendor/products/${product.id}/`,
      headers: bearer(vendorA.access),
      payload: {
        price: '39.99',
        variants: [{ color: 'Green', price: '41.00', sizes: [{ size: 'M', sku: sku('G'), stock: 1 }] }],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as ProductDetail;
    expect(body.price).toBe('39.99');
    expect(body.name).toBe('Oxford Shirt (slim)');
    expect(body.variants.map((v) => v.color).sort()).toEqual(['Green', 'Light blue', 'White']);
  });

  it('refuses SKUs used elsewhere or twice, and ids of other products, with field errors', async () => {
    const other = await makeProduct(t.app, vendorA.access, simpleProduct(category));
    const cases: Array<[unknown, string, string]> = [
      [
        {
          variants: [{ color: 'X', sizes: [{ size: 'M', sku: other.variants[0]!.sizes[0]!.sku, stock: 1 }] }],
        },
        'SKU_TAKEN',
        'variants.0.sizes.0.sku',
      ],
      [
        {
          variants: [
            {
              color: 'X',
              sizes: [
                { size: 'M', sku: 'DUP-1', stock: 1 },
                { size: 'L', sku: 'DUP-1', stock: 1 },
              ],
            },
          ],
        },
        'SKU_TAKEN',
        'variants.0.sizes.1.sku',
      ],
      [
        { variants: [{ id: other.variants[0]!.id, color: 'X', sizes: [] }] },
        'INVALID_VARIANT',
        'variants.0.id',
      ],
      [
        {
          variants: [
            {
              id: product.variants[0]!.id,
              color: 'X',
              sizes: [{ id: other.variants[0]!.sizes[0]!.id, size: 'M', sku: 'Z-1', stock: 1 }],
            },
          ],
        },
        'INVALID_SIZE',
        'variants.0.sizes.0.id',
      ],
      [{ category: '0190a0a0-0000-7000-8000-000000000000' }, 'INVALID_CATEGORY', 'category'],
      [{ category: 'shirts' }, 'INVALID_CATEGORY', 'category'],
    ];
    for (const [payload, code, field] of cases) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/vendor/products/${product.id}/`,
        headers: bearer(vendorA.access),
        payload: payload as object,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      const p = problemOf(res);
      expect(p.code).toBe(code);
      expect(Object.keys(p.errors ?? {})).toContain(field);
    }
    const after = await t.db
      .selectFrom('products')
      .select('price')
      .where('id', '=', product.id)
      .executeTakeFirstOrThrow();
    expect(Number(after.price)).toBe(3999);
  });

  it('refuses a size or variant id given twice with a field error, and changes no stock', async () => {
    const item = await makeProduct(t.app, vendorA.access, simpleProduct(category, { stock: 5 }));
    const v = item.variants[0]!;
    const s = v.sizes[0]!;
    const cases: Array<[object, string, string]> = [
      [
        {
          variants: [
            {
              id: v.id,
              color: 'Black',
              sizes: [
                { id: s.id, size: 'M', sku: s.sku, stock: 10 },
                { id: s.id, size: 'M', sku: sku(), stock: 10 },
              ],
            },
          ],
        },
        'DUPLICATE_SIZE',
        'variants.0.sizes.1.id',
      ],
      [
        {
          variants: [
            { id: v.id, color: 'Black', sizes: [{ id: s.id, size: 'M', sku: s.sku, stock: 10 }] },
            { id: v.id, color: 'Black', sizes: [] },
          ],
        },
        'DUPLICATE_VARIANT',
        'variants.1.id',
      ],
    ];
    for (const method of ['PUT', 'PATCH'] as const) {
      for (const [payload, code, field] of cases) {
        const res = await t.app.inject({
          method,
          url: `/api/vendor/products/${item.id}/`,
          headers: bearer(vendorA.access),
          payload: { name: item.name, price: '10.00', category, ...payload },
        });
        expect(res.statusCode, `${method} ${code}`).toBe(400);
        const p = problemOf(res);
        expect(p.code).toBe(code);
        expect(Object.keys(p.errors ?? {})).toEqual([field]);
      }
    }
    const row = await t.db
      .selectFrom('product_sizes')
      .select('stock')
      .where('id', '=', s.id)
      .executeTakeFirstOrThrow();
    expect(row.stock).toBe(5);
    expect(await movementsOf(s.id)).toEqual([
      { delta: 5, stock_after: 5, kind: 'initial', reason: 'new size', actor_id: vendorA.user.id },
    ]);
    const variants = await t.db
      .selectFrom('product_variants')
      .select('id')
      .where('product_id', '=', item.id)
      .execute();
    expect(variants).toEqual([{ id: v.id }]);
  });

  it('refuses prices above 9999999999.99 with a field error, keeping the stored price', async () => {
    const item = await makeProduct(t.app, vendorA.access, simpleProduct(category, { price: '10.00' }));
    const v = item.variants[0]!;
    const cases: Array<[object, string]> = [
      [{ price: '10000000000.00' }, 'price'],
      [{ price: '9999999999999.99' }, 'price'],
      [{ variants: [{ id: v.id, color: 'Black', price: '10000000000', sizes: [] }] }, 'variants.0.price'],
    ];
    for (const [payload, field] of cases) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/vendor/products/${item.id}/`,
        headers: bearer(vendorA.access),
        payload,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      const p = problemOf(res);
      expect(p.code).toBe('VALIDATION_ERROR');
      expect(Object.keys(p.errors ?? {})).toEqual([field]);
    }
    const highest = await t.app.inject({
      method: 'PATCH',
      url: `/api/vendor/products/${item.id}/`,
      headers: bearer(vendorA.access),
      payload: { price: '9999999999.99' },
    });
    expect(highest.statusCode, highest.body).toBe(200);
    expect(highest.json().price).toBe('9999999999.99');
    const rows = await t.db
      .selectFrom('products')
      .innerJoin('product_variants', 'product_variants.product_id', 'products.id')
      .select(['products.price', 'product_variants.price as variant_price'])
      .where('products.id', '=', item.id)
      .execute();
    expect(rows.map((r) => [Number(r.price), r.variant_price])).toEqual([[999_999_999_999, null]]);
  });

  it('answers malformed bodies with 400 problems, never 500', async () => {
    const bodies: unknown[] = [
      {},
      { name: 'X', price: '-1', category },
      { name: 'X', price: '1.999', category },
      { name: 'X', price: 12, category, variants: 'no' },
      {
        name: 'X',
        price: '1',
        category,
        variants: [{ color: 'A', sizes: [{ size: 'M', sku: 'has space', stock: 1 }] }],
      },
      {
        name: 'X',
        price: '1',
        category,
        variants: [{ color: 'A', sizes: [{ size: 'M', sku: 'OK-1', stock: -1 }] }],
      },
      {
        name: 'X',
        price: '1',
        category,
        variants: [{ color: 'A', sizes: [{ size: 'M', sku: 'OK-1', stock: 1.5 }] }],
      },
    ];
    for (const payload of bodies) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/vendor/products/',
        headers: bearer(vendorA.access),
        payload: payload as object,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(problemOf(res).code).toBe('VALIDATION_ERROR');
    }
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/vendor/products/',
      headers: { ...bearer(vendorA.access), 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(text.statusCode).toBe(400);
  });
});

describe('images', () => {
  it('accepts a real PNG, serves it at /media/, refuses a renamed text file and an oversized upload', async () => {
    const product = await makeProduct(
      t.app,
      vendorA.access,
      simpleProduct(category, { name: 'Pictured Shirt' }),
    );
    const png = await pngOf(8, 8, [200, 10, 10]);
    const ok = await upload(
      product.id,
      vendorA.access,
      { name: 'red.png', bytes: png, type: 'image/png' },
      { alt_text: 'Red', variant: product.variants[0]!.id },
    );
    expect(ok.statusCode, ok.body).toBe(201);
    const image = ok.json() as {
      id: string;
      url: string;
      content_type: string;
      size_bytes: number;
      variant: string;
      alt_text: string;
      web_url: string;
      thumbnail_url: string;
    };
    expect(image).toMatchObject({
      content_type: 'image/png',
      alt_text: 'Red',
      variant: product.variants[0]!.id,
      width: 8,
      height: 8,
      is_main: true,
    });
    expect(image.url).toMatch(/^\/media\/products\/[0-9a-f]{32}\.png$/);
    const served = await t.app.inject({ method: 'GET', url: image.url });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    // Re-encoded from the decoded pixels: the same picture, not the same bytes.
    expect(image.size_bytes).toBe(served.rawPayload.length);
    expect(await sharp(served.rawPayload).metadata()).toMatchObject({ format: 'png', width: 8, height: 8 });

    const detail = await t.app.inject({ method: 'GET', url: `/api/products/${product.slug}/` });
    expect(detail.json().images.map((i: { url: string }) => i.url)).toEqual([image.url]);
    // Lists show the main picture's web size.
    const listed = await t.app.inject({ method: 'GET', url: '/api/products/?search=Pictured' });
    expect(listed.json().results[0].image).toBe(image.web_url);

    const fake = await upload(product.id, vendorA.access, {
      name: 'fake.png',
      bytes: Buffer.from('just some text, honest'),
      type: 'image/png',
    });
    expect(fake.statusCode).toBe(400);
    expect(problemOf(fake).code).toBe('UNSUPPORTED_IMAGE_TYPE');

    const big = Buffer.concat([png.subarray(0, 8), Buffer.alloc(5000, 1)]);
    const tooLarge = await upload(product.id, vendorA.access, {
      name: 'big.png',
      bytes: big,
      type: 'image/png',
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(problemOf(tooLarge).code).toBe('FILE_TOO_LARGE');

    const json = await t.app.inject({
      method: 'POST',
      url: `/api/vendor/products/${product.id}/images/`,
      headers: bearer(vendorA.access),
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(415);

    const rows = await t.db
      .selectFrom('product_images')
      .select('path')
      .where('product_id', '=', product.id)
      .execute();
    expect(rows).toHaveLength(1);
    const file = path.join(t.config.MEDIA_ROOT, rows[0]!.path);
    expect(existsSync(file)).toBe(true);

    // Deleted with the product (after commit), and no longer served.
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/vendor/products/${product.id}/`,
      headers: bearer(vendorA.access),
    });
    expect(del.statusCode).toBe(204);
    expect(existsSync(file)).toBe(false);
    for (const url of [image.url, image.web_url, image.thumbnail_url]) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(404);
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/products/${product.slug}/` })).statusCode).toBe(
      404,
    );
    // The stock the product held is written off in the ledger, which outlives it.
    const ledger = await t.db
      .selectFrom('stock_movements')
      .select(['delta', 'reason', 'size_id'])
      .where('sku', '=', product.variants[0]!.sizes[0]!.sku)
      .orderBy('created_at')
      .execute();
    expect(ledger).toEqual([
      { delta: 5, reason: 'new size', size_id: null },
      { delta: -5, reason: 'product deleted', size_id: null },
    ]);
  });

  it('checks the text parts like any body: a too long alt_text is 400 with its field, and nothing is stored', async () => {
    const product = await makeProduct(t.app, vendorA.access, simpleProduct(category));
    const png = await pngOf(2, 2, [0, 0, 0]);
    const res = await upload(
      product.id,
      vendorA.access,
      { name: 'x.png', bytes: png, type: 'image/png' },
      { alt_text: 'a'.repeat(301), variant: '' },
    );
    expect(res.statusCode).toBe(400);
    expect(problemOf(res)).toMatchObject({
      code: 'VALIDATION_ERROR',
      errors: { alt_text: ['Ensure this field has no more than 300 characters.'] },
    });
    const stored = await t.db
      .selectFrom('product_images')
      .select('id')
      .where('product_id', '=', product.id)
      .execute();
    expect(stored).toEqual([]);
    // An empty variant part (a form's unset select) means none.
    const ok = await upload(
      product.id,
      vendorA.access,
      { name: 'x.png', bytes: png, type: 'image/png' },
      { alt_text: 'a'.repeat(300), variant: '' },
    );
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ variant: null, alt_text: 'a'.repeat(300) });
  });

  it('is documented in /api/schema/ with its multipart/form-data body (the file as binary)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/schema/' });
    expect(res.statusCode).toBe(200);
    const operation = res.json().paths['/api/vendor/products/{id}/images/'].post;
    expect(operation.operationId).toBe('catalog.vendor.uploadImage');
    expect(Object.keys(operation.requestBody.content)).toEqual(['multipart/form-data']);
    const body = operation.requestBody.content['multipart/form-data'].schema;
    expect(body).toMatchObject({
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary' },
        variant: { type: 'string', maxLength: 64 },
        alt_text: { type: 'string', maxLength: 300 },
      },
    });
    expect(operation.requestBody.required).toBe(true);
  });

  it('answers a malformed multipart body with 400 MALFORMED_MULTIPART, storing nothing', async () => {
    const product = await makeProduct(t.app, vendorA.access, simpleProduct(category));
    const filesBefore = readdirSync(t.config.MEDIA_ROOT, { recursive: true }).length;
    const send = (contentType: string, payload: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/vendor/products/${product.id}/images/`,
        headers: { ...bearer(vendorA.access), 'content-type': contentType },
        payload,
      });
    const truncated = await send(
      'multipart/form-data; boundary=xyz',
      '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\nabc',
    );
    const noBoundary = await send('multipart/form-data', 'x');
    for (const res of [truncated, noBoundary]) {
      expect(res.statusCode, res.body).toBe(400);
      expect(problemOf(res).code).toBe('MALFORMED_MULTIPART');
    }
    const rows = await t.db
      .selectFrom('product_images')
      .select('id')
      .where('product_id', '=', product.id)
      .execute();
    expect(rows).toEqual([]);
    expect(readdirSync(t.config.MEDIA_ROOT, { recursive: true })).toHaveLength(filesBefore);
  });

  it("PUT removing a variant deletes its images' rows and files, and keeps the other variant's", async () => {
    const product = await makeProduct(t.app, vendorA.access, {
      name: 'Two Colours',
      price: '10.00',
      category,
      variants: [
        { color: 'Red', sizes: [{ size: 'M', sku: sku(), stock: 1 }] },
        { color: 'Blue', sizes: [{ size: 'M', sku: sku(), stock: 1 }] },
      ],
    });
    const [red, blue] = [product.variants[0]!, product.variants[1]!];
    const images: Record<string, { id: string; url: string }> = {};
    for (const [name, variant] of [
      ['red', red],
      ['blue', blue],
    ] as const) {
      const res = await upload(
        product.id,
        vendorA.access,
        { name: `${name}.png`, bytes: await pngOf(2, 2, [0, 0, 255]), type: 'image/png' },
        { variant: variant.id },
      );
      expect(res.statusCode, res.body).toBe(201);
      images[name] = res.json();
    }
    const fileOf = (url: string) => path.join(t.config.MEDIA_ROOT, url.replace('/media/', ''));
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/vendor/products/${product.id}/`,
      headers: bearer(vendorA.access),
      payload: {
        name: product.name,
        price: '10.00',
        category,
        variants: [
          {
            id: red.id,
            color: 'Red',
            sizes: [{ id: red.sizes[0]!.id, size: 'M', sku: red.sizes[0]!.sku, stock: 1 }],
          },
        ],
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().images.map((i: { id: string }) => i.id)).toEqual([images.red!.id]);
    const rows = await t.db
      .selectFrom('product_images')
      .select('id')
      .where('product_id', '=', product.id)
      .execute();
    expect(rows).toEqual([{ id: images.red!.id }]);
    expect(existsSync(fileOf(images.blue!.url))).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: images.blue!.url })).statusCode).toBe(404);
    expect(existsSync(fileOf(images.red!.url))).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: images.red!.url })).statusCode).toBe(200);
  });

  it('deletes one image and its file', async () => {
    const product = await makeProduct(t.app, vendorA.access, simpleProduct(category));
    const ok = await upload(product.id, vendorA.access, {
      name: 'x.png',
      bytes: await pngOf(2, 2, [0, 0, 0]),
      type: 'image/png',
    });
    const image = ok.json() as { id: string; url: string };
    const file = path.join(t.config.MEDIA_ROOT, image.url.replace('/media/', ''));
    expect(existsSync(file)).toBe(true);
    const wrong = await t.app.inject({
      method: 'DELETE',
      url: `/api/vendor/products/${product.id}/images/${image.id}/`,
      headers: bearer(vendorB),
    });
    expect(wrong.statusCode).toBe(404);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/vendor/products/${product.id}/images/${image.id}/`,
      headers: bearer(vendorA.access),
    });
    expect(del.statusCode).toBe(204);
    expect(existsSync(file)).toBe(false);
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/vendor/products/${product.id}/images/${image.id}/`,
      headers: bearer(vendorA.access),
    });
    expect(again.statusCode).toBe(404);
    expect(problemOf(again).code).toBe('IMAGE_NOT_FOUND');
  });
});
