/**
 * The back office's user management (`/api/v1/users`) on identity's services: no
 * user row is written here. Who may do what, as in the admin API:
 *
 * - staff, managers and admins create and change the users below staff
 *   (customers, creators, vendors) and deactivate them;
 * - staff accounts (staff, managers, admins) and every role change are the
 *   admins' business (`ADMIN_REQUIRED`); identity's service then asks for a
 *   superuser where administrators or superuser rights are touched, and refuses
 *   changing one's own role or deactivating oneself;
 * - below admin, administrators are not there at all (404), as in the admin API.
 */
import type { UserType } from '../../db/schema.js';
import type { Origin } from '../../platform/audit.js';
import type { AuthUser } from '../../platform/auth.js';
import type { IdentityServices } from '../identity/index.js';
import { BillingErrors } from './billing.errors.js';
import type { UserListDto } from './billing.schemas.js';

type Role = UserListDto['role'];
type Gender = UserListDto['gender'];
type Status = 'ACTIVE' | 'DRAFT' | 'INACTIVE' | 'REMOVED';

/** A back office role as a user type (OTHER is a creator). */
export function typeOfRole(role: Role): { user_type: UserType; is_superuser: boolean } {
  switch (role) {
    case 'SUPER_ADMIN':
      return { user_type: 'admin', is_superuser: true };
    case 'ADMIN':
      return { user_type: 'admin', is_superuser: false };
    case 'MANAGER':
      return { user_type: 'manager', is_superuser: false };
    case 'STAFF':
      return { user_type: 'staff', is_superuser: false };
    case 'CUSTOMER':
      return { user_type: 'customer', is_superuser: false };
    default:
      return { user_type: 'creator', is_superuser: false };
  }
}

const STAFF_TYPES: readonly UserType[] = ['staff', 'manager', 'admin'];

export interface BillingUserChanges {
  first_name?: string | undefined;
  last_name?: string | undefined;
  phone?: string | undefined;
  role?: Role | undefined;
  gender?: Gender | undefined;
  kind?: string | undefined;
  status?: Status | undefined;
}

export interface NewBillingUser extends BillingUserChanges {
  email: string;
  username?: string | undefined;
  password: string;
}

export class BillingUsers {
  constructor(private readonly identity: IdentityServices) {}

  /**
   * The user `actor` may change or deactivate: 404 when absent (or an admin,
   * to someone below admin), 403 when it is a staff account and `actor` is not
   * an admin. Runs before the body is read.
   */
  async assertManages(actor: AuthUser, id: string) {
    const target = await this.identity.adminUsers.get(actor, id);
    if (STAFF_TYPES.includes(target.user_type) && actor.user_type !== 'admin') {
      throw BillingErrors.adminRequired();
    }
    return target;
  }

  async create(actor: AuthUser, body: NewBillingUser, origin: Origin) {
    const { role = 'CUSTOMER', ...fields } = body;
    const type = typeOfRole(role);
    if (STAFF_TYPES.includes(type.user_type) && actor.user_type !== 'admin')
      throw BillingErrors.adminRequired();
    return this.identity.adminUsers.create(actor, { ...fields, ...type }, origin);
  }

  async update(actor: AuthUser, id: string, body: BillingUserChanges, origin: Origin) {
    const current = await this.assertManages(actor, id);
    const { role, status, ...fields } = body;
    // OTHER is what creators and vendors both read as: sent back for either, it changes nothing.
    const sameOther = role === 'OTHER' && (current.user_type === 'creator' || current.user_type === 'vendor');
    const type = role && !sameOther ? typeOfRole(role) : undefined;
    const roleChange =
      type !== undefined &&
      (type.user_type !== current.user_type || type.is_superuser !== current.is_superuser);
    if (roleChange && actor.user_type !== 'admin') throw BillingErrors.adminRequired();
    return this.identity.adminUsers.update(
      actor,
      id,
      {
        ...fields,
        ...(roleChange ? type : {}),
        // INACTIVE and REMOVED sign the user out (deactivated); ACTIVE lets them in again.
        ...(status ? { status, ...(status === 'DRAFT' ? {} : { is_active: status === 'ACTIVE' }) } : {}),
      },
      origin,
    );
  }

  async deactivate(actor: AuthUser, id: string, origin: Origin): Promise<void> {
    await this.assertManages(actor, id);
    await this.identity.adminUsers.deactivate(actor, id, origin);
  }
}
