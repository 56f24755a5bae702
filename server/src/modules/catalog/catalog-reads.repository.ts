/**
 * The catalogue as other modules read it: whether a product is on sale, sizes
 * with their variant, product, price and first image, products with their first
 * image and stock (a wishlist), and sizes for stock lists. Reads only; stock
 * changes go through the `StockLedger`. Other modules reach these through the
 * catalogue's index.ts.
 */
import { type ExpressionBuilder, sql } from 'kysely';
import { containsInsensitive } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import type { Executor } from '../../platform/transaction.js';

type WithProducts = ExpressionBuilder<Database, 'products'>;

/**
 * On sale: the product is active, and its seller may sell (none: the shop's
 * own product; or a vendor who is approved, active, and whose account status
 * is neither INACTIVE nor REMOVED: a removed or suspended vendor's products
 * leave the shop, kept for when they are reinstated). The one place this
 * rule is written: the public list and detail, the cart, checkout and the
 * wishlist all use it. One primary-key lookup per product, so a list keeps
 * walking its own indexes.
 */
export function onSale(eb: WithProducts) {
  return eb.and([
    eb('products.is_active', '=', true),
    eb.or([
      eb('products.vendor_id', 'is', null),
      eb.exists(
        eb
          .selectFrom('users as seller')
          .select(sql`1`.as('one'))
          .whereRef('seller.id', '=', 'products.vendor_id')
          .where('seller.vendor_status', '=', 'approved')
          .where('seller.is_active', '=', true)
          .where('seller.status', 'not in', ['INACTIVE', 'REMOVED']),
      ),
    ]),
  ]);
}

/**
 * The path (under MEDIA_ROOT) of the thumbnail of the product's main image (else its first by
 * position), as the product list shows it; with `variantRef`, the first of that
 * colour's when it has one, else the main or first one of the whole product,
 * never another colour's.
 */
function firstImagePath(eb: WithProducts, variantRef?: 'v.id') {
  let q = eb
    .selectFrom('product_images as i')
    // The thumbnail (carts and wishlists show small pictures), else the web size, else the picture itself.
    .select(sql<string>`coalesce(i.thumb_path, i.web_path, i.path)`.as('path'))
    .whereRef('i.product_id', '=', 'products.id');
  if (variantRef) {
    q = q
      .where(sql<boolean>`(i.variant_id = ${sql.ref(variantRef)} or i.variant_id is null)`)
      .orderBy(sql`case when i.variant_id is null then 1 else 0 end`);
  }
  return q.orderBy('i.is_main', 'desc').orderBy('i.position').orderBy('i.id').limit(1);
}

export interface SizeView {
  size_id: string;
  size: string;
  sku: string;
  stock: number;
  variant_id: string;
  color: string;
  product_id: string;
  product_name: string;
  product_slug: string;
  /** On sale (see `onSale`). */
  is_active: boolean;
  /** Minor units: the variant's own price, or else the product's. */
  unit_price: number;
  /** Path under MEDIA_ROOT of the first image of the size's colour, else of the product, if any. */
  image_path: string | null;
}

function sizesQuery(executor: Executor) {
  return executor
    .selectFrom('product_sizes as s')
    .innerJoin('product_variants as v', 'v.id', 's.variant_id')
    .innerJoin('products', 'products.id', 's.product_id')
    .select((eb) => [
      's.id as size_id',
      's.size',
      's.sku',
      's.stock',
      'v.id as variant_id',
      'v.color',
      'products.id as product_id',
      'products.name as product_name',
      'products.slug as product_slug',
      onSale(eb).as('is_active'),
      eb.fn.coalesce('v.price', 'products.price').as('unit_price'),
      firstImagePath(eb, 'v.id').as('image_path'),
    ]);
}

function toSizeView(row: Awaited<ReturnType<ReturnType<typeof sizesQuery>['execute']>>[number]): SizeView {
  return {
    ...row,
    is_active: Boolean(row.is_active),
    unit_price: Number(row.unit_price),
    image_path: row.image_path ?? null,
  };
}

export async function findSizes(executor: Executor, sizeIds: readonly string[]): Promise<SizeView[]> {
  if (sizeIds.length === 0) return [];
  const rows = await sizesQuery(executor)
    .where('s.id', 'in', [...sizeIds])
    .execute();
  return rows.map(toSizeView);
}

export async function findSize(executor: Executor, sizeId: string): Promise<SizeView | undefined> {
  const [row] = await findSizes(executor, [sizeId]);
  return row;
}

/** The sizes of one product, in catalogue order. */
export async function findSizesOfProduct(executor: Executor, productId: string): Promise<SizeView[]> {
  const rows = await sizesQuery(executor)
    .where('s.product_id', '=', productId)
    .orderBy('v.position')
    .orderBy('s.position')
    .execute();
  return rows.map(toSizeView);
}

export interface ProductView {
  id: string;
  name: string;
  slug: string;
  price: number;
  /** On sale (see `onSale`). */
  is_active: boolean;
  image_path: string | null;
  /** Units in stock across all sizes. */
  stock: number;
}

export async function findProducts(
  executor: Executor,
  productIds: readonly string[],
): Promise<ProductView[]> {
  if (productIds.length === 0) return [];
  const rows = await executor
    .selectFrom('products')
    .select((eb) => [
      'products.id',
      'products.name',
      'products.slug',
      'products.price',
      onSale(eb).as('is_active'),
      firstImagePath(eb).as('image_path'),
      eb
        .selectFrom('product_sizes as s')
        .select((e) => e.fn.coalesce(e.fn.sum<number>('s.stock'), e.lit(0)).as('n'))
        .whereRef('s.product_id', '=', 'products.id')
        .as('stock'),
    ])
    .where('products.id', 'in', [...productIds])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    slug: r.slug,
    price: Number(r.price),
    is_active: Boolean(r.is_active),
    image_path: r.image_path ?? null,
    stock: Number(r.stock ?? 0),
  }));
}

/** Which of these products exist and are on sale. */
export async function productsOnSale(
  executor: Executor,
  productIds: readonly string[],
): Promise<Set<string>> {
  if (productIds.length === 0) return new Set();
  const rows = await executor
    .selectFrom('products')
    .select('products.id')
    .where('products.id', 'in', [...productIds])
    .where(onSale)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Which sizes a stock list shows. */
export interface SizeListFilters {
  search?: string;
  /** Stock at most this. */
  stockAtMost?: number;
  /** Stock above this. */
  stockAbove?: number;
  productId?: string;
  categoryIds?: string[];
}

/** Sizes with their variant, product and category, filtered (no selection or order), for `paginate`. */
export function sizeList(executor: Executor, f: SizeListFilters) {
  let q = executor
    .selectFrom('product_sizes as s')
    .innerJoin('product_variants as v', 'v.id', 's.variant_id')
    .innerJoin('products as p', 'p.id', 's.product_id')
    .innerJoin('categories as c', 'c.id', 'p.category_id');
  if (f.search) {
    const term = f.search;
    q = q.where((eb) =>
      eb.or([
        containsInsensitive(executor, eb.ref('s.sku'), term),
        containsInsensitive(executor, eb.ref('p.name'), term),
      ]),
    );
  }
  if (f.stockAtMost !== undefined) q = q.where('s.stock', '<=', f.stockAtMost);
  if (f.stockAbove !== undefined) q = q.where('s.stock', '>', f.stockAbove);
  if (f.productId) q = q.where('s.product_id', '=', f.productId);
  if (f.categoryIds) q = q.where('p.category_id', 'in', f.categoryIds);
  return q;
}

/** The columns and order of `sizeList`: by product name, then catalogue order. */
export function sizeListColumns(q: ReturnType<typeof sizeList>) {
  return q
    .select([
      's.id as size_id',
      's.sku',
      's.size',
      's.stock',
      'v.id as variant_id',
      'v.color',
      'p.id as product_id',
      'p.name as product_name',
      'p.slug as product_slug',
      'p.is_active',
      'c.id as category_id',
      'c.name as category_name',
      'c.slug as category_slug',
    ])
    .orderBy('p.name')
    .orderBy('p.id')
    .orderBy('v.position')
    .orderBy('s.position')
    .orderBy('s.id');
}

/** The size with this SKU. */
export function findSizeBySku(executor: Executor, sku: string) {
  return executor
    .selectFrom('product_sizes')
    .select(['id', 'sku', 'stock'])
    .where('sku', '=', sku)
    .executeTakeFirst();
}

/**
 * A subquery of the ids of a vendor's products (deleted ones are gone; their
 * order lines keep their snapshot but lose the link), for another module's
 * `product_id in (…)` filter: the shop's vendor orders and sales.
 */
export function productIdsOfVendor(executor: Executor, vendorId: string) {
  return executor.selectFrom('products').select('products.id').where('products.vendor_id', '=', vendorId);
}
