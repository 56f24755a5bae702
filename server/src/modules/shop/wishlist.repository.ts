/** Wishlist entries: Kysely queries only, the executor first. */
import { newId, nowIso } from '../../platform/ids.js';
import type { Executor } from '../../platform/transaction.js';

export interface WishlistRow {
  id: string;
  product_id: string;
  created_at: string;
}

export function userEntries(executor: Executor, userId: string) {
  return executor.selectFrom('wishlist_items').where('user_id', '=', userId);
}

/** Adds the products not there yet (adding twice is harmless); returns how many were new. */
export async function addProducts(
  executor: Executor,
  userId: string,
  productIds: readonly string[],
): Promise<number> {
  if (productIds.length === 0) return 0;
  const now = nowIso();
  const added = await executor
    .insertInto('wishlist_items')
    .values(productIds.map((product_id) => ({ id: newId(), user_id: userId, product_id, created_at: now })))
    .onConflict((oc) => oc.columns(['user_id', 'product_id']).doNothing())
    .returning('id')
    .execute();
  return added.length;
}

export function entriesForProducts(
  executor: Executor,
  userId: string,
  productIds: readonly string[],
): Promise<WishlistRow[]> {
  if (productIds.length === 0) return Promise.resolve([]);
  return userEntries(executor, userId)
    .select(['id', 'product_id', 'created_at'])
    .where('product_id', 'in', [...productIds])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function findEntryOfUser(
  executor: Executor,
  id: string,
  userId: string,
): Promise<WishlistRow | undefined> {
  return userEntries(executor, userId)
    .select(['id', 'product_id', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function deleteEntry(executor: Executor, id: string): Promise<void> {
  await executor.deleteFrom('wishlist_items').where('id', '=', id).execute();
}

export async function removeProducts(
  executor: Executor,
  userId: string,
  productIds: readonly string[],
): Promise<number> {
  if (productIds.length === 0) return 0;
  const result = await executor
    .deleteFrom('wishlist_items')
    .where('user_id', '=', userId)
    .where('product_id', 'in', [...productIds])
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
