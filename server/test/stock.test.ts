import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StockLedger } from '../src/modules/catalog/index.js';
import { newId, nowIso } from '../src/platform/ids.js';
import { transaction } from '../src/platform/transaction.js';
import { buildTestApp, type TestApp } from './helpers.js';

let t: TestApp;

async function sizeWithStock(stock: number): Promise<string> {
  const now = nowIso();
  const categoryId = newId();
  const productId = newId();
  const variantId = newId();
  const sizeId = newId();
  await t.db
    .insertInto('categories')
    .values({
      id: categoryId,
      name: 'C',
      slug: `c-${categoryId}`,
      parent_id: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await t.db
    .insertInto('products')
    .values({
      id: productId,
      name: 'P',
      slug: `p-${productId}`,
      description: '',
      price: 1000,
      from_price: 1000,
      category_id: categoryId,
      vendor_id: null,
      is_active: true,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await t.db
    .insertInto('product_variants')
    .values({ id: variantId, product_id: productId, color: 'Red', price: null, position: 0, created_at: now })
    .execute();
  await t.db
    .insertInto('product_sizes')
    .values({
      id: sizeId,
      variant_id: variantId,
      product_id: productId,
      size: 'M',
      sku: `SKU-${sizeId}`,
      stock,
      position: 0,
      created_at: now,
    })
    .execute();
  return sizeId;
}

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t.close());

const changeStock: StockLedger['change'] = (trx, change) =>
  t.app.ctx.module('catalog').stock.change(trx, change);

describe('changeStock', () => {
  it('twelve concurrent takers of one unit each get exactly five of five units, with a movement per sale', async () => {
    const sizeId = await sizeWithStock(5);
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        transaction(t.db, (trx) => changeStock(trx, { sizeId, delta: -1, kind: 'sale', reason: 'race' })),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === 'insufficient')).toBe(true);
    const size = await t.db
      .selectFrom('product_sizes')
      .select('stock')
      .where('id', '=', sizeId)
      .executeTakeFirstOrThrow();
    expect(size.stock).toBe(0);
    const movements = await t.db
      .selectFrom('stock_movements')
      .selectAll()
      .where('size_id', '=', sizeId)
      .execute();
    expect(movements).toHaveLength(5);
    expect(movements.map((m) => m.stock_after).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('writes nothing when a change would go below zero, or when the size does not exist', async () => {
    const sizeId = await sizeWithStock(2);
    expect(await changeStock(t.db, { sizeId, delta: -3, kind: 'adjustment' })).toEqual({
      ok: false,
      reason: 'insufficient',
      available: 2,
    });
    expect(await changeStock(t.db, { sizeId: newId(), delta: 1, kind: 'adjustment' })).toMatchObject({
      ok: false,
      reason: 'not_found',
    });
    const movements = await t.db
      .selectFrom('stock_movements')
      .selectAll()
      .where('size_id', '=', sizeId)
      .execute();
    expect(movements).toHaveLength(0);
  });

  it('rolls the movement back with the transaction it was part of', async () => {
    const sizeId = await sizeWithStock(4);
    await expect(
      transaction(t.db, async (trx) => {
        await changeStock(trx, { sizeId, delta: -2, kind: 'sale' });
        throw new Error('payment failed');
      }),
    ).rejects.toThrow('payment failed');
    const size = await t.db
      .selectFrom('product_sizes')
      .select('stock')
      .where('id', '=', sizeId)
      .executeTakeFirstOrThrow();
    expect(size.stock).toBe(4);
    const movements = await t.db
      .selectFrom('stock_movements')
      .selectAll()
      .where('size_id', '=', sizeId)
      .execute();
    expect(movements).toHaveLength(0);
  });

  it('refuses a zero or fractional delta as a programming error', async () => {
    const sizeId = await sizeWithStock(1);
    await expect(changeStock(t.db, { sizeId, delta: 0, kind: 'adjustment' })).rejects.toThrow(RangeError);
    await expect(changeStock(t.db, { sizeId, delta: 0.5, kind: 'adjustment' })).rejects.toThrow(RangeError);
  });
});
