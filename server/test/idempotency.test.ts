import { sql } from 'kysely';
import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/platform/errors.js';
import { fingerprint, IdempotencyStore } from '../src/platform/idempotency.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';

let t: TestApp;

/** A counter row changed by the test route: the "business effect" that must happen once. */
async function effects(): Promise<number> {
  const row = await t.db
    .selectFrom('mail_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('subject', '=', 'effect')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  t = await buildTestApp();
  t.app.post(
    '/api/test/charge',
    { schema: { body: Type.Object({ amount: Type.Integer(), fail: Type.Optional(Type.Boolean()) }) } },
    async (request, reply) => {
      const body = request.body as { amount: number; fail?: boolean };
      const user = String(request.headers['x-test-user'] ?? 'anon');
      return t.app.ctx.idempotency.handle(request, reply, `user:${user}`, async (trx) => {
        const id = crypto.randomUUID();
        await trx
          .insertInto('mail_outbox')
          .values({
            id,
            to_address: user,
            subject: 'effect',
            text_body: String(body.amount),
            html_body: null,
            created_at: new Date().toISOString(),
          })
          .execute();
        // Hold the transaction open a moment so racing requests really overlap.
        await sql`select 1`.execute(trx);
        await new Promise((r) => setTimeout(r, 30));
        if (body.fail)
          throw new AppError({ code: 'PAYMENT_DECLINED', status: 402, detail: 'The card was declined.' });
        return { status: 201, body: { charge_id: id, amount: body.amount } };
      });
    },
  );
});

afterAll(async () => {
  await t.close();
});

function charge(key: string | undefined, payload: object, user = 'u1') {
  return t.app.inject({
    method: 'POST',
    url: '/api/test/charge/',
    headers: { ...(key ? { 'idempotency-key': key } : {}), 'x-test-user': user },
    payload,
  });
}

describe('Idempotency-Key', () => {
  it('runs once and replays the first response for a repeat', async () => {
    const before = await effects();
    const first = await charge('key-1', { amount: 500 });
    const second = await charge('key-1', { amount: 500 });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await effects()).toBe(before + 1);
  });

  it('treats a repeat with a different body as a conflict and changes nothing', async () => {
    await charge('key-2', { amount: 100 });
    const before = await effects();
    const res = await charge('key-2', { amount: 999 });
    expect(res.statusCode).toBe(409);
    expect(problemOf(res).code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await effects()).toBe(before);
  });

  it('runs exactly once when requests with one key race', async () => {
    const before = await effects();
    const results = await Promise.all(Array.from({ length: 6 }, () => charge('key-race', { amount: 42 })));
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.json().charge_id)).size).toBe(1);
    expect(results.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(5);
    expect(await effects()).toBe(before + 1);
  });

  it('keeps keys of different users apart', async () => {
    const a = await charge('shared-key', { amount: 1 }, 'alice');
    const b = await charge('shared-key', { amount: 1 }, 'bob');
    expect(a.json().charge_id).not.toBe(b.json().charge_id);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
  });

  it('leaves no trace of a failed request, so a retry runs afresh', async () => {
    const before = await effects();
    const failed = await charge('key-3', { amount: 5, fail: true });
    expect(failed.statusCode).toBe(402);
    expect(problemOf(failed).code).toBe('PAYMENT_DECLINED');
    expect(await effects()).toBe(before);
    const keys = await t.db.selectFrom('idempotency_keys').select('key').where('key', '=', 'key-3').execute();
    expect(keys).toEqual([]);
    const retried = await charge('key-3', { amount: 5 });
    expect(retried.statusCode).toBe(201);
    expect(await effects()).toBe(before + 1);
  });

  it('runs every request without a key', async () => {
    const before = await effects();
    await charge(undefined, { amount: 7 });
    await charge(undefined, { amount: 7 });
    expect(await effects()).toBe(before + 2);
  });

  it('refuses a malformed key with 400', async () => {
    const res = await charge('x'.repeat(256), { amount: 1 });
    expect(res.statusCode).toBe(400);
    expect(problemOf(res).code).toBe('INVALID_IDEMPOTENCY_KEY');
  });

  it('frees a key once it has expired', async () => {
    await charge('key-old', { amount: 3 });
    await t.db
      .updateTable('idempotency_keys')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .where('key', '=', 'key-old')
      .execute();
    const before = await effects();
    const res = await charge('key-old', { amount: 3 });
    expect(res.headers['idempotent-replayed']).toBeUndefined();
    expect(await effects()).toBe(before + 1);
    await t.db
      .updateTable('idempotency_keys')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .where('key', '=', 'key-1')
      .execute();
    expect(await new IdempotencyStore(t.db).purgeExpired()).toBeGreaterThanOrEqual(1);
  });

  it('fingerprints bodies independently of key order', () => {
    expect(fingerprint('post', '/a', { x: 1, y: [1, { b: 2, a: 1 }] })).toBe(
      fingerprint('POST', '/a', { y: [1, { a: 1, b: 2 }], x: 1 }),
    );
    expect(fingerprint('POST', '/a', { x: 1 })).not.toBe(fingerprint('POST', '/b', { x: 1 }));
  });
});
