import { E2E_ADMIN } from './accounts.js';
import { expect, test } from './fixtures.js';
import {
  adminApi,
  expectNoSidewaysScroll,
  registerThroughApi,
  signIn,
  signOut,
  uniqueEmail,
  withoutExpectedHttpErrors,
} from './helpers.js';

test.describe('admin: roles, API client edits, audit log', () => {
  test('an admin edits an API client: name, rate limit and origins', async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const admin = await adminApi(baseURL!);
    const name = `E2E edit ${Date.now().toString(36)}`;
    const created = await admin.post('/api/admin/clients/', {
      data: { name, type: 'web', rate_limit: 300, allowed_origins: [] },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.goto('/admin/clients');
    await page.getByRole('button', { name: `Edit ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${name}` });
    await expect(dialog.getByLabel('Rate limit (requests per minute)')).toHaveValue('300');
    await expect(dialog.getByLabel('Type')).toHaveCount(0);

    // A field error is shown next to its field.
    await dialog.getByLabel('Rate limit (requests per minute)').fill('0');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog.getByText('Enter a whole number of at least 1.')).toBeVisible();

    await dialog.getByLabel('Name').fill(`${name} renamed`);
    await dialog.getByLabel('Rate limit (requests per minute)').fill('450');
    await dialog
      .getByLabel('Allowed origins (optional)')
      .fill('https://shop.example.com/\nhttps://m.example.com');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: `${name} renamed is saved.` })).toBeVisible();
    const card = page.getByTestId('client-card').filter({ hasText: `${name} renamed` });
    await expect(card).toContainText('450 requests per minute');
    await expect(card).toContainText('https://shop.example.com, https://m.example.com');

    const stored = await admin.get(`/api/admin/clients/${id}/`);
    expect(await stored.json()).toMatchObject({
      name: `${name} renamed`,
      rate_limit: 450,
      allowed_origins: ['https://shop.example.com', 'https://m.example.com'],
      is_active: true,
    });
    await admin.dispose();
    expect(consoleErrors).toEqual([]);
  });

  test('an admin changes a role and the active flag; the audit log shows it', async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const admin = await adminApi(baseURL!);
    const email = uniqueEmail('rosa');
    const target = await registerThroughApi(baseURL!, {
      email,
      password: 'Role-Change-Target-44',
      user_type: 'customer',
      first_name: 'Rosa',
      last_name: 'Role',
    });

    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.goto(`/admin/users?search=${encodeURIComponent(email)}`);
    const row = page.locator(`[data-testid="user-row"][data-email="${email}"]`);
    await row.getByRole('button', { name: 'Change the role of Rosa Role' }).click();
    const dialog = page.getByRole('dialog', { name: 'Role and access of Rosa Role' });
    await dialog.getByLabel('Role').selectOption('staff');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: 'Rosa Role is now staff, active.' }),
    ).toBeVisible();
    await expect(row).toContainText('Staff');

    await row.getByRole('button', { name: 'Change the role of Rosa Role' }).click();
    await dialog.getByLabel('Active: can sign in').uncheck();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Rosa Role is now staff, inactive.' }),
    ).toBeVisible();
    await expect(row).toContainText('Inactive');
    const stored = await admin.get(`/api/admin/users/${target.id}/`);
    expect(await stored.json()).toMatchObject({ user_type: 'staff', is_active: false });

    // The audit log, filtered through the URL-backed form.
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await page.getByLabel('Action').selectOption('user.role_changed');
    await expect(page).toHaveURL(/action=user\.role_changed/);
    await page.getByLabel('User', { exact: true }).fill(target.id);
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(new RegExp(`user=${target.id}`));
    const rows = page.getByTestId('audit-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Role changed');
    await expect(rows.first()).toContainText(E2E_ADMIN.email);
    await expect(rows.first()).toContainText('"user_type":"staff"');

    // All user events of this account: sign-up, the role change and the deactivation.
    await page.getByLabel('Action').selectOption('user.');
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: 'Signed up' })).toHaveCount(1);
    await expect(rows.filter({ hasText: 'User deactivated' })).toHaveCount(1);
    await expect(rows.filter({ hasText: 'Role changed' })).toHaveCount(1);

    // A date range that ends yesterday has nothing of today's.
    const yesterday = new Date(Date.now() - 86_400_000);
    const day = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    await page.getByLabel('Until').fill(day(yesterday));
    await expect(page.getByText('No event matches these filters.')).toBeVisible();
    await page.getByLabel('Until').fill('');
    await page.getByLabel('Since').fill(day(new Date()));
    await expect(rows).toHaveCount(3);
    // The filters survive a reload: they live in the URL.
    await page.reload();
    await expect(rows).toHaveCount(3);
    await expect(page.getByLabel('Action')).toHaveValue('user.');

    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoSidewaysScroll(page, '/admin/audit at 375px');
    await admin.dispose();
    expect(consoleErrors).toEqual([]);
  });

  test("the server's refusal is shown in the dialog: an admin who is not a superuser cannot change an administrator", async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const admin = await adminApi(baseURL!);
    const plainAdmin = { email: uniqueEmail('ada-admin'), password: 'Plain-Admin-Keys-12' };
    const made = await admin.post('/api/admin/users/', {
      data: { ...plainAdmin, user_type: 'admin', first_name: 'Plain', last_name: 'Admin' },
    });
    expect(made.status(), await made.text()).toBe(201);
    expect(await made.json()).toMatchObject({ user_type: 'admin', is_superuser: false });
    const email = uniqueEmail('tom');
    const target = await registerThroughApi(baseURL!, {
      email,
      password: 'Soon-An-Admin-Too-8',
      user_type: 'customer',
      first_name: 'Tom',
      last_name: 'Target',
    });

    await signIn(page, plainAdmin.email, plainAdmin.password);
    await page.goto(`/admin/users?search=${encodeURIComponent(email)}`);
    const row = page.locator(`[data-testid="user-row"][data-email="${email}"]`);
    await row.getByRole('button', { name: 'Change the role of Tom Target' }).click();
    const dialog = page.getByRole('dialog', { name: 'Role and access of Tom Target' });
    // Not offered to an admin who is not a superuser…
    await expect(dialog.getByLabel('Role').locator('option[value="admin"]')).toHaveCount(0);
    await expect(dialog).toContainText('Only a superuser can make administrators.');

    // …but the page is stale: meanwhile a superuser made Tom an administrator.
    const promoted = await admin.patch(`/api/admin/users/${target.id}/`, { data: { user_type: 'admin' } });
    expect(promoted.status(), await promoted.text()).toBe(200);

    await dialog.getByLabel('Role').selectOption('manager');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Only a superuser can change administrators or superuser rights.',
    );
    await expect(dialog).toContainText('Nothing was changed.');
    await expect(dialog).toBeVisible();
    const stored = await admin.get(`/api/admin/users/${target.id}/`);
    expect(await stored.json()).toMatchObject({ user_type: 'admin', is_active: true });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await signOut(page);

    await admin.dispose();
    expect(withoutExpectedHttpErrors(consoleErrors, [403])).toEqual([]);
  });
});
