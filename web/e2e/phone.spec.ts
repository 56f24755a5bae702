import type { Page } from '@playwright/test';
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
import { apiAs, productOnSale } from './shop-helpers.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** The header is one row: the brand and the menu button side by side, nothing wrapped under them. */
async function expectOneRowHeader(page: Page) {
  const header = await page.locator('.site-header').boundingBox();
  expect(header!.height).toBeLessThan(80);
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
}

test.describe('phones', () => {
  test('every area has a one-row header with a menu button that opens the navigation as a drawer', async ({
    page,
    consoleErrors,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/shop');
    await expectOneRowHeader(page);
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    // Focus moves into the drawer; Escape closes it and gives focus back to the button.
    await expect(nav.getByRole('link', { name: 'Home' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();

    // A link in the drawer goes there and closes it.
    await menu.click();
    await nav.getByRole('link', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/signin/);
    await expect(nav).toBeHidden();
    await expectOneRowHeader(page);

    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    for (const path of ['/account', '/vendor/products', '/admin', '/admin/users', '/cart']) {
      await page.goto(path);
      await expectOneRowHeader(page);
      await expectNoSidewaysScroll(page, `${path} at 390px`);
    }
    // The admin's sections: one row that scrolls sideways, not rows of tabs.
    await page.goto('/admin/users');
    const tabs = page.getByRole('navigation', { name: 'Admin' });
    expect((await tabs.boundingBox())!.height).toBeLessThan(60);
    await tabs.getByRole('link', { name: 'Mail outbox' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mail outbox' })).toBeVisible();

    // A tap outside the drawer (it leaves a strip of the page at the bottom) closes it.
    await menu.click();
    await expect(nav).toBeVisible();
    await page.mouse.click(PHONE.width / 2, PHONE.height - 10);
    await expect(nav).toBeHidden();

    // Wider screens show the navigation itself, no button.
    await page.setViewportSize(DESKTOP);
    await expect(menu).toBeHidden();
    await expect(nav.getByRole('link', { name: 'Shop' })).toBeVisible();

    expect(consoleErrors).toEqual([]);
  });

  test("the product editor's size rows are labelled, and checkout shows the order before the pay button", async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const admin = await adminApi(baseURL!);
    const tag = Date.now().toString(36);
    const cap = await productOnSale(admin, tag, {
      category: 'Caps',
      name: 'Cotton cap',
      price: '12.00',
      variants: [{ color: 'Navy', sizes: [{ size: 'M', sku: 'CC-M', stock: 5 }] }],
    });

    await page.setViewportSize(PHONE);
    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.goto(`/vendor/products/${cap.id}`);
    for (const [label, value] of [
      ['Size', 'M'],
      ['SKU', `CC-M-${tag}`],
      ['Stock', '5'],
    ] as const) {
      const box = page.getByLabel(`${label} 1 of colour 1`, { exact: true });
      await expect(box).toHaveValue(value);
      // The label is on screen, right above its box.
      const shown = page.locator('.table--sizes label', { hasText: label }).first();
      await expect(shown).toBeVisible();
      const [labelBox, inputBox] = [await shown.boundingBox(), await box.boundingBox()];
      expect(labelBox!.width, `${label} is readable, not clipped`).toBeGreaterThan(15);
      expect(labelBox!.y + labelBox!.height).toBeLessThanOrEqual(inputBox!.y + 1);
    }
    await expectNoSidewaysScroll(page, 'product editor at 390px');

    const email = uniqueEmail('phil');
    const password = 'Phone-Shopper-Buys-1';
    await registerThroughApi(baseURL!, { email, password, user_type: 'customer' });
    const customer = await apiAs(baseURL!, email, password);
    const sizeId = cap.variants[0]!.sizes[0]!.id;
    expect((await customer.post('/api/cart/add/', { data: { size_id: sizeId, quantity: 2 } })).status()).toBe(
      200,
    );
    await signOut(page);
    await signIn(page, email, password);
    await page.goto('/checkout');
    const summary = page.getByRole('complementary', { name: 'Your order' });
    await expect(summary).toContainText(`2 × Cotton cap ${tag}`);
    const pay = page.locator('form button[type="submit"]');
    await expect(pay).toBeVisible();
    expect((await summary.boundingBox())!.y).toBeLessThan((await pay.boundingBox())!.y);
    await expectNoSidewaysScroll(page, '/checkout at 390px');

    // Side by side on a desktop, the summary on the right.
    await page.setViewportSize(DESKTOP);
    const [summaryBox, payBox] = [await summary.boundingBox(), await pay.boundingBox()];
    expect(summaryBox!.x).toBeGreaterThan(payBox!.x);

    await customer.dispose();
    await admin.dispose();
    expect(consoleErrors).toEqual([]);
  });
});
