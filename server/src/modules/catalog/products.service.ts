/**
 * Products: the public list and detail (only what is on sale), and vendors'
 * products with their variants and sizes. Stock changes go through the
 * `StockLedger`, so the ledger explains every figure.
 */
import { isUniqueViolation } from '../../db/dialect.js';
import type { AuthUser } from '../../platform/auth.js';
import { AppError } from '../../platform/errors.js';
import { isUuid, newId, nowIso } from '../../platform/ids.js';
import { formatMinor, parseMoney } from '../../platform/money.js';
import { type Page, type PageRequest, toPage } from '../../platform/pagination.js';
import { type Executor, type Trx, transaction } from '../../platform/transaction.js';
import { CatalogErrors } from './catalog.errors.js';
import { filesOf, mediaUrl, removeImages } from './catalog.media.js';
import * as repo from './catalog.repository.js';
import type {
  ListProductsQuery,
  ListVendorProductsQuery,
  PatchProductBody,
  ProductBody,
  ProductDetailDto,
  ProductImageDto,
  ProductListItemDto,
  SizeInput,
  VariantInput,
} from './catalog.schemas.js';
import { uniqueSlug } from './catalog.slugs.js';
import type { CategoryService } from './categories.service.js';
import { refreshFromPriceAtCommit } from './from-price.js';
import type { StockLedger } from './stock.js';

function vendorSummary(row: repo.VendorRow | undefined) {
  if (!row) return null;
  const name = `${row.first_name} ${row.last_name}`.trim();
  return { id: row.id, username: row.username, name: name || row.username };
}

export function imageDto(row: repo.ImageRow): ProductImageDto {
  return {
    id: row.id,
    url: mediaUrl(row.path),
    web_url: mediaUrl(row.web_path ?? row.path),
    thumbnail_url: mediaUrl(row.thumb_path ?? row.web_path ?? row.path),
    width: row.width === null ? null : Number(row.width),
    height: row.height === null ? null : Number(row.height),
    variant: row.variant_id,
    alt_text: row.alt_text,
    content_type: row.content_type,
    size_bytes: Number(row.size_bytes),
    position: Number(row.position),
    is_main: Boolean(row.is_main),
  };
}

/** Whether the user may manage every product (managers, admins) or only their own (vendors). */
function managesAll(user: AuthUser): boolean {
  return user.user_type === 'manager' || user.user_type === 'admin';
}

export interface ProductServiceDeps {
  db: Executor;
  mediaRoot: string;
  categories: CategoryService;
  stock: StockLedger;
  /** Emits `product.changed` in the transaction (the response cache forgets what it holds). */
  productChanged(trx: Trx, productId: string): Promise<void>;
}

export class ProductService {
  constructor(private readonly deps: ProductServiceDeps) {}

  // ---- public ------------------------------------------------------------------

  async listProducts(q: ListProductsQuery, page: PageRequest): Promise<Page<ProductListItemDto>> {
    const { db } = this.deps;
    const filters: repo.ProductFilters = { activeOnly: true };
    if (q.category) {
      const tree = await this.deps.categories.tree();
      const category = tree.bySlug(q.category);
      if (!category) return toPage(page, 0, []);
      filters.categoryIds = tree.descendants(category.id);
    }
    if (q.vendor) {
      const vendor = await repo.findVendorByIdOrUsername(db, q.vendor);
      if (!vendor) return toPage(page, 0, []);
      filters.vendorId = vendor.id;
    }
    const terms = q.search?.trim().split(/\s+/).filter(Boolean).slice(0, 5);
    if (terms && terms.length > 0) filters.search = terms;
    if (q.min_price !== undefined) filters.minPrice = parseMoney(q.min_price, 'min_price');
    if (q.max_price !== undefined) filters.maxPrice = parseMoney(q.max_price, 'max_price');
    if (q.in_stock !== undefined) filters.inStock = q.in_stock;
    return this.#productPage(filters, q.ordering ?? '-created_at', page);
  }

  async #productPage(
    filters: repo.ProductFilters,
    ordering: NonNullable<ListProductsQuery['ordering']>,
    page: PageRequest,
  ): Promise<Page<ProductListItemDto>> {
    const { db } = this.deps;
    const count = await repo.countProducts(repo.filteredProducts(db, filters));
    toPage(page, count, []); // a page past the end is 404 before any rows are read
    const rows = await repo.productPage(
      repo.filteredProducts(db, filters),
      ordering,
      page.pageSize,
      (page.page - 1) * page.pageSize,
    );
    return toPage(page, count, await this.#listItems(rows));
  }

  async #listItems(rows: repo.ProductPageRow[]): Promise<ProductListItemDto[]> {
    const { db } = this.deps;
    const ids = rows.map((r) => r.id);
    const vendorIds = [...new Set(rows.map((r) => r.vendor_id).filter((v): v is string => v !== null))];
    const [tree, inStock, images, vendors] = await Promise.all([
      this.deps.categories.tree(),
      repo.productsInStock(db, ids),
      repo.firstImages(db, ids),
      repo.vendorsByIds(db, vendorIds),
    ]);
    const vendorById = new Map(vendors.map((v) => [v.id, v]));
    return rows.map((r) => {
      const category = tree.byId.get(r.category_id);
      const image = images.get(r.id);
      return {
        id: r.id,
        name: r.name,
        slug: r.slug,
        price: formatMinor(Number(r.price)),
        from_price: formatMinor(Number(r.from_price)),
        category: { id: r.category_id, name: category?.name ?? '', slug: category?.slug ?? '' },
        vendor: r.vendor_id ? vendorSummary(vendorById.get(r.vendor_id)) : null,
        image: image ? mediaUrl(image) : null,
        in_stock: inStock.has(r.id),
        is_active: r.is_active,
        created_at: r.created_at,
      };
    });
  }

  async productBySlug(slug: string): Promise<ProductDetailDto> {
    // Inactive, or its vendor rejected or deactivated: not for sale, so not found.
    const row = await repo.findProductOnSaleBySlug(this.deps.db, slug);
    if (!row) throw CatalogErrors.productNotFound();
    return this.#detail(this.deps.db, row);
  }

  async #detail(executor: Executor, row: repo.ProductRow): Promise<ProductDetailDto> {
    const [category, variants, sizes, images, vendors] = await Promise.all([
      repo.findCategory(executor, row.category_id),
      repo.variantsOf(executor, row.id),
      repo.sizesOf(executor, row.id),
      repo.imagesOf(executor, row.id),
      repo.vendorsByIds(executor, row.vendor_id ? [row.vendor_id] : []),
    ]);
    const price = Number(row.price);
    const sizesByVariant = new Map<string, repo.SizeRow[]>();
    for (const s of sizes) {
      const list = sizesByVariant.get(s.variant_id) ?? [];
      list.push(s);
      sizesByVariant.set(s.variant_id, list);
    }
    return {
      id: row.id,
      name: row.name,
      slug: row.slug,
      description: row.description,
      price: formatMinor(price),
      from_price: formatMinor(Number(row.from_price)),
      category: { id: row.category_id, name: category?.name ?? '', slug: category?.slug ?? '' },
      vendor: vendorSummary(vendors[0]),
      is_active: row.is_active,
      in_stock: sizes.some((s) => s.stock > 0),
      images: images.map(imageDto),
      variants: variants.map((v) => ({
        id: v.id,
        color: v.color,
        price: v.price === null ? null : formatMinor(Number(v.price)),
        effective_price: formatMinor(v.price === null ? price : Number(v.price)),
        sizes: (sizesByVariant.get(v.id) ?? []).map((s) => ({
          id: s.id,
          size: s.size,
          sku: s.sku,
          stock: s.stock,
          in_stock: s.stock > 0,
        })),
      })),
      created_at: row.created_at,
      updated_at: row.updated_at,
    };
  }

  // ---- products: vendors -----------------------------------------------------

  async listVendorProducts(
    user: AuthUser,
    q: ListVendorProductsQuery,
    page: PageRequest,
  ): Promise<Page<ProductListItemDto>> {
    const filters: repo.ProductFilters = { activeOnly: false };
    if (!managesAll(user)) filters.vendorId = user.id;
    if (q.is_active !== undefined) filters.isActive = q.is_active;
    const terms = q.search?.trim().split(/\s+/).filter(Boolean).slice(0, 5);
    if (terms && terms.length > 0) filters.search = terms;
    return this.#productPage(filters, '-created_at', page);
  }

  /** The product if this user may manage it; 404 otherwise (never reveals another vendor's product). */
  async owned(executor: Executor, user: AuthUser, id: string): Promise<repo.ProductRow> {
    const row = await repo.findProductById(executor, id);
    if (!row || (!managesAll(user) && row.vendor_id !== user.id)) throw CatalogErrors.productNotFound();
    return row;
  }

  /**
   * 404 unless this user may manage the product, checked before the request's
   * body is read or validated (the object, then the body). A malformed id is
   * left to validation.
   */
  async assertManages(user: AuthUser, id: string): Promise<void> {
    if (isUuid(id)) await this.owned(this.deps.db, user, id);
  }

  async getVendorProduct(user: AuthUser, id: string): Promise<ProductDetailDto> {
    return this.#detail(this.deps.db, await this.owned(this.deps.db, user, id));
  }

  async #checkCategory(executor: Executor, id: string): Promise<void> {
    if (!(await repo.findCategory(executor, id))) throw CatalogErrors.unknownCategory();
  }

  async createProduct(user: AuthUser, body: ProductBody): Promise<ProductDetailDto> {
    const id = await this.#inTransaction((trx) => this.createInTransaction(trx, user, body));
    return this.getVendorProduct(user, id);
  }

  /**
   * Creates a product inside the caller's transaction (the CSV import's: many
   * products, one commit), with its stock movements, its from price at commit
   * and its `product.changed` event. Returns its id.
   */
  async createInTransaction(trx: Trx, user: AuthUser, body: ProductBody): Promise<string> {
    const id = newId();
    await this.#checkCategory(trx, body.category);
    const now = nowIso();
    const price = parseMoney(body.price, 'price');
    await repo.insertProduct(trx, {
      id,
      name: body.name.trim(),
      slug: await uniqueSlug(trx, 'products', body.name, 'product'),
      description: body.description ?? '',
      price,
      from_price: price, // until its sizes are in, recomputed as the transaction ends
      category_id: body.category,
      vendor_id: user.user_type === 'vendor' ? user.id : null,
      is_active: body.is_active ?? true,
      created_at: now,
      updated_at: now,
    });
    await this.#saveVariants(trx, user, id, body.variants ?? [], { removeAbsent: false });
    await this.#changed(trx, id);
    return id;
  }

  async updateProduct(
    user: AuthUser,
    id: string,
    body: PatchProductBody,
    mode: 'put' | 'patch',
  ): Promise<ProductDetailDto> {
    const removedImagePaths = await this.#inTransaction((trx) =>
      this.updateInTransaction(trx, user, id, body, mode),
    );
    // As in deleteProduct: the rows are gone for good, only now do the files go.
    await removeImages(this.deps.mediaRoot, removedImagePaths).catch(() => undefined);
    return this.getVendorProduct(user, id);
  }

  /**
   * Updates a product inside the caller's transaction, as `createInTransaction`.
   * Returns the paths of image files to delete once it committed.
   */
  async updateInTransaction(
    trx: Trx,
    user: AuthUser,
    id: string,
    body: PatchProductBody,
    mode: 'put' | 'patch',
  ): Promise<string[]> {
    await this.owned(trx, user, id);
    if (body.category !== undefined) await this.#checkCategory(trx, body.category);
    // Its sizes, then its row (PostgreSQL; SQLite's transaction holds the write lock already):
    // concurrent edits of one product wait for each other, so what follows reads settled stock.
    await repo.lockSizesOf(trx, id);
    await repo.updateProduct(trx, id, {
      updated_at: nowIso(),
      ...(body.name !== undefined ? { name: body.name.trim() } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(body.price !== undefined ? { price: parseMoney(body.price, 'price') } : {}),
      ...(body.category !== undefined ? { category_id: body.category } : {}),
      ...(body.is_active !== undefined ? { is_active: body.is_active } : {}),
    });
    const removed =
      body.variants === undefined
        ? []
        : await this.#saveVariants(trx, user, id, body.variants, { removeAbsent: mode === 'put' });
    await this.#changed(trx, id);
    return removed;
  }

  async deleteProduct(user: AuthUser, id: string): Promise<void> {
    const { mediaRoot } = this.deps;
    const paths = await this.#inTransaction(async (trx) => {
      await this.owned(trx, user, id);
      await repo.lockSizesOf(trx, id);
      const images = await repo.imagesOf(trx, id);
      for (const size of await repo.sizesOf(trx, id)) {
        await this.#takeAllStock(trx, user, size, 'product deleted');
      }
      await repo.deleteProduct(trx, id);
      await this.#changed(trx, id);
      return images.flatMap(filesOf);
    });
    // The rows are gone for good: only now do the files go.
    await removeImages(mediaRoot, paths).catch(() => undefined);
  }

  /** A product changed in `trx`: its from price at commit, and the event (the response cache forgets). */
  async #changed(trx: Trx, productId: string): Promise<void> {
    await refreshFromPriceAtCommit(trx, productId);
    await this.deps.productChanged(trx, productId);
  }

  /** A product write's transaction: a SKU taken meanwhile by another writer is 400 `SKU_TAKEN`. */
  async #inTransaction<T>(work: (trx: Trx) => Promise<T>): Promise<T> {
    try {
      return await transaction(this.deps.db, work);
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw AppError.badRequest(
          'A SKU is already used by another size.',
          { variants: ['A SKU is already used by another size.'] },
          'SKU_TAKEN',
        );
      }
      throw err;
    }
  }

  /** Records a size's stock going to zero (before the size is deleted), so the ledger explains it. */
  async #takeAllStock(trx: Trx, user: AuthUser, size: repo.SizeRow, reason: string): Promise<void> {
    if (size.stock <= 0) return;
    await this.deps.stock.change(trx, {
      sizeId: size.id,
      delta: -size.stock,
      kind: 'adjustment',
      reason,
      actorId: user.id,
    });
  }

  /**
   * Creates, updates (by id) and, with `removeAbsent`, deletes variants and their
   * sizes. Stock is never written directly: new sizes start at zero and receive
   * an `initial` movement, edited ones an `adjustment` for the difference.
   * Returns the paths of the image files of removed variants, to delete once committed.
   */
  async #saveVariants(
    trx: Trx,
    user: AuthUser,
    productId: string,
    variants: VariantInput[],
    options: { removeAbsent: boolean },
  ): Promise<string[]> {
    const existingVariants = await repo.variantsOf(trx, productId);
    const existingSizes = await repo.sizesOf(trx, productId);
    const variantIds = new Set(existingVariants.map((v) => v.id));
    const sizeById = new Map(existingSizes.map((s) => [s.id, s]));

    // Validate ids and SKUs before writing anything.
    // An id named twice would be updated twice (its stock delta applied twice): refused.
    const seenSkus = new Map<string, string>();
    const keptVariantIds = new Set<string>();
    const keptSizeIds = new Set<string>();
    variants.forEach((v, i) => {
      if (v.id !== undefined) {
        if (!variantIds.has(v.id)) throw CatalogErrors.unknownVariant(`variants.${i}.id`);
        if (keptVariantIds.has(v.id)) throw CatalogErrors.duplicateVariant(`variants.${i}.id`);
        keptVariantIds.add(v.id);
      }
      v.sizes.forEach((s, j) => {
        const field = `variants.${i}.sizes.${j}`;
        if (s.id !== undefined) {
          const known = sizeById.get(s.id);
          if (!known || known.variant_id !== v.id) throw CatalogErrors.unknownSize(`${field}.id`);
          if (keptSizeIds.has(s.id)) throw CatalogErrors.duplicateSize(`${field}.id`);
          keptSizeIds.add(s.id);
        }
        if (seenSkus.has(s.sku)) throw CatalogErrors.skuTaken(`${field}.sku`, s.sku);
        seenSkus.set(s.sku, field);
      });
    });
    const removedSizes = options.removeAbsent ? existingSizes.filter((s) => !keptSizeIds.has(s.id)) : [];
    const removedSizeIds = new Set(removedSizes.map((s) => s.id));
    const bodySizeIdBySku = new Map<string, string | undefined>();
    for (const v of variants) for (const s of v.sizes) bodySizeIdBySku.set(s.sku, s.id);
    for (const row of await repo.sizesBySku(trx, [...seenSkus.keys()])) {
      if (bodySizeIdBySku.get(row.sku) === row.id || removedSizeIds.has(row.id)) continue;
      throw CatalogErrors.skuTaken(`${seenSkus.get(row.sku)}.sku`, row.sku);
    }

    // Removals first, so a SKU they free can be reused below.
    for (const size of removedSizes) {
      await this.#takeAllStock(trx, user, size, 'size removed');
      await repo.deleteSize(trx, size.id);
    }
    // A removed variant's images go with it (the rows cascade); their paths are returned for the files.
    const removedImagePaths: string[] = [];
    if (options.removeAbsent) {
      const gone = new Set(existingVariants.filter((v) => !keptVariantIds.has(v.id)).map((v) => v.id));
      if (gone.size > 0) {
        for (const image of await repo.imagesOf(trx, productId)) {
          if (image.variant_id !== null && gone.has(image.variant_id))
            removedImagePaths.push(...filesOf(image));
        }
        // After the sizes' locks, as sales take them; a picture added meanwhile waits for this.
        await repo.lockProductImages(trx, productId);
        await repo.deleteVariants(trx, [...gone]);
        await repo.ensureMainImage(trx, productId);
      }
    }

    const now = nowIso();
    for (const [i, v] of variants.entries()) {
      const price =
        v.price === undefined || v.price === null ? null : parseMoney(v.price, `variants.${i}.price`);
      let variantId = v.id;
      if (variantId) {
        await repo.updateVariant(trx, variantId, {
          color: v.color,
          position: i,
          ...(v.price !== undefined ? { price } : {}),
        });
      } else {
        variantId = newId();
        await repo.insertVariant(trx, {
          id: variantId,
          product_id: productId,
          color: v.color,
          price,
          position: i,
          created_at: now,
        });
      }
      for (const [j, s] of v.sizes.entries()) {
        await this.#saveSize(trx, user, productId, variantId, s, j, now, sizeById);
      }
    }
    return removedImagePaths;
  }

  async #saveSize(
    trx: Trx,
    user: AuthUser,
    productId: string,
    variantId: string,
    s: SizeInput,
    position: number,
    now: string,
    sizeById: Map<string, repo.SizeRow>,
  ): Promise<void> {
    const known = s.id ? sizeById.get(s.id) : undefined;
    if (known) {
      await repo.updateSize(trx, known.id, { size: s.size, sku: s.sku, position });
      const delta = s.stock - known.stock;
      if (delta !== 0) {
        const result = await this.deps.stock.change(trx, {
          sizeId: known.id,
          delta,
          kind: 'adjustment',
          reason: 'product edit',
          actorId: user.id,
        });
        if (!result.ok)
          throw AppError.conflict('The stock changed while saving; try again.', 'STOCK_CHANGED');
      }
      return;
    }
    const sizeId = newId();
    await repo.insertSize(trx, {
      id: sizeId,
      variant_id: variantId,
      product_id: productId,
      size: s.size,
      sku: s.sku,
      stock: 0,
      position,
      created_at: now,
    });
    if (s.stock > 0) {
      await this.deps.stock.change(trx, {
        sizeId,
        delta: s.stock,
        kind: 'initial',
        reason: 'new size',
        actorId: user.id,
      });
    }
  }
}
