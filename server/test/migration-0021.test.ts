/** 0021_product_pictures on pictures stored before it: each product's first picture becomes its main one. */
import { type Migration, Migrator, sql } from 'kysely';
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

describe('0021_product_pictures', () => {
  it("makes each product's first picture (by position) its main one, leaves the new fields empty, and goes back down", async () => {
    await migrateToLatest(d, upTo(names[names.indexOf('0021_product_pictures') - 1]!));
    const now = '2026-01-01T00:00:00.000Z';
    const category = newId();
    await sql`insert into categories (id, name, slug, parent_id, created_at, updated_at)
      values (${category}, 'Mugs', 'mugs', null, ${now}, ${now})`.execute(d);
    const picture = async (product: string, position: number) => {
      const id = newId();
      await sql`insert into product_images (id, product_id, variant_id, path, content_type, size_bytes, alt_text, position, created_at)
        values (${id}, ${product}, null, ${`products/${id}.png`}, 'image/png', 10, '', ${position}, ${now})`.execute(
        d,
      );
      return id;
    };
    const products: string[] = [];
    for (const slug of ['a', 'b', 'c']) {
      const id = newId();
      products.push(id);
      await sql`insert into products (id, name, slug, description, price, category_id, vendor_id, is_active, created_at, updated_at)
        values (${id}, ${slug}, ${slug}, '', 100, ${category}, null, ${true}, ${now}, ${now})`.execute(d);
    }
    const [a, b] = products as [string, string, string];
    const aSecond = await picture(a, 1);
    const aFirst = await picture(a, 0);
    const bOnly = await picture(b, 3);

    await migrateToLatest(d, upTo('0021_product_pictures'));
    const rows = await d
      .selectFrom('product_images')
      .select(['id', 'is_main', 'width', 'height', 'web_path', 'thumb_path'])
      .execute();
    const main = Object.fromEntries(rows.map((r) => [r.id, Boolean(r.is_main)]));
    expect(main).toEqual({ [aFirst]: true, [aSecond]: false, [bOnly]: true });
    for (const r of rows)
      expect([r.width, r.height, r.web_path, r.thumb_path]).toEqual([null, null, null, null]);

    const { error } = await new Migrator({
      db: d,
      provider: { getMigrations: async () => upTo('0021_product_pictures') },
    }).migrateDown();
    expect(error).toBeUndefined();
    const columns = (await d.introspection.getTables()).find((t) => t.name === 'product_images')!.columns;
    expect(columns.map((c) => c.name)).not.toContain('is_main');
    expect(columns.map((c) => c.name)).not.toContain('web_path');
  });
});
