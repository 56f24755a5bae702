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

/** A product of one size with 5 in stock, and a new customer with one of it in the cart (through the API). */
async function shopperWithOneItem(baseURL: string, name: string, price: string) {
  const admin = await adminApi(baseURL);
  const tag = Date.now().toString(36);
  const sku = `SKU-${tag}`;
  const category = await createCategory(admin, `${name}s ${tag}`);
  const product = await createProduct(admin, {
    name: `${name} ${tag}`,
    price,
    category: category.id,
    variants: [{ color: 'White', sizes: [{ size: 'One size', sku, stock: 5 }] }],
  });
  const email = uniqueEmail('shopper');
  const password = 'Analytical-Engine-1843';
  await registerThroughApi(baseURL, { email, password, user_type: 'customer', first_name: 'Ada' });
  const customer = await apiAs(baseURL, email, password);
  const sizeId = product.variants[0]?.sizes[0]?.id;
  const addOne = async () => {
    const added = await customer.post('/api/cart/add/', { data: { size_id: sizeId, quantity: 1 } });
    expect(added.status(), await added.text()).toBe(200);
  };
  await addOne();
  return { admin, product, sku, email, password, addOne };
}

test.describe('paying at checkout', () => {
  test('methods by name, "Place order, pay on delivery", test cards under a test-mode banner; the order names its method', async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const {
      admin,
      product: mug,
      sku,
      email,
      password,
      addOne,
    } = await shopperWithOneItem(baseURL!, 'Tea mug', '24.00');

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
    expect(await stockOf(admin, mug.slug, sku)).toBe(4);

    // A test card typed in: a declining number first, then one that pays; the order names the card.
    await addOne();
    await page.goto('/checkout');
    for (const [label, value] of Object.entries(ADDRESS))
      await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel('Payment method').selectOption('card_number');
    await page.getByLabel('Card number').fill('4000 0000 0000 0002');
    await page.getByRole('button', { name: 'Pay $24.00' }).click();
    await expect(page.getByRole('alert')).toContainText(/declined/i);
    expect(await stockOf(admin, mug.slug, sku)).toBe(4);
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByRole('button', { name: 'Pay $24.00' }).click();
    await expect(page).toHaveURL(/\/orders\/[\w-]+\?placed=1$/);
    await expect(page.getByTestId('order-status')).toHaveText('Paid');
    await expect(page.getByTestId('order-payment')).toHaveText('Paid · Test card 4242 4242 4242 4242: Visa');
    expect(await stockOf(admin, mug.slug, sku)).toBe(3);

    // Orders never show raw codes such as `pm_card_visa`.
    await addOne();
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
    const { email, password } = await shopperWithOneItem(baseURL!, 'Milk jug', '12.00');
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
