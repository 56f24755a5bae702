/**
 * The one way stock changes: a guarded update that never takes a size below
 * zero, and a `stock_movements` row in the same transaction saying who changed
 * it, by how much and why, and a `stock.changed` event; a size going out of
 * stock or back in has its product's from price recomputed (`from-price.ts`)
 * before the transaction commits. The shop (sales,
 * cancels, returns), the catalogue (initial stock, edits) and inventory
 * adjustments all come through here.
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/executor.js';
import type { StockMovementKind } from '../../db/schema.js';
import type { EventBus } from '../../platform/events.js';
import { newId, nowIso } from '../../platform/ids.js';
import { refreshFromPriceAtCommit } from './from-price.js';

export interface StockChange {
  sizeId: string;
  /** Units added (positive) or taken (negative); never zero. */
  delta: number;
  kind: StockMovementKind;
  reason?: string;
  actorId?: string | null;
  orderId?: string | null;
}

export type StockChangeResult =
  | { ok: true; sku: string; stock: number }
  /** Nothing was written: the size does not exist, or has fewer than `-delta` units. */
  | { ok: false; reason: 'not_found' | 'insufficient'; available: number };

export class StockLedger {
  constructor(private readonly events: EventBus) {}

  /**
   * Applies one change inside `executor` (pass the caller's transaction so the
   * change and the rest of the use case commit or roll back together).
   */
  async change(executor: Executor, change: StockChange): Promise<StockChangeResult> {
    if (!Number.isSafeInteger(change.delta) || change.delta === 0) {
      throw new RangeError(`a stock change needs a non-zero whole delta, got ${change.delta}`);
    }
    const updated = await executor
      .updateTable('product_sizes')
      .set({ stock: sql<number>`stock + ${change.delta}` })
      .where('id', '=', change.sizeId)
      .where(sql<boolean>`stock + ${change.delta} >= 0`)
      .returning(['sku', 'stock', 'product_id'])
      .executeTakeFirst();
    if (!updated) {
      const row = await executor
        .selectFrom('product_sizes')
        .select('stock')
        .where('id', '=', change.sizeId)
        .executeTakeFirst();
      return row
        ? { ok: false, reason: 'insufficient', available: row.stock }
        : { ok: false, reason: 'not_found', available: 0 };
    }
    await executor
      .insertInto('stock_movements')
      .values({
        id: newId(),
        size_id: change.sizeId,
        sku: updated.sku,
        delta: change.delta,
        stock_after: updated.stock,
        kind: change.kind,
        reason: change.reason ?? '',
        actor_id: change.actorId ?? null,
        order_id: change.orderId ?? null,
        created_at: nowIso(),
      })
      .execute();
    // Out of stock or back in: the product's from price may move (recomputed as the transaction ends).
    const wasInStock = updated.stock - change.delta > 0;
    const isInStock = updated.stock > 0;
    if (wasInStock !== isInStock) await refreshFromPriceAtCommit(executor, updated.product_id);
    await this.events.emit(executor, 'stock.changed', {
      sizeId: change.sizeId,
      sku: updated.sku,
      delta: change.delta,
      stock: updated.stock,
      kind: change.kind,
    });
    return { ok: true, sku: updated.sku, stock: updated.stock };
  }
}
