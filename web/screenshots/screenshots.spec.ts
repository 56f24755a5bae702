/**
 * Pictures of the pages a shop owner judges first (the dashboard, an order, the
 * product editor, the checkout), at desktop and phone widths, on the demo shop
 * with a few orders placed, refunded and shipped through the API.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Page } from '@playwright/test';
import { E2E_ADMIN } from '../e2e/accounts.js';
import { expect, test } from '../e2e/fixtures.js';
import { adminApi, registerThroughApi, signIn, uniqueEmail } from '../e2e/helpers.js';
import { apiAs, placeOrderThroughApi } from '../e2e/shop-helpers.js';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const PASSWORD = 'Screenshot-Passw0rd!';
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

interface DemoProduct {
  id: string;
  slug: string;
  variants: { sizes: { id: string; stock: number }[] }[];
}

async function demoProducts(api: APIRequestContext): Promise<DemoProduct[]> {
  const list = await api.get('/api/products/?page_size=8');
  expect(list.status()).toBe(200);
  const { results } = (await list.json()) as { results: { slug: string }[] };
  expect(results.length, 'the demo shop has products').toBeGreaterThan(3);
  return Promise.all(
    results.map(async ({ slug }) => (await (await api.get(`/api/products/${slug}/`)).json()) as DemoProduct),
  );
}

const sizeOf = (p: DemoProduct) => p.variants.flatMap((v) => v.sizes).find((s) => s.stock > 2)?.id ?? '';

async function shoot(page: Page, name: string) {
  for (const { name: width, ...size } of WIDTHS) {
    await page.setViewportSize(size);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300); // charts animate in
    await page.screenshot({ path: path.join(OUT, `${name}-${width}.png`), fullPage: true });
  }
}

test('screenshots of the dashboard, an order, the product editor and the checkout', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const admin = await adminApi(baseURL ?? '');
  const products = await demoProducts(admin);

  // Three customers buy a few things; the shop handles their orders.
  const orders: { id: string; order_number: string }[] = [];
  for (const [i, first] of ['Ada', 'Grace', 'Linus'].entries()) {
    const email = uniqueEmail(`shot-${first.toLowerCase()}`);
    await registerThroughApi(baseURL ?? '', {
      email,
      password: PASSWORD,
      user_type: 'customer',
      first_name: first,
      last_name: 'Example',
    });
    const customer = await apiAs(baseURL ?? '', email, PASSWORD);
    for (const product of products.slice(i, i + 3)) {
      orders.push(await placeOrderThroughApi(customer, sizeOf(product), `shot-${email}-${product.id}`));
    }
    await customer.dispose();
  }
  const [first, second] = orders;
  const [product] = products;
  if (!first || !second || !product) throw new Error('no orders were placed');
  for (const order of orders.slice(0, 4)) {
    await admin.patch(`/api/admin/orders/${order.id}/`, { data: { status: 'processing' } });
  }
  await admin.patch(`/api/admin/orders/${second.id}/`, { data: { status: 'shipped' } });
  await admin.put(`/api/admin/orders/${first.id}/tracking/`, {
    data: { carrier: 'Royal Mail', tracking_number: 'RM123456785GB' },
  });
  await admin.post(`/api/admin/orders/${first.id}/notes/`, {
    data: { text: 'Customer asked for gift wrapping; added a card.' },
  });
  await admin.patch(`/api/admin/orders/${first.id}/`, { data: { status: 'shipped' } });

  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'dashboard');

  await page.goto(`/admin/orders/${first.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Order ${first.order_number}` })).toBeVisible();
  await shoot(page, 'order');

  await page.goto(`/vendor/products/${product.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'product-editor');

  // A shopper at the checkout with two things in the cart.
  const shopper = uniqueEmail('shot-shopper');
  await registerThroughApi(baseURL ?? '', {
    email: shopper,
    password: PASSWORD,
    user_type: 'customer',
    first_name: 'Margaret',
    last_name: 'Example',
  });
  const cart = await apiAs(baseURL ?? '', shopper, PASSWORD);
  for (const product of products.slice(4, 6)) {
    expect(
      (await cart.post('/api/cart/add/', { data: { size_id: sizeOf(product), quantity: 1 } })).status(),
    ).toBe(200);
  }
  await cart.dispose();
  await page.context().clearCookies();
  await signIn(page, shopper, PASSWORD);
  await page.goto('/checkout');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'checkout');
  await admin.dispose();
});
