/**
 * `npm run screenshots -w web`: the README's pictures of the web app, taken from
 * the built app on the demo shop (the e2e server with its demo data on), into
 * `docs/screenshots/`. Run `npm run build` at the root first.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config.js';

export default defineConfig({
  ...base,
  testDir: './screenshots',
  retries: 0,
  webServer:
    base.webServer && !Array.isArray(base.webServer)
      ? { ...base.webServer, env: { ...base.webServer.env, SEED_DEMO: 'true' } }
      : base.webServer,
});
