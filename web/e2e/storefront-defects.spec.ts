import { E2E_ADMIN } from './accounts.js';
import { expect, test } from './fixtures.js';
import {
  adminApi,
  linkFromMail,
  registerThroughApi,
  signIn,
  uniqueEmail,
  withoutExpectedHttpErrors,
} from './helpers.js';
import { apiAs, productOnSale, TINY_PNG } from './shop-helpers.js';

test.use({ viewport: { width: 1280, height: 800 } });

test.describe('storefront defects', () => {
  test("the cart shows the chosen colour's picture and how many are left when fewer than wanted", async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const admin = await adminApi(baseURL!);
    const tag = Date.now().toString(36);
    const mug = await productOnSale(admin, tag, {
      category: 'Mugs',
      name: 'Enamel mug',
      price: '9.00',
      variants: [
        { color: 'White', sizes: [{ size: 'One size', sku: 'EM-W', stock: 5 }] },
        { color: 'Teal', sizes: [{ size: 'One size', sku: 'EM-T', stock: 5 }] },
      ],
    });
    const urls: Record<string, string> = {};
    for (const variant of mug.variants) {
      const uploaded = await admin.post(`/api/vendor/products/${mug.id}/images/`, {
        multipart: {
          file: { name: `${variant.color}.png`, mimeType: 'image/png', buffer: TINY_PNG },
          variant: variant.id,
          alt_text: `${variant.color} mug`,
        },
      });
      expect(uploaded.status(), await uploaded.text()).toBe(201);
      // Carts show the picture's thumbnail.
      urls[variant.color] = ((await uploaded.json()) as { thumbnail_url: string }).thumbnail_url;
    }
    const email = uniqueEmail('tess');
    const password = 'Teal-Mug-Lover-2024';
    await registerThroughApi(baseURL!, { email, password, user_type: 'customer' });
    const customer = await apiAs(baseURL!, email, password);
    const teal = mug.variants.find((v) => v.color === 'Teal')!.sizes[0]!;
    expect(
      (await customer.post('/api/cart/add/', { data: { size_id: teal.id, quantity: 3 } })).status(),
    ).toBe(200);
    // Two sold elsewhere in the meantime... and one more.
    const adjusted = await admin.post('/api/inventory/adjustments/', {
      data: { sku: teal.sku, delta: -3, reason: 'Sold at the counter' },
    });
    expect(adjusted.status(), await adjusted.text()).toBe(201);

    await signIn(page, email, password);
    await page.goto('/cart');
    const line = page.getByTestId('cart-line');
    await expect(line).toContainText('Teal');
    await expect(line.locator('img')).toHaveAttribute('src', urls.Teal!);
    await expect(line).toContainText('Only 2 left: fewer than you want');

    await customer.dispose();
    await admin.dispose();
    expect(consoleErrors).toEqual([]);
  });

  test('sign-in and account messages speak of labels, minutes and deactivation; the phone field takes phone numbers', async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const admin = await adminApi(baseURL!);
    const email = uniqueEmail('pat');
    const password = 'Patient-Person-Waits-5';
    await registerThroughApi(baseURL!, { email, password, user_type: 'customer', first_name: 'Pat' });
    await signIn(page, email, password);

    // The summary names the field as the form labels it.
    await page.goto('/account/password');
    await page.getByLabel('Current password').fill('Not-My-Password-000');
    await page.getByLabel('New password', { exact: true }).fill('Another-Good-Password-1');
    await page.getByLabel('Confirm new password').fill('Another-Good-Password-1');
    await page.getByRole('button', { name: 'Change password' }).click();
    const summary = page.getByRole('alert').first();
    await expect(summary).toContainText('Current password');
    await expect(summary).not.toContainText('old_password');
    await expect(page.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');

    // Only phone-like text, said before anything is sent.
    await page.goto('/account');
    const phone = page.getByLabel('Phone');
    await expect(phone).toHaveAttribute('type', 'tel');
    await expect(phone).toHaveAttribute('pattern', /.+/);
    await phone.fill('call me maybe');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Enter a phone number: digits, spaces and + ( ) - only')).toBeVisible();
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    // A real number, as typed; the server keeps it in international (E.164) form.
    await phone.fill('+880 1711-000777');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your profile is saved.' })).toBeVisible();
    const me = await apiAs(baseURL!, email, password);
    expect(((await (await me.get('/api/auth/profile/')).json()) as { phone: string }).phone).toBe(
      '+8801711000777',
    );
    await me.dispose();

    // A deactivated account is told so (with the right password), not "wrong password".
    await page.context().clearCookies();
    const { id } = (
      (await (await admin.get(`/api/admin/users/?search=${encodeURIComponent(email)}`)).json()) as {
        results: { id: string }[];
      }
    ).results[0]!;
    expect((await admin.delete(`/api/admin/users/${id}/`)).status()).toBe(204);
    await page.goto('/signin');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').first()).toContainText('This account is deactivated');

    // A lockout says minutes, not hundreds of seconds.
    const locked = uniqueEmail('lock');
    await registerThroughApi(baseURL!, { email: locked, password, user_type: 'customer' });
    await page.getByLabel('Email').fill(locked);
    for (let i = 0; i < 6; i++) {
      await page.getByLabel('Password').fill(`Wrong-Guess-${i}-xyz`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    }
    const lockout = page.getByRole('alert').first();
    await expect(lockout).toContainText('Try again in about 15 minutes');
    await expect(lockout).not.toContainText('seconds');

    await admin.dispose();
    expect(withoutExpectedHttpErrors(consoleErrors, [400, 401, 403, 429])).toEqual([]);
  });

  test('the price filter refuses a min above the max and its button is seen when focused; mail links open', async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    await page.goto('/shop/products');
    const min = page.getByLabel('Min price');
    const max = page.getByLabel('Max price');
    await min.fill('50');
    await max.fill('20');
    // The keyboard goes from the boxes to a button one can see.
    await max.press('Tab');
    const apply = page.getByRole('button', { name: 'Apply prices' });
    await expect(apply).toBeFocused();
    expect((await apply.boundingBox())!.width).toBeGreaterThan(40);
    await apply.press('Enter');
    await expect(page.getByText('The max price cannot be below the min price.')).toBeVisible();
    await expect(max).toHaveAttribute('aria-invalid', 'true');
    await expect(page).not.toHaveURL(/min_price|max_price/);
    await expect(max).toHaveValue('20');
    await max.fill('80');
    await apply.click();
    await expect(page).toHaveURL(/min_price=50&max_price=80|max_price=80&min_price=50/);
    await expect(page.getByText('The max price cannot be below the min price.')).toHaveCount(0);

    // The outbox's links are links.
    const email = uniqueEmail('rita');
    await registerThroughApi(baseURL!, { email, password: 'Reset-Me-Later-2025', user_type: 'customer' });
    const admin = await adminApi(baseURL!);
    await admin.post('/api/auth/password-reset/', { data: { email } });
    const path = await linkFromMail(admin, email, /password/i, /^\/reset-password\//);
    await admin.dispose();
    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.goto(`/admin/mail?to=${encodeURIComponent(email)}`);
    const mail = page
      .locator('.mail')
      .filter({ hasText: /password/i })
      .first();
    await mail.locator('summary').click();
    const link = mail.getByRole('link', { name: /\/reset-password\// });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));

    expect(consoleErrors).toEqual([]);
  });
});
