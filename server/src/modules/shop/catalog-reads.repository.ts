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
  /** On sale: the product is active, and sold by the shop or by an approved, active vendor (SPEC §3). */
  is_active: boolean;
  /** Minor units: the variant's own price, or else the product's. */
  unit_price: number;
  /** Path under MEDIA_ROOT of the first image of the size's colour, else of the product, if any. */
  image_path: string | null;
}

/**
 * Whether a product is on sale: active, and with no vendor (the shop's own) or
 * a vendor who is approved and active. `seller` is the product's vendor row,
 * left-joined by primary key (its columns are null for the shop's products).
 */
function onSale(row: {
  is_active: boolean;
  vendor_id: string | null;
  seller_status: string | null;
  is_seller_active: boolean | null;
}): boolean {
  if (!row.is_active) return false;
  return row.vendor_id === null || (row.seller_status === 'approved' && row.is_seller_active === true);
}

function sizesQuery(executor: Executor) {
  return executor
    .selectFrom('product_sizes as s')
    .innerJoin('product_variants as v', 'v.id', 's.variant_id')
    .innerJoin('products as p', 'p.id', 's.product_id')
    .leftJoin('users as seller', 'seller.id', 'p.vendor_id')
    .select((eb) => [
      'p.vendor_id',
      'seller.vendor_status as seller_status',
      'seller.is_active as is_seller_active',
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
      // The picture of the size's colour when it has one, else one of the whole product; never another colour's.
      eb
        .selectFrom('product_images as i')
        .select('i.path')
        .whereRef('i.product_id', '=', 'p.id')
        .where((w) => w.or([w('i.variant_id', '=', w.ref('v.id')), w('i.variant_id', 'is', null)]))
        .orderBy((o) => o.case().when('i.variant_id', 'is', null).then(1).else(0).end())
        .orderBy('i.position')
        .orderBy('i.id')
        .limit(1)
        .as('image_path'),
    ]);
}

function toSizeView(row: Awaited<ReturnType<ReturnType<typeof sizesQuery>['execute']>>[number]): SizeView {
  const { vendor_id: _vendor, seller_status: _status, is_seller_active: _active, ...rest } = row;
  return {
    ...rest,
    is_active: onSale(row),
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
  /** On sale, as `SizeView.is_active`. */
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
    .leftJoin('users as seller', 'seller.id', 'p.vendor_id')
    .select((eb) => [
      'p.id',
      'p.name',
      'p.slug',
      'p.price',
      'p.is_active',
      'p.vendor_id',
      'seller.vendor_status as seller_status',
      'seller.is_active as is_seller_active',
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
    id: r.id,
    name: r.name,
    slug: r.slug,
    price: Number(r.price),
    is_active: onSale(r),
    image_path: r.image_path ?? null,
    stock: Number(r.stock ?? 0),
  }));
}

export function mediaUrl(imagePath: string | null): string | null {
  return imagePath ? `/media/${imagePath}` : null;
}
