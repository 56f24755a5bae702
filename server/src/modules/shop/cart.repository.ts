/** Carts and their lines: Kysely queries only, the executor first. */
import { sql } from 'kysely';
import { newId, nowIso } from '../../platform/ids.js';
import type { Executor } from '../../platform/transaction.js';

export interface CartItemRow {
  id: string;
  size_id: string;
  quantity: number;
}

/** The user's cart id, creating the cart on first use (one per user, whoever races). */
export async function ensureCart(executor: Executor, userId: string): Promise<string> {
  const now = nowIso();
  await executor
    .insertInto('carts')
    .values({ id: newId(), user_id: userId, created_at: now, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
  const row = await executor
    .selectFrom('carts')
    .select('id')
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findCartId(executor: Executor, userId: string): Promise<string | undefined> {
  const row = await executor
    .selectFrom('carts')
    .select('id')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.id;
}

export function listItems(executor: Executor, cartId: string): Promise<CartItemRow[]> {
  return executor
    .selectFrom('cart_items')
    .select(['id', 'size_id', 'quantity'])
    .where('cart_id', '=', cartId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Adds `quantity` units of a size (a new line, or more of an existing one); returns the line's new quantity. */
export async function addQuantity(
  executor: Executor,
  cartId: string,
  sizeId: string,
  quantity: number,
): Promise<CartItemRow> {
  const now = nowIso();
  return executor
    .insertInto('cart_items')
    .values({ id: newId(), cart_id: cartId, size_id: sizeId, quantity, created_at: now, updated_at: now })
    .onConflict((oc) =>
      oc.columns(['cart_id', 'size_id']).doUpdateSet({
        quantity: sql<number>`cart_items.quantity + excluded.quantity`,
        updated_at: now,
      }),
    )
    .returning(['id', 'size_id', 'quantity'])
    .executeTakeFirstOrThrow();
}

/** A line of the user's own cart, or undefined (another user's line is as good as missing). */
export function findItemOfUser(
  executor: Executor,
  itemId: string,
  userId: string,
): Promise<CartItemRow | undefined> {
  return executor
    .selectFrom('cart_items as ci')
    .innerJoin('carts as c', 'c.id', 'ci.cart_id')
    .select(['ci.id', 'ci.size_id', 'ci.quantity'])
    .where('ci.id', '=', itemId)
    .where('c.user_id', '=', userId)
    .executeTakeFirst();
}

export async function setQuantity(executor: Executor, itemId: string, quantity: number): Promise<void> {
  await executor
    .updateTable('cart_items')
    .set({ quantity, updated_at: nowIso() })
    .where('id', '=', itemId)
    .execute();
}

export async function deleteItem(executor: Executor, itemId: string): Promise<void> {
  await executor.deleteFrom('cart_items').where('id', '=', itemId).execute();
}

/** Removes the lines of these sizes from the user's cart (after they were bought). */
export async function removeSizesOfUser(
  executor: Executor,
  userId: string,
  sizeIds: readonly string[],
): Promise<void> {
  if (sizeIds.length === 0) return;
  await executor
    .deleteFrom('cart_items')
    .where('size_id', 'in', [...sizeIds])
    .where('cart_id', 'in', (eb) => eb.selectFrom('carts').select('id').where('user_id', '=', userId))
    .execute();
}

/**
 * Takes the row lock of the user's cart for the rest of the transaction (a
 * no-op write), so that a customer's checkouts that count their unpaid orders
 * go one at a time.
 */
export async function lockCartOfUser(executor: Executor, userId: string): Promise<void> {
  await ensureCart(executor, userId);
  await executor.updateTable('carts').set({ updated_at: nowIso() }).where('user_id', '=', userId).execute();
}
