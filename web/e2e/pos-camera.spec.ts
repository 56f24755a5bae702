/**
 * The POS camera with the JS decoder: Chromium's fake camera plays a picture of
 * a real customer's card QR (made here from their `qr_data` with the server's
 * QR library), the page has no BarcodeDetector (as Chromium on Linux, Firefox
 * and Safari desktop), and the cashier's "Scan with camera" finds the customer
 * and shows their balance. This spec launches its own Chromium, with the fake
 * camera's file, so it uses Playwright's plain `test` and checks for requests
 * leaving the machine itself.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import QRCode from 'qrcode';
import { adminApi, signIn } from './helpers.js';
import { loyaltyCustomer, makeCashier } from './loyalty-helpers.js';

const PASSWORD = 'Camera-Customer-Passw0rd!';
const WIDTH = 640;
const HEIGHT = 480;

/**
 * A Y4M video (what Chromium's fake camera plays, in a loop): a grey picture
 * with the QR code of `text` in the middle, 8 pixels a module, quiet zone of 2.
 */
function qrVideo(text: string): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const scale = 8;
  const side = (modules.size + 4) * scale;
  const left = Math.floor((WIDTH - side) / 2);
  const top = Math.floor((HEIGHT - side) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 160);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - 2;
      const col = Math.floor(x / scale) - 2;
      const dark = row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col);
      luma[(top + y) * WIDTH + left + x] = dark ? 16 : 235;
    }
  }
  // 4:2:0: a quarter-size plane each for U and V, neutral (no colour).
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([
    Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`),
    frame,
    frame,
  ]);
}

test('a cashier scans a customer card with the camera through the JS decoder and sees the balance', async ({
  playwright,
  baseURL,
}) => {
  const admin = await adminApi(baseURL!);
  const cashierEmail = await makeCashier(admin, 'camera-cashier', PASSWORD);
  const { qr_data, customer_id } = await loyaltyCustomer(
    baseURL!,
    { email: 'camera-shopper', first_name: 'Grace', last_name: 'Hopper' },
    PASSWORD,
  );
  const award = await admin.post('/api/pos/award-points/', {
    data: { customer_id, points: 75, reason: 'Camera test' },
    headers: { 'Idempotency-Key': crypto.randomUUID() },
  });
  expect(award.status(), await award.text()).toBe(200);

  const dir = mkdtempSync(path.join(tmpdir(), 'mercato-camera-'));
  const video = path.join(dir, 'card.y4m');
  writeFileSync(video, qrVideo(qr_data));
  const config = test.info().project.use.launchOptions ?? {};
  const browser = await playwright.chromium.launch({
    ...config,
    args: [
      ...(config.args ?? []),
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const context = await browser.newContext({ baseURL, permissions: ['camera'] });
    const requests: string[] = [];
    const errors: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    // As in browsers without it: the page must use the JS decoder.
    await context.addInitScript(() => {
      delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await signIn(page, cashierEmail, PASSWORD);
    await page.goto('/pos');
    expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false);
    await page.getByRole('button', { name: 'Scan with camera' }).click();
    const panel = page.getByTestId('pos-customer');
    await expect(panel).toContainText('Grace Hopper', { timeout: 15_000 });
    await expect(panel).toContainText(customer_id);
    await expect(page.getByTestId('pos-balance')).toHaveText('75');
    // The read payload is in the card field, as a USB scanner would have typed it.
    await expect(page.getByLabel('Customer card')).toHaveValue(qr_data);
    // After a read the camera is closed: the picture is gone and its tracks are stopped.
    await expect(page.getByLabel('Camera picture')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Scan with camera' })).toBeVisible();
    // The decoder came as a chunk of its own, loaded when the camera opened.
    expect(requests.filter((u) => /\/assets\/jsQR-[\w-]+\.js$/.test(u))).toHaveLength(1);
    expect(requests.filter((u) => !/^(https?:\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:)/.test(u))).toEqual(
      [],
    );
    expect(errors).toEqual([]);
    await context.close();
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
