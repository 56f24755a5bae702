import { describe, expect, it } from 'vitest';
import { can, canDeactivate, creatableTypes, displayName, isStaff, type UserType } from './roles.js';

const who = (user_type: UserType, is_superuser = false, id: string = user_type) => ({
  id,
  user_type,
  is_superuser,
  is_staff: ['staff', 'manager', 'admin'].includes(user_type),
});

describe('roles', () => {
  it('opens the admin area to staff, managers and admins only', () => {
    expect(['customer', 'creator', 'vendor'].map((t) => isStaff(who(t as UserType)))).toEqual([
      false,
      false,
      false,
    ]);
    expect(['staff', 'manager', 'admin'].map((t) => isStaff(who(t as UserType)))).toEqual([true, true, true]);
    expect(isStaff(null)).toBe(false);
  });

  it('lets managers decide on vendors but not manage users or clients', () => {
    const manager = who('manager');
    expect(can.listUsers(manager)).toBe(true);
    expect(can.decideVendors(manager)).toBe(true);
    expect(can.manageUsers(manager)).toBe(false);
    expect(can.manageClients(manager)).toBe(false);
    expect(can.listUsers(who('staff'))).toBe(false);
    expect(can.readMail(who('staff'))).toBe(false);
    expect(can.readMail(who('admin'))).toBe(false);
    expect(can.readMail(who('admin', true))).toBe(true);
  });

  it('offers the admin role only to superusers', () => {
    expect(creatableTypes(who('admin'))).not.toContain('admin');
    expect(creatableTypes(who('admin', true))).toContain('admin');
    expect(creatableTypes(who('manager'))).toEqual([]);
  });

  it('never offers to deactivate yourself, nor an admin unless you are a superuser', () => {
    const admin = who('admin', false, 'a1');
    expect(canDeactivate(admin, who('staff', false, 's1'))).toBe(true);
    expect(canDeactivate(admin, admin)).toBe(false);
    expect(canDeactivate(admin, who('admin', false, 'a2'))).toBe(false);
    expect(canDeactivate(who('admin', true, 'root'), who('admin', false, 'a2'))).toBe(true);
    expect(canDeactivate(who('manager'), who('customer', false, 'c1'))).toBe(false);
  });

  it('greets by name, else username, else email', () => {
    expect(displayName({ first_name: 'Ada', last_name: 'Lovelace', username: 'ada', email: 'a@x' })).toBe(
      'Ada Lovelace',
    );
    expect(displayName({ first_name: '', last_name: '', username: 'ada', email: 'a@x' })).toBe('ada');
    expect(displayName({ first_name: '', last_name: '', username: '', email: 'a@x' })).toBe('a@x');
  });
});
