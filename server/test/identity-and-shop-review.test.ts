/**
 * Bugs an adversarial review found in the hardening work, each proved by a
 * test that failed before its fix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, lastMailTo, makeUser, PASSWORD, registerUser, uniqueEmail } from './auth-helpers.js';
import { buildTestApp, type TestApp } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({});
  await t.app.ready();
});
afterAll(async () => {
  await t.close();
});

function patchProfile(access: string, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'PATCH', url: '/api/auth/profile/', headers: bearer(access), payload });
}

async function changeLinkTo(address: string): Promise<string> {
  const mail = await lastMailTo(t.app, address);
  return mail!.text.match(/verify-email\/([\w-]+)/)![1]!;
}

describe('identity: email change', () => {
  it('a password change ends a pending email change (the owner can stop a hijack the notice warned of)', async () => {
    // An attacker who knows the password asks to move the account to their address...
    const { body } = await registerUser(t.app);
    const attacker = uniqueEmail('attacker');
    const asked = await patchProfile(body.access!, { email: attacker, password: PASSWORD });
    expect(asked.statusCode).toBe(200);
    const token = await changeLinkTo(attacker);
    // ...the owner gets the notice and does what it says: changes the password.
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/change-password/',
      headers: bearer(body.access!),
      payload: { old_password: PASSWORD, new_password: 'Fresh-Meadow-Kettle-7' },
    });
    expect(changed.statusCode).toBe(200);
    // The link sent before the change must no longer take the account.
    const confirmed = await t.app.inject({ url: `/api/auth/verify-email/${token}/` });
    expect(confirmed.statusCode).toBe(400);
    const row = await t.db
      .selectFrom('users')
      .select('email')
      .where('id', '=', body.user.id)
      .executeTakeFirst();
    expect(row!.email).not.toBe(attacker);
  });

  it('a password reset ends a pending email change too', async () => {
    const { body, email } = await registerUser(t.app);
    const attacker = uniqueEmail('attacker');
    expect((await patchProfile(body.access!, { email: attacker, password: PASSWORD })).statusCode).toBe(200);
    const token = await changeLinkTo(attacker);
    // The owner resets the password through the mailed link.
    await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/', payload: { email } });
    const reset = await lastMailTo(t.app, email);
    const resetToken = reset!.text.match(/reset-password\/([\w-]+)/)![1]!;
    const done = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm/',
      payload: { token: resetToken, new_password: 'Fresh-Meadow-Kettle-7' },
    });
    expect(done.statusCode).toBe(200);
    const confirmed = await t.app.inject({ url: `/api/auth/verify-email/${token}/` });
    expect(confirmed.statusCode).toBe(400);
  });
});

describe('Cache-Control: no-store', () => {
  it('an authenticated answer reached through a percent-encoded path (/%61pi/auth/profile/) is no-store too', async () => {
    const { body } = await registerUser(t.app);
    const plain = await t.app.inject({ url: '/api/auth/profile/', headers: bearer(body.access!) });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['cache-control']).toBe('no-store');
    const encoded = await t.app.inject({ url: '/%61pi/auth/profile/', headers: bearer(body.access!) });
    expect(encoded.statusCode).toBe(200);
    expect(encoded.json()).toMatchObject({ id: body.user.id });
    expect(encoded.headers['cache-control']).toBe('no-store');
  });
});

describe('check order: the object (404) before the body (400)', () => {
  it('a missing cart line or wishlist entry is 404 whatever the body (the object before the body)', async () => {
    const customer = await makeUser(t.app, 'customer');
    const missing = '0190a000-0000-7000-8000-000000000000';
    const cases = [
      { method: 'PUT' as const, url: `/api/cart/update/${missing}/`, payload: { quantity: 'x' } },
      { method: 'POST' as const, url: `/api/wishlist/${missing}/move-to-cart/`, payload: { quantity: 'x' } },
    ];
    const statuses = [];
    for (const c of cases) {
      const res = await t.app.inject({ ...c, headers: bearer(customer.access) });
      statuses.push(`${c.method} ${c.url.replace(missing, ':id')} -> ${res.statusCode}`);
    }
    expect(statuses).toEqual(cases.map((c) => `${c.method} ${c.url.replace(missing, ':id')} -> 404`));
  });
});

describe('identity: mail caps', () => {
  it('plus-addressing of one mailbox shares its cap on email-change mails', async () => {
    const capped = await buildTestApp({ MAIL_LINK_LIMIT_PER_ADDRESS: 3, MAIL_LINK_LIMIT_PER_IP: 100 });
    try {
      await capped.app.ready();
      const { body } = await registerUser(capped.app);
      const mailbox = uniqueEmail('victim');
      const [local, domain] = mailbox.split('@');
      const answers: number[] = [];
      for (let i = 1; i <= 6; i++) {
        const res = await capped.app.inject({
          method: 'PATCH',
          url: '/api/auth/profile/',
          headers: bearer(body.access!),
          payload: { email: `${local}+${i}@${domain}`, password: PASSWORD },
        });
        answers.push(res.statusCode);
      }
      await capped.app.ctx.jobs.idle();
      const { results } = await capped.app.ctx.mailer.outbox({});
      const delivered = results.filter((m) => {
        const to = String(m.to).toLowerCase();
        return to.startsWith(`${local}+`) && to.endsWith(`@${domain}`);
      });
      // One mailbox (local@domain) must get no more than MAIL_LINK_LIMIT_PER_ADDRESS link mails.
      expect({ answers, delivered: delivered.length }).toEqual({
        answers: [200, 200, 200, 429, 429, 429],
        delivered: 3,
      });
    } finally {
      await capped.close();
    }
  });
});
