import { expect, test } from './fixtures.js';

test.describe('API docs served by the server', () => {
  test('Scalar renders the live OpenAPI document offline', async ({ page, requests }) => {
    const response = await page.goto('/api/docs/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('.scalar-app').first()).toBeVisible({ timeout: 15_000 });
    // Rendered from the document, not from static text: its title and the readiness operation.
    await expect(page.getByRole('heading', { name: 'Mercato API' }).first()).toBeVisible();
    await expect(page.getByText('/readyz', { exact: true }).first()).toBeVisible();
    expect(requests.some((url) => new URL(url).pathname.startsWith('/api/schema'))).toBe(true);
  });

  test('Swagger UI renders the live OpenAPI document offline', async ({ page }) => {
    const response = await page.goto('/api/schema/swagger/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('.swagger-ui').first()).toBeVisible();
    await expect(page.locator('.swagger-ui .info .title')).toContainText('Mercato API', { timeout: 15_000 });
    await expect(page.locator('.opblock-summary-path', { hasText: /^\/readyz$/ })).toBeVisible();
  });
});
