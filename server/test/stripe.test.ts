import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeUser } from './auth-helpers.js';
import { type FakeStripe, startFakeStripe } from './fake-stripe.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';
import {
  addToCart,
  type Customer,
  checkout,
  countRows,
  createIntent,
  makeCustomer,
  makeProduct,
  setStock,
  stockOf,
} from './shop-fixtures.js';

const WEBHOOK_SECRET = 'whsec_test_secret';
const signer = new Stripe('sk_test_fake');

let fake: FakeStripe;
let t: TestApp;

beforeAll(async () => {
  fake = await startFakeStripe();
  t = await buildTestApp({
    PAYMENT_PROVIDER: 'stripe',
    STRIPE_SECRET_KEY: 'sk_test_fake',
    STRIPE_PUBLISHABLE_KEY: 'pk_test_fake',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: fake.url,
  });
  await t.app.ready();
});
afterAll(async () => {
  await t.close();
  await fake.close();
});

let eventCounter = 0;

function sendWebhook(payload: string, signature?: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/payments/webhooks/stripe/',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'stripe-signature':
        signature ?? signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }),
    },
    payload,
  });
}

function succeededEvent(intentId: string, eventId = `evt_test_${++eventCounter}`) {
  const intent = fake.intents.get(intentId);
  return JSON.stringify({
    id: eventId,
    object: 'event',
    type: 'payment_intent.succeeded',
    api_version: '2025-01-01',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    data: { object: intent },
  });
}

async function cartWith(customer: Customer, stock = 10, quantity = 1) {
  const p = await makeProduct(t.db, { price: 3000, sizes: [{ stock }] });
  const [sizeId = ''] = p.sizeIds;
  expect((await addToCart(t.app, customer, sizeId, quantity)).statusCode).toBe(200);
  const intent = await createIntent(t.app, customer);
  expect(intent.res.statusCode).toBe(201);
  return { sizeId, intentId: intent.body.payment_intent_id, intent: intent.body };
}

async function ordersOf(userId: string) {
  return t.db.selectFrom('orders').selectAll().where('user_id', '=', userId).execute();
}

describe('the stripe provider', () => {
  it('tells the web app to use Stripe Elements', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/payments/config/' });
    expect(res.json()).toEqual({
      provider: 'stripe',
      publishable_key: 'pk_test_fake',
      currency: 'USD',
      test_mode: true,
      methods: [],
    });
  });

  it('creates a PaymentIntent at Stripe and places the order once the browser confirmed it', async () => {
    const ada = await makeCustomer(t.app);
    const { sizeId, intentId, intent } = await cartWith(ada, 10, 2);
    expect(intent).toMatchObject({ provider: 'stripe', amount: '60.00', currency: 'USD' });
    const atStripe = fake.intents.get(intentId);
    expect(atStripe).toMatchObject({ amount: 6000, currency: 'usd', metadata: { user_id: ada.id } });
    expect(intent.client_secret).toBe(atStripe?.client_secret);

    // Not confirmed yet: nothing happens.
    const early = await checkout(t.app, ada, intentId, { paymentMethod: '' });
    expect(early.statusCode).toBe(402);
    expect(problemOf(early).code).toBe('PAYMENT_NOT_COMPLETED');
    expect(await stockOf(t.db, sizeId)).toBe(10);

    fake.succeed(intentId);
    const res = await checkout(t.app, ada, intentId, { paymentMethod: '', idempotencyKey: 'stripe-1' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'paid',
      payment: { provider: 'stripe', status: 'succeeded', amount: '60.00' },
    });
    expect(await stockOf(t.db, sizeId)).toBe(8);
  });

  it('confirms server-side with a PaymentMethod id; a declined card changes nothing', async () => {
    const ada = await makeCustomer(t.app);
    const { sizeId, intentId } = await cartWith(ada, 5, 1);
    const ordersBefore = await countRows(t.db, 'orders');
    const declined = await checkout(t.app, ada, intentId, { paymentMethod: 'pm_card_chargeDeclined' });
    expect(declined.statusCode).toBe(402);
    expect(problemOf(declined)).toMatchObject({ code: 'PAYMENT_DECLINED' });
    expect(problemOf(declined).detail).toContain('generic_decline');
    expect(await stockOf(t.db, sizeId)).toBe(5);
    expect(await countRows(t.db, 'orders')).toBe(ordersBefore);
    const cart = await t.app.inject({ method: 'GET', url: '/api/cart/', headers: ada.headers });
    expect(cart.json().item_count).toBe(1);

    const ok = await checkout(t.app, ada, intentId, { paymentMethod: 'pm_card_visa' });
    expect(ok.statusCode).toBe(201);
    expect(fake.intents.get(intentId)?.status).toBe('succeeded');
  });

  it('refuses webhooks with a bad or missing signature', async () => {
    const ada = await makeCustomer(t.app);
    const { intentId } = await cartWith(ada);
    fake.succeed(intentId);
    const payload = succeededEvent(intentId);
    const forged = await sendWebhook(
      payload,
      signer.webhooks.generateTestHeaderString({ payload, secret: 'whsec_wrong' }),
    );
    expect(forged.statusCode).toBe(400);
    expect(problemOf(forged).code).toBe('WEBHOOK_SIGNATURE_INVALID');
    const tampered = await sendWebhook(
      payload.replace('"livemode":false', '"livemode":true'),
      signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }),
    );
    expect(tampered.statusCode).toBe(400);
    const unsigned = await t.app.inject({
      method: 'POST',
      url: '/api/payments/webhooks/stripe/',
      headers: { 'content-type': 'application/json' },
      payload,
    });
    expect(unsigned.statusCode).toBe(400);
    expect(await ordersOf(ada.id)).toHaveLength(0);
  });

  it('answers a signed event not shaped like one with 400 WEBHOOK_EVENT_INVALID, recording nothing', async () => {
    const before = await t.db.selectFrom('webhook_events').select('id').execute();
    for (const body of [
      null,
      [],
      { id: 'evt_shape_1', type: 'payment_intent.succeeded' },
      { id: 'evt_shape_2', type: 'charge.refunded', data: { object: null } },
      { id: 'evt_shape_3', data: { object: {} } },
      { type: 'customer.created', data: { object: {} } },
      { id: `evt_${'f'.repeat(12_000)}`, type: 'customer.created', data: { object: {} } },
      { id: 'evt_shape_4', type: 'payment_intent.succeeded', data: { object: { id: 'pi_1' } } },
      { id: 'evt_shape_5', type: 'charge.refunded', data: { object: { payment_intent: 'pi_1' } } },
    ]) {
      const res = await sendWebhook(JSON.stringify(body));
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(problemOf(res).code).toBe('WEBHOOK_EVENT_INVALID');
    }
    expect(await t.db.selectFrom('webhook_events').select('id').execute()).toEqual(before);
    // Types nobody handles yet are still recorded when well formed.
    const other = await sendWebhook(
      JSON.stringify({ id: 'evt_shape_ok', type: 'customer.created', data: { object: { id: 'cus_1' } } }),
    );
    expect(other.statusCode).toBe(200);
  });

  it('payment_intent.succeeded places the order when the checkout call never came; a redelivery does nothing', async () => {
    const ada = await makeCustomer(t.app);
    const { sizeId, intentId } = await cartWith(ada, 4, 1);
    fake.succeed(intentId);
    const payload = succeededEvent(intentId, 'evt_once');
    const first = await sendWebhook(payload);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ received: true, outcome: 'applied' });
    const again = await sendWebhook(payload);
    expect(again.json()).toEqual({ received: true, outcome: 'duplicate' });
    const orders = await ordersOf(ada.id);
    expect(orders).toHaveLength(1);
    expect(orders[0]?.status).toBe('paid');
    expect(await stockOf(t.db, sizeId)).toBe(3);
    const cart = await t.app.inject({ method: 'GET', url: '/api/cart/', headers: ada.headers });
    expect(cart.json().items).toEqual([]);
    // The checkout call arriving late gets that same order.
    const late = await checkout(t.app, ada, intentId, { paymentMethod: '' });
    expect(late.statusCode).toBe(200);
    expect(late.json().id).toBe(orders[0]?.id);
  });

  it('a webhook racing the checkout call yields exactly one order, whichever wins', async () => {
    for (let round = 0; round < 6; round++) {
      const ada = await makeCustomer(t.app);
      const { sizeId, intentId } = await cartWith(ada, 3, 1);
      fake.succeed(intentId);
      const calls = [
        checkout(t.app, ada, intentId, { paymentMethod: '', idempotencyKey: `race-${round}` }),
        sendWebhook(succeededEvent(intentId)),
      ];
      const [co, hook] = await Promise.all(round % 2 === 0 ? calls : calls.reverse());
      const checkoutRes = round % 2 === 0 ? co : hook;
      const webhookRes = round % 2 === 0 ? hook : co;
      expect([200, 201]).toContain(checkoutRes?.statusCode);
      expect(webhookRes?.statusCode).toBe(200);
      const orders = await ordersOf(ada.id);
      expect(orders).toHaveLength(1);
      expect(checkoutRes?.json().id).toBe(orders[0]?.id);
      expect(await stockOf(t.db, sizeId)).toBe(2);
      const movements = await t.db
        .selectFrom('stock_movements')
        .select('id')
        .where('size_id', '=', sizeId)
        .execute();
      expect(movements).toHaveLength(1);
    }
  });

  it('a charge whose order cannot be placed (stock ran out after paying) is refunded, once', async () => {
    const ada = await makeCustomer(t.app);
    const { sizeId, intentId } = await cartWith(ada, 1, 1);
    fake.succeed(intentId);
    await setStock(t.db, sizeId, 0);
    const res = await checkout(t.app, ada, intentId, { paymentMethod: '' });
    expect(res.statusCode).toBe(409);
    expect(problemOf(res).code).toBe('INSUFFICIENT_STOCK');
    expect(problemOf(res).detail).toContain('refunded');
    // Stripe's webhook for the same payment arrives too: no order, no second refund.
    const hook = await sendWebhook(succeededEvent(intentId));
    expect(hook.statusCode).toBe(200);
    await t.app.ctx.jobs.idle();
    expect(await ordersOf(ada.id)).toHaveLength(0);
    expect(fake.refunds.filter((r) => r.payment_intent === intentId)).toEqual([
      expect.objectContaining({ amount: 3000, status: 'succeeded' }),
    ]);
    expect(await stockOf(t.db, sizeId)).toBe(0);
  });

  it('cancelling a paid order refunds it through Stripe', async () => {
    const ada = await makeCustomer(t.app);
    const { sizeId, intentId } = await cartWith(ada, 5, 2);
    fake.succeed(intentId);
    const order = (await checkout(t.app, ada, intentId, { paymentMethod: '' })).json();
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/orders/${order.id}/cancel/`,
      headers: ada.headers,
    });
    expect(cancelled.statusCode).toBe(200);
    await t.app.ctx.jobs.idle();
    expect(await stockOf(t.db, sizeId)).toBe(5);
    const refunds = fake.refunds.filter((r) => r.payment_intent === intentId);
    expect(refunds).toEqual([expect.objectContaining({ amount: 6000 })]);
    const payment = await t.db
      .selectFrom('payments')
      .selectAll()
      .where('order_id', '=', order.id)
      .executeTakeFirstOrThrow();
    expect(payment).toMatchObject({ status: 'refunded', refund_ref: refunds[0]?.id });
  });

  it('a partial refund of one line goes to Stripe with its own amount and key; the cancel then refunds only the rest', async () => {
    const staff = bearer((await makeUser(t.app, 'staff')).access);
    const ada = await makeCustomer(t.app);
    const { sizeId, intentId } = await cartWith(ada, 5, 2);
    fake.succeed(intentId);
    const order = (await checkout(t.app, ada, intentId, { paymentMethod: '' })).json();
    const part = await t.app.inject({
      method: 'POST',
      url: `/api/admin/orders/${order.id}/refunds/`,
      headers: staff,
      payload: { lines: [{ item_id: order.items[0].id, quantity: 1 }], restock: true },
    });
    expect(part.statusCode).toBe(201);
    await t.app.ctx.jobs.idle();
    expect(fake.refunds.filter((r) => r.payment_intent === intentId)).toEqual([
      expect.objectContaining({ amount: 3000 }),
    ]);
    const refund = await t.db.selectFrom('payment_refunds').selectAll().where('amount', '=', 3000).execute();
    expect(refund.some((r) => r.status === 'succeeded' && r.provider_ref?.startsWith('re_'))).toBe(true);
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/orders/${order.id}/cancel/`,
      headers: ada.headers,
    });
    expect(cancelled.statusCode).toBe(200);
    await t.app.ctx.jobs.idle();
    const refunds = fake.refunds.filter((r) => r.payment_intent === intentId);
    expect(refunds.map((r) => r.amount)).toEqual([3000, 3000]);
    expect(await stockOf(t.db, sizeId)).toBe(5);
  });

  it('a payment still processing places a pending order; payment_intent.succeeded then marks it paid', async () => {
    const ada = await makeCustomer(t.app);
    const { sizeId, intentId } = await cartWith(ada, 5, 1);
    fake.setStatus(intentId, 'processing');
    const placed = await checkout(t.app, ada, intentId, { paymentMethod: '' });
    expect(placed.statusCode).toBe(201);
    expect(placed.json()).toMatchObject({ status: 'pending', paid_at: null, payment: { status: 'pending' } });
    expect(await stockOf(t.db, sizeId)).toBe(4);
    fake.succeed(intentId);
    const hook = await sendWebhook(succeededEvent(intentId));
    expect(hook.json()).toEqual({ received: true, outcome: 'applied' });
    const order = await t.app.inject({
      method: 'GET',
      url: `/api/orders/${placed.json().id}/`,
      headers: ada.headers,
    });
    expect(order.json()).toMatchObject({
      status: 'paid',
      paid_at: expect.any(String),
      payment: { status: 'succeeded' },
    });
    expect(await ordersOf(ada.id)).toHaveLength(1);
    expect(await stockOf(t.db, sizeId)).toBe(4);
  });

  function refundedEvent(intentId: string, amount: number, amountRefunded: number) {
    return JSON.stringify({
      id: `evt_test_${++eventCounter}`,
      object: 'event',
      type: 'charge.refunded',
      api_version: '2025-01-01',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: {
        object: {
          id: `ch_${intentId}`,
          object: 'charge',
          payment_intent: intentId,
          amount,
          amount_refunded: amountRefunded,
          refunded: amountRefunded >= amount,
          refunds: { object: 'list', data: [{ id: `re_dashboard_${eventCounter}`, object: 'refund' }] },
        },
      },
    });
  }

  async function paymentOf(orderId: string) {
    return t.db.selectFrom('payments').selectAll().where('order_id', '=', orderId).executeTakeFirstOrThrow();
  }

  it('charge.refunded from the dashboard: a partial refund is recorded, the whole one refunds the order and restocks it, once, without refunding again', async () => {
    const ada = await makeCustomer(t.app);
    const { intentId, sizeId } = await cartWith(ada, 5, 1);
    fake.succeed(intentId);
    const order = (await checkout(t.app, ada, intentId, { paymentMethod: '' })).json();
    expect(order.status).toBe('paid');
    expect(await stockOf(t.db, sizeId)).toBe(4);

    const partial = await sendWebhook(refundedEvent(intentId, 3000, 1000));
    expect(partial.json()).toEqual({ received: true, outcome: 'applied' });
    expect(await paymentOf(order.id)).toMatchObject({ status: 'succeeded', refunded_amount: 1000 });
    expect((await ordersOf(ada.id))[0]?.status).toBe('paid');

    const whole = refundedEvent(intentId, 3000, 3000);
    expect((await sendWebhook(whole)).json()).toEqual({ received: true, outcome: 'applied' });
    expect((await sendWebhook(whole)).json()).toEqual({ received: true, outcome: 'duplicate' });
    await t.app.ctx.jobs.idle();
    expect(await paymentOf(order.id)).toMatchObject({ status: 'refunded', refunded_amount: 3000 });
    expect((await ordersOf(ada.id))[0]?.status).toBe('refunded');
    // Never shipped: the unit is back on the shelf, once, and the ledger says why.
    expect(await stockOf(t.db, sizeId)).toBe(5);
    const returns = await t.db
      .selectFrom('stock_movements')
      .select(['delta', 'stock_after', 'kind'])
      .where('order_id', '=', order.id)
      .where('kind', '=', 'return')
      .execute();
    expect(returns).toEqual([{ delta: 1, stock_after: 5, kind: 'return' }]);
    // Stripe already gave the money back: the shop asked for no refund of its own.
    expect(fake.refunds.filter((r) => r.payment_intent === intentId)).toEqual([]);
    const mails = await t.db
      .selectFrom('jobs')
      .select('dedupe_key')
      .where('dedupe_key', '=', `shop.order_status_email:${order.id}:refunded`)
      .execute();
    expect(mails).toHaveLength(1);
  });

  it("charge.refunded confirming the shop's own refund changes nothing more", async () => {
    const ada = await makeCustomer(t.app);
    const { intentId } = await cartWith(ada, 5, 1);
    fake.succeed(intentId);
    const order = (await checkout(t.app, ada, intentId, { paymentMethod: '' })).json();
    await t.app.inject({ method: 'POST', url: `/api/orders/${order.id}/cancel/`, headers: ada.headers });
    await t.app.ctx.jobs.idle();
    const before = await paymentOf(order.id);
    expect(before).toMatchObject({ status: 'refunded', refunded_amount: 3000 });
    expect((await sendWebhook(refundedEvent(intentId, 3000, 3000))).json()).toMatchObject({
      outcome: 'applied',
    });
    await t.app.ctx.jobs.idle();
    expect(await paymentOf(order.id)).toMatchObject({ status: 'refunded', refund_ref: before.refund_ref });
    expect((await ordersOf(ada.id))[0]?.status).toBe('cancelled');
    expect(fake.refunds.filter((r) => r.payment_intent === intentId)).toHaveLength(1);
  });

  it('ignores events it does not handle, once each', async () => {
    const payload = JSON.stringify({
      id: 'evt_other',
      object: 'event',
      type: 'customer.created',
      data: { object: { id: 'cus_1', object: 'customer' } },
    });
    expect((await sendWebhook(payload)).json()).toEqual({ received: true, outcome: 'ignored' });
    expect((await sendWebhook(payload)).json()).toEqual({ received: true, outcome: 'duplicate' });
  });
});

describe('webhooks and the API-client gate', () => {
  let strict: TestApp;

  beforeAll(async () => {
    strict = await buildTestApp({
      PAYMENT_PROVIDER: 'stripe',
      STRIPE_SECRET_KEY: 'sk_test_fake',
      STRIPE_PUBLISHABLE_KEY: 'pk_test_fake',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_BASE: fake.url,
      REQUIRE_API_CLIENT: true,
      RATE_LIMIT_ANONYMOUS: 1,
      REDIS_KEY_PREFIX: `test:${Math.random().toString(36).slice(2, 10)}:`,
    });
    await strict.app.ready();
  });
  afterAll(async () => {
    await strict?.close();
  });

  const STRIPE_IP = '198.51.100.20';

  function deliver(payload: string, signature?: string) {
    return strict.app.inject({
      method: 'POST',
      url: '/api/payments/webhooks/stripe/',
      remoteAddress: STRIPE_IP,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'stripe-signature':
          signature ?? signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }),
      },
      payload,
    });
  }

  it('lets signed deliveries through without a client pair and outside the anonymous budget', async () => {
    // An ordinary API path from the same address is refused: no client pair, then over the budget of 1.
    const ordinary = await strict.app.inject({ url: '/api/payments/config/', remoteAddress: STRIPE_IP });
    expect(ordinary.statusCode).toBe(401);
    expect(problemOf(ordinary).code).toBe('API_CLIENT_REQUIRED');
    const again = await strict.app.inject({ url: '/api/payments/config/', remoteAddress: STRIPE_IP });
    expect(again.statusCode).toBe(429);

    for (let i = 0; i < 4; i++) {
      const payload = JSON.stringify({
        id: `evt_gate_${i}`,
        object: 'event',
        type: 'customer.created',
        data: { object: { id: `cus_${i}`, object: 'customer' } },
      });
      const res = await deliver(payload);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ received: true, outcome: 'ignored' });
      expect(res.headers['ratelimit-limit']).toBeUndefined();
    }
    // The same route through an encoded path is still the webhook, still signature-checked.
    const payload = JSON.stringify({ id: 'evt_gate_x', object: 'event', type: 'customer.created', data: {} });
    const encoded = await strict.app.inject({
      method: 'POST',
      url: '/%61pi/payments/webhooks/stripe/',
      remoteAddress: STRIPE_IP,
      headers: {
        'content-type': 'application/json',
        'stripe-signature': signer.webhooks.generateTestHeaderString({ payload, secret: 'whsec_wrong' }),
      },
      payload,
    });
    expect(encoded.statusCode).toBe(400);
    expect(problemOf(encoded).code).toBe('WEBHOOK_SIGNATURE_INVALID');
  });

  it('records a signed delivery once and nothing for a forged one', async () => {
    const event = (id: string) => JSON.stringify({ id, object: 'event', type: 'customer.created', data: {} });
    const forged = await deliver(
      event('evt_forged'),
      signer.webhooks.generateTestHeaderString({ payload: event('evt_forged'), secret: 'whsec_wrong' }),
    );
    expect(forged.statusCode).toBe(400);
    expect(problemOf(forged).code).toBe('WEBHOOK_SIGNATURE_INVALID');
    expect((await deliver(event('evt_signed'))).json()).toEqual({ received: true, outcome: 'ignored' });
    expect((await deliver(event('evt_signed'))).json()).toEqual({ received: true, outcome: 'duplicate' });
    const recorded = await strict.db
      .selectFrom('webhook_events')
      .select('id')
      .where('id', 'in', ['evt_forged', 'evt_signed'])
      .execute();
    expect(recorded).toEqual([{ id: 'evt_signed' }]);
  });
});
