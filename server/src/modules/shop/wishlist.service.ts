/**
 * The wishlist: products a customer keeps for later. Adding is
 * idempotent (one entry per product); moving to the cart takes the chosen size,
 * or the product's only size in stock, and removes the entry in the same transaction.
 */
import type { DB } from '../../db/dialect.js';
import { AppError } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { formatMinor } from '../../platform/money.js';
import { type Page, type PageRequest, paginate } from '../../platform/pagination.js';
import { type Executor, transaction } from '../../platform/transaction.js';
import { findProducts, findSizesOfProduct, mediaUrl, productsOnSale } from '../catalog/index.js';
import type { CartDto } from './cart.schemas.js';
import type { CartService } from './cart.service.js';
import { ShopErrors } from './shop.errors.js';
import * as wishlist from './wishlist.repository.js';
import type { WishlistItemDto } from './wishlist.schemas.js';

export class WishlistService {
  constructor(private readonly deps: { db: DB; cart: CartService }) {}

  async #toDtos(executor: Executor, rows: wishlist.WishlistRow[]): Promise<WishlistItemDto[]> {
    const products = new Map(
      (
        await findProducts(
          executor,
          rows.map((r) => r.product_id),
        )
      ).map((p) => [p.id, p] as const),
    );
    return rows.flatMap((row) => {
      const p = products.get(row.product_id);
      if (!p) return [];
      return [
        {
          id: row.id,
          product: {
            id: p.id,
            name: p.name,
            slug: p.slug,
            price: formatMinor(p.price),
            image: mediaUrl(p.image_path),
            is_active: p.is_active,
            in_stock: p.stock > 0,
          },
          created_at: row.created_at,
        },
      ];
    });
  }

  async list(userId: string, page: PageRequest): Promise<Page<WishlistItemDto>> {
    const { db } = this.deps;
    const rows = await paginate(page, wishlist.userEntries(db, userId), (q) =>
      q.select(['id', 'product_id', 'created_at']).orderBy('created_at', 'desc').orderBy('id', 'desc'),
    );
    return { ...rows, results: await this.#toDtos(db, rows.results) };
  }

  /** Adds one product; `created` is false when it was already there. */
  add(userId: string, productId: string): Promise<{ item: WishlistItemDto; created: boolean }> {
    return transaction(this.deps.db, async (trx) => {
      if (!(await productsOnSale(trx, [productId])).has(productId)) throw ShopErrors.productNotFound();
      const created = (await wishlist.addProducts(trx, userId, [productId])) > 0;
      const [item] = await this.#toDtos(trx, await wishlist.entriesForProducts(trx, userId, [productId]));
      if (!item) throw ShopErrors.productNotFound();
      return { item, created };
    });
  }

  /** All or nothing: an unknown or inactive product refuses the whole request. */
  bulkAdd(userId: string, productIds: string[]): Promise<{ added: number; items: WishlistItemDto[] }> {
    return transaction(this.deps.db, async (trx) => {
      const active = await productsOnSale(trx, productIds);
      const unknown = productIds.filter((id) => !active.has(id));
      if (unknown.length > 0) {
        throw AppError.badRequest(
          'Some products do not exist or are not for sale.',
          { product_ids: [`Unknown products: ${unknown.join(', ')}.`] },
          'PRODUCT_NOT_FOUND',
        );
      }
      const added = await wishlist.addProducts(trx, userId, productIds);
      const items = await this.#toDtos(trx, await wishlist.entriesForProducts(trx, userId, productIds));
      return { added, items };
    });
  }

  /** 404 unless the entry is in this user's wishlist: checked before a request's body (a malformed id is left to validation). */
  async assertOwnsEntry(userId: string, entryId: string): Promise<void> {
    if (isUuid(entryId) && !(await wishlist.findEntryOfUser(this.deps.db, entryId, userId))) {
      throw ShopErrors.wishlistItemNotFound();
    }
  }

  async remove(userId: string, entryId: string): Promise<void> {
    await transaction(this.deps.db, async (trx) => {
      const entry = await wishlist.findEntryOfUser(trx, entryId, userId);
      if (!entry) throw ShopErrors.wishlistItemNotFound();
      await wishlist.deleteEntry(trx, entryId);
    });
  }

  async bulkRemove(userId: string, productIds: string[]): Promise<{ removed: number }> {
    const removed = await transaction(this.deps.db, (trx) =>
      wishlist.removeProducts(trx, userId, productIds),
    );
    return { removed };
  }

  /**
   * Puts the entry's product in the cart and removes the entry. Which size: the
   * one given (it must be this product's), else the only size in stock; several
   * in stock → 400 `SIZE_REQUIRED`, none → 409 `INSUFFICIENT_STOCK`.
   */
  moveToCart(
    userId: string,
    entryId: string,
    input: { size_id?: string | undefined; quantity: number },
  ): Promise<CartDto> {
    return transaction(this.deps.db, async (trx) => {
      const entry = await wishlist.findEntryOfUser(trx, entryId, userId);
      if (!entry) throw ShopErrors.wishlistItemNotFound();
      const sizes = await findSizesOfProduct(trx, entry.product_id);
      let sizeId = input.size_id;
      if (sizeId) {
        if (!sizes.some((s) => s.size_id === sizeId)) throw ShopErrors.sizeNotOfProduct();
      } else {
        const inStock = sizes.filter((s) => s.stock > 0);
        const [only] = inStock;
        if (!only) {
          const name = sizes[0]?.product_name ?? 'This product';
          throw ShopErrors.insufficientStock(name, 0);
        }
        if (inStock.length > 1) throw ShopErrors.sizeRequired();
        sizeId = only.size_id;
      }
      await this.deps.cart.addInTransaction(trx, userId, sizeId, input.quantity);
      await wishlist.deleteEntry(trx, entry.id);
      return this.deps.cart.cartOf(trx, userId);
    });
  }
}
