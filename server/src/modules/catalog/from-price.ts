/**
 * A product's "from" price (`products.from_price`), the one place it is
 * computed: the lowest price (the variant's own, else the product's) among its
 * sizes in stock; among all its sizes when none is in stock (a sold-out
 * product still shows what it costs); the product's price when it has no
 * sizes. Price filters and price ordering read the column, through the
 * `products_active_from_price` index.
 *
 * Who asks for it: the stock ledger, when a size goes out of stock or back in
 * (sales, cancels, restocks, adjustments, edits), and every product write
 * (prices, variants, sizes). Both ask with `refreshFromPriceAtCommit`: the
 * product is recomputed once, at the end of the transaction, so:
 * - it reads every change the transaction made, and it runs under the
 *   product's row lock taken just before (PostgreSQL), by a statement that
 *   starts after any other writer of that product committed: of two
 *   transactions changing one product's sizes, the later one to commit always
 *   computes from the other's committed stock, never from a stale snapshot;
 * - product rows are locked last and in id order, after the sizes (checkout
 *   takes those in id order, product edits lock a product's sizes first), so
 *   the extra locks make no deadlock.
 */
import { type ExpressionBuilder, sql } from 'kysely';
import { forUpdate } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { beforeCommit, type Executor } from '../../platform/transaction.js';

/** The lowest price among a product's sizes (only those in stock, with `inStockOnly`); null without any. */
function cheapestSize(eb: ExpressionBuilder<Database, 'products'>, inStockOnly: boolean) {
  let q = eb
    .selectFrom('product_sizes as s')
    .innerJoin('product_variants as v', 'v.id', 's.variant_id')
    .select(sql<number | null>`min(coalesce(v.price, products.price))`.as('p'))
    .whereRef('s.product_id', '=', 'products.id');
  if (inStockOnly) q = q.where('s.stock', '>', 0);
  return q;
}

/**
 * Recomputes the from price of these products now (or of every product, for
 * bulk loads). Inside a transaction, prefer `refreshFromPriceAtCommit`.
 */
export async function refreshFromPrices(executor: Executor, productIds: readonly string[] | 'all') {
  if (productIds !== 'all' && productIds.length === 0) return;
  let update = executor.updateTable('products').set((eb) => ({
    from_price: eb.fn.coalesce(cheapestSize(eb, true), cheapestSize(eb, false), eb.ref('products.price')),
  }));
  if (productIds !== 'all') {
    const ids = [...new Set(productIds)].sort();
    // The locks first, in id order; then a statement that sees what their holders committed.
    await forUpdate(
      executor,
      executor.selectFrom('products').select('id').where('id', 'in', ids).orderBy('id'),
    ).execute();
    update = update.where('products.id', 'in', ids);
  }
  await update.execute();
}

/** Products to recompute when each transaction commits, collected per transaction. */
const pendingByTransaction = new WeakMap<Executor, Set<string>>();

/**
 * The product's from price is recomputed once, at the end of the surrounding
 * transaction (see the module comment); outside a transaction opened by
 * `transaction()`, at once.
 */
export async function refreshFromPriceAtCommit(executor: Executor, productId: string): Promise<void> {
  const pending = pendingByTransaction.get(executor);
  if (pending) {
    pending.add(productId);
    return;
  }
  const ids = new Set([productId]);
  const deferred = beforeCommit(executor, async () => {
    pendingByTransaction.delete(executor);
    await refreshFromPrices(executor, [...ids]);
  });
  if (deferred) pendingByTransaction.set(executor, ids);
  else await refreshFromPrices(executor, [productId]);
}
