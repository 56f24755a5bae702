import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeUser } from './auth-helpers.js';
import { buildTestApp, onPostgres, problemOf, type TestApp } from './helpers.js';
import {
  ADDRESS,
  addToCart,
  buy,
  type Customer,
  checkout,
  countRows,
  createIntent,
  makeCustomer,
  makeProduct,
  stockOf,
} from './shop-fixtures.js';
import { type SmtpSink, startSmtpSink } from './smtp-sink.js';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
  await t.app.ready();
});
afterAll(async () => t.close());

async function cartItems(customer: Customer) {
  const res = await t.app.inject({ method: 'GET', url: '/api/cart/', headers: customer.headers });
  return res.json().items as Array<{ size: { id: string }; quantity: number }>;
}

async function ordersOf(userId: string) {
  return t.db.selectFrom('orders').selectAll().where('user_id', '=', userId).execute();
}

async function intentsOf(userId: string) {
  return t.db.selectFrom('payment_intents').select('id').where('user_id', '=', userId).execute();
}

describe('checkout with the manual provider', () => {
  it('creates a payment intent for the cart, then places a paid order in one go', async () => {
    const ada = await makeCustomer(t.app);
    const shirt = await makeProduct(t.db, { name: 'Shirt', price: 2500, sizes: [{ size: 'M', stock: 10 }] });
    const cap = await makeProduct(t.db, {
      name: 'Cap',
      price: 1000,
      variantPrice: 1250,
      sizes: [{ stock: 3 }],
    });
    const [shirtSize = ''] = shirt.sizeIds;
    const [capSize = ''] = cap.sizeIds;
    await addToCart(t.app, ada, shirtSize, 2);
    await addToCart(t.app, ada, capSize, 1);

    const intent = await createIntent(t.app, ada);
    expect(intent.res.statusCode).toBe(201);
    expect(intent.body).toEqual({
      payment_intent_id: expect.stringMatching(/^pi_manual_/),
      client_secret: expect.stringContaining('_secret_'),
      amount: '62.50',
      currency: 'USD',
      provider: 'manual',
      expires_at: expect.any(String),
    });

    const res = await checkout(t.app, ada, intent.body.payment_intent_id);
    expect(res.statusCode).toBe(201);
    const order = res.json();
    expect(order).toMatchObject({
      order_number: expect.stringMatching(/^ORD-\d{6}$/),
      status: 'paid',
      user_id: ada.id,
      email: ada.email,
      currency: 'USD',
      subtotal: '62.50',
      total: '62.50',
      item_count: 3,
      shipping_address: ADDRESS,
      payment: {
        provider: 'manual',
        method: 'pm_card_visa',
        status: 'succeeded',
        amount: '62.50',
        refunded_amount: '0.00',
      },
      can_cancel: true,
      paid_at: expect.any(String),
      cancelled_at: null,
    });
    expect(order.items).toEqual([
      expect.objectContaining({
        product_id: shirt.productId,
        product_name: 'Shirt',
        variant_color: 'Red',
        size: 'M',
        sku: `SKU-${shirtSize}`,
        unit_price: '25.00',
        quantity: 2,
        line_total: '50.00',
      }),
      expect.objectContaining({ product_name: 'Cap', unit_price: '12.50', quantity: 1, line_total: '12.50' }),
    ]);
    // Stock taken, with one sale movement per line naming the order.
    expect(await stockOf(t.db, shirtSize)).toBe(8);
    expect(await stockOf(t.db, capSize)).toBe(2);
    const movements = await t.db
      .selectFrom('stock_movements')
      .selectAll()
      .where('order_id', '=', order.id)
      .execute();
    expect(movements.map((m) => [m.size_id, m.delta, m.kind, m.actor_id]).sort()).toEqual(
      [
        [shirtSize, -2, 'sale', ada.id],
        [capSize, -1, 'sale', ada.id],
      ].sort(),
    );
    // The bought lines left the cart.
    expect(await cartItems(ada)).toEqual([]);
    // Snapshots survive catalogue changes.
    await t.db
      .updateTable('products')
      .set({ name: 'Renamed', price: 1 })
      .where('id', '=', shirt.productId)
      .execute();
    const again = await t.app.inject({
      method: 'GET',
      url: `/api/orders/${order.id}/`,
      headers: ada.headers,
    });
    expect(again.json().items[0]).toMatchObject({ product_name: 'Shirt', unit_price: '25.00' });
  });

  it('twelve customers racing for the last five units get exactly five orders; stock ends at 0, never below', async () => {
    const p = await makeProduct(t.db, { price: 999, sizes: [{ stock: 5 }] });
    const [sizeId = ''] = p.sizeIds;
    const customers = await Promise.all(Array.from({ length: 12 }, () => makeCustomer(t.app)));
    const intents: string[] = [];
    for (const c of customers) {
      expect((await addToCart(t.app, c, sizeId, 1)).statusCode).toBe(200);
      const intent = await createIntent(t.app, c);
      expect(intent.res.statusCode).toBe(201);
      intents.push(intent.body.payment_intent_id);
    }
    const results = await Promise.all(
      customers.map((c, i) => checkout(t.app, c, intents[i] ?? '', { idempotencyKey: `race-${i}` })),
    );
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(7);
    for (const r of results.filter((x) => x.statusCode === 409)) {
      expect(problemOf(r).code).toBe('INSUFFICIENT_STOCK');
    }
    expect(await stockOf(t.db, sizeId)).toBe(0);
    const orders = await t.db
      .selectFrom('orders')
      .innerJoin('order_items', 'order_items.order_id', 'orders.id')
      .select('orders.id')
      .where('order_items.size_id', '=', sizeId)
      .execute();
    expect(orders).toHaveLength(5);
    const movements = await t.db
      .selectFrom('stock_movements')
      .selectAll()
      .where('size_id', '=', sizeId)
      .execute();
    expect(movements).toHaveLength(5);
    expect(movements.every((m) => m.kind === 'sale' && m.stock_after >= 0 && m.order_id !== null)).toBe(true);
    // The losers keep their cart line, and their intents are voided (no order can appear for them later).
    const losers = customers.filter((_, i) => results[i]?.statusCode === 409);
    for (const c of losers) expect(await cartItems(c)).toHaveLength(1);
    const voided = await t.db
      .selectFrom('payment_intents')
      .select('status')
      .where('provider_ref', 'in', intents)
      .where('status', '=', 'voided')
      .execute();
    expect(voided).toHaveLength(7);
  });

  it('the same Idempotency-Key twice yields one order and the same answer', async () => {
    const ada = await makeCustomer(t.app);
    const p = await makeProduct(t.db, { sizes: [{ stock: 10 }] });
    await addToCart(t.app, ada, p.sizeIds[0] ?? '', 2);
    const { body } = await createIntent(t.app, ada);
    const first = await checkout(t.app, ada, body.payment_intent_id, { idempotencyKey: 'checkout-key-1' });
    const second = await checkout(t.app, ada, body.payment_intent_id, { idempotencyKey: 'checkout-key-1' });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect(await ordersOf(ada.id)).toHaveLength(1);
    expect(await stockOf(t.db, p.sizeIds[0] ?? '')).toBe(8);
  });

  it('the same key sent twice at once still yields one order', async () => {
    const ada = await makeCustomer(t.app);
    const p = await makeProduct(t.db, { sizes: [{ stock: 10 }] });
    await addToCart(t.app, ada, p.sizeIds[0] ?? '', 1);
    const { body } = await createIntent(t.app, ada);
    const [a, b] = await Promise.all([
      checkout(t.app, ada, body.payment_intent_id, { idempotencyKey: 'concurrent-key' }),
      checkout(t.app, ada, body.payment_intent_id, { idempotencyKey: 'concurrent-key' }),
    ]);
    expect([a?.statusCode, b?.statusCode]).toEqual([201, 201]);
    expect(a?.json().id).toBe(b?.json().id);
    expect(await ordersOf(ada.id)).toHaveLength(1);
    expect(await stockOf(t.db, p.sizeIds[0] ?? '')).toBe(9);
  });

  it('checking out an intent again without a key returns its order (200), never a second one', async () => {
    const ada = await makeCustomer(t.app);
    const p = await makeProduct(t.db, { sizes: [{ stock: 10 }] });
    await addToCart(t.app, ada, p.sizeIds[0] ?? '', 1);
    const { body } = await createIntent(t.app, ada);
    const first = await checkout(t.app, ada, body.payment_intent_id);
    const second = await checkout(t.app, ada, body.payment_intent_id);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(200);
    expect(second.json().id).toBe(first.json().id);
    expect(await ordersOf(ada.id)).toHaveLength(1);
  });

  it('a declined payment leaves stock, cart and orders untouched; a good card then works', async () => {
    const ada = await makeCustomer(t.app);
    const p = await makeProduct(t.db, { sizes: [{ stock: 4 }] });
    const [sizeId = ''] = p.sizeIds;
    await addToCart(t.app, ada, sizeId, 2);
    const { body } = await createIntent(t.app, ada);
    const movementsBefore = await countRows(t.db, 'stock_movements');
    const ordersBefore = await countRows(t.db, 'orders');
    for (const method of [
      'pm_card_chargeDeclined',
      '4000 0000 0000 0002',
      'pm_card_chargeDeclinedInsufficientFunds',
    ]) {
      const res = await checkout(t.app, ada, body.payment_intent_id, {
        paymentMethod: method,
        idempotencyKey: `d-${method}`,
      });
      expect(res.statusCode).toBe(402);
      expect(problemOf(res).code).toBe('PAYMENT_DECLINED');
    }
    expect(await stockOf(t.db, sizeId)).toBe(4);
    expect(await cartItems(ada)).toEqual([expect.objectContaining({ quantity: 2 })]);
    expect(await countRows(t.db, 'orders')).toBe(ordersBefore);
    expect(await countRows(t.db, 'stock_movements')).toBe(movementsBefore);
    const jobs = await t.db.selectFrom('jobs').select('type').where('type', 'like', 'shop.%').execute();
    const confirmations = jobs.filter((j) => j.type === 'shop.order_confirmation').length;

    const ok = await checkout(t.app, ada, body.payment_intent_id, { paymentMethod: '4242 4242 4242 4242' });
    expect(ok.statusCode).toBe(201);
    expect(await stockOf(t.db, sizeId)).toBe(2);
    const after = await t.db
      .selectFrom('jobs')
      .select('type')
      .where('type', '=', 'shop.order_confirmation')
      .execute();
    expect(after.length).toBe(confirmations + 1);
  });

  it('a charge whose order cannot be written (the database fails) is voided and given back; nothing else changes', async () => {
    const ada = await makeCustomer(t.app);
    const p = await makeProduct(t.db, { sizes: [{ stock: 3 }] });
    const [sizeId = ''] = p.sizeIds;
    await addToCart(t.app, ada, sizeId, 1);
    const { body } = await createIntent(t.app, ada);
    const ordersBefore = await countRows(t.db, 'orders');
    // Every insert into orders fails, as a full disk or a lost connection would make it.
    if (onPostgres) {
      await sql`create function refuse_orders() returns trigger language plpgsql as $$
        begin raise exception 'disk on fire'; end $$`.execute(t.db);
      await sql`create trigger refuse_orders before insert on orders
        for each row execute function refuse_orders()`.execute(t.db);
    } else {
      await sql`create trigger refuse_orders before insert on orders
        begin select raise(abort, 'disk on fire'); end`.execute(t.db);
    }
    try {
      const res = await checkout(t.app, ada, body.payment_intent_id, { idempotencyKey: 'db-fails' });
      expect(res.statusCode).toBe(500);
      expect(res.body).not.toContain('disk on fire');
      await t.app.ctx.jobs.idle();
    } finally {
      await sql`drop trigger refuse_orders${sql.raw(onPostgres ? ' on orders' : '')}`.execute(t.db);
      if (onPostgres) await sql`drop function refuse_orders()`.execute(t.db);
    }
    expect(await countRows(t.db, 'orders')).toBe(ordersBefore);
    expect(await stockOf(t.db, sizeId)).toBe(3);
    expect(await cartItems(ada)).toEqual([expect.objectContaining({ quantity: 1 })]);
    const intent = await t.db
      .selectFrom('payment_intents')
      .select(['id', 'status'])
      .where('provider_ref', '=', body.payment_intent_id)
      .executeTakeFirstOrThrow();
    expect(intent.status).toBe('voided');
    const voids = await t.db
      .selectFrom('jobs')
      .select('status')
      .where('type', '=', 'payments.void_intent')
      .where('dedupe_key', '=', `payments.void_intent:${intent.id}`)
      .execute();
    expect(voids.filter((j) => j.status === 'done')).toHaveLength(1);
    // The intent cannot be checked out again: its money went back.
    const again = await checkout(t.app, ada, body.payment_intent_id, { idempotencyKey: 'db-fails-again' });
    expect(again.statusCode).toBe(409);
  });

  it('an offline method (cash) places a pending order that staff mark paid later', async () => {
    const ada = await makeCustomer(t.app);
    const p = await makeProduct(t.db, { sizes: [{ stock: 4 }] });
    await addToCart(t.app, ada, p.sizeIds[0] ?? '', 1);
    const { body } = await createIntent(t.app, ada);
    const res = await checkout(t.app, ada, body.payment_intent_id, { paymentMethod: 'cash' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'pending',
      paid_at: null,
      payment: { status: 'pending', method: 'cash' },
    });
    expect(await stockOf(t.db, p.sizeIds[0] ?? '')).toBe(3);
  });

  it("refuses another customer's intent (404) and an empty or unavailable cart", async () => {
    const ada = await makeCustomer(t.app);
    const bob = await makeCustomer(t.app);
    const p = await makeProduct(t.db, { sizes: [{ stock: 4 }] });
    await addToCart(t.app, ada, p.sizeIds[0] ?? '', 1);
    const { body } = await createIntent(t.app, ada);
    const stolen = await checkout(t.app, bob, body.payment_intent_id);
    expect(stolen.statusCode).toBe(404);
    expect(problemOf(stolen).code).toBe('PAYMENT_INTENT_NOT_FOUND');
    expect(await ordersOf(bob.id)).toHaveLength(0);

    const empty = await createIntent(t.app, bob);
    expect(empty.res.statusCode).toBe(400);
    expect(problemOf(empty.res).code).toBe('CART_EMPTY');

    await addToCart(t.app, bob, p.sizeIds[0] ?? '', 2);
    await t.db.updateTable('products').set({ is_active: false }).where('id', '=', p.productId).execute();
    const unavailable = await createIntent(t.app, bob);
    expect(unavailable.res.statusCode).toBe(409);
    expect(problemOf(unavailable.res).code).toBe('CART_ITEMS_UNAVAILABLE');
    // Ada's intent was made before the product stopped selling: checkout refuses it too, and voids the intent.
    const refused = await checkout(t.app, ada, body.payment_intent_id);
    expect(refused.statusCode).toBe(409);
    expect(problemOf(refused).code).toBe('PRODUCT_UNAVAILABLE');
    expect(await stockOf(t.db, p.sizeIds[0] ?? '')).toBe(4);
    const retry = await checkout(t.app, ada, body.payment_intent_id);
    expect(retry.statusCode).toBe(409);
    expect(problemOf(retry).code).toBe('PAYMENT_INTENT_VOIDED');
  });

  it('refuses a cart with nothing to pay (free products) before asking the provider: 400 NOTHING_TO_PAY', async () => {
    const ada = await makeCustomer(t.app);
    const free = await makeProduct(t.db, { price: 0, sizes: [{ stock: 3 }] });
    const alsoFree = await makeProduct(t.db, { price: 1999, variantPrice: 0, sizes: [{ stock: 3 }] });
    await addToCart(t.app, ada, free.sizeIds[0] ?? '', 2);
    await addToCart(t.app, ada, alsoFree.sizeIds[0] ?? '', 1);
    const { res } = await createIntent(t.app, ada);
    expect(res.statusCode).toBe(400);
    expect(problemOf(res).code).toBe('NOTHING_TO_PAY');
    expect(await intentsOf(ada.id)).toEqual([]);
    expect(await ordersOf(ada.id)).toHaveLength(0);
    expect(await stockOf(t.db, free.sizeIds[0] ?? '')).toBe(3);
    expect(await cartItems(ada)).toHaveLength(2);
  });

  it('refuses an intent for a cart whose total passes 2^53 minor units: 409 CART_TOTAL_TOO_LARGE', async () => {
    const ada = await makeCustomer(t.app);
    const p = await makeProduct(t.db, { price: 1000, sizes: [{ stock: 1_000_000 }] });
    for (let i = 0; i < 10; i++) await addToCart(t.app, ada, p.sizeIds[0] ?? '', 1000);
    // A vendor raised the price to the highest allowed after the lines were added.
    await t.db
      .updateTable('products')
      .set({ price: 999_999_999_999 })
      .where('id', '=', p.productId)
      .execute();
    const { res } = await createIntent(t.app, ada);
    expect(res.statusCode).toBe(409);
    expect(problemOf(res).code).toBe('CART_TOTAL_TOO_LARGE');
    expect(await intentsOf(ada.id)).toEqual([]);
    expect(await cartItems(ada)).toEqual([expect.objectContaining({ quantity: 10_000 })]);
  });

  it("refuses a rejected vendor's products at checkout, even with an intent made before; stock untouched", async () => {
    const ada = await makeCustomer(t.app);
    const manager = (await makeUser(t.app, 'manager')).access;
    const seller = await makeUser(t.app, 'vendor', { vendor_status: 'approved' });
    const p = await makeProduct(t.db, {
      name: 'Vendor Mug',
      vendorId: seller.user.id,
      sizes: [{ stock: 4 }],
    });
    expect((await addToCart(t.app, ada, p.sizeIds[0] ?? '', 1)).statusCode).toBe(200);
    const intent = await createIntent(t.app, ada);
    expect(intent.res.statusCode).toBe(201);
    const reject = await t.app.inject({
      method: 'POST',
      url: `/api/admin/users/${seller.user.id}/reject-vendor/`,
      headers: bearer(manager),
      payload: {},
    });
    expect(reject.statusCode).toBe(200);
    const refused = await checkout(t.app, ada, intent.body.payment_intent_id);
    expect(refused.statusCode).toBe(409);
    expect(problemOf(refused).code).toBe('PRODUCT_UNAVAILABLE');
    expect(await ordersOf(ada.id)).toHaveLength(0);
    expect(await stockOf(t.db, p.sizeIds[0] ?? '')).toBe(4);
    const again = await createIntent(t.app, ada);
    expect(again.res.statusCode).toBe(409);
    expect(problemOf(again.res).code).toBe('CART_ITEMS_UNAVAILABLE');
    expect(await cartItems(ada)).toEqual([expect.objectContaining({ quantity: 1 })]);
  });

  it('answers bad input with 400 problem+json, never 500', async () => {
    const ada = await makeCustomer(t.app);
    const p = await makeProduct(t.db, { sizes: [{ stock: 4 }] });
    await addToCart(t.app, ada, p.sizeIds[0] ?? '', 1);
    const { body } = await createIntent(t.app, ada);
    const post = (payload: unknown, headers: Record<string, string> = {}) =>
      t.app.inject({
        method: 'POST',
        url: '/api/orders/checkout/',
        headers: { ...ada.headers, ...headers },
        payload: payload as Record<string, unknown>,
      });
    const bad = [
      { shipping_address: ADDRESS, payment_method: 'pm_card_visa' },
      { payment_intent_id: body.payment_intent_id, payment_method: 'pm_card_visa' },
      {
        payment_intent_id: body.payment_intent_id,
        shipping_address: { ...ADDRESS, city: '' },
        payment_method: 'pm_card_visa',
      },
      {
        payment_intent_id: body.payment_intent_id,
        shipping_address: 'London',
        payment_method: 'pm_card_visa',
      },
      { payment_intent_id: '', shipping_address: ADDRESS, payment_method: 'pm_card_visa' },
      {
        payment_intent_id: body.payment_intent_id,
        shipping_address: ADDRESS,
        payment_method: 'x'.repeat(300),
      },
    ];
    for (const payload of bad) {
      const res = await post(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(problemOf(res).code).toBe('VALIDATION_ERROR');
    }
    const unknownMethod = await post({
      payment_intent_id: body.payment_intent_id,
      shipping_address: ADDRESS,
      payment_method: 'seashells',
    });
    expect(unknownMethod.statusCode).toBe(400);
    expect(problemOf(unknownMethod).code).toBe('INVALID_PAYMENT_METHOD');
    const badKey = await post(
      {
        payment_intent_id: body.payment_intent_id,
        shipping_address: ADDRESS,
        payment_method: 'pm_card_visa',
      },
      { 'idempotency-key': 'é'.repeat(3) },
    );
    expect(badKey.statusCode).toBe(400);
    const unknownIntent = await post({
      payment_intent_id: 'pi_nope',
      shipping_address: ADDRESS,
      payment_method: 'pm_card_visa',
    });
    expect(unknownIntent.statusCode).toBe(404);
    expect(await ordersOf(ada.id)).toHaveLength(0);
  });

  it('exposes the payment settings publicly', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/payments/config/' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      provider: 'manual',
      publishable_key: null,
      currency: 'USD',
      test_mode: true,
      methods: expect.arrayContaining([expect.objectContaining({ code: 'cash', label: 'Cash' })]),
    });
  });
});

describe('order confirmation mail over SMTP', () => {
  let sink: SmtpSink;
  let m: TestApp;

  beforeAll(async () => {
    sink = await startSmtpSink();
    m = await buildTestApp({ SMTP_URL: sink.url, MAIL_FROM: 'Mercato <shop@example.com>' });
    await m.app.ready();
  });
  afterAll(async () => {
    await m.close();
    await sink.close();
  });

  it('reaches the SMTP server after commit, once; never for a checkout that rolled back', async () => {
    const ada = await makeCustomer(m.app);
    const bob = await makeCustomer(m.app);
    const p = await makeProduct(m.db, { name: 'Lamp', price: 4200, sizes: [{ stock: 1 }] });
    const [sizeId = ''] = p.sizeIds;
    await addToCart(m.app, ada, sizeId, 1);
    await addToCart(m.app, bob, sizeId, 1);
    const adaIntent = await createIntent(m.app, ada);
    const bobIntent = await createIntent(m.app, bob);

    const ok = await checkout(m.app, ada, adaIntent.body.payment_intent_id);
    expect(ok.statusCode).toBe(201);
    const refused = await checkout(m.app, bob, bobIntent.body.payment_intent_id);
    expect(refused.statusCode).toBe(409);
    await m.app.ctx.jobs.idle();
    const [mail] = await sink.waitFor(1);
    expect(mail?.to).toEqual([ada.email]);
    expect(mail?.raw).toContain(`Subject: Your order ${ok.json().order_number}`);
    expect(mail?.raw).toContain('Lamp');
    expect(mail?.raw).toContain('42.00');
    await new Promise((r) => setTimeout(r, 150));
    await m.app.ctx.jobs.idle();
    expect(sink.received).toHaveLength(1);
    expect(sink.received.some((x) => x.to.includes(bob.email))).toBe(false);
    // Running the confirmation job again does not mail twice.
    const job = await m.db
      .selectFrom('jobs')
      .selectAll()
      .where('type', '=', 'shop.order_confirmation')
      .executeTakeFirstOrThrow();
    await m.db
      .updateTable('jobs')
      .set({ status: 'pending', run_at: new Date(0).toISOString() })
      .where('id', '=', job.id)
      .execute();
    await m.app.ctx.jobs.runDue();
    await m.app.ctx.jobs.idle();
    await new Promise((r) => setTimeout(r, 100));
    expect(sink.received).toHaveLength(1);
  });

  it('buy() helper sanity: a full purchase goes through', async () => {
    const c = await makeCustomer(m.app);
    const p = await makeProduct(m.db, { sizes: [{ stock: 2 }] });
    const res = await buy(m.app, c, p.sizeIds[0] ?? '');
    expect(res.statusCode).toBe(201);
  });
});
