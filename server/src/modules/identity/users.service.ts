/**
 * Users as the rest of identity sees them: the DTO and the request's user made
 * from a row, the checks of emails and usernames, and creating a user (admins,
 * `mercato createsuperuser`).
 */
import { type DB, isUniqueViolation } from '../../db/dialect.js';
import type { UserType } from '../../db/schema.js';
import { type AuthUser, isStaffType } from '../../platform/auth.js';
import { AppError, type FieldErrors } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events.js';
import { newId, nowIso } from '../../platform/ids.js';
import { nextValue, reserveValues } from '../../platform/sequences.js';
import { type Executor, transaction } from '../../platform/transaction.js';
import { hashPassword, passwordProblems } from './passwords.js';
import { PHONE_TAKEN } from './phones.js';
import * as users from './users.repository.js';

export interface UserDto {
  id: string;
  email: string;
  username: string;
  first_name: string;
  last_name: string;
  phone: string;
  user_type: UserType;
  is_staff: boolean;
  is_superuser: boolean;
  email_verified: boolean;
  /** A new address waiting to be confirmed with the link sent to it; `email` stays in force until then. */
  pending_email: string | null;
  vendor_status: 'pending' | 'approved' | 'rejected' | null;
  date_joined: string;
  last_login: string | null;
}

export function toUserDto(u: users.UserRow): UserDto {
  return {
    id: u.id,
    email: u.email,
    username: u.username,
    first_name: u.first_name,
    last_name: u.last_name,
    phone: u.phone,
    user_type: u.user_type,
    is_staff: isStaffType(u.user_type),
    is_superuser: u.is_superuser,
    email_verified: u.email_verified,
    pending_email: u.pending_email,
    vendor_status: u.vendor_status,
    date_joined: u.date_joined,
    last_login: u.last_login,
  };
}

export function toAuthUser(u: users.UserRow, claims: { jti: string; sid: string } | null): AuthUser {
  return {
    id: u.id,
    email: u.email,
    username: u.username,
    user_type: u.user_type,
    is_superuser: u.is_superuser,
    is_staff: isStaffType(u.user_type),
    vendor_status: u.vendor_status,
    token_id: claims?.jti ?? null,
    session_id: claims?.sid ?? null,
  };
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const USERNAME = /^[\w.@+-]{1,150}$/;

/** 400 naming the fields in `errors`, with their messages. */
export function invalidInput(errors: FieldErrors): never {
  throw AppError.badRequest(`Invalid input: check ${Object.keys(errors).join(', ')}.`, errors);
}

/** The active user with this id; 404 `USER_NOT_FOUND` for a missing or deactivated one. */
export async function activeUserOrThrow(executor: Executor, id: string): Promise<users.UserRow> {
  const user = await users.findById(executor, id);
  if (!user?.is_active) throw AppError.notFound('User not found.', 'USER_NOT_FOUND');
  return user;
}

/** Which of these values another account holds (after a unique index refused them). */
export async function takenFields(
  executor: Executor,
  values: { id: string; email?: string; username?: string; phone?: string },
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const someoneElse = (u: users.UserRow | undefined) => u !== undefined && u.id !== values.id;
  if (values.email && someoneElse(await users.findByEmail(executor, values.email)))
    errors.email = ['A user with that email already exists.'];
  if (values.username && someoneElse(await users.findByUsername(executor, values.username)))
    errors.username = ['A user with that username already exists.'];
  if (values.phone && someoneElse(await users.findByPhone(executor, values.phone)))
    errors.phone = [PHONE_TAKEN];
  return Object.keys(errors).length
    ? errors
    : { email: ['A user with that email or username already exists.'] };
}

export interface NewUser {
  email: string;
  password: string;
  username?: string;
  first_name?: string;
  last_name?: string;
  user_type: UserType;
  is_superuser?: boolean;
  email_verified?: boolean;
}

/** Creates a user after checking the email, username and password; errors carry field messages. */
export async function createUser(db: Executor, input: NewUser): Promise<users.UserRow> {
  const email = input.email.trim().toLowerCase();
  const username = (input.username ?? email.split('@')[0] ?? '').trim();
  const errors: FieldErrors = {};
  if (!EMAIL.test(email)) errors.email = ['Enter a valid email address.'];
  if (!USERNAME.test(username)) {
    errors.username = ['Enter a valid username: letters, digits and @/./+/-/_ only, at most 150 characters.'];
  }
  const problems = passwordProblems(input.password, { email });
  if (problems.length) errors.password = problems;
  if (!errors.email && (await users.findByEmail(db, email)))
    errors.email = ['A user with that email already exists.'];
  if (!errors.username && (await users.findByUsername(db, username))) {
    errors.username = ['A user with that username already exists.'];
  }
  if (Object.keys(errors).length) invalidInput(errors);
  if (input.is_superuser && input.user_type !== 'admin') {
    throw AppError.badRequest('Only admins can be superusers.', {
      is_superuser: ['Only admins can be superusers.'],
    });
  }

  const now = nowIso();
  const row: users.UserRow = {
    customer_code: input.user_type === 'customer' ? await nextCustomerCode(db) : null,
    id: newId(),
    email,
    username,
    password_hash: await hashPassword(input.password),
    first_name: input.first_name ?? '',
    last_name: input.last_name ?? '',
    phone: '',
    user_type: input.user_type,
    is_superuser: input.is_superuser ?? false,
    is_active: true,
    email_verified: input.email_verified ?? false,
    status: 'ACTIVE',
    gender: 'UNKNOWN',
    kind: '',
    vendor_status: input.user_type === 'vendor' ? 'pending' : null,
    date_joined: now,
    last_login: null,
    updated_at: now,
    pending_email: null,
  };
  try {
    await users.insert(db, row);
  } catch (err) {
    // Two creations racing past the checks: the unique indexes decide.
    if (isUniqueViolation(err))
      throw AppError.badRequest('A user with that email or username already exists.', {
        email: ['A user with that email or username already exists.'],
      });
    throw err;
  }
  return row;
}

/** An admin with every permission (the demo seed's, tests'). */
export function createSuperuser(db: Executor, input: { email: string; password: string; username?: string }) {
  return createUser(db, { ...input, user_type: 'admin', is_superuser: true, email_verified: true });
}

/**
 * `mercato createsuperuser`: the superuser and its `user.registered` event in
 * one transaction, so other modules hear of it as of any new account.
 */
export function registerSuperuser(
  deps: { db: DB; events: EventBus },
  input: { email: string; password: string; username?: string },
): Promise<users.UserRow> {
  return transaction(deps.db, async (trx) => {
    const user = await createSuperuser(trx, input);
    await deps.events.emit(trx, 'user.registered', {
      userId: user.id,
      email: user.email,
      userType: user.user_type,
    });
    return user;
  });
}

/** The next `CUST-00001` code, in the caller's transaction. */
export async function nextCustomerCode(executor: Executor): Promise<string> {
  return `CUST-${String(await nextValue(executor, 'customer_code')).padStart(5, '0')}`;
}

/**
 * Bench data (`mercato seed --bench --subscribers N`): `count` creators
 * `bench-user-<n>@example.com` sharing one password hash (one argon2id run,
 * not N), inserted in batches in one transaction per batch. Returns their ids.
 * With `type: 'customer'` (and another `prefix`) they are customers, their
 * `CUST-` codes taken as one block from the same counter as registrations.
 */
export async function createBenchUsers(
  db: DB,
  count: number,
  password: string,
  options: { prefix?: string; type?: 'creator' | 'customer' } = {},
): Promise<string[]> {
  const { prefix = 'bench-user', type = 'creator' } = options;
  const passwordHash = await hashPassword(password);
  const now = nowIso();
  const ids: string[] = [];
  // The block of codes: one increment by `count`, so codes stay unique and gap-free.
  const lastCode = type === 'customer' ? await reserveValues(db, 'customer_code', count) : 0;
  const codeOf = (n: number) => `CUST-${String(lastCode - count + 1 + n).padStart(5, '0')}`;
  for (let start = 0; start < count; start += 1000) {
    const rows: users.UserRow[] = [];
    for (let n = start; n < Math.min(count, start + 1000); n++) {
      const id = newId();
      ids.push(id);
      rows.push({
        customer_code: type === 'customer' ? codeOf(n) : null,
        id,
        email: `${prefix}-${n}@example.com`,
        username: `${prefix}-${n}`,
        password_hash: passwordHash,
        first_name: 'Bench',
        last_name: `User ${n}`,
        phone: '',
        user_type: type,
        is_superuser: false,
        is_active: true,
        email_verified: true,
        status: 'ACTIVE',
        gender: 'UNKNOWN',
        kind: '',
        vendor_status: null,
        date_joined: now,
        last_login: null,
        updated_at: now,
        pending_email: null,
      });
    }
    await transaction(db, (trx) => trx.insertInto('users').values(rows).execute());
  }
  return ids;
}
