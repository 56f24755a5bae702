/** Factories for catalogue tests: categories and products made through the real HTTP routes. */
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { expect } from 'vitest';
import { bearer } from './auth-helpers.js';

export async function makeCategory(
  app: FastifyInstance,
  token: string,
  body: { name: string; slug?: string; parent?: string | null },
): Promise<{ id: string; slug: string; parent: string | null }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/admin/categories/',
    headers: bearer(token),
    payload: body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

let skuCounter = 0;
export function sku(prefix = 'SKU'): string {
  skuCounter += 1;
  return `${prefix}-${process.pid}-${skuCounter}`;
}

export interface ProductInput {
  name: string;
  price: string;
  category: string;
  description?: string;
  is_active?: boolean;
  variants?: Array<{
    id?: string;
    color: string;
    price?: string | null;
    sizes: Array<{ id?: string; size: string; sku: string; stock: number }>;
  }>;
}

export interface ProductDetail {
  id: string;
  slug: string;
  name: string;
  price: string;
  is_active: boolean;
  in_stock: boolean;
  vendor: { id: string; username: string } | null;
  category: { id: string; slug: string };
  images: Array<{ id: string; url: string; content_type: string }>;
  variants: Array<{
    id: string;
    color: string;
    price: string | null;
    effective_price: string;
    sizes: Array<{ id: string; size: string; sku: string; stock: number; in_stock: boolean }>;
  }>;
}

export async function makeProduct(
  app: FastifyInstance,
  token: string,
  body: ProductInput,
): Promise<ProductDetail> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/vendor/products/',
    headers: bearer(token),
    payload: body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** One colour, one size: the smallest sellable product. */
export function simpleProduct(
  category: string,
  over: Partial<ProductInput> & { stock?: number } = {},
): ProductInput {
  const { stock = 5, ...rest } = over;
  return {
    name: `Plain Tee ${sku('N')}`,
    price: '10.00',
    category,
    variants: [{ color: 'Black', sizes: [{ size: 'M', sku: sku(), stock }] }],
    ...rest,
  };
}

/** Uploads `file` (and any text `fields`) as multipart/form-data to a product's images, as a browser form does. */
export function uploadImage(
  app: FastifyInstance,
  productId: string,
  token: string,
  file: { name: string; bytes: Buffer; type: string },
  fields: Record<string, string> = {},
) {
  const boundary = '----mercato-test-boundary';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return app.inject({
    method: 'POST',
    url: `/api/vendor/products/${productId}/images/`,
    headers: { ...bearer(token), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(parts),
  });
}

/** A real PNG of one colour, `width` × `height` pixels. */
export function pngOf(width: number, height: number, [r, g, b]: [number, number, number]): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r, g, b } } })
    .png()
    .toBuffer();
}
