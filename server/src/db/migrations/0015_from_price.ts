import { sql } from 'kysely';
import { type AnyDB, columnTypes } from '../dialect.js';

/**
 * A product's "from" price, kept by the catalogue in the transaction of every
 * change to its prices or stock: the lowest price (the variant's own, else the
 * product's) of its sizes in stock; of all its sizes when none is in stock; the
 * product's price when it has no sizes. Price filters and ordering read it, so
 * the price index of the public list (0009) now carries it instead of `price`,
 * with `vendor_id` still at its end.
 */
export async function up(db: AnyDB): Promise<void> {
  const t = columnTypes(db);
  // SQLite adds a NOT NULL column only with a default; the catalogue always writes it.
  await db.schema
    .alterTable('products')
    .addColumn('from_price', t.bigint, (c) => c.notNull().defaultTo(0).check(sql`from_price >= 0`))
    .execute();
  // The rule as the catalogue's from-price.ts writes it, frozen here as of this migration.
  const cheapest = (inStockOnly: boolean) => sql`(
    select min(coalesce(v.price, products.price))
    from product_sizes s join product_variants v on v.id = s.variant_id
    where s.product_id = products.id${inStockOnly ? sql` and s.stock > 0` : sql``})`;
  await sql`update products set from_price = coalesce(${cheapest(true)}, ${cheapest(false)}, products.price)`.execute(
    db,
  );
  await db.schema.dropIndex('products_active_price').execute();
  await db.schema
    .createIndex('products_active_from_price')
    .on('products')
    .columns(['is_active', 'from_price', 'vendor_id'])
    .execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropIndex('products_active_from_price').execute();
  await db.schema
    .createIndex('products_active_price')
    .on('products')
    .columns(['is_active', 'price', 'vendor_id'])
    .execute();
  await db.schema.alterTable('products').dropColumn('from_price').execute();
}
