/**
 * Paying at checkout: methods by name, a button that says what happens, test
 * cards only in test mode (this server runs in test mode, see
 * playwright.config.ts), and orders that name their method for people.
 */
import { expect, test } from './fixtures.js';
import { adminApi, registerThroughApi, signIn, uniqueEmail, withoutExpectedHttpErrors } from './helpers.js';
import { apiAs, createCategory, createProduct, stockOf } from './shop-helpers.js';

const ADDRESS = {
  'Full name': 'Ada Lovelace',
  Address: '12 St James Square',
  'Postal code': 'SW1Y 4JH',
  City: 'London',
  Country: 'GB',
};

test.describe('paying at checkout', () => {
  test('methods by name, "Place order, pay on delivery", test cards under a test-mode banner; the order names its method', async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const admin = await adminApi(baseURL!);
    const tag = Date.now().toString(36);
    const category = await createCategory(admin, `Mugs ${tag}`);
    const mug = await createProduct(admin, {
      name: `Tea mug ${tag}`,
      price: '24.00',
      category: category.id,
      variants: [{ color: 'White', sizes: [{ size: 'One size', sku: `MUG-${tag}`, stock: 5 }] }],
    });
    const email = uniqueEmail('ada');
    const password = 'Analytical-Engine-1843';
    await registerThroughApi(baseURL!, { email, password, user_type: 'customer', first_name: 'Ada' });
    const customer = await apiAs(baseURL!, email, password);
    const sizeId = mug.variants[0]?.sizes[0]?.id;
    const added = await customer.post('/api/cart/add/', { data: { size_id: sizeId, quantity: 1 } });
    expect(added.status(), await added.text()).toBe(200);

    await signIn(page, email, password);
    await page.goto('/checkout');
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
    await expect(page.getByTestId('test-mode-banner')).toContainText('Test mode');
    for (const [label, value] of Object.entries(ADDRESS))
      await page.getByLabel(label, { exact: true }).fill(value);

    const method = page.getByLabel('Payment method');
    // Human names, offline first and chosen by default; test cards in their own group (test mode).
    await expect(method).toHaveValue('cash_on_delivery');
    await expect(method.locator('option:checked')).toHaveText('Cash on delivery');
    await expect(method.locator('optgroup[label="Pay on delivery or later"] option')).toHaveText([
      'Cash on delivery',
      'Cash',
      'Bank transfer',
      'bKash',
      'Nagad',
      'Rocket',
    ]);
    await expect(method.locator('optgroup[label^="Test cards"] option').first()).toHaveText(
      'Test card: Visa (succeeds)',
    );
    await expect(method.locator('option', { hasText: 'pm_card' })).toHaveCount(0);

    // The button says what happens.
    await expect(page.getByRole('button', { name: 'Place order, pay on delivery' })).toBeVisible();
    await method.selectOption('bank_transfer');
    await expect(page.getByRole('button', { name: 'Place order, pay by bank transfer' })).toBeVisible();
    await method.selectOption('pm_card_visa');
    await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
    await method.selectOption('cash_on_delivery');
    await page.getByRole('button', { name: 'Place order, pay on delivery' }).click();

    await expect(page).toHaveURL(/\/orders\/[\w-]+\?placed=1$/);
    await expect(page.getByRole('status').filter({ hasText: 'Thank you!' })).toContainText(
      'you pay when it arrives',
    );
    await expect(page.getByTestId('order-status')).toHaveText('Awaiting payment');
    await expect(page.getByTestId('order-payment')).toHaveText('Awaiting payment · Cash on delivery');
    expect(await stockOf(admin, mug.slug, `MUG-${tag}`)).toBe(4);

    // A test card typed in: a declining number first, then one that pays; the order names the card.
    await customer.post('/api/cart/add/', { data: { size_id: sizeId, quantity: 1 } });
    await page.goto('/checkout');
    for (const [label, value] of Object.entries(ADDRESS))
      await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel('Payment method').selectOption('card_number');
    await page.getByLabel('Card number').fill('4000 0000 0000 0002');
    await page.getByRole('button', { name: 'Pay $24.00' }).click();
    await expect(page.getByRole('alert')).toContainText(/declined/i);
    expect(await stockOf(admin, mug.slug, `MUG-${tag}`)).toBe(4);
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByRole('button', { name: 'Pay $24.00' }).click();
    await expect(page).toHaveURL(/\/orders\/[\w-]+\?placed=1$/);
    await expect(page.getByTestId('order-status')).toHaveText('Paid');
    await expect(page.getByTestId('order-payment')).toHaveText('Paid · Test card 4242 4242 4242 4242: Visa');
    expect(await stockOf(admin, mug.slug, `MUG-${tag}`)).toBe(3);

    // Orders never show raw codes such as `pm_card_visa`.
    await customer.post('/api/cart/add/', { data: { size_id: sizeId, quantity: 1 } });
    await page.goto('/checkout');
    for (const [label, value] of Object.entries(ADDRESS))
      await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel('Payment method').selectOption('pm_card_visa');
    await page.getByRole('button', { name: 'Pay $24.00' }).click();
    await expect(page).toHaveURL(/\/orders\/[\w-]+\?placed=1$/);
    await expect(page.getByTestId('order-payment')).toHaveText('Paid · Test card: Visa');
    await expect(page.getByText('pm_card_visa')).toHaveCount(0);
    expect(withoutExpectedHttpErrors(consoleErrors, [402])).toEqual([]);
  });

  test('outside test mode: no banner and no test cards, only offline methods', async ({ page, baseURL }) => {
    const admin = await adminApi(baseURL!);
    const tag = Date.now().toString(36);
    const category = await createCategory(admin, `Jugs ${tag}`);
    const jug = await createProduct(admin, {
      name: `Milk jug ${tag}`,
      price: '12.00',
      category: category.id,
      variants: [{ color: 'Blue', sizes: [{ size: 'One size', sku: `JUG-${tag}`, stock: 5 }] }],
    });
    const email = uniqueEmail('bob');
    const password = 'Difference-Engine-1822';
    await registerThroughApi(baseURL!, { email, password, user_type: 'customer', first_name: 'Bob' });
    const customer = await apiAs(baseURL!, email, password);
    await customer.post('/api/cart/add/', { data: { size_id: jug.variants[0]?.sizes[0]?.id, quantity: 1 } });
    // The server answers as a shop outside test mode would (its own behaviour is tested on the server).
    await page.route('**/api/payments/config/', async (route) => {
      const response = await route.fetch();
      const config = (await response.json()) as { methods: { kind: string }[] };
      await route.fulfill({
        response,
        json: { ...config, test_mode: false, methods: config.methods.filter((m) => m.kind === 'offline') },
      });
    });
    await signIn(page, email, password);
    await page.goto('/checkout');
    const method = page.getByLabel('Payment method');
    await expect(method).toHaveValue('cash_on_delivery');
    await expect(page.getByTestId('test-mode-banner')).toHaveCount(0);
    await expect(method.locator('option')).toHaveCount(6);
    await expect(page.getByLabel('Card number')).toHaveCount(0);
    await expect(method.locator('option', { hasText: /test/i })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Place order, pay on delivery' })).toBeVisible();
  });
});
