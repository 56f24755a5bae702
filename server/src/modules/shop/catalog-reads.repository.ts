/**
 * What the shop reads from the catalogue: sizes with their variant and product,
 * and products for the wishlist. Reads only; stock changes go through
 * `changeStock` in the inventory module.
 */
import type { Executor } from '../../platform/transaction.js';

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
  is_active: boolean;
  /** Minor units: the variant's own price, or else the product's. */
  unit_price: number;
  /** Path under MEDIA_ROOT of the product's first image, if any. */
  image_path: string | null;
}

function sizesQuery(executor: Executor) {
  return executor
    .selectFrom('product_sizes as s')
    .innerJoin('product_variants as v', 'v.id', 's.variant_id')
    .innerJoin('products as p', 'p.id', 's.product_id')
    .select((eb) => [
      's.id as size_id',
      's.size',
      's.sku',
      's.stock',
      'v.id as variant_id',
      'v.color',
      'p.id as product_id',
      'p.name as product_name',
      'p.slug as product_slug',
      'p.is_active',
      eb.fn.coalesce('v.price', 'p.price').as('unit_price'),
      eb
        .selectFrom('product_images as i')
        .select('i.path')
        .whereRef('i.product_id', '=', 'p.id')
        .orderBy('i.position')
        .orderBy('i.id')
        .limit(1)
        .as('image_path'),
    ]);
}

export async function findSizes(executor: Executor, sizeIds: readonly string[]): Promise<SizeView[]> {
  if (sizeIds.length === 0) return [];
  const rows = await sizesQuery(executor)
    .where('s.id', 'in', [...sizeIds])
    .execute();
  return rows.map((r) => ({ ...r, unit_price: Number(r.unit_price), image_path: r.image_path ?? null }));
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
  return rows.map((r) => ({ ...r, unit_price: Number(r.unit_price), image_path: r.image_path ?? null }));
}

export interface ProductView {
  id: string;
  name: string;
  slug: string;
  price: number;
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
    .selectFrom('products as p')
    .select((eb) => [
      'p.id',
      'p.name',
      'p.slug',
      'p.price',
      'p.is_active',
      eb
        .selectFrom('product_images as i')
        .select('i.path')
        .whereRef('i.product_id', '=', 'p.id')
        .orderBy('i.position')
        .orderBy('i.id')
        .limit(1)
        .as('image_path'),
      eb
        .selectFrom('product_sizes as s')
        .select((e) => e.fn.coalesce(e.fn.sum<number>('s.stock'), e.lit(0)).as('n'))
        .whereRef('s.product_id', '=', 'p.id')
        .as('stock'),
    ])
    .where('p.id', 'in', [...productIds])
    .execute();
  return rows.map((r) => ({
    ...r,
    price: Number(r.price),
    image_path: r.image_path ?? null,
    stock: Number(r.stock ?? 0),
  }));
}

export function mediaUrl(imagePath: string | null): string | null {
  return imagePath ? `/media/${imagePath}` : null;
}
