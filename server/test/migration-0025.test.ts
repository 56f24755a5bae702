/** 0025_one_main_picture on pictures stored before it: a product with several main pictures keeps its first. */
import { type Migration, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnyDB, connect } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { migrations } from '../src/db/migrations/index.js';
import { newId } from '../src/platform/ids.js';
import { createTestDatabase, type TestDatabase, testConfig } from './helpers.js';

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
  Object.fromEntries(names.slice(0, names.indexOf(last) + 1).map((n) => [n, migrations[n]!]));

describe('0025_one_main_picture', () => {
  it('keeps the first of several main pictures (by position) and then refuses a second', async () => {
    await migrateToLatest(d, upTo('0021_product_pictures'));
    const now = '2026-01-01T00:00:00.000Z';
    const category = newId();
    await sql`insert into categories (id, name, slug, parent_id, created_at, updated_at)
      values (${category}, 'Mugs', 'mugs', null, ${now}, ${now})`.execute(d);
    const product = newId();
    await sql`insert into products (id, name, slug, description, price, category_id, vendor_id, is_active, created_at, updated_at)
      values (${product}, 'a', 'a', '', 100, ${category}, null, ${true}, ${now}, ${now})`.execute(d);
    const picture = async (position: number, main: boolean) => {
      const id = newId();
      await sql`insert into product_images (id, product_id, variant_id, path, content_type, size_bytes, alt_text, position, is_main, created_at)
        values (${id}, ${product}, null, ${`products/${id}.png`}, 'image/png', 10, '', ${position}, ${main}, ${now})`.execute(
        d,
      );
      return id;
    };
    const third = await picture(2, true);
    const first = await picture(0, true);
    const plain = await picture(1, false);

    await migrateToLatest(d, upTo('0025_one_main_picture'));
    const rows = await d.selectFrom('product_images').select(['id', 'is_main']).execute();
    expect(Object.fromEntries(rows.map((r) => [r.id, Boolean(r.is_main)]))).toEqual({
      [first]: true,
      [third]: false,
      [plain]: false,
    });
    await expect(
      d.updateTable('product_images').set({ is_main: true }).where('id', '=', plain).execute(),
    ).rejects.toThrow();
  });
});
