/**
 * Products as CSV: the export (vendor's own, staff's all; one row per size;
 * formula-safe), the import's dry run (every bad row reported, nothing
 * written), the real run (all or nothing, through the catalogue service: stock
 * movements, from prices, the public list), the round trip, the limits, and
 * two imports racing for one SKU.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '../src/modules/catalog/products-csv.js';
import { bearer, makeUser } from './auth-helpers.js';
import { makeCategory, makeProduct, sku } from './catalog-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';

let t: TestApp;
let manager: string;
let staff: string;
let vendor: { access: string; user: { id: string; username: string } };
let otherVendor: string;
let customer: string;
let category: { id: string; slug: string };
let other: { id: string; slug: string };

beforeAll(async () => {
  t = await buildTestApp();
  await t.app.ready();
  manager = (await makeUser(t.app, 'manager')).access;
  staff = (await makeUser(t.app, 'staff')).access;
  vendor = await makeUser(t.app, 'vendor', { vendor_status: 'approved' });
  otherVendor = (await makeUser(t.app, 'vendor', { vendor_status: 'approved' })).access;
  customer = (await makeUser(t.app, 'customer')).access;
  category = await makeCategory(t.app, manager, { name: `Shirts ${sku('C')}` });
  other = await makeCategory(t.app, manager, { name: `Hats ${sku('C')}` });
});
afterAll(async () => t.close());

type Rows = Record<string, string>[];

function rowsOf(body: string): Rows {
  return parse(body, { columns: true }) as Rows;
}

function toCsv(rows: Record<string, string | number>[], header?: string[]): string {
  const names = header ?? Object.keys(rows[0] ?? {});
  const cell = (v: string | number | undefined) => {
    const text = v === undefined ? '' : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [names.join(','), ...rows.map((r) => names.map((n) => cell(r[n])).join(','))].join('\r\n');
}

function exportCsv(url: string, token: string) {
  return t.app.inject({ method: 'GET', url, headers: bearer(token) });
}

function importCsv(token: string, csv: string | Buffer, dryRun: boolean, contentType = 'text/csv') {
  return t.app.inject({
    method: 'POST',
    url: `/api/vendor/products/import/?dry_run=${dryRun}`,
    headers: { ...bearer(token), 'content-type': contentType },
    payload: csv,
  });
}

function importMultipart(token: string, csv: string, dryRun: boolean) {
  const boundary = '----mercato-test-boundary';
  const body =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="products.csv"\r\n` +
    `Content-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`;
  return t.app.inject({
    method: 'POST',
    url: `/api/vendor/products/import/?dry_run=${dryRun}`,
    headers: { ...bearer(token), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
}

async function productCount(): Promise<number> {
  const row = await t.db
    .selectFrom('products')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function newRow(over: Record<string, string | number> = {}): Record<string, string | number> {
  return {
    product_slug: '',
    name: `Imported Tee ${sku('N')}`,
    description: 'Soft cotton',
    category: category.slug,
    price: '12.50',
    active: 'true',
    color: 'Blue',
    variant_price: '',
    size: 'M',
    sku: sku('IMP'),
    stock: 4,
    ...over,
  };
}

describe('product CSV export', () => {
  it('gives a vendor their own products, one row per size, formula-like cells defused; staff all; others none', async () => {
    const mine = await makeProduct(t.app, vendor.access, {
      name: '=HYPERLINK("http://evil.test")',
      description: '-1+2 sizes, "quoted", and a\nline break',
      price: '20.00',
      category: category.id,
      variants: [
        {
          color: 'Rouge écarlate',
          price: '22.00',
          sizes: [
            { size: 'S', sku: sku(), stock: 3 },
            { size: 'L', sku: sku(), stock: 0 },
          ],
        },
        { color: 'Noir', sizes: [] },
      ],
    });
    const theirs = await makeProduct(t.app, otherVendor, {
      name: `Other vendor item ${sku('N')}`,
      price: '5.00',
      category: category.id,
    });
    const res = await exportCsv('/api/vendor/products/export.csv', vendor.access);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="products.csv"');
    expect(res.body).toContain(`,"'=HYPERLINK(""http://evil.test"")",`);
    expect(res.body).toContain(`"'-1+2 sizes, ""quoted"", and a\nline break"`);
    const rows = rowsOf(res.body).filter((r) => r.product_slug === mine.slug);
    expect(rows.map((r) => [r.color, r.variant_price, r.size, r.stock, r.vendor])).toEqual([
      ['Rouge écarlate', '22.00', 'S', '3', vendor.user.username],
      ['Rouge écarlate', '22.00', 'L', '0', vendor.user.username],
      ['Noir', '', '', '', vendor.user.username],
    ]);
    expect(rows[0]?.category).toBe(category.slug);
    expect(rows[0]?.price).toBe('20.00');
    expect(rows[0]?.active).toBe('true');
    expect(res.body).not.toContain(theirs.slug);

    const all = await exportCsv('/api/admin/products/export.csv', staff);
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain(theirs.slug);
    expect(all.body).toContain(mine.slug);
    expect((await exportCsv('/api/vendor/products/export.csv', manager)).body).toContain(theirs.slug);
    expect((await exportCsv('/api/admin/products/export.csv', vendor.access)).statusCode).toBe(403);
    expect((await exportCsv('/api/vendor/products/export.csv', customer)).statusCode).toBe(403);
    expect((await exportCsv('/api/vendor/products/export.csv', staff)).statusCode).toBe(403);
  });

  it('round-trips: the export imports back unchanged, and an edited export changes stock through the ledger', async () => {
    const product = await makeProduct(t.app, vendor.access, {
      name: `Round Trip ${sku('N')} — ñandú`,
      description: '=not a formula, just text',
      price: '15.00',
      category: category.id,
      variants: [{ color: 'Green', sizes: [{ size: 'M', sku: sku('RT'), stock: 5 }] }],
    });
    const exported = (await exportCsv('/api/vendor/products/export.csv', vendor.access)).body;
    const dry = await importCsv(vendor.access, exported, true);
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json();
    expect(report.problems).toEqual([]);
    expect(report.created).toBe(0);
    expect(report.updated).toBeGreaterThan(0);
    const applied = await importCsv(vendor.access, exported, false);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json().applied).toBe(true);
    const after = await t.app.inject({
      method: 'GET',
      url: `/api/vendor/products/${product.id}/`,
      headers: bearer(vendor.access),
    });
    const detail = after.json();
    expect(detail.name).toBe(product.name);
    expect(detail.description).toBe('=not a formula, just text');
    expect(detail.variants).toHaveLength(1);
    expect(detail.variants[0].sizes[0].stock).toBe(5);

    // Raise the stock in the file: an adjustment in the ledger, and a new size as an initial movement.
    const rows = rowsOf(exported).filter((r) => r.product_slug === product.slug);
    const size = rows[0] as Record<string, string>;
    const edited = toCsv(
      [
        { ...size, stock: 9, description: size.description?.replace(/^'/, '') ?? '' },
        { ...size, size: 'XL', sku: sku('RT'), stock: 2, description: '' },
      ],
      Object.keys(size),
    );
    const res = await importCsv(vendor.access, edited, false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().changes).toEqual([
      { row: 2, action: 'update', name: product.name, slug: product.slug, colors: 1, sizes: 2 },
    ]);
    const sizes = await t.db
      .selectFrom('product_sizes')
      .select(['size', 'stock', 'id'])
      .where('product_id', '=', product.id)
      .orderBy('position')
      .execute();
    expect(sizes.map((s) => [s.size, s.stock])).toEqual([
      ['M', 9],
      ['XL', 2],
    ]);
    const movements = await t.db
      .selectFrom('stock_movements')
      .select(['kind', 'delta'])
      .where(
        'size_id',
        'in',
        sizes.map((s) => s.id),
      )
      .orderBy('created_at')
      .execute();
    expect(movements.map((m) => [m.kind, m.delta])).toEqual([
      ['initial', 5],
      ['adjustment', 4],
      ['initial', 2],
    ]);
  });
});

describe('product CSV import', () => {
  it('dry run: reports every bad row (row, column, message) and writes nothing', async () => {
    const taken = await makeProduct(t.app, otherVendor, {
      name: `Taken ${sku('N')}`,
      price: '5.00',
      category: category.id,
      variants: [{ color: 'Red', sizes: [{ size: 'M', sku: sku('TAKEN'), stock: 1 }] }],
    });
    const takenSku = taken.variants[0]?.sizes[0]?.sku ?? '';
    const duplicate = sku('DUP');
    const csv = toCsv([
      newRow({ name: 'Good one' }), // row 2
      newRow({ name: '', product_slug: '' }), // row 3: no name
      newRow({ price: '12,50' }), // row 4: bad price
      newRow({ category: 'no-such-category' }), // row 5
      newRow({ sku: duplicate }), // row 6
      newRow({ sku: duplicate }), // row 7: the same SKU again
      newRow({ sku: takenSku }), // row 8: another vendor's SKU
      newRow({ stock: -3 }), // row 9
      newRow({ product_slug: taken.slug }), // row 10: another vendor's product
      newRow({ name: 'Ünïcødé 🧵 Tee', color: 'Bleu ciel' }), // row 11: fine
    ]);
    const before = await productCount();
    const res = await importCsv(vendor.access, csv, true);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report.dry_run).toBe(true);
    expect(report.applied).toBe(false);
    expect(report.rows).toBe(10);
    const problems = report.problems.map((p: { row: number; column: string }) => `${p.row}:${p.column}`);
    expect(problems).toEqual([
      '3:name',
      '4:price',
      '5:category',
      '7:sku',
      '8:sku',
      '9:stock',
      '10:product_slug',
    ]);
    expect(report.problems[3].message).toBe(`SKU ${duplicate} is also on row 6.`);
    expect(report.problems[4].message).toContain('already used by another product');
    expect(report.problems[6].message).not.toContain(taken.name);
    expect(report.changes.map((c: { name: string; action: string }) => c.action)).toContain('create');
    expect(report.changes.some((c: { name: string }) => c.name === 'Ünïcødé 🧵 Tee')).toBe(true);
    expect(await productCount()).toBe(before);

    // The same file for real: 400 with each problem as a field error, and still nothing written.
    const real = await importCsv(vendor.access, csv, false);
    expect(real.statusCode).toBe(400);
    const problem = problemOf(real);
    expect(problem.code).toBe('IMPORT_INVALID');
    expect(problem.errors?.['rows.4.price']).toEqual([
      'Enter a price like 12.50 (at most two decimals, no sign).',
    ]);
    expect(Object.keys(problem.errors ?? {})).toHaveLength(7);
    expect(await productCount()).toBe(before);
  });

  it('a real run creates the products through the catalogue: public list, from price, stock movements', async () => {
    const name = `Fresh Import ${sku('N')}`;
    const csv = toCsv([
      newRow({ name, color: 'Blue', size: 'S', sku: sku('F'), stock: 0 }),
      newRow({ name, color: 'Blue', size: 'M', sku: sku('F'), stock: 3 }),
      newRow({ name, color: 'White', variant_price: '9.99', size: 'M', sku: sku('F'), stock: 2 }),
      newRow({ name: `${name} hidden`, active: 'false' }),
    ]);
    const res = await importMultipart(vendor.access, csv, false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ applied: true, created: 2, updated: 0, problems: [] });
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/products/?search=${encodeURIComponent(name)}`,
    });
    const results = list.json().results;
    expect(results.map((p: { name: string }) => p.name)).toEqual([name]);
    expect(results[0]).toMatchObject({ price: '12.50', from_price: '9.99', in_stock: true });
    expect(results[0].vendor.id).toBe(vendor.user.id);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/products/${results[0].slug}/` })).json();
    expect(
      detail.variants.map((v: { color: string; sizes: unknown[] }) => [v.color, v.sizes.length]),
    ).toEqual([
      ['Blue', 2],
      ['White', 1],
    ]);
    const movements = await t.db
      .selectFrom('stock_movements')
      .innerJoin('product_sizes', 'product_sizes.id', 'stock_movements.size_id')
      .select(['stock_movements.kind', 'stock_movements.delta'])
      .where('product_sizes.product_id', '=', detail.id)
      .execute();
    expect(movements.map((m) => [m.kind, m.delta]).sort()).toEqual([
      ['initial', 2],
      ['initial', 3],
    ]);
  });

  it('refuses what is not a readable CSV file: encodings, size, rows, media types; and who may import', async () => {
    const latin1 = Buffer.from(
      `name,category,price,color,size,sku,stock\nCaf\xe9,${category.slug},1.00,Red,M,X1,1\n`,
      'latin1',
    );
    const encoding = await importCsv(vendor.access, latin1, true);
    expect(encoding.statusCode).toBe(400);
    expect(problemOf(encoding).code).toBe('IMPORT_UNREADABLE');

    const bom = await importCsv(vendor.access, `\ufeff${toCsv([newRow()])}`, true);
    expect(bom.statusCode, bom.body).toBe(200);
    expect(bom.json().problems).toEqual([]);

    const broken = await importCsv(vendor.access, 'name,category\n"unclosed,quote\n', true);
    expect(broken.statusCode).toBe(400);
    expect(problemOf(broken).code).toBe('IMPORT_UNREADABLE');

    const empty = await importCsv(vendor.access, '', true);
    expect(empty.statusCode).toBe(400);

    const header = 'name,category,price,color,size,sku,stock';
    const many = [
      header,
      ...Array.from(
        { length: IMPORT_MAX_ROWS + 1 },
        (_, i) => `P${i},${category.slug},1.00,Red,M,MANY-${i},1`,
      ),
    ].join('\n');
    const tooMany = await importCsv(vendor.access, many, true);
    expect(tooMany.statusCode).toBe(400);
    expect(problemOf(tooMany).detail).toContain(`more than ${IMPORT_MAX_ROWS} rows`);

    const huge = await importCsv(vendor.access, `${header}\n${'x'.repeat(IMPORT_MAX_BYTES)}`, true);
    expect(huge.statusCode).toBe(413);

    const json = await t.app.inject({
      method: 'POST',
      url: '/api/vendor/products/import/',
      headers: bearer(vendor.access),
      payload: { name: 'x' },
    });
    expect(json.statusCode).toBe(415);

    const columns = await importCsv(vendor.access, 'name,price,colour\nA,1.00,Red\n', true);
    expect(columns.statusCode).toBe(200);
    expect(columns.json().problems.map((p: { column: string }) => p.column)).toEqual([
      'category',
      'color',
      'colour',
      'size',
      'sku',
      'stock',
    ]);

    expect((await importCsv(customer, toCsv([newRow()]), true)).statusCode).toBe(403);
    expect((await importCsv(staff, toCsv([newRow()]), true)).statusCode).toBe(403);
    const pending = (await makeUser(t.app, 'vendor')).access;
    expect((await importCsv(pending, toCsv([newRow()]), true)).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/vendor/products/import/', payload: 'a' })).statusCode,
    ).toBe(401);
  });

  it('lets a vendor update only their own products; a manager any, moving it to another category', async () => {
    const mine = await makeProduct(t.app, vendor.access, {
      name: `Mine ${sku('N')}`,
      price: '5.00',
      category: category.id,
      variants: [{ color: 'Red', sizes: [{ size: 'M', sku: sku('OWN'), stock: 1 }] }],
    });
    const row = {
      ...newRow({ product_slug: mine.slug, name: mine.name, category: other.slug, price: '6.00' }),
      color: 'Red',
      size: 'M',
      sku: mine.variants[0]?.sizes[0]?.sku ?? '',
      stock: 1,
    };
    const byOther = await importCsv(otherVendor, toCsv([row]), true);
    expect(byOther.json().problems.map((p: { column: string }) => p.column)).toEqual(['product_slug', 'sku']);
    const byManager = await importCsv(manager, toCsv([row]), false);
    expect(byManager.statusCode, byManager.body).toBe(200);
    const after = await t.db
      .selectFrom('products')
      .select(['category_id', 'price', 'vendor_id'])
      .where('id', '=', mine.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ category_id: other.id, price: 600, vendor_id: vendor.user.id });
    // A size cannot move to another colour.
    const moved = await importCsv(vendor.access, toCsv([{ ...row, color: 'Blue' }]), true);
    expect(moved.json().problems).toEqual([
      {
        row: 2,
        column: 'color',
        message: `SKU ${row.sku} belongs to another colour of this product; a size cannot change colour.`,
      },
    ]);
  });

  it('two imports racing for one new SKU: one writes it, the other is refused whole, never a 500', async () => {
    const shared = sku('RACE');
    const files = [0, 1].map((i) =>
      toCsv([
        newRow({ name: `Racer ${i} ${sku('N')}`, sku: shared }),
        newRow({ name: `Racer extra ${i} ${sku('N')}` }),
      ]),
    );
    const results = await Promise.all(files.map((csv) => importCsv(vendor.access, csv, false)));
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses[0]).toBe(200);
    expect([400, 409]).toContain(statuses[1]);
    const loser = results.find((r) => r.statusCode !== 200);
    expect(['IMPORT_INVALID', 'IMPORT_CONFLICT']).toContain(
      problemOf(loser as (typeof results)[number]).code,
    );
    const sizes = await t.db
      .selectFrom('product_sizes')
      .select('product_id')
      .where('sku', '=', shared)
      .execute();
    expect(sizes).toHaveLength(1);
    // The loser's other product was not written either.
    const racers = await t.db
      .selectFrom('products')
      .select('name')
      .where('name', 'like', 'Racer extra%')
      .execute();
    expect(racers).toHaveLength(1);
  });
});
