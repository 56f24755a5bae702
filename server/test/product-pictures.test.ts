/**
 * Product pictures are decoded on upload (sharp): real images made in the test
 * come out upright, without their EXIF (GPS included), within
 * MEDIA_MAX_IMAGE_SIDE, with a WebP web size and thumbnail; files that only
 * claim to be images are refused whatever their name and type say. Then the
 * gallery: order, main picture (one, even when two are chosen at once), alt text.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPicture } from '../src/modules/catalog/demo-pictures.js';
import { bearer, makeUser } from './auth-helpers.js';
import { makeCategory, makeProduct, simpleProduct, uploadImage } from './catalog-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';

let t: TestApp;
let vendor: string;
let otherVendor: string;
let category: string;

interface Image {
  id: string;
  url: string;
  web_url: string;
  thumbnail_url: string;
  width: number;
  height: number;
  size_bytes: number;
  content_type: string;
  alt_text: string;
  position: number;
  is_main: boolean;
}

beforeAll(async () => {
  t = await buildTestApp({
    MEDIA_MAX_UPLOAD_BYTES: 2 * 1024 * 1024,
    MEDIA_MAX_IMAGE_SIDE: 1000,
    MEDIA_MAX_IMAGE_PIXELS: 4_000_000,
  });
  const manager = (await makeUser(t.app, 'manager')).access;
  vendor = (await makeUser(t.app, 'vendor', { vendor_status: 'approved' })).access;
  otherVendor = (await makeUser(t.app, 'vendor', { vendor_status: 'approved' })).access;
  category = (await makeCategory(t.app, manager, { name: 'Mugs' })).id;
});

afterAll(async () => {
  await t?.close();
});

function picture(width: number, height: number, colour = { r: 200, g: 60, b: 40 }) {
  return sharp({ create: { width, height, channels: 3, background: colour } });
}

async function upload(
  productId: string,
  file: { name: string; bytes: Buffer; type: string },
  token = vendor,
) {
  return uploadImage(t.app, productId, token, file);
}

async function served(url: string) {
  const res = await t.app.inject({ method: 'GET', url });
  expect(res.statusCode, url).toBe(200);
  return res.rawPayload;
}

/** Whether a TIFF-structured EXIF block (as sharp's metadata gives it) points to a GPS IFD (tag 0x8825) from IFD0. */
function hasGpsIfd(exif: Buffer): boolean {
  const tiff = exif.subarray(exif.indexOf('Exif\0\0') + 6);
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd0 = u32(4);
  for (let i = 0; i < u16(ifd0); i++) if (u16(ifd0 + 2 + i * 12) === 0x8825) return true;
  return false;
}

describe('decoding on upload', () => {
  it('strips EXIF with GPS from a JPEG, turns it upright, and makes a WebP web size and thumbnail', async () => {
    const product = await makeProduct(t.app, vendor, simpleProduct(category));
    const jpeg = await picture(400, 200)
      .jpeg()
      .withExif({
        IFD0: { Make: 'SecretCam', Model: 'X1' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '23/1 48/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '90/1 24/1 0/1',
        },
      })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const before = await sharp(jpeg).metadata();
    expect(before.exif && hasGpsIfd(before.exif)).toBe(true);
    expect(jpeg.includes('SecretCam')).toBe(true);

    const res = await upload(product.id, { name: 'holiday.jpg', bytes: jpeg, type: 'image/jpeg' });
    expect(res.statusCode, res.body).toBe(201);
    const image = res.json() as Image;
    // Orientation 6 is a quarter turn: the stored picture is upright, 200 wide and 400 high.
    expect(image).toMatchObject({ content_type: 'image/jpeg', width: 200, height: 400, is_main: true });
    expect(image.url).toMatch(/^\/media\/products\/[0-9a-f]{32}\.jpg$/);

    const original = await served(image.url);
    expect(image.size_bytes).toBe(original.length);
    const after = await sharp(original).metadata();
    expect(after).toMatchObject({ format: 'jpeg', width: 200, height: 400 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(original.includes('SecretCam')).toBe(false);

    const web = await sharp(await served(image.web_url)).metadata();
    expect(web).toMatchObject({ format: 'webp', width: 200, height: 400 });
    expect(web.exif).toBeUndefined();
    const thumb = await sharp(await served(image.thumbnail_url)).metadata();
    expect(thumb).toMatchObject({ format: 'webp', width: 160, height: 320 });
  });

  it('scales a huge picture down to MEDIA_MAX_IMAGE_SIDE, keeping its shape, and never enlarges a small one', async () => {
    const product = await makeProduct(t.app, vendor, simpleProduct(category));
    const huge = await picture(3000, 1200).png().toBuffer();
    const res = await upload(product.id, { name: 'huge.png', bytes: huge, type: 'image/png' });
    expect(res.statusCode, res.body).toBe(201);
    const image = res.json() as Image;
    expect(image).toMatchObject({ content_type: 'image/png', width: 1000, height: 400 });
    expect(await sharp(await served(image.url)).metadata()).toMatchObject({ width: 1000, height: 400 });
    expect(await sharp(await served(image.web_url)).metadata()).toMatchObject({ width: 1000, height: 400 });
    expect(await sharp(await served(image.thumbnail_url)).metadata()).toMatchObject({
      width: 320,
      height: 128,
    });

    const small = await picture(50, 30).webp().toBuffer();
    const smallRes = await upload(product.id, { name: 'small.webp', bytes: small, type: 'image/webp' });
    expect(smallRes.statusCode, smallRes.body).toBe(201);
    expect(smallRes.json()).toMatchObject({
      content_type: 'image/webp',
      width: 50,
      height: 30,
      is_main: false,
    });
    expect(await sharp(await served((smallRes.json() as Image).thumbnail_url)).metadata()).toMatchObject({
      width: 50,
      height: 30,
    });
  });

  it('refuses what is not really an image, whatever its name and type say, and stores nothing', async () => {
    const product = await makeProduct(t.app, vendor, simpleProduct(category));
    const jpeg = await picture(64, 64).jpeg().toBuffer();
    const cases: Array<[string, Buffer, string]> = [
      ['notes.jpg', Buffer.from('These are my notes, not a picture.\n'), 'UNSUPPORTED_IMAGE_TYPE'],
      [
        'drawing.png',
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'),
        'UNSUPPORTED_IMAGE_TYPE',
      ],
      ['anim.jpg', await picture(8, 8).gif().toBuffer(), 'UNSUPPORTED_IMAGE_TYPE'],
      // A JPEG's signature and header, cut short: it cannot be decoded.
      ['cut.jpg', jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'INVALID_IMAGE'],
      [
        'garbage.jpg',
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]),
        'INVALID_IMAGE',
      ],
      // 2,500 × 2,000 is more than MEDIA_MAX_IMAGE_PIXELS (4,000,000): refused before decoding.
      ['wide.png', await picture(2500, 2000).png().toBuffer(), 'IMAGE_DIMENSIONS_TOO_LARGE'],
    ];
    for (const [name, bytes, code] of cases) {
      const res = await upload(product.id, { name, bytes, type: 'image/jpeg' });
      expect(res.statusCode, `${name}: ${res.body}`).toBe(400);
      const problem = problemOf(res);
      expect(problem.code, name).toBe(code);
      expect(Object.keys(problem.errors ?? {})).toEqual(['file']);
    }
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/vendor/products/${product.id}/`,
      headers: bearer(vendor),
    });
    expect(detail.json().images).toEqual([]);
  });
});

describe('the gallery', () => {
  async function productWithImages(n: number) {
    const product = await makeProduct(t.app, vendor, simpleProduct(category));
    const images: Image[] = [];
    for (let i = 0; i < n; i++) {
      const bytes = await picture(20 + i, 20, { r: 40 * i, g: 100, b: 100 })
        .png()
        .toBuffer();
      const res = await upload(product.id, { name: `${i}.png`, bytes, type: 'image/png' });
      expect(res.statusCode, res.body).toBe(201);
      images.push(res.json());
    }
    return { product, images };
  }

  const patch = (productId: string, imageId: string, payload: unknown, token = vendor) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/vendor/products/${productId}/images/${imageId}/`,
      headers: bearer(token),
      payload: payload as Record<string, unknown>,
    });
  const order = (productId: string, images: unknown, token = vendor) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/vendor/products/${productId}/images/order/`,
      headers: bearer(token),
      payload: { images } as Record<string, unknown>,
    });
  const imagesOf = async (slug: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/products/${slug}/` });
    return (res.json() as { images: Image[] }).images;
  };

  it('reorders, chooses the main picture, and sets alt text; lists show the main picture', async () => {
    const { product, images } = await productWithImages(3);
    const [a, b, c] = images as [Image, Image, Image];
    expect(images.map((i) => [i.position, i.is_main])).toEqual([
      [0, true],
      [1, false],
      [2, false],
    ]);

    const reordered = await order(product.id, [c.id, a.id, b.id]);
    expect(reordered.statusCode, reordered.body).toBe(200);
    expect(reordered.json().map((i: Image) => i.id)).toEqual([c.id, a.id, b.id]);
    expect((await imagesOf(product.slug)).map((i) => [i.id, i.position])).toEqual([
      [c.id, 0],
      [a.id, 1],
      [b.id, 2],
    ]);

    const main = await patch(product.id, b.id, { is_main: true, alt_text: 'The mug from the side' });
    expect(main.statusCode, main.body).toBe(200);
    expect(main.json()).toMatchObject({ id: b.id, is_main: true, alt_text: 'The mug from the side' });
    const now = await imagesOf(product.slug);
    expect(now.filter((i) => i.is_main).map((i) => i.id)).toEqual([b.id]);
    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/products/?search=${encodeURIComponent(product.name)}`,
    });
    expect(listed.json().results[0].image).toBe(b.web_url);

    // Deleting the main picture makes the first remaining one main.
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/vendor/products/${product.id}/images/${b.id}/`,
      headers: bearer(vendor),
    });
    expect(del.statusCode).toBe(204);
    for (const url of [b.url, b.web_url, b.thumbnail_url]) {
      expect(existsSync(path.join(t.config.MEDIA_ROOT, url.replace('/media/', '')))).toBe(false);
    }
    expect((await imagesOf(product.slug)).map((i) => [i.id, i.is_main])).toEqual([
      [c.id, true],
      [a.id, false],
    ]);
  });

  it('refuses an order that is not every image exactly once (400), changing nothing', async () => {
    const { product, images } = await productWithImages(2);
    const [a, b] = images as [Image, Image];
    const { images: foreign } = await productWithImages(1);
    for (const wrong of [[a.id], [a.id, a.id], [a.id, b.id, foreign[0]!.id], [b.id, foreign[0]!.id]]) {
      const res = await order(product.id, wrong);
      expect(res.statusCode, res.body).toBe(400);
      expect(problemOf(res).code).toBe('INVALID_IMAGE_ORDER');
    }
    expect((await imagesOf(product.slug)).map((i) => i.id)).toEqual([a.id, b.id]);
  });

  it('answers 404 for another vendor before reading the body, then 400 for a bad body', async () => {
    const { product, images } = await productWithImages(1);
    const image = images[0]!;
    const theirs = await patch(product.id, image.id, { alt_text: 42 }, otherVendor);
    expect(theirs.statusCode).toBe(404);
    expect(problemOf(theirs).code).toBe('PRODUCT_NOT_FOUND');
    const theirOrder = await order(product.id, 'not a list', otherVendor);
    expect(theirOrder.statusCode).toBe(404);
    const noImage = await patch(product.id, '01890000-0000-7000-8000-000000000000', { alt_text: 42 });
    expect(noImage.statusCode).toBe(404);
    expect(problemOf(noImage).code).toBe('IMAGE_NOT_FOUND');
    const bad = await patch(product.id, image.id, { alt_text: 'a'.repeat(301), is_main: false });
    expect(bad.statusCode).toBe(400);
    expect(problemOf(bad).code).toBe('VALIDATION_ERROR');
    const badVariant = await patch(product.id, image.id, { variant: '01890000-0000-7000-8000-000000000000' });
    expect(badVariant.statusCode).toBe(400);
    expect(problemOf(badVariant).code).toBe('INVALID_VARIANT');
    const anonymous = await t.app.inject({
      method: 'PATCH',
      url: `/api/vendor/products/${product.id}/images/${image.id}/`,
      payload: { alt_text: 'x' },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('keeps exactly one main picture when several are chosen at once', async () => {
    const { product, images } = await productWithImages(4);
    const results = await Promise.all(images.map((i) => patch(product.id, i.id, { is_main: true })));
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    const mains = (await imagesOf(product.slug)).filter((i) => i.is_main);
    expect(mains).toHaveLength(1);
  });
});

describe('demo pictures', () => {
  it("draw the product's silhouette in its colour on a light background", async () => {
    const navy: [number, number, number] = [25, 40, 90];
    const jpeg = await demoPicture('tee', navy, 'Everyday Cotton T-Shirt & <Co>');
    const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([800, 800]);
    const pixel = (x: number, y: number) => [...data.subarray((y * 800 + x) * 3, (y * 800 + x) * 3 + 3)];
    const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - (b[i] as number)) < 12);
    // The shirt's middle is navy; the corner is the pale background; the two differ.
    expect(near(pixel(400, 450), navy), String(pixel(400, 450))).toBe(true);
    expect(pixel(20, 20).every((v) => v > 200)).toBe(true);
  });
});

describe('a media directory that cannot take files', () => {
  it('answers an upload 503 MEDIA_STORAGE_UNAVAILABLE, stores no image row, and works again once it can', async () => {
    const product = await makeProduct(t.app, vendor, simpleProduct(category));
    const products = path.join(t.config.MEDIA_ROOT, 'products');
    const aside = `${products}.aside`;
    // Where pictures go, a file: no directory can be made there (as on a read-only or broken mount).
    if (existsSync(products)) renameSync(products, aside);
    writeFileSync(products, 'not a directory');
    const bytes = await picture(40, 40).png().toBuffer();
    try {
      const res = await upload(product.id, { name: 'a.png', bytes, type: 'image/png' });
      expect(res.statusCode, res.body).toBe(503);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(problemOf(res).code).toBe('MEDIA_STORAGE_UNAVAILABLE');
      expect(res.headers['retry-after']).toBe('30');
      expect(
        await t.db.selectFrom('product_images').select('id').where('product_id', '=', product.id).execute(),
      ).toEqual([]);
    } finally {
      renameSync(products, `${products}.broken`);
      if (existsSync(aside)) renameSync(aside, products);
    }
    const again = await upload(product.id, { name: 'a.png', bytes, type: 'image/png' });
    expect(again.statusCode, again.body).toBe(201);
  });
});
