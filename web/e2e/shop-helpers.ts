/** Catalogue set-up for the shop's browser tests, through the API as the e2e admin. */
import { type APIRequestContext, expect, request } from '@playwright/test';

export interface Category {
  id: string;
  name: string;
  slug: string;
}

export interface Product {
  id: string;
  name: string;
  slug: string;
  variants: {
    id: string;
    color: string;
    sizes: { id: string; size: string; sku: string; stock: number }[];
  }[];
}

export async function createCategory(
  admin: APIRequestContext,
  name: string,
  parent?: string,
): Promise<Category> {
  const response = await admin.post('/api/admin/categories/', {
    data: { name, ...(parent ? { parent } : {}) },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Category;
}

export interface ProductVariantInput {
  color: string;
  price?: string | null;
  sizes: { size: string; sku: string; stock: number }[];
}

export async function createProduct(
  admin: APIRequestContext,
  data: {
    name: string;
    price: string;
    category: string;
    description?: string;
    variants: ProductVariantInput[];
  },
): Promise<Product> {
  const response = await admin.post('/api/vendor/products/', { data: { is_active: true, ...data } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Product;
}

/** A Bearer API context for any account (the admin's helper has its own). */
export async function apiAs(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const anonymous = await request.newContext({ baseURL });
  const response = await anonymous.post('/api/auth/token/', { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
  const { access } = (await response.json()) as { access: string };
  await anonymous.dispose();
  return request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${access}` } });
}

/** The stock of one SKU as the shop shows it. */
export async function stockOf(
  api: APIRequestContext,
  slug: string,
  sku: string,
): Promise<number | undefined> {
  const response = await api.get(`/api/products/${slug}/`);
  expect(response.status()).toBe(200);
  const product = (await response.json()) as Product;
  return product.variants.flatMap((v) => v.sizes).find((s) => s.sku === sku)?.stock;
}

/** A valid 1×1 PNG, for image uploads. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Buys one unit of a size through the API (cart, intent, checkout with a test card); answers the order. */
export async function placeOrderThroughApi(
  customer: APIRequestContext,
  sizeId: string,
  key: string,
): Promise<{ id: string; order_number: string }> {
  expect((await customer.post('/api/cart/add/', { data: { size_id: sizeId, quantity: 1 } })).status()).toBe(
    200,
  );
  const intent = await customer.post('/api/orders/create-payment-intent/', { data: {} });
  expect(intent.status(), await intent.text()).toBe(201);
  const { payment_intent_id } = (await intent.json()) as { payment_intent_id: string };
  const checkout = await customer.post('/api/orders/checkout/', {
    headers: { 'Idempotency-Key': key },
    data: {
      payment_intent_id,
      payment_method: 'pm_card_visa',
      shipping_address: {
        full_name: 'Otto',
        line1: '2 Kiln St',
        city: 'Stoke',
        postal_code: 'ST1',
        country: 'GB',
      },
    },
  });
  expect(checkout.status(), await checkout.text()).toBe(201);
  return (await checkout.json()) as { id: string; order_number: string };
}

/** A product on sale in a category of its own; names and SKUs carry `tag` so runs do not collide. */
export async function productOnSale(
  admin: APIRequestContext,
  tag: string,
  {
    category,
    name,
    price,
    variants,
  }: { category: string; name: string; price: string; variants: ProductVariantInput[] },
): Promise<Product> {
  const { id } = await createCategory(admin, `${category} ${tag}`);
  return createProduct(admin, {
    name: `${name} ${tag}`,
    price,
    category: id,
    variants: variants.map((variant) => ({
      ...variant,
      sizes: variant.sizes.map((size) => ({ ...size, sku: `${size.sku}-${tag}` })),
    })),
  });
}
