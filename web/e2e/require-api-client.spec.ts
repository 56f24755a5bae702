/**
 * The bundled web app with `REQUIRE_API_CLIENT=true`: its areas are public API
 * clients (SPEC §9), named in the page, so signing in, the shop, the cart, the
 * checkout and the admin work, while a request without a client, or with an
 * area's id from another origin, is refused.
 *
 * This spec starts its own server (the next port after the shared one) on its
 * own data directory, with that setting on.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type APIRequestContext, request } from '@playwright/test';
import { E2E_ADMIN } from './accounts.js';
import { expect, test } from './fixtures.js';
import { signIn, signOut, uniqueEmail } from './helpers.js';
import { createCategory, createProduct } from './shop-helpers.js';

const PORT = Number(process.env.E2E_PORT ?? 8123) + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let dataDir = '';
let server: ChildProcess | undefined;
/** A confidential client made with the CLI, for the set-up calls this spec makes from outside a browser. */
let setupClient: { 'X-Client-ID': string; 'X-API-Key': string };

function mercato(args: string[]): string {
  return execFileSync(process.execPath, ['../server/bin/mercato.js', ...args], {
    cwd: WEB_DIR,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mercato-e2e-strict-'));
  mercato(['createsuperuser', '--email', E2E_ADMIN.email, '--password', E2E_ADMIN.password, '--no-input']);
  const made = mercato([
    'create-api-client',
    '--name',
    'E2E set-up',
    '--type',
    'server',
    '--rate-limit',
    '10000',
  ]);
  const id = made.match(/X-Client-ID: (cl_\w+)/)?.[1];
  const key = made.match(/X-API-Key: {3}(sk_[\w-]+)/)?.[1];
  expect(id && key, made).toBeTruthy();
  setupClient = { 'X-Client-ID': id!, 'X-API-Key': key! };
  server = spawn(process.execPath, ['../server/dist/main.js'], {
    cwd: WEB_DIR,
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: BASE,
      JOBS_POLL_INTERVAL_MS: '100',
      PAYMENT_TEST_MODE: 'true',
      REQUIRE_API_CLIENT: 'true',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`${BASE}/readyz`)).status;
        } catch {
          return 0;
        }
      },
      { timeout: 60_000, message: 'the REQUIRE_API_CLIENT server is ready' },
    )
    .toBe(200);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** An API context with the set-up client's pair, signed in with a Bearer token when credentials are given. */
async function setupApi(credentials?: { email: string; password: string }): Promise<APIRequestContext> {
  const anonymous = await request.newContext({ baseURL: BASE, extraHTTPHeaders: setupClient });
  if (!credentials) return anonymous;
  const response = await anonymous.post('/api/auth/token/', { data: credentials });
  expect(response.status(), await response.text()).toBe(200);
  const { access } = (await response.json()) as { access: string };
  await anonymous.dispose();
  return request.newContext({
    baseURL: BASE,
    extraHTTPHeaders: { ...setupClient, Authorization: `Bearer ${access}` },
  });
}

/** The area → client id pairs the served page names. */
async function pageClientIds(): Promise<Record<string, string>> {
  const html = await (await fetch(`${BASE}/shop`, { headers: { accept: 'text/html' } })).text();
  const ids: Record<string, string> = {};
  for (const m of html.matchAll(/<meta name="mercato-client-id" data-area="(\w+)" content="(cl_\w+)">/g))
    ids[m[1]!] = m[2]!;
  return ids;
}

test('REQUIRE_API_CLIENT=true: the web app signs in, shops, checks out and runs the admin; others are refused', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const ids = await pageClientIds();
  expect(Object.keys(ids).sort()).toEqual(['account', 'admin', 'pos', 'storefront']);

  // Without a client, and with an area's id from another site: refused, with the documented codes.
  const bare = await fetch(`${BASE}/api/products/`);
  expect(bare.status).toBe(401);
  expect(((await bare.json()) as { code: string }).code).toBe('API_CLIENT_REQUIRED');
  const foreign = await fetch(`${BASE}/api/products/`, {
    headers: { 'X-Client-ID': ids.storefront!, Origin: 'https://evil.example.com' },
  });
  expect(foreign.status).toBe(403);
  expect(((await foreign.json()) as { code: string }).code).toBe('ORIGIN_NOT_ALLOWED');

  const admin = await setupApi(E2E_ADMIN);
  const tag = Date.now().toString(36);
  const category = await createCategory(admin, `Scarves ${tag}`);
  const scarf = await createProduct(admin, {
    name: `Silk scarf ${tag}`,
    price: '25.00',
    category: category.id,
    variants: [{ color: 'Blue', sizes: [{ size: 'One', sku: `SS-${tag}`, stock: 4 }] }],
  });
  const email = uniqueEmail('ada');
  const password = 'Analytical-Engine-1843';
  const anonymous = await setupApi();
  const registered = await anonymous.post('/api/auth/register/', {
    data: { email, password, password2: password, username: `ada${tag}`, user_type: 'customer' },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  await anonymous.dispose();

  // Which client each API request of the page named, by path.
  const sent: Array<{ path: string; client: string | undefined }> = [];
  const referers = new Set<string | undefined>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!url.pathname.startsWith('/api/')) return;
    sent.push({ path: url.pathname, client: r.headers()['x-client-id'] });
    void r.allHeaders().then((h) => referers.add(h.referer));
  });

  await page.goto(`${BASE}/signin`);
  await signIn(page, email, password);
  await page.goto(`${BASE}/shop/products/${scarf.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: `Silk scarf ${tag}` })).toBeVisible();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'added to your cart' })).toBeVisible();
  await expect(page.getByTestId('cart-badge')).toHaveText('1');
  await page.getByRole('link', { name: 'View your cart' }).click();
  await expect(page.getByTestId('cart-line')).toHaveCount(1);
  await page.getByRole('link', { name: 'Check out' }).click();
  for (const [label, value] of Object.entries({
    'Full name': 'Ada Lovelace',
    Address: '12 St James Square',
    'Postal code': 'SW1Y 4JH',
    City: 'London',
    Country: 'GB',
  }))
    await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel('Payment method').selectOption('pm_card_visa');
  await page.getByRole('button', { name: 'Pay $25.00' }).click();
  await expect(page).toHaveURL(/\/orders\/[\w-]+\?placed=1$/);
  await expect(page.getByTestId('order-status')).toHaveText('Paid');

  // The loyalty card's QR image comes through the API client too (an <img src="/api/..."> could not send it).
  await page.goto(`${BASE}/account/loyalty`);
  const qr = page.getByRole('img', { name: /^QR code of loyalty card CUST-/ });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // Every API request named the client of the area it was made from.
  expect(sent.length).toBeGreaterThan(0);
  expect(sent.filter((s) => s.client === undefined)).toEqual([]);
  expect(sent.find((s) => s.path === '/api/auth/login/')?.client).toBe(ids.account);
  expect(sent.find((s) => s.path === '/api/cart/add/')?.client).toBe(ids.storefront);
  expect(sent.find((s) => s.path === '/api/loyalty/me/qr/')?.client).toBe(ids.account);
  // Same-origin GETs carry no Origin: the API calls send the page's origin, and only that, as the Referer.
  expect([...referers]).toEqual([`${BASE}/`]);

  // The admin area: the clients page lists the app's public clients, which have no key to rotate.
  await signOut(page);
  await page.goto(`${BASE}/signin`);
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto(`${BASE}/admin/clients`);
  await expect(page.getByRole('heading', { level: 1, name: 'API clients' })).toBeVisible();
  const storefront = page.locator(`[data-testid="client-card"][data-client-id="${ids.storefront}"]`);
  await expect(storefront.getByTestId('client-public')).toContainText('storefront');
  await expect(storefront.getByTestId('client-origins')).toHaveText("This app's own only");
  await expect(storefront.getByRole('button', { name: 'Rotate key' })).toHaveCount(0);
  await expect(storefront.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
  await storefront.getByRole('button', { name: /^Edit / }).click();
  const dialog = page.getByRole('dialog', { name: /^Edit / });
  await dialog.getByLabel('Allowed origins (optional)').fill('https://partner.example.com');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(storefront.getByTestId('client-origins')).toHaveText(
    "This app's own, https://partner.example.com",
  );
  expect(sent.find((s) => s.path.startsWith('/api/admin/clients/'))?.client).toBe(ids.admin);
  const partner = await fetch(`${BASE}/api/products/`, {
    headers: { 'X-Client-ID': ids.storefront!, Origin: 'https://partner.example.com' },
  });
  expect(partner.status).toBe(200);

  await admin.dispose();
  expect(consoleErrors).toEqual([]);
});
