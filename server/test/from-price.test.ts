/**
 * A product's "from" price: the lowest price of its sizes in stock (of all its
 * sizes when none is; its own price without sizes). Price filters and price
 * ordering use it, not the product's base price; it follows sales, cancels,
 * adjustments and edits in their own transaction, stays right under concurrent
 * stock changes, and the list query still walks its index.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as repo from '../src/modules/catalog/catalog.repository.js';
import { bearer, makeUser } from './auth-helpers.js';
import { makeCategory, makeProduct, type ProductDetail, sku } from './catalog-helpers.js';
import { buildTestApp, queryPlan, type TestApp } from './helpers.js';
import { buy, makeCustomer } from './shop-fixtures.js';

let t: TestApp;
let manager: string;
let staff: string;
let category: string;

type Listed = { slug: string; price: string; from_price: string };

async function list(query: string): Promise<Listed[]> {
  const res = await t.app.inject({ method: 'GET', url: `/api/products/?category=${categorySlug}&${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().results;
}
let categorySlug: string;

async function detail(slug: string): Promise<ProductDetail & { from_price: string }> {
  const res = await t.app.inject({ method: 'GET', url: `/api/products/${slug}/` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function storedFromPrice(id: string): Promise<number> {
  const row = await t.db
    .selectFrom('products')
    .select('from_price')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.from_price);
}

/** The rule, computed here from what the product page shows: an oracle independent of the server's SQL. */
function expectedFromPrice(product: ProductDetail): string {
  const sizes = product.variants.flatMap((v) =>
    v.sizes.map((s) => ({ price: Number(v.effective_price), stock: s.stock })),
  );
  if (sizes.length === 0) return product.price;
  const inStock = sizes.filter((s) => s.stock > 0);
  return Math.min(...(inStock.length ? inStock : sizes).map((s) => s.price)).toFixed(2);
}

async function adjust(skuCode: string, delta: number) {
  return t.app.inject({
    method: 'POST',
    url: '/api/inventory/adjustments/',
    headers: bearer(staff),
    payload: { sku: skuCode, delta, reason: 'from price test' },
  });
}

/** A product at `price` whose colours have their own prices (null: the product's), one size each. */
async function productWith(name: string, price: string, colours: Array<[string | null, number]>) {
  return makeProduct(t.app, manager, {
    name,
    price,
    category,
    variants: colours.map(([own, stock], i) => ({
      color: `Colour ${i}`,
      price: own,
      sizes: [{ size: 'M', sku: sku('FP'), stock }],
    })),
  });
}

beforeAll(async () => {
  t = await buildTestApp();
  manager = (await makeUser(t.app, 'manager')).access;
  staff = (await makeUser(t.app, 'staff')).access;
  const made = await makeCategory(t.app, manager, { name: 'From prices' });
  category = made.id;
  categorySlug = made.slug;
});

afterAll(async () => {
  await t?.close();
});

describe('the from price', () => {
  let jacket: ProductDetail;
  let plain: ProductDetail;
  let cheapSku: string;

  beforeAll(async () => {
    // Base price 100.00, but its only size in stock is a 20.00 colour; the 100.00 colour is sold out.
    jacket = await productWith('Discount Jacket', '100.00', [
      [null, 0],
      ['20.00', 2],
    ]);
    cheapSku = jacket.variants[1]?.sizes[0]?.sku as string;
    plain = await productWith('Plain Coat', '50.00', [[null, 4]]);
  });

  it('is the lowest price of a size in stock, shown on the list and the product page', async () => {
    const product = await detail(jacket.slug);
    expect(product.price).toBe('100.00');
    expect(product.from_price).toBe('20.00');
    expect(product.from_price).toBe(expectedFromPrice(product));
    expect(await storedFromPrice(jacket.id)).toBe(2000);
    const listed = (await list('')).find((p) => p.slug === jacket.slug);
    expect(listed).toMatchObject({ price: '100.00', from_price: '20.00' });
  });

  it('is what max_price, min_price and ordering=price use', async () => {
    expect((await list('max_price=25')).map((p) => p.slug)).toEqual([jacket.slug]);
    expect((await list('min_price=25')).map((p) => p.slug)).toEqual([plain.slug]);
    expect((await list('ordering=price')).map((p) => p.slug)).toEqual([jacket.slug, plain.slug]);
    expect((await list('ordering=-price')).map((p) => p.slug)).toEqual([plain.slug, jacket.slug]);
  });

  it('moves when a checkout takes the last cheap unit, and back when the order is cancelled', async () => {
    const customer = await makeCustomer(t.app);
    const cheapSize = jacket.variants[1]?.sizes[0]?.id as string;
    const sold = await buy(t.app, customer, cheapSize, 2);
    expect(sold.statusCode, sold.body).toBe(201);
    // Nothing in stock any more: the lowest price of all its sizes.
    expect((await detail(jacket.slug)).from_price).toBe('20.00');
    expect((await list('max_price=25')).map((p) => p.slug)).toEqual([jacket.slug]);

    // The 100.00 colour comes back in stock: now the cheapest size in stock is 100.00.
    const fullSku = jacket.variants[0]?.sizes[0]?.sku as string;
    expect((await adjust(fullSku, 3)).statusCode).toBe(201);
    expect((await detail(jacket.slug)).from_price).toBe('100.00');
    expect(await list('max_price=25')).toEqual([]);
    expect((await list('ordering=price')).map((p) => p.slug)).toEqual([plain.slug, jacket.slug]);

    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/orders/${sold.json().id}/cancel/`,
      headers: customer.headers,
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const product = await detail(jacket.slug);
    expect(product.from_price).toBe('20.00');
    expect(product.from_price).toBe(expectedFromPrice(product));
    expect((await list('ordering=price')).map((p) => p.slug)).toEqual([jacket.slug, plain.slug]);
  });

  it('follows inventory adjustments that sell out or restock a size', async () => {
    const stock = (await detail(jacket.slug)).variants[1]?.sizes[0]?.stock as number;
    expect((await adjust(cheapSku, -stock)).statusCode).toBe(201);
    expect((await detail(jacket.slug)).from_price).toBe('100.00');
    expect((await adjust(cheapSku, 1)).statusCode).toBe(201);
    expect((await detail(jacket.slug)).from_price).toBe('20.00');
  });

  it('follows edits: a colour price, the base price, a size removed, stock set by the editor', async () => {
    const url = `/api/vendor/products/${jacket.id}/`;
    const current = await detail(jacket.slug);
    const [full, cheap] = current.variants;
    if (!full || !cheap) throw new Error('the jacket has two colours');
    const colour = (v: typeof full, over: { price?: string | null; stock?: number }) => ({
      id: v.id,
      color: v.color,
      ...(over.price !== undefined ? { price: over.price } : {}),
      sizes: v.sizes.map((s) => ({ id: s.id, size: s.size, sku: s.sku, stock: over.stock ?? s.stock })),
    });
    const patch = async (body: Record<string, unknown>, method: 'PATCH' | 'PUT' = 'PATCH') => {
      const res = await t.app.inject({ method, url, headers: bearer(manager), payload: body });
      expect(res.statusCode, res.body).toBe(200);
      const product = await detail(jacket.slug);
      expect(product.from_price).toBe(expectedFromPrice(product));
      expect(await storedFromPrice(jacket.id)).toBe(Math.round(Number(product.from_price) * 100));
      return product.from_price;
    };
    expect(await patch({ variants: [colour(cheap, { price: '18.50' })] })).toBe('18.50');
    // The cheap colour out of stock (by the editor): the base price of the other colour, in stock.
    expect(await patch({ variants: [colour(cheap, { stock: 0 })] })).toBe('100.00');
    expect(await patch({ price: '90.00' })).toBe('90.00');
    // Back in stock, then its own price removed: it costs the base price too.
    expect(await patch({ variants: [colour(cheap, { stock: 2 })] })).toBe('18.50');
    expect(await patch({ variants: [colour(cheap, { price: null })] })).toBe('90.00');
    // PUT without the 100.00 colour: only the cheap one is left.
    expect(
      await patch(
        { name: 'Discount Jacket', price: '90.00', category, variants: [colour(cheap, { price: '15.00' })] },
        'PUT',
      ),
    ).toBe('15.00');
    // PUT with no colours at all: the product's own price.
    expect(await patch({ name: 'Discount Jacket', price: '70.00', category, variants: [] }, 'PUT')).toBe(
      '70.00',
    );
  });

  it('rolls back with the change that failed', async () => {
    const product = await productWith('Rollback Shirt', '40.00', [
      ['10.00', 1],
      ['30.00', 1],
    ]);
    // A sale of two where the second size is short: nothing is sold, the from price stays.
    const customer = await makeCustomer(t.app);
    const [cheap, dear] = product.variants.map((v) => v.sizes[0]?.id as string);
    for (const size of [cheap, dear]) {
      const added = await t.app.inject({
        method: 'POST',
        url: '/api/cart/add/',
        headers: customer.headers,
        payload: { size_id: size, quantity: 1 },
      });
      expect(added.statusCode, added.body).toBe(200);
    }
    const dearSku = product.variants[1]?.sizes[0]?.sku as string;
    const intent = await t.app.inject({
      method: 'POST',
      url: '/api/orders/create-payment-intent/',
      headers: customer.headers,
    });
    expect(intent.statusCode, intent.body).toBe(201);
    expect((await adjust(dearSku, -1)).statusCode).toBe(201);
    expect(await storedFromPrice(product.id)).toBe(1000);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/orders/checkout/',
      headers: customer.headers,
      payload: {
        payment_intent_id: intent.json().payment_intent_id,
        payment_method: 'pm_card_visa',
        shipping_address: {
          full_name: 'Ada Lovelace',
          line1: '12 St James Square',
          city: 'London',
          postal_code: 'SW1Y 4JH',
          country: 'GB',
        },
      },
    });
    expect(refused.statusCode, refused.body).toBeGreaterThanOrEqual(400);
    expect(refused.statusCode).toBeLessThan(500);
    const after = await detail(product.slug);
    expect(after.variants[0]?.sizes[0]?.stock).toBe(1);
    expect(after.from_price).toBe('10.00');
  });
});

describe('concurrent stock changes', () => {
  it('leave the from price of the stock that was committed, sold out and restocked at once', async () => {
    for (let round = 0; round < 6; round += 1) {
      const product = await productWith(`Race ${round}`, '50.00', [
        ['10.00', 1],
        ['20.00', 1],
        ['30.00', 1],
        ['40.00', 1],
      ]);
      const skus = product.variants.map((v) => v.sizes[0]?.sku as string);
      // Three sizes sold out at once, each in its own transaction: the 40.00 one is left.
      const sold = await Promise.all(skus.slice(0, 3).map((s) => adjust(s, -1)));
      expect(sold.map((r) => r.statusCode)).toEqual([201, 201, 201]);
      let now = await detail(product.slug);
      expect(now.from_price, `round ${round}, sold out`).toBe('40.00');
      // The two dearest back in stock and the last one sold, at once: 20.00 is the cheapest in stock.
      const mixed = await Promise.all([
        adjust(skus[1] as string, 1),
        adjust(skus[2] as string, 2),
        adjust(skus[3] as string, -1),
      ]);
      expect(mixed.map((r) => r.statusCode)).toEqual([201, 201, 201]);
      now = await detail(product.slug);
      expect(now.from_price, `round ${round}, restocked`).toBe('20.00');
      expect(now.from_price).toBe(expectedFromPrice(now));
    }
  });
});

describe('concurrent edits and sales of one product', () => {
  it('never deadlock nor fail, and leave the from price of the committed stock', async () => {
    const customer = await makeCustomer(t.app);
    for (let round = 0; round < 4; round += 1) {
      const product = await productWith(`Edited race ${round}`, '50.00', [
        ['10.00', 1],
        ['20.00', 3],
        ['30.00', 3],
      ]);
      const [cheap, mid, dear] = product.variants;
      if (!cheap || !mid || !dear) throw new Error('three colours');
      // The editor restocks the dear colour and reprices the middle one while the cheap one is
      // sold and the middle one adjusted, all at once (sizes and the product locked in one order).
      const edit = t.app.inject({
        method: 'PATCH',
        url: `/api/vendor/products/${product.id}/`,
        headers: bearer(manager),
        payload: {
          variants: [
            { id: mid.id, color: mid.color, price: '25.00', sizes: mid.sizes },
            {
              id: dear.id,
              color: dear.color,
              sizes: dear.sizes.map((s) => ({ ...s, stock: s.stock + 2 })),
            },
          ],
        },
      });
      const [edited, sold, adjusted] = await Promise.all([
        edit,
        buy(t.app, customer, cheap.sizes[0]?.id as string, 1),
        adjust(mid.sizes[0]?.sku as string, -3),
      ]);
      expect(edited.statusCode, edited.body).toBe(200);
      expect(sold.statusCode, sold.body).toBe(201);
      expect(adjusted.statusCode, adjusted.body).toBe(201);
      const now = await detail(product.slug);
      // The editor's stock for the middle size is absolute: 3 if the edit came last, 0 if the adjustment did.
      const [cheapStock, midStock, dearStock] = now.variants.map((v) => v.sizes[0]?.stock);
      expect([cheapStock, dearStock]).toEqual([0, 5]);
      expect([0, 3]).toContain(midStock);
      expect(now.from_price, `round ${round}`).toBe(midStock ? '25.00' : '30.00');
      expect(now.from_price).toBe(expectedFromPrice(now));
    }
  });
});

describe('the products list query', () => {
  it('filters and orders by price through the from price index', async () => {
    const query = repo.productPageQuery(
      repo.filteredProducts(t.db, { activeOnly: true, minPrice: 1000, maxPrice: 5000 }),
      'price',
      20,
      0,
    );
    const plan = await queryPlan(t.db, query);
    expect(plan).toContain('products_active_from_price');
  });
});
