/**
 * What the browser tests share: unique addresses, an admin API session for
 * reading the dev mail outbox and setting things up, and signing in through
 * the page like a person would.
 */
import { type APIRequestContext, expect, type Page, request } from '@playwright/test';
import { E2E_ADMIN } from './accounts.js';

let counter = 0;

/** A fresh address per call, so tests never trip over each other's accounts. */
export function uniqueEmail(name: string): string {
  counter += 1;
  // Digits, not base 36: the letters of a timestamp now and then made the address (and the
  // username made from it) too similar to a test's password for the similarity validator.
  return `${name}-${Date.now()}-${counter}@e2e.test`;
}

/** An API context signed in as the e2e admin with a Bearer token (no cookies shared with the page). */
export async function adminApi(baseURL: string): Promise<APIRequestContext> {
  const anonymous = await request.newContext({ baseURL });
  const response = await anonymous.post('/api/auth/token/', { data: E2E_ADMIN });
  expect(response.status(), await response.text()).toBe(200);
  const { access } = (await response.json()) as { access: string };
  await anonymous.dispose();
  return request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${access}` } });
}

interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Waits for a mail to `to` whose subject matches, in the dev outbox (mails are
 * sent by the job worker after the request's transaction commits), and returns
 * the path of the first link to this app matching `link` (`/verify-email/...`).
 */
export async function linkFromMail(
  api: APIRequestContext,
  to: string,
  subject: RegExp,
  link: RegExp,
): Promise<string> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        const response = await api.get('/api/admin/mail/', { params: { to } });
        expect(response.status()).toBe(200);
        const { results } = (await response.json()) as { results: Mail[] };
        found = results.find((mail) => mail.to === to && subject.test(mail.subject));
        return Boolean(found);
      },
      { message: `a mail to ${to} with subject ${subject}`, timeout: 10_000 },
    )
    .toBe(true);
  const url = found?.text
    .match(/https?:\/\/\S+/g)
    ?.find((candidate) => link.test(new URL(candidate).pathname));
  expect(url, `a link matching ${link} in:\n${found?.text}`).toBeTruthy();
  return new URL(url!).pathname;
}

/** Registers an account through the API (the quick way, when the sign-up page is not under test). */
export async function registerThroughApi(
  baseURL: string,
  data: { email: string; password: string; user_type: string; first_name?: string; last_name?: string },
): Promise<{ id: string; vendor_status: string | null }> {
  const anonymous = await request.newContext({ baseURL });
  const response = await anonymous.post('/api/auth/register/', { data });
  expect(response.status(), await response.text()).toBe(201);
  const { user } = (await response.json()) as { user: { id: string; vendor_status: string | null } };
  await anonymous.dispose();
  return user;
}

/** Fills and sends the sign-in form; waits until the page has left it. */
export async function signIn(page: Page, email: string, password: string, { remember = true } = {}) {
  if (!new URL(page.url()).pathname.startsWith('/signin')) await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Remember me').setChecked(remember);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

/** The header's button (through the menu on a phone), then the signed-out header. */
export async function signOut(page: Page) {
  // On a phone the navigation is behind the header's menu button.
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sign out' }).click();
  // Hidden ones count: on a phone the drawer has closed by then.
  await expect(
    page
      .getByRole('navigation', { name: 'Main', includeHidden: true })
      .getByRole('link', { name: 'Sign in', includeHidden: true }),
  ).toBeAttached();
}

export async function expectNoSidewaysScroll(page: Page, label: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
}

/**
 * Chromium logs every 4xx/5xx answer to fetch as a console error. Tests that
 * cause one on purpose drop exactly those lines and still fail on anything else.
 */
export function withoutExpectedHttpErrors(errors: string[], statuses: number[]): string[] {
  return errors.filter(
    (line) =>
      !statuses.some((status) =>
        line.includes(`Failed to load resource: the server responded with a status of ${status}`),
      ),
  );
}
