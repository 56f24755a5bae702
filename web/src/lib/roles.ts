/**
 * Who may see and do what in the web app. The server enforces every
 * rule; these only decide what to offer, so nobody is shown a button that can
 * only answer 403.
 */
import type { Schemas } from '@mercato/sdk';

export type User = Schemas['User'];
export type UserType = User['user_type'];

type Who = Pick<User, 'user_type' | 'is_staff' | 'is_superuser'>;

export const USER_TYPE_LABELS: Record<UserType, string> = {
  customer: 'Customer',
  creator: 'Creator',
  vendor: 'Vendor',
  staff: 'Staff',
  manager: 'Manager',
  admin: 'Admin',
};

export const STAFF_TYPES: readonly UserType[] = ['staff', 'manager', 'admin'];

/** Staff, managers and admins: the admin area. */
export function isStaff(user: Who | null | undefined): boolean {
  return Boolean(user && (user.is_staff || STAFF_TYPES.includes(user.user_type)));
}

function isManagerOrAdmin(user: Who | null | undefined): boolean {
  return user?.user_type === 'manager' || user?.user_type === 'admin';
}

export const can = {
  /** `GET /api/admin/users/` and the vendor decisions: managers and admins. */
  listUsers: isManagerOrAdmin,
  decideVendors: isManagerOrAdmin,
  /** Create, change and deactivate users: admins. */
  manageUsers: (user: Who | null | undefined) => user?.user_type === 'admin',
  /** Creating or changing administrators takes a superuser. */
  manageAdmins: (user: Who | null | undefined) => user?.user_type === 'admin' && Boolean(user.is_superuser),
  /** API clients: admins. */
  manageClients: (user: Who | null | undefined) => user?.user_type === 'admin',
  /** The dev mail outbox: superusers (its password-reset links would let anyone else become anyone). */
  readMail: (user: Who | null | undefined) => user?.user_type === 'admin' && Boolean(user.is_superuser),
};

/** The types an admin may give a new account; `admin` only for superusers. */
export function creatableTypes(user: Who | null | undefined): UserType[] {
  if (!can.manageUsers(user)) return [];
  const types: UserType[] = ['staff', 'manager'];
  if (can.manageAdmins(user)) types.push('admin');
  return [...types, 'vendor', 'creator', 'customer'];
}

/**
 * Whether `actor` may deactivate `target`: admins, never themselves, and an
 * administrator only when the actor is a superuser.
 */
export function canDeactivate(
  actor: (Who & { id: string }) | null | undefined,
  target: Who & { id: string },
) {
  if (!actor || !can.manageUsers(actor) || actor.id === target.id) return false;
  return target.user_type !== 'admin' || Boolean(actor.is_superuser);
}

/** How to greet someone: their name, else their username, else their email. */
export function displayName(user: Pick<User, 'first_name' | 'last_name' | 'username' | 'email'>): string {
  const full = `${user.first_name} ${user.last_name}`.trim();
  return full || user.username || user.email;
}
