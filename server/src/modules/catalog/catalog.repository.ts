/**
 * Kysely queries of the catalogue: categories, products, variants, sizes and
 * images. No rules here; the executor (database or transaction) comes first.
 */
import {
  type ExpressionBuilder,
  type Insertable,
  type SelectQueryBuilder,
  sql,
  type Updateable,
} from 'kysely';
import { containsInsensitive, forUpdate } from '../../db/dialect.js';
import type {
  CategoriesTable,
  Database,
  ProductImagesTable,
  ProductSizesTable,
  ProductsTable,
  ProductVariantsTable,
} from '../../db/schema.js';
import { isUuid } from '../../platform/ids.js';
import type { Executor } from '../../platform/transaction.js';
import type { ProductOrdering } from './catalog.schemas.js';
import { onSale } from './catalog-reads.repository.js';

// ---- categories -------------------------------------------------------------

export function allCategories(executor: Executor) {
  return executor
    .selectFrom('categories')
    .select(['id', 'name', 'slug', 'parent_id', 'created_at', 'updated_at'])
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export type CategoryRow = Awaited<ReturnType<typeof allCategories>>[number];

export function findCategory(executor: Executor, id: string): Promise<CategoryRow | undefined> {
  if (!isUuid(id)) return Promise.resolve(undefined);
  return executor
    .selectFrom('categories')
    .select(['id', 'name', 'slug', 'parent_id', 'created_at', 'updated_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function slugsLike(
  executor: Executor,
  table: 'categories' | 'products',
  base: string,
): Promise<Set<string>> {
  const rows = await executor
    .selectFrom(table)
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  return new Set(rows.map((r) => r.slug));
}

export async function categoryUsage(executor: Executor, id: string) {
  const [children, products] = await Promise.all([
    executor
      .selectFrom('categories')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('parent_id', '=', id)
      .executeTakeFirstOrThrow(),
    executor
      .selectFrom('products')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('category_id', '=', id)
      .executeTakeFirstOrThrow(),
  ]);
  return { children: Number(children.n), products: Number(products.n) };
}

// ---- products: lists ------------------------------------------------------------

export interface ProductFilters {
  /** Only products on sale (see `onSale`). */
  activeOnly: boolean;
  categoryIds?: string[];
  /** Every term must appear in the name or the description. */
  search?: string[];
  /** On the from price (see `from-price.ts`), as the price ordering. */
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  vendorId?: string;
  isActive?: boolean;
}

type ProductQuery = SelectQueryBuilder<Database, 'products', object>;

/** The filtered products, without selection or order (the count and the page share it). */
export function filteredProducts(executor: Executor, f: ProductFilters): ProductQuery {
  let q: ProductQuery = executor.selectFrom('products');
  if (f.activeOnly) q = q.where(onSale);
  if (f.isActive !== undefined) q = q.where('products.is_active', '=', f.isActive);
  if (f.categoryIds) q = q.where('products.category_id', 'in', f.categoryIds);
  if (f.vendorId) q = q.where('products.vendor_id', '=', f.vendorId);
  if (f.minPrice !== undefined) q = q.where('products.from_price', '>=', f.minPrice);
  if (f.maxPrice !== undefined) q = q.where('products.from_price', '<=', f.maxPrice);
  for (const term of f.search ?? []) {
    q = q.where((eb) =>
      eb.or([
        containsInsensitive(executor, eb.ref('products.name'), term),
        containsInsensitive(executor, eb.ref('products.description'), term),
      ]),
    );
  }
  if (f.inStock !== undefined) {
    const inStock = (eb: ExpressionBuilder<Database, 'products'>) =>
      eb.exists(
        eb
          .selectFrom('product_sizes')
          .select(sql`1`.as('one'))
          .whereRef('product_sizes.product_id', '=', 'products.id')
          .where('product_sizes.stock', '>', 0),
      );
    q = q.where((eb) => (f.inStock ? inStock(eb) : eb.not(inStock(eb))));
  }
  return q;
}

export async function countProducts(query: ProductQuery): Promise<number> {
  const row = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

const ORDER: Record<ProductOrdering, [column: 'from_price' | 'name' | 'created_at', dir: 'asc' | 'desc']> = {
  price: ['from_price', 'asc'],
  '-price': ['from_price', 'desc'],
  name: ['name', 'asc'],
  '-name': ['name', 'desc'],
  created_at: ['created_at', 'asc'],
  '-created_at': ['created_at', 'desc'],
};

export function productPage(query: ProductQuery, ordering: ProductOrdering, limit: number, offset: number) {
  return productPageQuery(query, ordering, limit, offset).execute();
}

/** The page's query, unexecuted (its plan is checked in the tests). */
export function productPageQuery(
  query: ProductQuery,
  ordering: ProductOrdering,
  limit: number,
  offset: number,
) {
  const [column, dir] = ORDER[ordering];
  return query
    .select([
      'products.id',
      'products.name',
      'products.slug',
      'products.price',
      'products.from_price',
      'products.category_id',
      'products.vendor_id',
      'products.is_active',
      'products.created_at',
    ])
    .orderBy(`products.${column}`, dir)
    .orderBy('products.id', dir)
    .limit(limit)
    .offset(offset);
}

export type ProductPageRow = Awaited<ReturnType<typeof productPage>>[number];

/** Ids of the given products that have a size in stock. */
export async function productsInStock(executor: Executor, productIds: string[]): Promise<Set<string>> {
  if (productIds.length === 0) return new Set();
  const rows = await executor
    .selectFrom('product_sizes')
    .select('product_id')
    .distinct()
    .where('product_id', 'in', productIds)
    .where('stock', '>', 0)
    .execute();
  return new Set(rows.map((r) => r.product_id));
}

/** The main image of each product (else its first by position), keyed by product id: its web size when it has one. */
export async function firstImages(executor: Executor, productIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (productIds.length === 0) return out;
  const rows = await executor
    .selectFrom('product_images')
    .select(['product_id', 'path', 'web_path'])
    .where('product_id', 'in', productIds)
    .orderBy('product_id')
    .orderBy('is_main', 'desc')
    .orderBy('position')
    .orderBy('id')
    .execute();
  for (const r of rows) if (!out.has(r.product_id)) out.set(r.product_id, r.web_path ?? r.path);
  return out;
}

export function vendorsByIds(executor: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return executor
    .selectFrom('users')
    .select(['id', 'username', 'first_name', 'last_name'])
    .where('id', 'in', ids)
    .execute();
}

export type VendorRow = Awaited<ReturnType<typeof vendorsByIds>>[number];

export function findVendorByIdOrUsername(executor: Executor, value: string) {
  return executor
    .selectFrom('users')
    .select('id')
    .where((eb) => (isUuid(value) ? eb('id', '=', value) : eb('username', '=', value)))
    .where('user_type', '=', 'vendor')
    .executeTakeFirst();
}

// ---- one product ------------------------------------------------------------------

const PRODUCT_COLUMNS = [
  'id',
  'name',
  'slug',
  'description',
  'price',
  'from_price',
  'category_id',
  'vendor_id',
  'is_active',
  'created_at',
  'updated_at',
] as const;

/** A product on sale, by slug. */
export function findProductOnSaleBySlug(executor: Executor, slug: string) {
  return executor
    .selectFrom('products')
    .select(PRODUCT_COLUMNS)
    .where('slug', '=', slug)
    .where(onSale)
    .executeTakeFirst();
}

export function findProductById(executor: Executor, id: string) {
  if (!isUuid(id)) return Promise.resolve(undefined);
  return executor.selectFrom('products').select(PRODUCT_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export type ProductRow = NonNullable<Awaited<ReturnType<typeof findProductById>>>;

export function variantsOf(executor: Executor, productId: string) {
  return executor
    .selectFrom('product_variants')
    .select(['id', 'color', 'price', 'position'])
    .where('product_id', '=', productId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/**
 * Locks a product's sizes in id order (PostgreSQL), before its row: product
 * edits take their locks in the order sales do (sizes, then products).
 */
export async function lockSizesOf(executor: Executor, productId: string): Promise<void> {
  await forUpdate(
    executor,
    executor.selectFrom('product_sizes').select('id').where('product_id', '=', productId).orderBy('id'),
  ).execute();
}

export function sizesOf(executor: Executor, productId: string) {
  return executor
    .selectFrom('product_sizes')
    .select(['id', 'variant_id', 'size', 'sku', 'stock', 'position'])
    .where('product_id', '=', productId)
    .orderBy('variant_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export type SizeRow = Awaited<ReturnType<typeof sizesOf>>[number];

export function imagesOf(executor: Executor, productId: string) {
  return executor
    .selectFrom('product_images')
    .select([
      'id',
      'variant_id',
      'path',
      'web_path',
      'thumb_path',
      'content_type',
      'size_bytes',
      'width',
      'height',
      'alt_text',
      'position',
      'is_main',
    ])
    .where('product_id', '=', productId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export type ImageRow = Awaited<ReturnType<typeof imagesOf>>[number];

/** Sizes with these SKUs anywhere in the catalogue. */
export function sizesBySku(executor: Executor, skus: string[]) {
  if (skus.length === 0) return Promise.resolve([]);
  return executor.selectFrom('product_sizes').select(['id', 'sku']).where('sku', 'in', skus).execute();
}

export async function maxImagePosition(executor: Executor, productId: string): Promise<number> {
  const row = await executor
    .selectFrom('product_images')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('product_id', '=', productId)
    .executeTakeFirst();
  return row?.p == null ? -1 : Number(row.p);
}

// ---- writes -------------------------------------------------------------------------

export async function insertCategory(executor: Executor, row: Insertable<CategoriesTable>): Promise<void> {
  await executor.insertInto('categories').values(row).execute();
}

export async function updateCategory(
  executor: Executor,
  id: string,
  changes: Updateable<CategoriesTable>,
): Promise<void> {
  await executor.updateTable('categories').set(changes).where('id', '=', id).execute();
}

export async function deleteCategory(executor: Executor, id: string): Promise<void> {
  await executor.deleteFrom('categories').where('id', '=', id).execute();
}

export async function insertProduct(executor: Executor, row: Insertable<ProductsTable>): Promise<void> {
  await executor.insertInto('products').values(row).execute();
}

export async function updateProduct(
  executor: Executor,
  id: string,
  changes: Updateable<ProductsTable>,
): Promise<void> {
  await executor.updateTable('products').set(changes).where('id', '=', id).execute();
}

/** Deletes a product; its variants, sizes and images go with it (the rows cascade). */
export async function deleteProduct(executor: Executor, id: string): Promise<void> {
  await executor.deleteFrom('products').where('id', '=', id).execute();
}

export async function insertVariant(
  executor: Executor,
  row: Insertable<ProductVariantsTable>,
): Promise<void> {
  await executor.insertInto('product_variants').values(row).execute();
}

export async function updateVariant(
  executor: Executor,
  id: string,
  changes: Updateable<ProductVariantsTable>,
): Promise<void> {
  await executor.updateTable('product_variants').set(changes).where('id', '=', id).execute();
}

/** Deletes variants; their sizes and images go with them (the rows cascade). */
export async function deleteVariants(executor: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await executor
    .deleteFrom('product_variants')
    .where('id', 'in', [...ids])
    .execute();
}

/** A new size; its stock is written only through the stock ledger. */
export async function insertSize(executor: Executor, row: Insertable<ProductSizesTable>): Promise<void> {
  await executor.insertInto('product_sizes').values(row).execute();
}

export async function updateSize(
  executor: Executor,
  id: string,
  changes: Pick<Updateable<ProductSizesTable>, 'size' | 'sku' | 'position'>,
): Promise<void> {
  await executor.updateTable('product_sizes').set(changes).where('id', '=', id).execute();
}

export async function deleteSize(executor: Executor, id: string): Promise<void> {
  await executor.deleteFrom('product_sizes').where('id', '=', id).execute();
}

export async function insertImage(executor: Executor, row: Insertable<ProductImagesTable>): Promise<void> {
  await executor.insertInto('product_images').values(row).execute();
}

export async function deleteImage(executor: Executor, id: string): Promise<void> {
  await executor.deleteFrom('product_images').where('id', '=', id).execute();
}

export async function updateImage(
  executor: Executor,
  id: string,
  values: Partial<Pick<ProductImagesTable, 'alt_text' | 'variant_id' | 'position'>>,
): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await executor.updateTable('product_images').set(values).where('id', '=', id).execute();
}

/** Makes the first image (by position) the main one when the product has images and none is main. */
export async function ensureMainImage(executor: Executor, productId: string): Promise<void> {
  const images = await imagesOf(executor, productId);
  const first = images[0];
  if (!first || images.some((i) => i.is_main)) return;
  await setMainImage(executor, productId, first.id);
}

/**
 * Makes `imageId` the product's one main image. The caller holds the product's
 * lock (`lockProductImages`), so two at once leave one main. Two statements,
 * the others first: PostgreSQL checks the unique index of one main picture
 * (migration 0025) row by row, so one statement could meet two mains midway.
 */
export async function setMainImage(executor: Executor, productId: string, imageId: string): Promise<void> {
  await executor
    .updateTable('product_images')
    .set({ is_main: false })
    .where('product_id', '=', productId)
    .where('id', '<>', imageId)
    .where('is_main', '=', true)
    .execute();
  await executor
    .updateTable('product_images')
    .set({ is_main: true })
    .where('product_id', '=', productId)
    .where('id', '=', imageId)
    .execute();
}

// ---- CSV export and import ------------------------------------------------------

/** The next `limit` products that match after `afterId`, by id (oldest first: ids are time-ordered). */
export function productsAfter(
  executor: Executor,
  filters: ProductFilters,
  afterId: string | undefined,
  limit: number,
) {
  let q = filteredProducts(executor, filters);
  if (afterId) q = q.where('products.id', '>', afterId);
  return q.select(PRODUCT_COLUMNS).orderBy('products.id').limit(limit).execute();
}

export function variantsOfProducts(executor: Executor, productIds: readonly string[]) {
  if (productIds.length === 0) return Promise.resolve([]);
  return executor
    .selectFrom('product_variants')
    .select(['id', 'product_id', 'color', 'price', 'position'])
    .where('product_id', 'in', [...productIds])
    .orderBy('product_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export function sizesOfProducts(executor: Executor, productIds: readonly string[]) {
  if (productIds.length === 0) return Promise.resolve([]);
  return executor
    .selectFrom('product_sizes')
    .select(['id', 'product_id', 'variant_id', 'size', 'sku', 'stock', 'position'])
    .where('product_id', 'in', [...productIds])
    .orderBy('variant_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export function productsBySlugs(executor: Executor, slugs: readonly string[]) {
  if (slugs.length === 0) return Promise.resolve([]);
  return executor
    .selectFrom('products')
    .select(PRODUCT_COLUMNS)
    .where('slug', 'in', [...slugs])
    .execute();
}

/** Sizes with these SKUs anywhere in the catalogue, with their product and variant. */
export function sizesWithSkus(executor: Executor, skus: readonly string[]) {
  if (skus.length === 0) return Promise.resolve([]);
  return executor
    .selectFrom('product_sizes')
    .select(['id', 'sku', 'product_id', 'variant_id'])
    .where('sku', 'in', [...skus])
    .execute();
}

/**
 * Locks the product's row (PostgreSQL; SQLite's transactions run one at a time)
 * for a change of its pictures: adds, deletes, orders and main choices of one
 * product run one after the other, so "is there a main picture?" is answered
 * from committed rows. Takes no other lock, so no order with sales' locks matters.
 */
export async function lockProductImages(executor: Executor, productId: string): Promise<void> {
  await forUpdate(
    executor,
    executor.selectFrom('products').select('id').where('id', '=', productId),
  ).execute();
}

/** Pictures without a web size or thumbnail (stored before migration 0021), after `afterId` (if any), in id order. */
export function imagesMissingSizes(executor: Executor, afterId: string | undefined, limit: number) {
  let q = executor
    .selectFrom('product_images')
    .select(['id', 'product_id', 'path', 'web_path', 'thumb_path'])
    .where((eb) => eb.or([eb('web_path', 'is', null), eb('thumb_path', 'is', null)]));
  if (afterId !== undefined) q = q.where('id', '>', afterId);
  return q.orderBy('id').limit(limit).execute();
}

export async function countImagesMissingSizes(executor: Executor): Promise<number> {
  const row = await executor
    .selectFrom('product_images')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where((eb) => eb.or([eb('web_path', 'is', null), eb('thumb_path', 'is', null)]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Gives a picture its rebuilt web size and thumbnail, only if it still has the
 * ones it was read with (another run, or a delete, may have come first):
 * whether this write won.
 */
export async function setImageSizes(
  executor: Executor,
  image: { id: string; web_path: string | null; thumb_path: string | null },
  values: { web_path: string; thumb_path: string; width: number; height: number },
): Promise<boolean> {
  const result = await executor
    .updateTable('product_images')
    .set(values)
    .where('id', '=', image.id)
    .where('web_path', image.web_path === null ? 'is' : '=', image.web_path)
    .where('thumb_path', image.thumb_path === null ? 'is' : '=', image.thumb_path)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
