/**
 * Users as other modules read them: a summary per id (one query for a page of
 * rows, by primary key) and the ids of users matching a search, as a subquery
 * another module's list filters on (`user_id in (…)`), so its list stays one
 * statement. Reads only; users change through identity's services. Other
 * modules reach these through identity's index.ts (`userReads`).
 */
import { containsInsensitive } from '../../db/dialect.js';
import type { UsersTable } from '../../db/schema.js';
import type { Executor } from '../../platform/transaction.js';

export type UserSummary = Pick<
  UsersTable,
  | 'id'
  | 'username'
  | 'email'
  | 'first_name'
  | 'last_name'
  | 'phone'
  | 'user_type'
  | 'is_superuser'
  | 'kind'
  | 'gender'
>;

const SUMMARY_COLUMNS = [
  'id',
  'username',
  'email',
  'first_name',
  'last_name',
  'phone',
  'user_type',
  'is_superuser',
  'kind',
  'gender',
] as const;

/** The fields a user search looks in (part of any, case-insensitive). */
const SEARCHED = ['email', 'first_name', 'last_name', 'phone', 'username'] as const;

/** Summaries of the users with these ids (absent ids are left out), by id. */
export async function userSummaries(db: Executor, ids: readonly string[]): Promise<Map<string, UserSummary>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, UserSummary>();
  // Bound parameters stay well below SQLite's and PostgreSQL's limits.
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('users')
      .select(SUMMARY_COLUMNS)
      .where('id', 'in', unique.slice(i, i + 500))
      .execute();
    for (const row of rows) out.set(row.id, { ...row, is_superuser: Boolean(row.is_superuser) });
  }
  return out;
}

/** A subquery of the ids of users whose email, names, phone or username contain `term`. */
export function userIdsMatching(db: Executor, term: string) {
  return db
    .selectFrom('users')
    .select('users.id')
    .where((eb) => eb.or(SEARCHED.map((c) => containsInsensitive(db, eb.ref(`users.${c}`), term))));
}
