/** 0011_identity_hardening on data made before it: phones normalised and deduplicated, tokens kept. */
import { type Migration, Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AnyDB, connect, isUniqueViolation } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { migrations } from '../src/db/migrations/index.js';
import { newId } from '../src/platform/ids.js';
import { createTestDatabase, type TestDatabase, testConfig, userRow } from './helpers.js';

let database: TestDatabase;
let d: AnyDB;

beforeAll(async () => {
  database = await createTestDatabase();
  d = connect(testConfig(database.settings)).db as unknown as AnyDB;
});
afterAll(async () => {
  await d.destroy();
  await database.drop();
});

const names = Object.keys(migrations).sort();
const upTo = (last: string): Record<string, Migration> =>
  Object.fromEntries(names.slice(0, names.indexOf(last) + 1).map((n) => [n, migrations[n]!]));

/** A user row as it was before 0011 (no `pending_email`). */
function oldUser(phone: string, joined: string) {
  const { pending_email: _, ...row } = userRow({ phone, date_joined: joined });
  return row;
}

describe('0011_identity_hardening', () => {
  it('normalises phones, keeps a duplicate for the oldest account only (logged), and makes phones unique', async () => {
    const before = upTo(names[names.indexOf('0011_identity_hardening') - 1]!);
    await migrateToLatest(d, before);
    const oldest = oldUser('+880 1711-000000', '2026-01-01T00:00:00.000Z');
    const younger = oldUser('+8801711000000', '2026-02-01T00:00:00.000Z');
    const youngest = oldUser('+880 1711 000000', '2026-03-01T00:00:00.000Z');
    const national = oldUser('01711000000', '2026-04-01T00:00:00.000Z');
    const none = oldUser('', '2026-05-01T00:00:00.000Z');
    const noneToo = oldUser('', '2026-05-02T00:00:00.000Z');
    for (const u of [youngest, oldest, younger, national, none, noneToo])
      await d.insertInto('users').values(u).execute();
    const tokenId = newId();
    await d
      .insertInto('one_time_tokens')
      .values({
        id: tokenId,
        purpose: 'password_reset',
        token_hash: 'hash-1',
        user_id: oldest.id,
        email: oldest.email,
        expires_at: '2026-12-31T00:00:00.000Z',
        used_at: null,
        created_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let logged: string[];
    try {
      // Up to 0011 only, so the migrateDown below undoes 0011 itself.
      await migrateToLatest(d, upTo('0011_identity_hardening'));
      logged = warn.mock.calls.map((c) => String(c[0]));
    } finally {
      warn.mockRestore();
    }
    const phones = Object.fromEntries(
      (await d.selectFrom('users').select(['id', 'phone', 'pending_email']).execute()).map((r) => [
        r.id,
        r.phone,
      ]),
    );
    expect(phones[oldest.id]).toBe('+8801711000000');
    expect(phones[younger.id]).toBe('');
    expect(phones[youngest.id]).toBe('');
    // Not international and no country to read it in: kept as it was.
    expect(phones[national.id]).toBe('01711000000');
    expect(logged).toEqual([expect.stringContaining(younger.email), expect.stringContaining(youngest.email)]);
    const cleared = await d
      .selectFrom('audit_log')
      .select(['target_id', 'details'])
      .where('action', '=', 'user.phone_cleared')
      .orderBy('target_id')
      .execute();
    expect(cleared.map((c) => c.target_id).sort()).toEqual([younger.id, youngest.id].sort());
    expect(JSON.parse(cleared[0]!.details)).toMatchObject({ kept_by: oldest.id });

    // Unique from now on; empty phones are not.
    const error = await d
      .insertInto('users')
      .values(userRow({ phone: '+8801711000000' }))
      .execute()
      .catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    await d
      .insertInto('users')
      .values(userRow({ phone: '' }))
      .execute();

    // One-time tokens survived, and may now be email changes.
    const token = await d
      .selectFrom('one_time_tokens')
      .selectAll()
      .where('id', '=', tokenId)
      .executeTakeFirst();
    expect(token).toMatchObject({ purpose: 'password_reset', user_id: oldest.id });
    await d
      .insertInto('one_time_tokens')
      .values({
        id: newId(),
        purpose: 'change_email',
        token_hash: 'hash-2',
        user_id: oldest.id,
        email: 'new@example.com',
        expires_at: '2026-12-31T00:00:00.000Z',
        used_at: null,
        created_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();
    const bogus = await d
      .insertInto('one_time_tokens')
      .values({
        id: newId(),
        purpose: 'bogus',
        token_hash: 'hash-3',
        user_id: oldest.id,
        email: 'x@example.com',
        expires_at: '2026-12-31T00:00:00.000Z',
        used_at: null,
        created_at: '2026-01-01T00:00:00.000Z',
      })
      .execute()
      .catch((e: unknown) => e);
    expect(bogus).toBeInstanceOf(Error);

    // And it can be undone.
    const migrator = new Migrator({
      db: d,
      provider: { getMigrations: async () => upTo('0011_identity_hardening') },
    });
    const { error: downError } = await migrator.migrateDown();
    expect(downError).toBeUndefined();
    const columns = (await d.introspection.getTables()).find((t) => t.name === 'users')!.columns;
    expect(columns.map((c) => c.name)).not.toContain('pending_email');
    expect(
      await d.selectFrom('one_time_tokens').select('id').where('id', '=', tokenId).execute(),
    ).toHaveLength(1);
  });
});
