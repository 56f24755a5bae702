/**
 * Products as CSV: the export (one row per size; a product without sizes, or
 * a colour without sizes, gets one row of its own) and the import, which
 * reads the same columns back.
 *
 * An import is checked whole before anything is written: every row's problems
 * are reported (row, column, message), with what would be created or updated.
 * A dry run stops there; a real run applies every row in one transaction, and
 * only when no row has a problem. Products are written through the
 * `ProductService` (the same checks, stock movements, from prices and
 * `product.changed` events as the API's), updates as a PATCH: sizes and
 * colours the file does not mention are kept.
 *
 * Rows name their product by `product_slug` (an existing product of yours, to
 * update) or, with it empty, by `name` (consecutive or not, rows with the same
 * name make one new product). Colours are matched by name (any case), sizes
 * by SKU.
 */
import { isUniqueViolation } from '../../db/dialect.js';
import type { AuthUser } from '../../platform/auth.js';
import type { CsvValue } from '../../platform/csv.js';
import type { AppError } from '../../platform/errors.js';
import { formatMinor } from '../../platform/money.js';
import { type Executor, type Trx, transaction } from '../../platform/transaction.js';
import { CatalogErrors } from './catalog.errors.js';
import * as repo from './catalog.repository.js';
import type { PatchProductBody, ProductBody, SizeInput, VariantInput } from './catalog.schemas.js';
import type { CategoryService, CategoryTree } from './categories.service.js';
import type { ProductService } from './products.service.js';

/** The columns, in the export's order. `vendor` is informative: the import ignores it. */
export const PRODUCT_CSV_HEADER = [
  'product_slug',
  'name',
  'description',
  'category',
  'price',
  'active',
  'color',
  'variant_price',
  'size',
  'sku',
  'stock',
  'vendor',
] as const;
type Column = (typeof PRODUCT_CSV_HEADER)[number];
const REQUIRED: readonly Column[] = ['name', 'category', 'price', 'color', 'size', 'sku', 'stock'];

/** Rows an import may hold, and bytes its file may have. */
export const IMPORT_MAX_ROWS = 1000;
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/** Products read per query of an export. */
const EXPORT_BATCH = 200;

// The limits of the product API's body (catalog.schemas.ts), said for people.
const PRICE = /^\d{1,10}(\.\d{1,2})?$/;
const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_VARIANTS = 50;
const MAX_SIZES = 50;
const MAX_STOCK = 1_000_000;

export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

export interface ImportChange {
  /** The product's first row. */
  row: number;
  action: 'create' | 'update';
  name: string;
  /** The product updated; null for a new one. */
  slug: string | null;
  colors: number;
  sizes: number;
}

export interface ImportReport {
  dry_run: boolean;
  /** Whether the rows were written (a real run without problems). */
  applied: boolean;
  rows: number;
  created: number;
  updated: number;
  problems: ImportProblem[];
  changes: ImportChange[];
}

interface SizePlan {
  row: number;
  size: string;
  sku: string;
  stock: number;
}
interface VariantPlan {
  row: number;
  color: string;
  /** Undefined: the file has no `variant_price` column (kept as it is). */
  price: string | null | undefined;
  sizes: SizePlan[];
}
interface ProductPlan {
  row: number;
  slug: string | null;
  /** Product fields as the file gives them; undefined when a column is absent (kept on update). */
  name: string;
  description: string | undefined;
  categorySlug: string;
  price: string;
  active: boolean | undefined;
  variants: VariantPlan[];
  /** Each product field's first value and its row, to check that later rows agree. */
  firstRows: Map<string, number>;
  firstValues: Map<string, string>;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

export interface ProductsCsvDeps {
  db: Executor;
  products: ProductService;
  categories: CategoryService;
}

/** Whether the user may manage every product (managers, admins) or only their own (vendors). */
function managesAll(user: AuthUser): boolean {
  return user.user_type === 'manager' || user.user_type === 'admin';
}

export class ProductsCsv {
  constructor(private readonly deps: ProductsCsvDeps) {}

  // ---- export ----------------------------------------------------------------

  /** Rows of every product `user` may manage (all of them with `all`), a keyset page at a time. */
  async *exportRows(user: AuthUser | 'all'): AsyncGenerator<CsvValue[][]> {
    const { db } = this.deps;
    const filters: repo.ProductFilters = { activeOnly: false };
    if (user !== 'all' && !managesAll(user)) filters.vendorId = user.id;
    let afterId: string | undefined;
    for (;;) {
      const products = await repo.productsAfter(db, filters, afterId, EXPORT_BATCH);
      if (products.length === 0) return;
      const ids = products.map((p) => p.id);
      const vendorIds = [...new Set(products.map((p) => p.vendor_id).filter((v): v is string => v !== null))];
      const [tree, variants, sizes, vendors] = await Promise.all([
        this.deps.categories.tree(),
        repo.variantsOfProducts(db, ids),
        repo.sizesOfProducts(db, ids),
        repo.vendorsByIds(db, vendorIds),
      ]);
      const vendorName = new Map(vendors.map((v) => [v.id, v.username]));
      const rows: CsvValue[][] = [];
      for (const p of products) {
        const product = [
          p.slug,
          p.name,
          p.description,
          tree.byId.get(p.category_id)?.slug ?? '',
          formatMinor(Number(p.price)),
          p.is_active ? 'true' : 'false',
        ];
        const vendor = p.vendor_id ? (vendorName.get(p.vendor_id) ?? '') : '';
        const own = variants.filter((v) => v.product_id === p.id);
        if (own.length === 0) rows.push([...product, '', '', '', '', '', vendor]);
        for (const v of own) {
          const variant = [v.color, v.price === null ? '' : formatMinor(Number(v.price))];
          const ownSizes = sizes.filter((s) => s.variant_id === v.id);
          if (ownSizes.length === 0) rows.push([...product, ...variant, '', '', '', vendor]);
          for (const s of ownSizes) rows.push([...product, ...variant, s.size, s.sku, s.stock, vendor]);
        }
      }
      yield rows;
      if (products.length < EXPORT_BATCH) return;
      afterId = ids[ids.length - 1];
    }
  }

  // ---- import ----------------------------------------------------------------

  /**
   * Checks every row and, unless `dryRun` or a row has a problem, writes them
   * all in one transaction. A real run with problems is 400 `IMPORT_INVALID`
   * with each problem as a field error (`rows.<row>.<column>`).
   */
  async importRows(
    user: AuthUser,
    header: string[],
    records: { row: number; cells: Record<string, string> }[],
    dryRun: boolean,
  ): Promise<ImportReport> {
    const problems: ImportProblem[] = [];
    const plans = planProducts(header, records, problems);
    if (dryRun || problems.length > 0) {
      const tree = await this.deps.categories.tree();
      const changes = await this.#check(this.deps.db, tree, user, plans, problems);
      const report = reportOf(dryRun, false, records.length, changes, problems);
      if (!dryRun) throw importInvalid(report);
      return report;
    }
    let changes: ImportChange[] = [];
    try {
      await transaction(this.deps.db, async (trx) => {
        // Everything read inside the transaction, on its connection (SQLite has only one).
        const tree = await this.deps.categories.tree(trx);
        changes = await this.#check(trx, tree, user, plans, problems);
        if (problems.length > 0) return;
        await this.#apply(trx, tree, user, plans);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw CatalogErrors.importConflict();
      throw err;
    }
    const report = reportOf(false, problems.length === 0, records.length, changes, problems);
    if (problems.length > 0) throw importInvalid(report);
    return report;
  }

  /** Looks up categories, products and SKUs; adds their problems; says what each product would become. */
  async #check(
    executor: Executor,
    tree: CategoryTree,
    user: AuthUser,
    plans: ProductPlan[],
    problems: ImportProblem[],
  ): Promise<ImportChange[]> {
    const slugs = [...new Set(plans.flatMap((p) => (p.slug ? [p.slug] : [])))];
    const existing = new Map<string, repo.ProductRow>();
    for (const chunk of chunks(slugs, 500)) {
      for (const row of await repo.productsBySlugs(executor, chunk)) {
        if (managesAll(user) || row.vendor_id === user.id) existing.set(row.slug, row);
      }
    }
    const skus = plans.flatMap((p) => p.variants.flatMap((v) => v.sizes.map((s) => s.sku)));
    const sizeBySku = new Map<string, { product_id: string; variant_id: string }>();
    for (const chunk of chunks([...new Set(skus)], 500)) {
      for (const row of await repo.sizesWithSkus(executor, chunk)) sizeBySku.set(row.sku, row);
    }
    const variantsByProduct = new Map<string, { id: string; color: string }[]>();
    for (const chunk of chunks(
      [...existing.values()].map((p) => p.id),
      500,
    )) {
      for (const v of await repo.variantsOfProducts(executor, chunk)) {
        const list = variantsByProduct.get(v.product_id) ?? [];
        list.push(v);
        variantsByProduct.set(v.product_id, list);
      }
    }
    const changes: ImportChange[] = [];
    for (const plan of plans) {
      if (plan.categorySlug && !tree.bySlug(plan.categorySlug)) {
        problems.push({
          row: plan.firstRows.get('category') ?? plan.row,
          column: 'category',
          message: `No category has the slug "${plan.categorySlug}".`,
        });
      }
      const product = plan.slug ? existing.get(plan.slug) : undefined;
      if (plan.slug && !product) {
        problems.push({
          row: plan.row,
          column: 'product_slug',
          message: `None of your products has the slug "${plan.slug}"; leave it empty to create a product.`,
        });
      }
      const variants = product ? (variantsByProduct.get(product.id) ?? []) : [];
      for (const v of plan.variants) {
        const known = variants.find((e) => e.color.toLowerCase() === v.color.toLowerCase());
        for (const s of v.sizes) {
          const owner = sizeBySku.get(s.sku);
          if (!owner) continue;
          if (!product || owner.product_id !== product.id) {
            problems.push({
              row: s.row,
              column: 'sku',
              message: `SKU ${s.sku} is already used by another product.`,
            });
          } else if (owner.variant_id !== known?.id) {
            problems.push({
              row: s.row,
              column: 'color',
              message: `SKU ${s.sku} belongs to another colour of this product; a size cannot change colour.`,
            });
          }
        }
      }
      changes.push({
        row: plan.row,
        action: product ? 'update' : 'create',
        name: plan.name || product?.name || '',
        slug: product?.slug ?? null,
        colors: plan.variants.length,
        sizes: plan.variants.reduce((n, v) => n + v.sizes.length, 0),
      });
    }
    problems.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
    return changes;
  }

  /** Writes every product through the product service, in `trx`. */
  async #apply(trx: Trx, tree: CategoryTree, user: AuthUser, plans: ProductPlan[]): Promise<void> {
    for (const plan of plans) {
      const categoryId = plan.categorySlug ? tree.bySlug(plan.categorySlug)?.id : undefined;
      if (plan.slug) {
        const product = (await repo.productsBySlugs(trx, [plan.slug]))[0];
        if (!product) throw CatalogErrors.importConflict();
        const [variants, sizes] = await Promise.all([
          repo.variantsOf(trx, product.id),
          repo.sizesOf(trx, product.id),
        ]);
        const body: PatchProductBody = {
          ...(plan.name ? { name: plan.name } : {}),
          ...(plan.description !== undefined ? { description: plan.description } : {}),
          ...(plan.price ? { price: plan.price } : {}),
          ...(categoryId ? { category: categoryId } : {}),
          ...(plan.active !== undefined ? { is_active: plan.active } : {}),
          variants: plan.variants.map((v): VariantInput => {
            const known = variants.find((e) => e.color.toLowerCase() === v.color.toLowerCase());
            return {
              ...(known ? { id: known.id } : {}),
              color: v.color,
              ...(v.price !== undefined ? { price: v.price } : {}),
              sizes: v.sizes.map((s): SizeInput => {
                const size = sizes.find((e) => e.sku === s.sku);
                return { ...(size ? { id: size.id } : {}), size: s.size, sku: s.sku, stock: s.stock };
              }),
            };
          }),
        };
        await this.deps.products.updateInTransaction(trx, user, product.id, body, 'patch');
      } else {
        const body: ProductBody = {
          name: plan.name,
          price: plan.price,
          category: categoryId ?? '',
          ...(plan.description !== undefined ? { description: plan.description } : {}),
          ...(plan.active !== undefined ? { is_active: plan.active } : {}),
          variants: plan.variants.map((v) => ({
            color: v.color,
            ...(v.price !== undefined ? { price: v.price } : {}),
            sizes: v.sizes.map((s) => ({ size: s.size, sku: s.sku, stock: s.stock })),
          })),
        };
        await this.deps.products.createInTransaction(trx, user, body);
      }
    }
  }
}

function reportOf(
  dryRun: boolean,
  applied: boolean,
  rows: number,
  changes: ImportChange[],
  problems: ImportProblem[],
): ImportReport {
  return {
    dry_run: dryRun,
    applied,
    rows,
    created: changes.filter((c) => c.action === 'create').length,
    updated: changes.filter((c) => c.action === 'update').length,
    problems,
    changes,
  };
}

function importInvalid(report: ImportReport): AppError {
  const errors: Record<string, string[]> = {};
  for (const p of report.problems) {
    const key = `rows.${p.row}.${p.column}`;
    errors[key] = [...(errors[key] ?? []), p.message];
  }
  return CatalogErrors.importInvalid(report.problems.length, errors);
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * The file's rows grouped into products, colours and sizes, with every
 * problem that needs no database: missing or malformed cells, rows of one
 * product that disagree, a SKU twice in the file, too many colours or sizes.
 */
export function planProducts(
  header: string[],
  records: { row: number; cells: Record<string, string> }[],
  problems: ImportProblem[],
): ProductPlan[] {
  const known = new Set<string>(PRODUCT_CSV_HEADER);
  const seenColumns = new Set<string>();
  header.forEach((name) => {
    if (name === '') return;
    if (!known.has(name)) problems.push({ row: 1, column: name, message: `Unknown column "${name}".` });
    else if (seenColumns.has(name))
      problems.push({ row: 1, column: name, message: 'This column appears twice.' });
    seenColumns.add(name);
  });
  for (const column of REQUIRED) {
    if (!seenColumns.has(column))
      problems.push({ row: 1, column, message: `The column "${column}" is missing.` });
  }
  if (problems.length > 0) return [];
  const has = (column: Column) => seenColumns.has(column);

  const plans = new Map<string, ProductPlan>();
  const skuRows = new Map<string, number>();
  for (const { row, cells } of records) {
    const cell = (column: Column) => (cells[column] ?? '').trim();
    const problem = (column: string, message: string) => problems.push({ row, column, message });
    const slug = cell('product_slug');
    const name = cell('name');
    if (!slug && !name) {
      problem('name', 'A new product needs a name (or give the product_slug of one of yours).');
      continue;
    }
    const key = slug ? `slug:${slug}` : `name:${name.toLowerCase()}`;
    let plan = plans.get(key);
    if (!plan) {
      plan = {
        row,
        slug: slug || null,
        name: '',
        description: undefined,
        categorySlug: '',
        price: '',
        active: undefined,
        variants: [],
        firstRows: new Map(),
        firstValues: new Map(),
      };
      plans.set(key, plan);
    }
    const current = plan;
    /** A product field: the first row that gives it decides; later rows may repeat it or leave it empty. */
    const productField = (column: Column, value: string, apply: () => void) => {
      if (value === '') return;
      const first = current.firstRows.get(column);
      if (first === undefined) {
        current.firstRows.set(column, row);
        current.firstValues.set(column, value);
        apply();
      } else if (current.firstValues.get(column) !== value) {
        problem(column, `Differs from row ${first}: the rows of one product must agree.`);
      }
    };

    if (name.length > 200) problem('name', 'At most 200 characters.');
    else
      productField('name', name, () => {
        current.name = name;
      });
    if (has('description')) {
      const description = cells.description ?? '';
      if (description.length > 10_000) problem('description', 'At most 10,000 characters.');
      else if (current.description === undefined || description !== '') current.description = description;
    }
    const category = cell('category');
    productField('category', category, () => {
      current.categorySlug = category;
    });
    const price = cell('price');
    if (price && !PRICE.test(price))
      problem('price', 'Enter a price like 12.50 (at most two decimals, no sign).');
    else
      productField('price', price, () => {
        current.price = price;
      });
    const active = cell('active').toLowerCase();
    if (has('active') && active !== '') {
      if (TRUE_WORDS.has(active)) current.active ??= true;
      else if (FALSE_WORDS.has(active)) current.active ??= false;
      else problem('active', 'Enter true or false.');
    }

    const color = cell('color');
    const size = cell('size');
    const sku = cell('sku');
    const stockText = cell('stock');
    const variantPrice = cell('variant_price');
    if (!color) {
      if (size || sku || stockText || variantPrice) problem('color', 'A size needs its colour.');
      continue;
    }
    if (color.length > 50) {
      problem('color', 'At most 50 characters.');
      continue;
    }
    if (variantPrice && !PRICE.test(variantPrice))
      problem('variant_price', 'Enter a price like 12.50, or leave it empty to use the product price.');
    let variant = plan.variants.find((v) => v.color.toLowerCase() === color.toLowerCase());
    if (!variant) {
      if (plan.variants.length >= MAX_VARIANTS) {
        problem('color', `A product has at most ${MAX_VARIANTS} colours.`);
        continue;
      }
      variant = { row, color, price: has('variant_price') ? variantPrice || null : undefined, sizes: [] };
      plan.variants.push(variant);
    } else if (has('variant_price') && (variantPrice || null) !== variant.price) {
      problem('variant_price', `Differs from row ${variant.row}: the rows of one colour must agree.`);
    }
    if (!size && !sku && !stockText) continue;
    let bad = false;
    const fail = (column: Column, message: string) => {
      bad = true;
      problem(column, message);
    };
    if (!size) fail('size', 'Required (S, M, 42...).');
    else if (size.length > 20) fail('size', 'At most 20 characters.');
    if (!sku) fail('sku', 'Required.');
    else if (sku.length > 64 || !SKU.test(sku))
      fail(
        'sku',
        'Letters, digits, dots, dashes and underscores (at most 64), starting with a letter or digit.',
      );
    else if (skuRows.has(sku)) fail('sku', `SKU ${sku} is also on row ${skuRows.get(sku)}.`);
    else skuRows.set(sku, row);
    const stock = /^\d{1,7}$/.test(stockText) ? Number(stockText) : Number.NaN;
    if (!(stock >= 0 && stock <= MAX_STOCK))
      fail('stock', `A whole number from 0 to ${MAX_STOCK.toLocaleString('en')}.`);
    if (variant.sizes.length >= MAX_SIZES) fail('size', `A colour has at most ${MAX_SIZES} sizes.`);
    if (!bad) variant.sizes.push({ row, size, sku, stock });
  }
  for (const plan of plans.values()) {
    if (plan.slug) continue;
    // A new product needs what the API's create needs.
    if (!plan.categorySlug)
      problems.push({ row: plan.row, column: 'category', message: 'Required for a new product.' });
    if (!plan.price && !problems.some((p) => p.row === plan.row && p.column === 'price'))
      problems.push({ row: plan.row, column: 'price', message: 'Required for a new product.' });
  }
  return [...plans.values()];
}
