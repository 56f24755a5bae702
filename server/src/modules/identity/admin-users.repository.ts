/**
 * The query of user administration: the searchable list. Lookups and changes
 * of a user's row are `users.repository.ts`'s.
 */
import { containsInsensitive } from '../../db/dialect.js';
import type { UserType } from '../../db/schema.js';
import type { Executor } from '../../platform/transaction.js';

export interface UserFilter {
  search?: string;
  user_type?: UserType;
  is_active?: boolean;
  vendor_status?: 'pending' | 'approved' | 'rejected';
  /** Leave admins out (what a manager may see). */
  exceptAdmins?: boolean;
}

const SEARCHED = ['email', 'username', 'first_name', 'last_name', 'phone'] as const;

/** The users that match, without selection or order (the count and the page share it). */
export function listQuery(executor: Executor, filter: UserFilter) {
  let q = executor.selectFrom('users');
  if (filter.search) {
    const term = filter.search.trim();
    q = q.where((eb) => eb.or(SEARCHED.map((c) => containsInsensitive(executor, eb.ref(c), term))));
  }
  if (filter.user_type) q = q.where('user_type', '=', filter.user_type);
  if (filter.is_active !== undefined) q = q.where('is_active', '=', filter.is_active);
  if (filter.vendor_status) q = q.where('vendor_status', '=', filter.vendor_status);
  if (filter.exceptAdmins) q = q.where('user_type', '!=', 'admin');
  return q;
}

/** Every column of `listQuery`, newest first. */
export function listColumns(q: ReturnType<typeof listQuery>) {
  return q.selectAll().orderBy('date_joined', 'desc').orderBy('id', 'desc');
}
