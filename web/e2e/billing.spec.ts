/**
 * Subscription billing in the browser: a staff member creates a package and a
 * subscriber (PPPoE credentials shown only on request), bills the month (a
 * second run bills nobody twice), and records a bKash payment against the
 * bill; the subscriber then signs in and sees the bill, paid, and the payment
 * on Account → Billing. The account home's three cards load apart: one
 * failing leaves the other two.
 */

import { readFile } from 'node:fs/promises';
import { type APIRequestContext, request } from '@playwright/test';
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

const PASSWORD = 'Billing-Staff-Passw0rd!';

// The first test walks through four admin pages and two accounts: on a busy CI machine that takes longer than 30 s.
test.describe.configure({ timeout: 90_000 });

/** A staff member (made by the admin) and a customer who will subscribe. */
async function people(baseURL: string) {
  const admin = await adminApi(baseURL);
  const staffEmail = uniqueEmail('billing-staff');
  const created = await admin.post('/api/admin/users/', {
    data: { email: staffEmail, username: staffEmail.split('@')[0], password: PASSWORD, user_type: 'staff' },
  });
  expect(created.status(), await created.text()).toBe(201);
  await admin.dispose();
  const customerEmail = uniqueEmail('subscriber');
  await registerThroughApi(baseURL, {
    email: customerEmail,
    password: PASSWORD,
    user_type: 'customer',
    first_name: 'Rahim',
    last_name: `Uddin ${Date.now()}`,
  });
  return { staffEmail, customerEmail };
}

test('staff bill a subscriber and record a bKash payment; the subscriber sees bill and payment', async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  const { staffEmail, customerEmail } = await people(baseURL!);
  const packageName = `Fiber 25 ${Date.now().toString(36)}`;

  await signIn(page, staffEmail, PASSWORD);
  await page.goto('/admin');
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Billing' }).click();
  await expect(page.getByRole('heading', { name: 'Subscribers', level: 1 })).toBeVisible();

  // A package, with a price typed the way people type it; a wrong speed is explained first.
  await page.getByRole('navigation', { name: 'Billing' }).getByRole('link', { name: 'Packages' }).click();
  await page.getByRole('button', { name: 'Add a package' }).click();
  const packageDialog = page.getByRole('dialog', { name: 'Add a package' });
  await packageDialog.getByLabel('Name').fill(packageName);
  await packageDialog.getByLabel('Speed (Mbps)').fill('fast');
  await packageDialog.getByLabel('Price a month').fill('25');
  await packageDialog.getByRole('button', { name: 'Create package' }).click();
  await expect(
    packageDialog.getByText('Enter the speed in whole megabits per second, like 25.'),
  ).toBeVisible();
  await expect(packageDialog.getByLabel('Speed (Mbps)')).toBeFocused();
  await packageDialog.getByLabel('Speed (Mbps)').fill('25');
  await packageDialog.getByRole('button', { name: 'Create package' }).click();
  await expect(packageDialog).toBeHidden();
  const packageRow = page.getByTestId('package-row').filter({ hasText: packageName });
  await expect(packageRow).toContainText('25 Mbps');
  await expect(packageRow).toContainText('$25.00');

  // The subscriber: found by email, on that package, PPPoE with its login and password.
  await page.getByRole('navigation', { name: 'Billing' }).getByRole('link', { name: 'Subscribers' }).click();
  await page.getByRole('button', { name: 'Add a subscriber' }).click();
  const subscriberDialog = page.getByRole('dialog', { name: 'Add a subscriber' });
  await subscriberDialog.getByLabel('Find the user').fill(customerEmail);
  const userSelect = subscriberDialog.getByLabel('User', { exact: true });
  await expect(userSelect.locator('option', { hasText: customerEmail })).toHaveCount(1);
  await userSelect.selectOption({
    label: (await userSelect.locator('option', { hasText: customerEmail }).textContent())!,
  });
  const packageSelect = subscriberDialog.getByLabel('Package');
  const packageOption = packageSelect.locator('option', { hasText: packageName });
  await expect(packageOption).toHaveCount(1);
  await packageSelect.selectOption({ label: (await packageOption.textContent())! });
  await subscriberDialog.getByLabel('Connection type').selectOption('PPPoE');
  await subscriberDialog.getByLabel('PPPoE login').fill('rahim-pppoe');
  // The password left out is asked for before anything is sent.
  await subscriberDialog.getByRole('button', { name: 'Create subscriber' }).click();
  await expect(subscriberDialog.getByLabel('PPPoE password')).toBeFocused();
  await subscriberDialog.getByLabel('PPPoE password').fill('s3cret-line');
  await subscriberDialog.getByLabel('Address (optional)').fill('House 7, Road 3, Dhaka');
  await subscriberDialog.getByRole('button', { name: 'Create subscriber' }).click();
  await expect(page).toHaveURL(/\/admin\/billing\/subscribers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rahim Uddin');
  await expect(page.getByText('rahim-pppoe')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show credentials' }).click();
  await expect(page.getByTestId('credentials')).toContainText('rahim-pppoe');
  await expect(page.getByTestId('credentials')).toContainText('s3cret-line');
  // Hidden again, then edited without them: the form keeps the stored credentials it was not shown.
  await page.getByRole('button', { name: 'Hide credentials' }).click();
  await expect(page.getByTestId('credentials')).toHaveCount(0);
  await page.getByRole('button', { name: 'Edit subscriber' }).click();
  const editDialog = page.getByRole('dialog', { name: /^Edit / });
  await expect(editDialog.getByTestId('credentials-kept')).toBeVisible();
  await expect(editDialog.getByLabel('PPPoE login')).toHaveValue('');
  await editDialog.getByLabel('Address (optional)').fill('House 9, Road 3, Dhaka');
  await editDialog.getByRole('button', { name: 'Save subscriber' }).click();
  await expect(editDialog).toBeHidden();
  await expect(page.getByText('House 9, Road 3, Dhaka')).toBeVisible();
  await page.getByRole('button', { name: 'Show credentials' }).click();
  await expect(page.getByTestId('credentials')).toContainText('rahim-pppoe');
  await expect(page.getByTestId('credentials')).toContainText('s3cret-line');
  const subscriberUrl = page.url();

  // The month's bills: a second run (a new click, so a new Idempotency-Key) bills nobody twice.
  await page.getByRole('navigation', { name: 'Billing' }).getByRole('link', { name: 'Bill runs' }).click();
  await page.getByRole('button', { name: 'Run bills' }).click();
  const result = page.getByTestId('bill-run-result');
  await expect(result).toContainText(/: [1-9]\d* bills? created/);
  const month = (await result.textContent())!.split(':')[0]!;
  await page.getByRole('button', { name: 'Run bills' }).click();
  await expect(result).toContainText(`${month}: 0 bills created`);

  // A bKash payment against that bill, the subscriber found by email.
  await page.getByRole('navigation', { name: 'Billing' }).getByRole('link', { name: 'Payments' }).click();
  await page.getByRole('button', { name: 'Record a payment' }).click();
  const payDialog = page.getByRole('dialog', { name: 'Record a payment' });
  await payDialog.getByLabel('Find the subscriber').fill(customerEmail);
  const subscriberSelect = payDialog.getByLabel('Subscriber', { exact: true });
  const subscriberOption = subscriberSelect.locator('option', { hasText: customerEmail });
  await expect(subscriberOption).toHaveCount(1);
  await subscriberSelect.selectOption({ label: (await subscriberOption.textContent())! });
  const billOption = payDialog.getByLabel('Pay for').locator('option', { hasText: `Bill of ${month}` });
  await expect(billOption).toHaveText(`Bill of ${month}: $25.00 due`);
  await payDialog.getByLabel('Pay for').selectOption({ label: `Bill of ${month}: $25.00 due` });
  await expect(payDialog.getByLabel('Amount')).toHaveValue('25.00');
  await payDialog.getByLabel('Method').selectOption({ label: 'bKash' });
  await payDialog.getByLabel('Transaction ID (optional)').fill('BK8XQ2M1');
  await payDialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(payDialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText(
    `$25.00 by bKash is recorded against the bill of ${month}.`,
  );
  const paymentRow = page.getByTestId('ledger-row').filter({ hasText: 'BK8XQ2M1' });
  await expect(paymentRow).toContainText('Payment, bKash');
  await expect(paymentRow.getByRole('link', { name: /^Rahim Uddin/ })).toBeVisible();

  // The subscriber's page adds it up: billed 25, paid 25, nothing due.
  await page.goto(subscriberUrl);
  await expect(page.getByTestId('subscriber-balance')).toContainText('Nothing due');
  const ledger = page.getByTestId('ledger-row');
  await expect(ledger.filter({ hasText: 'Payment, bKash' })).toContainText('BK8XQ2M1');
  await expect(ledger.filter({ hasText: 'Bill' }).filter({ hasText: 'Paid' })).toHaveCount(1);

  // The subscriber signs in: the bill, paid, and the payment.
  await signOut(page);
  await signIn(page, customerEmail, PASSWORD);
  await page.goto('/account');
  await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Billing' }).click();
  await expect(page).toHaveURL(/\/account\/billing$/);
  await expect(page.getByTestId('billing-balance')).toHaveText('Nothing due');
  await expect(page.getByText(`${packageName}: 25 Mbps, $25.00 a month`)).toBeVisible();
  const bills = page.getByRole('table', { name: 'Your bills' }).getByTestId('ledger-row');
  await expect(bills).toHaveCount(1);
  await expect(bills).toContainText(month);
  await expect(bills).toContainText('$25.00');
  await expect(bills).toContainText('Paid');
  const payments = page.getByRole('table', { name: 'Your payments' }).getByTestId('ledger-row');
  await expect(payments).toHaveCount(1);
  await expect(payments).toContainText('Payment, bKash');
  await expect(payments).toContainText('BK8XQ2M1');
  await expect(payments).not.toContainText('by ');

  // A phone: the page fits.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByTestId('billing-balance')).toHaveText('Nothing due');
  await expectNoSidewaysScroll(page, '/account/billing on a phone');

  expect(consoleErrors).toEqual([]);
});

test('the account home loads profile, billing and loyalty apart: one failing leaves the other two', async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  const { customerEmail } = await people(baseURL!);
  let failBilling = true;
  await page.route('**/api/billing/summary/', (route) =>
    failBilling
      ? route.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            type: 'about:blank',
            title: 'Service Unavailable',
            status: 503,
            code: 'SERVICE_UNAVAILABLE',
            detail: 'Billing is down for maintenance.',
          }),
        })
      : route.continue(),
  );
  await signIn(page, customerEmail, PASSWORD);
  await page.goto('/account');
  const billing = page.getByTestId('dashboard-billing');
  await expect(billing.getByRole('alert')).toContainText('Billing is down for maintenance.');
  await expect(page.getByTestId('dashboard-profile')).toContainText('Rahim Uddin');
  await expect(page.getByTestId('dashboard-profile')).toContainText('Customer');
  await expect(page.getByTestId('dashboard-loyalty')).toContainText(/Points\s*0/);
  await expect(page.getByTestId('dashboard-loyalty')).toContainText('CUST-');

  // Billing back: its card alone loads again.
  failBilling = false;
  await billing.getByRole('button', { name: 'Try again' }).click();
  await expect(billing).toContainText('Nothing due');
  await expect(billing.getByRole('alert')).toHaveCount(0);

  // A non-subscriber's billing page says so kindly.
  await billing.getByRole('link', { name: 'Bills and payments' }).click();
  await expect(page.getByTestId('no-subscription')).toContainText('No internet subscription');
  expect(withoutExpectedHttpErrors(consoleErrors, [503])).toEqual([]);
});

/** An API context signed in as `email` with a Bearer token (no cookies shared with the page). */
async function apiAs(baseURL: string, email: string): Promise<APIRequestContext> {
  const anonymous = await request.newContext({ baseURL });
  const response = await anonymous.post('/api/auth/token/', { data: { email, password: PASSWORD } });
  expect(response.status(), await response.text()).toBe(200);
  const { access } = (await response.json()) as { access: string };
  await anonymous.dispose();
  return request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${access}` } });
}

/** Whole cents of a decimal amount such as "40.00". */
function cents(amount: string): number {
  return Math.round(Number(amount) * 100);
}

const dollars = (minor: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(minor / 100);

test('bill runs show the server’s monthly report and overdue bills, and the exports download through the API client', async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  const { staffEmail, customerEmail } = await people(baseURL!);
  const staff = await apiAs(baseURL!, staffEmail);
  // A package and a subscriber on it (the first test makes them through the pages).
  const packageName = `Fiber 40 ${Date.now().toString(36)}`;
  const created = await staff.post('/api/v1/packages', {
    data: { name: packageName, speed_mbps: 40, price: '40.00' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { uid: packageId } = (await created.json()) as { uid: string };
  const users = await staff.get('/api/v1/users', { params: { search: customerEmail } });
  expect(users.status(), await users.text()).toBe(200);
  const { results: found } = (await users.json()) as { results: Array<{ uid: string; email: string }> };
  const userId = found.find((u) => u.email === customerEmail)?.uid;
  expect(userId, customerEmail).toBeTruthy();
  const subscribed = await staff.post('/api/v1/customers', {
    data: { user: userId, package: packageId, connection_type: 'DHCP', status: 'ACTIVE' },
  });
  expect(subscribed.status(), await subscribed.text()).toBe(201);
  const { uid: subscriberId } = (await subscribed.json()) as { uid: string };

  // January of last year: long over, so its unpaid bills are overdue whatever BILLING_OVERDUE_DAYS is (at most 365).
  const year = new Date().getFullYear() - 1;
  await signIn(page, staffEmail, PASSWORD);
  await page.goto(`/admin/billing/runs?year=${year}`);
  const runForm = page.getByRole('form', { name: 'Run the bills of a month' });
  await runForm.getByLabel('Month').selectOption('JANUARY');
  await runForm.getByLabel('Year').fill(String(year));
  await runForm.getByRole('button', { name: 'Run bills' }).click();
  await expect(page.getByTestId('bill-run-result')).toContainText(
    new RegExp(`^January ${year}: [1-9]\\d* bills? created`),
  );

  // Part of the bill paid: the report's collected column and the overdue row show it.
  const paid = await staff.post('/api/v1/payments', {
    data: {
      customer_id: subscriberId,
      amount: '15.00',
      billing_month: 'JANUARY',
      year,
      payment_method: 'CASH',
    },
  });
  expect(paid.status(), await paid.text()).toBe(201);

  // What the month holds on the server (every active subscriber was billed, the first test's too).
  const ledger = await staff.get('/api/v1/payments', {
    params: { billing_month: 'JANUARY', year, page_size: 100 },
  });
  expect(ledger.status(), await ledger.text()).toBe(200);
  const { results: entries } = (await ledger.json()) as {
    results: Array<{ kind: string; amount: string; bill_amount: string; paid: boolean }>;
  };
  const bills = entries.filter((e) => e.kind === 'BILL');
  const billed = bills.reduce((sum, e) => sum + cents(e.bill_amount), 0);
  const collected = entries.filter((e) => e.kind === 'PAYMENT').reduce((sum, e) => sum + cents(e.amount), 0);
  expect(billed).toBeGreaterThanOrEqual(4000);
  await staff.dispose();

  await page.reload();
  const report = page.getByRole('region', { name: `Billed and collected, ${year}` });
  const chart = report.getByRole('figure');
  // January has money: a bar billed and a bar collected; no other month has any.
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(2, { timeout: 15_000 });
  await report.getByText('The figures', { exact: true }).click();
  const january = report.getByRole('row', { name: `January ${year}` });
  await expect(january).toContainText(dollars(billed));
  await expect(january).toContainText(dollars(collected));
  await expect(january).toContainText(`${bills.filter((b) => b.paid).length} of ${bills.length}`);
  await expect(report.getByRole('row', { name: `March ${year}` })).toContainText('0 of 0');

  const overdue = page.getByRole('region', { name: /^Overdue bills \(\d+\)$/ });
  const row = overdue
    .getByTestId('ledger-row')
    .filter({ has: page.locator(`a[href="/admin/billing/subscribers/${subscriberId}"]`) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`January ${year}`);
  await expect(row).toContainText('Partly paid');
  await expect(row).toContainText('$25.00 left');

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(2, { timeout: 15_000 });
  await expectNoSidewaysScroll(page, '/admin/billing/runs on a phone');

  // The payments export, with the list's filters, through the API client: the subscriber's bill is in it.
  await page.goto(`/admin/billing/payments?kind=BILL&year=${year}&billing_month=JANUARY`);
  const paymentsDownload = page.waitForEvent('download');
  const exportRequest = page.waitForRequest((r) => r.url().includes('/api/v1/payments/export.csv'));
  await page.getByRole('button', { name: 'Download payments (CSV)' }).click();
  const paymentsCsv = await paymentsDownload;
  // The list's filters, not its page number and size.
  const exportParams = new URL((await exportRequest).url()).searchParams;
  expect(Object.fromEntries(exportParams)).toEqual({
    kind: 'BILL',
    year: String(year),
    billing_month: 'JANUARY',
  });
  expect(paymentsCsv.suggestedFilename()).toBe('payments.csv');
  const paymentLines = (await readFile(await paymentsCsv.path(), 'utf8')).trim().split(/\r?\n/);
  expect(paymentLines[0]).toMatch(/^uid,kind,customer_id,amount,bill_amount,billing_month,year,/);
  expect(paymentLines.slice(1)).toHaveLength(bills.length);
  expect(
    paymentLines.slice(1).every((line) => line.includes(`,BILL,`) && line.includes(`,JANUARY,${year},`)),
  ).toBe(true);
  expect(paymentLines.some((line) => line.includes(subscriberId))).toBe(true);
  await expectNoSidewaysScroll(page, '/admin/billing/payments on a phone');

  // The subscribers export, searched for this subscriber.
  await page.goto(`/admin/billing?search=${encodeURIComponent(customerEmail)}`);
  await expect(page.getByRole('heading', { name: 'Subscribers', level: 1 })).toBeVisible();
  const subscribersDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download subscribers (CSV)' }).click();
  const subscribersCsv = await subscribersDownload;
  expect(subscribersCsv.suggestedFilename()).toBe('subscribers.csv');
  const subscriberLines = (await readFile(await subscribersCsv.path(), 'utf8')).trim().split(/\r?\n/);
  expect(subscriberLines).toHaveLength(2);
  expect(subscriberLines[1]).toContain(customerEmail);
  expect(subscriberLines[1]).toContain(packageName);
  await expectNoSidewaysScroll(page, '/admin/billing on a phone');
  await page.screenshot({ path: 'test-results/billing-phone.png', fullPage: true });
  expect(consoleErrors).toEqual([]);
});
