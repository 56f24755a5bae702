import { sql } from 'kysely';
import type { AnyDB } from '../dialect.js';

/**
 * One main picture per product, kept by the database: a partial unique index on
 * `product_images(product_id) where is_main` (both SQLite and PostgreSQL have
 * them). Before it is made, a product that somehow has several main pictures
 * keeps only its first (by position, then id) as main.
 */
export async function up(db: AnyDB): Promise<void> {
  await sql`
    update product_images set is_main = false
    where is_main = true
      and id <> (
        select p2.id from product_images p2
        where p2.product_id = product_images.product_id and p2.is_main = true
        order by p2.position, p2.id
        limit 1
      )`.execute(db);
  await db.schema
    .createIndex('product_images_one_main')
    .on('product_images')
    .column('product_id')
    .unique()
    .where(sql.ref('is_main'), '=', true)
    .execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropIndex('product_images_one_main').execute();
}
