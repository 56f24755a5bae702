import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, redact, settingsTable } from '../src/config.js';

describe('config', () => {
  it('has working defaults for a laptop', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 8000,
      HOST: 'localhost',
      PUBLIC_URL: 'http://localhost:8000',
      DATA_DIR: './data',
      DATABASE_URL: '',
      REDIS_URL: '',
      SEED_DEMO: true,
      LOG_LEVEL: 'info',
      CURRENCY: 'USD',
      database: 'sqlite',
      MEDIA_ROOT: 'data/media',
    });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('derives settings from others and parses lists and booleans', () => {
    const c = loadConfig({
      PORT: '9000',
      DATA_DIR: '/srv/mercato',
      SEED_DEMO: 'no',
      CORS_ALLOWED_ORIGINS: 'https://shop.example.com, http://localhost:5173/',
      DATABASE_URL: 'postgres://u:p@db:5432/mercato',
      BILLING_CREDENTIALS_KEY: Buffer.alloc(32, 1).toString('base64'),
      PUBLIC_URL: 'https://api.example.com/',
      currency: 'ignored',
      CURRENCY: 'bdt',
    });
    expect(c.PUBLIC_URL).toBe('https://api.example.com');
    expect(c.MEDIA_ROOT).toBe('/srv/mercato/media');
    expect(c.SEED_DEMO).toBe(false);
    expect(c.CORS_ALLOWED_ORIGINS).toEqual(['https://shop.example.com', 'http://localhost:5173']);
    expect(c.database).toBe('postgres');
    expect(c.CURRENCY).toBe('BDT');
    expect(loadConfig({ PORT: '9000' }).PUBLIC_URL).toBe('http://localhost:9000');
    // The default public URL follows the listening address, unless that is "every interface".
    expect(loadConfig({ HOST: '127.0.0.1', PORT: '9000' }).PUBLIC_URL).toBe('http://127.0.0.1:9000');
    expect(loadConfig({ HOST: '0.0.0.0' }).PUBLIC_URL).toBe('http://localhost:8000');
    expect(loadConfig({ HOST: '::1' }).PUBLIC_URL).toBe('http://[::1]:8000');
  });

  it('refuses the Stripe provider without its keys, naming the setting', () => {
    expect(() => loadConfig({ PAYMENT_PROVIDER: 'stripe' })).toThrow(/PAYMENT_PROVIDER .*STRIPE_SECRET_KEY/);
    const c = loadConfig({
      PAYMENT_PROVIDER: 'stripe',
      STRIPE_SECRET_KEY: 'sk_test_x',
      STRIPE_WEBHOOK_SECRET: 'whsec_x',
    });
    expect(c.PAYMENT_PROVIDER).toBe('stripe');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT', 'must be a whole number'],
    [{ PORT: '70000' }, 'PORT', 'between 0 and 65535'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL', 'must start with postgres:// or postgresql://'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL', 'must be a URL'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO', 'must be true or false'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', 'must be one of'],
    [{ CORS_ALLOWED_ORIGINS: '*' }, 'CORS_ALLOWED_ORIGINS', 'cannot be "*"'],
    [{ CORS_ALLOWED_ORIGINS: 'https://a.example/path' }, 'CORS_ALLOWED_ORIGINS', 'list of origins'],
    [{ CURRENCY: 'dollars' }, 'CURRENCY', 'ISO 4217'],
  ])('names the bad variable: %j', (env, variable, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toMatch(new RegExp(`^Invalid configuration: ${variable} `));
    expect((error as Error).message).toContain(message);
  });

  it('never prints a password from a URL', () => {
    expect(redact('postgres://mercato:s3cret@db:5432/x')).toBe('postgres://mercato:***@db:5432/x');
    let message = '';
    try {
      loadConfig({ SMTP_URL: 'http://user:s3cret@mail' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('SMTP_URL');
    expect(message).not.toContain('s3cret');
  });

  it('documents every setting for the README', () => {
    const table = settingsTable();
    for (const name of [
      'PORT',
      'HOST',
      'PUBLIC_URL',
      'DATA_DIR',
      'DATABASE_URL',
      'REDIS_URL',
      'CORS_ALLOWED_ORIGINS',
      'SMTP_URL',
      'MAIL_FROM',
      'LOG_LEVEL',
      'SEED_DEMO',
    ]) {
      expect(table).toContain(`| \`${name}\` |`);
    }
  });
});

describe('README', () => {
  it('shows the settings table exactly as the config declares it', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(settingsTable());
  });
});
