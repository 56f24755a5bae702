/**
 * The admin dashboard shows the figures of the orders placed here (read
 * before and after through the same reports API), at desktop and phone widths;
 * the storefront home features products in stock and says nothing of databases.
 */
import type { APIRequestContext } from '@playwright/test';
import { E2E_ADMIN } from './accounts.js';
import { expect, test } from './fixtures.js';
import { adminApi, expectNoSidewaysScroll, registerThroughApi, signIn, uniqueEmail } from './helpers.js';
import { apiAs, productOnSale } from './shop-helpers.js';

const PASSWORD = 'Copper-Kettle-Harbour-58';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

interface Sales {
  currency: string;
  totals: { orders: number; sold_orders: number; revenue: string; average_order_value: string };
}

async function sales(admin: APIRequestContext): Promise<Sales> {
  const response = await admin.get('/api/admin/reports/sales/?days=7');
  expect(response.status()).toBe(200);
  return (await response.json()) as Sales;
}

async function failed(admin: APIRequestContext): Promise<number> {
  const response = await admin.get('/api/admin/reports/payments/?days=7');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { failed: number }).failed;
}

/** Cart → intent → checkout for `quantity` units with `method`; answers the checkout's status. */
async function buy(customer: APIRequestContext, sizeId: string, quantity: number, method: string) {
  const cart = await customer.get('/api/cart/');
  const items = ((await cart.json()) as { items: { id: string }[] }).items;
  for (const item of items) await customer.delete(`/api/cart/remove/${item.id}/`);
  expect((await customer.post('/api/cart/add/', { data: { size_id: sizeId, quantity } })).status()).toBe(200);
  const intent = await customer.post('/api/orders/create-payment-intent/', { data: {} });
  expect(intent.status(), await intent.text()).toBe(201);
  const { payment_intent_id } = (await intent.json()) as { payment_intent_id: string };
  const checkout = await customer.post('/api/orders/checkout/', {
    data: {
      payment_intent_id,
      payment_method: method,
      shipping_address: {
        full_name: 'Dana',
        line1: '1 Quay',
        city: 'Cork',
        postal_code: 'T12',
        country: 'IE',
      },
    },
  });
  return checkout.status();
}

const money = (amount: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(Number(amount));

test.describe('admin dashboard', () => {
  test('its figures match the orders placed, at desktop and phone widths', async ({
    page,
    baseURL,
    consoleErrors,
  }) => {
    const admin = await adminApi(baseURL!);
    const tag = Date.now().toString(36);
    const product = await productOnSale(admin, tag, {
      category: 'Dashboard',
      name: 'Dashboard Lamp',
      price: '25.00',
      variants: [
        {
          color: 'Brass',
          sizes: [
            { size: 'One', sku: 'DASH-LAMP', stock: 40 },
            { size: 'Tall', sku: 'DASH-LAMP-TALL', stock: 1 },
          ],
        },
      ],
    });
    const sizeId = product.variants[0]!.sizes[0]!.id;
    const email = uniqueEmail('dashboard');
    await registerThroughApi(baseURL!, { email, password: PASSWORD, user_type: 'customer' });
    const before = await sales(admin);
    const failedBefore = await failed(admin);

    const customer = await apiAs(baseURL!, email, PASSWORD);
    expect(await buy(customer, sizeId, 7, 'pm_card_visa')).toBe(201);
    expect(await buy(customer, sizeId, 5, 'pm_card_visa')).toBe(201);
    expect(await buy(customer, sizeId, 1, 'pm_card_chargeDeclined')).toBe(402);

    const after = await sales(admin);
    expect(after.totals.orders).toBe(before.totals.orders + 2);
    expect(Math.round(Number(after.totals.revenue) * 100)).toBe(
      Math.round(Number(before.totals.revenue) * 100) + 30_000,
    );
    expect(await failed(admin)).toBe(failedBefore + 1);

    await page.setViewportSize(DESKTOP);
    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.goto('/admin?days=7');
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(page.getByTestId('stat-orders')).toHaveText(String(after.totals.orders));
    await expect(page.getByTestId('stat-revenue')).toHaveText(money(after.totals.revenue));
    await expect(page.getByTestId('stat-aov')).toHaveText(money(after.totals.average_order_value));
    await expect(page.getByTestId('stat-failed')).toHaveText(String(failedBefore + 1));
    await expect(page.getByTestId('dashboard-range')).toContainText('(7 days, UTC)');
    // 12 lamps: the best seller of the week, linked to its page.
    const top = page.getByTestId('top-products');
    await expect(top.getByRole('row').nth(1)).toContainText(`Dashboard Lamp ${tag}`);
    await expect(top.getByRole('row').nth(1)).toContainText('12');
    await expect(top.getByRole('link', { name: `Dashboard Lamp ${tag}` })).toHaveAttribute(
      'href',
      `/shop/products/${product.slug}`,
    );
    await expect(page.getByTestId('status-paid')).not.toHaveText('0');
    await expect(page.getByTestId('sales-chart').locator('.recharts-surface').first()).toBeVisible();
    // The tall lamp (1 left) is low on stock, and links to its SKU in the inventory.
    const low = page
      .getByTestId('low-stock')
      .getByRole('link', { name: new RegExp(`Dashboard Lamp ${tag}, Brass Tall`) });
    if (await low.count()) {
      await low.click();
      await expect(page).toHaveURL(new RegExp(`/admin/inventory\\?search=DASH-LAMP-TALL-${tag}`));
      await page.goBack();
    }

    // The period is in the URL: 90 days, then a range of dates.
    await page.getByRole('radio', { name: '90 days' }).click();
    await expect(page.getByRole('radio', { name: '90 days' })).toBeChecked();
    await expect(page).toHaveURL(/\/admin\?days=90$/);
    await expect(page.getByTestId('dashboard-range')).toContainText('(90 days, UTC)');
    const today = new Date().toISOString().slice(0, 10);
    await page.getByLabel('From').fill(today);
    await page.getByLabel('to', { exact: true }).fill(today);
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(new RegExp(`from=${today}&to=${today}`));
    await expect(page.getByTestId('dashboard-range')).toContainText('(1 day, UTC)');
    const todays = await (await admin.get(`/api/admin/reports/sales/?from=${today}&to=${today}`)).json();
    await expect(page.getByTestId('stat-orders')).toHaveText(String(todays.totals.orders));

    await page.setViewportSize(PHONE);
    await page.goto('/admin?days=7');
    await expect(page.getByTestId('stat-revenue')).toHaveText(money(after.totals.revenue));
    await expect(page.getByTestId('sales-chart')).toBeVisible();
    await expectNoSidewaysScroll(page, '/admin at 390px');
    await page.waitForLoadState('networkidle');
    expect(consoleErrors).toEqual([]);
    await customer.dispose();
    await admin.dispose();
  });

  test('customers cannot open it', async ({ page, baseURL }) => {
    const email = uniqueEmail('not-staff');
    await registerThroughApi(baseURL!, { email, password: PASSWORD, user_type: 'customer' });
    await signIn(page, email, PASSWORD);
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toHaveCount(0);
  });
});

test.describe('storefront home', () => {
  for (const [name, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    test(`features categories and products in stock, no talk of databases (${name})`, async ({
      page,
      baseURL,
      consoleErrors,
    }) => {
      const admin = await adminApi(baseURL!);
      const tag = Date.now().toString(36);
      await productOnSale(admin, tag, {
        category: 'Home',
        name: 'Featured Kettle',
        price: '30.00',
        variants: [{ color: 'Steel', sizes: [{ size: 'One', sku: 'KETTLE', stock: 5 }] }],
      });
      await admin.dispose();
      await page.setViewportSize(size);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Mercato' })).toBeVisible();
      const featured = page.getByTestId('featured-products');
      await expect(featured.getByRole('link', { name: `Featured Kettle ${tag}` })).toBeVisible();
      await expect(page.getByTestId('featured-categories').getByRole('listitem').first()).toBeVisible();
      await expect(page.locator('main')).not.toContainText(/database|SQLite|PostgreSQL|Redis/i);
      // Developer links live in the footer, not the header.
      const mainNav = page.getByRole('navigation', { name: 'Main', includeHidden: true });
      await expect(mainNav.getByRole('link', { name: 'API docs', includeHidden: true })).toHaveCount(0);
      await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Swagger UI' })).toHaveAttribute(
        'href',
        '/api/schema/swagger/',
      );
      // Searching from the home opens the results.
      await page.getByLabel('Search products').fill(`Kettle ${tag}`);
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(page).toHaveURL(/\/shop\/products\?search=/);
      await expect(page.getByRole('link', { name: `Featured Kettle ${tag}` })).toBeVisible();
      await expectNoSidewaysScroll(page, `home at ${size.width}px`);
      expect(consoleErrors).toEqual([]);
    });
  }
});
