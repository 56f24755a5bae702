/**
 * Loyalty joined to the shop and the calendar: a paid order credits its points
 * once, a cancel or refund takes them back once (stopping at zero, with the
 * shortfall recorded), each event delivered twice; points expire oldest first,
 * one row per customer and period however many runs meet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeUser } from './auth-helpers.js';
import { buildTestApp, type TestApp } from './helpers.js';
import { buy, type Customer, makeProduct } from './shop-fixtures.js';

let t: TestApp;
let staff: Record<string, string>;
let manager: Record<string, string>;

async function customer(): Promise<Customer & { code: string }> {
  const { user, email, access } = await makeUser(t.app, 'customer');
  const row = await t.db
    .selectFrom('users')
    .select('customer_code')
    .where('id', '=', user.id)
    .executeTakeFirstOrThrow();
  return { id: user.id, email, headers: bearer(access), code: row.customer_code as string };
}

const ledger = (userId: string) =>
  t.db
    .selectFrom('loyalty_ledger')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

const balance = async (userId: string) =>
  (
    await t.db
      .selectFrom('loyalty_accounts')
      .select('balance')
      .where('user_id', '=', userId)
      .executeTakeFirst()
  )?.balance ?? 0;

/** Runs every delivery of `event` to loyalty once more (at-least-once delivery: a second copy). */
async function redeliver(event: string) {
  const jobs = await t.db.selectFrom('jobs').select('payload').where('type', '=', 'events.deliver').execute();
  const mine = jobs
    .map((j) => JSON.parse(j.payload))
    .filter((p) => p.name === event && p.subscriber === 'loyalty');
  expect(mine.length).toBeGreaterThan(0);
  for (const payload of mine) await t.app.ctx.jobs.enqueue(t.db, 'events.deliver', payload);
  await t.app.ctx.jobs.idle();
}

beforeAll(async () => {
  t = await buildTestApp({
    LOYALTY_POINTS_EXPIRE_MONTHS: 12,
    LOYALTY_EXPIRY_REMINDER_DAYS: 14,
    POINTS_PER_UNIT: 2,
  });
  staff = bearer((await makeUser(t.app, 'staff')).access);
  manager = bearer((await makeUser(t.app, 'manager')).access);
});

afterAll(async () => {
  await t?.close();
});

describe('shop orders earn points', () => {
  it('credits a paid order once and takes the points back once when it is cancelled', async () => {
    const c = await customer();
    const product = await makeProduct(t.db, { price: 2550, sizes: [{ stock: 5 }] });
    const res = await buy(t.app, c, product.sizeIds[0] as string, 2);
    expect(res.statusCode).toBe(201);
    const order = res.json() as { id: string };
    await t.app.ctx.jobs.idle();
    expect(await balance(c.id)).toBe(102); // 51.00 at 2 points per unit
    await redeliver('order.paid');
    expect((await ledger(c.id)).map((r) => [r.kind, r.points])).toEqual([['earn', 102]]);

    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/orders/${order.id}/cancel/`,
      headers: c.headers,
    });
    expect(cancelled.statusCode).toBe(200);
    await t.app.ctx.jobs.idle();
    await redeliver('order.cancelled');
    const rows = await ledger(c.id);
    expect(rows.map((r) => [r.kind, r.points, r.balance_after, r.shortfall])).toEqual([
      ['earn', 102, 102, 0],
      ['reverse', -102, 0, 0],
    ]);
    expect(rows[1]?.source_id).toBe(order.id);
    expect(await balance(c.id)).toBe(0);
  });

  it('stops at zero when the points were spent, recording the shortfall, on refund', async () => {
    const c = await customer();
    const product = await makeProduct(t.db, { price: 1000, sizes: [{ stock: 5 }] });
    const order = (await buy(t.app, c, product.sizeIds[0] as string)).json() as { id: string };
    await t.app.ctx.jobs.idle();
    expect(await balance(c.id)).toBe(20);
    const promo = await t.app.inject({
      method: 'POST',
      url: '/api/admin/promotions/',
      headers: manager,
      payload: { code: 'SPEND15', name: 'Spend 15', kind: 'free_item', points_cost: 15 },
    });
    const redeemed = await t.app.inject({
      method: 'POST',
      url: '/api/pos/redeem-promotion/',
      headers: staff,
      payload: { customer_id: c.code, promotion_id: promo.json().id },
    });
    expect(redeemed.json().balance).toBe(5);
    for (const status of ['refunded']) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/admin/orders/${order.id}/`,
        headers: manager,
        payload: { status },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    await t.app.ctx.jobs.idle();
    await redeliver('order.refunded');
    const reversals = (await ledger(c.id)).filter((r) => r.kind === 'reverse');
    expect(reversals.map((r) => [r.points, r.balance_after, r.shortfall])).toEqual([[-5, 0, 15]]);
    expect(await balance(c.id)).toBe(0);
  });

  it('credits nothing when the cancellation is delivered before the payment, in either order or at once', async () => {
    const { loyalty } = t.app.ctx.module('loyalty');
    const late = await customer();
    const event = { orderId: `late-${late.id}`, orderNumber: 'ORD-LATE', userId: late.id, total: 5000 };
    await loyalty.reverseOrder(event);
    await loyalty.creditOrder(event);
    await loyalty.creditOrder(event);
    expect(await balance(late.id)).toBe(0);
    expect((await ledger(late.id)).map((r) => [r.kind, r.points])).toEqual([['reverse', 0]]);

    const racing = await customer();
    const raced = { orderId: `race-${racing.id}`, orderNumber: 'ORD-RACE', userId: racing.id, total: 5000 };
    await Promise.all([loyalty.creditOrder(raced), loyalty.reverseOrder(raced), loyalty.creditOrder(raced)]);
    expect(await balance(racing.id)).toBe(0);
    const kinds = (await ledger(racing.id)).map((r) => r.kind).sort();
    expect(kinds.filter((k) => k === 'reverse')).toHaveLength(1);
    expect(kinds.length).toBeLessThanOrEqual(2);
  });

  it('gives staff who buy nothing to credit', async () => {
    const buyer = await makeUser(t.app, 'staff');
    const product = await makeProduct(t.db, { price: 1000, sizes: [{ stock: 5 }] });
    const res = await buy(
      t.app,
      { id: buyer.user.id, email: buyer.email, headers: bearer(buyer.access) },
      product.sizeIds[0] as string,
    );
    expect(res.statusCode).toBe(201);
    await t.app.ctx.jobs.idle();
    expect(await ledger(buyer.user.id)).toEqual([]);
    const dead = await t.db.selectFrom('jobs').select('id').where('status', '=', 'dead').execute();
    expect(dead).toEqual([]);
  });
});

describe('points expiry', () => {
  it('expires the oldest points once per period, however many runs meet, after a reminder', async () => {
    const c = await customer();
    const { loyalty, expiry } = t.app.ctx.module('loyalty');
    const award = (points: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/pos/award-points/',
        headers: staff,
        payload: { customer_id: c.code, points, reason: 'x' },
      });
    const now = new Date();
    const monthsAgo = (m: number, days = 0) => {
      const d = new Date(now);
      d.setUTCMonth(d.getUTCMonth() - m);
      return new Date(d.getTime() - days * 86_400_000).toISOString();
    };
    await award(100);
    await award(40);
    await award(50);
    const [old, nearly] = await ledger(c.id);
    await t.db
      .updateTable('loyalty_ledger')
      .set({ created_at: monthsAgo(13) })
      .where('id', '=', old?.id as string)
      .execute();
    // Credited 12 months less 7 days ago: inside the 14-day reminder window, not yet expired.
    await t.db
      .updateTable('loyalty_ledger')
      .set({ created_at: monthsAgo(12, -7) })
      .where('id', '=', nearly?.id as string)
      .execute();
    const adjusted = await t.app.inject({
      method: 'POST',
      url: `/api/admin/loyalty/accounts/${c.code}/adjust/`,
      headers: manager,
      payload: { points: -30, reason: 'Spent at the counter' },
    });
    expect(adjusted.json().balance).toBe(160);

    const period = now.toISOString();
    await Promise.all([expiry.remind(period), expiry.remind(period)]);
    await t.app.ctx.jobs.idle();
    const mails = await t.app.ctx.mailer.outbox({ to: c.email });
    expect(mails.count).toBe(1);
    expect(mails.results[0]?.subject).toContain('110 loyalty points expire soon');

    await Promise.all([expiry.expire(period), expiry.expire(period), expiry.expire(period)]);
    const expired = (await ledger(c.id)).filter((r) => r.kind === 'expire');
    // 100 old points, 30 of them spent: 70 expire; the 40 and 50 credited later stay.
    expect(expired.map((r) => [r.points, r.balance_after])).toEqual([[-70, 90]]);
    expect(await loyalty.balance(c.id)).toBe(90);
    await expiry.expire(period);
    expect((await ledger(c.id)).filter((r) => r.kind === 'expire')).toHaveLength(1);
  });

  it('runs as the daily loyalty.expire schedule', async () => {
    const names = t.app.ctx.schedules.list().map((s) => s.name);
    expect(names).toContain('loyalty.expire');
  });
});

describe('the expiry schedule across two workers', () => {
  it('queues each period once and writes each expiry once', async () => {
    const { JobQueue } = await import('../src/platform/jobs.js');
    const { Scheduler } = await import('../src/platform/schedules.js');
    const { loyaltyModule } = await import('../src/modules/loyalty/index.js');
    const w = await buildTestApp({
      LOYALTY_POINTS_EXPIRE_MONTHS: 1,
      SCHEDULES: { 'loyalty.expire': '* * * * * *' },
    });
    try {
      const cashier = bearer((await makeUser(w.app, 'staff')).access);
      const { user } = await makeUser(w.app, 'customer');
      const row = await w.db
        .selectFrom('users')
        .select('customer_code')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      await w.app.inject({
        method: 'POST',
        url: '/api/pos/award-points/',
        headers: cashier,
        payload: { customer_id: row.customer_code, points: 40, reason: 'old' },
      });
      await w.db.updateTable('loyalty_ledger').set({ created_at: '2020-01-01T00:00:00.000Z' }).execute();
      // A second worker: its own queue and scheduler on the same database, with the module's schedules.
      const otherJobs = new JobQueue({ db: w.db, log: w.app.log, mode: 'off' });
      const other = new Scheduler({
        db: w.db,
        jobs: otherJobs,
        log: w.app.log,
        timeZone: 'UTC',
        overrides: w.config.SCHEDULES,
      });
      const services = w.app.ctx.module('loyalty');
      for (const s of loyaltyModule.schedules?.(services, w.app.ctx) ?? []) other.add(s);
      const first = new Date();
      await Promise.all([w.app.ctx.schedules.tick(first), other.tick(first)]);
      const later = new Date(first.getTime() + 2000);
      const [a, b] = await Promise.all([w.app.ctx.schedules.tick(later), other.tick(later)]);
      const queued = [...a, ...b].filter((r) => r.name === 'loyalty.expire');
      expect(queued).toHaveLength(1);
      await w.app.ctx.jobs.runDue(new Date(later.getTime() + 1000));
      await w.app.ctx.jobs.idle();
      const rows = await w.db
        .selectFrom('loyalty_ledger')
        .select(['kind', 'points'])
        .where('kind', '=', 'expire')
        .execute();
      expect(rows).toEqual([{ kind: 'expire', points: -40 }]);
    } finally {
      await w.close();
    }
  });
});
