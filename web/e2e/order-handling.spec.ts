/**
 * Staff's order page at desktop and phone widths: open an order from the list,
 * add an internal note, set tracking (the customer sees it, never the note),
 * refund one line in part with restock (that size's stock rises by the units
 * refunded, read through the API) and see it on the timeline; then move two
 * orders at once from the list's bulk bar.
 */
import fs from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { E2E_ADMIN } from './accounts.js';
import { expect, test } from './fixtures.js';
import { adminApi, expectNoSidewaysScroll, registerThroughApi, signIn, uniqueEmail } from './helpers.js';
import { apiAs, productOnSale, stockOf } from './shop-helpers.js';

const PASSWORD = 'Saffron-Lantern-Quay-73';
const VIEWPORTS = [
  { name: 'desktop', size: { width: 1280, height: 800 } },
  { name: 'phone', size: { width: 390, height: 844 } },
];

interface PlacedOrder {
  id: string;
  order_number: string;
  status: string;
}

/** Cart → intent → checkout with a test card; the order placed. */
async function buy(customer: APIRequestContext, sizeId: string, quantity: number): Promise<PlacedOrder> {
  expect((await customer.post('/api/cart/add/', { data: { size_id: sizeId, quantity } })).status()).toBe(200);
  const intent = await customer.post('/api/orders/create-payment-intent/', { data: {} });
  expect(intent.status(), await intent.text()).toBe(201);
  const { payment_intent_id } = (await intent.json()) as { payment_intent_id: string };
  const checkout = await customer.post('/api/orders/checkout/', {
    data: {
      payment_intent_id,
      payment_method: 'pm_card_visa',
      shipping_address: {
        full_name: 'Noor',
        line1: '4 Dock Road',
        city: 'Chattogram',
        postal_code: '4100',
        country: 'BD',
      },
    },
  });
  expect(checkout.status(), await checkout.text()).toBe(201);
  return (await checkout.json()) as PlacedOrder;
}

for (const { name, size } of VIEWPORTS) {
  test(`staff handle an order: note, tracking, partial refund with restock, bulk status (${name})`, async ({
    page,
    baseURL,
    consoleErrors,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    const admin = await adminApi(baseURL!);
    const tag = `${name}-${Date.now().toString(36)}`;
    const product = await productOnSale(admin, tag, {
      category: 'Handling',
      name: 'Harbour Jacket',
      price: '40.00',
      variants: [
        {
          color: 'Navy',
          sizes: [
            { size: 'M', sku: 'HJ-M', stock: 10 },
            { size: 'L', sku: 'HJ-L', stock: 10 },
          ],
        },
      ],
    });
    const [medium, large] = product.variants[0]!.sizes;
    const email = uniqueEmail(`handling-${name}`);
    await registerThroughApi(baseURL!, { email, password: PASSWORD, user_type: 'customer' });
    const customer = await apiAs(baseURL!, email, PASSWORD);
    const order = await buy(customer, medium!.id, 3);
    const second = await buy(customer, large!.id, 1);
    const third = await buy(customer, large!.id, 1);
    const stockBefore = await stockOf(admin, product.slug, medium!.sku);
    expect(stockBefore).toBe(7);

    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.goto(`/admin/orders?search=${encodeURIComponent(order.order_number)}`);
    await page.getByRole('link', { name: `Order ${order.order_number}` }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/orders/${order.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: `Order ${order.order_number}` })).toBeVisible();
    await expect(page.getByTestId('order-customer')).toHaveText(email);
    // The printable documents download as PDFs named after the order.
    for (const [name, file] of [
      ['Invoice (PDF)', `invoice-${order.order_number}.pdf`],
      ['Packing slip (PDF)', `packing-slip-${order.order_number}.pdf`],
    ]) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('order-documents').getByRole('button', { name }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(file);
      expect(
        fs
          .readFileSync(await download.path())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
    }

    // An internal note.
    const note = `Left at the side door — ${tag}`;
    await page.getByLabel('Note (staff only; the customer never sees it)').fill(note);
    await page.getByRole('button', { name: 'Add note' }).click();
    const timeline = page.getByTestId('order-timeline');
    await expect(timeline.locator('[data-kind="note"]').first()).toContainText(note);
    await expect(timeline.locator('[data-kind="note"]').first()).toContainText(E2E_ADMIN.email);

    // Tracking, which the customer sees on their order.
    await page.getByLabel('Carrier').fill('DHL');
    await page.getByLabel('Tracking number').fill(`JD-${tag}`);
    await page.getByRole('button', { name: 'Save tracking' }).click();
    await expect(page.getByText('Tracking saved; the customer sees it on their order.')).toBeVisible();
    await expect(timeline.locator('[data-kind="tracking"]').first()).toContainText(`JD-${tag}`);
    const own = await customer.get(`/api/orders/${order.id}/`);
    const ownBody = (await own.json()) as { tracking: { carrier: string; tracking_number: string } | null };
    expect(ownBody.tracking).toMatchObject({ carrier: 'DHL', tracking_number: `JD-${tag}` });
    expect(JSON.stringify(ownBody)).not.toContain(note);

    // A partial refund of two units of the line, restocked.
    await page.getByLabel(`Units of ${product.name} (M) to refund`).fill('2');
    await expect(page.getByLabel('Put the refunded units back in stock')).toBeChecked();
    await page.getByLabel('Reason (optional)').fill('Wrong size');
    await page.getByRole('button', { name: /^Refund \$80\.00 for 2 units/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Refund $80.00?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Refund', exact: true }).click();
    await expect(page.getByText('Refunded $80.00 and restocked.')).toBeVisible();
    expect(await stockOf(admin, product.slug, medium!.sku)).toBe(stockBefore! + 2);
    await expect(timeline.locator('[data-kind="refund"]').first()).toContainText('$80.00');
    await expect(timeline.locator('[data-kind="refund"]').first()).toContainText('Wrong size');
    await expect(page.getByTestId('staff-order-line').first()).toContainText('(2 refunded)');
    await expect(page.getByTestId('order-refunds')).toContainText('restocked');
    await expectNoSidewaysScroll(page, `the staff order page (${name})`);

    // Bulk: the other two orders to processing from the list.
    await page.goto(`/admin/orders?search=${encodeURIComponent(email)}`);
    await page.getByLabel(`Select ${second.order_number}`).check();
    await page.getByLabel(`Select ${third.order_number}`).check();
    const bar = page.getByTestId('bulk-bar');
    await expect(bar).toContainText('2 orders selected');
    await bar.getByLabel('Status for the selected orders').selectOption('processing');
    await bar.getByRole('button', { name: 'Apply to selected' }).click();
    await expect(page.getByText('2 orders now processing.')).toBeVisible();
    for (const placed of [second, third]) {
      const res = await admin.get(`/api/admin/orders/${placed.id}/`);
      expect(((await res.json()) as PlacedOrder).status).toBe('processing');
    }
    const untouched = await admin.get(`/api/admin/orders/${order.id}/`);
    expect(((await untouched.json()) as PlacedOrder).status).toBe('paid');
    await expectNoSidewaysScroll(page, `the orders list with its bulk bar (${name})`);
    expect(consoleErrors).toEqual([]);
  });
}
