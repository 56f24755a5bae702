import { type APIRequestContext, request } from '@playwright/test';
import { E2E_ADMIN } from './accounts.js';
import { expect, test } from './fixtures.js';
import { expectNoSidewaysScroll, signIn } from './helpers.js';

/** What the server says to a request carrying this client id and key (and no user). */
async function codeFor(api: APIRequestContext, clientId: string, key: string): Promise<string> {
  const response = await api.get('/api/auth/profile/', {
    headers: { 'X-Client-ID': clientId, 'X-API-Key': key },
  });
  expect(response.status()).toBe(401);
  return ((await response.json()) as { code: string }).code;
}

test.describe('admin: API clients', () => {
  test('create a client, see its key once, rotate it, watch usage, revoke it', async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const api = await request.newContext({ baseURL: baseURL! });
    const name = `E2E server ${Date.now().toString(36)}`;

    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Admin', exact: true })
      .click();
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'API clients' }).click();
    await expect(page).toHaveURL(/\/admin\/clients$/);
    await expect(page.getByRole('heading', { level: 1, name: 'API clients' })).toBeVisible();

    await page.getByRole('button', { name: 'New client' }).click();
    const form = page.getByRole('dialog', { name: 'New API client' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Type').selectOption('server');
    await form.getByLabel('Rate limit (requests per minute)').fill('120');
    await form.getByRole('button', { name: 'Create client' }).click();

    const keyDialog = page.getByRole('dialog', { name: 'Your API key' });
    await expect(keyDialog).toBeVisible();
    await expect(keyDialog).toContainText('you will not see it again');
    const key = await keyDialog.getByTestId('api-key').inputValue();
    expect(key).toMatch(/^sk_[\w-]{20,}$/);
    await keyDialog.getByRole('button', { name: 'Copy' }).click();
    await expect(keyDialog.getByRole('status')).toContainText(/Copied|copy it with/);
    await keyDialog.getByRole('button', { name: 'I have copied the key' }).click();
    await expect(keyDialog).toBeHidden();

    const card = page.getByTestId('client-card').filter({ hasText: name });
    await expect(card).toBeVisible();
    await expect(card.getByTestId('client-status')).toHaveText('Active');
    await expect(card).toContainText('120 requests per minute');
    const clientId = await card.getAttribute('data-client-id');
    expect(clientId).toMatch(/^cl_/);
    // Gone for good: neither on the page nor after a reload.
    await expect(page.getByTestId('api-key')).toHaveCount(0);
    expect(await page.content()).not.toContain(key);
    await page.reload();
    await expect(card).toBeVisible();
    expect(await page.content()).not.toContain(key);

    // The key works: the request is the client's (no user, so 401 NOT_AUTHENTICATED, not INVALID_API_CLIENT).
    expect(await codeFor(api, clientId!, key)).toBe('NOT_AUTHENTICATED');

    await card.getByRole('button', { name: 'Rotate key' }).click();
    const confirmRotate = page.getByRole('dialog', { name: `Rotate the key of ${name}?` });
    await confirmRotate.getByRole('button', { name: 'Rotate key' }).click();
    const newKeyDialog = page.getByRole('dialog', { name: 'Your new API key' });
    await expect(newKeyDialog).toContainText('you will not see it again');
    const newKey = await newKeyDialog.getByTestId('api-key').inputValue();
    expect(newKey).toMatch(/^sk_/);
    expect(newKey).not.toBe(key);
    await newKeyDialog.getByRole('button', { name: 'I have copied the key' }).click();
    await expect(page.getByTestId('api-key')).toHaveCount(0);
    expect(await codeFor(api, clientId!, key)).toBe('INVALID_API_CLIENT');
    expect(await codeFor(api, clientId!, newKey)).toBe('NOT_AUTHENTICATED');

    // Usage: the requests above, as bars by status class.
    await card.getByRole('button', { name: 'Usage' }).click();
    const chart = card.getByRole('img', { name: /^Requests per hour, last 24 hours: \d+ requests/ });
    await expect(async () => {
      await card.getByRole('button', { name: 'Refresh' }).click();
      await expect(chart).toHaveAttribute('aria-label', /: [1-9]\d* requests?.*4xx/, { timeout: 1000 });
    }).toPass({ timeout: 10_000 });
    await card.getByRole('radio', { name: '7 days' }).check();
    await expect(
      card.getByRole('img', { name: /^Requests per day, last 7 days: [1-9]\d* requests/ }),
    ).toBeVisible();

    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoSidewaysScroll(page, '/admin/clients with a usage chart at 375px');
    await page.setViewportSize({ width: 1280, height: 800 });

    await card.getByRole('button', { name: 'Revoke' }).click();
    const confirmRevoke = page.getByRole('dialog', { name: `Revoke ${name}?` });
    await expect(confirmRevoke).toContainText('cannot be undone');
    await confirmRevoke.getByRole('button', { name: 'Revoke client' }).click();
    await expect(confirmRevoke).toBeHidden();
    await expect(card.getByTestId('client-status')).toHaveText('Revoked');
    await expect(card.getByRole('button', { name: 'Rotate key' })).toHaveCount(0);
    await expect(card.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
    expect(await codeFor(api, clientId!, newKey)).toBe('INVALID_API_CLIENT');

    await api.dispose();
    expect(consoleErrors).toEqual([]);
  });
});
