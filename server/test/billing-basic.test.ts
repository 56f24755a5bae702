/**
 * HTTP Basic authentication (SPEC §2): accepted on /api/v1/ only, with the
 * same brute-force limits as logins; elsewhere it is ignored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, PASSWORD } from './auth-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';

let t: TestApp;
let staff: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  t = await buildTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: 3 });
  staff = await makeUser(t.app, 'staff');
});
afterAll(async () => {
  await t?.close();
});

const basic = (user: string, password: string) => ({
  authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
});

describe('Basic authentication', () => {
  it('works on /api/v1/ with the email or the username', async () => {
    for (const name of [staff.email, staff.user.username]) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/packages',
        headers: basic(name, PASSWORD),
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/packages',
      headers: basic(staff.email, PASSWORD),
      payload: { name: 'Basic 10', speed_mbps: 10, price: '10.00' },
    });
    expect(created.statusCode, created.body).toBe(201);
  });

  it('is ignored outside /api/v1/: the request is anonymous', async () => {
    for (const url of ['/api/billing/summary/', '/api/inventory/items/']) {
      const res = await t.app.inject({ method: 'GET', url, headers: basic(staff.email, PASSWORD) });
      expect(problemOf(res)).toMatchObject({ status: 401, code: 'NOT_AUTHENTICATED' });
    }
  });

  it('a wrong password or a malformed header is 401; repeated failures are throttled (429 with Retry-After)', async () => {
    const target = await makeUser(t.app, 'staff');
    const malformed = await t.app.inject({
      method: 'GET',
      url: '/api/v1/packages',
      headers: { authorization: 'Basic bm9jb2xvbg==' },
    });
    expect(problemOf(malformed)).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/packages',
        headers: basic(target.email, 'wrong-password'),
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    // Even the right password waits now, as a login would.
    const locked = await t.app.inject({
      method: 'GET',
      url: '/api/v1/packages',
      headers: basic(target.email, PASSWORD),
    });
    expect(locked.statusCode).toBe(429);
    const failures = await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'auth.login_failed')
      .execute();
    // Each wrong password is in the audit log; the throttled tries never reached the check.
    expect(failures).toHaveLength(3);
  });
});
