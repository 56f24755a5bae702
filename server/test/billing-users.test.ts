/** Seed 002's /api/v1/users/* on Mercato's users (SPEC §3 roles, §7 paths). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeUser, PASSWORD, uniqueEmail, uniquePhone } from './auth-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';

let t: TestApp;
let staff: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
let customer: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  t = await buildTestApp();
  staff = await makeUser(t.app, 'staff');
  admin = await makeUser(t.app, 'admin');
  customer = await makeUser(t.app, 'customer');
});
afterAll(async () => {
  await t?.close();
});

describe('/api/v1/users', () => {
  it('login (email or username) answers {access, refresh, user}; refresh rotates; me is the signed-in user', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users/login',
      payload: { email: customer.email, password: PASSWORD },
    });
    expect(login.statusCode, login.body).toBe(200);
    const body = login.json();
    expect(body.user).toMatchObject({
      uid: customer.user.id,
      role: 'CUSTOMER',
      is_staff: false,
      status: 'ACTIVE',
    });
    const byName = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users/login/',
      payload: { username: customer.user.username, password: PASSWORD },
    });
    expect(byName.statusCode).toBe(200);
    const refreshed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users/login/refresh',
      payload: { refresh: body.refresh },
    });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users/me',
      headers: bearer(refreshed.json().access),
    });
    expect(me.json()).toMatchObject({ uid: customer.user.id, email: customer.email });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users/login',
      payload: { email: customer.email, password: 'nope' },
    });
    expect(problemOf(wrong)).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
  });

  it('maps roles (SUPER_ADMIN, STAFF); staff list and read users but admins; others read only themselves (404)', async () => {
    const listAs = (access: string) =>
      t.app.inject({ method: 'GET', url: '/api/v1/users?page_size=100', headers: bearer(access) });
    const list = await listAs(admin.access);
    expect(list.statusCode, list.body).toBe(200);
    const byId = new Map(
      (list.json().results as Array<{ uid: string; role: string }>).map((u) => [u.uid, u.role]),
    );
    expect(byId.get(admin.user.id)).toBe('SUPER_ADMIN');
    expect(byId.get(staff.user.id)).toBe('STAFF');
    expect(list.json().count).toBe(3);
    // Below admin, nobody sees the admins (as in the admin API).
    const staffList = await listAs(staff.access);
    expect(staffList.json().count).toBe(2);
    expect(staffList.json().results.map((u: { uid: string }) => u.uid)).not.toContain(admin.user.id);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: bearer(customer.access) }))
        .statusCode,
    ).toBe(403);
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/v1/users/${customer.user.id}`,
      headers: bearer(customer.access),
    });
    expect(own.statusCode).toBe(200);
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/v1/users/${staff.user.id}`,
      headers: bearer(customer.access),
    });
    expect(problemOf(other).status).toBe(404);
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users/0190a5d6-0000-7000-8000-000000000000',
      headers: bearer(staff.access),
    });
    expect(problemOf(missing).status).toBe(404);
  });
});

describe('/api/v1/users writes', () => {
  const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, access: string | null, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: access ? bearer(access) : {},
      ...(payload ? { payload } : {}),
    });
  const userRow = (id: string) =>
    t.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const auditOf = (action: string, column: 'actor_id' | 'target_id', id: string) =>
    t.db.selectFrom('audit_log').selectAll().where('action', '=', action).where(column, '=', id).execute();

  it('register makes a customer with tokens; a mismatch is 400 naming confirm_password; registration rules apply', async () => {
    const email = uniqueEmail('sub');
    const phone = uniquePhone();
    const res = await send('POST', '/api/v1/users/register', null, {
      first_name: 'Rahim',
      last_name: 'Uddin',
      phone,
      email,
      password: PASSWORD,
      confirm_password: PASSWORD,
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.user).toMatchObject({
      email,
      role: 'CUSTOMER',
      phone,
      first_name: 'Rahim',
      status: 'ACTIVE',
    });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/users/me', headers: bearer(body.access) });
    expect(me.json()).toMatchObject({ uid: body.user.uid });
    expect((await userRow(body.user.uid)).customer_code).toMatch(/^CUST-\d{5}$/);

    const mismatch = await send('POST', '/api/v1/users/register/', null, {
      first_name: 'A',
      last_name: 'B',
      phone: uniquePhone(),
      email: uniqueEmail('sub'),
      password: PASSWORD,
      confirm_password: `${PASSWORD}x`,
    });
    expect(problemOf(mismatch)).toMatchObject({ status: 400 });
    expect(Object.keys(problemOf(mismatch).errors ?? {})).toEqual(['confirm_password']);
    const weak = await send('POST', '/api/v1/users/register', null, {
      first_name: 'A',
      last_name: 'B',
      phone: 'not a phone',
      email,
      password: 'short',
      confirm_password: 'short',
    });
    expect(Object.keys(problemOf(weak).errors ?? {}).sort()).toEqual([
      'email',
      'password',
      'phone',
      'username',
    ]);
    const missing = await send('POST', '/api/v1/users/register', null, {
      email: uniqueEmail(),
      password: PASSWORD,
    });
    expect(problemOf(missing).status).toBe(400);
    // Nothing was written by the refused ones.
    expect(await t.db.selectFrom('users').select('id').where('email', '=', email).execute()).toHaveLength(1);
  });

  it('POST /users: staff create customers; staff roles need an admin, admins a superuser; customers are 403', async () => {
    const made = await send('POST', '/api/v1/users', staff.access, {
      email: uniqueEmail('made'),
      password: PASSWORD,
      first_name: 'Made',
      phone: uniquePhone(),
      gender: 'FEMALE',
      kind: 'home',
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      role: 'CUSTOMER',
      gender: 'FEMALE',
      kind: 'home',
      first_name: 'Made',
    });
    const asStaff = await send('POST', '/api/v1/users', staff.access, {
      email: uniqueEmail('m'),
      password: PASSWORD,
      role: 'MANAGER',
    });
    expect(problemOf(asStaff)).toMatchObject({ status: 403, code: 'ADMIN_REQUIRED' });
    const manager = await send('POST', '/api/v1/users', admin.access, {
      email: uniqueEmail('m'),
      password: PASSWORD,
      role: 'MANAGER',
    });
    expect(manager.statusCode, manager.body).toBe(201);
    expect(manager.json().role).toBe('MANAGER');
    // An admin who is not a superuser cannot make admins (identity's rule).
    const plainAdmin = await makeUser(t.app, 'staff');
    await t.db
      .updateTable('users')
      .set({ user_type: 'admin' })
      .where('id', '=', plainAdmin.user.id)
      .execute();
    const relogin = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users/login',
      payload: { email: plainAdmin.email, password: PASSWORD },
    });
    const superMade = await send('POST', '/api/v1/users', relogin.json().access, {
      email: uniqueEmail('a'),
      password: PASSWORD,
      role: 'SUPER_ADMIN',
    });
    expect(problemOf(superMade)).toMatchObject({ status: 403, code: 'SUPERUSER_REQUIRED' });
    const byCustomer = await send('POST', '/api/v1/users', customer.access, { email: 'x', password: 'y' });
    expect(problemOf(byCustomer).status).toBe(403);
    const badRole = await send('POST', '/api/v1/users', admin.access, {
      email: uniqueEmail(),
      password: PASSWORD,
      role: 'admin',
    });
    expect(Object.keys(problemOf(badRole).errors ?? {})).toEqual(['role']);
  });

  it('PUT /users/me changes own names and phone; role and status are ignored and audited', async () => {
    const phone = uniquePhone();
    const res = await send('PUT', '/api/v1/users/me', customer.access, {
      first_name: 'Karim',
      phone,
      role: 'ADMIN',
      status: 'REMOVED',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ first_name: 'Karim', phone, role: 'CUSTOMER', status: 'ACTIVE' });
    const row = await userRow(customer.user.id);
    expect(row).toMatchObject({ user_type: 'customer', status: 'ACTIVE', is_active: true, phone });
    const audit = await auditOf('auth.protected_field_ignored', 'actor_id', customer.user.id);
    expect(JSON.parse(audit[0]?.details ?? '{}')).toEqual({ fields: ['role', 'status'] });
    expect((await send('PUT', '/api/v1/users/me', null, { first_name: 'x' })).statusCode).toBe(401);
  });

  it('PUT /users/{uid}: guards before the body (401, 403, 404, then 400); roles by admins only; admins hidden from staff', async () => {
    const target = await makeUser(t.app, 'customer');
    const url = `/api/v1/users/${target.user.id}`;
    expect((await send('PUT', url, null, { gender: 'nope' })).statusCode).toBe(401);
    expect((await send('PUT', url, customer.access, { gender: 'nope' })).statusCode).toBe(403);
    expect(
      (
        await send('PUT', '/api/v1/users/0190a5d6-0000-7000-8000-000000000000', staff.access, {
          gender: 'nope',
        })
      ).statusCode,
    ).toBe(404);
    expect((await send('PUT', '/api/v1/users/not-a-uuid', staff.access, { gender: 'nope' })).statusCode).toBe(
      404,
    );
    // An admin is not there for staff, whatever the body.
    expect(
      (await send('PUT', `/api/v1/users/${admin.user.id}`, staff.access, { gender: 'nope' })).statusCode,
    ).toBe(404);
    expect(
      Object.keys(problemOf(await send('PUT', url, staff.access, { gender: 'nope' })).errors ?? {}),
    ).toEqual(['gender']);
    const changed = await send('PUT', url, staff.access, {
      last_name: 'Changed',
      gender: 'MALE',
      kind: 'office',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      last_name: 'Changed',
      gender: 'MALE',
      kind: 'office',
      role: 'CUSTOMER',
    });
    // Role changes and staff accounts are for admins.
    expect(problemOf(await send('PUT', url, staff.access, { role: 'STAFF' }))).toMatchObject({
      status: 403,
      code: 'ADMIN_REQUIRED',
    });
    expect(
      problemOf(await send('PUT', `/api/v1/users/${staff.user.id}`, staff.access, { first_name: 'x' })).code,
    ).toBe('ADMIN_REQUIRED');
    expect((await userRow(target.user.id)).user_type).toBe('customer');
    const promoted = await send('PUT', url, admin.access, { role: 'STAFF' });
    expect(promoted.statusCode, promoted.body).toBe(200);
    expect(promoted.json()).toMatchObject({ role: 'STAFF', is_staff: true });
    const roleAudit = await auditOf('user.role_changed', 'target_id', target.user.id);
    expect(roleAudit).toHaveLength(1);
    // Nobody changes their own role.
    expect(
      problemOf(await send('PUT', `/api/v1/users/${admin.user.id}`, admin.access, { role: 'STAFF' })).code,
    ).toBe('CANNOT_CHANGE_SELF');
  });

  it('DELETE /users/{uid} deactivates (sessions end); never yourself; managers cannot touch admins', async () => {
    const target = await makeUser(t.app, 'customer');
    const manager = await makeUser(t.app, 'manager');
    const gone = await send('DELETE', `/api/v1/users/${target.user.id}`, manager.access);
    expect(gone.statusCode, gone.body).toBe(204);
    expect(await userRow(target.user.id)).toMatchObject({ is_active: false, status: 'INACTIVE' });
    const afterwards = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users/me',
      headers: bearer(target.access),
    });
    expect(afterwards.statusCode).toBe(401);
    expect((await send('DELETE', `/api/v1/users/${admin.user.id}`, manager.access)).statusCode).toBe(404);
    expect((await userRow(admin.user.id)).is_active).toBe(true);
    expect(problemOf(await send('DELETE', `/api/v1/users/${admin.user.id}`, admin.access)).code).toBe(
      'CANNOT_CHANGE_SELF',
    );
    expect(problemOf(await send('DELETE', `/api/v1/users/${manager.user.id}`, staff.access)).code).toBe(
      'ADMIN_REQUIRED',
    );
    expect((await send('DELETE', `/api/v1/users/${target.user.id}`, customer.access)).statusCode).toBe(403);
    const audit = await auditOf('user.deactivated', 'target_id', target.user.id);
    expect(audit[0]).toMatchObject({ actor_id: manager.user.id });
  });
});
