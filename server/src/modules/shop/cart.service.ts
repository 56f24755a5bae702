/**
 * The cart: one per user, persistent. Adding refuses more units than
 * are in stock; lines whose product stopped selling or ran short are shown with
 * `available: false`, never silently dropped. Totals are integer minor units
 * summed, then formatted, so the decimal strings add up exactly.
 */
import type { DB } from '../../db/dialect.js';
import { isUuid } from '../../platform/ids.js';
import { formatMinor, MAX_AMOUNT_MINOR } from '../../platform/money.js';
import { type Executor, transaction } from '../../platform/transaction.js';
import { findSize, findSizes, mediaUrl, type SizeView } from '../catalog/index.js';
import * as carts from './cart.repository.js';
import type { CartDto, CartItemDto } from './cart.schemas.js';
import { ShopErrors } from './shop.errors.js';

/** A cart line with what the catalogue says about it now. */
export interface CartLine {
  itemId: string;
  quantity: number;
  size: SizeView;
}

export function unavailableReason(line: {
  quantity: number;
  size: SizeView;
}): CartItemDto['unavailable_reason'] {
  if (!line.size.is_active) return 'inactive';
  if (line.size.stock <= 0) return 'out_of_stock';
  if (line.size.stock < line.quantity) return 'insufficient_stock';
  return null;
}

function describe(size: SizeView): string {
  return `${size.product_name} (${size.color}, ${size.size})`;
}

/** Throws unless `quantity` units of `size` can be in a cart. */
export function assertPurchasable(size: SizeView, quantity: number): void {
  if (!size.is_active) throw ShopErrors.productUnavailable(size.product_name);
  if (size.stock < quantity) throw ShopErrors.insufficientStock(describe(size), size.stock);
}

/**
 * The lines' total in minor units, exact whatever the prices (a bigint: a
 * vendor may raise a price after the line was added).
 */
export function cartTotal(lines: readonly CartLine[]): bigint {
  return lines.reduce((sum, l) => sum + BigInt(l.size.unit_price) * BigInt(l.quantity), 0n);
}

/** The lines' total as a number of minor units; throws when it is too large to be paid (or computed) exactly. */
export function payableTotal(lines: readonly CartLine[]): number {
  const total = cartTotal(lines);
  if (total > BigInt(MAX_AMOUNT_MINOR)) throw ShopErrors.cartTotalTooLarge();
  return Number(total);
}

export function toCartDto(cartId: string, lines: CartLine[]): CartDto {
  let subtotal = 0n;
  let count = 0;
  const items = lines.map((line): CartItemDto => {
    const { size } = line;
    const lineTotal = BigInt(size.unit_price) * BigInt(line.quantity);
    subtotal += lineTotal;
    count += line.quantity;
    const reason = unavailableReason(line);
    return {
      id: line.itemId,
      product: {
        id: size.product_id,
        name: size.product_name,
        slug: size.product_slug,
        image: mediaUrl(size.image_path),
      },
      variant: { id: size.variant_id, color: size.color },
      size: { id: size.size_id, size: size.size, sku: size.sku, stock: size.stock },
      quantity: line.quantity,
      unit_price: formatMinor(size.unit_price),
      line_total: formatMinor(lineTotal),
      available: reason === null,
      unavailable_reason: reason,
    };
  });
  return {
    id: cartId,
    items,
    subtotal: formatMinor(subtotal),
    total: formatMinor(subtotal),
    item_count: count,
  };
}

export class CartService {
  constructor(private readonly deps: { db: DB }) {}

  /** The cart's lines joined with the catalogue, in the order they were added. */
  async lines(executor: Executor, cartId: string): Promise<CartLine[]> {
    const items = await carts.listItems(executor, cartId);
    const sizes = new Map(
      (
        await findSizes(
          executor,
          items.map((i) => i.size_id),
        )
      ).map((s) => [s.size_id, s] as const),
    );
    return items.flatMap((item) => {
      const size = sizes.get(item.size_id);
      return size ? [{ itemId: item.id, quantity: item.quantity, size }] : [];
    });
  }

  async cartOf(executor: Executor, userId: string): Promise<CartDto> {
    const cartId = await carts.ensureCart(executor, userId);
    return toCartDto(cartId, await this.lines(executor, cartId));
  }

  getCart(userId: string): Promise<CartDto> {
    return transaction(this.deps.db, (trx) => this.cartOf(trx, userId));
  }

  /**
   * Adds units of a size inside the caller's transaction: the line grows by an
   * atomic upsert, then the result is checked against stock and the cart's
   * total, and the whole transaction rolls back when it is too many. Returns
   * the cart and the lines it read for that check.
   */
  async addInTransaction(
    trx: Executor,
    userId: string,
    sizeId: string,
    quantity: number,
  ): Promise<{ cartId: string; lines: CartLine[] }> {
    const size = await findSize(trx, sizeId);
    if (!size) throw ShopErrors.sizeNotFound();
    assertPurchasable(size, quantity);
    const cartId = await carts.ensureCart(trx, userId);
    const line = await carts.addQuantity(trx, cartId, sizeId, quantity);
    if (line.quantity > size.stock) {
      throw ShopErrors.insufficientStock(describe(size), size.stock);
    }
    const lines = await this.lines(trx, cartId);
    payableTotal(lines);
    return { cartId, lines };
  }

  addItem(userId: string, sizeId: string, quantity: number): Promise<CartDto> {
    return transaction(this.deps.db, async (trx) => {
      const { cartId, lines } = await this.addInTransaction(trx, userId, sizeId, quantity);
      return toCartDto(cartId, lines);
    });
  }

  /** 404 unless the line is in this user's cart: checked before a request's body (a malformed id is left to validation). */
  async assertOwnsItem(userId: string, itemId: string): Promise<void> {
    if (isUuid(itemId) && !(await carts.findItemOfUser(this.deps.db, itemId, userId))) {
      throw ShopErrors.cartItemNotFound();
    }
  }

  updateItem(userId: string, itemId: string, quantity: number): Promise<CartDto> {
    return transaction(this.deps.db, async (trx) => {
      const item = await carts.findItemOfUser(trx, itemId, userId);
      if (!item) throw ShopErrors.cartItemNotFound();
      // Lowering a line is always allowed (it is how a customer fixes a short line); raising it needs the stock.
      if (quantity > item.quantity) {
        const size = await findSize(trx, item.size_id);
        if (!size) throw ShopErrors.cartItemNotFound();
        assertPurchasable(size, quantity);
      }
      await carts.setQuantity(trx, itemId, quantity);
      const cartId = await carts.ensureCart(trx, userId);
      const lines = await this.lines(trx, cartId);
      if (quantity > item.quantity) payableTotal(lines);
      return toCartDto(cartId, lines);
    });
  }

  removeItem(userId: string, itemId: string): Promise<CartDto> {
    return transaction(this.deps.db, async (trx) => {
      const item = await carts.findItemOfUser(trx, itemId, userId);
      if (!item) throw ShopErrors.cartItemNotFound();
      await carts.deleteItem(trx, itemId);
      return this.cartOf(trx, userId);
    });
  }
}
