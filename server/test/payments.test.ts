/**
 * Paying safely: test cards only in payment test mode, offline methods and
 * orders awaiting payment (capped per customer, expired by a schedule), and
 * payment intents bound to the cart they were made for, with a lifetime.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { transaction } from '../src/platform/transaction.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';
import {
  ADDRESS,
  addToCart,
  type Customer,
  checkout,
  createIntent,
  makeCustomer,
  makeProduct,
  stockOf,
} from './shop-fixtures.js';

async function ordersOf(t: TestApp, userId: string) {
  return t.db.selectFrom('orders').selectAll().where('user_id', '=', userId).execute();
}

async function intentStatus(t: TestApp, paymentIntentId: string) {
  const row = await t.db
    .selectFrom('payment_intents')
    .select('status')
    .where('provider_ref', '=', paymentIntentId)
    .executeTakeFirstOrThrow();
  return row.status;
}

/** A customer with `quantity` of a fresh product in the cart, and an intent for it. */
async function cartWithIntent(
  t: TestApp,
  options: { stock?: number; quantity?: number; price?: number } = {},
) {
  const ada = await makeCustomer(t.app);
  const p = await makeProduct(t.db, {
    price: options.price ?? 1000,
    sizes: [{ stock: options.stock ?? 10 }],
  });
  const sizeId = p.sizeIds[0] ?? '';
  await addToCart(t.app, ada, sizeId, options.quantity ?? 1);
  const intent = await createIntent(t.app, ada);
  expect(intent.res.statusCode).toBe(201);
  return { ada, sizeId, productId: p.productId, intentId: intent.body.payment_intent_id };
}

describe('payment test mode', () => {
  it('is on by default, and off by default in production (a setting either way)', () => {
    expect(loadConfig({}).PAYMENT_TEST_MODE).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).PAYMENT_TEST_MODE).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', PAYMENT_TEST_MODE: 'true' }).PAYMENT_TEST_MODE).toBe(true);
    expect(loadConfig({ PAYMENT_TEST_MODE: 'false' }).PAYMENT_TEST_MODE).toBe(false);
  });

  describe('off', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp({ PAYMENT_TEST_MODE: false });
      await t.app.ready();
    });
    afterAll(async () => t.close());

    it('the config offers only offline methods, with their names', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/payments/config/' });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({
        provider: 'manual',
        publishable_key: null,
        currency: 'USD',
        test_mode: false,
      });
      expect(body.methods.map((m: { code: string }) => m.code)).toEqual([
        'cash_on_delivery',
        'cash',
        'bank_transfer',
        'bkash',
        'nagad',
        'rocket',
      ]);
      expect(body.methods[0]).toEqual({
        code: 'cash_on_delivery',
        label: 'Cash on delivery',
        kind: 'offline',
        outcome: 'pending',
      });
    });

    it('refuses every test card and token: no free paid orders, nothing changes', async () => {
      for (const method of ['pm_card_visa', 'tok_visa', '4242 4242 4242 4242', '5555555555554444']) {
        const { ada, sizeId, intentId } = await cartWithIntent(t);
        const res = await checkout(t.app, ada, intentId, { paymentMethod: method });
        expect(res.statusCode, method).toBe(400);
        expect(problemOf(res).code).toBe('INVALID_PAYMENT_METHOD');
        expect(await ordersOf(t, ada.id)).toEqual([]);
        expect(await stockOf(t.db, sizeId)).toBe(10);
      }
    });

    it('an offline method places a pending order that shows its name; staff record the money', async () => {
      const { ada, sizeId, intentId } = await cartWithIntent(t, { quantity: 2 });
      const res = await checkout(t.app, ada, intentId, { paymentMethod: 'bkash' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        status: 'pending',
        payment: { provider: 'manual', method: 'bkash', method_label: 'bKash', status: 'pending' },
      });
      expect(await stockOf(t.db, sizeId)).toBe(8);
    });
  });

  describe('on', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp();
      await t.app.ready();
    });
    afterAll(async () => t.close());

    it('the config says so and lists the test cards beside the offline methods', async () => {
      const body = (await t.app.inject({ method: 'GET', url: '/api/payments/config/' })).json();
      expect(body.test_mode).toBe(true);
      const codes = body.methods.map((m: { code: string }) => m.code);
      expect(codes).toContain('pm_card_visa');
      expect(codes).toContain('cash_on_delivery');
      expect(body.methods.find((m: { code: string }) => m.code === 'pm_card_chargeDeclined')).toMatchObject({
        kind: 'test_card',
        outcome: 'declined',
      });
    });

    it('a test card pays the order; the order names the method for people', async () => {
      const { ada, intentId } = await cartWithIntent(t);
      const res = await checkout(t.app, ada, intentId, { paymentMethod: '4242-4242-4242-4242' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        status: 'paid',
        payment: { method: '4242424242424242', method_label: 'Test card 4242 4242 4242 4242: Visa' },
      });
      const visa = await cartWithIntent(t);
      const paid = await checkout(t.app, visa.ada, visa.intentId);
      expect(paid.json().payment).toMatchObject({ method: 'pm_card_visa', method_label: 'Test card: Visa' });
    });

    it('checkout without payment_method places a pending order awaiting payment (not 400)', async () => {
      const { ada, sizeId, intentId } = await cartWithIntent(t);
      const res = await checkout(t.app, ada, intentId, { paymentMethod: '' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        status: 'pending',
        paid_at: null,
        payment: { method: '', method_label: 'To be paid', status: 'pending' },
      });
      expect(await stockOf(t.db, sizeId)).toBe(9);
    });
  });
});

describe('orders awaiting payment', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ MAX_UNPAID_ORDERS: 2, UNPAID_ORDER_TTL_MINUTES: 60 });
    await t.app.ready();
  });
  afterAll(async () => t.close());

  async function placeUnpaid(ada: Customer, sizeId: string, quantity = 1) {
    await addToCart(t.app, ada, sizeId, quantity);
    const { body } = await createIntent(t.app, ada);
    return checkout(t.app, ada, body.payment_intent_id, { paymentMethod: 'cash_on_delivery' });
  }

  it('a customer may hold at most MAX_UNPAID_ORDERS: one more is 409 TOO_MANY_UNPAID_ORDERS, stock untouched', async () => {
    const ada = await makeCustomer(t.app);
    const p = await makeProduct(t.db, { sizes: [{ stock: 100 }] });
    const sizeId = p.sizeIds[0] ?? '';
    expect((await placeUnpaid(ada, sizeId, 5)).statusCode).toBe(201);
    expect((await placeUnpaid(ada, sizeId, 5)).statusCode).toBe(201);
    const third = await placeUnpaid(ada, sizeId, 5);
    expect(third.statusCode).toBe(409);
    expect(problemOf(third).code).toBe('TOO_MANY_UNPAID_ORDERS');
    expect(await stockOf(t.db, sizeId)).toBe(90);
    // Paying by card is still allowed, and a paid order does not count.
    const { body } = await createIntent(t.app, ada);
    const card = await checkout(t.app, ada, body.payment_intent_id);
    expect(card.statusCode).toBe(201);
    expect(card.json().status).toBe('paid');
    expect(await stockOf(t.db, sizeId)).toBe(85);
  });

  it('parallel offline checkouts cannot pass the limit together, even when all were checked before any commits', async () => {
    const ada = await makeCustomer(t.app);
    const p = await makeProduct(t.db, { sizes: [{ stock: 100 }] });
    const sizeId = p.sizeIds[0] ?? '';
    // One order awaiting payment already: one more is allowed, not two.
    expect((await placeUnpaid(ada, sizeId, 2)).statusCode).toBe(201);
    await addToCart(t.app, ada, sizeId, 1);
    const intents: string[] = [];
    for (let i = 0; i < 4; i++) intents.push((await createIntent(t.app, ada)).body.payment_intent_id);
    const user = {
      id: ada.id,
      email: ada.email,
      username: ada.email,
      user_type: 'customer' as const,
      is_superuser: false,
      is_staff: false,
      vendor_status: null,
      token_id: null,
      session_id: null,
    };
    // Each checkout's transaction starts only once all four have passed the checks made before it.
    let arrived = 0;
    let release: () => void = () => {};
    const allChecked = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { checkout } = t.app.ctx.module('shop');
    const results = await Promise.allSettled(
      intents.map((id) =>
        checkout.checkout(
          user,
          { payment_intent_id: id, shipping_address: ADDRESS, payment_method: 'cash' },
          async (work) => {
            arrived += 1;
            if (arrived === intents.length) release();
            await allChecked;
            const stored = await transaction(t.db, work);
            return stored.body;
          },
        ),
      ),
    );
    const refused = results.filter((r) => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of refused) expect((r.reason as { code?: string }).code).toBe('TOO_MANY_UNPAID_ORDERS');
    const pending = (await ordersOf(t, ada.id)).filter((o) => o.status === 'pending');
    expect(pending).toHaveLength(2);
    expect(await stockOf(t.db, sizeId)).toBe(97);
  });

  it('expire after UNPAID_ORDER_TTL_MINUTES: cancelled once with two workers at it, restocked, the customer mailed', async () => {
    const ada = await makeCustomer(t.app);
    const p = await makeProduct(t.db, { sizes: [{ stock: 10 }] });
    const sizeId = p.sizeIds[0] ?? '';
    const old = (await placeUnpaid(ada, sizeId, 3)).json();
    const fresh = (await placeUnpaid(ada, sizeId, 2)).json();
    const bob = await makeCustomer(t.app);
    await addToCart(t.app, bob, sizeId, 1);
    const paidOld = (
      await checkout(t.app, bob, (await createIntent(t.app, bob)).body.payment_intent_id)
    ).json();
    expect(await stockOf(t.db, sizeId)).toBe(4);
    const longAgo = new Date(Date.now() - 61 * 60_000).toISOString();
    await t.db
      .updateTable('orders')
      .set({ created_at: longAgo })
      .where('id', 'in', [old.id, paidOld.id])
      .execute();

    const orders = t.app.ctx.module('shop').orders;
    const counts = await Promise.all([orders.expireUnpaidOrders(), orders.expireUnpaidOrders()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    await t.app.ctx.jobs.idle();

    const statuses = Object.fromEntries(
      (
        await t.db
          .selectFrom('orders')
          .select(['id', 'status'])
          .where('id', 'in', [old.id, fresh.id, paidOld.id])
          .execute()
      ).map((o) => [o.id, o.status]),
    );
    expect(statuses).toEqual({ [old.id]: 'cancelled', [fresh.id]: 'pending', [paidOld.id]: 'paid' });
    expect(await stockOf(t.db, sizeId)).toBe(7);
    const movements = await t.db
      .selectFrom('stock_movements')
      .select(['kind', 'delta'])
      .where('order_id', '=', old.id)
      .orderBy('kind')
      .execute();
    expect(movements.map((m) => [m.kind, Number(m.delta)])).toEqual([
      ['cancel', 3],
      ['sale', -3],
    ]);
    const payment = await t.db
      .selectFrom('payments')
      .select('status')
      .where('order_id', '=', old.id)
      .executeTakeFirstOrThrow();
    expect(payment.status).toBe('canceled');
    const mails = await t.db
      .selectFrom('mail_outbox')
      .select(['subject', 'text_body'])
      .where('to_address', '=', ada.email)
      .where('subject', '=', `Order ${old.order_number}: cancelled`)
      .execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text_body).toContain('payment did not arrive in time');
    // Run again: nothing more.
    expect(await orders.expireUnpaidOrders()).toBe(0);
    expect(await stockOf(t.db, sizeId)).toBe(7);
  });

  it('runs as a calendar schedule every five minutes', () => {
    expect(t.app.ctx.schedules.list()).toContainEqual(
      expect.objectContaining({ name: 'shop.expire_unpaid', cron: '*/5 * * * *' }),
    );
  });
});

describe('payment intents follow the cart', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ PAYMENT_INTENT_TTL_MINUTES: 30 });
    await t.app.ready();
  });
  afterAll(async () => t.close());

  it('an intent says when it expires', async () => {
    const before = Date.now();
    const { ada } = await cartWithIntent(t);
    const { body } = await createIntent(t.app, ada);
    const expires = new Date(body.expires_at).getTime();
    expect(expires).toBeGreaterThanOrEqual(before + 30 * 60_000 - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 30 * 60_000 + 1000);
  });

  it('refuses a cart whose lines changed since the intent: 409 CART_CHANGED, nothing placed, the intent voided', async () => {
    const { ada, sizeId, intentId } = await cartWithIntent(t, { quantity: 2 });
    const cart = (await t.app.inject({ method: 'GET', url: '/api/cart/', headers: ada.headers })).json();
    const itemId = cart.items[0].id;
    await t.app.inject({
      method: 'PUT',
      url: `/api/cart/update/${itemId}/`,
      headers: ada.headers,
      payload: { quantity: 1 },
    });
    const res = await checkout(t.app, ada, intentId);
    expect(res.statusCode).toBe(409);
    expect(problemOf(res).code).toBe('CART_CHANGED');
    expect(await ordersOf(t, ada.id)).toEqual([]);
    expect(await stockOf(t.db, sizeId)).toBe(10);
    expect(await intentStatus(t, intentId)).toBe('voided');
    // A new intent for the cart as it is now works.
    const fresh = await createIntent(t.app, ada);
    const ok = await checkout(t.app, ada, fresh.body.payment_intent_id);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ total: '10.00', item_count: 1 });
  });

  it('three intents for 5 × 1.00, then the cart emptied and the price raised: none checks out', async () => {
    const { ada, sizeId, productId } = await cartWithIntent(t, { quantity: 5, price: 100 });
    const intents = [];
    for (let i = 0; i < 3; i++) intents.push((await createIntent(t.app, ada)).body.payment_intent_id);
    const cart = (await t.app.inject({ method: 'GET', url: '/api/cart/', headers: ada.headers })).json();
    await t.app.inject({
      method: 'DELETE',
      url: `/api/cart/remove/${cart.items[0].id}/`,
      headers: ada.headers,
    });
    await t.db.updateTable('products').set({ price: 50000 }).where('id', '=', productId).execute();
    for (const id of intents) {
      const res = await checkout(t.app, ada, id);
      expect(res.statusCode).toBe(409);
      expect(problemOf(res).code).toBe('CART_CHANGED');
    }
    // The same lines again, at the new price: still not the intent's cart.
    await addToCart(t.app, ada, sizeId, 5);
    const again = await checkout(t.app, ada, (await createIntent(t.app, ada)).body.payment_intent_id);
    expect(again.statusCode).toBe(201);
    expect(again.json().total).toBe('2500.00');
    expect(await ordersOf(t, ada.id)).toHaveLength(1);
  });

  it('refuses a price change of a line the cart still holds', async () => {
    const { ada, productId, intentId } = await cartWithIntent(t, { price: 100 });
    await t.db.updateTable('products').set({ price: 101 }).where('id', '=', productId).execute();
    const res = await checkout(t.app, ada, intentId);
    expect(res.statusCode).toBe(409);
    expect(problemOf(res).code).toBe('CART_CHANGED');
  });

  it('refuses an expired intent: 410 PAYMENT_INTENT_EXPIRED, nothing placed', async () => {
    const { ada, sizeId, intentId } = await cartWithIntent(t);
    await t.db
      .updateTable('payment_intents')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('provider_ref', '=', intentId)
      .execute();
    const res = await checkout(t.app, ada, intentId);
    expect(res.statusCode).toBe(410);
    expect(problemOf(res).code).toBe('PAYMENT_INTENT_EXPIRED');
    expect(await ordersOf(t, ada.id)).toEqual([]);
    expect(await stockOf(t.db, sizeId)).toBe(10);
  });

  it('an intent already checked out returns its order again, even though its lines left the cart', async () => {
    const { ada, intentId } = await cartWithIntent(t);
    const first = await checkout(t.app, ada, intentId);
    expect(first.statusCode).toBe(201);
    const again = await checkout(t.app, ada, intentId);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
  });
});
