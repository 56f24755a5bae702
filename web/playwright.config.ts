import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { E2E_ADMIN } from './e2e/accounts.js';

// E2E_PORT lets two checkouts on one machine run their browser tests at once.
const PORT = Number(process.env.E2E_PORT ?? 8123);
const baseURL = `http://127.0.0.1:${PORT}`;

// Playwright loads this file in its runner and again in each worker; only the runner
// starts the server, so only it gets a fresh, empty data directory (removed on exit).
const isWorker = process.env.TEST_WORKER_INDEX !== undefined;
const dataDir = isWorker ? '' : fs.mkdtempSync(path.join(os.tmpdir(), 'mercato-e2e-'));
if (!isWorker) process.on('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }));

// The admin the tests sign in as, created with the built CLI (which migrates first) in
// the same data directory before the server starts: no demo data, no password in a log.
if (!isWorker) {
  execFileSync(
    process.execPath,
    [
      '../server/bin/mercato.js',
      'createsuperuser',
      '--email',
      E2E_ADMIN.email,
      '--password',
      E2E_ADMIN.password,
      '--no-input',
    ],
    {
      cwd: path.dirname(fileURLToPath(import.meta.url)),
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  use: {
    baseURL,
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The built server serves web/dist at `/` (run `npm run build` at the root first).
    command: 'node ../server/dist/main.js',
    url: `${baseURL}/readyz`,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      // Links in mails point at this server; mails and usage figures land quickly.
      PUBLIC_URL: baseURL,
      JOBS_POLL_INTERVAL_MS: '100',
      // Test cards work only in payment test mode; the checkout tests pay with them.
      PAYMENT_TEST_MODE: 'true',
      USAGE_FLUSH_INTERVAL_MS: '250',
    },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
