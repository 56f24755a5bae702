/**
 * Catalogue rows for shop tests, inserted directly (the catalogue module owns
 * the real create paths), plus small helpers for carts and checkouts over HTTP.
 */
import type { FastifyInstance } from 'fastify';
import type { DB } from '../src/db/dialect.js';
import { newId, nowIso } from '../src/platform/ids.js';
import { bearer, makeUser } from './auth-helpers.js';

export interface ProductFixture {
  productId: string;
  slug: string;
  variantId: string;
  /** One per size, in the order given. */
  sizeIds: string[];
}

let counter = 0;

export async function makeProduct(
  db: DB,
  options: {
    name?: string;
    /** Minor units. */
    price?: number;
    /** The variant's own price (minor units); default none (the product's). */
    variantPrice?: number | null;
    sizes?: Array<{ size?: string; stock: number }>;
    isActive?: boolean;
    /** The vendor (a user id) selling it; default none (the shop's own). */
    vendorId?: string | null;
  } = {},
): Promise<ProductFixture> {
  counter += 1;
  const now = nowIso();
  const categoryId = newId();
  const productId = newId();
  const variantId = newId();
  const slug = `product-${counter}-${productId.slice(-8)}`;
  await db
    .insertInto('categories')
    .values({
      id: categoryId,
      name: `Category ${counter}`,
      slug: `cat-${categoryId}`,
      parent_id: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('products')
    .values({
      id: productId,
      name: options.name ?? `Product ${counter}`,
      slug,
      description: '',
      price: options.price ?? 1999,
      // One variant: its price, whatever the stock (see the catalogue's from-price.ts).
      from_price: options.variantPrice ?? options.price ?? 1999,
      category_id: categoryId,
      vendor_id: options.vendorId ?? null,
      is_active: options.isActive ?? true,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('product_variants')
    .values({
      id: variantId,
      product_id: productId,
      color: 'Red',
      price: options.variantPrice ?? null,
      position: 0,
      created_at: now,
    })
    .execute();
  const sizeIds: string[] = [];
  for (const [position, s] of (options.sizes ?? [{ stock: 10 }]).entries()) {
    const sizeId = newId();
    sizeIds.push(sizeId);
    await db
      .insertInto('product_sizes')
      .values({
        id: sizeId,
        variant_id: variantId,
        product_id: productId,
        size: s.size ?? ['S', 'M', 'L', 'XL'][position] ?? `S${position}`,
        sku: `SKU-${sizeId}`,
        stock: s.stock,
        position,
        created_at: now,
      })
      .execute();
  }
  return { productId, slug, variantId, sizeIds };
}

export async function stockOf(db: DB, sizeId: string): Promise<number> {
  const row = await db
    .selectFrom('product_sizes')
    .select('stock')
    .where('id', '=', sizeId)
    .executeTakeFirstOrThrow();
  return row.stock;
}

export async function setStock(db: DB, sizeId: string, stock: number): Promise<void> {
  await db.updateTable('product_sizes').set({ stock }).where('id', '=', sizeId).execute();
}

export async function countRows(
  db: DB,
  table: 'orders' | 'order_items' | 'payments' | 'stock_movements' | 'cart_items',
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface Customer {
  id: string;
  email: string;
  headers: Record<string, string>;
}

export async function makeCustomer(app: FastifyInstance): Promise<Customer> {
  const { user, email, access } = await makeUser(app, 'customer');
  return { id: user.id, email, headers: bearer(access) };
}

export const ADDRESS = {
  full_name: 'Ada Lovelace',
  line1: '12 St James Square',
  city: 'London',
  postal_code: 'SW1Y 4JH',
  country: 'GB',
};

export async function addToCart(app: FastifyInstance, customer: Customer, sizeId: string, quantity = 1) {
  return app.inject({
    method: 'POST',
    url: '/api/cart/add/',
    headers: customer.headers,
    payload: { size_id: sizeId, quantity },
  });
}

export async function createIntent(app: FastifyInstance, customer: Customer) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/orders/create-payment-intent/',
    headers: customer.headers,
  });
  return {
    res,
    body: res.json() as {
      payment_intent_id: string;
      client_secret: string;
      amount: string;
      currency: string;
      provider: string;
      expires_at: string;
    },
  };
}

export function checkout(
  app: FastifyInstance,
  customer: Customer,
  paymentIntentId: string,
  options: { paymentMethod?: string; idempotencyKey?: string } = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/orders/checkout/',
    headers: {
      ...customer.headers,
      ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
    },
    payload: {
      payment_intent_id: paymentIntentId,
      shipping_address: ADDRESS,
      ...(options.paymentMethod === undefined
        ? { payment_method: 'pm_card_visa' }
        : options.paymentMethod
          ? { payment_method: options.paymentMethod }
          : {}),
    },
  });
}

/** Cart → intent → checkout with a succeeding test card; returns the checkout response. */
export async function buy(app: FastifyInstance, customer: Customer, sizeId: string, quantity = 1) {
  const added = await addToCart(app, customer, sizeId, quantity);
  if (added.statusCode !== 200) return added;
  const { res, body } = await createIntent(app, customer);
  if (res.statusCode !== 201) return res;
  return checkout(app, customer, body.payment_intent_id);
}
