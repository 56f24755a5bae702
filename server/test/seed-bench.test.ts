/**
 * `mercato seed --bench` on a small generated fixture (through the real CLI),
 * its refusal on a database with other users, one run on the real bench data
 * when `shared/bench-data` is present, and the demo seed (idempotent).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeeders } from '../src/app.js';
import { connect } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedBench } from '../src/modules/catalog/bench-seed.js';
import { BENCH_LOYALTY } from '../src/modules/loyalty/index.js';
import { bearer, login, makeUser } from './auth-helpers.js';
import { buildTestApp, createTestDatabase, type TestDatabase, testConfig, userRow } from './helpers.js';
import { cli } from './processes.js';

const REAL_DATA = path.resolve(import.meta.dirname, '../../../shared/bench-data');

function fixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mercato-bench-fixture-'));
  const write = (name: string, text: string) =>
    writeFileSync(path.join(dir, `${name}.csv.gz`), gzipSync(text));
  write('categories', 'id,name,slug\n1,Hoodies,hoodies\n2,Caps,caps\n');
  write(
    'products',
    [
      'id,name,slug,description,price,category_id,is_active,created_at',
      '10,Cotton Hoodie 1,cotton-hoodie-1,"Warm, soft ""cotton"" hoodie.",49.90,1,t,2026-11-22 03:17:20.297544+00',
      '11,Wool Cap 2,wool-cap-2,A cap.,15,2,f,2026-11-22 03:17:21.5+00',
      '12,Cotton Cap 3,cotton-cap-3,Another cap.,12.50,2,t,2026-11-22 03:17:22+00',
    ].join('\n'),
  );
  write(
    'variants',
    'id,product_id,color,price\n100,10,Grey,49.90\n101,10,Navy,52.00\n102,11,Red,15.00\n103,12,Sand,12.50\n',
  );
  write(
    'sizes',
    'id,variant_id,size,stock\n1000,100,S,4\n1001,100,M,0\n1002,101,L,7\n1003,102,One,2\n1004,103,One,0\n',
  );
  return dir;
}

// Some cases run the CLI as a process (tsx compiling the sources): slow on a busy machine.
describe('mercato seed --bench', { timeout: 60_000 }, () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    database = await createTestDatabase();
    env = { DATA_DIR: database.settings.DATA_DIR, DATABASE_URL: database.settings.DATABASE_URL };
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('loads the CSVs: new ids, slugs kept, minor units, booleans, UTC times, SKUs, initial movements, the bench user', async () => {
    const run = await cli(['seed', '--bench', '--path', fixture()], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 categories, 3 products, 4 variants, 5 sizes (3 initial stock movements)');
    // Loyalty's bench data, through its module's benchSeed: 10,000 customers with accounts and points.
    expect(run.stdout).toMatch(/Bench loyalty loaded in [\d.]+ s: 10000 accounts .* 13334 ledger rows\./);

    const { db } = connect(testConfig(database.settings));
    try {
      const products = await db.selectFrom('products').selectAll().orderBy('slug').execute();
      expect(products.map((p) => [p.slug, Number(p.price), p.is_active, p.created_at, p.vendor_id])).toEqual([
        ['cotton-cap-3', 1250, true, '2026-11-22T03:17:22.000Z', null],
        ['cotton-hoodie-1', 4990, true, '2026-11-22T03:17:20.297Z', null],
        ['wool-cap-2', 1500, false, '2026-11-22T03:17:21.500Z', null],
      ]);
      expect(products.every((p) => /^[0-9a-f-]{36}$/.test(p.id))).toBe(true);
      expect(products.find((p) => p.slug === 'cotton-hoodie-1')?.description).toBe(
        'Warm, soft "cotton" hoodie.',
      );
      const sizes = await db
        .selectFrom('product_sizes')
        .select(['sku', 'stock', 'product_id'])
        .orderBy('sku')
        .execute();
      expect(sizes.map((s) => [s.sku, s.stock])).toEqual([
        ['BENCH-1000', 4],
        ['BENCH-1001', 0],
        ['BENCH-1002', 7],
        ['BENCH-1003', 2],
        ['BENCH-1004', 0],
      ]);
      const hoodie = products.find((p) => p.slug === 'cotton-hoodie-1');
      expect(sizes.filter((s) => s.product_id === hoodie?.id)).toHaveLength(3);
      const moves = await db
        .selectFrom('stock_movements')
        .select(['sku', 'delta', 'kind'])
        .orderBy('sku')
        .execute();
      expect(moves).toEqual([
        { sku: 'BENCH-1000', delta: 4, kind: 'initial' },
        { sku: 'BENCH-1002', delta: 7, kind: 'initial' },
        { sku: 'BENCH-1003', delta: 2, kind: 'initial' },
      ]);
      const users = await db
        .selectFrom('users')
        .select(['email', 'username', 'user_type', 'first_name', 'last_name'])
        .where('email', 'not like', 'bench-loyalty-%')
        .execute();
      expect(users).toEqual([
        {
          email: 'bench@example.com',
          username: 'bench',
          user_type: 'creator',
          first_name: 'Bench',
          last_name: 'User',
        },
      ]);
      const accounts = await db
        .selectFrom('loyalty_accounts as a')
        .innerJoin('users as u', 'u.id', 'a.user_id')
        .select(['u.email', 'u.user_type', 'a.customer_code', 'u.customer_code as user_code', 'a.balance'])
        .orderBy('a.customer_code')
        .execute();
      expect(accounts).toHaveLength(10_000);
      expect(accounts[0]).toMatchObject({
        email: 'bench-loyalty-0@example.com',
        customer_code: 'CUST-00001',
      });
      expect(accounts[9_999]).toMatchObject({
        email: 'bench-loyalty-9999@example.com',
        customer_code: 'CUST-10000',
      });
      expect(accounts.every((a) => a.user_type === 'customer' && a.customer_code === a.user_code)).toBe(true);
      // Deterministic figures: customer n earned 50 + 37n mod 950 and every third spent a fifth.
      expect(accounts.slice(0, 4).map((a) => a.balance)).toEqual([40, 87, 124, 129]);
      // Every balance is its ledger's sum and its last row's balance_after.
      const sums = await db
        .selectFrom('loyalty_ledger')
        .select([
          'user_id',
          (eb) => eb.fn.sum<number>('points').as('sum'),
          (eb) => eb.fn.countAll<number>().as('n'),
        ])
        .groupBy('user_id')
        .execute();
      const balances = await db.selectFrom('loyalty_accounts').select(['user_id', 'balance']).execute();
      const sumOf = new Map(sums.map((r) => [r.user_id, Number(r.sum)]));
      expect(balances.every((b) => sumOf.get(b.user_id) === b.balance)).toBe(true);
      expect(sums.reduce((n, r) => n + Number(r.n), 0)).toBe(13_334);
      // The next registration continues after the block of codes.
      const seq = await db
        .selectFrom('sequences')
        .select('value')
        .where('name', '=', 'customer_code')
        .executeTakeFirstOrThrow();
      expect(Number(seq.value)).toBe(10_000);
    } finally {
      await db.destroy();
    }
  });

  it('refuses a second load and a database with other users (non-zero exit, clear message)', async () => {
    const again = await cli(['seed', '--bench', '--path', fixture()], env);
    expect(again.code).not.toBe(0);
    // Refused before anything is read: the bench's own loyalty customers are there already.
    expect(again.stderr).toContain('not loading the bench data: this database has other users (bench-');

    const other = await createTestDatabase();
    try {
      const { db } = connect(testConfig(other.settings));
      try {
        await migrateToLatest(db);
        await db
          .insertInto('users')
          .values(userRow({ email: 'someone@example.com' }))
          .execute();
      } finally {
        await db.destroy();
      }
      const run = await cli(['seed', '--bench', '--path', fixture()], {
        DATA_DIR: other.settings.DATA_DIR,
        DATABASE_URL: other.settings.DATABASE_URL,
      });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('other users (someone@example.com)');
      const check = connect(testConfig(other.settings)).db;
      try {
        expect(await check.selectFrom('products').select('id').execute()).toEqual([]);
      } finally {
        await check.destroy();
      }
    } finally {
      await other.drop();
    }
  });

  it('says so when the directory has no bench data', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'mercato-empty-'));
    const fresh = await createTestDatabase();
    try {
      const run = await cli(['seed', '--bench', '--path', empty], {
        DATA_DIR: fresh.settings.DATA_DIR,
        DATABASE_URL: fresh.settings.DATABASE_URL,
      });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('cannot read');
    } finally {
      await fresh.drop();
    }
  });
});

describe.skipIf(!existsSync(path.join(REAL_DATA, 'products.csv.gz')))('the real bench data', () => {
  it('loads in seconds and answers the benchmarked requests', { timeout: 60_000 }, async () => {
    const t = await buildTestApp();
    try {
      const started = Date.now();
      const n = await seedBench(t.db, REAL_DATA);
      const seconds = (Date.now() - started) / 1000;
      expect(n).toMatchObject({ categories: 20, products: 10_000, variants: 20_000, sizes: 60_000 });
      expect(seconds).toBeLessThan(20);
      const list = await t.app.inject({ method: 'GET', url: '/api/products/' });
      expect(list.json().count).toBe(9_500);
      const filtered = await t.app.inject({
        method: 'GET',
        url: '/api/products/?category=hoodies&search=cotton&ordering=-price',
      });
      expect(filtered.json().count).toBe(63);
      const detail = await t.app.inject({ method: 'GET', url: '/api/products/coastal-cotton-hoodie-08682/' });
      expect(detail.statusCode).toBe(200);
      expect(detail.json()).toMatchObject({
        name: 'Coastal Cotton Hoodie 08682',
        price: '199.26',
        category: { slug: 'hoodies' },
      });
      expect((await login(t.app, 'bench@example.com', 'Bench-Passw0rd!')).res.statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('loyalty bench data', () => {
  it('its customers sign in, show their card and are scanned at the POS with their points', {
    timeout: 60_000,
  }, async () => {
    const t = await buildTestApp();
    try {
      const lines: string[] = [];
      await runSeeders(t.app.ctx, (l) => lines.push(l), 'benchSeed');
      expect(lines).toHaveLength(1);
      const customer = await t.app.inject({
        method: 'POST',
        url: '/api/auth/customer/login/',
        payload: { email: `${BENCH_LOYALTY.prefix}-4@example.com`, password: BENCH_LOYALTY.password },
      });
      expect(customer.statusCode, customer.body).toBe(200);
      const me = await t.app.inject({
        method: 'GET',
        url: '/api/loyalty/me/',
        headers: bearer(customer.json().token),
      });
      expect(me.json()).toMatchObject({ customer_id: 'CUST-00005', balance: 198 });
      expect(me.json().recent_history.map((r: { kind: string }) => r.kind)).toEqual(['earn']);
      const staff = bearer((await makeUser(t.app, 'staff')).access);
      const scan = await t.app.inject({
        method: 'POST',
        url: '/api/pos/scan-user/',
        headers: staff,
        payload: { qr_data: me.json().qr_data },
      });
      expect(scan.statusCode).toBe(200);
      expect(scan.json()).toMatchObject({ customer: { customer_id: 'CUST-00005' }, balance: 198 });
      // A second run adds nothing.
      const again: string[] = [];
      await runSeeders(t.app.ctx, (l) => again.push(l), 'benchSeed');
      expect(again).toEqual([]);
      const n = await t.db
        .selectFrom('loyalty_accounts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(n.n)).toBe(10_000);
    } finally {
      await t.close();
    }
  });
});

describe('demo seed', () => {
  it('creates a small shop with pictures once, and nothing the second time', async () => {
    const t = await buildTestApp();
    try {
      const lines: string[] = [];
      await runSeeders(t.app.ctx, (l) => lines.push(l));
      expect(
        lines.some((l) =>
          l.startsWith('Demo catalogue: 6 categories and 8 products sold by vendor@example.com'),
        ),
      ).toBe(true);
      const list = await t.app.inject({ method: 'GET', url: '/api/products/?category=clothing' });
      expect(list.json().count).toBe(4);
      const first = list.json().results[0] as { image: string; slug: string };
      const image = await t.app.inject({ method: 'GET', url: first.image });
      expect(image.statusCode).toBe(200);
      // Lists show the main picture's WebP web size (the demo pictures are drawn at 800 × 800).
      expect(image.headers['content-type']).toBe('image/webp');
      expect(first.image).toMatch(/\.web\.webp$/);
      const movements = await t.db.selectFrom('stock_movements').select(['kind']).execute();
      const stocked = await t.db.selectFrom('product_sizes').select('id').where('stock', '>', 0).execute();
      expect(movements.length).toBe(stocked.length);
      const again: string[] = [];
      await runSeeders(t.app.ctx, (l) => again.push(l));
      expect(again).toEqual([]);
      expect((await t.db.selectFrom('products').select('id').execute()).length).toBe(8);
    } finally {
      await t.close();
    }
  });
});
