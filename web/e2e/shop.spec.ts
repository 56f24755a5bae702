import { E2E_ADMIN } from './accounts.js';
import { expect, test } from './fixtures.js';
import {
  adminApi,
  expectNoSidewaysScroll,
  registerThroughApi,
  signIn,
  uniqueEmail,
  withoutExpectedHttpErrors,
} from './helpers.js';
import {
  apiAs,
  createCategory,
  createProduct,
  placeOrderThroughApi,
  stockOf,
  TINY_PNG,
} from './shop-helpers.js';

const ADDRESS = {
  'Full name': 'Grace Hopper',
  Address: '1 Harbour Road',
  'Postal code': '02139',
  City: 'Cambridge',
  Country: 'US',
};

test.describe('shop', () => {
  test('browse → filter → add to cart → checkout (a decline, then a payment) → see the order → cancel it', async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const admin = await adminApi(baseURL!);
    const tag = Date.now().toString(36);
    const boots = await createCategory(admin, `Boots ${tag}`);
    const hats = await createCategory(admin, `Hats ${tag}`);
    const boot = await createProduct(admin, {
      name: `Trail boot ${tag}`,
      price: '89.90',
      category: boots.id,
      description: 'Waterproof leather.',
      variants: [
        {
          color: 'Brown',
          sizes: [
            { size: '42', sku: `TB-${tag}-BR-42`, stock: 3 },
            { size: '43', sku: `TB-${tag}-BR-43`, stock: 0 },
          ],
        },
        { color: 'Black', price: '95.00', sizes: [{ size: '42', sku: `TB-${tag}-BK-42`, stock: 1 }] },
      ],
    });
    await createProduct(admin, {
      name: `City boot ${tag}`,
      price: '120.00',
      category: boots.id,
      variants: [{ color: 'Grey', sizes: [{ size: '41', sku: `CB-${tag}-41`, stock: 5 }] }],
    });
    await createProduct(admin, {
      name: `Wool hat ${tag}`,
      price: '20.00',
      category: hats.id,
      variants: [{ color: 'Red', sizes: [{ size: 'M', sku: `WH-${tag}-M`, stock: 5 }] }],
    });
    const sku = `TB-${tag}-BR-42`;
    const email = uniqueEmail('grace');
    const password = 'Compiler-Admiral-1906';
    await registerThroughApi(baseURL!, { email, password, user_type: 'customer', first_name: 'Grace' });

    await signIn(page, email, password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Shop' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Shop' })).toBeVisible();
    await page.getByRole('link', { name: `Boots ${tag}` }).click();
    await expect(page).toHaveURL(new RegExp(`/shop/products\\?category=${boots.slug}`));
    await expect(page.getByRole('heading', { level: 1, name: `Boots ${tag}` })).toBeVisible();
    const cards = page.getByTestId('product-card');
    await expect(cards).toHaveCount(2);
    await expect(cards.filter({ hasText: 'Wool hat' })).toHaveCount(0);

    // Sort, then search: each is in the URL and survives a reload.
    await page.getByLabel('Sort by').selectOption('-price');
    await expect(page).toHaveURL(/ordering=-price/);
    await expect(cards.first()).toContainText('City boot');
    await page.getByLabel('Search', { exact: true }).fill('trail');
    await page.getByLabel('Search', { exact: true }).press('Enter');
    await expect(page).toHaveURL(/search=trail/);
    await expect(cards).toHaveCount(1);
    await page.reload();
    await expect(cards).toHaveCount(1);
    await expect(page.getByLabel('Sort by')).toHaveValue('-price');
    await expect(page.getByLabel('Category')).toHaveValue(boots.slug);

    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoSidewaysScroll(page, '/shop/products at 375px');
    await page.setViewportSize({ width: 1280, height: 800 });

    await cards.first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: `Trail boot ${tag}` })).toBeVisible();
    await expect(page.getByTestId('product-price')).toHaveText('$89.90');
    // The black one has its own price.
    await page.getByRole('radio', { name: 'Black' }).check();
    await expect(page.getByTestId('product-price')).toHaveText('$95.00');
    await page.getByRole('radio', { name: 'Brown' }).check();
    await expect(page.getByRole('radio', { name: '43' })).toBeDisabled();
    await page.getByRole('radio', { name: '42' }).check();
    await expect(page.getByTestId('stock')).toContainText('Only 3 left');
    await page.getByLabel('Quantity').selectOption('2');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'added to your cart' })).toBeVisible();
    await expect(page.getByTestId('cart-badge')).toHaveText('2');
    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoSidewaysScroll(page, 'product page at 375px');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('link', { name: 'View your cart' }).click();
    await expect(page.getByTestId('cart-line')).toHaveCount(1);
    await expect(page.getByTestId('cart-total')).toHaveText('$179.80');
    await page.getByRole('link', { name: 'Check out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
    for (const [label, value] of Object.entries(ADDRESS))
      await page.getByLabel(label, { exact: true }).fill(value);
    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoSidewaysScroll(page, '/checkout at 375px');
    await page.setViewportSize({ width: 1280, height: 800 });

    // A declined card: the server's sentence, and nothing bought.
    await page.getByLabel('Payment method').selectOption('pm_card_chargeDeclined');
    await page.getByRole('button', { name: 'Pay $179.80' }).click();
    await expect(page.getByRole('alert')).toContainText(/declined/i);
    expect(await stockOf(admin, boot.slug, sku)).toBe(3);

    await page.getByLabel('Payment method').selectOption('pm_card_visa');
    await page.getByRole('button', { name: 'Pay $179.80' }).click();
    await expect(page).toHaveURL(/\/orders\/[\w-]+\?placed=1$/);
    await expect(page.getByRole('status').filter({ hasText: 'Thank you!' })).toContainText(
      'is placed and paid',
    );
    await expect(page.getByTestId('order-status')).toHaveText('Paid');
    await expect(page.getByTestId('order-total')).toHaveText('$179.80');
    await expect(page.getByTestId('order-item')).toContainText(`Trail boot ${tag}`);
    await expect(page.getByTestId('cart-badge')).toHaveCount(0);
    expect(await stockOf(admin, boot.slug, sku)).toBe(1);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' }).click();
    const order = page.getByTestId('order-card').first();
    await expect(order).toContainText('Paid');
    await expect(order).toContainText('$179.80');
    await order.getByRole('link').click();
    await page.getByRole('button', { name: 'Cancel the order' }).click();
    const dialog = page.getByRole('dialog', { name: /Cancel order/ });
    await dialog.getByRole('button', { name: 'Cancel the order' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('order-status')).toHaveText('Cancelled');
    await expect(page.getByRole('status').filter({ hasText: 'Your order is cancelled' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Cancel the order' })).toHaveCount(0);
    expect(await stockOf(admin, boot.slug, sku)).toBe(3);

    await admin.dispose();
    expect(withoutExpectedHttpErrors(consoleErrors, [402])).toEqual([]);
  });

  test('a vendor creates a product with a picture, and it appears in the shop', async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const admin = await adminApi(baseURL!);
    const tag = Date.now().toString(36);
    const category = await createCategory(admin, `Scarves ${tag}`);
    const email = uniqueEmail('vida');
    const password = 'Market-Stall-Scarves-5';
    const vendor = await registerThroughApi(baseURL!, {
      email,
      password,
      user_type: 'vendor',
      first_name: 'Vida',
      last_name: 'Vendor',
    });
    const approved = await admin.post(`/api/admin/users/${vendor.id}/approve-vendor/`, { data: {} });
    expect(approved.status(), await approved.text()).toBe(200);

    await signIn(page, email, password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sell' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My products' })).toBeVisible();
    await expect(page.getByText('No products yet.')).toBeVisible();
    await page.getByRole('link', { name: 'New product' }).click();

    const name = `Silk scarf ${tag}`;
    // Empty form: the field errors are shown where they belong.
    await page.getByRole('button', { name: 'Create product' }).click();
    await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Description').fill('Hand-printed.');
    await page.getByLabel('Price', { exact: true }).fill('35');
    await page.getByLabel('Category').selectOption({ label: category.name });
    await page.getByLabel('Colour', { exact: true }).fill('Indigo');
    await page.getByLabel('Size 1 of colour 1', { exact: true }).fill('One size');
    await page.getByLabel('SKU 1 of colour 1').fill(`SS-${tag}-IN`);
    await page.getByLabel('Stock 1 of colour 1').fill('4');
    await page.getByRole('button', { name: 'Add a colour' }).click();
    await page.getByLabel('Colour', { exact: true }).nth(1).fill('Saffron');
    await page.getByLabel('Own price (optional)').nth(1).fill('39.50');
    await page.getByLabel('Size 1 of colour 2', { exact: true }).fill('One size');
    await page.getByLabel('SKU 1 of colour 2').fill(`SS-${tag}-SA`);
    await page.getByLabel('Stock 1 of colour 2').fill('2');
    await page.getByRole('button', { name: 'Create product' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `${name} is created` })).toBeVisible();

    // Chosen files upload at once (the server decodes them and makes the thumbnails).
    await page.getByLabel(/choose files/).setInputFiles({
      name: 'scarf.png',
      mimeType: 'image/png',
      buffer: TINY_PNG,
    });
    await expect(page.getByTestId('product-image')).toHaveCount(1);

    // Change the stock of one size and save: PUT keeps the ids.
    await page.getByLabel('Stock 1 of colour 1').fill('6');
    await page.getByRole('button', { name: 'Save product' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your product is saved.' })).toBeVisible();
    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoSidewaysScroll(page, 'product editor at 375px');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('link', { name: 'All my products' }).click();
    await expect(page.getByTestId('vendor-product')).toContainText(name);

    // In the shop, for everyone.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Shop' }).click();
    await page.getByRole('searchbox', { name: 'Search products' }).fill(`scarf ${tag}`);
    await page.getByRole('searchbox', { name: 'Search products' }).press('Enter');
    await expect(page).toHaveURL(/\/shop\/products\?search=scarf/);
    const card = page.getByTestId('product-card');
    await expect(card).toHaveCount(1);
    await expect(card).toContainText('$35.00');
    await expect(card.locator('img')).toHaveCount(1);
    await card.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText('Sold by Vida Vendor')).toBeVisible();
    await page.getByRole('link', { name: 'More from this seller' }).click();
    await expect(page).toHaveURL(/vendor=/);
    await expect(page.getByTestId('product-card')).toHaveCount(1);
    await page.getByTestId('product-card').getByRole('link').click();
    await page.getByRole('radio', { name: 'Saffron' }).check();
    await expect(page.getByTestId('product-price')).toHaveText('$39.50');
    await page.getByRole('radio', { name: 'Indigo' }).check();
    await page.getByRole('radio', { name: 'One size' }).check();
    await expect(page.getByTestId('stock')).toContainText('In stock');

    await admin.dispose();
    expect(consoleErrors).toEqual([]);
  });

  test('staff move an order along, refund it (restocking) and adjust stock; the ledger shows each', async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const admin = await adminApi(baseURL!);
    const tag = Date.now().toString(36);
    const category = await createCategory(admin, `Mugs ${tag}`);
    const sku = `MUG-${tag}`;
    const product = await createProduct(admin, {
      name: `Stone mug ${tag}`,
      price: '12.00',
      category: category.id,
      variants: [{ color: 'Sand', sizes: [{ size: '300 ml', sku, stock: 4 }] }],
    });
    const email = uniqueEmail('otto');
    await registerThroughApi(baseURL!, { email, password: 'Order-Placer-Mugs-2', user_type: 'customer' });
    const customer = await apiAs(baseURL!, email, 'Order-Placer-Mugs-2');
    const { order_number } = await placeOrderThroughApi(
      customer,
      product.variants[0]!.sizes[0]!.id,
      `e2e-${tag}`,
    );

    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.goto('/admin');
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Orders' }).click();
    await page.getByLabel('Search').fill(order_number);
    await page.getByRole('button', { name: 'Search' }).click();
    const card = page.locator(`[data-testid="admin-order"][data-number="${order_number}"]`);
    await expect(card.getByTestId('order-status')).toHaveText('Paid');
    // Only the moves the server allows (`next_statuses`) are offered.
    const select = card.getByLabel(`New status for ${order_number}`);
    await expect(select.locator('option')).toHaveText(['Choose…', 'Processing', 'Cancelled', 'Refunded']);
    await select.selectOption('processing');
    await card.getByRole('button', { name: 'Change status' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Order ${order_number} is now processing.` }),
    ).toBeVisible();
    await expect(card.getByTestId('order-status')).toHaveText('Processing');
    // The moves come from the server's `next_statuses` for the order's new status.
    await expect(select.locator('option')).toHaveText(['Choose…', 'Shipped', 'Cancelled', 'Refunded']);
    // A refund before shipping puts the item back in stock unless staff say otherwise.
    await select.selectOption('refunded');
    await expect(card.getByLabel('Put the items back in stock')).toBeChecked();
    await card.getByRole('button', { name: 'Change status' }).click();
    await expect(card.getByTestId('order-status')).toHaveText('Refunded');
    await expect(card.getByLabel(`New status for ${order_number}`)).toHaveCount(0);
    await page.getByLabel('Status', { exact: true }).selectOption('refunded');
    await expect(page).toHaveURL(/status=refunded/);
    await expect(card).toBeVisible();
    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoSidewaysScroll(page, '/admin/orders at 375px');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Inventory' }).click();
    await page.getByLabel('Search').fill(sku);
    await page.getByRole('button', { name: 'Search' }).click();
    const row = page.locator(`[data-testid="inventory-row"][data-sku="${sku}"]`);
    await expect(row.getByTestId('stock')).toHaveText('4');
    await row.getByRole('button', { name: `Adjust stock of ${sku}` }).click();
    const dialog = page.getByRole('dialog', { name: `Adjust ${sku}` });
    await dialog.getByLabel('Change').fill('-10');
    await dialog.getByLabel('Reason').fill('Breakage');
    await dialog.getByRole('button', { name: 'Adjust stock' }).click();
    // Never below zero: the server refuses, the dialog says why.
    await expect(dialog.getByRole('alert')).toBeVisible();
    await dialog.getByLabel('Change').fill('5');
    await dialog.getByLabel('Reason').fill('Recount');
    await dialog.getByRole('button', { name: 'Adjust stock' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: `${sku}: +5, stock now 9.` })).toBeVisible();
    await expect(row.getByTestId('stock')).toHaveText('9');

    await page
      .getByRole('navigation', { name: 'Inventory' })
      .getByRole('link', { name: 'Movements' })
      .click();
    await page.getByLabel('SKU').fill(sku);
    await page.getByRole('button', { name: 'Filter' }).click();
    const movements = page.getByTestId('movement-row');
    await expect(movements.filter({ hasText: 'Recount' })).toContainText('+5');
    await expect(movements.filter({ hasText: 'Recount' })).toContainText(E2E_ADMIN.email);
    await expect(page.locator('[data-testid="movement-row"][data-kind="sale"]')).toHaveCount(1);
    await expect(page.locator('[data-testid="movement-row"][data-kind="return"]')).toContainText('+1');
    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoSidewaysScroll(page, '/admin/inventory/movements at 375px');

    await customer.dispose();
    await admin.dispose();
    expect(withoutExpectedHttpErrors(consoleErrors, [400, 409])).toEqual([]);
  });
});

test.describe('wishlist', () => {
  test('save products (their size remembered), move them to the cart (asked for the size when there are several), remove one', async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const admin = await adminApi(baseURL!);
    const tag = Date.now().toString(36);
    const category = await createCategory(admin, `Gloves ${tag}`);
    const gloves = await createProduct(admin, {
      name: `Leather gloves ${tag}`,
      price: '45.00',
      category: category.id,
      variants: [
        {
          color: 'Tan',
          sizes: [
            { size: 'S', sku: `LG-${tag}-S`, stock: 2 },
            { size: 'L', sku: `LG-${tag}-L`, stock: 2 },
          ],
        },
      ],
    });
    const mittens = await createProduct(admin, {
      name: `Wool mittens ${tag}`,
      price: '18.00',
      category: category.id,
      variants: [{ color: 'Blue', sizes: [{ size: 'One size', sku: `WM-${tag}`, stock: 3 }] }],
    });
    const email = uniqueEmail('wren');
    const password = 'Saved-For-Later-77';
    await registerThroughApi(baseURL!, { email, password, user_type: 'customer' });
    const customer = await apiAs(baseURL!, email, password);
    await signIn(page, email, password);

    // The wishlist keeps products; the colour and size picked when saving are offered first later.
    await page.goto(`/shop/products/${gloves.slug}`);
    await page.getByRole('radio', { name: 'L', exact: true }).check();
    await page.getByRole('button', { name: 'Add to wishlist' }).click();
    await expect(page.getByRole('button', { name: 'In your wishlist' })).toBeDisabled();
    // One size in stock: it is picked already.
    await page.goto(`/shop/products/${mittens.slug}`);
    await expect(page.getByRole('radio', { name: 'One size' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Add to cart' })).toBeEnabled();
    await page.getByRole('button', { name: 'Add to wishlist' }).click();
    await expect(page.getByRole('button', { name: 'In your wishlist' })).toBeDisabled();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Wishlist' }).click();
    const lines = page.getByTestId('wishlist-line');
    await expect(lines).toHaveCount(2);

    // One size in stock: straight to the cart.
    await lines.filter({ hasText: 'Wool mittens' }).getByRole('button', { name: 'Move to cart' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Wool mittens ${tag} is in your cart.` }),
    ).toBeVisible();
    await expect(page.getByTestId('cart-badge')).toHaveText('1');
    await expect(lines).toHaveCount(1);

    // Two sizes in stock: the shopper is asked, the size saved with it offered first.
    await lines.filter({ hasText: 'Leather gloves' }).getByRole('button', { name: 'Move to cart' }).click();
    const picker = page.getByRole('dialog', { name: `Which size of Leather gloves ${tag}?` });
    await expect(picker.getByRole('radio', { name: 'Size L' })).toBeChecked();
    await picker.getByRole('radio', { name: 'Size S' }).check();
    await picker.getByRole('button', { name: 'Move to cart' }).click();
    await expect(picker).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: `Leather gloves ${tag} is in your cart.` }),
    ).toBeVisible();
    await expect(page.getByTestId('cart-badge')).toHaveText('2');
    await expect(page.getByText('Nothing saved yet.')).toBeVisible();
    const cartLines = (await (await customer.get('/api/cart/')).json()) as {
      items: { size: { sku: string } }[];
    };
    expect(cartLines.items.map((i) => i.size.sku).sort()).toEqual([`LG-${tag}-S`, `WM-${tag}`]);

    // Saved again and removed.
    await customer.post('/api/wishlist/add/', { data: { product_id: gloves.id } });
    await page.reload();
    await page.getByRole('button', { name: `Remove Leather gloves ${tag} from your wishlist` }).click();
    await expect(page.getByText('Nothing saved yet.')).toBeVisible();

    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/cart');
    await expect(page.getByTestId('cart-line')).toHaveCount(2);
    await expect(page.getByTestId('cart-line').filter({ hasText: 'Wool mittens' })).toBeVisible();
    await expectNoSidewaysScroll(page, '/cart at 375px');

    await customer.dispose();
    await admin.dispose();
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('admin: categories', () => {
  test('an admin builds the tree; a category with children cannot be deleted', async ({
    page,
    consoleErrors,
  }) => {
    const tag = Date.now().toString(36);
    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.goto('/admin');
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Categories' }).click();
    await page.getByRole('button', { name: 'New category' }).click();
    let dialog = page.getByRole('dialog', { name: 'New category' });
    await dialog.getByLabel('Name').fill(`Outdoor ${tag}`);
    await dialog.getByRole('button', { name: 'Create category' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Outdoor ${tag} is saved.` })).toBeVisible();

    await page.getByRole('button', { name: 'New category' }).click();
    dialog = page.getByRole('dialog', { name: 'New category' });
    await dialog.getByLabel('Name').fill(`Tents ${tag}`);
    await dialog.getByLabel('Parent').selectOption({ label: `Outdoor ${tag}` });
    await dialog.getByRole('button', { name: 'Create category' }).click();
    await expect(page.locator(`[data-testid="category-row"][data-slug="tents-${tag}"]`)).toContainText('↳');

    await page.getByRole('button', { name: `Delete Outdoor ${tag}` }).click();
    dialog = page.getByRole('dialog', { name: `Delete Outdoor ${tag}?` });
    await dialog.getByRole('button', { name: 'Delete category' }).click();
    await expect(dialog.getByRole('alert')).toContainText('subcategories');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.goto('/shop');
    const tile = page.locator('.category-tile').filter({ hasText: `Outdoor ${tag}` });
    await expect(tile.getByRole('link', { name: `Tents ${tag}` })).toBeVisible();
    expect(withoutExpectedHttpErrors(consoleErrors, [409])).toEqual([]);
  });
});

test.describe('categories and from prices', () => {
  test('menus and pickers show every category (more than one page of the list); cards show the from price', async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const admin = await adminApi(baseURL!);
    const tag = Date.now().toString(36);
    // More categories than a page of GET /api/categories/ holds (20 by default); the last one by name is on no first page.
    const parent = await createCategory(admin, `Many ${tag}`);
    for (let i = 0; i < 21; i += 1)
      await createCategory(admin, `Many ${tag} ${String(i).padStart(2, '0')}`, parent.id);
    const last = await createCategory(admin, `Zz last ${tag}`);
    await createProduct(admin, {
      name: `Sale jacket ${tag}`,
      price: '100.00',
      category: last.id,
      variants: [
        { color: 'Navy', sizes: [{ size: 'M', sku: `SJ-${tag}-N`, stock: 0 }] },
        { color: 'Olive', price: '20.00', sizes: [{ size: 'M', sku: `SJ-${tag}-O`, stock: 2 }] },
      ],
    });

    await page.goto('/shop');
    await page.getByRole('link', { name: `Zz last ${tag}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Zz last ${tag}` })).toBeVisible();
    await expect(page.getByLabel('Category')).toHaveValue(last.slug);
    await expect(page.getByLabel('Category').locator('option', { hasText: `Many ${tag} 20` })).toHaveCount(1);
    const card = page.getByTestId('product-card').filter({ hasText: `Sale jacket ${tag}` });
    await expect(card).toContainText('From $20.00');

    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.goto('/admin/categories');
    await expect(page.locator(`[data-testid="category-row"][data-slug="${last.slug}"]`)).toBeVisible();
    // The parent and its 21 children.
    await expect(page.locator(`[data-testid="category-row"][data-slug^="many-${tag}"]`)).toHaveCount(22);
    await admin.dispose();
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('cart', () => {
  test('a line whose product stops being sold is flagged, not dropped, and blocks checkout until removed', async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const admin = await adminApi(baseURL!);
    const tag = Date.now().toString(36);
    const category = await createCategory(admin, `Socks ${tag}`);
    const socks = await createProduct(admin, {
      name: `Wool socks ${tag}`,
      price: '9.99',
      category: category.id,
      variants: [{ color: 'Grey', sizes: [{ size: 'M', sku: `WS-${tag}`, stock: 10 }] }],
    });
    const belt = await createProduct(admin, {
      name: `Leather belt ${tag}`,
      price: '30.01',
      category: category.id,
      variants: [{ color: 'Black', sizes: [{ size: '90', sku: `LB-${tag}`, stock: 2 }] }],
    });
    const email = uniqueEmail('cato');
    const password = 'Flagged-Line-Cart-4';
    await registerThroughApi(baseURL!, { email, password, user_type: 'customer' });
    const customer = await apiAs(baseURL!, email, password);
    for (const [product, quantity] of [
      [socks, 3],
      [belt, 1],
    ] as const) {
      const added = await customer.post('/api/cart/add/', {
        data: { size_id: product.variants[0]!.sizes[0]!.id, quantity },
      });
      expect(added.status(), await added.text()).toBe(200);
    }

    await signIn(page, email, password);
    await page.goto('/cart');
    await expect(page.getByTestId('cart-line')).toHaveCount(2);
    // 3 × 9.99 + 30.01, added up exactly.
    await expect(page.getByTestId('cart-total')).toHaveText('$59.98');
    await expect(page.getByTestId('cart-count')).toHaveText('4');

    const hidden = await admin.patch(`/api/vendor/products/${belt.id}/`, { data: { is_active: false } });
    expect(hidden.status(), await hidden.text()).toBe(200);
    await page.reload();
    const beltLine = page.getByTestId('cart-line').filter({ hasText: 'Leather belt' });
    await expect(beltLine).toContainText('No longer sold');
    await expect(page.getByText('cannot be bought as it is')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Check out' })).toBeDisabled();

    // Fewer socks: the line and the total follow.
    await page.getByLabel(`Quantity of Wool socks ${tag}, Grey, size M`).selectOption('2');
    await expect(page.getByTestId('cart-line').filter({ hasText: 'Wool socks' })).toContainText('$19.98');

    await page.getByRole('button', { name: `Remove Leather belt ${tag}, Black, size 90` }).click();
    await expect(page.getByTestId('cart-line')).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Check out' })).toBeVisible();
    await expect(page.getByTestId('cart-count')).toHaveText('2');

    await customer.dispose();
    await admin.dispose();
    expect(consoleErrors).toEqual([]);
  });
});

test.describe("missing and other people's pages", () => {
  test('the search box of the home and of the shop page opens the products searched for', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/');
    const home = page.getByRole('form', { name: 'Search the shop' });
    await home.getByRole('searchbox', { name: 'Search products' }).fill('  red scarf ');
    await home.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/shop\/products\?search=red%20scarf$/);
    await page.goto('/shop');
    const shop = page.getByRole('form', { name: 'Search products' });
    await shop.getByRole('searchbox', { name: 'Search products' }).press('Enter');
    await expect(page).toHaveURL(/\/shop\/products$/);
    expect(consoleErrors).toEqual([]);
  });

  test("another customer's order is not found, and so is an unknown product", async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const admin = await adminApi(baseURL!);
    const tag = Date.now().toString(36);
    const category = await createCategory(admin, `Pens ${tag}`);
    const pen = await createProduct(admin, {
      name: `Fountain pen ${tag}`,
      price: '25.00',
      category: category.id,
      variants: [{ color: 'Black', sizes: [{ size: 'F', sku: `FP-${tag}`, stock: 5 }] }],
    });
    const owner = { email: uniqueEmail('olga'), password: 'Owner-Of-The-Order-1' };
    const other = { email: uniqueEmail('nosy'), password: 'Not-The-Owner-Here-2' };
    for (const who of [owner, other]) await registerThroughApi(baseURL!, { ...who, user_type: 'customer' });
    const ownerApi = await apiAs(baseURL!, owner.email, owner.password);
    const order = await placeOrderThroughApi(ownerApi, pen.variants[0]!.sizes[0]!.id, `e2e-own-${tag}`);

    await signIn(page, other.email, other.password);
    await page.goto(`/orders/${order.id}`);
    await expect(page.getByRole('alert')).toHaveText(/No such order\./);
    await expect(page.getByText(order.order_number)).toHaveCount(0);
    // Trying again cannot find it: the page offers the way back instead.
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await page.getByRole('alert').getByRole('link', { name: 'Your orders' }).click();
    await expect(page).toHaveURL(/\/orders$/);
    await expect(page.getByText('You have no orders yet.')).toBeVisible();

    await page.goto(`/shop/products/no-such-product-${tag}`);
    await expect(page.getByRole('alert')).toHaveText(/No such product\./);
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await page.getByRole('alert').getByRole('link', { name: 'All products' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();

    await ownerApi.dispose();
    await admin.dispose();
    expect(withoutExpectedHttpErrors(consoleErrors, [404])).toEqual([]);
  });
});
