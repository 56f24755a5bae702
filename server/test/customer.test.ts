import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeUser, PASSWORD, registerUser, uniqueEmail, uniquePhone } from './auth-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await t.app.ready();
});
afterAll(async () => {
  await t.close();
});

function register(over: Record<string, unknown> = {}) {
  const email = uniqueEmail('cust');
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/customer/register/',
    payload: {
      email,
      password: PASSWORD,
      username: email.split('@')[0],
      full_name: 'Ada Byron King',
      phone: uniquePhone(),
      ...over,
    },
  });
}

describe('customer app (seed 000)', () => {
  it('registers customers with sequential codes, a token carrying customer_id, and the seed shape', async () => {
    // Stored in E.164 form, however it was typed.
    const first = await register({ phone: '+880 1711-111111' });
    const second = await register();
    expect(first.statusCode).toBe(201);
    const a = first.json();
    expect(a.message).toBe('Registration successful');
    expect(a.customer).toMatchObject({ full_name: 'Ada Byron King', phone: '+8801711111111', points: 0 });
    expect(a.customer.customer_id).toMatch(/^CUST-\d{5}$/);
    const n = Number(a.customer.customer_id.slice(5));
    expect(second.json().customer.customer_id).toBe(`CUST-${String(n + 1).padStart(5, '0')}`);
    expect(decodeJwt(a.token)).toMatchObject({
      customer_id: a.customer.customer_id,
      user_type: 'customer',
      sub: a.customer._id,
    });
    const row = await t.db
      .selectFrom('users')
      .select(['user_type', 'first_name', 'last_name', 'customer_code'])
      .where('id', '=', a.customer._id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      user_type: 'customer',
      first_name: 'Ada',
      last_name: 'Byron King',
      customer_code: a.customer.customer_id,
    });
  });

  it('gives racing registrations distinct codes with no gaps', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => register()));
    expect(results.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    const codes = results.map((r) => Number(r.json().customer.customer_id.slice(5))).sort((x, y) => x - y);
    expect(new Set(codes).size).toBe(8);
    expect(codes[7]! - codes[0]!).toBe(7);
  });

  it('logs customers in, answers me/, and refuses other account types', async () => {
    const reg = (await register()).json();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/customer/login/',
      payload: { email: reg.customer.email, password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      message: 'Login successful',
      customer: { customer_id: reg.customer.customer_id },
    });
    const me = await t.app.inject({ url: '/api/auth/customer/me/', headers: bearer(res.json().token) });
    expect(me.json().customer).toEqual(reg.customer);
    const creator = await registerUser(t.app);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/auth/customer/login/',
      payload: { email: creator.email, password: PASSWORD },
    });
    expect(refused.statusCode).toBe(403);
    expect(problemOf(refused).code).toBe('NOT_A_CUSTOMER');
    const sessions = await t.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', creator.body.user.id)
      .execute();
    expect(sessions).toHaveLength(1); // only the one from registration: the refused login opened none
    expect(
      (await t.app.inject({ url: '/api/auth/customer/me/', headers: bearer(creator.body.access!) }))
        .statusCode,
    ).toBe(403);
  });

  it('changes the password', async () => {
    const reg = (await register()).json();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/customer/password/change/',
      headers: bearer(reg.token),
      payload: { current_password: PASSWORD, new_password: 'Quiet-River-Stone-88' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().message).toBe('Password changed successfully');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/customer/login/',
      payload: { email: reg.customer.email, password: 'Quiet-River-Stone-88' },
    });
    expect(login.statusCode).toBe(200);
  });

  it('gives a code to customers made by an admin or turned into customers', async () => {
    const admin = await makeUser(t.app, 'admin');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users/',
      headers: bearer(admin.access),
      payload: { email: uniqueEmail(), password: PASSWORD, user_type: 'customer' },
    });
    const id = created.json().id;
    const row = await t.db
      .selectFrom('users')
      .select('customer_code')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.customer_code).toMatch(/^CUST-\d{5}$/);
    const creator = await registerUser(t.app);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${creator.body.user.id}/`,
      headers: bearer(admin.access),
      payload: { user_type: 'customer' },
    });
    const turned = await t.db
      .selectFrom('users')
      .select('customer_code')
      .where('id', '=', creator.body.user.id)
      .executeTakeFirstOrThrow();
    expect(turned.customer_code).toMatch(/^CUST-\d{5}$/);
  });
});
