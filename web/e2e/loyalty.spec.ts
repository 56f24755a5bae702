/**
 * Loyalty in the browser: a cashier scans a customer's card at /pos (typing the
 * payload and Enter, as a USB scanner does), awards points and redeems a
 * promotion, each confirmed with the new balance; the customer's card page then
 * shows that balance and the history rows. Managers create and deactivate
 * promotions on /admin/promotions.
 */

import { expect, test } from './fixtures.js';
import { adminApi, signIn, signOut, withoutExpectedHttpErrors } from './helpers.js';
import { loyaltyCustomer, makeCashier } from './loyalty-helpers.js';

const PASSWORD = 'Loyal-Customer-Passw0rd!';

test('a cashier awards points and redeems a promotion; the customer sees the new balance and history', async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  const admin = await adminApi(baseURL!);
  const cashierEmail = await makeCashier(admin, 'cashier', PASSWORD);
  const code = `TEA${Date.now().toString(36).toUpperCase()}`;
  const promo = await admin.post('/api/admin/promotions/', {
    data: { code, name: 'A free tea', kind: 'free_item', points_cost: 30 },
  });
  expect(promo.status(), await promo.text()).toBe(201);
  const once = await admin.post('/api/admin/promotions/', {
    data: { code: `${code}X`, name: 'One cake', kind: 'free_item', points_cost: 0, max_redemptions: 1 },
  });
  expect(once.status(), await once.text()).toBe(201);
  const onceQr = ((await once.json()) as { qr_data: string }).qr_data;

  const {
    email: customerEmail,
    qr_data,
    customer_id,
  } = await loyaltyCustomer(
    baseURL!,
    { email: 'shopper', first_name: 'Ada', last_name: 'Lovelace' },
    PASSWORD,
  );

  await signIn(page, cashierEmail, PASSWORD);
  await page.goto('/pos');
  const card = page.getByLabel('Customer card');
  await expect(card).toBeFocused();
  // A customer code typed alone is refused: the signed card is what shows the customer is here.
  await card.fill(customer_id);
  await card.press('Enter');
  await expect(page.getByRole('alert')).toContainText('A customer code alone is not accepted');
  await expect(page.getByTestId('pos-customer')).toHaveCount(0);
  await card.fill(qr_data);
  await card.press('Enter');
  const panel = page.getByTestId('pos-customer');
  await expect(panel).toContainText('Ada Lovelace');
  await expect(panel).toContainText(customer_id);
  await expect(page.getByTestId('pos-balance')).toHaveText('0');

  await page.getByLabel('Points', { exact: true }).fill('50');
  await page.getByLabel('Reason', { exact: true }).fill('Welcome gift');
  await page.getByLabel('Reason', { exact: true }).press('Enter');
  await expect(page.locator('[aria-live]')).toContainText('New balance: 50 points');
  await expect(page.getByTestId('pos-balance')).toHaveText('50');

  await page.getByRole('button', { name: 'Redeem A free tea' }).click();
  await expect(page.locator('[aria-live]')).toContainText('A free tea redeemed. New balance: 20 points');
  await expect(page.getByTestId('pos-balance')).toHaveText('20');

  // A promotion's QR code, scanned into its own field: valid now, redeemed for this customer, then used up.
  const promotionField = page.getByLabel('Promotion', { exact: true });
  await promotionField.fill(onceQr);
  await promotionField.press('Enter');
  const scanned = page.getByTestId('pos-promotion');
  await expect(scanned).toContainText('One cake');
  await expect(scanned).toContainText('Valid now');
  await scanned.getByRole('button', { name: 'Redeem for Ada Lovelace' }).click();
  await expect(page.locator('[aria-live]')).toContainText('One cake redeemed. New balance: 20 points');
  await promotionField.fill(`${code}X`);
  await promotionField.press('Enter');
  await expect(scanned).toContainText('Not valid: This promotion has been used up.');
  await expect(scanned.getByRole('button')).toHaveCount(0);

  await signOut(page);
  await signIn(page, customerEmail, PASSWORD);
  await page.goto('/account/loyalty');
  await expect(page.getByTestId('loyalty-balance')).toHaveText('20');
  await expect(page.getByTestId('loyalty-code')).toHaveText(customer_id);
  const rows = page.getByTestId('loyalty-history-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Redeemed');
  await expect(rows.nth(0)).toContainText(`${code}X`);
  await expect(rows.nth(1)).toContainText('Redeemed');
  await expect(rows.nth(1)).toContainText('-30');
  await expect(rows.nth(2)).toContainText('Earned');
  await expect(rows.nth(2)).toContainText('+50');
  await expect(page.getByRole('img', { name: `QR code of loyalty card ${customer_id}` })).toBeVisible();
  expect(consoleErrors).toEqual([]);
  await admin.dispose();
});

test('a manager creates a promotion and deactivates it', async ({ page, consoleErrors }) => {
  await signIn(page, 'admin@e2e.test', 'E2e-Admin-Passw0rd!');
  await page.goto('/admin/promotions');
  await page.getByRole('button', { name: 'New promotion' }).click();
  const code = `SPRING${Date.now().toString(36).toUpperCase()}`;
  await page.getByLabel('Code').fill(code);
  await page.getByLabel('Name').fill('Spring sale');
  await page.getByLabel('Kind').selectOption('percent_off');
  await page.getByLabel('Percent').fill('15');
  await page.getByRole('button', { name: 'Create promotion' }).click();
  const row = page.locator(`[data-testid="promotion-row"][data-code="${code}"]`);
  await expect(row).toContainText('Spring sale');
  await expect(row).toContainText('Active');
  await page.getByRole('button', { name: `Deactivate ${code}` }).click();
  await expect(row).toContainText('Inactive');
  expect(consoleErrors).toEqual([]);
});

test("a manager opens a customer's loyalty account from the users list and adjusts it", async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  const admin = await adminApi(baseURL!);
  const { email, customer_id } = await loyaltyCustomer(
    baseURL!,
    { email: 'adjusted', first_name: 'Grace', last_name: 'Hopper' },
    PASSWORD,
  );
  const awarded = await admin.post('/api/pos/award-points/', {
    data: { customer_id, points: 40, reason: 'Opening offer' },
  });
  expect(awarded.status(), await awarded.text()).toBe(200);

  await signIn(page, 'admin@e2e.test', 'E2e-Admin-Passw0rd!');
  await page.goto(`/admin/users?search=${encodeURIComponent(email)}`);
  await page.getByRole('link', { name: 'Loyalty account of Grace Hopper' }).click();
  const account = page.getByTestId('loyalty-account');
  await expect(account).toContainText(customer_id);
  await expect(page.getByTestId('loyalty-account-balance')).toHaveText('40');
  await expect(page.getByTestId('loyalty-history-row')).toHaveCount(1);

  const form = page.getByRole('form', { name: 'Adjust the balance' });
  await form.getByLabel('Points (negative to remove)').fill('-50');
  await form.getByLabel('Reason').fill('Mistake');
  await form.getByRole('button', { name: 'Adjust balance' }).click();
  await expect(form.getByRole('alert')).toContainText('would go below zero');
  await expect(page.getByTestId('loyalty-account-balance')).toHaveText('40');

  await form.getByLabel('Points (negative to remove)').fill('-15');
  await form.getByLabel('Reason').fill('');
  await form.getByRole('button', { name: 'Adjust balance' }).click();
  await expect(form.getByRole('alert')).toBeVisible();
  await form.getByLabel('Reason').fill('Returned a coffee');
  await form.getByRole('button', { name: 'Adjust balance' }).click();
  await expect(form.locator('[aria-live]')).toContainText('-15 points. New balance: 25 points.');
  await expect(page.getByTestId('loyalty-account-balance')).toHaveText('25');
  const rows = page.getByTestId('loyalty-history-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Adjusted');
  await expect(rows.nth(0)).toContainText('Returned a coffee');

  // The same account by its code, typed into the lookup.
  await page.goto('/admin/loyalty');
  await page.getByLabel('Customer code').fill(customer_id.toLowerCase());
  await page.getByRole('button', { name: 'Open account' }).click();
  await expect(page.getByTestId('loyalty-account-balance')).toHaveText('25');
  // The refused adjustments: 409 below zero, 400 without a reason.
  expect(withoutExpectedHttpErrors(consoleErrors, [400, 409])).toEqual([]);
  await admin.dispose();
});
