/**
 * Order documents and product CSV, at desktop and phone widths: a customer
 * downloads their order's invoice (a real PDF named after the order); a
 * vendor checks a CSV with a bad row (the report names it, nothing is
 * written), fixes it and imports, and the products are in the shop.
 */
import fs from 'node:fs';
import { expect, test } from './fixtures.js';
import { adminApi, registerThroughApi, signIn, uniqueEmail } from './helpers.js';
import { apiAs, createCategory, placeOrderThroughApi, productOnSale } from './shop-helpers.js';

const WIDTHS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

for (const { name: width, viewport } of WIDTHS) {
  test.describe(`at ${width} width`, () => {
    test.use({ viewport });

    test('a customer downloads the invoice of their order as a PDF', async ({
      page,
      baseURL,
      consoleErrors,
    }) => {
      const admin = await adminApi(baseURL!);
      const tag = `${width}-${Date.now().toString(36)}`;
      const product = await productOnSale(admin, tag, {
        category: 'Aprons',
        name: 'Linen apron — Zoë',
        price: '24.00',
        variants: [{ color: 'Natural', sizes: [{ size: 'One size', sku: 'APRON', stock: 5 }] }],
      });
      const email = uniqueEmail('ines');
      const password = 'Linen-Apron-Invoice-7';
      await registerThroughApi(baseURL!, { email, password, user_type: 'customer', first_name: 'Inès' });
      const customer = await apiAs(baseURL!, email, password);
      const sizeId = product.variants[0]?.sizes[0]?.id ?? '';
      const order = await placeOrderThroughApi(customer, sizeId, `invoice-${tag}`);

      await signIn(page, email, password);
      await page.goto(`/orders/${order.id}`);
      await expect(
        page.getByRole('heading', { level: 1, name: `Order ${order.order_number}` }),
      ).toBeVisible();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download invoice (PDF)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`invoice-${order.order_number}.pdf`);
      const file = await download.path();
      const bytes = fs.readFileSync(file);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(1000);
      expect(consoleErrors).toEqual([]);
    });

    test('a vendor imports products from CSV: a bad row is reported, fixed, then imported', async ({
      page,
      baseURL,
      consoleErrors,
    }) => {
      const admin = await adminApi(baseURL!);
      const tag = `${width}-${Date.now().toString(36)}`;
      const category = await createCategory(admin, `Candles ${tag}`);
      const email = uniqueEmail('vendor-csv');
      const password = 'Candle-Maker-Import-3';
      const vendor = await registerThroughApi(baseURL!, {
        email,
        password,
        user_type: 'vendor',
        first_name: 'Céleste',
      });
      const approved = await admin.post(`/api/admin/users/${vendor.id}/approve-vendor/`, { data: {} });
      expect(approved.status(), await approved.text()).toBe(200);

      const header = 'product_slug,name,description,category,price,active,color,variant_price,size,sku,stock';
      const row = (name: string, price: string, size: string, stock: number) =>
        `,${name},Hand-poured,${category.slug},${price},true,Amber,,${size},${`C-${tag}-${size}`.replace(/[^A-Za-z0-9._-]/g, '')},${stock}`;
      const beeswax = `Beeswax candle ${tag}`;
      const soy = `Soy candle ${tag}`;
      const bad = [
        header,
        row(beeswax, '9.50', 'S', 4),
        row(beeswax, '9.50', 'L', 2),
        row(soy, '7.0O', 'M', 3),
      ].join('\n');
      const good = bad.replace('7.0O', '7.00');

      await signIn(page, email, password);
      await page.goto('/vendor/products');
      await expect(page.getByRole('heading', { level: 1, name: 'My products' })).toBeVisible();
      await page.getByText('Import or export products (CSV)').click();
      const picker = page.getByLabel('CSV file to import');
      await picker.setInputFiles({ name: 'candles.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
      const problems = page.getByTestId('import-problems');
      await expect(problems).toBeVisible();
      // The body's rows (on a phone the table is stacked cards, its header hidden).
      const problemRows = problems.locator('tbody tr');
      await expect(problemRows).toHaveCount(1);
      await expect(problemRows.first()).toContainText('4');
      await expect(problemRows.first()).toContainText('price');
      await expect(
        page.getByText('1 problem to fix first (nothing was imported).', { exact: false }),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: /^Import \d+ products?$/ })).toHaveCount(0);
      const before = await (await admin.get(`/api/products/?search=${encodeURIComponent(tag)}`)).json();
      expect(before.count).toBe(0);

      await picker.setInputFiles({ name: 'candles.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
      await expect(page.getByText('No problems found.', { exact: false })).toBeVisible();
      await expect(page.getByTestId('import-changes').locator('tbody tr')).toHaveCount(2);
      await page.getByRole('button', { name: 'Import 2 products' }).click();
      await expect(page.getByText('Imported: 2 products created, 0 products updated.')).toBeVisible();
      await expect(page.getByRole('link', { name: beeswax })).toBeVisible();
      await expect(page.getByRole('link', { name: soy })).toBeVisible();

      const after = await (await admin.get(`/api/products/?search=${encodeURIComponent(tag)}`)).json();
      expect(after.results.map((p: { name: string }) => p.name).sort()).toEqual([beeswax, soy].sort());
      expect(consoleErrors).toEqual([]);
    });
  });
}
