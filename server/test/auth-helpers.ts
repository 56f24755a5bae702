/** Small helpers for tests that sign users up and in through the real HTTP routes. */
import type { FastifyInstance } from 'fastify';
import type { UserType } from '../src/db/schema.js';
import { createSuperuser, createUser } from '../src/modules/identity/index.js';

export const PASSWORD = 'Plum-Orchard-Lantern-42';

let counter = 0;
export function uniqueEmail(prefix = 'user'): string {
  counter += 1;
  // Digits, not letters: five random letters now and then made the address too
  // similar to PASSWORD for the similarity validator (about 1 in 100,000 users).
  return `${prefix}${counter}-${Math.random().toString().slice(2, 7)}@example.com`;
}

/** A valid, unused Bangladeshi mobile number in E.164 form (`+88017…`). */
export function uniquePhone(): string {
  counter += 1;
  return `+88017${String(counter).padStart(4, '0')}${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
}

export async function registerUser(app: FastifyInstance, over: Record<string, unknown> = {}) {
  const email = (over.email as string) ?? uniqueEmail();
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/register/',
    payload: {
      email,
      username: email.split('@')[0],
      password: PASSWORD,
      password2: PASSWORD,
      first_name: 'Test',
      last_name: 'User',
      ...over,
    },
  });
  return {
    res,
    email,
    body: res.json() as { user: { id: string; email: string }; access?: string; refresh?: string },
  };
}

export async function login(
  app: FastifyInstance,
  email: string,
  password = PASSWORD,
  headers: Record<string, string> = {},
) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/token/',
    payload: { email, password },
    headers,
  });
  return { res, body: res.json() as { access: string; refresh: string } };
}

/** Logs a session out with its own tokens (`POST /api/auth/logout/`). */
export function logout(app: FastifyInstance, tokens: { access: string; refresh: string }) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/logout/',
    headers: bearer(tokens.access),
    payload: { refresh: tokens.refresh },
  });
}

export function bearer(token: string) {
  return { authorization: `Bearer ${token}` };
}

/** A user of any type made directly through the service (staff types cannot self-register). */
export async function makeUser(
  app: FastifyInstance,
  type: UserType,
  over: { email?: string; vendor_status?: 'approved' } = {},
) {
  const email = over.email ?? uniqueEmail(type);
  const row =
    type === 'admin'
      ? await createSuperuser(app.ctx.db, { email, password: PASSWORD })
      : await createUser(app.ctx.db, { email, password: PASSWORD, user_type: type, email_verified: true });
  if (over.vendor_status)
    await app.ctx.db
      .updateTable('users')
      .set({ vendor_status: over.vendor_status })
      .where('id', '=', row.id)
      .execute();
  const { body } = await login(app, email);
  return { user: row, email, access: body.access, refresh: body.refresh };
}

/** The newest mail sent to `to`, through the jobs queue, from the dev outbox. */
export async function lastMailTo(app: FastifyInstance, to: string) {
  await app.ctx.jobs.idle();
  const { results } = await app.ctx.mailer.outbox({ to });
  return results[0];
}

/** Parses Set-Cookie headers into name → {value, attributes}. */
export function cookiesOf(res: { headers: Record<string, unknown> }) {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [String(raw)] : [];
  const out: Record<string, { value: string; attrs: string }> = {};
  for (const c of list as string[]) {
    const [pair = '', ...attrs] = c.split(';');
    const i = pair.indexOf('=');
    out[pair.slice(0, i)] = { value: pair.slice(i + 1), attrs: attrs.join(';').trim() };
  }
  return out;
}
