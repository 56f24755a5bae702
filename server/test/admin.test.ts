import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/identity/index.js';
import { bearer, lastMailTo, login, makeUser, PASSWORD, registerUser, uniqueEmail } from './auth-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';

let t: TestApp;
let superuser: Awaited<ReturnType<typeof makeUser>>;
let manager: Awaited<ReturnType<typeof makeUser>>;
let staff: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  t = await buildTestApp();
  await t.app.ready();
  superuser = await makeUser(t.app, 'admin');
  manager = await makeUser(t.app, 'manager');
  staff = await makeUser(t.app, 'staff');
});
afterAll(async () => {
  await t.close();
});

/** An admin without superuser rights. */
async function plainAdmin() {
  const email = uniqueEmail('admin');
  await createUser(t.db, { email, password: PASSWORD, user_type: 'admin', email_verified: true });
  const { body } = await login(t.app, email);
  return { email, access: body.access };
}

const get = (url: string, token: string) => t.app.inject({ url, headers: bearer(token) });
const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, token: string, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });

describe('admin users', () => {
  it('lists users with search and filters, for managers and admins only', async () => {
    const { email } = await registerUser(t.app, { first_name: 'Zephyrine' });
    const found = await get('/api/admin/users/?search=zephyr', superuser.access);
    expect(found.statusCode).toBe(200);
    expect(found.json()).toMatchObject({ count: 1, next: null, previous: null });
    expect(found.json().results[0]).toMatchObject({
      email,
      first_name: 'Zephyrine',
      is_active: true,
      status: 'ACTIVE',
    });
    expect(found.json().results[0]).not.toHaveProperty('password_hash');
    const managers = await get('/api/admin/users/?user_type=manager', manager.access);
    expect(managers.json().results.map((u: { id: string }) => u.id)).toEqual([manager.user.id]);
    expect((await get('/api/admin/users/', staff.access)).statusCode).toBe(403);
    const creator = await registerUser(t.app);
    expect((await get('/api/admin/users/', creator.body.access!)).statusCode).toBe(403);
    expect((await t.app.inject('/api/admin/users/')).statusCode).toBe(401);
  });

  it('shows managers every user but admins (a listed or fetched admin is 404 to them); admins see everyone', async () => {
    const ids = async (access: string) =>
      (await get('/api/admin/users/?page_size=100', access)).json().results.map((u: { id: string }) => u.id);
    expect(await ids(manager.access)).not.toContain(superuser.user.id);
    expect(await ids(manager.access)).toContain(staff.user.id);
    expect(await ids(superuser.access)).toContain(superuser.user.id);
    const admins = await get('/api/admin/users/?user_type=admin', manager.access);
    expect(admins.json()).toMatchObject({ count: 0, results: [] });
    const hidden = await get(`/api/admin/users/${superuser.user.id}/`, manager.access);
    expect(hidden.statusCode).toBe(404);
    expect(problemOf(hidden).code).toBe('USER_NOT_FOUND');
    expect((await get(`/api/admin/users/${superuser.user.id}/`, superuser.access)).statusCode).toBe(200);
    expect((await get(`/api/admin/users/${staff.user.id}/`, manager.access)).statusCode).toBe(200);
  });

  it('lets admins create staff, and only superusers create admins', async () => {
    const email = uniqueEmail('clerk');
    const res = await send('POST', '/api/admin/users/', superuser.access, {
      email,
      password: PASSWORD,
      user_type: 'staff',
      first_name: 'Clerk',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      email,
      user_type: 'staff',
      is_staff: true,
      is_superuser: false,
      email_verified: true,
    });
    expect((await login(t.app, email)).res.statusCode).toBe(200);
    const plainAdmin = await makeUser(t.app, 'admin');
    await t.db
      .updateTable('users')
      .set({ is_superuser: false })
      .where('id', '=', plainAdmin.user.id)
      .execute();
    const refused = await send('POST', '/api/admin/users/', plainAdmin.access, {
      email: uniqueEmail(),
      password: PASSWORD,
      user_type: 'admin',
    });
    expect(refused.statusCode).toBe(403);
    expect(problemOf(refused).code).toBe('SUPERUSER_REQUIRED');
    const byManager = await send('POST', '/api/admin/users/', manager.access, {
      email: uniqueEmail(),
      password: PASSWORD,
      user_type: 'staff',
    });
    expect(byManager.statusCode).toBe(403);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.created')
      .where('actor_id', '=', superuser.user.id)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('guards role changes: audited, signs the user out, never on oneself', async () => {
    const target = await makeUser(t.app, 'customer');
    const res = await send('PATCH', `/api/admin/users/${target.user.id}/`, superuser.access, {
      user_type: 'staff',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user_type: 'staff', is_staff: true });
    // The old token carried the old role: it is refused now.
    expect((await get('/api/auth/profile/', target.access)).statusCode).toBe(401);
    const [entry] = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.role_changed')
      .where('target_id', '=', target.user.id)
      .execute();
    expect(JSON.parse(entry!.details)).toEqual({
      from: { user_type: 'customer', is_superuser: false },
      to: { user_type: 'staff', is_superuser: false },
    });

    const self = await send('PATCH', `/api/admin/users/${superuser.user.id}/`, superuser.access, {
      user_type: 'customer',
    });
    expect(self.statusCode).toBe(403);
    expect(problemOf(self).code).toBe('CANNOT_CHANGE_SELF');
    const superOnCustomer = await send('PATCH', `/api/admin/users/${target.user.id}/`, superuser.access, {
      is_superuser: true,
    });
    expect(superOnCustomer.statusCode).toBe(400);
    const row = await t.db
      .selectFrom('users')
      .select(['user_type', 'is_superuser'])
      .where('id', '=', target.user.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ user_type: 'staff', is_superuser: false });
  });

  it('deactivates (DELETE) without deleting, and the user can no longer sign in', async () => {
    const target = await makeUser(t.app, 'creator');
    const res = await send('DELETE', `/api/admin/users/${target.user.id}/`, superuser.access);
    expect(res.statusCode).toBe(204);
    const row = await t.db
      .selectFrom('users')
      .select(['is_active', 'status'])
      .where('id', '=', target.user.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ is_active: false, status: 'INACTIVE' });
    expect((await get('/api/auth/profile/', target.access)).statusCode).toBe(401);
    // The right password learns why (its own code); a wrong one learns nothing more than for anyone.
    const refused = (await login(t.app, target.email)).res;
    expect(refused.statusCode).toBe(403);
    expect(problemOf(refused)).toMatchObject({
      code: 'ACCOUNT_INACTIVE',
      detail: expect.stringMatching(/deactivated/),
    });
    const guessed = (await login(t.app, target.email, 'Not-The-Password-99')).res;
    expect(guessed.statusCode).toBe(401);
    expect(problemOf(guessed).code).toBe('INVALID_CREDENTIALS');
    expect(
      (
        await t.db
          .selectFrom('audit_log')
          .select('id')
          .where('action', '=', 'user.deactivated')
          .where('target_id', '=', target.user.id)
          .execute()
      ).length,
    ).toBe(1);
    expect(
      (await send('DELETE', `/api/admin/users/${crypto.randomUUID()}/`, superuser.access)).statusCode,
    ).toBe(404);
  });

  it('changes only the fields an admin may set, whatever else the body carries', async () => {
    const target = await makeUser(t.app, 'creator');
    const before = await t.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', target.user.id)
      .executeTakeFirstOrThrow();
    const res = await send('PATCH', `/api/admin/users/${target.user.id}/`, superuser.access, {
      first_name: 'Renamed',
      email: 'taken-over@example.com',
      password_hash: before.password_hash.replace(/.$/, 'x'),
      email_verified: false,
      customer_code: 'CUST-99999',
      nickname: 'not a column',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ first_name: 'Renamed', email: target.email, email_verified: true });
    const after = await t.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', target.user.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ ...before, first_name: 'Renamed', updated_at: after.updated_at });
    expect((await login(t.app, target.email)).res.statusCode).toBe(200);
  });

  it('leaves administrators to superusers: an admin cannot deactivate, reactivate or take over one', async () => {
    const plain = await plainAdmin();
    const other = await makeUser(t.app, 'admin');
    expect((await send('DELETE', `/api/admin/users/${other.user.id}/`, plain.access)).statusCode).toBe(403);
    expect((await send('DELETE', `/api/admin/users/${other.user.id}/`, superuser.access)).statusCode).toBe(
      204,
    );
    const reactivate = await send('PATCH', `/api/admin/users/${other.user.id}/`, plain.access, {
      is_active: true,
    });
    expect(reactivate.statusCode).toBe(403);
    expect(problemOf(reactivate).code).toBe('SUPERUSER_REQUIRED');
    const row = await t.db
      .selectFrom('users')
      .select(['is_active', 'email'])
      .where('id', '=', other.user.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ is_active: false, email: other.email });
    expect(
      (await send('PATCH', `/api/admin/users/${other.user.id}/`, superuser.access, { is_active: true }))
        .statusCode,
    ).toBe(200);
  });

  it('answers 404 for an id that is not one, on every database', async () => {
    for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
      const res = await t.app.inject({
        method,
        url: '/api/admin/users/not-a-uuid/',
        headers: bearer(superuser.access),
        ...(method === 'PATCH' ? { payload: { first_name: 'X' } } : {}),
      });
      expect(res.statusCode, method).toBe(404);
    }
    expect(
      (await send('POST', '/api/admin/users/not-a-uuid/approve-vendor/', superuser.access, {})).statusCode,
    ).toBe(404);
  });

  it('lets managers approve and reject vendors, mailing them', async () => {
    const vendor = await registerUser(t.app, { user_type: 'vendor' });
    const approved = await send(
      'POST',
      `/api/admin/users/${vendor.body.user.id}/approve-vendor/`,
      manager.access,
    );
    expect(approved.statusCode).toBe(200);
    expect(approved.json().vendor_status).toBe('approved');
    expect((await lastMailTo(t.app, vendor.email))?.subject).toBe('Your Mercato vendor account is approved');
    const rejected = await send(
      'POST',
      `/api/admin/users/${vendor.body.user.id}/reject-vendor/`,
      manager.access,
      { reason: 'Missing tax id' },
    );
    expect(rejected.json().vendor_status).toBe('rejected');
    const creator = await registerUser(t.app);
    const notVendor = await send(
      'POST',
      `/api/admin/users/${creator.body.user.id}/approve-vendor/`,
      manager.access,
    );
    expect(problemOf(notVendor).code).toBe('NOT_A_VENDOR');
    expect(
      (await send('POST', `/api/admin/users/${vendor.body.user.id}/approve-vendor/`, staff.access))
        .statusCode,
    ).toBe(403);
  });
});

describe('audit log', () => {
  it('lists security events with filters', async () => {
    const { email, body } = await registerUser(t.app);
    await login(t.app, email, 'Wrong-Password-99');
    await login(t.app, email);
    const mine = await get(`/api/admin/audit-log/?user=${body.user.id}`, superuser.access);
    expect(mine.statusCode).toBe(200);
    const actions = mine.json().results.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['auth.login', 'auth.login_failed', 'user.registered']);
    const failed = mine.json().results[1];
    expect(failed).toMatchObject({
      actor_email: email,
      ip: '127.0.0.1',
      details: { reason: 'wrong password' },
    });
    const authOnly = await get(`/api/admin/audit-log/?user=${body.user.id}&action=auth.`, superuser.access);
    expect(authOnly.json().count).toBe(2);
    const future = await get(
      `/api/admin/audit-log/?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
      superuser.access,
    );
    expect(future.json().count).toBe(0);
    expect((await get('/api/admin/audit-log/', manager.access)).statusCode).toBe(403);
  });

  it('filters by an email fragment on every database, and refuses a time JavaScript cannot hold', async () => {
    const byFragment = await get(
      `/api/admin/audit-log/?user=${encodeURIComponent(superuser.email.slice(0, 8))}`,
      superuser.access,
    );
    expect(byFragment.statusCode).toBe(200);
    expect(byFragment.json().count).toBeGreaterThan(0);
    const leap = await get('/api/admin/audit-log/?since=2016-12-31T23:59:60Z', superuser.access);
    expect(leap.statusCode).toBe(400);
    expect(problemOf(leap).errors).toEqual({ since: ['Enter a valid date and time.'] });
  });
});

describe('mail outbox and jobs', () => {
  it('shows the dev outbox to superusers only: its reset links would make anyone else anybody', async () => {
    const { email } = await registerUser(t.app);
    await t.app.ctx.jobs.idle();
    const res = await get(`/api/admin/mail/?to=${encodeURIComponent(email)}`, superuser.access);
    expect(res.statusCode).toBe(200);
    expect(res.json().count).toBe(1);
    expect(res.json().results[0]).toMatchObject({
      to: email,
      subject: 'Welcome to Mercato: confirm your email',
    });
    const creator = await registerUser(t.app);
    expect((await get('/api/admin/mail/', creator.body.access!)).statusCode).toBe(403);
    const admin = await plainAdmin();
    for (const who of [staff, manager, admin]) {
      const refused = await get(`/api/admin/mail/?to=${encodeURIComponent(superuser.email)}`, who.access);
      expect(refused.statusCode).toBe(403);
      expect(refused.body).not.toContain('reset-password');
    }
    // A page past the end is 404 INVALID_PAGE, however large (SQLite's OFFSET refuses a REAL).
    for (const page of ['99', '99999999999999999999']) {
      const past = await get(`/api/admin/mail/?page=${page}`, superuser.access);
      expect(past.statusCode, page).toBe(404);
      expect(problemOf(past).code).toBe('INVALID_PAGE');
    }
  });

  it('lists dead jobs and retries them', async () => {
    await t.db
      .insertInto('jobs')
      .values({
        id: crypto.randomUUID(),
        type: 'mail.send',
        payload: JSON.stringify({ to: 'x@example.com', subject: 's', text: 't' }),
        status: 'dead',
        attempts: 8,
        max_attempts: 8,
        run_at: new Date().toISOString(),
        locked_by: null,
        locked_at: null,
        last_error: 'Error: connection refused',
        dedupe_key: null,
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
        finished_at: new Date().toISOString(),
      })
      .execute();
    const dead = await get('/api/admin/jobs/?status=dead', superuser.access);
    expect(dead.json().results).toHaveLength(1);
    expect(dead.json().results[0]).toMatchObject({ status: 'dead', last_error: 'Error: connection refused' });
    const retried = await send(
      'POST',
      `/api/admin/jobs/${dead.json().results[0].id}/retry/`,
      superuser.access,
    );
    expect(retried.statusCode).toBe(200);
    await t.app.ctx.jobs.idle();
    expect((await get('/api/admin/jobs/?status=dead', superuser.access)).json().results).toHaveLength(0);
    expect((await lastMailTo(t.app, 'x@example.com'))?.subject).toBe('s');
  });
});
