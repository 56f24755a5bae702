/**
 * Adversarial review of the catalogue's recent changes and the routes around
 * them: the from price, product pictures, admin reports and mail previews,
 * each defect proven through real HTTP before it was fixed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { midnightOf } from '../src/platform/reports.js';
import { bearer, makeUser } from './auth-helpers.js';
import { makeCategory } from './catalog-helpers.js';
import { buildTestApp, type TestApp, userRow } from './helpers.js';

let t: TestApp;
let admin: string;
let manager: string;
let staff: string;
let category: string;

beforeAll(async () => {
  t = await buildTestApp();
  admin = (await makeUser(t.app, 'admin')).access;
  manager = (await makeUser(t.app, 'manager')).access;
  staff = (await makeUser(t.app, 'staff')).access;
  category = (await makeCategory(t.app, manager, { name: 'Reviewed' })).id;
});

afterAll(async () => {
  await t?.close();
});

describe('report periods', () => {
  it('accept a short period at the end of the years reports cover (9999), as any other', async () => {
    // isRealDate accepts days up to 9999-12-30; the 366-day check compared "+010000-..." with "9999-...".
    for (const name of ['sales', 'customers', 'payments']) {
      for (const [from, to] of [
        ['9999-12-30', '9999-12-30'],
        ['9999-06-01', '9999-06-02'],
      ]) {
        const res = await t.app.inject({
          method: 'GET',
          url: `/api/admin/reports/${name}/?from=${from}&to=${to}`,
          headers: bearer(staff),
        });
        expect(res.statusCode, `${name} ${from}..${to}: ${res.body}`).toBe(200);
        expect(res.json().period).toMatchObject({ from, to });
      }
    }
  });
});

describe('report days where the clocks change at midnight', () => {
  // Santiago skips 00:00-01:00 on 2026-09-06 (-04 to -03, at 04:00 UTC): that day starts at 04:00 UTC.
  const TIME_ZONE = 'America/Santiago';
  let chile: TestApp;
  beforeAll(async () => {
    chile = await buildTestApp({ TIME_ZONE });
  });
  afterAll(async () => {
    await chile?.close();
  });

  it('start at the first instant of the local day, whichever way the clocks move', () => {
    expect(midnightOf('2026-09-06', TIME_ZONE).toISOString()).toBe('2026-09-06T04:00:00.000Z'); // 01:00 -03
    expect(midnightOf('2026-09-05', TIME_ZONE).toISOString()).toBe('2026-09-05T04:00:00.000Z');
    // Back on 2026-04-05: 23:00-24:00 on the 4th happens twice; the 5th starts at 00:00 -04.
    expect(midnightOf('2026-04-05', TIME_ZONE).toISOString()).toBe('2026-04-05T04:00:00.000Z');
    expect(midnightOf('2026-04-04', TIME_ZONE).toISOString()).toBe('2026-04-04T03:00:00.000Z');
    expect(midnightOf('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(midnightOf('2026-11-01', 'America/New_York').toISOString()).toBe('2026-11-01T04:00:00.000Z');
  });

  it('count an order at 23:30 local on the day before, not on the day whose midnight did not exist', async () => {
    const staffOfChile = bearer((await makeUser(chile.app, 'staff')).access);
    const user = userRow({ date_joined: '2026-09-01T12:00:00.000Z' });
    await chile.db.insertInto('users').values(user).execute();
    const at = '2026-09-06T03:30:00.000Z'; // 23:30 on 5 September in Santiago (-04)
    await chile.db
      .insertInto('orders')
      .values({
        id: '0190aaaa-0000-7000-8000-000000000099',
        order_number: 'CL-1',
        user_id: user.id,
        email: user.email,
        status: 'paid',
        currency: 'USD',
        subtotal: 1000,
        total: 1000,
        shipping_address: '{}',
        payment_intent_id: null,
        created_at: at,
        updated_at: at,
        paid_at: at,
        cancelled_at: null,
      })
      .execute();
    const res = await chile.app.inject({
      method: 'GET',
      url: '/api/admin/reports/sales/?from=2026-09-05&to=2026-09-06',
      headers: staffOfChile,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().by_day).toEqual([
      { date: '2026-09-05', orders: 1, sold_orders: 1, revenue: '10.00' },
      { date: '2026-09-06', orders: 0, sold_orders: 0, revenue: '0.00' },
    ]);
  });
});
