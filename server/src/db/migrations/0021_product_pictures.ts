import { sql } from 'kysely';
import { type AnyDB, columnTypes } from '../dialect.js';

/**
 * Product pictures are decoded on upload and stored with a WebP web size and a
 * thumbnail, measured, and one of them is the product's main picture. Pictures
 * stored before keep working: their web size and thumbnail are null (the
 * picture itself stands in), and each product's first picture becomes its main one.
 */
export async function up(db: AnyDB): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .alterTable('product_images')
    .addColumn('is_main', t.boolean, (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.alterTable('product_images').addColumn('width', 'integer').execute();
  await db.schema.alterTable('product_images').addColumn('height', 'integer').execute();
  await db.schema.alterTable('product_images').addColumn('web_path', 'text').execute();
  await db.schema.alterTable('product_images').addColumn('thumb_path', 'text').execute();
  await sql`
    update product_images set is_main = true
    where id = (
      select p2.id from product_images p2
      where p2.product_id = product_images.product_id
      order by p2.position, p2.id
      limit 1
    )`.execute(db);
}

export async function down(db: AnyDB): Promise<void> {
  for (const column of ['thumb_path', 'web_path', 'height', 'width', 'is_main']) {
    await db.schema.alterTable('product_images').dropColumn(column).execute();
  }
}
