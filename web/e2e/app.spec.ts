import { E2E_ADMIN } from './accounts.js';
import { expect, test } from './fixtures.js';
import { signIn } from './helpers.js';

test.describe('web app shell', () => {
  test('home shows Mercato as a shop, and the admin dashboard a ready API on SQLite, without console errors', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Mercato');
    await expect(page.getByRole('heading', { level: 1, name: 'Mercato' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Mercato, home' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Shop by category' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'New arrivals' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Shop all products' })).toHaveAttribute(
      'href',
      '/shop/products',
    );
    await expect(page.getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', '/signup');
    // The API's health is for staff: on the dashboard, not the shop's front page.
    await expect(page.getByTestId('api-status')).toHaveCount(0);
    const docs = page.getByRole('contentinfo').getByRole('link', { name: 'API reference' });
    await expect(docs).toHaveAttribute('href', '/api/docs/');

    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.goto('/admin');
    const status = page.getByTestId('api-status');
    await expect(status).toHaveAttribute('data-state', 'ready');
    await expect(status).toContainText(/^API ready · SQLite · \d+ migrations? applied/);
    await expect(page.getByRole('main').getByRole('link', { name: 'Swagger UI' })).toHaveAttribute(
      'href',
      '/api/schema/swagger/',
    );

    await page.waitForLoadState('networkidle');
    expect(consoleErrors).toEqual([]);
  });

  test('the nav goes to the sign-in page without a page load', async ({ page, requests }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 2, name: 'New arrivals' })).toBeVisible();
    // A marker on window survives client-side navigation and dies with a full reload.
    await page.evaluate(() => {
      (window as unknown as { __spaMarker: string }).__spaMarker = 'still here';
    });
    const documentsBefore = requests.filter((url) => new URL(url).pathname === '/signin').length;

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).click();

    await expect(page).toHaveURL(/\/signin$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveAttribute('type', 'email');
    await expect(page.getByLabel('Password')).toHaveAttribute('type', 'password');
    await expect(page.getByLabel('Remember me')).toBeChecked();
    await expect(page.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
    // Empty fields are caught here, without a request.
    const apiCallsBefore = requests.filter((url) => new URL(url).pathname.startsWith('/api/')).length;
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toHaveText('Fill in the required fields.');
    expect(requests.filter((url) => new URL(url).pathname.startsWith('/api/')).length).toBe(apiCallsBefore);
    await expect(page).toHaveTitle('Sign in · Mercato');
    expect(await page.evaluate(() => (window as unknown as { __spaMarker?: string }).__spaMarker)).toBe(
      'still here',
    );
    expect(requests.filter((url) => new URL(url).pathname === '/signin').length).toBe(documentsBefore);
  });

  test('an unknown client route loads the app and shows its not-found page', async ({ page }) => {
    const response = await page.goto('/some/client/route');
    expect(response?.headers()['content-type']).toContain('text/html');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByText('/some/client/route')).toBeVisible();

    await page.getByRole('link', { name: 'Back to the home page' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mercato' })).toBeVisible();
  });

  test('fits a 375px phone screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    for (const path of [
      '/',
      '/signin',
      '/signup',
      '/forgot-password',
      '/reset-password/some-token',
      '/nowhere',
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });
});
