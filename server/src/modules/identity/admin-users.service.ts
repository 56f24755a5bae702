/**
 * User administration: list and search, create any role, change and deactivate,
 * approve or reject vendors. Role changes are guarded: only superusers touch
 * admins or superuser rights, nobody changes their own role or deactivates
 * themselves, and a user whose role or status changed is signed out everywhere
 * (their tokens carried the old role).
 */
import type { DB } from '../../db/dialect.js';
import { isUniqueViolation } from '../../db/dialect.js';
import type { UsersTable, UserType } from '../../db/schema.js';
import {
  type AuditLogFilter,
  auditLogColumns,
  auditLogQuery,
  type Origin,
  recordAudit,
} from '../../platform/audit.js';
import type { AuthUser } from '../../platform/auth.js';
import { AppError, type FieldErrors } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events.js';
import { nowIso } from '../../platform/ids.js';
import type { Mailer } from '../../platform/mail.js';
import { type Page, type PageRequest, paginate } from '../../platform/pagination.js';
import { transaction } from '../../platform/transaction.js';
import type { UserFilter } from './admin-users.repository.js';
import * as admin from './admin-users.repository.js';
import { IdentityErrors } from './identity.errors.js';
import { checkPhone, PHONE_TAKEN } from './phones.js';
import type { TokenService } from './tokens.js';
import * as users from './users.repository.js';
import { createUser, nextCustomerCode, toUserDto, type UserDto } from './users.service.js';

export interface AdminUserDto extends UserDto {
  is_active: boolean;
  status: UsersTable['status'];
  gender: UsersTable['gender'];
  kind: string;
}

export function toAdminUserDto(u: users.UserRow): AdminUserDto {
  return { ...toUserDto(u), is_active: u.is_active, status: u.status, gender: u.gender, kind: u.kind };
}

export type { UserFilter };

export interface UserChanges {
  first_name?: string;
  last_name?: string;
  phone?: string;
  user_type?: UserType;
  is_superuser?: boolean;
  is_active?: boolean;
  status?: UsersTable['status'];
  gender?: UsersTable['gender'];
  kind?: string;
}

const USER_CHANGE_FIELDS = [
  'first_name',
  'last_name',
  'phone',
  'user_type',
  'is_active',
  'status',
  'gender',
  'kind',
] as const satisfies readonly (keyof UserChanges)[];

export class AdminUsersService {
  constructor(
    private readonly deps: {
      db: DB;
      tokens: TokenService;
      mailer: Mailer;
      events: EventBus;
      onUserChanged: (id: string) => void;
      publicUrl: string;
      /** `PHONE_DEFAULT_REGION`. */
      phoneRegion: string;
    },
  ) {}

  /** Managers see every user but admins; admins see everyone. */
  list(
    viewer: Pick<AuthUser, 'user_type'>,
    filter: UserFilter,
    page: PageRequest,
  ): Promise<Page<AdminUserDto>> {
    const scoped = { ...filter, exceptAdmins: viewer.user_type !== 'admin' };
    return paginate(page, admin.listQuery(this.deps.db, scoped), admin.listColumns).then((p) => ({
      ...p,
      results: p.results.map(toAdminUserDto),
    }));
  }

  /** One user; an admin is 404 to a manager, as if absent. */
  async get(viewer: Pick<AuthUser, 'user_type'>, id: string): Promise<AdminUserDto> {
    const row = await this.#find(id);
    if (row.user_type === 'admin' && viewer.user_type !== 'admin') throw IdentityErrors.userNotFound();
    return toAdminUserDto(row);
  }

  async #find(id: string): Promise<users.UserRow> {
    const row = await users.findById(this.deps.db, id);
    if (!row) throw IdentityErrors.userNotFound();
    return row;
  }

  async create(
    actor: AuthUser,
    input: {
      email: string;
      username?: string;
      password: string;
      user_type: UserType;
      first_name?: string;
      last_name?: string;
      is_superuser?: boolean;
      /** The billing back office's user fields (`/api/v1/users`), set with the account. */
      phone?: string;
      gender?: UsersTable['gender'];
      kind?: string;
      status?: UsersTable['status'];
    },
    origin: Origin,
  ): Promise<AdminUserDto> {
    if ((input.user_type === 'admin' || input.is_superuser) && !actor.is_superuser) {
      throw IdentityErrors.superuserToCreateAdmin();
    }
    const { phone: rawPhone, gender, kind, status, ...account } = input;
    let phone: string | undefined;
    if (rawPhone) {
      const errors: FieldErrors = {};
      phone = await checkPhone(this.deps.db, rawPhone, this.deps.phoneRegion, undefined, errors);
      if (errors.phone) throw AppError.badRequest('Invalid input: check phone.', errors);
    }
    return transaction(this.deps.db, async (trx) => {
      const row = await createUser(trx, { ...account, email_verified: true });
      const extra: Partial<users.UserRow> = {
        ...(phone ? { phone } : {}),
        ...(gender ? { gender } : {}),
        ...(kind !== undefined ? { kind } : {}),
        ...(status ? { status } : {}),
      };
      if (Object.keys(extra).length) {
        await users.update(trx, row.id, extra);
        Object.assign(row, extra);
      }
      await this.deps.events.emit(trx, 'user.registered', {
        userId: row.id,
        email: row.email,
        userType: row.user_type,
      });
      if (row.user_type === 'vendor') {
        await users.update(trx, row.id, { vendor_status: 'approved' });
        row.vendor_status = 'approved';
      }
      await recordAudit(trx, {
        action: 'user.created',
        actor,
        target: { type: 'user', id: row.id },
        origin,
        details: { user_type: row.user_type, is_superuser: row.is_superuser },
      });
      return toAdminUserDto(row);
    }).catch((err: unknown) => {
      // The phone was taken by another account after the check above.
      if (isUniqueViolation(err))
        throw AppError.badRequest('Invalid input: check phone.', { phone: [PHONE_TAKEN] });
      throw err;
    });
  }

  async update(actor: AuthUser, id: string, changes: UserChanges, origin: Origin): Promise<AdminUserDto> {
    const current = await this.#find(id);
    const roleChange =
      (changes.user_type !== undefined && changes.user_type !== current.user_type) ||
      (changes.is_superuser !== undefined && changes.is_superuser !== current.is_superuser);
    const deactivating = changes.is_active === false && current.is_active;
    const reactivating = changes.is_active === true && !current.is_active;
    if ((roleChange || deactivating) && actor.id === id) {
      throw IdentityErrors.cannotChangeSelf();
    }
    const touchesAdmin =
      current.user_type === 'admin' || changes.user_type === 'admin' || changes.is_superuser !== undefined;
    if (touchesAdmin && (roleChange || deactivating || reactivating) && !actor.is_superuser) {
      throw IdentityErrors.superuserRequired();
    }
    const nextType = changes.user_type ?? current.user_type;
    const nextSuper = changes.is_superuser ?? (nextType === 'admin' ? current.is_superuser : false);
    if (nextSuper && nextType !== 'admin') throw IdentityErrors.onlyAdminsAreSuperusers();
    // Only the fields an admin may set, whatever else the body carried.
    const update: Partial<users.UserRow> = { is_superuser: nextSuper, updated_at: nowIso() };
    for (const field of USER_CHANGE_FIELDS) {
      if (changes[field] !== undefined) Object.assign(update, { [field]: changes[field] });
    }
    // Sent back as stored (a number kept as it was by migration 0011 may not parse): no change.
    if (changes.phone !== undefined && changes.phone.trim() === current.phone) update.phone = current.phone;
    else if (changes.phone !== undefined) {
      const errors: FieldErrors = {};
      update.phone = await checkPhone(this.deps.db, changes.phone, this.deps.phoneRegion, id, errors);
      if (errors.phone) throw AppError.badRequest('Invalid input: check phone.', errors);
    }
    if (changes.user_type === 'vendor' && current.user_type !== 'vendor') update.vendor_status = 'pending';
    const needsCustomerCode = nextType === 'customer' && !current.customer_code;
    if (changes.user_type && changes.user_type !== 'vendor') update.vendor_status = null;
    if (changes.is_active === false) update.status = changes.status ?? 'INACTIVE';
    // Let in again: ACTIVE unless another status is given (a vendor left INACTIVE or REMOVED would still not sell).
    if (
      reactivating &&
      changes.status === undefined &&
      (current.status === 'INACTIVE' || current.status === 'REMOVED')
    )
      update.status = 'ACTIVE';
    const statusChange = update.status !== undefined && update.status !== current.status;

    const updated = await transaction(this.deps.db, async (trx) => {
      if (needsCustomerCode) update.customer_code = await nextCustomerCode(trx);
      await users.update(trx, id, update);
      await this.deps.events.emit(trx, 'user.changed', { userId: id });
      if (roleChange) {
        await recordAudit(trx, {
          action: 'user.role_changed',
          actor,
          target: { type: 'user', id },
          origin,
          details: {
            from: { user_type: current.user_type, is_superuser: current.is_superuser },
            to: { user_type: nextType, is_superuser: nextSuper },
          },
        });
      }
      if (deactivating) {
        await recordAudit(trx, { action: 'user.deactivated', actor, target: { type: 'user', id }, origin });
        await this.deps.events.emit(trx, 'user.deactivated', { userId: id, userType: current.user_type });
      }
      const fields = USER_CHANGE_FIELDS.filter((f) => changes[f] !== undefined);
      if (!roleChange && !deactivating && fields.length)
        await recordAudit(trx, {
          action: 'user.updated',
          actor,
          target: { type: 'user', id },
          origin,
          details: { fields },
        });
      if (roleChange || deactivating)
        await this.deps.tokens.revokeUserSessions(trx, id, deactivating ? 'deactivated' : 'role_changed');
      // A vendor who stops (or starts again) being one who may sell: the catalogue hides or shows their products.
      if (current.user_type === 'vendor' && (deactivating || reactivating || roleChange || statusChange)) {
        await this.deps.events.emit(trx, 'seller.changed', { userId: id });
      }
      return { ...current, ...update } as users.UserRow;
    }).catch((err: unknown) => {
      // The phone was taken by another account after the check above.
      if (isUniqueViolation(err))
        throw AppError.badRequest('Invalid input: check phone.', { phone: [PHONE_TAKEN] });
      throw err;
    });
    this.deps.onUserChanged(id);
    return toAdminUserDto(updated);
  }

  deactivate(actor: AuthUser, id: string, origin: Origin): Promise<AdminUserDto> {
    return this.update(actor, id, { is_active: false }, origin);
  }

  async decideVendor(
    actor: AuthUser,
    id: string,
    decision: 'approved' | 'rejected',
    origin: Origin,
    reason?: string,
  ): Promise<AdminUserDto> {
    const current = await this.#find(id);
    if (current.user_type !== 'vendor') throw IdentityErrors.notAVendor();
    const updated = await transaction(this.deps.db, async (trx) => {
      await users.update(trx, id, { vendor_status: decision, updated_at: nowIso() });
      // Their products go on or off sale: the catalogue's cached public answers are forgotten once committed.
      await this.deps.events.emit(trx, 'seller.changed', { userId: id });
      await recordAudit(trx, {
        action: decision === 'approved' ? 'vendor.approved' : 'vendor.rejected',
        actor,
        target: { type: 'user', id },
        origin,
        details: reason ? { reason } : {},
      });
      await this.deps.mailer.queue(trx, {
        to: current.email,
        template: 'account.vendor_decision',
        data: {
          name: current.first_name || current.username,
          approved: decision === 'approved',
          reason: reason ?? null,
          productsUrl: `${this.deps.publicUrl}/vendor/products`,
        },
      });
      return { ...current, vendor_status: decision };
    });
    this.deps.onUserChanged(id);
    return toAdminUserDto(updated);
  }

  /** The audit log, newest first, with each entry's details parsed. */
  async auditLog(filter: AuditLogFilter, page: PageRequest) {
    const result = await paginate(page, auditLogQuery(this.deps.db, filter), auditLogColumns);
    return {
      ...result,
      results: result.results.map((r) => ({
        ...r,
        details: JSON.parse(r.details) as Record<string, unknown>,
      })),
    };
  }
}
