import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, readDotenv, redact, settingsTable } from '../src/config.js';

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

describe('.env', () => {
  const dirs: string[] = [];
  const cwd = process.cwd();
  afterEach(() => {
    process.chdir(cwd);
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  /** A `.env` file with these bytes, in a directory of its own. */
  function dotenv(content: string | Buffer): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'mercato-env-'));
    dirs.push(dir);
    const file = path.join(dir, '.env');
    writeFileSync(file, content);
    return file;
  }
  function refusal(file: string): ConfigError {
    try {
      readDotenv(file);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return e as ConfigError;
    }
    throw new Error('the file was accepted');
  }

  it('keeps the first setting of a file saved with a UTF-8 byte-order mark', () => {
    const file = dotenv(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('METRICS_TOKEN=s3cret\r\nPORT=9000\r\n')]),
    );
    expect(readDotenv(file)).toEqual({ METRICS_TOKEN: 's3cret', PORT: '9000' });
  });

  it('reads comments, export, quotes and values spanning lines as Node does', () => {
    const file = dotenv(
      '# settings\n\nexport PORT=9000\nMAIL_FROM="Shop <shop@example.com>" # sender\nKEY="line one\nline two"\nEMPTY=\n',
    );
    expect(readDotenv(file)).toEqual({
      PORT: '9000',
      MAIL_FROM: 'Shop <shop@example.com>',
      KEY: 'line one\nline two',
      EMPTY: '',
    });
  });

  it.each([
    ['a NUL byte', 'PORT=9000\nMETRICS_TOKEN=ab\0cd\n', 2, 'contains a NUL byte'],
    ['a line that is not NAME=value', 'PORT=9000\n\nMETRICS TOKEN s3cret\n', 3, 'is not NAME=value'],
    ['a quote never closed', 'PORT=9000\nMAIL_FROM="Shop\nMETRICS_TOKEN=s3cret\n', 2, 'never closed'],
    [
      'bytes that are not UTF-8',
      Buffer.from('PORT=9000\nMAIL_FROM=caf\xe9\n', 'latin1'),
      2,
      'not valid UTF-8',
    ],
    ['a UTF-16 file', Buffer.from('\ufeffPORT=9000\n', 'utf16le'), 1, 'UTF-16'],
  ])('refuses %s, naming the file and the line', (_, content, line, why) => {
    const file = dotenv(content);
    const error = refusal(file);
    expect(error.message.startsWith(`Invalid configuration: ${file} line ${line} `)).toBe(true);
    expect(error.message).toContain(why);
  });

  it('is read by loadConfig from the working directory; the environment wins', () => {
    const file = dotenv(
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('MERCATO_TEST_FROM_FILE=yes\nCURRENCY=eur\n'),
      ]),
    );
    const saved = { ...process.env };
    try {
      process.env.CURRENCY = 'bdt';
      // The embedded database (the suite's own DATABASE_URL, on PostgreSQL, would ask for more settings).
      delete process.env.DATABASE_URL;
      process.chdir(path.dirname(file));
      const config = loadConfig();
      expect(process.env.MERCATO_TEST_FROM_FILE).toBe('yes');
      expect(config.CURRENCY).toBe('BDT');
      writeFileSync(file, 'CURRENCY=eur\nMETRICS_TOKEN=a\0b\n');
      expect(() => loadConfig()).toThrow(`${file} line 2 contains a NUL byte`);
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
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
