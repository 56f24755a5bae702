import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../src/db/dialect.js';
import { createTestDatabase, type TestDatabase, testConfig } from './helpers.js';
import { cli } from './processes.js';

let database: TestDatabase;
let env: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATA_DIR: database.settings.DATA_DIR, DATABASE_URL: database.settings.DATABASE_URL };
});
afterAll(async () => {
  await database.drop();
});

async function users() {
  const { db } = connect(testConfig(database.settings));
  try {
    return await db.selectFrom('users').selectAll().orderBy('date_joined').execute();
  } finally {
    await db.destroy();
  }
}

// Each case starts the CLI as a process (tsx compiling the sources): slow on a busy machine.
describe('mercato CLI', { timeout: 60_000 }, () => {
  it('migrates, then reports the database up to date', async () => {
    const first = await cli(['migrate'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Applied 0001_platform');
    const status = await cli(['migrate', '--status'], env);
    expect(status.stdout).toContain('[x] 0001_platform');
    expect(status.stdout).not.toContain('[ ]');
    const again = await cli(['migrate'], env);
    expect(again.stdout).toContain('Nothing to migrate');
  });

  it('creates a superuser without prompts', async () => {
    const run = await cli(
      ['createsuperuser', '--email', 'Root@Example.com', '--password', 'correct-horse-battery', '--no-input'],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Superuser root@example.com (username root) created.');
    const [root] = await users();
    expect(root).toMatchObject({
      email: 'root@example.com',
      user_type: 'admin',
      is_superuser: true,
      is_active: true,
      email_verified: true,
    });
    expect(root?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses an email that exists, clearly', async () => {
    const run = await cli(
      ['createsuperuser', '--email', 'root@example.com', '--password', 'another-long-pass', '--no-input'],
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Error: email: A user with that email already exists.');
    expect(await users()).toHaveLength(1);
  });

  it('refuses a weak password and missing options', async () => {
    const weak = await cli(
      ['createsuperuser', '--email', 'w@example.com', '--password', 'short', '--no-input'],
      env,
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('at least 10 characters');
    const missing = await cli(['createsuperuser', '--email', 'w@example.com', '--no-input'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--email and --password are required');
  });

  it('asks for the details when run interactively', async () => {
    const run = await cli(['createsuperuser'], env, [
      { when: 'Email address:', send: 'ops@example.com' },
      { when: 'Username', send: 'ops' },
      { when: 'Password:', send: 'interactive-pass-1' },
      { when: 'Password (again):', send: 'interactive-pass-1' },
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Superuser ops@example.com (username ops) created.');
    expect((await users()).map((u) => u.email)).toContain('ops@example.com');
  });

  it('seeds demo data once', async () => {
    const fresh = await createTestDatabase();
    const freshEnv = { DATA_DIR: fresh.settings.DATA_DIR, DATABASE_URL: fresh.settings.DATABASE_URL };
    try {
      const first = await cli(['seed'], freshEnv);
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/Demo admin created: admin@example.com \/ \S{12,}/);
      expect(first.stdout).toMatch(
        /Demo users creator@example.com, customer@example.com, vendor@example.com share the password Demo-\S+/,
      );
      const { db } = connect(testConfig(fresh.settings));
      try {
        const people = await db
          .selectFrom('users')
          .select(['email', 'user_type', 'vendor_status'])
          .orderBy('email')
          .execute();
        expect(people).toEqual([
          { email: 'admin@example.com', user_type: 'admin', vendor_status: null },
          { email: 'creator@example.com', user_type: 'creator', vendor_status: null },
          { email: 'customer@example.com', user_type: 'customer', vendor_status: null },
          { email: 'dina@example.com', user_type: 'customer', vendor_status: null },
          { email: 'stan@example.com', user_type: 'customer', vendor_status: null },
          { email: 'vendor@example.com', user_type: 'vendor', vendor_status: 'approved' },
        ]);
        // Billing's demo: four packages, a subscriber per connection type, this month's bills and three payments.
        expect(first.stdout).toMatch(
          /Billing: 4 packages, 3 subscribers .* 3 bills for [A-Z]+ \d{4}, 3 payments/,
        );
        const ledger = await db
          .selectFrom('billing_payments')
          .select(['kind', 'payment_method', 'is_paid'])
          .orderBy('kind')
          .orderBy('payment_method')
          .orderBy('is_paid')
          .execute();
        expect(ledger.map((r) => [r.kind, r.payment_method, Boolean(r.is_paid)])).toEqual([
          ['bill', null, false],
          ['bill', null, true],
          ['bill', null, true],
          ['payment', 'BKASH', true],
          ['payment', 'CASH', true],
          ['payment', 'NAGAD', true],
        ]);
        const types = await db
          .selectFrom('billing_subscribers')
          .select('connection_type')
          .orderBy('connection_type')
          .execute();
        expect(types.map((r) => r.connection_type)).toEqual(['DHCP', 'PPPoE', 'STATIC']);
        const clients = await db
          .selectFrom('api_clients')
          .select(['name', 'type', 'is_public'])
          .orderBy('name')
          .execute();
        // The web app's areas, public clients (migration 0020), the seed made no other.
        expect(clients.every((c) => c.is_public)).toBe(true);
        expect(clients.map((c) => c.name)).toEqual([
          'Mercato account',
          'Mercato admin',
          'Mercato point of sale',
          'Mercato storefront',
        ]);
        // A drawn picture per colour (18), decoded like any upload: a JPEG with its web size and thumbnail, one main per product.
        const pictures = await db
          .selectFrom('product_images')
          .select(['product_id', 'content_type', 'width', 'height', 'web_path', 'thumb_path', 'is_main'])
          .execute();
        expect(pictures).toHaveLength(18);
        for (const picture of pictures) {
          expect(picture).toMatchObject({ content_type: 'image/jpeg', width: 800, height: 800 });
          expect(picture.web_path).toMatch(/\.web\.webp$/);
          expect(picture.thumb_path).toMatch(/\.thumb\.webp$/);
        }
        expect(pictures.filter((p) => p.is_main)).toHaveLength(8);
      } finally {
        await db.destroy();
      }
      const second = await cli(['seed'], freshEnv);
      expect(second.stdout).toContain('Demo data is already there');
    } finally {
      await fresh.drop();
    }
  });

  it('lists jobs', async () => {
    const run = await cli(['jobs', 'list', '--status', 'dead'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No jobs.');
    const bad = await cli(['jobs', 'list', '--status', 'sleeping'], env);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('Allowed choices are pending, running, done, dead');
  });

  it('creates an API client and prints its key once', async () => {
    const run = await cli(
      ['create-api-client', '--name', 'Creator Web App', '--type', 'web', '--rate-limit', '1000'],
      env,
    );
    expect(run.code).toBe(0);
    const id = run.stdout.match(/X-Client-ID: (cl_\w+)/)?.[1];
    const key = run.stdout.match(/X-API-Key: {3}(sk_[\w-]+)/)?.[1];
    expect(id).toBeTruthy();
    expect(key).toBeTruthy();
    const { db } = connect(testConfig(database.settings));
    try {
      const row = await db
        .selectFrom('api_clients')
        .selectAll()
        .where('client_id', '=', id!)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ name: 'Creator Web App', type: 'web', rate_limit: 1000, is_active: true });
      expect(JSON.stringify(row)).not.toContain(key!);
    } finally {
      await db.destroy();
    }
    const bad = await cli(['create-api-client', '--name', 'X', '--type', 'fax'], env);
    expect(bad.code).not.toBe(0);
  });

  it('rotates the signing key, keeping the old one for verification', async () => {
    const { db } = connect(testConfig(database.settings));
    try {
      const first = await cli(['rotate-keys'], env);
      expect(first.code).toBe(0);
      const second = await cli(['rotate-keys'], env);
      const kid = second.stdout.match(/New signing key (\S+) is active/)?.[1];
      const keys = await db
        .selectFrom('signing_keys')
        .select(['kid', 'retired_at'])
        .orderBy('created_at')
        .execute();
      expect(keys.length).toBeGreaterThanOrEqual(2);
      expect(keys.filter((k) => k.retired_at === null).map((k) => k.kid)).toEqual([kid]);
    } finally {
      await db.destroy();
    }
  });

  it('imports Django users from an auth_user CSV', async () => {
    const { writeFileSync } = await import('node:fs');
    const file = `${database.dataDir}/auth_user.csv`;
    writeFileSync(
      file,
      'id,password,last_login,is_superuser,username,first_name,last_name,email,is_staff,is_active,date_joined\n' +
        '7,pbkdf2_sha256$1000$salt$abc=,,f,django_jane,Jane,Doe,Jane@Example.com,t,t,2021-03-04 05:06:07+00\n' +
        '8,pbkdf2_sha256$1000$salt$abc=,,f,nomail,No,Mail,,f,t,2021-03-04 05:06:07+00\n',
    );
    const dry = await cli(['import-users', file, '--dry-run'], env);
    expect(dry.stdout).toContain('Would create 1 user(s); skipped 1.');
    const run = await cli(['import-users', file], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Created 1 user(s); skipped 1.');
    expect((await users()).find((u) => u.email === 'jane@example.com')).toMatchObject({
      user_type: 'staff',
      username: 'django_jane',
    });
    const missing = await cli(['import-users', '/no/such/file.csv'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read /no/such/file.csv');
  });

  it('explains every command with --help', async () => {
    const top = await cli(['--help'], env);
    expect(top.code).toBe(0);
    for (const command of ['serve', 'migrate', 'createsuperuser', 'seed', 'worker', 'jobs'])
      expect(top.stdout).toContain(command);
    const help = await cli(['createsuperuser', '--help'], env);
    expect(help.stdout).toContain('--no-input');
    expect(help.stdout).toContain('Usage: mercato createsuperuser');
  });

  it('names a bad setting and exits 1', async () => {
    const run = await cli(['migrate'], { ...env, PORT: 'eighty' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('Invalid configuration: PORT must be a whole number (got "eighty")');
  });
});
