/**
 * Saved addresses, staff's customer page and vendors' own orders, at desktop
 * and phone widths: a shopper saves an address at checkout and the next
 * checkout preselects it; staff open the customer's page and see the order and
 * the spend; a vendor sees the order of their product and not another
 * vendor's line in it.
 */
import type { APIRequestContext } from '@playwright/test';
import { E2E_ADMIN } from './accounts.js';
import { expect, test } from './fixtures.js';
import {
  adminApi,
  expectNoSidewaysScroll,
  registerThroughApi,
  signIn,
  signOut,
  uniqueEmail,
} from './helpers.js';
import { apiAs, createCategory, createProduct } from './shop-helpers.js';

const PASSWORD = 'Analytical-Engine-1843';
const WIDTHS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

/** An approved vendor with one product of one size (10 in stock), selling through their own API session. */
async function vendorWithProduct(baseURL: string, admin: APIRequestContext, name: string, price: string) {
  const email = uniqueEmail(`vendor-${name.toLowerCase()}`);
  const user = await registerThroughApi(baseURL, {
    email,
    password: PASSWORD,
    user_type: 'vendor',
    first_name: name,
  });
  const approved = await admin.post(`/api/admin/users/${user.id}/approve-vendor/`, { data: {} });
  expect(approved.status(), await approved.text()).toBe(200);
  const api = await apiAs(baseURL, email, PASSWORD);
  const tag = Date.now().toString(36);
  const category = await createCategory(admin, `${name} goods ${tag}`);
  const product = await createProduct(api, {
    name: `${name}'s ${tag}`,
    price,
    category: category.id,
    variants: [{ color: 'Blue', sizes: [{ size: 'One size', sku: `SKU-${name}-${tag}`, stock: 10 }] }],
  });
  return { email, product, sizeId: product.variants[0]?.sizes[0]?.id as string };
}

for (const { name, viewport } of WIDTHS) {
  test(`${name}: an address saved at checkout comes back; staff see the customer; a vendor sees only their line`, async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    // Three people, three sign-ins and two checkouts: longer than one page's test.
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    const admin = await adminApi(baseURL!);
    const vera = await vendorWithProduct(baseURL!, admin, 'Vera', '15.00');
    const otto = await vendorWithProduct(baseURL!, admin, 'Otto', '60.00');
    const email = uniqueEmail('shopper');
    const shopper = await registerThroughApi(baseURL!, {
      email,
      password: PASSWORD,
      user_type: 'customer',
      first_name: 'Ada',
      last_name: 'Lovelace',
    });
    const api = await apiAs(baseURL!, email, PASSWORD);
    const add = async (sizeId: string, quantity: number) => {
      const added = await api.post('/api/cart/add/', { data: { size_id: sizeId, quantity } });
      expect(added.status(), await added.text()).toBe(200);
    };

    // First checkout: a new address, saved for next time.
    await add(vera.sizeId, 2);
    await add(otto.sizeId, 1);
    await signIn(page, email, PASSWORD);
    await page.goto('/checkout');
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
    await expect(page.getByRole('radio', { name: /A new address/ })).toHaveCount(0);
    const fields = {
      'Full name': 'Ada Lovelace',
      Address: '12 St James Square',
      'Postal code': 'SW1Y 4JH',
      City: 'London',
      Country: 'GB',
      'Phone (optional)': '020 7946 0958',
    };
    for (const [label, value] of Object.entries(fields))
      await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel('Save this address for next time').check();
    await page.getByLabel('Payment method').selectOption('pm_card_visa');
    await page.getByRole('button', { name: 'Pay $90.00' }).click();
    await expect(page).toHaveURL(/\/orders\/[\w-]+\?placed=1$/);
    const firstOrder = new URL(page.url()).pathname.split('/').pop() as string;

    // Second checkout: the saved address is chosen already; nothing to type.
    await add(vera.sizeId, 1);
    await page.goto('/checkout');
    const saved = page.getByRole('radio', { name: /Ada Lovelace \(default\)/ });
    await expect(saved).toBeChecked();
    await expect(page.getByText('12 St James Square, SW1Y 4JH London, GB, +442079460958')).toBeVisible();
    await expect(page.getByLabel('Full name', { exact: true })).toHaveCount(0);
    await expectNoSidewaysScroll(page, 'checkout with a saved address');
    await page.getByLabel('Payment method').selectOption('pm_card_visa');
    await page.getByRole('button', { name: 'Pay $15.00' }).click();
    await expect(page).toHaveURL(/\/orders\/[\w-]+\?placed=1$/);
    const second = await api.get(`/api/orders/${new URL(page.url()).pathname.split('/').pop()}/`);
    expect(
      ((await second.json()) as { shipping_address: Record<string, string> }).shipping_address,
    ).toMatchObject({
      full_name: 'Ada Lovelace',
      line1: '12 St James Square',
      city: 'London',
      country: 'GB',
      phone: '+442079460958',
    });
    await signOut(page);

    // The points of both orders are credited by a job: wait for them before staff look.
    await expect
      .poll(async () => {
        const res = await admin.get(`/api/admin/customers/${shopper.id}/`);
        return ((await res.json()) as { loyalty: { balance: number } | null }).loyalty?.balance;
      })
      .toBe(105);

    // Staff: the customer's page, from the users list, with both orders and what they spent.
    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.goto(`/admin/users?search=${encodeURIComponent(email)}`);
    await page.getByRole('link', { name: 'Customer page of Ada Lovelace' }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/customers/${shopper.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeVisible();
    await expect(page.getByTestId('stat-customer-spent')).toHaveText('$105.00');
    await expect(page.getByTestId('stat-customer-orders')).toHaveText('2');
    await expect(page.getByTestId('stat-customer-average')).toHaveText('$52.50');
    await expect(page.getByTestId('customer-order')).toHaveCount(2);
    await expect(page.getByTestId('customer-address')).toContainText('12 St James Square');
    await expect(page.getByTestId('customer-loyalty')).toContainText('105');
    await expectNoSidewaysScroll(page, 'the customer page');
    const ordersOfShopper = await admin.get(`/api/admin/orders/?search=${encodeURIComponent(email)}`);
    const numbers = (
      (await ordersOfShopper.json()) as { results: Array<{ id: string; order_number: string }> }
    ).results;
    const first = numbers.find((o) => o.id === firstOrder)?.order_number as string;
    await expect(page.getByTestId('customer-order').getByRole('link', { name: first })).toBeVisible();
    await signOut(page);

    // Vera: the mixed order shows her 2 units, never Otto's line.
    await signIn(page, vera.email, PASSWORD);
    await page.goto('/vendor/orders');
    await expect(page.getByRole('heading', { level: 1, name: 'My orders and sales' })).toBeVisible();
    const mixed = page.locator(`[data-testid="vendor-order"][data-number="${first}"]`);
    await expect(mixed).toContainText(vera.product.name);
    await expect(mixed).not.toContainText(otto.product.name);
    await expect(mixed).toContainText('Ship to: Ada Lovelace, 12 St James Square');
    await expect(page.getByTestId('vendor-order')).toHaveCount(2);
    await expect(page.getByText(otto.product.name)).toHaveCount(0);
    await expect(page.getByText(email)).toHaveCount(0);
    await expect(page.getByTestId('vendor-revenue')).toHaveText('$45.00');
    await expect(page.getByTestId('vendor-units')).toHaveText('3');
    await expect(page.getByTestId('vendor-sales-chart')).toBeVisible();
    await page.getByLabel('Status').selectOption('cancelled');
    await expect(page.getByText('No order of your products matches these filters.')).toBeVisible();
    await expectNoSidewaysScroll(page, 'the vendor orders page');

    for (const context of [admin, api]) await context.dispose();
    expect(consoleErrors).toEqual([]);
  });
}
