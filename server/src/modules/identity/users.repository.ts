import { sql } from 'kysely';
import type { UsersTable } from '../../db/schema.js';
import { isUuid } from '../../platform/ids.js';
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
