/**
 * The keyboard alone completes a purchase: from the storefront home to a
 * product, a size picked with the arrow keys, added to the cart, checked out
 * (pay on delivery) and the order confirmed, with Tab, Shift+Tab, Enter, Space
 * and the arrows only (no click, no fill). Every control reached shows where
 * the focus is.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { adminApi, registerThroughApi, uniqueEmail } from './helpers.js';
import { createCategory, createProduct } from './shop-helpers.js';

const PASSWORD = 'keyboard-Pass-2026!';

/** Whether the element (or, for a visually hidden radio, its chip) shows a focus ring. */
async function showsFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const ring = (node: Element | null) => {
      if (!node) return false;
      const style = getComputedStyle(node);
      return (
        (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) ||
        (style.boxShadow !== 'none' && style.boxShadow !== '')
      );
    };
    return ring(el) || ring(el.nextElementSibling);
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, at most `limit`
 * times; fails when it cannot be reached (a trap, or a control out of the
 * tab order), and when it shows no focus ring.
 */
async function tabTo(page: Page, target: Locator, { back = false, limit = 80 } = {}) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 5_000 })) {
      expect(
        await showsFocus(target),
        `a visible focus ring on ${await target.evaluate((e) => e.outerHTML.slice(0, 120))}`,
      ).toBe(true);
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`could not reach ${target} with ${back ? 'Shift+Tab' : 'Tab'}; the focus is on ${focused}`);
}

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`keyboard alone: sign in, find a product, pick a size, add to cart, check out (${viewport.name})`, async ({
    page,
    baseURL,
    consoleErrors,
  }) => {
    // Many single key presses, each followed by a look at the focus.
    test.setTimeout(120_000);
    const tag = `${viewport.name}-${Date.now().toString(36)}`;
    const admin = await adminApi(baseURL!);
    const category = await createCategory(admin, `Keyboard ${tag}`);
    await createProduct(admin, {
      name: `Keyboard Scarf ${tag}`,
      price: '18.00',
      category: category.id,
      variants: [
        {
          color: 'Teal',
          sizes: [
            { size: 'S', sku: `KB-S-${tag}`, stock: 3 },
            { size: 'M', sku: `KB-M-${tag}`, stock: 3 },
          ],
        },
      ],
    });
    await admin.dispose();
    const email = uniqueEmail('keyboard');
    await registerThroughApi(baseURL!, {
      email,
      password: PASSWORD,
      user_type: 'customer',
      first_name: 'Kay',
    });
    await page.setViewportSize(viewport);

    // Sign in.
    await page.goto('/signin');
    await tabTo(page, page.getByLabel('Email'));
    await page.keyboard.type(email);
    await tabTo(page, page.getByLabel('Password'));
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/\/signin/);

    // The storefront home, then the products, then the product: found with the search box.
    await page.goto('/shop');
    const search = page.getByRole('searchbox').first();
    await tabTo(page, search);
    await page.keyboard.type(`Keyboard Scarf ${tag}`);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/shop\/products/);
    const link = page.getByRole('link', { name: new RegExp(`Keyboard Scarf ${tag}`) }).first();
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: `Keyboard Scarf ${tag}` })).toBeVisible();

    // A size: Tab into the group, the arrows move the choice.
    const sizes = page.getByRole('group', { name: 'Size' });
    await tabTo(page, sizes.getByRole('radio', { name: 'S' }));
    await page.keyboard.press('Space');
    await expect(sizes.getByRole('radio', { name: 'S' })).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(sizes.getByRole('radio', { name: 'M' })).toBeChecked();
    await expect(page.getByTestId('stock')).toContainText(`KB-M-${tag}`);

    await tabTo(page, page.getByRole('button', { name: 'Add to cart' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText(`1 × Keyboard Scarf ${tag} (Teal, M) added to your cart.`)).toBeVisible();

    // Back up to the header's cart link (through the menu button on a phone).
    const menu = page.getByRole('button', { name: 'Menu' });
    if (await menu.isVisible()) {
      await tabTo(page, menu, { back: true });
      await page.keyboard.press('Enter');
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
    }
    const nav = page.getByRole('navigation', { name: 'Main' });
    await tabTo(page, nav.getByRole('link', { name: /Cart/ }), { back: !(await menu.isVisible()) });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/cart$/);
    await expect(page.getByRole('link', { name: `Keyboard Scarf ${tag}` }).first()).toBeVisible();

    await tabTo(page, page.getByRole('link', { name: 'Check out' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/checkout$/);

    // The address, field by field.
    for (const [label, value] of [
      ['Full name', 'Kay Board'],
      ['Address', '1 Key Street'],
      ['Postal code', 'K1 1KB'],
      ['City', 'Keyton'],
      ['Country', 'GB'],
    ] as const) {
      await tabTo(page, page.getByLabel(label, { exact: true }));
      await page.keyboard.type(value);
    }
    const method = page.getByLabel('Payment method');
    await tabTo(page, method);
    await expect(method).toHaveValue('cash_on_delivery');
    const place = page.getByRole('button', { name: 'Place order, pay on delivery' });
    await tabTo(page, place);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}\?placed=1$/);
    await expect(
      page.getByText(/Thank you! Your order ORD-\d+ is placed; you pay when it arrives/),
    ).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
}
