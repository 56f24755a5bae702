/**
 * Accessibility and phone widths of every page: each route of `app.tsx`, as the
 * role that uses it, with real data present (a product with a picture, an order,
 * a subscriber with a bill, a promotion, a loyalty card...), at 1280×800 and
 * 390×844. axe (WCAG 2.x A and AA rules) must report no serious or critical
 * violation; at 390 px nothing scrolls sideways, no control sits off-screen
 * (unless inside its own labelled scrolling region) and the header's menu
 * button is there.
 *
 * A page added to the app is one line in `ROUTES` (`a11y-routes.ts`).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { type A11yData, ROUTES, type Role, VIEWPORTS } from './a11y-routes.js';
import { E2E_ADMIN } from './accounts.js';
import { expect, test } from './fixtures.js';
import { adminApi, expectNoSidewaysScroll, registerThroughApi, uniqueEmail } from './helpers.js';
import { apiAs, createCategory, createProduct, placeOrderThroughApi } from './shop-helpers.js';

const PASSWORD = 'a11y-Pass-2026!';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Accounts {
  data: A11yData;
  emails: Record<Exclude<Role, 'anonymous' | 'admin'>, string>;
}

let accounts: Accounts | undefined;

/** Makes, once, the accounts and the data every page shows. */
async function setUp(baseURL: string): Promise<Accounts> {
  if (accounts) return accounts;
  const tag = Date.now().toString(36);
  const admin = await adminApi(baseURL);

  // A vendor, approved, with a product that has a picture.
  const vendorEmail = uniqueEmail('a11y-vendor');
  const vendorUser = await registerThroughApi(baseURL, {
    email: vendorEmail,
    password: PASSWORD,
    user_type: 'vendor',
    first_name: 'Vera',
    last_name: 'Vendor',
  });
  const approved = await admin.post(`/api/admin/users/${vendorUser.id}/approve-vendor/`, { data: {} });
  expect(approved.status(), await approved.text()).toBe(200);
  const vendor = await apiAs(baseURL, vendorEmail, PASSWORD);
  const category = await createCategory(admin, `Lamps ${tag}`);
  const product = await createProduct(vendor, {
    name: `Reading Lamp ${tag}`,
    price: '42.00',
    category: category.id,
    description: 'A brass lamp for reading in bed.',
    variants: [
      {
        color: 'Brass',
        sizes: [
          { size: 'S', sku: `LAMP-S-${tag}`, stock: 20 },
          { size: 'L', sku: `LAMP-L-${tag}`, stock: 20 },
        ],
      },
    ],
  });
  const picture = await vendor.post(`/api/vendor/products/${product.id}/images/`, {
    multipart: {
      file: { name: 'lamp.png', mimeType: 'image/png', buffer: await lampPicture() },
      alt_text: 'A brass reading lamp',
    },
  });
  expect(picture.status(), await picture.text()).toBe(201);
  await vendor.dispose();

  // A customer with an order, a cart, a wishlist, a loyalty card and a subscription with a bill.
  const customerEmail = uniqueEmail('a11y-customer');
  const customerUser = await registerThroughApi(baseURL, {
    email: customerEmail,
    password: PASSWORD,
    user_type: 'customer',
    first_name: 'Cora',
    last_name: 'Customer',
  });
  const customer = await apiAs(baseURL, customerEmail, PASSWORD);
  const size = product.variants[0]!.sizes[0]!;
  const order = await placeOrderThroughApi(customer, size.id, `a11y-${tag}`);
  expect(
    (
      await customer.post('/api/cart/add/', {
        data: { size_id: product.variants[0]!.sizes[1]!.id, quantity: 2 },
      })
    ).status(),
  ).toBe(200);
  expect(
    (await customer.post('/api/wishlist/add/', { data: { product_id: product.id } })).status(),
  ).toBeLessThan(300);
  const card = (await (await customer.get('/api/loyalty/me/')).json()) as { customer_id: string };
  await customer.dispose();

  const promotion = await admin.post('/api/admin/promotions/', {
    data: { code: `A11Y${tag.toUpperCase()}`, name: 'A free coffee', kind: 'free_item', points_cost: 20 },
  });
  expect(promotion.status(), await promotion.text()).toBe(201);

  const pack = await admin.post('/api/v1/packages', {
    data: { name: `Fiber ${tag}`, speed_mbps: 50, price: '30.00' },
  });
  expect(pack.status(), await pack.text()).toBe(201);
  const subscriber = await admin.post('/api/v1/customers', {
    data: {
      user: customerUser.id,
      package: ((await pack.json()) as { uid: string }).uid,
      connection_type: 'DHCP',
      status: 'ACTIVE',
    },
  });
  expect(subscriber.status(), await subscriber.text()).toBe(201);
  const { uid: subscriberId } = (await subscriber.json()) as { uid: string };
  const bills = await admin.post('/api/v1/customers/bills/generate', {
    data: { billing_month: 'JANUARY', year: new Date().getFullYear() - 1 },
  });
  expect(bills.status(), await bills.text()).toBeLessThan(300);

  // A cashier for the point of sale.
  const staffEmail = uniqueEmail('a11y-staff');
  const staff = await admin.post('/api/admin/users/', {
    data: { email: staffEmail, username: staffEmail.split('@')[0], password: PASSWORD, user_type: 'staff' },
  });
  expect(staff.status(), await staff.text()).toBe(201);
  await admin.dispose();

  accounts = {
    data: {
      productSlug: product.slug,
      productId: product.id,
      orderId: order.id,
      customerCode: card.customer_id,
      subscriberId,
      customerId: customerUser.id,
    },
    emails: { customer: customerEmail, vendor: vendorEmail, staff: staffEmail },
  };
  return accounts;
}

/** A small PNG of a lamp shape on a pale ground, encoded by hand (no image library in the browser tests). */
async function lampPicture(): Promise<Buffer> {
  const { deflateSync } = await import('node:zlib');
  const width = 64;
  const height = 64;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const at = y * (width * 3 + 1) + 1 + x * 3;
      const lamp =
        (y > 10 && y < 30 && Math.abs(x - 32) < (y - 5) / 1.5) || (y >= 30 && Math.abs(x - 32) < 3);
      raw[at] = lamp ? 181 : 240;
      raw[at + 1] = lamp ? 140 : 236;
      raw[at + 2] = lamp ? 50 : 228;
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, body: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(typed));
    return Buffer.concat([length, typed, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

type Cookies = Awaited<ReturnType<BrowserContext['cookies']>>;
const sessions = new Map<Role, Cookies>();

/** The cookies of a session signed in as `role` (none for anonymous), made once per role. */
async function sessionOf(browser: Browser, baseURL: string, role: Role, found: Accounts): Promise<Cookies> {
  const known = sessions.get(role);
  if (known) return known;
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  if (role !== 'anonymous') {
    const email = role === 'admin' ? E2E_ADMIN.email : found.emails[role];
    const password = role === 'admin' ? E2E_ADMIN.password : PASSWORD;
    const login = await context.request.post('/api/auth/login/', {
      data: { email, password, use_cookies: true, remember_me: true },
    });
    expect(login.status(), await login.text()).toBe(200);
  }
  const cookies = await context.cookies();
  await context.close();
  sessions.set(role, cookies);
  return cookies;
}

/** Waits until the page has shown its heading and its data has arrived. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** The serious and critical axe violations of the page as it is, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  // The mail previews are sandboxed iframes without scripts: axe cannot run inside them (it never
  // could), and waited for each until its frame timeout (30 s per page). The mails' own HTML is
  // not checked by axe here.
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).exclude('iframe[sandbox]').analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} — ${n.target.join(' ')} ${n.failureSummary ?? ''}`),
    );
}

/** Controls a finger cannot reach: partly or wholly off the screen's sides, outside any scrolling region. */
async function offScreenControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    const scrollsSideways = (el: Element | null): boolean => {
      for (let at = el?.parentElement; at && at !== document.body; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (['auto', 'scroll'].includes(style.overflowX) && at.scrollWidth > at.clientWidth) return true;
      }
      return false;
    };
    for (const el of document.querySelectorAll('a[href], button, input, select, textarea, [tabindex="0"]')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      if (box.left >= -1 && box.right <= width + 1) continue;
      if (scrollsSideways(el)) continue;
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      out.push(`${el.tagName.toLowerCase()} "${name}" at ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
    return out;
  });
}

/** A scrolling region must be reachable and named, so keyboard and screen reader users can scroll it. */
async function unnamedScrollRegions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const style = getComputedStyle(el);
      if (!['auto', 'scroll'].includes(style.overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
      const focusable = el.getAttribute('tabindex') === '0';
      const named = Boolean(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'));
      // The admin's section tabs scroll too: their links are each reachable, the nav is named.
      if (el.tagName === 'NAV' && named) continue;
      if (!focusable || !named) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    }
    return out;
  });
}

const ROLES: Role[] = ['anonymous', 'customer', 'vendor', 'staff', 'admin'];

for (const role of ROLES) {
  test.describe(`every page as ${role}`, () => {
    test.setTimeout(120_000);

    for (const viewport of VIEWPORTS) {
      for (const route of ROUTES.filter((r) => r.as === role)) {
        const label = typeof route.path === 'string' ? route.path : route.path.toString().split('`')[1];
        test(`${label} at ${viewport.width}px: no serious axe violation${
          viewport.name === 'phone' ? ', nothing off-screen' : ''
        }`, async ({ page, context, browser, baseURL, consoleErrors }) => {
          const found = await setUp(baseURL!);
          await context.addCookies(await sessionOf(browser, baseURL!, role, found));
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          const target = typeof route.path === 'string' ? route.path : route.path(found.data);
          await page.goto(target);
          await settle(page);
          // Not sent elsewhere: the role may see the page.
          expect(new URL(page.url()).pathname).toBe(target);
          expect(await seriousViolations(page), `axe on ${target} as ${role}`).toEqual([]);
          if (viewport.name === 'phone') {
            await expectNoSidewaysScroll(page, `${target} at 390px`);
            expect(await offScreenControls(page), `controls off-screen on ${target}`).toEqual([]);
            expect(await unnamedScrollRegions(page), `scrolling regions on ${target}`).toEqual([]);
            await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible();
            const header = await page.locator('.site-header').boundingBox();
            expect(header!.height, 'a one-row header').toBeLessThan(80);
          }
          // Pages of made-up tokens and paths answer 4xx on purpose.
          // axe tries to run inside the mail previews' sandboxed iframes (no scripts allowed, on
          // purpose): Chromium reports each refused attempt, which is axe's, not the page's.
          const ours = (e: string) =>
            !/status of 4\d\d/.test(e) && !/Blocked script execution in 'about:srcdoc'/.test(e);
          expect(consoleErrors.filter(ours)).toEqual([]);
        });
      }
    }
  });
}

test('the checks above see what they look for (a page with planted defects fails them)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/signin');
  await settle(page);
  await page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    main.insertAdjacentHTML(
      'beforeend',
      '<input type="text"><button type="button"></button>' +
        '<p style="color:#bbb;background:#fff">faint</p>' +
        '<a href="/shop" style="position:relative;left:420px;white-space:nowrap">far away</a>' +
        '<div style="overflow-x:auto"><div style="width:900px">wide</div></div>',
    );
  });
  const found = (await seriousViolations(page)).join('\n');
  for (const rule of ['label', 'button-name', 'color-contrast']) expect(found).toContain(` ${rule}:`);
  expect(await offScreenControls(page)).toEqual([expect.stringContaining('far away')]);
  expect(await unnamedScrollRegions(page)).toHaveLength(1);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeGreaterThan(0);
});
