/**
 * `mercato seed --bench`: loads the benchmarked catalogue (`shared/bench-data/`,
 * gzip CSV: 20 categories, 10,000 products, 20,000 variants, 60,000 sizes) and
 * the bench user, so benchmarks hit the same rows as the reference figures.
 * The files are read at run time from the given directory, never copied here.
 *
 * Integer ids become UUIDv7 (made in file order, so they sort as the originals),
 * slugs are kept, prices become minor units, `t`/`f` booleans, timestamps ISO
 * UTC. Sizes get SKU `BENCH-<id>`; the shop sells them itself (no vendor). Every
 * size with stock gets its `initial` movement. One transaction, batched inserts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import type { DB } from '../../db/dialect.js';
import { newId, nowIso } from '../../platform/ids.js';
import { parseMoney } from '../../platform/money.js';
import { type Trx, transaction } from '../../platform/transaction.js';
import { createUser } from '../identity/index.js';
import { refreshFromPrices } from './from-price.js';

export const BENCH_USER = {
  email: 'bench@example.com',
  username: 'bench',
  password: 'Bench-Passw0rd!',
  first_name: 'Bench',
  last_name: 'User',
} as const;

export class BenchSeedError extends Error {}

type Row = Record<string, string>;

async function readCsv(dir: string, name: string): Promise<Row[]> {
  const file = path.join(dir, `${name}.csv.gz`);
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch {
    throw new BenchSeedError(`cannot read ${file}: is --path the bench-data directory?`);
  }
  return parse(gunzipSync(raw), { columns: true, skip_empty_lines: true }) as Row[];
}

function need(row: Row, column: string, file: string): string {
  const v = row[column];
  if (v === undefined) throw new BenchSeedError(`${file}: column ${column} is missing`);
  return v;
}

/** `2026-11-22 03:17:20.297544+00` → `2026-11-22T03:17:20.297Z`. */
export function isoUtc(value: string): string {
  const normalised = value
    .trim()
    .replace(' ', 'T')
    .replace(/([+-]\d\d)$/, '$1:00');
  const d = new Date(normalised);
  if (Number.isNaN(d.getTime())) throw new BenchSeedError(`not a timestamp: ${value}`);
  return d.toISOString();
}

async function insertBatched<T extends keyof import('../../db/schema.js').Database>(
  trx: Trx,
  table: T,
  rows: Record<string, unknown>[],
  batch = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batch) {
    // Rows are built to the table's shape above; the generic table defeats Kysely's inference.
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + batch) as never)
      .execute();
  }
}

export interface BenchSeedResult {
  categories: number;
  products: number;
  variants: number;
  sizes: number;
  movements: number;
}

export async function seedBench(db: DB, dir: string): Promise<BenchSeedResult> {
  const others = await db
    .selectFrom('users')
    .select('email')
    .where('email', '!=', BENCH_USER.email)
    .limit(1)
    .executeTakeFirst();
  if (others) {
    throw new BenchSeedError(
      `this database has other users (${others.email}): the bench data is for a fresh database of its own (set DATA_DIR or DATABASE_URL to an empty one).`,
    );
  }
  const existing = await db.selectFrom('categories').select('id').limit(1).executeTakeFirst();
  if (existing)
    throw new BenchSeedError('the catalogue is not empty: the bench data goes into an empty database.');

  const [categories, products, variants, sizes] = await Promise.all(
    ['categories', 'products', 'variants', 'sizes'].map((name) => readCsv(dir, name)),
  );
  const now = nowIso();
  const ids = {
    category: new Map<string, string>(),
    product: new Map<string, string>(),
    variant: new Map<string, string>(),
  };
  const variantProduct = new Map<string, string>();

  const categoryRows = (categories ?? []).map((r) => {
    const id = newId();
    ids.category.set(need(r, 'id', 'categories'), id);
    return {
      id,
      name: need(r, 'name', 'categories'),
      slug: need(r, 'slug', 'categories'),
      parent_id: null,
      created_at: now,
      updated_at: now,
    };
  });
  const productRows = (products ?? []).map((r) => {
    const id = newId();
    ids.product.set(need(r, 'id', 'products'), id);
    const categoryId = ids.category.get(need(r, 'category_id', 'products'));
    if (!categoryId) throw new BenchSeedError(`product ${r.id}: unknown category ${r.category_id}`);
    const created = isoUtc(need(r, 'created_at', 'products'));
    const price = parseMoney(need(r, 'price', 'products'), 'price');
    return {
      id,
      name: need(r, 'name', 'products'),
      slug: need(r, 'slug', 'products'),
      description: need(r, 'description', 'products'),
      price,
      from_price: price, // recomputed once the sizes are in
      category_id: categoryId,
      vendor_id: null,
      is_active: need(r, 'is_active', 'products') === 't',
      created_at: created,
      updated_at: created,
    };
  });
  const position = new Map<string, number>();
  const next = (key: string) => {
    const n = position.get(key) ?? 0;
    position.set(key, n + 1);
    return n;
  };
  const variantRows = (variants ?? []).map((r) => {
    const id = newId();
    ids.variant.set(need(r, 'id', 'variants'), id);
    const productId = ids.product.get(need(r, 'product_id', 'variants'));
    if (!productId) throw new BenchSeedError(`variant ${r.id}: unknown product ${r.product_id}`);
    variantProduct.set(id, productId);
    const price = need(r, 'price', 'variants');
    return {
      id,
      product_id: productId,
      color: need(r, 'color', 'variants'),
      price: price === '' ? null : parseMoney(price, 'price'),
      position: next(productId),
      created_at: now,
    };
  });
  const sizeRows = (sizes ?? []).map((r) => {
    const variantId = ids.variant.get(need(r, 'variant_id', 'sizes'));
    if (!variantId) throw new BenchSeedError(`size ${r.id}: unknown variant ${r.variant_id}`);
    const stock = Number(need(r, 'stock', 'sizes'));
    if (!Number.isInteger(stock) || stock < 0) throw new BenchSeedError(`size ${r.id}: bad stock ${r.stock}`);
    return {
      id: newId(),
      variant_id: variantId,
      product_id: variantProduct.get(variantId) as string,
      size: need(r, 'size', 'sizes'),
      sku: `BENCH-${need(r, 'id', 'sizes')}`,
      stock,
      position: next(variantId),
      created_at: now,
    };
  });
  const movementRows = sizeRows
    .filter((s) => s.stock > 0)
    .map((s) => ({
      id: newId(),
      size_id: s.id,
      sku: s.sku,
      delta: s.stock,
      stock_after: s.stock,
      kind: 'initial' as const,
      reason: 'bench data',
      actor_id: null,
      order_id: null,
      created_at: now,
    }));

  await transaction(db, async (trx) => {
    await insertBatched(trx, 'categories', categoryRows);
    await insertBatched(trx, 'products', productRows);
    await insertBatched(trx, 'product_variants', variantRows);
    await insertBatched(trx, 'product_sizes', sizeRows);
    await insertBatched(trx, 'stock_movements', movementRows);
    await refreshFromPrices(trx, 'all');
  });
  // Fresh statistics for the query planner after a bulk load.
  await sql`analyze`.execute(db);
  const bench = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', BENCH_USER.email)
    .executeTakeFirst();
  if (!bench) await createUser(db, { ...BENCH_USER, user_type: 'creator', email_verified: true });
  return {
    categories: categoryRows.length,
    products: productRows.length,
    variants: variantRows.length,
    sizes: sizeRows.length,
    movements: movementRows.length,
  };
}
