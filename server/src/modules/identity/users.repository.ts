/** The users table: lookups by id, email, username or phone, and the changes of a user's row. */
import { sql } from 'kysely';
import type { UsersTable } from '../../db/schema.js';
import { isUuid, nowIso } from '../../platform/ids.js';
import type { Executor } from '../../platform/transaction.js';

export type UserRow = UsersTable;

export function findByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

export function findByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where(sql`lower(username)`, '=', username.trim().toLowerCase())
    .executeTakeFirst();
}

export async function count(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insert(db: Executor, user: UserRow): Promise<void> {
  await db.insertInto('users').values(user).execute();
}

export function findById(db: Executor, id: string): Promise<UserRow | undefined> {
  if (!isUuid(id)) return Promise.resolve(undefined);
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findByPhone(db: Executor, phone: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('phone', '=', phone.trim())
    .where('phone', '!=', '')
    .executeTakeFirst();
}

export async function update(executor: Executor, id: string, changes: Partial<UserRow>): Promise<void> {
  await executor.updateTable('users').set(changes).where('id', '=', id).execute();
}

/** A successful login at `at`; with `newHash`, the password's hash upgraded to the current parameters. */
export function recordLogin(executor: Executor, id: string, at: string, newHash?: string): Promise<void> {
  return update(executor, id, {
    last_login: at,
    ...(newHash ? { password_hash: newHash, updated_at: at } : {}),
  });
}

/** A new password; a pending email change, asked for with the old one, ends with it. */
export function setPassword(executor: Executor, id: string, hash: string): Promise<void> {
  return update(executor, id, { password_hash: hash, pending_email: null, updated_at: nowIso() });
}

export function markEmailVerified(executor: Executor, id: string): Promise<void> {
  return update(executor, id, { email_verified: true, updated_at: nowIso() });
}

/**
 * Makes `email` the account's verified address if it is still the one waiting
 * to be confirmed (a guarded update: a request for another address committed
 * since voids it); false when it was not.
 */
export async function confirmPendingEmail(
  executor: Executor,
  id: string,
  email: string,
  at: string,
): Promise<boolean> {
  const changed = await executor
    .updateTable('users')
    .set({ email, email_verified: true, pending_email: null, updated_at: at })
    .where('id', '=', id)
    .where('pending_email', '=', email)
    .executeTakeFirst();
  return Number(changed.numUpdatedRows) === 1;
}
