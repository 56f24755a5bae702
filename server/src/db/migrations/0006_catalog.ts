import { sql } from 'kysely';
import { type AnyDB, columnTypes } from '../dialect.js';

/**
 * The catalogue and the stock ledger: categories in a tree,
 * products with colour variants and sizes, images, and one stock figure per size
 * that the shop and inventory share. Every change to it writes a `stock_movements` row.
 */
export async function up(db: AnyDB): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('categories')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('parent_id', t.id, (c) => c.references('categories.id').onDelete('restrict'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('categories_parent').on('categories').column('parent_id').execute();

  await db.schema
    .createTable('products')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('price', t.bigint, (c) => c.notNull().check(sql`price >= 0`))
    .addColumn('category_id', t.id, (c) => c.notNull().references('categories.id').onDelete('restrict'))
    // The selling vendor; null for products the shop itself sells (created by staff).
    .addColumn('vendor_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('is_active', t.boolean, (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  // The public list: active products, newest first, optionally within categories or by price.
  await db.schema
    .createIndex('products_active_created')
    .on('products')
    .columns(['is_active', 'created_at'])
    .execute();
  await db.schema
    .createIndex('products_category_active_created')
    .on('products')
    .columns(['category_id', 'is_active', 'created_at'])
    .execute();
  await db.schema
    .createIndex('products_active_price')
    .on('products')
    .columns(['is_active', 'price'])
    .execute();
  await db.schema
    .createIndex('products_vendor')
    .on('products')
    .columns(['vendor_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('product_variants')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('product_id', t.id, (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('color', 'text', (c) => c.notNull())
    // Null: the product's price.
    .addColumn('price', t.bigint, (c) => c.check(sql`price >= 0`))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('product_variants_product')
    .on('product_variants')
    .columns(['product_id', 'position'])
    .execute();

  await db.schema
    .createTable('product_sizes')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('variant_id', t.id, (c) => c.notNull().references('product_variants.id').onDelete('cascade'))
    // Denormalised from the variant so "in stock" filters need one index, not a join.
    .addColumn('product_id', t.id, (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('size', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull().unique())
    // The one stock figure. The check is the last line of defence; updates are guarded too.
    .addColumn('stock', 'integer', (c) => c.notNull().defaultTo(0).check(sql`stock >= 0`))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('product_sizes_variant')
    .on('product_sizes')
    .columns(['variant_id', 'position'])
    .execute();
  await db.schema
    .createIndex('product_sizes_product_stock')
    .on('product_sizes')
    .columns(['product_id', 'stock'])
    .execute();

  await db.schema
    .createTable('product_images')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('product_id', t.id, (c) => c.notNull().references('products.id').onDelete('cascade'))
    // Set when the image shows one colour variant.
    .addColumn('variant_id', t.id, (c) => c.references('product_variants.id').onDelete('cascade'))
    // Relative to MEDIA_ROOT, served at /media/<path>.
    .addColumn('path', 'text', (c) => c.notNull().unique())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('alt_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('product_images_product')
    .on('product_images')
    .columns(['product_id', 'position'])
    .execute();

  // Append-only: who changed which SKU's stock, by how much, why. Survives the product's deletion.
  await db.schema
    .createTable('stock_movements')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('size_id', t.id, (c) => c.references('product_sizes.id').onDelete('set null'))
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('delta', 'integer', (c) => c.notNull().check(sql`delta <> 0`))
    .addColumn('stock_after', 'integer', (c) => c.notNull().check(sql`stock_after >= 0`))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('initial', 'sale', 'cancel', 'adjustment', 'return')`),
    )
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('actor_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    // The order a sale, cancel or return belongs to (no foreign key: the ledger outlives orders).
    .addColumn('order_id', t.id)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('stock_movements_size_created')
    .on('stock_movements')
    .columns(['size_id', 'created_at'])
    .execute();
  await db.schema.createIndex('stock_movements_created').on('stock_movements').column('created_at').execute();
  await db.schema.createIndex('stock_movements_order').on('stock_movements').column('order_id').execute();
}

export async function down(db: AnyDB): Promise<void> {
  for (const table of [
    'stock_movements',
    'product_images',
    'product_sizes',
    'product_variants',
    'products',
    'categories',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
