/** 0020_public_api_clients: the web app's areas become public clients, on an empty database and on one seeded before. */
import type { Migration } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type AnyDB, connect } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { migrations } from '../src/db/migrations/index.js';
import { newId } from '../src/platform/ids.js';
import { createTestDatabase, type TestDatabase, testConfig, userRow } from './helpers.js';

const names = Object.keys(migrations).sort();
const before0020 = Object.fromEntries(
  names.slice(0, names.indexOf('0020_public_api_clients')).map((n) => [n, migrations[n]!]),
) as Record<string, Migration>;

let database: TestDatabase | undefined;
let d: AnyDB | undefined;

afterEach(async () => {
  await d?.destroy();
  await database?.drop();
  d = undefined;
  database = undefined;
});

async function freshDb(): Promise<AnyDB> {
  database = await createTestDatabase();
  d = connect(testConfig(database.settings)).db as unknown as AnyDB;
  return d;
}

/** A client row as the demo seed made them before 0020. */
function oldClient(name: string, type: string, over: Record<string, unknown> = {}) {
  const now = '2026-01-01T00:00:00.000Z';
  return {
    id: newId(),
    client_id: `cl_${Math.random().toString(16).slice(2, 12).padEnd(20, '0')}`,
    name,
    type,
    key_hash: Math.random().toString(16).repeat(4),
    key_prefix: 'sk_abcdefg',
    rate_limit: 6000,
    allowed_origins: '[]',
    is_active: true,
    created_by: null,
    created_at: now,
    updated_at: now,
    last_used_at: null,
    revoked_at: null,
    ...over,
  };
}

type Row = {
  name: string;
  client_id: string;
  is_public: unknown;
  web_area: string | null;
  key_prefix: string;
};

async function areaRows(db: AnyDB): Promise<Row[]> {
  return db
    .selectFrom('api_clients')
    .select(['name', 'client_id', 'is_public', 'web_area', 'key_prefix'])
    .orderBy('name')
    .execute();
}

describe('0020_public_api_clients', () => {
  it('gives an empty database one public client per area, audited', async () => {
    const db = await freshDb();
    await migrateToLatest(db);
    const rows = await areaRows(db);
    expect(rows.map((r) => [r.name, r.web_area, Boolean(r.is_public), r.key_prefix])).toEqual([
      ['Mercato account', 'account', true, ''],
      ['Mercato admin', 'admin', true, ''],
      ['Mercato point of sale', 'pos', true, ''],
      ['Mercato storefront', 'storefront', true, ''],
    ]);
    const audit = await db.selectFrom('audit_log').select(['action', 'details']).execute();
    expect(audit.filter((a) => a.action === 'api_client.created')).toHaveLength(4);
    // One client per area, kept by the database.
    await expect(
      db.updateTable('api_clients').set({ web_area: 'admin' }).where('web_area', '=', 'pos').execute(),
    ).rejects.toThrow();
  });

  it("converts the seed's never-used area clients, keeping their ids; leaves used, revoked and admin-made ones alone", async () => {
    const db = await freshDb();
    await migrateToLatest(db, before0020);
    const { pending_email: _, ...person } = userRow({ user_type: 'admin', is_superuser: true });
    await db.insertInto('users').values(person).execute();
    const user = person.id;
    const storefront = oldClient('Mercato storefront', 'web');
    const account = oldClient('Mercato account', 'web', { last_used_at: '2026-01-02T00:00:00.000Z' });
    const pos = oldClient('Mercato point of sale', 'pos', { revoked_at: '2026-01-02T00:00:00.000Z' });
    const admin = oldClient('Mercato admin', 'admin', { created_by: user });
    for (const row of [storefront, account, pos, admin])
      await db.insertInto('api_clients').values(row).execute();

    await migrateToLatest(db);
    const rows = await db
      .selectFrom('api_clients')
      .select(['id', 'client_id', 'is_public', 'web_area', 'key_hash', 'key_prefix'])
      .execute();
    const byArea = new Map(rows.filter((r) => r.web_area).map((r) => [r.web_area, r]));
    expect([...byArea.keys()].sort()).toEqual(['account', 'admin', 'pos', 'storefront']);
    // The seed's storefront client, never used: now the public one, same id, its old key gone.
    expect(byArea.get('storefront')).toMatchObject({ id: storefront.id, client_id: storefront.client_id });
    expect(byArea.get('storefront')?.key_hash).not.toBe(storefront.key_hash);
    expect(byArea.get('storefront')?.key_prefix).toBe('');
    // Used, revoked or made by a person: kept as they were, and the area gets a new client.
    for (const old of [account, pos, admin]) {
      const kept = rows.find((r) => r.id === old.id);
      expect(kept, old.name).toMatchObject({ web_area: null, key_hash: old.key_hash });
      expect(Boolean(kept?.is_public)).toBe(false);
    }
    for (const area of ['account', 'pos', 'admin']) {
      expect(Boolean(byArea.get(area)?.is_public), area).toBe(true);
      expect([account.id, pos.id, admin.id]).not.toContain(byArea.get(area)?.id);
    }
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'target_id'])
      .where('action', 'like', 'api_client.%')
      .execute();
    expect(audit).toContainEqual({ action: 'api_client.updated', target_id: storefront.id });
    expect(audit.filter((a) => a.action === 'api_client.created')).toHaveLength(3);
  });
});
