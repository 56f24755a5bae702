import { E2E_ADMIN } from './accounts.js';
import { expect, test } from './fixtures.js';
import {
  adminApi,
  expectNoSidewaysScroll,
  linkFromMail,
  registerThroughApi,
  signIn,
  signOut,
  uniqueEmail,
} from './helpers.js';

test.describe('admin: users', () => {
  test('an admin approves a pending vendor', async ({ page, consoleErrors, baseURL }) => {
    const admin = await adminApi(baseURL!);
    const email = uniqueEmail('vera');
    const vendor = await registerThroughApi(baseURL!, {
      email,
      password: 'Market-Stall-Keeper-7',
      user_type: 'vendor',
      first_name: 'Vera',
      last_name: 'Vendor',
    });
    expect(vendor.vendor_status).toBe('pending');

    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await page.getByLabel('Vendor status').selectOption('pending');
    await expect(page).toHaveURL(/vendor_status=pending/);

    const row = page.locator(`[data-testid="user-row"][data-email="${email}"]`);
    await expect(row).toContainText('Vera Vendor');
    await expect(row).toContainText('Pending');
    await row.getByRole('button', { name: 'Approve Vera Vendor as a vendor' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Vera Vendor is approved as a vendor.' }),
    ).toBeVisible();
    // No longer pending: gone from this filter.
    await expect(row).toHaveCount(0);

    await page.getByLabel('Vendor status').selectOption('');
    await page.getByLabel('Search').fill(email);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(row).toContainText('Approved');
    await expect(row.getByRole('button', { name: /Approve/ })).toHaveCount(0);

    const stored = await admin.get(`/api/admin/users/${vendor.id}/`);
    expect(await stored.json()).toMatchObject({ vendor_status: 'approved', is_active: true });
    await linkFromMail(admin, email, /vendor account is approved/i, /^\/vendor\/products$/);

    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoSidewaysScroll(page, '/admin/users at 375px');

    await admin.dispose();
    expect(consoleErrors).toEqual([]);
  });

  test('an admin adds a manager, who may decide on vendors but not add or deactivate users', async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const email = uniqueEmail('max');
    const password = 'Floor-Manager-Shift-9';
    const customer = uniqueEmail('cass');
    await registerThroughApi(baseURL!, {
      email: customer,
      password: 'Loyal-Shopper-Points-3',
      user_type: 'customer',
      first_name: 'Cass',
    });

    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'Add a user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a user' });
    await dialog.getByLabel('Role').selectOption('manager');
    await dialog.getByLabel('Email').fill(email);
    await dialog.getByLabel('First name').fill('Max');
    await dialog.getByLabel('Last name').fill('Manager');
    await dialog.getByLabel('Password').fill(password);
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: `${email} is created as manager.` }),
    ).toBeVisible();
    await expect(page.locator(`[data-testid="user-row"][data-email="${email}"]`)).toContainText('Manager');
    await signOut(page);

    await signIn(page, email, password);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Admin', exact: true })
      .click();
    const adminNav = page.getByRole('navigation', { name: 'Admin' });
    await expect(adminNav.getByRole('link', { name: 'Users' })).toBeVisible();
    await expect(adminNav.getByRole('link', { name: 'API clients' })).toHaveCount(0);
    await adminNav.getByRole('link', { name: 'Users' }).click();
    await expect(page.locator(`[data-testid="user-row"][data-email="${customer}"]`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add a user' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Deactivate/ })).toHaveCount(0);

    // Admin-only pages say so instead of failing.
    await page.goto('/admin/clients');
    await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
    await signOut(page);

    // A customer is not staff: the whole admin area is closed.
    await signIn(page, customer, 'Loyal-Shopper-Points-3');
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin', exact: true }),
    ).toHaveCount(0);
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
    await expect(page.getByText('This part of Mercato is for staff')).toBeVisible();

    expect(consoleErrors).toEqual([]);
  });
});
