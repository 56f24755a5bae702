import { expect, test } from './fixtures.js';
import { adminApi, registerThroughApi, signIn, signOut, uniqueEmail } from './helpers.js';
import { apiAs, productOnSale } from './shop-helpers.js';

test.describe('data layer', () => {
  test('what one shopper loaded is not shown to the next one who signs in in the same tab', async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const admin = await adminApi(baseURL!);
    const tag = Date.now().toString(36);
    const scarf = await productOnSale(admin, tag, {
      category: 'Scarves',
      name: 'Silk scarf',
      price: '30.00',
      variants: [{ color: 'Red', sizes: [{ size: 'One size', sku: 'SS', stock: 4 }] }],
    });
    const first = { email: uniqueEmail('ada'), password: 'First-Shopper-Here-1' };
    const second = { email: uniqueEmail('bob'), password: 'Second-Shopper-Here-2' };
    for (const who of [first, second]) await registerThroughApi(baseURL!, { ...who, user_type: 'customer' });
    const firstApi = await apiAs(baseURL!, first.email, first.password);
    expect((await firstApi.post('/api/wishlist/add/', { data: { product_id: scarf.id } })).status()).toBe(
      201,
    );

    await signIn(page, first.email, first.password);
    await page.goto('/wishlist');
    await expect(page.getByTestId('wishlist-line')).toContainText(`Silk scarf ${tag}`);
    await signOut(page);

    // The second shopper's wishlist answers slowly: until it does, the first one's must not show.
    await page.route('**/api/wishlist/?*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    // No page load in between (signIn would load /signin): the app and its cache stay in memory.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill(second.email);
    await page.getByLabel('Password').fill(second.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).not.toHaveURL(/\/signin/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Wishlist' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your wishlist' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Loading your wishlist…' })).toBeVisible();
    await expect(page.getByTestId('wishlist-line')).toHaveCount(0);
    await expect(page.getByText('Nothing saved yet.')).toBeVisible();
    await expect(page.getByTestId('wishlist-line')).toHaveCount(0);

    await firstApi.dispose();
    await admin.dispose();
    expect(consoleErrors).toEqual([]);
  });
});
