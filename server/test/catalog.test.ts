/**
 * The public catalogue and category admin: filters, orderings, pagination,
 * categories including their descendants, inactive products hidden, slugs,
 * cycles and guarded deletes; bad input is a 400 problem, never a 500.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bearer, makeUser } from './auth-helpers.js';
import { makeCategory, makeProduct, type ProductDetail, simpleProduct } from './catalog-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';

let t: TestApp;
let manager: string;
let vendor: string;
let vendorUsername: string;
let customer: string;
const cat: Record<string, string> = {};
const products: Record<string, ProductDetail> = {};

type ListBody = {
  count: number;
  next: string | null;
  previous: string | null;
  results: Array<{
    slug: string;
    price: string;
    name: string;
    in_stock: boolean;
    image: string | null;
    category: { slug: string };
  }>;
};

async function list(query = ''): Promise<ListBody> {
  const res = await t.app.inject({ method: 'GET', url: `/api/products/${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await buildTestApp();
  manager = (await makeUser(t.app, 'manager')).access;
  const v = await makeUser(t.app, 'vendor', { vendor_status: 'approved' });
  vendor = v.access;
  vendorUsername = v.user.username;
  customer = (await makeUser(t.app, 'customer')).access;
  // clothing > tops > tees; clothing > hoodies; bags (separate tree)
  cat.clothing = (await makeCategory(t.app, manager, { name: 'Clothing' })).id;
  cat.tops = (await makeCategory(t.app, manager, { name: 'Tops', parent: cat.clothing })).id;
  cat.tees = (await makeCategory(t.app, manager, { name: 'Tees', parent: cat.tops })).id;
  cat.hoodies = (await makeCategory(t.app, manager, { name: 'Hoodies', parent: cat.clothing })).id;
  cat.bags = (await makeCategory(t.app, manager, { name: 'Bags' })).id;

  const make = async (
    key: string,
    token: string,
    body: Parameters<typeof simpleProduct>[1] & { category: string },
  ) => {
    products[key] = await makeProduct(t.app, token, simpleProduct(body.category, body));
  };
  await make('tee', vendor, {
    category: cat.tees,
    name: 'Organic Cotton Tee',
    price: '15.00',
    description: 'Soft and light.',
  });
  await make('hoodie', vendor, {
    category: cat.hoodies,
    name: 'Heavy Hoodie',
    price: '55.50',
    description: 'Brushed COTTON fleece.',
  });
  await make('tank', manager, { category: cat.tops, name: 'Linen Tank', price: '25.00', stock: 0 });
  await make('bag', manager, { category: cat.bags, name: 'Canvas Bag', price: '30.00' });
  await make('hidden', vendor, {
    category: cat.tees,
    name: 'Hidden Cotton Tee',
    price: '5.00',
    is_active: false,
  });
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/categories/', () => {
  it('lists the categories in menu order with parent and depth, paginated, without signing in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/categories/' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      count: number;
      next: string | null;
      previous: string | null;
      results: Array<{ slug: string; parent: string | null; depth: number }>;
    };
    expect(body.count).toBe(5);
    expect(body.next).toBeNull();
    expect(body.previous).toBeNull();
    expect(body.results.map((c) => [c.slug, c.depth])).toEqual([
      ['bags', 0],
      ['clothing', 0],
      ['hoodies', 1],
      ['tops', 1],
      ['tees', 2],
    ]);
    expect(body.results.find((c) => c.slug === 'tees')?.parent).toBe(cat.tops);
  });

  it('pages as every list does: page_size, absolute next/previous, 404 past the end, 400 for bad values', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/categories/?page_size=2' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      count: 5,
      next: 'http://testserver/api/categories/?page_size=2&page=2',
      previous: null,
    });
    expect(first.json().results.map((c: { slug: string }) => c.slug)).toEqual(['bags', 'clothing']);
    const last = await t.app.inject({ method: 'GET', url: '/api/categories/?page_size=2&page=3' });
    expect(last.json()).toMatchObject({
      next: null,
      previous: 'http://testserver/api/categories/?page_size=2&page=2',
    });
    expect(last.json().results.map((c: { slug: string }) => c.slug)).toEqual(['tees']);
    const past = await t.app.inject({ method: 'GET', url: '/api/categories/?page_size=2&page=4' });
    expect(past.statusCode).toBe(404);
    expect(problemOf(past).code).toBe('INVALID_PAGE');
    for (const query of ['?page=0', '?page_size=101', '?page=1e999', '?page_size=x']) {
      const bad = await t.app.inject({ method: 'GET', url: `/api/categories/${query}` });
      expect(bad.statusCode, query).toBe(400);
    }
  });
});

describe('GET /api/categories/tree/', () => {
  type Node = { slug: string; parent: string | null; depth: number; children: Node[] };
  const shape = (nodes: Node[]): unknown[] =>
    nodes.map((n) => (n.children.length ? [n.slug, shape(n.children)] : n.slug));

  it('gives the whole tree at once, each level by name, without signing in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/categories/tree/' });
    expect(res.statusCode).toBe(200);
    const tree = res.json() as Node[];
    expect(shape(tree)).toEqual(['bags', ['clothing', ['hoodies', ['tops', ['tees']]]]]);
    const tops = tree[1]?.children[1];
    expect(tops).toMatchObject({ slug: 'tops', parent: cat.clothing, depth: 1 });
    expect(tops?.children[0]).toMatchObject({ slug: 'tees', parent: cat.tops, depth: 2, children: [] });
  });

  it('shows a category change at once (the response cache forgets it)', async () => {
    const before = await t.app.inject({ method: 'GET', url: '/api/categories/tree/' });
    expect(before.statusCode).toBe(200);
    const moved = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/categories/${cat.bags}/`,
      headers: bearer(manager),
      payload: { parent: cat.clothing },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    try {
      const after = (await t.app.inject({ method: 'GET', url: '/api/categories/tree/' })).json() as Node[];
      expect(shape(after)).toEqual([['clothing', ['bags', 'hoodies', ['tops', ['tees']]]]]);
      const flat = await t.app.inject({ method: 'GET', url: '/api/categories/' });
      expect(flat.json().results.find((c: Node) => c.slug === 'bags')).toMatchObject({ depth: 1 });
    } finally {
      const back = await t.app.inject({
        method: 'PATCH',
        url: `/api/admin/categories/${cat.bags}/`,
        headers: bearer(manager),
        payload: { parent: null },
      });
      expect(back.statusCode, back.body).toBe(200);
    }
    const restored = (await t.app.inject({ method: 'GET', url: '/api/categories/tree/' })).json() as Node[];
    expect(shape(restored)).toEqual(shape(before.json() as Node[]));
  });
});

describe('GET /api/products/', () => {
  it('lists active products only, newest first, prices as decimal strings', async () => {
    const body = await list();
    expect(body.count).toBe(4);
    expect(body.results.map((r) => r.slug)).toEqual([
      products.bag?.slug,
      products.tank?.slug,
      products.hoodie?.slug,
      products.tee?.slug,
    ]);
    expect(body.results.find((r) => r.slug === products.hoodie?.slug)?.price).toBe('55.50');
    expect(body.next).toBeNull();
    expect(body.previous).toBeNull();
  });

  it('includes the descendants of a category', async () => {
    const clothing = await list('?category=clothing');
    expect(clothing.results.map((r) => r.slug).sort()).toEqual(
      [products.tee?.slug, products.hoodie?.slug, products.tank?.slug].sort(),
    );
    const tops = await list('?category=tops');
    expect(tops.results.map((r) => r.slug).sort()).toEqual([products.tee?.slug, products.tank?.slug].sort());
    expect((await list('?category=tees')).count).toBe(1);
    expect((await list('?category=no-such-category')).count).toBe(0);
  });

  it('searches name and description in any case; every word must match', async () => {
    const cotton = await list('?search=COTTON');
    expect(cotton.results.map((r) => r.slug).sort()).toEqual(
      [products.tee?.slug, products.hoodie?.slug].sort(),
    );
    expect((await list('?search=brushed%20fleece')).count).toBe(1);
    expect((await list('?search=brushed%20linen')).count).toBe(0);
    // LIKE wildcards are literal text
    expect((await list('?search=%25')).count).toBe(0);
  });

  it('filters by price range, stock and vendor', async () => {
    const mid = await list('?min_price=15&max_price=30.00');
    expect(mid.results.map((r) => r.slug).sort()).toEqual(
      [products.tee?.slug, products.tank?.slug, products.bag?.slug].sort(),
    );
    const inStock = await list('?in_stock=true');
    expect(inStock.results.map((r) => r.slug)).not.toContain(products.tank?.slug);
    expect(inStock.count).toBe(3);
    const outOfStock = await list('?in_stock=false');
    expect(outOfStock.results.map((r) => r.slug)).toEqual([products.tank?.slug]);
    const byVendor = await list(`?vendor=${vendorUsername}`);
    expect(byVendor.results.map((r) => r.slug).sort()).toEqual(
      [products.tee?.slug, products.hoodie?.slug].sort(),
    );
    expect((await list(`?vendor=${products.tee?.vendor?.id}`)).count).toBe(2);
  });

  it('orders by price, name and creation time', async () => {
    expect((await list('?ordering=price')).results.map((r) => r.price)).toEqual([
      '15.00',
      '25.00',
      '30.00',
      '55.50',
    ]);
    expect((await list('?ordering=-price')).results.map((r) => r.price)).toEqual([
      '55.50',
      '30.00',
      '25.00',
      '15.00',
    ]);
    expect((await list('?ordering=name')).results.map((r) => r.name)).toEqual([
      'Canvas Bag',
      'Heavy Hoodie',
      'Linen Tank',
      'Organic Cotton Tee',
    ]);
    expect((await list('?ordering=-created_at')).results[0]?.slug).toBe(products.bag?.slug);
  });

  it('paginates as DRF does, with absolute next/previous links', async () => {
    const first = await list('?page_size=3&ordering=price');
    expect(first.count).toBe(4);
    expect(first.results).toHaveLength(3);
    expect(first.next).toBe('http://testserver/api/products/?page_size=3&ordering=price&page=2');
    const second = await list('?page_size=3&ordering=price&page=2');
    expect(second.results.map((r) => r.price)).toEqual(['55.50']);
    expect(second.previous).toBe('http://testserver/api/products/?page_size=3&ordering=price');
    const past = await t.app.inject({ method: 'GET', url: '/api/products/?page=9' });
    expect(past.statusCode).toBe(404);
    expect(problemOf(past).code).toBe('INVALID_PAGE');
  });

  it('answers bad query values with 400 field errors', async () => {
    for (const [query, field] of [
      ['?ordering=stock', 'ordering'],
      ['?min_price=abc', 'min_price'],
      ['?max_price=-1', 'max_price'],
      ['?page=0', 'page'],
      ['?page_size=1000', 'page_size'],
      ['?in_stock=maybe', 'in_stock'],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url: `/api/products/${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(Object.keys(problemOf(res).errors ?? {}), query).toContain(field);
    }
  });

  it('shows a change at once (the response cache forgets on every write)', async () => {
    const before = await list('?search=Reversible');
    expect(before.count).toBe(0);
    const made = await makeProduct(
      t.app,
      vendor,
      simpleProduct(cat.tees as string, { name: 'Reversible Tee' }),
    );
    expect((await list('?search=Reversible')).count).toBe(1);
    await t.app.inject({
      method: 'DELETE',
      url: `/api/vendor/products/${made.id}/`,
      headers: bearer(vendor),
    });
    expect((await list('?search=Reversible')).count).toBe(0);
  });
});

describe('GET /api/products/<slug>/', () => {
  it('returns variants, sizes with stock, category and vendor', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/products/${products.hoodie?.slug}/` });
    expect(res.statusCode).toBe(200);
    const body = res.json() as ProductDetail & { description: string };
    expect(body.name).toBe('Heavy Hoodie');
    expect(body.description).toBe('Brushed COTTON fleece.');
    expect(body.price).toBe('55.50');
    expect(body.category).toMatchObject({ id: cat.hoodies, slug: 'hoodies' });
    expect(body.vendor?.username).toBe(vendorUsername);
    expect(body.variants).toHaveLength(1);
    expect(body.variants[0]).toMatchObject({ color: 'Black', price: null, effective_price: '55.50' });
    expect(body.variants[0]?.sizes[0]).toMatchObject({ size: 'M', stock: 5, in_stock: true });
  });

  it('hides inactive and unknown products (404)', async () => {
    for (const slug of [products.hidden?.slug, 'no-such-product']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/products/${slug}/` });
      expect(res.statusCode).toBe(404);
      expect(problemOf(res).code).toBe('PRODUCT_NOT_FOUND');
    }
  });
});

describe('a vendor who may not sell (vendors sell once approved)', () => {
  it('hides their products from the list and detail at once, keeps the rows, and shows them again once approved', async () => {
    const seller = await makeUser(t.app, 'vendor', { vendor_status: 'approved' });
    const made = await makeProduct(
      t.app,
      seller.access,
      simpleProduct(cat.bags as string, { name: 'Wicker Basket' }),
    );
    const detail = () => t.app.inject({ method: 'GET', url: `/api/products/${made.slug}/` });
    const decide = (decision: 'approve' | 'reject') =>
      t.app.inject({
        method: 'POST',
        url: `/api/admin/users/${seller.user.id}/${decision}-vendor/`,
        headers: bearer(manager),
        payload: {},
      });
    // Both answers are now in the response cache.
    expect((await list('?search=Wicker')).count).toBe(1);
    expect((await detail()).statusCode).toBe(200);

    const version = t.app.ctx.module('catalog').cache.version;
    expect((await decide('reject')).statusCode).toBe(200);
    expect(t.app.ctx.module('catalog').cache.version).toBeGreaterThan(version);
    expect((await list('?search=Wicker')).count).toBe(0);
    expect((await list(`?vendor=${seller.user.username}`)).count).toBe(0);
    const hidden = await detail();
    expect(hidden.statusCode).toBe(404);
    expect(problemOf(hidden).code).toBe('PRODUCT_NOT_FOUND');
    // The shop's own products (no vendor) and approved vendors' stay on sale.
    expect((await list('?search=Canvas')).results.map((r) => r.slug)).toEqual([products.bag?.slug]);
    expect((await list('?search=Heavy')).count).toBe(1);
    // Nothing was deleted or deactivated: the vendor's decision alone hides them.
    const row = await t.db
      .selectFrom('products')
      .select(['is_active', 'vendor_id'])
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ is_active: true, vendor_id: seller.user.id });

    expect((await decide('approve')).statusCode).toBe(200);
    expect((await list('?search=Wicker')).count).toBe(1);
    expect((await detail()).statusCode).toBe(200);

    // Deactivated by an admin: hidden at once, the cached answer too; reactivated: on sale again.
    const admin = await makeUser(t.app, 'admin');
    const user = (method: 'DELETE' | 'PATCH') =>
      t.app.inject({
        method,
        url: `/api/admin/users/${seller.user.id}/`,
        headers: bearer(admin.access),
        ...(method === 'PATCH' ? { payload: { is_active: true } } : {}),
      });
    const before = t.app.ctx.module('catalog').cache.version;
    expect((await user('DELETE')).statusCode).toBe(204);
    expect(t.app.ctx.module('catalog').cache.version).toBeGreaterThan(before);
    expect((await list('?search=Wicker')).count).toBe(0);
    expect((await user('PATCH')).statusCode).toBe(200);
    expect((await list('?search=Wicker')).count).toBe(1);
  });
});

describe('category admin', () => {
  it('makes a slug from the name, and refuses a taken slug with a field error', async () => {
    const made = await makeCategory(t.app, manager, { name: 'Rain Jackets & Coats' });
    expect(made.slug).toBe('rain-jackets-coats');
    const again = await makeCategory(t.app, manager, { name: 'Rain Jackets & Coats' });
    expect(again.slug).toBe('rain-jackets-coats-2');
    const taken = await t.app.inject({
      method: 'POST',
      url: '/api/admin/categories/',
      headers: bearer(manager),
      payload: { name: 'Other', slug: 'rain-jackets-coats' },
    });
    expect(taken.statusCode).toBe(400);
    expect(problemOf(taken)).toMatchObject({ code: 'SLUG_TAKEN', errors: { slug: expect.any(Array) } });
    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/categories/${again.id}/`,
      headers: bearer(manager),
      payload: { slug: 'rain-jackets-coats' },
    });
    expect(renamed.statusCode).toBe(400);
    expect(problemOf(renamed).code).toBe('SLUG_TAKEN');
  });

  it('refuses cycles and unknown parents', async () => {
    for (const parent of [cat.clothing, cat.tees]) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/admin/categories/${cat.clothing}/`,
        headers: bearer(manager),
        payload: { parent },
      });
      expect(res.statusCode).toBe(400);
      expect(problemOf(res).code).toBe('CATEGORY_CYCLE');
    }
    for (const parent of ['not-an-id', '0190a0a0-0000-7000-8000-000000000000']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/admin/categories/',
        headers: bearer(manager),
        payload: { name: 'Orphan', parent },
      });
      expect(res.statusCode).toBe(400);
      expect(problemOf(res).code).toBe('INVALID_PARENT');
    }
    const moved = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/categories/${cat.hoodies}/`,
      headers: bearer(manager),
      payload: { parent: cat.tops, name: 'Hoodies & Sweats' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ parent: cat.tops, name: 'Hoodies & Sweats', slug: 'hoodies' });
    expect((await list('?category=tops')).count).toBe(3);
  });

  it('refuses to delete a category with products or children (409), deletes an empty one', async () => {
    const withChildren = await t.app.inject({
      method: 'DELETE',
      url: `/api/admin/categories/${cat.clothing}/`,
      headers: bearer(manager),
    });
    expect(withChildren.statusCode).toBe(409);
    expect(problemOf(withChildren).code).toBe('CATEGORY_HAS_CHILDREN');
    const withProducts = await t.app.inject({
      method: 'DELETE',
      url: `/api/admin/categories/${cat.bags}/`,
      headers: bearer(manager),
    });
    expect(withProducts.statusCode).toBe(409);
    expect(problemOf(withProducts).code).toBe('CATEGORY_HAS_PRODUCTS');
    const empty = await makeCategory(t.app, manager, { name: 'Empty' });
    const gone = await t.app.inject({
      method: 'DELETE',
      url: `/api/admin/categories/${empty.id}/`,
      headers: bearer(manager),
    });
    expect(gone.statusCode).toBe(204);
    const after = await t.app.inject({
      method: 'GET',
      url: `/api/admin/categories/${empty.id}/`,
      headers: bearer(manager),
    });
    expect(after.statusCode).toBe(404);
    const notAnId = await t.app.inject({
      method: 'GET',
      url: '/api/admin/categories/xyz/',
      headers: bearer(manager),
    });
    expect(notAnId.statusCode).toBe(404);
  });

  it('is for managers and admins only', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/admin/categories/' });
    expect(anonymous.statusCode).toBe(401);
    for (const token of [customer, vendor]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/admin/categories/',
        headers: bearer(token),
        payload: { name: 'Nope' },
      });
      expect(res.statusCode).toBe(403);
    }
    const listed = await t.app.inject({
      method: 'GET',
      url: '/api/admin/categories/?search=tee',
      headers: bearer(manager),
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().results.map((c: { slug: string }) => c.slug)).toEqual(['tees']);
  });

  it('validates bodies (400, never 500)', async () => {
    for (const payload of [{}, { name: '' }, { name: 'X', slug: 'Not A Slug' }, { name: 'X'.repeat(101) }]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/admin/categories/',
        headers: bearer(manager),
        payload,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(problemOf(res).code).toBe('VALIDATION_ERROR');
    }
  });
});

describe('CATALOG_CACHE_TTL_MS', () => {
  /** A product renamed behind the app's back (as another instance without Redis would), then read twice. */
  async function readsAfterOutsideRename(ttl: number): Promise<[string, string]> {
    const app = await buildTestApp({ CATALOG_CACHE_TTL_MS: ttl });
    try {
      const manager = (await makeUser(app.app, 'manager')).access;
      const category = await makeCategory(app.app, manager, { name: 'Caps' });
      const made = await makeProduct(app.app, manager, simpleProduct(category.id, { name: 'Wool Cap' }));
      const name = async () =>
        (await app.app.inject({ method: 'GET', url: `/api/products/${made.slug}/` })).json().name as string;
      const first = await name();
      await app.db.updateTable('products').set({ name: 'Felt Cap' }).where('id', '=', made.id).execute();
      return [first, await name()];
    } finally {
      await app.close();
    }
  }

  it('serves public answers from memory for that long; 0 reads the database every time', async () => {
    expect(await readsAfterOutsideRename(60_000)).toEqual(['Wool Cap', 'Wool Cap']);
    expect(await readsAfterOutsideRename(0)).toEqual(['Wool Cap', 'Felt Cap']);
  });
});

describe('catalogue cache misses', () => {
  /**
   * `count` requests for one URL at once, while every call of the service's
   * `listProducts` (the query behind it) is held until all the requests are in.
   * Resolves the responses and how many times the query ran.
   */
  async function concurrentLists(app: TestApp, count: number, fail = false) {
    const service = app.app.ctx.module('catalog').service;
    const real = service.listProducts.bind(service);
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let queries = 0;
    const spy = vi.spyOn(service, 'listProducts').mockImplementation(async (...args) => {
      queries += 1;
      await held;
      if (fail) throw new Error('the database went away');
      return real(...args);
    });
    try {
      const pending = Array.from({ length: count }, () =>
        app.app.inject({ method: 'GET', url: '/api/products/?ordering=name' }),
      );
      // Long enough for every request to reach the handler (each would run its own query without coalescing).
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      return { responses: await Promise.all(pending), queries };
    } finally {
      spy.mockRestore();
    }
  }

  it('runs one query for concurrent misses of one key after a change, and shares a failure without keeping it', async () => {
    const app = await buildTestApp({ CATALOG_CACHE_TTL_MS: 60_000 });
    try {
      const manager = (await makeUser(app.app, 'manager')).access;
      const category = await makeCategory(app.app, manager, { name: 'Scarves' });
      await makeProduct(app.app, manager, simpleProduct(category.id, { name: 'Silk Scarf' }));

      const first = await concurrentLists(app, 20);
      expect(first.queries).toBe(1);
      for (const res of first.responses) {
        expect(res.statusCode).toBe(200);
        expect(res.json().results.map((p: { name: string }) => p.name)).toEqual(['Silk Scarf']);
      }

      // A change empties the cache: the next burst of misses again runs one query, and sees the change.
      await makeProduct(app.app, manager, simpleProduct(category.id, { name: 'Alpaca Scarf' }));
      const second = await concurrentLists(app, 20);
      expect(second.queries).toBe(1);
      for (const res of second.responses) {
        expect(res.json().results.map((p: { name: string }) => p.name)).toEqual([
          'Alpaca Scarf',
          'Silk Scarf',
        ]);
      }

      // A failed query reaches every waiter (a 500 each), and is not cached: the next request asks again.
      app.app.ctx.module('catalog').cache.forget();
      const failed = await concurrentLists(app, 10, true);
      expect(failed.queries).toBe(1);
      for (const res of failed.responses) expect(problemOf(res).status).toBe(500);
      const after = await concurrentLists(app, 5);
      expect(after.queries).toBe(1);
      for (const res of after.responses) expect(res.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('never gives a request that arrives after a change an answer computed before it', async () => {
    const { Kept } = await import('../src/platform/kept.js');
    const cache = new Kept<Buffer>({ ttlMs: 60_000, maxEntries: 10 });
    let release!: (body: Buffer) => void;
    const before = cache.load(
      'k',
      () =>
        new Promise<Buffer>((resolve) => {
          release = resolve;
        }),
    );
    cache.forget();
    let computedAfter = 0;
    const after = cache.load('k', async () => {
      computedAfter += 1;
      return Buffer.from('new');
    });
    release(Buffer.from('old'));
    expect(String(await before)).toBe('old');
    expect(String(await after)).toBe('new');
    expect(computedAfter).toBe(1);
    // The answer computed after the change is the one kept.
    expect(String(cache.get('k'))).toBe('new');
  });
});
