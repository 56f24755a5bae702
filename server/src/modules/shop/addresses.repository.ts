/** Saved shipping addresses (migration 0024): Kysely queries only, the executor first. */
import type { Selectable } from 'kysely';
import { nowIso } from '../../platform/ids.js';
import { type Page, type PageRequest, paginate } from '../../platform/pagination.js';
import type { Executor } from '../../platform/transaction.js';

export interface ShippingAddressesTable {
  id: string;
  user_id: string;
  label: string;
  full_name: string;
  line1: string;
  line2: string;
  city: string;
  region: string;
  postal_code: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** E.164, or empty. */
  phone: string;
  /** At most one per user (a partial unique index). */
  is_default: boolean;
  created_at: string;
  updated_at: string;
}

declare module '../../db/schema.js' {
  interface Database {
    shipping_addresses: ShippingAddressesTable;
  }
}

export type AddressRow = Selectable<ShippingAddressesTable>;
export type AddressFields = Omit<ShippingAddressesTable, 'id' | 'user_id' | 'created_at' | 'updated_at'>;

/** The user's addresses, the default first, then newest first. */
export function listAddresses(
  executor: Executor,
  userId: string,
  page: PageRequest,
): Promise<Page<AddressRow>> {
  return paginate(page, executor.selectFrom('shipping_addresses').where('user_id', '=', userId), (q) =>
    q.selectAll().orderBy('is_default', 'desc').orderBy('created_at', 'desc').orderBy('id', 'desc'),
  );
}

/** Every address of the user, as `listAddresses` orders them (at most the cap: the admin's customer page). */
export function allAddresses(executor: Executor, userId: string): Promise<AddressRow[]> {
  return executor
    .selectFrom('shipping_addresses')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('is_default', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The address if it is this user's. */
export function findAddress(executor: Executor, userId: string, id: string): Promise<AddressRow | undefined> {
  return executor
    .selectFrom('shipping_addresses')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function countAddresses(executor: Executor, userId: string): Promise<number> {
  const row = await executor
    .selectFrom('shipping_addresses')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertAddress(executor: Executor, row: ShippingAddressesTable): Promise<void> {
  await executor.insertInto('shipping_addresses').values(row).execute();
}

export function updateAddress(
  executor: Executor,
  userId: string,
  id: string,
  changes: Partial<AddressFields>,
): Promise<AddressRow | undefined> {
  return executor
    .updateTable('shipping_addresses')
    .set({ ...changes, updated_at: nowIso() })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteAddress(executor: Executor, userId: string, id: string): Promise<void> {
  await executor
    .deleteFrom('shipping_addresses')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .execute();
}

/** Clears the user's default (before another becomes it: the unique index allows one). */
export async function clearDefault(executor: Executor, userId: string): Promise<void> {
  await executor
    .updateTable('shipping_addresses')
    .set({ is_default: false })
    .where('user_id', '=', userId)
    .where('is_default', '=', true)
    .execute();
}

/** Makes the user's newest address the default (after the default was deleted); none left, nothing. */
export async function promoteNewest(executor: Executor, userId: string): Promise<void> {
  const newest = await executor
    .selectFrom('shipping_addresses')
    .select('id')
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (newest) {
    await executor
      .updateTable('shipping_addresses')
      .set({ is_default: true })
      .where('id', '=', newest.id)
      .execute();
  }
}
