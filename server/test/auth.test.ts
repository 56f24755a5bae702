import { createHmac, generateKeyPairSync } from 'node:crypto';
import { createLocalJWKSet, jwtVerify, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argon2VerificationCount } from '../src/modules/identity/passwords.js';
import { bearer, cookiesOf, lastMailTo, login, PASSWORD, registerUser, uniqueEmail } from './auth-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';

let t: TestApp;

/** Spends a refresh token through the API. */
function refreshWith(refresh: string | undefined) {
  return t.app.inject({ method: 'POST', url: '/api/auth/token/refresh/', payload: { refresh } });
}

/** A token's claims, read without verifying (the server's answers are trusted here). */
function claimsOf(token: string): { sub: string; sid: string; jti: string; iat: number } {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
}

/** The statuses of a user's session rows. */
async function sessionStatuses(userId: string): Promise<string[]> {
  const rows = await t.db.selectFrom('sessions').select('status').where('user_id', '=', userId).execute();
  return rows.map((r) => r.status);
}

beforeAll(async () => {
  t = await buildTestApp({
    LOGIN_MAX_FAILURES_PER_ACCOUNT: 3,
    LOGIN_FAILURE_WINDOW_SECONDS: 2,
    REFRESH_REUSE_GRACE_SECONDS: 2,
  });
  await t.app.ready();
});
afterAll(async () => {
  await t.close();
});

async function audit(action: string, actorId?: string) {
  let q = t.db.selectFrom('audit_log').selectAll().where('action', '=', action);
  if (actorId) q = q.where('actor_id', '=', actorId);
  return q.execute();
}

describe('register', () => {
  it('creates a creator and returns a working token pair', async () => {
    const { res, body, email } = await registerUser(t.app);
    expect(res.statusCode).toBe(201);
    expect(body.user).toMatchObject({
      email,
      user_type: 'creator',
      is_staff: false,
      is_superuser: false,
      email_verified: false,
    });
    const profile = await t.app.inject({ url: '/api/auth/profile/', headers: bearer(body.access!) });
    expect(profile.statusCode).toBe(200);
    expect(profile.json().id).toBe(body.user.id);
    const row = await t.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', body.user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(await audit('user.registered', body.user.id)).toHaveLength(1);
  });

  it('never creates staff or admins', async () => {
    for (const user_type of ['staff', 'manager', 'admin', 'superuser']) {
      const { res } = await registerUser(t.app, { user_type });
      expect(res.statusCode, user_type).toBe(400);
      expect(problemOf(res).errors?.user_type).toBeDefined();
    }
    const { res } = await registerUser(t.app, { user_type: 'admin', is_superuser: true, is_staff: true });
    expect(res.statusCode).toBe(400);
    const { body } = await registerUser(t.app, { is_superuser: true, is_staff: true });
    expect(body.user).toMatchObject({ user_type: 'creator', is_superuser: false, is_staff: false });
  });

  it('starts vendors as pending', async () => {
    const { body } = await registerUser(t.app, { user_type: 'vendor' });
    expect(body.user).toMatchObject({ user_type: 'vendor', vendor_status: 'pending' });
  });

  it('answers a NUL character (which PostgreSQL cannot store) with a 4xx, never a 500', async () => {
    const requests = [
      { url: '/api/auth/token/', payload: { email: 'nul\u0000@example.com', password: 'whatever-123' } },
      { url: '/api/auth/password-reset/', payload: { email: 'nul\u0000@example.com' } },
      {
        url: '/api/auth/register/',
        payload: { email: uniqueEmail(), password: PASSWORD, password2: PASSWORD, first_name: 'A\u0000' },
      },
    ];
    for (const { url, payload } of requests) {
      const res = await t.app.inject({ method: 'POST', url, payload });
      expect(res.statusCode, url).toBeLessThan(500);
      expect(res.statusCode, url).toBeGreaterThanOrEqual(200);
    }
  });

  it('explains every invalid field at once', async () => {
    const taken = await registerUser(t.app);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register/',
      payload: { email: taken.email, username: 'x y', password: 'password1', password2: 'different1' },
    });
    expect(res.statusCode).toBe(400);
    const { errors } = problemOf(res);
    expect(errors?.email).toEqual(['A user with that email already exists.']);
    expect(errors?.username?.[0]).toContain('valid username');
    expect(errors?.password2).toEqual(["Password fields didn't match."]);
    expect(errors?.password).toEqual(
      expect.arrayContaining([
        'This password is too short. It must contain at least 10 characters.',
        'This password is too common.',
      ]),
    );
  });

  it('refuses a password too close to the email', async () => {
    const email = uniqueEmail('marguerite');
    const { res } = await registerUser(t.app, {
      email,
      password: `${email.split('@')[0]}!`,
      password2: undefined,
    });
    expect(problemOf(res).errors?.password?.join(' ')).toContain('too similar');
  });
});

describe('tokens', () => {
  it('logs in by email or username with one message for every wrong credential', async () => {
    const { email } = await registerUser(t.app);
    expect((await login(t.app, email)).res.statusCode).toBe(200);
    const byName = await t.app.inject({
      method: 'POST',
      url: '/api/auth/token/',
      payload: { username: email.split('@')[0], password: PASSWORD },
    });
    expect(byName.statusCode).toBe(200);
    const wrongPassword = await login(t.app, email, 'Not-The-Password-1');
    const unknown = await login(t.app, 'nobody-here@example.com');
    for (const res of [wrongPassword.res, unknown.res]) {
      expect(res.statusCode).toBe(401);
      expect(problemOf(res)).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        detail: 'No active account found with the given credentials.',
      });
    }
  });

  it('rotates refresh tokens and revokes the session when a spent one is reused after the grace window', async () => {
    const { email, body } = await registerUser(t.app);
    const first = body.refresh!;
    const r1 = await refreshWith(first);
    expect(r1.statusCode).toBe(200);
    const second = r1.json().refresh as string;
    expect(second).not.toBe(first);
    // One row per session, updated in place: the current token, and the one just spent.
    const rows = await t.db.selectFrom('sessions').selectAll().where('user_id', '=', body.user.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: claimsOf(first).sid,
      status: 'active',
      token_id: claimsOf(second).jti,
      previous_token_id: claimsOf(first).jti,
      access_jti: claimsOf(r1.json().access).jti,
      issued_at: claimsOf(second).iat,
    });

    await new Promise((r) => setTimeout(r, 2100));
    const reuse = await refreshWith(first);
    expect(reuse.statusCode).toBe(401);
    expect(problemOf(reuse).code).toBe('TOKEN_REUSED');
    // The thief's and the owner's tokens of that session are all dead now.
    const afterReuse = await refreshWith(second);
    expect(afterReuse.statusCode).toBe(401);
    const access = await t.app.inject({ url: '/api/auth/profile/', headers: bearer(r1.json().access) });
    expect(access.statusCode).toBe(401);
    expect(await sessionStatuses(body.user.id)).toEqual(['revoked']);
    expect(await audit('auth.token_reuse', body.user.id)).toHaveLength(1);
    // Other sessions of the same user are untouched.
    expect((await login(t.app, email)).res.statusCode).toBe(200);
  });

  it('gives two parallel refreshes of one token the same new pair (two tabs)', async () => {
    const { body } = await registerUser(t.app);
    const results = await Promise.all([1, 2, 3].map(() => refreshWith(body.refresh)));
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    const pairs = results.map((r) => r.json());
    expect(new Set(pairs.map((p) => p.refresh)).size).toBe(1);
    expect(new Set(pairs.map((p) => p.access)).size).toBe(1);
    const rows = await t.db
      .selectFrom('sessions')
      .select(['status', 'token_id', 'previous_token_id'])
      .where('user_id', '=', body.user.id)
      .execute();
    expect(rows).toEqual([
      {
        status: 'active',
        token_id: claimsOf(pairs[0].refresh).jti,
        previous_token_id: claimsOf(body.refresh!).jti,
      },
    ]);
    const next = await refreshWith(pairs[0].refresh);
    expect(next.statusCode).toBe(200);
  });

  it('treats a token spent before the last refresh as reuse, even within the grace window', async () => {
    const { body } = await registerUser(t.app);
    const second = (await refreshWith(body.refresh)).json().refresh as string;
    const third = await refreshWith(second);
    expect(third.statusCode).toBe(200);
    const verify = (token: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/token/verify/', payload: { token } });
    expect((await verify(second)).statusCode).toBe(401); // spent, though the grace window still covers it
    expect((await verify(third.json().refresh)).statusCode).toBe(200);
    const stale = await refreshWith(body.refresh);
    expect(problemOf(stale).code).toBe('TOKEN_REUSED');
    expect((await refreshWith(third.json().refresh)).statusCode).toBe(401);
  });

  it('purges sessions whose refresh token has expired, and only those', async () => {
    const { body } = await registerUser(t.app);
    const other = await registerUser(t.app);
    const past = new Date(Date.now() - 1000).toISOString();
    await t.db
      .updateTable('sessions')
      .set({ expires_at: past })
      .where('user_id', '=', body.user.id)
      .execute();
    await t.app.ctx.module('identity').tokens.purgeExpired();
    const left = await t.db
      .selectFrom('sessions')
      .select('user_id')
      .where('user_id', 'in', [body.user.id, other.body.user.id])
      .execute();
    expect(left).toEqual([{ user_id: other.body.user.id }]);
    expect((await refreshWith(other.body.refresh)).statusCode).toBe(200);
  });

  it('refuses to refresh for a user made inactive, and ends that session', async () => {
    const { body } = await registerUser(t.app);
    // Made inactive behind the API's back (the admin API also revokes sessions itself).
    await t.db.updateTable('users').set({ is_active: false }).where('id', '=', body.user.id).execute();
    const res = await refreshWith(body.refresh);
    expect(res.statusCode).toBe(401);
    expect(problemOf(res).code).toBe('TOKEN_INVALID');
    expect(await sessionStatuses(body.user.id)).toEqual(['revoked']);
    // Active again, the session stays ended.
    await t.db.updateTable('users').set({ is_active: true }).where('id', '=', body.user.id).execute();
    const again = await refreshWith(body.refresh);
    expect(again.statusCode).toBe(401);
  });

  it('verifies tokens', async () => {
    const { body } = await registerUser(t.app);
    for (const token of [body.access, body.refresh]) {
      const ok = await t.app.inject({ method: 'POST', url: '/api/auth/token/verify/', payload: { token } });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toEqual({});
    }
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/token/verify/',
      payload: { token: 'abc.def.ghi' },
    });
    expect(bad.statusCode).toBe(401);
  });

  it('publishes a JWKS that an independent JWT library verifies issued tokens with', async () => {
    const { body } = await registerUser(t.app);
    const jwks = (await t.app.inject('/.well-known/jwks.json')).json() as {
      keys: Array<Record<string, string>>;
    };
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
    // The server signs with fast-jwt; jose (WebCrypto) is the independent verifier here.
    const { payload: claims } = await jwtVerify(body.access!, createLocalJWKSet(jwks as never), {
      algorithms: ['EdDSA'],
    });
    expect(claims).toMatchObject({
      sub: body.user.id,
      token_type: 'access',
      user_type: 'creator',
      iss: 'http://testserver',
    });
    expect(claims.exp! - claims.iat!).toBe(15 * 60);
    expect(typeof claims.jti).toBe('string');
  });

  it('refuses expired, unsigned, HS256-confused and foreign tokens', async () => {
    const { body } = await registerUser(t.app);
    const [header, payload] = body.access!.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const jwk = (await t.app.inject('/.well-known/jwks.json')).json().keys[0];

    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    const hsHeader = b64({ alg: 'HS256', kid: jwk.kid, typ: 'JWT' });
    const hsSig = createHmac('sha256', JSON.stringify(jwk))
      .update(`${hsHeader}.${payload}`)
      .digest('base64url');
    const hs256 = `${hsHeader}.${payload}.${hsSig}`;
    const tampered = `${header}.${b64({ ...claims, user_type: 'admin' })}.${body.access!.split('.')[2]}`;
    const foreignKey = generateKeyPairSync('ed25519').privateKey;
    const foreign = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'EdDSA', kid: jwk.kid })
      .sign(foreignKey);
    const expired = await t.app.ctx.db
      .selectFrom('signing_keys')
      .select('private_jwk')
      .executeTakeFirstOrThrow()
      .then(async (row) => {
        const { importJWK } = await import('jose');
        const key = await importJWK(JSON.parse(row.private_jwk), 'EdDSA');
        return new SignJWT({ ...claims, iat: claims.iat - 3600, exp: claims.iat - 60 })
          .setProtectedHeader({ alg: 'EdDSA', kid: jwk.kid, typ: 'JWT' })
          .sign(key);
      });

    for (const [name, token] of Object.entries({
      none,
      hs256,
      tampered,
      foreign,
      expired,
      garbage: 'not-a-token',
    })) {
      const res = await t.app.inject({ url: '/api/auth/profile/', headers: bearer(token) });
      expect(res.statusCode, name).toBe(401);
      expect(problemOf(res).code, name).toBe('TOKEN_INVALID');
    }
    // The refresh token is not an access token either.
    expect(
      (await t.app.inject({ url: '/api/auth/profile/', headers: bearer(body.refresh!) })).statusCode,
    ).toBe(401);

    // Refresh tokens are HS256 under a server-only secret: neither an access token, nor a refresh
    // token re-signed with anything public (the JWK), nor an EdDSA one is spent.
    const [rHeader, rPayload] = body.refresh!.split('.');
    expect(JSON.parse(Buffer.from(rHeader!, 'base64url').toString())).toMatchObject({ alg: 'HS256' });
    const rForged = `${hsHeader}.${rPayload}.${createHmac('sha256', JSON.stringify(jwk)).update(`${hsHeader}.${rPayload}`).digest('base64url')}`;
    const rEdDSA = `${header}.${rPayload}.${body.access!.split('.')[2]}`;
    for (const [name, token] of Object.entries({ access: body.access!, rForged, rEdDSA })) {
      const res = await refreshWith(token);
      expect(res.statusCode, name).toBe(401);
    }
    const genuine = await refreshWith(body.refresh);
    expect(genuine.statusCode).toBe(200);
  });
});

describe('logout', () => {
  it('revokes the session: refresh and access tokens are refused afterwards', async () => {
    const { body } = await registerUser(t.app);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout/',
      headers: bearer(body.access!),
      payload: { refresh: body.refresh },
    });
    expect(out.statusCode).toBe(205);
    expect(out.body).toBe('');
    const refresh = await refreshWith(body.refresh);
    expect(refresh.statusCode).toBe(401);
    const profile = await t.app.inject({ url: '/api/auth/profile/', headers: bearer(body.access!) });
    expect(profile.statusCode).toBe(401);
    const revoked = await t.db.selectFrom('revoked_tokens').select('id').execute();
    expect(revoked.map((r) => r.id)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^fam:/), expect.stringMatching(/^jti:/)]),
    );
    const [logout] = await audit('auth.logout', body.user.id);
    expect(logout?.actor_email).toBe(body.user.email);
  });

  it('ends the session of the access token when no refresh token is sent', async () => {
    const { body } = await registerUser(t.app);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout/',
      headers: bearer(body.access!),
    });
    expect(out.statusCode).toBe(205);
    expect((await refreshWith(body.refresh)).statusCode).toBe(401);
    const [logout] = await audit('auth.logout', body.user.id);
    expect(logout?.details).toContain('"session"');
  });

  it('logout-all ends every session of the user and only theirs', async () => {
    const { email, body } = await registerUser(t.app);
    const other = await registerUser(t.app);
    const second = (await login(t.app, email)).body;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout-all/',
      headers: bearer(body.access!),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().sessions_revoked).toBe(2);
    for (const token of [body.access!, second.access]) {
      expect((await t.app.inject({ url: '/api/auth/profile/', headers: bearer(token) })).statusCode).toBe(
        401,
      );
    }
    expect(
      (await t.app.inject({ url: '/api/auth/profile/', headers: bearer(other.body.access!) })).statusCode,
    ).toBe(200);
  });
});

describe('profile', () => {
  it('shows only the signed-in user, and 401 without credentials', async () => {
    const a = await registerUser(t.app);
    const b = await registerUser(t.app);
    const res = await t.app.inject({ url: '/api/auth/profile/', headers: bearer(b.body.access!) });
    expect(res.json().email).toBe(b.email);
    expect(res.json().email).not.toBe(a.email);
    const anonymous = await t.app.inject({ url: '/api/auth/profile/' });
    expect(anonymous.statusCode).toBe(401);
    expect(problemOf(anonymous).code).toBe('NOT_AUTHENTICATED');
    const simple = await t.app.inject({ url: '/api/profile/', headers: bearer(a.body.access!) });
    expect(simple.json()).toMatchObject({ email: a.email, username: a.email.split('@')[0] });
    expect(Date.parse(simple.json().timestamp)).not.toBeNaN();
  });

  it('changes editable fields and ignores (and audits) attempts to raise privileges', async () => {
    const { body } = await registerUser(t.app);
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/profile/',
      headers: bearer(body.access!),
      payload: {
        first_name: 'Grace',
        phone: '+8801700000000',
        user_type: 'admin',
        is_superuser: true,
        is_staff: true,
        email_verified: true,
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      first_name: 'Grace',
      phone: '+8801700000000',
      user_type: 'creator',
      is_superuser: false,
      email_verified: false,
    });
    const row = await t.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', body.user.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      user_type: 'creator',
      is_superuser: false,
      email_verified: false,
      first_name: 'Grace',
    });
    const [ignored] = await audit('auth.protected_field_ignored', body.user.id);
    expect(JSON.parse(ignored!.details).fields).toEqual([
      'user_type',
      'is_superuser',
      'is_staff',
      'email_verified',
    ]);
  });

  it('lets a user change only the case of their own username, and refuses one taken by another', async () => {
    const { email, body } = await registerUser(t.app);
    const username = email.split('@')[0]!;
    const other = await registerUser(t.app);
    const patch = (value: string) =>
      t.app.inject({
        method: 'PATCH',
        url: '/api/auth/profile/',
        headers: bearer(body.access!),
        payload: { username: value },
      });
    const upper = await patch(username.toUpperCase());
    expect(upper.statusCode).toBe(200);
    expect(upper.json().username).toBe(username.toUpperCase());
    const taken = await patch(other.email.split('@')[0]!.toUpperCase());
    expect(taken.statusCode).toBe(400);
    expect(problemOf(taken).errors?.username).toEqual(['A user with that username already exists.']);
  });

  it('requires the editable fields on PUT; a changed email waits for the link sent to it', async () => {
    const { body } = await registerUser(t.app);
    const missing = await t.app.inject({
      method: 'PUT',
      url: '/api/auth/profile/',
      headers: bearer(body.access!),
      payload: { first_name: 'A' },
    });
    expect(missing.statusCode).toBe(400);
    const newEmail = uniqueEmail('moved');
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/auth/profile/',
      headers: bearer(body.access!),
      payload: {
        first_name: 'Ada',
        last_name: 'King',
        username: `ada${Date.now()}`,
        email: newEmail,
        password: PASSWORD,
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ email: body.user.email, pending_email: newEmail, last_name: 'King' });
    const mail = await lastMailTo(t.app, newEmail);
    expect(mail?.subject).toBe('Confirm your new email address');
  });
});

describe('passwords', () => {
  it('changes the password, revokes every other session, and returns a fresh pair', async () => {
    const { email, body } = await registerUser(t.app);
    const other = (await login(t.app, email)).body;
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/change-password/',
      headers: bearer(body.access!),
      payload: { old_password: 'nope-nope-nope', new_password: 'Fresh-Meadow-Kettle-7' },
    });
    expect(problemOf(wrong).errors?.old_password).toBeDefined();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/change-password/',
      headers: bearer(body.access!),
      payload: { old_password: PASSWORD, new_password: 'Fresh-Meadow-Kettle-7' },
    });
    expect(res.statusCode).toBe(200);
    const fresh = res.json();
    expect(
      (await t.app.inject({ url: '/api/auth/profile/', headers: bearer(other.access) })).statusCode,
    ).toBe(401);
    expect((await refreshWith(other.refresh)).statusCode).toBe(401);
    expect(
      (await t.app.inject({ url: '/api/auth/profile/', headers: bearer(fresh.access) })).statusCode,
    ).toBe(200);
    expect((await login(t.app, email)).res.statusCode).toBe(401);
    expect((await login(t.app, email, 'Fresh-Meadow-Kettle-7')).res.statusCode).toBe(200);
    expect(await audit('auth.password_changed', body.user.id)).toHaveLength(1);
  });

  it('resets a password by mail: same answer for unknown emails, one use, all sessions revoked', async () => {
    const { email, body } = await registerUser(t.app);
    const known = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/',
      payload: { email },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/',
      payload: { email: 'ghost@example.com' },
    });
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(200);
    expect(unknown.json()).toEqual(known.json());
    // Both did the same work (one queued job; the lookup happens in it), so the time taken tells nothing.
    const queued = await t.db
      .selectFrom('jobs')
      .select('payload')
      .where('type', '=', 'identity.password_reset')
      .execute();
    expect(queued.map((j) => JSON.parse(j.payload).email)).toEqual(
      expect.arrayContaining([email, 'ghost@example.com']),
    );
    expect(await lastMailTo(t.app, 'ghost@example.com')).toBeUndefined();
    const mail = await lastMailTo(t.app, email);
    const token = mail!.text.match(/reset-password\/([\w-]+)/)![1]!;
    const stored = await t.db
      .selectFrom('one_time_tokens')
      .select('token_hash')
      .where('user_id', '=', body.user.id)
      .where('purpose', '=', 'password_reset')
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);

    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm/',
      payload: { token, new_password: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm/',
      payload: { token, new_password: 'Brand-New-Harbour-9' },
    });
    expect(ok.statusCode).toBe(200);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm/',
      payload: { token, new_password: 'Another-New-Harbour-9' },
    });
    expect(again.statusCode).toBe(400);
    expect(problemOf(again).code).toBe('INVALID_TOKEN');
    expect(
      (await t.app.inject({ url: '/api/auth/profile/', headers: bearer(body.access!) })).statusCode,
    ).toBe(401);
    expect((await login(t.app, email, 'Brand-New-Harbour-9')).res.statusCode).toBe(200);
  });

  it('voids unused reset links when the password changes another way', async () => {
    const { email, body } = await registerUser(t.app);
    await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/', payload: { email } });
    const token = (await lastMailTo(t.app, email))!.text.match(/reset-password\/([\w-]+)/)![1]!;
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/change-password/',
      headers: bearer(body.access!),
      payload: { old_password: PASSWORD, new_password: 'Freshly-Chosen-Secret-4' },
    });
    expect(changed.statusCode).toBe(200);
    const stale = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm/',
      payload: { token, new_password: 'Someone-Elses-Choice-8' },
    });
    expect(stale.statusCode).toBe(400);
    expect(problemOf(stale).code).toBe('INVALID_TOKEN');
    expect((await login(t.app, email, 'Freshly-Chosen-Secret-4')).res.statusCode).toBe(200);
  });
});

describe('email verification', () => {
  it('verifies with the mailed link, once', async () => {
    const { email, body } = await registerUser(t.app);
    const mail = await lastMailTo(t.app, email);
    expect(mail?.subject).toBe('Welcome to Mercato: confirm your email');
    const token = mail!.text.match(/verify-email\/([\w-]+)/)![1]!;
    const res = await t.app.inject({ url: `/api/auth/verify-email/${token}/` });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.email_verified).toBe(true);
    expect((await t.app.inject({ url: `/api/auth/verify-email/${token}/` })).statusCode).toBe(400);
    const row = await t.db
      .selectFrom('users')
      .select('email_verified')
      .where('id', '=', body.user.id)
      .executeTakeFirstOrThrow();
    expect(row.email_verified).toBe(true);
  });

  it('resends only to unverified accounts and answers the same for any email', async () => {
    const { email } = await registerUser(t.app);
    await t.app.ctx.jobs.idle();
    const before = (await t.app.ctx.mailer.outbox({ to: email })).count;
    expect(before).toBe(1);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/verify-email/resend/',
      payload: { email },
    });
    const ghost = await t.app.inject({
      method: 'POST',
      url: '/api/auth/verify-email/resend/',
      payload: { email: 'ghost@example.com' },
    });
    expect(res.json()).toEqual(ghost.json());
    await t.app.ctx.jobs.idle();
    expect((await t.app.ctx.mailer.outbox({ to: email })).count).toBe(before + 1);
  });
});

describe('brute force', () => {
  it('answers 429 with Retry-After past the account limit, audits the lockout, then recovers', async () => {
    const { email, body } = await registerUser(t.app);
    for (let i = 0; i < 3; i++)
      expect((await login(t.app, email, 'Wrong-Password-123')).res.statusCode).toBe(401);
    const blocked = await login(t.app, email);
    expect(blocked.res.statusCode).toBe(429);
    expect(Number(blocked.res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(problemOf(blocked.res).code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(await audit('auth.lockout', body.user.id)).toHaveLength(1);
    expect((await audit('auth.login_failed', body.user.id)).length).toBe(3);
    await new Promise((r) => setTimeout(r, 2100));
    expect((await login(t.app, email)).res.statusCode).toBe(200);
  });

  it('gives a parallel burst of guesses no more tries than the limit, the right password last among them', async () => {
    const { email, body } = await registerUser(t.app);
    const guesses = [...Array.from({ length: 20 }, (_, i) => `Wrong-Guess-${i}-xyz`), PASSWORD];
    const answers = await Promise.all(guesses.map((password) => login(t.app, email, password)));
    const codes = answers.map((a) => a.res.statusCode);
    // Without counting before checking, all 21 passed the check and the last one signed in.
    expect(codes.filter((c) => c !== 429).length).toBeLessThanOrEqual(3);
    expect(await audit('auth.login_failed', body.user.id)).toHaveLength(
      codes.filter((c) => c === 401).length,
    );
  });

  it('counts an account once, whether named by its email, username or phone', async () => {
    const { email, body } = await registerUser(t.app);
    const username = email.split('@')[0]!;
    for (let i = 0; i < 3; i++)
      expect((await login(t.app, email, 'Wrong-Password-123')).res.statusCode).toBe(401);
    const byName = await t.app.inject({
      method: 'POST',
      url: '/api/auth/token/',
      payload: { username, password: PASSWORD },
    });
    expect(byName.statusCode).toBe(429);
    expect(await audit('auth.login_failed', body.user.id)).toHaveLength(3);
  });
});

describe('unknown accounts', () => {
  /** How many argon2 verifications the server ran for `work`. */
  async function verificationsOf(work: () => Promise<unknown>): Promise<number> {
    const before = argon2VerificationCount();
    await work();
    return argon2VerificationCount() - before;
  }

  it('cost the one argon2 verification a wrong password costs, whatever names them (the work never tells)', async () => {
    const { email } = await registerUser(t.app);
    const statuses: number[] = [];
    const attempt = (payload: Record<string, string>) =>
      verificationsOf(async () => {
        const res = await t.app.inject({ method: 'POST', url: '/api/auth/token/', payload });
        statuses.push(res.statusCode);
      });
    const work = {
      wrongPassword: await attempt({ email, password: 'Wrong-Password-123' }),
      unknownEmail: await attempt({ email: uniqueEmail('nobody'), password: PASSWORD }),
      unknownUsername: await attempt({ username: 'nobody-at-all', password: PASSWORD }),
      unknownPhone: await attempt({ phone: '+14155550199', password: PASSWORD }),
      unknownBasic: await verificationsOf(async () => {
        const basic = Buffer.from(`${uniqueEmail('nobody')}:${PASSWORD}`).toString('base64');
        const res = await t.app.inject({ url: '/api/v1/', headers: { authorization: `Basic ${basic}` } });
        statuses.push(res.statusCode);
      }),
    };
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect(work).toEqual({
      wrongPassword: 1,
      unknownEmail: 1,
      unknownUsername: 1,
      unknownPhone: 1,
      unknownBasic: 1,
    });
  });
});

describe('browser sessions', () => {
  it('logs in with cookies, needs the CSRF token on unsafe requests, refreshes and logs out by cookie', async () => {
    const { email } = await registerUser(t.app);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { email, password: PASSWORD, use_cookies: true, remember_me: true },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().access).toBeUndefined();
    const jar = cookiesOf(res);
    expect(jar.mercato_access?.attrs).toMatch(/HttpOnly/);
    expect(jar.mercato_access?.attrs).toMatch(/SameSite=Lax/);
    expect(jar.mercato_access?.attrs).not.toMatch(/Secure/);
    expect(jar.mercato_refresh?.attrs).toMatch(/Path=\/api\/auth\//);
    expect(jar.mercato_refresh?.attrs).toMatch(/Max-Age=\d+/);
    expect(jar.csrftoken?.attrs).not.toMatch(/HttpOnly/);
    const cookie = `mercato_access=${jar.mercato_access!.value}; mercato_refresh=${jar.mercato_refresh!.value}; csrftoken=${jar.csrftoken!.value}`;

    expect((await t.app.inject({ url: '/api/auth/profile/', headers: { cookie } })).json().email).toBe(email);
    const noCsrf = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/profile/',
      headers: { cookie },
      payload: { first_name: 'X' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(problemOf(noCsrf).code).toBe('CSRF_FAILED');
    const wrongCsrf = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/profile/',
      headers: { cookie, 'x-csrftoken': 'forged' },
      payload: { first_name: 'X' },
    });
    expect(wrongCsrf.statusCode).toBe(403);
    const withCsrf = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/profile/',
      headers: { cookie, 'x-csrftoken': jar.csrftoken!.value },
      payload: { first_name: 'Cookie' },
    });
    expect(withCsrf.json().first_name).toBe('Cookie');

    const refreshed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/token/refresh/',
      headers: { cookie, 'x-csrftoken': jar.csrftoken!.value },
    });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    const jar2 = cookiesOf(refreshed);
    expect(jar2.mercato_refresh?.value).not.toBe(jar.mercato_refresh!.value);

    const cookie2 = `mercato_access=${jar2.mercato_access!.value}; mercato_refresh=${jar2.mercato_refresh!.value}; csrftoken=${jar2.csrftoken!.value}`;
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout/',
      headers: { cookie: cookie2, 'x-csrftoken': jar2.csrftoken!.value },
    });
    expect(out.statusCode).toBe(205);
    expect(cookiesOf(out).mercato_access?.attrs).toMatch(/Expires=Thu, 01 Jan 1970/);
    const after = await t.app.inject({ url: '/api/auth/profile/', headers: { cookie: cookie2 } });
    expect(after.statusCode).toBe(401);
  });

  it('registers straight into a cookie session when asked, with no tokens in the body', async () => {
    const email = `cookie-${Date.now()}@example.com`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register/',
      payload: { email, password: PASSWORD, user_type: 'customer', use_cookies: true },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().access).toBeUndefined();
    expect(res.json().refresh).toBeUndefined();
    const jar = cookiesOf(res);
    expect(jar.mercato_access?.attrs).toMatch(/HttpOnly/);
    expect(jar.mercato_refresh?.attrs).not.toMatch(/Max-Age/);
    const me = await t.app.inject({
      url: '/api/auth/profile/',
      headers: { cookie: `mercato_access=${jar.mercato_access!.value}` },
    });
    expect(me.json().email).toBe(email);
  });

  it.each([true, false])('keeps "remember me" (%s) across a password change', async (remember) => {
    const { email } = await registerUser(t.app);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { email, password: PASSWORD, use_cookies: true, remember_me: remember },
    });
    const jar = cookiesOf(res);
    expect(Boolean(jar.mercato_refresh?.attrs.match(/Max-Age=\d+/))).toBe(remember);
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/change-password/',
      headers: {
        cookie: `mercato_access=${jar.mercato_access!.value}; csrftoken=${jar.csrftoken!.value}`,
        'x-csrftoken': jar.csrftoken!.value,
      },
      payload: { old_password: PASSWORD, new_password: 'Another-Passw0rd-Entirely' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const after = cookiesOf(changed);
    expect(after.mercato_refresh?.value).not.toBe(jar.mercato_refresh!.value);
    expect(Boolean(after.mercato_refresh?.attrs.match(/Max-Age=\d+/))).toBe(remember);
  });

  it('treats an expired session cookie as anonymous on public routes', async () => {
    const res = await t.app.inject({
      url: '/healthz',
      headers: { cookie: 'mercato_access=expired.garbage.token' },
    });
    expect(res.statusCode).toBe(200);
    const profile = await t.app.inject({
      url: '/api/auth/profile/',
      headers: { cookie: 'mercato_access=expired.garbage.token' },
    });
    expect(profile.statusCode).toBe(401);
  });
});

describe('Django accounts', () => {
  it('logs in with a pbkdf2_sha256 hash and upgrades it to argon2id', async () => {
    const { pbkdf2Sync } = await import('node:crypto');
    const email = uniqueEmail('django');
    const salt = 'seasalt1234';
    const hash = `pbkdf2_sha256$1000$${salt}$${pbkdf2Sync(PASSWORD, salt, 1000, 32, 'sha256').toString('base64')}`;
    const { body } = await registerUser(t.app, { email });
    await t.db.updateTable('users').set({ password_hash: hash }).where('id', '=', body.user.id).execute();
    expect((await login(t.app, email)).res.statusCode).toBe(200);
    const row = await t.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', body.user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect((await login(t.app, email)).res.statusCode).toBe(200);
  });
});

describe('REQUIRE_EMAIL_VERIFICATION', () => {
  let strict: TestApp;
  beforeAll(async () => {
    strict = await buildTestApp({ REQUIRE_EMAIL_VERIFICATION: true });
  });
  afterAll(async () => {
    await strict.close();
  });

  it('gives no tokens at registration and refuses login until the email is verified', async () => {
    const { res, email, body } = await registerUser(strict.app);
    expect(res.statusCode).toBe(201);
    expect(body.access).toBeUndefined();
    expect(res.json().detail).toContain('verify');
    const refused = await login(strict.app, email);
    expect(refused.res.statusCode).toBe(403);
    expect(problemOf(refused.res).code).toBe('EMAIL_NOT_VERIFIED');
    const token = (await lastMailTo(strict.app, email))!.text.match(/verify-email\/([\w-]+)/)![1];
    expect((await strict.app.inject({ url: `/api/auth/verify-email/${token}/` })).statusCode).toBe(200);
    expect((await login(strict.app, email)).res.statusCode).toBe(200);
  });
});
