/** 0015_from_price on products made before it: every product's from price backfilled by the rule, the index in place. */
import { type Migration, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnyDB, connect } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { migrations } from '../src/db/migrations/index.js';
import { newId } from '../src/platform/ids.js';
import { createTestDatabase, onPostgres, type TestDatabase, testConfig } from './helpers.js';

let database: TestDatabase;
let d: AnyDB;

beforeAll(async () => {
  database = await createTestDatabase();
  d = connect(testConfig(database.settings)).db as unknown as AnyDB;
});
afterAll(async () => {
  await d.destroy();
  await database.drop();
});

const names = Object.keys(migrations).sort();
const upTo = (last: string): Record<string, Migration> =>
  Object.fromEntries(names.slice(0, names.indexOf(last) + 1).map((n) => [n, migrations[n] as Migration]));

const now = '2026-01-01T00:00:00.000Z';

/** A product as it was before 0015 (no from_price), with colours `[own price, stock of its one size]`. */
async function oldProduct(categoryId: string, price: number, colours: Array<[number | null, number]>) {
  const id = newId();
  await d
    .insertInto('products')
    .values({
      id,
      name: `P ${id}`,
      slug: `p-${id}`,
      description: '',
      price,
      category_id: categoryId,
      vendor_id: null,
      is_active: true,
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const [position, [own, stock]] of colours.entries()) {
    const variantId = newId();
    await d
      .insertInto('product_variants')
      .values({ id: variantId, product_id: id, color: `C${position}`, price: own, position, created_at: now })
      .execute();
    await d
      .insertInto('product_sizes')
      .values({
        id: newId(),
        variant_id: variantId,
        product_id: id,
        size: 'M',
        sku: `SKU-${variantId}`,
        stock,
        position: 0,
        created_at: now,
      })
      .execute();
  }
  return id;
}

describe('0015_from_price', () => {
  it('backfills the lowest price in stock (of any size when none is; the own price without sizes)', async () => {
    await migrateToLatest(d, upTo('0014_billing'));
    const categoryId = newId();
    await d
      .insertInto('categories')
      .values({ id: categoryId, name: 'C', slug: 'c', parent_id: null, created_at: now, updated_at: now })
      .execute();
    const cheapInStock = await oldProduct(categoryId, 10000, [
      [null, 0],
      [2000, 3],
      [1500, 0],
    ]);
    const soldOut = await oldProduct(categoryId, 10000, [
      [null, 0],
      [2500, 0],
    ]);
    const ownPriceInStock = await oldProduct(categoryId, 4000, [
      [null, 1],
      [9000, 5],
    ]);
    const noSizes = await oldProduct(categoryId, 7000, []);

    await migrateToLatest(d, upTo('0015_from_price'));
    const rows = await d.selectFrom('products').select(['id', 'from_price']).execute();
    const fromPrice = Object.fromEntries(rows.map((r) => [r.id, Number(r.from_price)]));
    expect(fromPrice).toEqual({
      [cheapInStock]: 2000,
      [soldOut]: 2500,
      [ownPriceInStock]: 4000,
      [noSizes]: 7000,
    });
    const indexes = onPostgres
      ? await sql<{
          name: string;
        }>`select indexname as name from pg_indexes where tablename = 'products'`.execute(d)
      : await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'index' and tbl_name = 'products'`.execute(d);
    const names = indexes.rows.map((r) => r.name);
    expect(names).toContain('products_active_from_price');
    expect(names).not.toContain('products_active_price');

    // And it can be undone.
    const migrator = new Migrator({
      db: d,
      provider: { getMigrations: async () => upTo('0015_from_price') },
    });
    const { error } = await migrator.migrateDown();
    expect(error).toBeUndefined();
    const columns = (await d.introspection.getTables()).find((t) => t.name === 'products')?.columns;
    expect(columns?.map((c) => c.name)).not.toContain('from_price');
  });
});
