/**
 * Issue 13, identity items 7–11: change-password guesses count against the
 * login limit, link mails are capped, an email change waits for its link,
 * running servers follow key rotations, phones are normalised and unique.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/app.js';
import { createKeyStore, rotateSigningKey } from '../src/modules/identity/index.js';
import {
  bearer,
  lastMailTo,
  login,
  makeUser,
  PASSWORD,
  registerUser,
  uniqueEmail,
  uniquePhone,
} from './auth-helpers.js';
import { buildTestApp, onRedis, problemOf, type TestApp } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({
    LOGIN_MAX_FAILURES_PER_ACCOUNT: 3,
    LOGIN_FAILURE_WINDOW_SECONDS: 2,
    MAIL_LINK_LIMIT_PER_ADDRESS: 3,
    MAIL_LINK_LIMIT_PER_IP: 5,
  });
  await t.app.ready();
});
afterAll(async () => {
  await t.close();
});

async function audit(action: string, actorId: string) {
  return t.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .where('actor_id', '=', actorId)
    .execute();
}

async function mailsTo(to: string) {
  await t.app.ctx.jobs.idle();
  return (await t.app.ctx.mailer.outbox({ to })).results;
}

function changePassword(access: string, oldPassword: string, newPassword = 'Fresh-Meadow-Kettle-7') {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/change-password/',
    headers: bearer(access),
    payload: { old_password: oldPassword, new_password: newPassword },
  });
}

function patchProfile(access: string, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'PATCH', url: '/api/auth/profile/', headers: bearer(access), payload });
}

describe('change-password (item 7)', () => {
  it('counts wrong old passwords against the account limit, audits them, then answers 429 even to the right one', async () => {
    const { email, body } = await registerUser(t.app);
    for (let i = 0; i < 3; i++) {
      const wrong = await changePassword(body.access!, `Wrong-Guess-${i}-xyz`);
      expect(wrong.statusCode).toBe(400);
      expect(problemOf(wrong).errors?.old_password).toBeDefined();
    }
    const blocked = await changePassword(body.access!, PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(problemOf(blocked).code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // The same count as logins: the account's sign-in is locked too.
    expect((await login(t.app, email)).res.statusCode).toBe(429);
    expect(await audit('auth.password_change_failed', body.user.id)).toHaveLength(3);
    expect(await audit('auth.lockout', body.user.id)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 2100));
    expect((await changePassword(body.access!, PASSWORD)).statusCode).toBe(200);
  });

  it('gives a parallel burst of guesses no more tries than the limit', async () => {
    const { body } = await registerUser(t.app);
    const guesses = [...Array.from({ length: 12 }, (_, i) => `Wrong-Guess-${i}-xyz`), PASSWORD];
    const answers = await Promise.all(guesses.map((g) => changePassword(body.access!, g)));
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c !== 429).length).toBeLessThanOrEqual(3);
    expect(await audit('auth.password_change_failed', body.user.id)).toHaveLength(
      codes.filter((c) => c === 400).length,
    );
  });
});

describe('link mail caps (item 8)', () => {
  const ask = (url: string, email: string, ip: string) =>
    t.app.inject({ method: 'POST', url, payload: { email }, remoteAddress: ip });

  for (const [url, subject] of [
    ['/api/auth/password-reset/', 'Reset your Mercato password'],
    ['/api/auth/verify-email/resend/', 'Confirm your email address'],
  ] as const) {
    it(`${url}: at most 3 mails per address per window, the same answer for every request`, async () => {
      const { email } = await registerUser(t.app);
      const ghost = uniqueEmail('ghost');
      // Parallel, each from its own address: only the per-address cap applies, and it holds under a race.
      const known = await Promise.all(
        Array.from({ length: 6 }, (_, i) => ask(url, email, `10.1.${url.length}.${i}`)),
      );
      const unknown = await Promise.all(
        Array.from({ length: 6 }, (_, i) => ask(url, ghost, `10.2.${url.length}.${i}`)),
      );
      const first = known[0]!.json();
      for (const res of [...known, ...unknown]) {
        expect(res.statusCode).toBe(200);
        expect(res.json()).toEqual(first);
      }
      const sent = (await mailsTo(email)).filter((m) => m.subject === subject);
      expect(sent).toHaveLength(3);
      expect(await mailsTo(ghost)).toHaveLength(0);
    });
  }

  it('at most MAIL_LINK_LIMIT_PER_IP requests per address of the requester, whatever the emails', async () => {
    const targets = await Promise.all(Array.from({ length: 7 }, () => registerUser(t.app)));
    await t.app.ctx.jobs.idle();
    for (const { email } of targets) {
      const res = await ask('/api/auth/password-reset/', email, '10.3.0.1');
      expect(res.statusCode).toBe(200);
    }
    let mailed = 0;
    for (const { email } of targets)
      mailed += (await mailsTo(email)).filter((m) => m.subject.startsWith('Reset')).length;
    expect(mailed).toBe(5);
    // Another requester is not held back by the first one's count.
    await ask('/api/auth/password-reset/', targets[6]!.email, '10.3.0.2');
    expect((await mailsTo(targets[6]!.email)).filter((m) => m.subject.startsWith('Reset'))).toHaveLength(1);
  });
});

describe('per-address limits and IPv6 callers', () => {
  it('counts failed logins of an IPv6 caller by its /64, whichever of its addresses it sends from', async () => {
    const v6 = await buildTestApp({ LOGIN_MAX_FAILURES_PER_IP: 3, LOGIN_MAX_FAILURES_PER_ACCOUNT: 100 });
    try {
      await v6.app.ready();
      const attempt = (remoteAddress: string) =>
        v6.app.inject({
          method: 'POST',
          url: '/api/auth/token/',
          payload: { email: uniqueEmail('nobody'), password: 'Wrong-Guess-xyz-1' },
          remoteAddress,
        });
      for (const address of ['2001:db8:7:1::1', '2001:db8:7:1::2', '2001:db8:7:1:ffff:0:0:3']) {
        expect((await attempt(address)).statusCode).toBe(401);
      }
      // A fourth address of the same /64 (written another way) is refused without a try.
      const rotated = await attempt('2001:DB8:7:1:abcd:ef01:2345:6789');
      expect(rotated.statusCode).toBe(429);
      expect(problemOf(rotated).code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
      // Another /64, and an IPv4 caller, still have their own tries.
      expect((await attempt('2001:db8:7:2::1')).statusCode).toBe(401);
      expect((await attempt('192.0.2.10')).statusCode).toBe(401);
    } finally {
      await v6.close();
    }
  });

  it('caps link mails of an IPv6 requester by its /64', async () => {
    const targets = await Promise.all(Array.from({ length: 7 }, () => registerUser(t.app)));
    await t.app.ctx.jobs.idle();
    for (const [i, { email }] of targets.entries()) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/',
        payload: { email },
        remoteAddress: `2001:db8:8:1::${i + 1}`,
      });
      expect(res.statusCode).toBe(200);
    }
    let mailed = 0;
    for (const { email } of targets)
      mailed += (await mailsTo(email)).filter((m) => m.subject.startsWith('Reset')).length;
    expect(mailed).toBe(5);
  });
});

describe('email change (item 9)', () => {
  it('needs the password, waits for the link sent to the new address, and tells the old one', async () => {
    const { email, body } = await registerUser(t.app);
    const newEmail = uniqueEmail('moved');
    const noPassword = await patchProfile(body.access!, { email: newEmail });
    expect(noPassword.statusCode).toBe(400);
    expect(problemOf(noPassword).errors?.password).toBeDefined();
    const wrong = await patchProfile(body.access!, { email: newEmail, password: 'Not-My-Password-1' });
    expect(wrong.statusCode).toBe(400);
    expect(problemOf(wrong).errors?.password).toBeDefined();
    expect(await audit('auth.email_change_failed', body.user.id)).toHaveLength(1);
    expect(await mailsTo(newEmail)).toHaveLength(0);

    const asked = await patchProfile(body.access!, {
      email: newEmail,
      password: PASSWORD,
      first_name: 'Grace',
    });
    expect(asked.statusCode).toBe(200);
    expect(asked.json()).toMatchObject({ email, pending_email: newEmail, first_name: 'Grace' });
    const row = await t.db
      .selectFrom('users')
      .select(['email', 'pending_email'])
      .where('id', '=', body.user.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ email, pending_email: newEmail });
    // The old address still signs in, and is told.
    expect((await login(t.app, email)).res.statusCode).toBe(200);
    expect((await login(t.app, newEmail)).res.statusCode).toBe(401);
    const notice = await lastMailTo(t.app, email);
    expect(notice?.subject).toBe('Your Mercato email address is being changed');
    expect(notice?.text).toContain(newEmail);
    const profile = await t.app.inject({ url: '/api/auth/profile/', headers: bearer(body.access!) });
    expect(profile.json()).toMatchObject({ email, pending_email: newEmail });

    const link = (await lastMailTo(t.app, newEmail))!;
    expect(link.subject).toBe('Confirm your new email address');
    const token = link.text.match(/verify-email\/([\w-]+)/)![1]!;
    const confirmed = await t.app.inject({ url: `/api/auth/verify-email/${token}/` });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().user).toMatchObject({
      email: newEmail,
      email_verified: true,
      pending_email: null,
    });
    expect((await login(t.app, newEmail)).res.statusCode).toBe(200);
    expect((await login(t.app, email)).res.statusCode).toBe(401);
    expect((await t.app.inject({ url: `/api/auth/verify-email/${token}/` })).statusCode).toBe(400);
    expect(await audit('auth.email_changed', body.user.id)).toHaveLength(1);
  });

  it('refuses the link when the address was taken meanwhile, and a link replaced by a later request', async () => {
    const { email, body } = await registerUser(t.app);
    const first = uniqueEmail('first');
    const second = uniqueEmail('second');
    await patchProfile(body.access!, { email: first, password: PASSWORD });
    const firstToken = (await lastMailTo(t.app, first))!.text.match(/verify-email\/([\w-]+)/)![1]!;
    await patchProfile(body.access!, { email: second, password: PASSWORD });
    const secondToken = (await lastMailTo(t.app, second))!.text.match(/verify-email\/([\w-]+)/)![1]!;
    const replaced = await t.app.inject({ url: `/api/auth/verify-email/${firstToken}/` });
    expect(replaced.statusCode).toBe(400);
    expect(problemOf(replaced).code).toBe('INVALID_TOKEN');

    await registerUser(t.app, { email: second });
    const taken = await t.app.inject({ url: `/api/auth/verify-email/${secondToken}/` });
    expect(taken.statusCode).toBe(409);
    expect(problemOf(taken).code).toBe('EMAIL_TAKEN');
    const row = await t.db
      .selectFrom('users')
      .select('email')
      .where('id', '=', body.user.id)
      .executeTakeFirstOrThrow();
    expect(row.email).toBe(email);
  });

  it('lets one of two racing confirmations of the same address win, never both', async () => {
    const a = await registerUser(t.app);
    const b = await registerUser(t.app);
    const target = uniqueEmail('contested');
    await patchProfile(a.body.access!, { email: target, password: PASSWORD });
    const tokenA = (await lastMailTo(t.app, target))!.text.match(/verify-email\/([\w-]+)/)![1]!;
    await patchProfile(b.body.access!, { email: target, password: PASSWORD });
    const tokenB = (await lastMailTo(t.app, target))!.text.match(/verify-email\/([\w-]+)/)![1]!;
    const answers = await Promise.all(
      [tokenA, tokenB].map((token) => t.app.inject({ url: `/api/auth/verify-email/${token}/` })),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const holders = await t.db.selectFrom('users').select('id').where('email', '=', target).execute();
    expect(holders).toHaveLength(1);
  });
});

describe('email change caps', () => {
  it('mails at most MAIL_LINK_LIMIT_PER_ADDRESS change links to one address, then answers 429', async () => {
    const { body } = await registerUser(t.app);
    const target = uniqueEmail('wanted');
    const ask = (i: number) =>
      t.app.inject({
        method: 'PATCH',
        url: '/api/auth/profile/',
        headers: bearer(body.access!),
        payload: { email: target, password: PASSWORD },
        remoteAddress: `10.4.0.${i}`,
      });
    for (let i = 0; i < 3; i++) expect((await ask(i)).statusCode).toBe(200);
    const capped = await ask(3);
    expect(capped.statusCode).toBe(429);
    expect(problemOf(capped).code).toBe('RATE_LIMITED');
    expect(Number(capped.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(await mailsTo(target)).toHaveLength(3);
  });
});

describe('key rotation seen by a running server (item 10)', () => {
  it('signs with the new key within seconds of `mercato rotate-keys`, serves both, and keeps old tokens valid', async () => {
    const k = await buildTestApp({ SIGNING_KEYS_CHECK_INTERVAL_MS: onRedis ? 600_000 : 200 });
    try {
      await k.app.ready();
      const user = await makeUser(k.app, 'creator');
      const kidOf = (token: string) =>
        JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()).kid as string;
      const oldKid = kidOf(user.access);

      // What the CLI command runs, in a context of its own (its own connection; Redis if configured).
      const cli = createContext(k.config, { jobsMode: 'off', logger: pino({ level: 'silent' }) });
      let newKid: string;
      try {
        newKid = await rotateSigningKey(createKeyStore(cli), cli, 'cli');
      } finally {
        await cli.close();
      }
      expect(newKid).not.toBe(oldKid);

      // With Redis the nudge alone must do it (the periodic check is ten minutes away); without, the check.
      const deadline = Date.now() + 3000;
      let kid = oldKid;
      while (kid === oldKid && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        kid = kidOf((await login(k.app, user.email)).body.access);
      }
      expect(kid).toBe(newKid);
      const jwks = (await k.app.inject({ url: '/.well-known/jwks.json' })).json() as {
        keys: { kid: string }[];
      };
      expect(jwks.keys.map((key) => key.kid)).toEqual([newKid, oldKid]);
      const old = await k.app.inject({ url: '/api/auth/profile/', headers: bearer(user.access) });
      expect(old.statusCode).toBe(200);
      expect(
        (
          await k.app.inject({
            url: '/api/auth/token/refresh/',
            method: 'POST',
            payload: { refresh: user.refresh },
          })
        ).statusCode,
      ).toBe(200);
    } finally {
      await k.close();
    }
  });
});

describe('phones (item 11)', () => {
  it('stores phones in E.164 form, refuses invalid and taken ones with field errors, and signs in by any spelling', async () => {
    const { body } = await registerUser(t.app, { phone: '+880 1712-345678' });
    expect(body.user).toMatchObject({ phone: '+8801712345678' });
    const taken = await registerUser(t.app, { phone: '+8801712345678' });
    expect(taken.res.statusCode).toBe(400);
    expect(problemOf(taken.res).errors?.phone).toEqual(['A user with that phone number already exists.']);
    for (const phone of ['not a phone', '01712345678', '+999123']) {
      const invalid = await registerUser(t.app, { phone });
      expect(invalid.res.statusCode).toBe(400);
      expect(problemOf(invalid.res).errors?.phone?.[0]).toMatch(/valid phone number/);
    }
    const byPhone = await t.app.inject({
      method: 'POST',
      url: '/api/auth/token/',
      payload: { phone: '+880 1712 345678', password: PASSWORD },
    });
    expect(byPhone.statusCode).toBe(200);
    const claims = JSON.parse(Buffer.from(byPhone.json().access.split('.')[1], 'base64url').toString());
    expect(claims.sub).toBe(body.user.id);

    // The profile: another's phone is refused, one's own (in another spelling) is fine.
    const other = await registerUser(t.app, { phone: uniquePhone() });
    const refused = await patchProfile(other.body.access!, { phone: '+8801712345678' });
    expect(refused.statusCode).toBe(400);
    expect(problemOf(refused).errors?.phone).toBeDefined();
    const own = await patchProfile(body.access!, { phone: '+880-1712-345678' });
    expect(own.statusCode).toBe(200);
    expect(own.json().phone).toBe('+8801712345678');
    const invalid = await patchProfile(body.access!, { phone: '12' });
    expect(invalid.statusCode).toBe(400);
    expect(problemOf(invalid).errors?.phone).toBeDefined();
  });

  it('keeps a stored phone that does not parse when it is sent back unchanged (a PUT of the whole profile)', async () => {
    const { body } = await registerUser(t.app);
    // As migration 0011 leaves a national number it could not read.
    await t.db.updateTable('users').set({ phone: '01711000000' }).where('id', '=', body.user.id).execute();
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/auth/profile/',
      headers: bearer(body.access!),
      payload: {
        first_name: 'Ada',
        last_name: 'King',
        username: body.user.email.split('@')[0],
        phone: '01711000000',
      },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ first_name: 'Ada', phone: '01711000000' });
  });

  it('lets only one of two racing registrations have a phone', async () => {
    const phone = uniquePhone();
    const answers = await Promise.all([registerUser(t.app, { phone }), registerUser(t.app, { phone })]);
    expect(answers.map((a) => a.res.statusCode).sort()).toEqual([201, 400]);
    const loser = answers.find((a) => a.res.statusCode === 400)!;
    expect(problemOf(loser.res).errors?.phone).toBeDefined();
    expect(await t.db.selectFrom('users').select('id').where('phone', '=', phone).execute()).toHaveLength(1);
  });

  it('checks phones an admin sets', async () => {
    const admin = await makeUser(t.app, 'admin');
    const holder = await registerUser(t.app, { phone: uniquePhone() });
    const target = await registerUser(t.app);
    const set = (phone: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/admin/users/${target.body.user.id}/`,
        headers: bearer(admin.access),
        payload: { phone },
      });
    const taken = await set((holder.body.user as unknown as { phone: string }).phone);
    expect(taken.statusCode).toBe(400);
    expect(problemOf(taken).errors?.phone).toBeDefined();
    expect((await set('nonsense')).statusCode).toBe(400);
    const ok = await set('+1 415 555 2671');
    expect(ok.statusCode).toBe(200);
    expect(ok.json().phone).toBe('+14155552671');
  });

  it('reads national numbers in PHONE_DEFAULT_REGION', async () => {
    const bd = await buildTestApp({ PHONE_DEFAULT_REGION: 'BD' });
    try {
      await bd.app.ready();
      const { body } = await registerUser(bd.app, { phone: '01712345678' });
      expect(body.user).toMatchObject({ phone: '+8801712345678' });
      const byPhone = await bd.app.inject({
        method: 'POST',
        url: '/api/auth/token/',
        payload: { phone: '017 1234 5678', password: PASSWORD },
      });
      expect(byPhone.statusCode).toBe(200);
    } finally {
      await bd.close();
    }
  });
});
