import { pbkdf2Sync } from 'node:crypto';
import { Readable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connect, type DB } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import {
  type ImportUsersOptions,
  importDjangoUsers as importWith,
} from '../src/modules/identity/import-users.js';
import { verifyPassword } from '../src/modules/identity/passwords.js';
import { registerSuperuser } from '../src/modules/identity/users.service.js';
import { Broadcast } from '../src/platform/broadcast.js';
import { EventBus } from '../src/platform/events.js';
import { JobQueue } from '../src/platform/jobs.js';
import { createTestDatabase, type TestDatabase, testConfig, userRow } from './helpers.js';

let database: TestDatabase;
let db: DB;
let jobs: JobQueue;
let events: EventBus;
/** What a durable handler of `user.registered` received (delivered after commit by the job queue). */
const registered: Array<{ userId: string; email: string; userType: string }> = [];

beforeAll(async () => {
  database = await createTestDatabase();
  db = connect(testConfig(database.settings)).db;
  await migrateToLatest(db);
  const log = pino({ level: 'silent' });
  jobs = new JobQueue({ db, log, mode: 'inline' });
  events = new EventBus({ jobs, broadcast: new Broadcast({ redis: undefined, prefix: '', log }), log });
  events.subscribe('import-probe', 'user.registered', async (payload) => {
    registered.push(payload);
  });
});
afterAll(async () => {
  await jobs.idle();
  await db.destroy();
  await database.drop();
});

/** The import as `mercato import-users` runs it: on the database, with the event bus. */
function importDjangoUsers(input: string | Readable, options: ImportUsersOptions) {
  return importWith({ db, events }, input, options);
}

/** Django's PBKDF2PasswordHasher format, with few iterations to keep the test fast (the count is in the hash). */
function djangoHash(password: string, salt: string) {
  return `pbkdf2_sha256$1000$${salt}$${pbkdf2Sync(password, salt, 1000, 32, 'sha256').toString('base64')}`;
}

const ADMIN_HASH = djangoHash('Admin-Passw0rd!', 'adminsalt');
const STAFF_HASH = djangoHash('Staff-Passw0rd!', 'staffsalt');
const CAROL_HASH = djangoHash('Carol-Passw0rd!', 'carolsalt');
const UNUSABLE = '!Kq1dQz2nF8uXbC7vT0wYpLmR3sHeJ5aG9iNoU4x';

// As `psql \copy auth_user to ... csv header` writes it (t/f, +00 offsets), with rows in
// the other dialects' styles mixed in, and an extra column that the import ignores.
const CSV = [
  'id,password,last_login,is_superuser,username,first_name,last_name,email,is_staff,is_active,date_joined,groups',
  `1,${ADMIN_HASH},2024-01-02 03:04:05.678901+00,t,root,Ada,Lovelace,Admin@Example.com,t,t,2021-03-04 05:06:07.123456+00,`,
  `2,${STAFF_HASH},2024-02-03T04:05:06Z,False,Grace,Grace,"Hopper, Jr.",grace@example.com,True,True,2022-05-06T07:08:09+02:00,"1,2"`,
  `3,${CAROL_HASH},,0,carol,Carol,,  CAROL@example.COM ,0,1,2022-07-08 09:10:11,`,
  `4,${UNUSABLE},,f,dave,Dave,,dave@example.com,f,f,2023-01-01 00:00:00+00,`,
  `5,${djangoHash('x', 'y')},,f,someone,Some,One,EXISTING@example.com,f,t,2023-01-01 00:00:00+00,`,
  `6,${djangoHash('x', 'y')},,f,Taken_Name,Taken,Name,fresh@example.com,f,t,2023-01-01 00:00:00+00,`,
  `7,${djangoHash('x', 'y')},,f,eve,Eve,,not-an-email,f,t,2023-01-01 00:00:00+00,`,
  `8,${djangoHash('x', 'y')},,f,frank,Frank,,,f,t,2023-01-01 00:00:00+00,`,
  `9,${djangoHash('x', 'y')},,f,root2,Ada,Again,admin@example.com,f,t,2023-01-01 00:00:00+00,`,
  `10,${djangoHash('x', 'y')},,maybe,heidi,Heidi,,heidi@example.com,f,t,2023-01-01 00:00:00+00,`,
  `11,${djangoHash('x', 'y')},,f,ivan,Ivan,,ivan@example.com,f,t,yesterday,`,
  '',
].join('\n');

const EXPECTED_SKIPPED = [
  { line: 6, email: 'existing@example.com', reason: 'already exists' },
  { line: 7, email: 'fresh@example.com', reason: 'already exists' },
  { line: 8, email: 'not-an-email', reason: 'invalid email' },
  { line: 9, email: '', reason: 'missing email' },
  { line: 10, email: 'admin@example.com', reason: 'duplicate of line 2' },
  { line: 11, email: 'heidi@example.com', reason: 'invalid is_superuser: "maybe"' },
  { line: 12, email: 'ivan@example.com', reason: 'invalid date_joined: "yesterday"' },
];

const existing = userRow({ email: 'existing@example.com', username: 'existing', password_hash: 'keep-me' });
const existingByName = userRow({ email: 'other@example.com', username: 'taken_name' });

async function allUsers() {
  return db.selectFrom('users').selectAll().orderBy('email').execute();
}

beforeEach(async () => {
  await jobs.idle();
  registered.length = 0;
  await db.deleteFrom('users').execute();
  await db.insertInto('users').values([existing, existingByName]).execute();
});

describe('importDjangoUsers', () => {
  it('with dryRun, reports what it would do and writes nothing', async () => {
    const before = await allUsers();
    const result = await importDjangoUsers(CSV, { dryRun: true });
    expect(result).toEqual({ created: 4, skipped: EXPECTED_SKIPPED });
    expect(await allUsers()).toEqual(before);
  });

  it('imports the valid rows, maps Django fields onto ours and skips the rest with reasons', async () => {
    const result = await importDjangoUsers(CSV, {});
    expect(result).toEqual({ created: 4, skipped: EXPECTED_SKIPPED });

    const rows = await allUsers();
    expect(rows).toHaveLength(6);
    const byEmail = new Map(rows.map((r) => [r.email, r]));
    expect(byEmail.get('admin@example.com')).toMatchObject({
      username: 'root',
      password_hash: ADMIN_HASH,
      first_name: 'Ada',
      last_name: 'Lovelace',
      user_type: 'admin',
      is_superuser: true,
      is_active: true,
      email_verified: true,
      status: 'ACTIVE',
      vendor_status: null,
      date_joined: '2021-03-04T05:06:07.123Z',
      last_login: '2024-01-02T03:04:05.678Z',
    });
    expect(byEmail.get('grace@example.com')).toMatchObject({
      username: 'Grace',
      password_hash: STAFF_HASH,
      last_name: 'Hopper, Jr.',
      user_type: 'staff',
      is_superuser: false,
      is_active: true,
      email_verified: true,
      date_joined: '2022-05-06T05:08:09.000Z',
      last_login: '2024-02-03T04:05:06.000Z',
    });
    expect(byEmail.get('carol@example.com')).toMatchObject({
      username: 'carol',
      password_hash: CAROL_HASH,
      user_type: 'creator',
      is_superuser: false,
      is_active: true,
      email_verified: true,
      date_joined: '2022-07-08T09:10:11.000Z',
      last_login: null,
    });
    expect(byEmail.get('dave@example.com')).toMatchObject({
      password_hash: UNUSABLE,
      user_type: 'creator',
      is_active: false,
    });
    // New ids (UUIDv7), never Django's integers; the existing users untouched.
    for (const r of rows) expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    expect(byEmail.get('existing@example.com')).toMatchObject({ id: existing.id, password_hash: 'keep-me' });
    expect(byEmail.get('other@example.com')).toMatchObject({ id: existingByName.id, username: 'taken_name' });
    expect(byEmail.has('fresh@example.com')).toBe(false);
  });

  it('keeps hashes that log in: Django PBKDF2 verifies (and asks for the upgrade), unusable ones never do', async () => {
    await importDjangoUsers(CSV, {});
    const rows = new Map((await allUsers()).map((r) => [r.email, r.password_hash]));
    expect(await verifyPassword(rows.get('admin@example.com') ?? '', 'Admin-Passw0rd!')).toEqual({
      ok: true,
      needsRehash: true,
    });
    expect(await verifyPassword(rows.get('carol@example.com') ?? '', 'Carol-Passw0rd!')).toEqual({
      ok: true,
      needsRehash: true,
    });
    expect(await verifyPassword(rows.get('carol@example.com') ?? '', 'Admin-Passw0rd!')).toEqual({
      ok: false,
      needsRehash: false,
    });
    expect(await verifyPassword(rows.get('dave@example.com') ?? '', UNUSABLE)).toEqual({
      ok: false,
      needsRehash: false,
    });
  });

  it('is safe to run twice: the second run skips everybody as existing', async () => {
    await importDjangoUsers(CSV, {});
    const after = await allUsers();
    const again = await importDjangoUsers(CSV, {});
    expect(again.created).toBe(0);
    expect(again.skipped.filter((s) => s.reason === 'already exists').map((s) => s.line)).toEqual([
      2, 3, 4, 5, 6, 7,
    ]);
    expect(await allUsers()).toEqual(after);
  });

  it('reads a stream cut anywhere, with a byte-order mark and CRLF line ends', async () => {
    const text = `\uFEFF${CSV.replaceAll('\n', '\r\n')}`;
    const chunks: Buffer[] = [];
    const bytes = Buffer.from(text);
    for (let i = 0; i < bytes.length; i += 37) chunks.push(bytes.subarray(i, i + 37));
    const result = await importDjangoUsers(Readable.from(chunks), {});
    expect(result).toEqual({ created: 4, skipped: EXPECTED_SKIPPED });
    expect(await allUsers()).toHaveLength(6);
  });

  it('refuses a file without the auth_user columns, writing nothing', async () => {
    const before = await allUsers();
    const csv = 'id,username,email\n1,zed,zed@example.com\n';
    await expect(importDjangoUsers(csv, {})).rejects.toThrow(/no column password/);
    expect(await allUsers()).toEqual(before);
  });

  it('fails the whole import on a malformed CSV, writing nothing', async () => {
    const before = await allUsers();
    const broken = `${CSV}12,${djangoHash('x', 'y')},,f,zed,"Zed,,zed@example.com,f,t,2023-01-01 00:00:00+00,\n`;
    await expect(importDjangoUsers(broken, {})).rejects.toThrow();
    expect(await allUsers()).toEqual(before);
  });

  it('tells other modules of each imported user (user.registered, after commit), and of nobody on a dry run or a repeat', async () => {
    await importDjangoUsers(CSV, { dryRun: true });
    await jobs.idle();
    expect(registered).toEqual([]);

    await importDjangoUsers(CSV, {});
    await jobs.idle();
    const rows = await allUsers();
    const imported = rows.filter((r) => r.id !== existing.id && r.id !== existingByName.id);
    expect(imported).toHaveLength(4);
    const byId = (a: { userId: string }, b: { userId: string }) => (a.userId < b.userId ? -1 : 1);
    expect([...registered].sort(byId)).toEqual(
      imported.map((r) => ({ userId: r.id, email: r.email, userType: r.user_type })).sort(byId),
    );

    await importDjangoUsers(CSV, {});
    await jobs.idle();
    expect(registered).toHaveLength(4);
  });
});

describe('mercato createsuperuser', () => {
  it('tells other modules of the new superuser (user.registered, after commit), and of nobody when refused', async () => {
    registered.length = 0;
    const email = `root-${Date.now()}@example.com`;
    const user = await registerSuperuser({ db, events }, { email, password: 'Plum-Orchard-Lantern-42' });
    await jobs.idle();
    expect(registered).toEqual([{ userId: user.id, email, userType: 'admin' }]);
    await expect(
      registerSuperuser({ db, events }, { email, password: 'Plum-Orchard-Lantern-42' }),
    ).rejects.toThrow();
    await jobs.idle();
    expect(registered).toHaveLength(1);
  });
});
