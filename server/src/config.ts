/**
 * The only reader of `process.env`. Every setting is declared once in `SETTINGS`
 * (name, parser, default, description: the README's settings table is written from it),
 * parsed and validated at start, and returned as a frozen, typed `Config`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { Cron } from 'croner';
import { isSupportedCountry } from 'libphonenumber-js';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

/**
 * A directory setting that cannot be used, as one line: `DATA_DIR (/srv/x)
 * cannot hold the database: <cause> (<code>)`.
 */
export function directoryError(variable: string, directory: string, what: string, err: unknown): ConfigError {
  const e = err as { code?: unknown; message?: unknown };
  const cause = String(e.message ?? err);
  const code = typeof e.code === 'string' && !cause.includes(e.code) ? ` (${e.code})` : '';
  return new ConfigError(variable, `(${directory}) cannot hold ${what}: ${cause}${code}`);
}

type Env = Record<string, string | undefined>;
type Parser<T> = (raw: string, name: string) => T;

interface Setting<T> {
  parse: Parser<T>;
  /** Default when unset; a function sees the settings parsed before it. */
  default: T | ((parsed: Record<string, unknown>) => T);
  doc: string;
}

function setting<T>(parse: Parser<T>, def: Setting<T>['default'], doc: string): Setting<T> {
  return { parse, default: def, doc };
}

const integer =
  (min: number, max: number): Parser<number> =>
  (raw, name) => {
    if (!/^-?\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number (got "${raw}")`);
    const n = Number(raw);
    if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max} (got ${n})`);
    return n;
  };

const boolean: Parser<boolean> = (raw, name) => {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
};

const text: Parser<string> = (raw) => raw.trim();

/** Base64 of exactly 32 bytes (an AES-256 key), or empty. */
const base64Key: Parser<string> = (raw, name) => {
  const value = raw.trim();
  if (value && Buffer.from(value, 'base64').length !== 32) {
    throw new ConfigError(name, 'must be 32 bytes in base64 (`openssl rand -base64 32`)');
  }
  return value;
};

/** Comma-separated base64 keys of 32 bytes each, or empty. */
const base64Keys: Parser<readonly string[]> = (raw, name) =>
  Object.freeze(
    raw
      .split(',')
      .map((k) => base64Key(k, name))
      .filter(Boolean),
  );

const timeZone: Parser<string> = (raw, name) => {
  const zone = raw.trim();
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new ConfigError(name, `must be an IANA time zone such as UTC or Asia/Dhaka (got "${raw}")`);
  }
  return zone;
};

/** `name=pattern;name=pattern`: each pattern is checked by the scheduler's cron parser. */
const schedules: Parser<Readonly<Record<string, string>>> = (raw, name) => {
  const out: Record<string, string> = {};
  for (const entry of raw
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const at = entry.indexOf('=');
    const key = entry.slice(0, at).trim();
    const pattern = entry.slice(at + 1).trim();
    if (at < 1 || !pattern)
      throw new ConfigError(name, `must be name=pattern pairs separated by ";" (got "${entry}")`);
    try {
      new Cron(pattern, { paused: true });
    } catch (err) {
      throw new ConfigError(name, `has a bad pattern for ${key}: ${(err as Error).message}`);
    }
    out[key] = pattern;
  }
  return Object.freeze(out);
};

/**
 * Which proxies' `X-Forwarded-*` headers to believe: none (`false`), the
 * nearest N (a number: `1` behind one nginx), those at these addresses (a
 * comma-separated list of IPs and CIDR ranges), or every hop (`true`, only
 * when the proxy in front replaces X-Forwarded-For instead of appending to it:
 * else any client can name its own address).
 */
const trustProxy: Parser<boolean | number | string[]> = (raw, name) => {
  const v = raw.trim().toLowerCase();
  if (['true', 'yes', 'on'].includes(v)) return true;
  if (['false', 'no', 'off', '0', ''].includes(v)) return false;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops > 20) throw new ConfigError(name, `must count at most 20 proxies (got ${hops})`);
    return hops;
  }
  const addresses = v.split(',').map((a) => a.trim());
  for (const address of addresses) {
    const [ip = '', prefix, ...rest] = address.split('/');
    const family = isIP(ip);
    const bits = family === 4 ? 32 : 128;
    const prefixOk = prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= bits);
    if (!family || !prefixOk || rest.length > 0) {
      throw new ConfigError(
        name,
        `must be true, false, a number of proxies, or their addresses (IPs or CIDR ranges, comma-separated) (got "${address}")`,
      );
    }
  }
  return addresses;
};

const oneOf =
  <T extends string>(...values: T[]): Parser<T> =>
  (raw, name) => {
    const v = raw.trim().toLowerCase() as T;
    if (!values.includes(v))
      throw new ConfigError(name, `must be one of ${values.join(', ')} (got "${raw}")`);
    return v;
  };

const url =
  (...protocols: string[]): Parser<string> =>
  (raw, name) => {
    let parsed: URL;
    try {
      parsed = new URL(raw.trim());
    } catch {
      throw new ConfigError(name, `must be a URL (got "${redact(raw)}")`);
    }
    if (!protocols.includes(parsed.protocol)) {
      throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
    }
    return raw.trim();
  };

const origins: Parser<string[]> = (raw, name) =>
  raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((o) => {
      if (o === '*') throw new ConfigError(name, 'cannot be "*": list the allowed origins');
      try {
        const u = new URL(o);
        if (u.origin !== o.replace(/\/$/, '')) throw new Error('not an origin');
        return u.origin;
      } catch {
        throw new ConfigError(
          name,
          `must be a comma-separated list of origins like https://shop.example.com (got "${o}")`,
        );
      }
    });

/** Hides a password in a URL before it goes into an error message or a log line. */
export function redact(raw: string): string {
  try {
    const u = new URL(raw);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return raw.replace(/\/\/([^:/@]+):[^@]+@/, '//$1:***@');
  }
}

/** The host part of the default `PUBLIC_URL`: the listening address, or `localhost` for "every interface". */
function publicHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/** A country phone numbers may be written in without their international prefix. */
const phoneRegion: Parser<string> = (raw, name) => {
  const v = raw.trim().toUpperCase();
  if (!isSupportedCountry(v))
    throw new ConfigError(name, `must be a two-letter country code such as BD or US (got "${raw}")`);
  return v;
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const SETTINGS = {
  NODE_ENV: setting(
    oneOf('development', 'production', 'test'),
    'development',
    'Runtime mode. `production` turns payment test mode off unless `PAYMENT_TEST_MODE` says otherwise.',
  ),
  PORT: setting(integer(0, 65535), 8000, 'HTTP port.'),
  HOST: setting(
    text,
    'localhost',
    'Interface to listen on (`0.0.0.0` to accept connections from other machines).',
  ),
  PUBLIC_URL: setting(
    url('http:', 'https:'),
    (c) => `http://${publicHost(String(c.HOST))}:${String(c.PORT)}`,
    'Absolute URL the server is reached at; used for pagination links and links in emails.',
  ),
  DATA_DIR: setting(
    text,
    './data',
    'Directory of the embedded database and, by default, of uploads (`MEDIA_ROOT`).',
  ),
  DATABASE_URL: setting(
    url('postgres:', 'postgresql:'),
    '',
    'PostgreSQL connection URL. Unset: embedded SQLite in `DATA_DIR/mercato.sqlite`.',
  ),
  DATABASE_POOL_SIZE: setting(integer(1, 500), 10, 'PostgreSQL connections per process.'),
  DATABASE_CONNECT_TIMEOUT_MS: setting(
    integer(100, 600_000),
    5000,
    'How long a request waits for a PostgreSQL connection (a new one, or a free one of the pool) before it answers 503: a database that does not answer fails requests fast instead of hanging them.',
  ),
  REDIS_URL: setting(
    url('redis:', 'rediss:'),
    '',
    'Redis URL for state shared by several instances (rate limits, login failures, revoked sessions, cache invalidation). Unset: in process memory.',
  ),
  CORS_ALLOWED_ORIGINS: setting(
    origins,
    [],
    'Comma-separated origins allowed to call the API from a browser (credentials allowed).',
  ),
  TRUST_PROXY: setting(
    trustProxy,
    false,
    'Which proxies to believe `X-Forwarded-*` from: `1` behind one load balancer (the nearest N for a number), their addresses (`10.0.0.0/8,127.0.0.1`), or `true` for every hop (only if the proxy replaces X-Forwarded-For rather than appending to it).',
  ),
  BODY_LIMIT: setting(
    integer(1024, 1024 * 1024 * 1024),
    1024 * 1024,
    'Largest accepted request body, in bytes.',
  ),
  SMTP_URL: setting(
    url('smtp:', 'smtps:'),
    '',
    'SMTP server for outgoing mail (`smtp://user:pass@host:587`). Unset: mails go to the dev outbox table and the log.',
  ),
  MAIL_FROM: setting(text, 'Mercato <no-reply@localhost>', 'Sender of outgoing mail.'),
  SHOP_NAME: setting(
    (raw, name) => {
      const v = raw.trim();
      if (!v || v.length > 100) throw new ConfigError(name, 'must be 1 to 100 characters');
      return v;
    },
    'Mercato',
    "The shop's name, as mails show it (their subjects, header and footer).",
  ),
  LOG_LEVEL: setting(
    oneOf(...LOG_LEVELS),
    'info',
    'Log level: fatal, error, warn, info, debug, trace or silent.',
  ),
  SEED_DEMO: setting(boolean, true, 'Create demo data when the server starts on an empty database.'),
  CURRENCY: setting(
    (raw, name) => {
      const v = raw.trim().toUpperCase();
      if (!/^[A-Z]{3}$/.test(v))
        throw new ConfigError(name, `must be a three-letter ISO 4217 code (got "${raw}")`);
      return v;
    },
    'USD',
    'Currency of every amount (ISO 4217).',
  ),
  MEDIA_ROOT: setting(
    text,
    (c) => path.join(String(c.DATA_DIR ?? './data'), 'media'),
    'Directory of uploaded files, served at `/media/`.',
  ),
  WEB_ROOT: setting(text, '', 'Directory of the built web app. Unset: `web/dist` of this checkout.'),
  JOBS_WORKER: setting(boolean, true, 'Run the background job worker inside the server process.'),
  JOBS_POLL_INTERVAL_MS: setting(integer(50, 60_000), 1000, 'How often an idle worker looks for due jobs.'),
  TIME_ZONE: setting(
    timeZone,
    'UTC',
    'Time zone of the shop (an IANA name such as `Asia/Dhaka`): calendar schedules run in it.',
  ),
  SCHEDULES: setting(
    schedules,
    {},
    'Replaces the cron pattern of named schedules: `identity.purge=0 * * * *;platform.purge=30 3 * * *` (`mercato schedules` lists them).',
  ),
  METRICS_TOKEN: setting(text, '', 'When set, `/metrics` requires `Authorization: Bearer <token>`.'),
  REDIS_KEY_PREFIX: setting(
    text,
    'mercato:',
    'Prefix of every Redis key (several deployments may share one Redis).',
  ),
  ACCESS_TOKEN_TTL_SECONDS: setting(integer(60, 24 * 3600), 15 * 60, 'Lifetime of an access token.'),
  REFRESH_TOKEN_TTL_SECONDS: setting(
    integer(300, 365 * 24 * 3600),
    7 * 24 * 3600,
    'Lifetime of a refresh token.',
  ),
  REFRESH_REUSE_GRACE_SECONDS: setting(
    integer(0, 60),
    10,
    'A spent refresh token presented again within this window gets the same new pair (two tabs refreshing at once); later, it revokes its session.',
  ),
  REQUIRE_EMAIL_VERIFICATION: setting(boolean, false, 'Refuse logins until the email address is verified.'),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: setting(
    integer(1, 1000),
    5,
    'Failed logins allowed per account per window before 429 (logins still being checked count too, so parallel guesses cannot outrun it).',
  ),
  LOGIN_MAX_FAILURES_PER_IP: setting(
    integer(1, 100_000),
    50,
    'Failed logins allowed per IP address per window before 429 (an IPv6 caller counts by its /64; logins still being checked count too: raise it for many users behind one NAT).',
  ),
  LOGIN_FAILURE_WINDOW_SECONDS: setting(
    integer(1, 24 * 3600),
    15 * 60,
    'The window of the two limits above.',
  ),
  MAIL_LINK_LIMIT_PER_ADDRESS: setting(
    integer(1, 1000),
    3,
    'Password-reset, verification and email-change mails sent per address per window (each kind counted apart). Requests past it get the same answer and no mail.',
  ),
  MAIL_LINK_LIMIT_PER_IP: setting(
    integer(1, 100_000),
    20,
    'Password-reset, verification and email-change mails asked for per IP address per window (an IPv6 caller counts by its /64). Requests past it get the same answer and no mail.',
  ),
  MAIL_LINK_WINDOW_SECONDS: setting(integer(1, 7 * 24 * 3600), 3600, 'The window of the two limits above.'),
  SIGNING_KEYS_CHECK_INTERVAL_MS: setting(
    integer(100, 3_600_000),
    5000,
    'How often a server checks the database for a token signing key made elsewhere (`mercato rotate-keys`, another instance); with Redis it is also told at once.',
  ),
  PHONE_DEFAULT_REGION: setting(
    phoneRegion,
    '',
    'Country (ISO 3166 code, e.g. `BD`) of phone numbers given without `+` and country code. Unset: phone numbers must be international (`+8801712345678`). Phones are stored in E.164 form.',
  ),
  REQUIRE_API_CLIENT: setting(
    boolean,
    false,
    "Require an API client on `/api/*` (docs, health and webhooks excepted): `X-Client-ID` + `X-API-Key`, or a public client's id from one of its allowed origins. The bundled web app's areas are public clients, so it keeps working.",
  ),
  RATE_LIMIT_ANONYMOUS: setting(
    integer(1, 1_000_000),
    600,
    'Requests per minute per IP address for requests without an API client (an IPv6 caller counts by its /64, any address of which it may send from).',
  ),
  USAGE_FLUSH_INTERVAL_MS: setting(
    integer(100, 3_600_000),
    10_000,
    'How often API-client usage counted in memory is written to the database.',
  ),
  MEDIA_MAX_UPLOAD_BYTES: setting(
    integer(1024, 100 * 1024 * 1024),
    5 * 1024 * 1024,
    'Largest accepted image upload, in bytes.',
  ),
  MEDIA_MAX_IMAGE_SIDE: setting(
    integer(64, 10_000),
    2048,
    'Longest side, in pixels, of a stored product picture: larger uploads are scaled down (a WebP web size of at most 1200 and a thumbnail of at most 320 are made beside it).',
  ),
  MEDIA_MAX_IMAGE_PIXELS: setting(
    integer(1, 268_402_689),
    50_000_000,
    'Largest picture accepted, in pixels (width × height), checked before it is decoded: larger is 400 `IMAGE_DIMENSIONS_TOO_LARGE`.',
  ),
  CATALOG_CACHE_TTL_MS: setting(
    integer(0, 3_600_000),
    1000,
    'How long a public catalogue answer (products, categories) may be served from memory. Any catalogue or stock change empties the cache at once (on every instance, through Redis), so this bounds staleness only for writes made elsewhere; 0 turns the cache off.',
  ),
  LOW_STOCK_THRESHOLD: setting(
    integer(0, 1_000_000),
    5,
    'Inventory flags a size as low on stock at or below this many units.',
  ),
  POINTS_PER_UNIT: setting(
    integer(0, 1_000_000),
    1,
    'Loyalty points earned per whole currency unit of a paid shop order or a POS order.',
  ),
  LOYALTY_POINTS_EXPIRE_MONTHS: setting(
    integer(0, 1200),
    0,
    'Loyalty points expire this many months after they were credited, oldest first (0: never).',
  ),
  LOYALTY_EXPIRY_REMINDER_DAYS: setting(
    integer(0, 365),
    14,
    'Customers are mailed this many days before their points expire (0: no reminder).',
  ),
  BILLING_CREDENTIALS_KEY: setting(
    base64Key,
    '',
    "Key (base64 of 32 bytes: `openssl rand -base64 32`) that encrypts subscribers' connection credentials (AES-256-GCM). Never stored in the database. Unset on the embedded database: generated once into `DATA_DIR/billing-credentials.key`; required with `DATABASE_URL`.",
  ),
  BILLING_CREDENTIALS_OLD_KEYS: setting(
    base64Keys,
    [],
    'Former `BILLING_CREDENTIALS_KEY`s (comma-separated base64), still read during a key rotation. To rotate: set the new key as `BILLING_CREDENTIALS_KEY` and the old one here, restart, run `mercato billing rotate-key` (re-encrypts every subscriber under the new key; resumable), then remove the old key.',
  ),
  BILLING_PRO_RATA: setting(
    boolean,
    false,
    "A subscriber who joined during the billed month pays for the days from their first day to the month's end (the package price times days left over days in the month, rounded to the cent); subscribers who joined after the month are not billed for it.",
  ),
  BILLING_OVERDUE_DAYS: setting(
    integer(0, 365),
    10,
    "An unpaid bill is overdue this many days after its billing month ends (in `TIME_ZONE`); the daily `billing.overdue_reminders` schedule (09:00) mails each overdue bill's subscriber once.",
  ),
  BILLING_MONTHLY_RUN: setting(
    boolean,
    false,
    "Generate each month's bills by schedule (`billing.monthly_run`, 00:05 on the 1st; `SCHEDULES` changes when).",
  ),
  PAYMENT_PROVIDER: setting(
    oneOf('manual', 'stripe'),
    'manual',
    'Payment provider: `manual` (offline methods such as cash and transfers; test cards in test mode) or `stripe`.',
  ),
  PAYMENT_TEST_MODE: setting(
    boolean,
    (c) => c.NODE_ENV !== 'production',
    'Payment test mode: the `manual` provider accepts its test cards (`pm_card_visa`, 4242…) and the web app shows a "test mode" banner. Off, `manual` takes only offline methods (cash, bank transfer, bKash…), whose orders wait for staff to record the money.',
  ),
  PAYMENT_INTENT_TTL_MINUTES: setting(
    integer(1, 10_080),
    60,
    'How long a payment intent may be used to check out; after that checkout answers 410 `PAYMENT_INTENT_EXPIRED`.',
  ),
  UNPAID_ORDER_TTL_MINUTES: setting(
    integer(1, 525_600),
    2880,
    'How long an order awaiting an offline payment keeps its stock: after that it is cancelled (restocked, the customer mailed).',
  ),
  MAX_UNPAID_ORDERS: setting(
    integer(1, 1000),
    3,
    'How many orders awaiting payment a customer may hold at once; one more is 409 `TOO_MANY_UNPAID_ORDERS`.',
  ),
  STRIPE_SECRET_KEY: setting(
    text,
    '',
    'Stripe secret key (`sk_...`); required when `PAYMENT_PROVIDER=stripe`.',
  ),
  STRIPE_PUBLISHABLE_KEY: setting(
    text,
    '',
    'Stripe publishable key (`pk_...`) handed to the web app for Stripe Elements.',
  ),
  STRIPE_WEBHOOK_SECRET: setting(
    text,
    '',
    'Signing secret (`whsec_...`) of the Stripe webhook endpoint `/api/payments/webhooks/stripe/`; required when `PAYMENT_PROVIDER=stripe`.',
  ),
  STRIPE_API_BASE: setting(
    text,
    '',
    "Base URL of the Stripe API. Unset: Stripe's own; tests point it at a local fake.",
  ),
  SHUTDOWN_TIMEOUT_MS: setting(
    integer(0, 600_000),
    10_000,
    'How long a stopping server waits for in-flight requests and jobs.',
  ),
} satisfies Record<string, Setting<unknown>>;

type Settings = typeof SETTINGS;
export type Config = Readonly<{
  -readonly [K in keyof Settings]: Settings[K] extends Setting<infer T> ? T : never;
}> & {
  readonly database: 'sqlite' | 'postgres';
  readonly isProduction: boolean;
};

/** `NAME=value`, optionally after `export`, with the name as Node's parser takes it. */
const ASSIGNMENT = /^\s*(?:export\s+)?[\w.-]+\s*=\s*(.*)$/;

/**
 * The settings in a `.env` file, parsed by Node's own parser (`util.parseEnv`,
 * as `node --env-file` reads it). A UTF-8 byte-order mark is accepted; what the
 * parser would silently skip or cut short (a NUL byte, bytes that are not UTF-8,
 * a line that is not `NAME=value`, a quote never closed) is refused with a
 * `ConfigError` naming the file and the line.
 */
export function readDotenv(file: string): Record<string, string | undefined> {
  let bytes = readFileSync(file);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const refuse = (line: number, why: string) => new ConfigError(file, `line ${line} ${why}`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw refuse(1, 'starts a UTF-16 file: save it as UTF-8');
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const lines: string[] = [];
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const raw = bytes.subarray(start, end);
    if (raw.includes(0)) throw refuse(lines.length + 1, 'contains a NUL byte');
    try {
      lines.push(decoder.decode(raw));
    } catch {
      throw refuse(lines.length + 1, 'is not valid UTF-8: save the file as UTF-8');
    }
    start = end + 1;
  }
  // Every line is blank, a comment, `NAME=value`, or inside a quoted value spanning lines.
  let openQuote: string | undefined;
  let openedAt = 0;
  for (const [i, line] of lines.entries()) {
    if (openQuote !== undefined) {
      if (line.includes(openQuote)) openQuote = undefined;
      continue;
    }
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    const match = ASSIGNMENT.exec(text);
    if (!match) throw refuse(i + 1, 'is not NAME=value (nor a comment)');
    const value = (match[1] ?? '').trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'" || quote === '`') && !value.slice(1).includes(quote)) {
      openQuote = quote;
      openedAt = i + 1;
    }
  }
  if (openQuote !== undefined) throw refuse(openedAt, `opens a ${openQuote} quote that is never closed`);
  return parseEnv(lines.join('\n'));
}

/**
 * Reads the settings from `env` (default: the process environment, after loading
 * an optional `.env` file from the working directory), validates every one, and
 * returns a frozen Config. Throws `ConfigError` naming the first bad variable.
 */
export function loadConfig(env?: Env, overrides: Partial<Record<keyof Settings, unknown>> = {}): Config {
  let source = env;
  if (!source) {
    const dotenv = path.resolve('.env');
    if (existsSync(dotenv)) {
      // The environment wins over the file, as with `node --env-file`.
      for (const [name, value] of Object.entries(readDotenv(dotenv))) process.env[name] ??= value;
    }
    source = process.env;
  }
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(SETTINGS) as [string, Setting<unknown>][]) {
    if (name in overrides) {
      out[name] = overrides[name as keyof Settings];
      continue;
    }
    const raw = source[name];
    if (raw === undefined || raw.trim() === '') {
      out[name] =
        typeof spec.default === 'function'
          ? (spec.default as (c: Record<string, unknown>) => unknown)(out)
          : spec.default;
    } else {
      out[name] = spec.parse(raw, name);
    }
  }
  out.PUBLIC_URL = String(out.PUBLIC_URL).replace(/\/+$/, '');
  if (out.PAYMENT_PROVIDER === 'stripe' && (!out.STRIPE_SECRET_KEY || !out.STRIPE_WEBHOOK_SECRET)) {
    throw new ConfigError(
      'PAYMENT_PROVIDER',
      'is "stripe", which needs STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET set as well',
    );
  }
  if (out.DATABASE_URL && !out.BILLING_CREDENTIALS_KEY) {
    throw new ConfigError(
      'BILLING_CREDENTIALS_KEY',
      "must be set when DATABASE_URL is (every instance needs the same key to read subscribers' credentials): `openssl rand -base64 32`",
    );
  }
  out.database = out.DATABASE_URL ? 'postgres' : 'sqlite';
  out.isProduction = out.NODE_ENV === 'production';
  return Object.freeze(out) as Config;
}

/**
 * The README's settings table (a test checks the README holds it). To print it, in `server/`:
 * `npx tsx -e "import('./src/config.ts').then((m) => console.log(m.settingsTable()))"`.
 */
export function settingsTable(): string {
  const rows = Object.entries(SETTINGS).map(([name, spec]) => {
    const d = spec.default as unknown;
    const def =
      typeof d === 'function'
        ? name === 'PUBLIC_URL'
          ? '`http://$HOST:$PORT`'
          : name === 'PAYMENT_TEST_MODE'
            ? '`true` (`false` when `NODE_ENV=production`)'
            : '`$DATA_DIR/media`'
        : Array.isArray(d) || (typeof d === 'object' && d !== null && Object.keys(d).length === 0)
          ? '(none)'
          : d === ''
            ? '(unset)'
            : `\`${String(d)}\``;
    return `| \`${name}\` | ${def} | ${spec.doc} |`;
  });
  return ['| variable | default | what it does |', '| --- | --- | --- |', ...rows].join('\n');
}
