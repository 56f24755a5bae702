/**
 * The product editor's pictures: two files dropped at once are uploaded
 * (decoded by the server, shown as thumbnails), then moved with the keyboard,
 * one made the main picture and given alt text; the API agrees with the page.
 */
import { E2E_ADMIN } from './accounts.js';
import { expect, test } from './fixtures.js';
import { adminApi, signIn } from './helpers.js';
import { createCategory, createProduct, TINY_PNG } from './shop-helpers.js';

interface Image {
  id: string;
  alt_text: string;
  is_main: boolean;
  position: number;
  thumbnail_url: string;
}

test('drop two pictures, reorder them with the keyboard, choose the main one and write alt text', async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  const admin = await adminApi(baseURL!);
  const tag = Date.now().toString(36);
  const category = await createCategory(admin, `Mugs ${tag}`);
  const product = await createProduct(admin, {
    name: `Stoneware mug ${tag}`,
    price: '18.00',
    category: category.id,
    variants: [{ color: 'Blue', sizes: [{ size: 'One size', sku: `MUG-${tag}`, stock: 5 }] }],
  });
  const imagesOf = async (): Promise<Image[]> =>
    ((await (await admin.get(`/api/vendor/products/${product.id}/`)).json()) as { images: Image[] }).images;

  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto(`/vendor/products/${product.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${product.name}` })).toBeVisible();
  await expect(page.getByText('No pictures yet.')).toBeVisible();

  // Two files dropped on the zone at once, as a file manager drops them.
  const drop = await page.evaluateHandle(
    (files) => {
      const transfer = new DataTransfer();
      for (const { name, base64 } of files) {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], name, { type: 'image/png' }));
      }
      return transfer;
    },
    [
      { name: 'front.png', base64: TINY_PNG.toString('base64') },
      { name: 'side.png', base64: TINY_PNG.toString('base64') },
    ],
  );
  const zone = page.getByTestId('picture-dropzone');
  await zone.dispatchEvent('dragover', { dataTransfer: drop });
  await zone.dispatchEvent('drop', { dataTransfer: drop });
  const pictures = page.getByTestId('product-image');
  await expect(pictures).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: '2 pictures added.' })).toBeAttached();
  // Shown from the server's thumbnails, the first uploaded as the main picture.
  await expect(pictures.first().locator('img')).toHaveAttribute(
    'src',
    /\/media\/products\/[0-9a-f]{32}\.thumb\.webp$/,
  );
  await expect(pictures.first()).toContainText('Main picture');
  const [first, second] = await imagesOf();
  expect([first?.is_main, second?.is_main]).toEqual([true, false]);

  // Keyboard only: the second picture moves first.
  await page.getByRole('button', { name: 'Move picture 2 earlier' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Picture 2 moved to place 1.' })).toBeAttached();
  await expect.poll(async () => (await imagesOf()).map((i) => i.id)).toEqual([second!.id, first!.id]);
  await expect(page.getByRole('button', { name: 'Move picture 1 earlier' })).toBeDisabled();

  // The picture now first becomes the main one.
  await page.getByRole('button', { name: 'Make picture 1 the main picture' }).click();
  await expect(pictures.first()).toContainText('Main picture');
  await expect(pictures.nth(1)).not.toContainText('Main picture');
  await expect
    .poll(async () => (await imagesOf()).map((i) => [i.id, i.is_main]))
    .toEqual([
      [second!.id, true],
      [first!.id, false],
    ]);

  // Alt text for each picture, saved on its own.
  await page
    .getByLabel('Alt text of picture 1', { exact: true })
    .fill('The mug from the side, handle on the right');
  await page.getByRole('button', { name: 'Save the alt text of picture 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Alt text of picture 1 saved.' })).toBeAttached();
  await expect(pictures.first().locator('img')).toHaveAttribute(
    'alt',
    'The mug from the side, handle on the right',
  );
  expect((await imagesOf())[0]?.alt_text).toBe('The mug from the side, handle on the right');

  // The shop's list shows the main picture.
  const listed = await admin.get(`/api/products/?search=${encodeURIComponent(product.name)}`);
  const [card] = ((await listed.json()) as { results: Array<{ image: string }> }).results;
  expect(card?.image).toMatch(/\.web\.webp$/);
  expect(card?.image.replace('.web.webp', '')).toBe(
    (await imagesOf())[0]?.thumbnail_url.replace('.thumb.webp', ''),
  );
  expect(consoleErrors).toEqual([]);
});

test('the admin previews every mail template: subject, HTML part and text part', async ({
  page,
  consoleErrors,
}) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto('/admin/mail/templates');
  await expect(page.getByRole('heading', { level: 1, name: 'Mail templates' })).toBeVisible();
  await page
    .getByRole('combobox', { name: 'Template' })
    .selectOption({ label: 'Your order ORD-000042 (order.confirmation)' });
  await expect(page.getByRole('heading', { level: 2, name: 'Your order ORD-000042' })).toBeVisible();
  await expect(page.getByTestId('mail-text')).toContainText(
    '2 × Everyday Cotton T-Shirt (Navy, M): 38.00 USD',
  );
  // The HTML part in a sandboxed frame (no scripts, no access to this page).
  const frame = page.locator('iframe[title="HTML part of Your order ORD-000042"]');
  await expect(frame).toBeVisible();
  await expect(frame).toHaveAttribute('sandbox', '');
  await expect(frame).toHaveAttribute(
    'srcdoc',
    /^<!doctype html>[\s\S]*Everyday Cotton T-Shirt[\s\S]*See your order/,
  );
  // Chromium reports Playwright's own helper script being refused by the frame's sandbox (the page runs none there).
  const sandboxed = "Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed";
  expect(consoleErrors.filter((e) => !e.includes(sandboxed))).toEqual([]);
});
