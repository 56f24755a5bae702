/**
 * A production start behind a proxy that terminates TLS, without `PUBLIC_URL`
 * or `TRUST_PROXY`: the web app's public API clients would be refused, so the
 * start says so in the log, and what it warned of happens.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { proxyWarnings } from '../src/platform/security.js';
import { buildTestApp, problemOf, type TestApp, testConfig } from './helpers.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** Builds the app on a fresh database with `settings`, keeping what it logs at warn and above. */
async function start(settings: Record<string, unknown>) {
  const lines: Array<{ level: number; msg: string }> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const logger = pino({ level: 'warn' }, sink);
  t = await buildTestApp(settings, { logger });
  await t.app.ready();
  return lines.filter((l) => l.level >= 40).map((l) => l.msg);
}

describe('the proxy warning at start', () => {
  it('warns in production with an http PUBLIC_URL and TRUST_PROXY off, and the web app is then refused', async () => {
    const warnings = await start({ NODE_ENV: 'production', PUBLIC_URL: 'http://localhost:8000' });
    const warning = warnings.find((w) => w.includes('TRUST_PROXY'));
    expect(warning).toContain('PUBLIC_URL is http://localhost:8000 and TRUST_PROXY is off');
    expect(warning).toContain('https://');
    // What it warns of: the browser's page is https://shop.example.com, the proxy talks http to the server.
    const area = await t!.db
      .selectFrom('api_clients')
      .select('client_id')
      .where('web_area', '=', 'storefront')
      .executeTakeFirstOrThrow();
    const res = await t!.app.inject({
      url: '/api/products/',
      headers: {
        host: 'shop.example.com',
        origin: 'https://shop.example.com',
        'x-forwarded-proto': 'https',
        'x-client-id': area.client_id,
      },
    });
    expect(res.statusCode).toBe(403);
    expect(problemOf(res).code).toBe('ORIGIN_NOT_ALLOWED');
  });

  it('says nothing once PUBLIC_URL is https or TRUST_PROXY is set, nor outside production', async () => {
    for (const settings of [
      { NODE_ENV: 'production', PUBLIC_URL: 'https://shop.example.com' },
      { NODE_ENV: 'production', PUBLIC_URL: 'http://localhost:8000', TRUST_PROXY: 1 },
      { NODE_ENV: 'development', PUBLIC_URL: 'http://localhost:8000' },
    ] as const) {
      expect(proxyWarnings(testConfig(settings)), JSON.stringify(settings)).toEqual([]);
    }
    const warnings = await start({ NODE_ENV: 'production', PUBLIC_URL: 'https://shop.example.com' });
    expect(warnings.filter((w) => w.includes('TRUST_PROXY'))).toEqual([]);
  });
});
