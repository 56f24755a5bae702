import { test as base, expect } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:']);

function isExternal(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  return NETWORK_PROTOCOLS.has(protocol) && !LOCAL_HOSTS.has(hostname);
}

interface Fixtures {
  /** Every URL the browser requested during the test, in order. */
  requests: string[];
  /** Console `error` messages and uncaught page errors seen during the test. */
  consoleErrors: string[];
}

/**
 * Every test records the requests of its browser context and fails if any left the
 * machine: the app and the API docs must work offline (no CDN, fonts or analytics).
 * The server's Content Security Policy blocks most such requests before they are
 * made, so the attempts it reports on the console count too.
 */
export const test = base.extend<Fixtures>({
  requests: [
    async ({ context }, use) => {
      const urls: string[] = [];
      const blocked: string[] = [];
      context.on('request', (request) => urls.push(request.url()));
      context.on('console', (message) => {
        const text = message.text();
        if (!text.includes('Content Security Policy')) return;
        blocked.push(...(text.match(/\b(?:https?|wss?):\/\/[^\s'"]+/g) ?? []).filter(isExternal));
      });
      await use(urls);
      expect(urls.filter(isExternal), 'requests to hosts other than 127.0.0.1/localhost').toEqual([]);
      expect(blocked, 'external requests attempted (blocked by the CSP)').toEqual([]);
      expect(urls.length, 'the test made requests at all').toBeGreaterThan(0);
    },
    { auto: true },
  ],
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await use(errors);
  },
});

export { expect };
