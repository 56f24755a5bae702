/** Seed 002's /api/v1/users/* on Mercato's users (SPEC §3 roles, §7 paths). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeUser, PASSWORD } from './auth-helpers.js';
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
