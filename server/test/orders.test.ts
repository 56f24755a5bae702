import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, lastMailTo, makeUser } from './auth-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';
import {
  addToCart,
  buy,
  type Customer,
  checkout,
  createIntent,
  makeCustomer,
  makeProduct,
  stockOf,
} from './shop-fixtures.js';

let t: TestApp;
let staff: Record<string, string>;

beforeAll(async () => {
  t = await buildTestApp();
  await t.app.ready();
  staff = bearer((await makeUser(t.app, 'staff')).access);
});
afterAll(async () => t.close());

async function placeOrder(customer: Customer, quantity = 1, stock = 10) {
  const p = await makeProduct(t.db, { price: 1500, sizes: [{ stock }] });
  const [sizeId = ''] = p.sizeIds;
  const res = await buy(t.app, customer, sizeId, quantity);
  expect(res.statusCode).toBe(201);
  return { order: res.json(), sizeId };
}

function patchStatus(id: string, status: string, headers = staff, more: Record<string, unknown> = {}) {
  return t.app.inject({
    method: 'PATCH',
    url: `/api/admin/orders/${id}/`,
    headers,
    payload: { status, ...more },
  });
}

/** An order's stock movements as `[kind, delta]`, sorted. */
async function movementsOf(orderId: string) {
  const rows = await t.db
    .selectFrom('stock_movements')
    .select(['kind', 'delta', 'reason'])
    .where('order_id', '=', orderId)
    .execute();
  return rows.map((m) => [m.kind, m.delta]).sort();
}

function cancel(customer: Customer, id: string) {
  return t.app.inject({ method: 'POST', url: `/api/orders/${id}/cancel/`, headers: customer.headers });
}

describe('orders for customers', () => {
  it('lists only your own orders, newest first, paginated', async () => {
    const ada = await makeCustomer(t.app);
    const bob = await makeCustomer(t.app);
    const first = await placeOrder(ada);
    const second = await placeOrder(ada);
    await placeOrder(bob);
    const res = await t.app.inject({ method: 'GET', url: '/api/orders/?page_size=1', headers: ada.headers });
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.count).toBe(2);
    expect(page.results.map((o: { id: string }) => o.id)).toEqual([second.order.id]);
    expect(page.next).toBe('http://testserver/api/orders/?page_size=1&page=2');
    const two = await t.app.inject({
      method: 'GET',
      url: '/api/orders/?page_size=1&page=2',
      headers: ada.headers,
    });
    expect(two.json().results[0].id).toBe(first.order.id);
    const filtered = await t.app.inject({
      method: 'GET',
      url: '/api/orders/?status=cancelled',
      headers: ada.headers,
    });
    expect(filtered.json().count).toBe(0);
  });

  it("answers 404 for another customer's order, on read and on cancel", async () => {
    const ada = await makeCustomer(t.app);
    const bob = await makeCustomer(t.app);
    const { order, sizeId } = await placeOrder(bob);
    const read = await t.app.inject({ method: 'GET', url: `/api/orders/${order.id}/`, headers: ada.headers });
    expect(read.statusCode).toBe(404);
    expect(problemOf(read).code).toBe('ORDER_NOT_FOUND');
    const cancelled = await cancel(ada, order.id);
    expect(cancelled.statusCode).toBe(404);
    expect(await stockOf(t.db, sizeId)).toBe(9);
    const own = await t.app.inject({ method: 'GET', url: `/api/orders/${order.id}/`, headers: bob.headers });
    expect(own.statusCode).toBe(200);
    const notAnId = await t.app.inject({
      method: 'GET',
      url: '/api/orders/not-an-id/',
      headers: bob.headers,
    });
    expect(notAnId.statusCode).toBe(400);
  });

  it('cancel restocks exactly once even when sent twice at once, refunds, audits and mails', async () => {
    const ada = await makeCustomer(t.app);
    const { order, sizeId } = await placeOrder(ada, 3, 10);
    expect(await stockOf(t.db, sizeId)).toBe(7);
    const results = await Promise.all([cancel(ada, order.id), cancel(ada, order.id), cancel(ada, order.id)]);
    for (const r of results) {
      expect(r.statusCode).toBe(200);
      expect(r.json()).toMatchObject({
        status: 'cancelled',
        can_cancel: false,
        cancelled_at: expect.any(String),
      });
    }
    expect(await stockOf(t.db, sizeId)).toBe(10);
    expect(await movementsOf(order.id)).toEqual([
      ['cancel', 3],
      ['sale', -3],
    ]);
    // And once more, later: still nothing new.
    expect((await cancel(ada, order.id)).statusCode).toBe(200);
    expect(await stockOf(t.db, sizeId)).toBe(10);

    await t.app.ctx.jobs.idle();
    const payment = await t.db
      .selectFrom('payments')
      .selectAll()
      .where('order_id', '=', order.id)
      .executeTakeFirstOrThrow();
    expect(payment).toMatchObject({ status: 'refunded', refund_ref: expect.stringMatching(/^re_manual_/) });
    expect(Number(payment.refunded_amount)).toBe(4500);
    const read = await t.app.inject({ method: 'GET', url: `/api/orders/${order.id}/`, headers: ada.headers });
    expect(read.json().payment).toMatchObject({ status: 'refunded', refunded_amount: '45.00' });
    const audit = await t.db.selectFrom('audit_log').selectAll().where('target_id', '=', order.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'order.cancelled', actor_id: ada.id });
    const mail = await lastMailTo(t.app, ada.email);
    expect(mail?.subject).toBe(`Order ${order.order_number}: cancelled`);
  });

  it('refuses to cancel a shipped order (409 ORDER_NOT_CANCELLABLE)', async () => {
    const ada = await makeCustomer(t.app);
    const { order, sizeId } = await placeOrder(ada);
    for (const s of ['processing', 'shipped']) expect((await patchStatus(order.id, s)).statusCode).toBe(200);
    const res = await cancel(ada, order.id);
    expect(res.statusCode).toBe(409);
    expect(problemOf(res).code).toBe('ORDER_NOT_CANCELLABLE');
    expect(await stockOf(t.db, sizeId)).toBe(9);
  });
});

describe('orders for staff', () => {
  it('customers cannot use the admin API', async () => {
    const ada = await makeCustomer(t.app);
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/orders/', headers: ada.headers });
    expect(res.statusCode).toBe(403);
  });

  it('lists all orders with status filter and search by number or email', async () => {
    const ada = await makeCustomer(t.app);
    const { order } = await placeOrder(ada);
    const byEmail = await t.app.inject({
      method: 'GET',
      url: `/api/admin/orders/?search=${encodeURIComponent(ada.email.toUpperCase())}`,
      headers: staff,
    });
    expect(byEmail.statusCode).toBe(200);
    expect(byEmail.json().results.map((o: { id: string }) => o.id)).toEqual([order.id]);
    const byNumber = await t.app.inject({
      method: 'GET',
      url: `/api/admin/orders/?search=${order.order_number}`,
      headers: staff,
    });
    expect(byNumber.json().results.map((o: { id: string }) => o.id)).toEqual([order.id]);
    const paid = await t.app.inject({
      method: 'GET',
      url: '/api/admin/orders/?status=paid&page_size=100',
      headers: staff,
    });
    expect(paid.json().results.every((o: { status: string }) => o.status === 'paid')).toBe(true);
    expect(paid.json().count).toBeGreaterThan(0);
    const bad = await t.app.inject({ method: 'GET', url: '/api/admin/orders/?status=lost', headers: staff });
    expect(bad.statusCode).toBe(400);
    const one = await t.app.inject({ method: 'GET', url: `/api/admin/orders/${order.id}/`, headers: staff });
    expect(one.json().email).toBe(ada.email);
  });

  it('moves an order along the allowed path, mailing the customer at each step', async () => {
    const ada = await makeCustomer(t.app);
    const { order, sizeId } = await placeOrder(ada);
    for (const status of ['processing', 'shipped', 'delivered']) {
      const res = await patchStatus(order.id, status);
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe(status);
      const mail = await lastMailTo(t.app, ada.email);
      expect(mail?.subject).toBe(`Order ${order.order_number}: ${status}`);
    }
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('target_id', '=', order.id)
      .where('action', '=', 'order.status_changed')
      .execute();
    expect(audit).toHaveLength(3);
    // The same status again changes nothing and mails nobody.
    const before = (await t.app.ctx.mailer.outbox({ to: ada.email })).count;
    expect((await patchStatus(order.id, 'delivered')).statusCode).toBe(200);
    await t.app.ctx.jobs.idle();
    expect((await t.app.ctx.mailer.outbox({ to: ada.email })).count).toBe(before);
    // delivered → refunded refunds the payment, without restocking.
    const refunded = await patchStatus(order.id, 'refunded');
    expect(refunded.statusCode).toBe(200);
    await t.app.ctx.jobs.idle();
    const payment = await t.db
      .selectFrom('payments')
      .select('status')
      .where('order_id', '=', order.id)
      .executeTakeFirstOrThrow();
    expect(payment.status).toBe('refunded');
    expect(await stockOf(t.db, sizeId)).toBe(9);
    expect(await movementsOf(order.id)).toEqual([['sale', -1]]);
  });

  it('a refund restocks once: by default before shipping, after shipping when staff say the items came back', async () => {
    const ada = await makeCustomer(t.app);
    // Paid, not shipped: the items never left, so the refund puts them back, once however often it is sent.
    const early = await placeOrder(ada, 2, 10);
    expect(await stockOf(t.db, early.sizeId)).toBe(8);
    const twice = await Promise.all([
      patchStatus(early.order.id, 'refunded'),
      patchStatus(early.order.id, 'refunded'),
    ]);
    expect(twice.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(await stockOf(t.db, early.sizeId)).toBe(10);
    expect(await movementsOf(early.order.id)).toEqual([
      ['return', 2],
      ['sale', -2],
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('target_id', '=', early.order.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toMatchObject({ from: 'paid', to: 'refunded', restocked: true });

    // Shipped, and returned: staff say so.
    const late = await placeOrder(ada, 1, 5);
    for (const status of ['processing', 'shipped'])
      expect((await patchStatus(late.order.id, status)).statusCode).toBe(200);
    const returned = await patchStatus(late.order.id, 'refunded', staff, { restock: true });
    expect(returned.statusCode).toBe(200);
    expect(await stockOf(t.db, late.sizeId)).toBe(5);
    const [back] = await t.db
      .selectFrom('stock_movements')
      .select(['kind', 'delta', 'reason', 'actor_id', 'stock_after'])
      .where('order_id', '=', late.order.id)
      .where('kind', '=', 'return')
      .execute();
    expect(back).toMatchObject({
      delta: 1,
      stock_after: 5,
      reason: `order ${late.order.order_number} refunded, items returned`,
    });
    expect(back?.actor_id).toEqual(expect.any(String));

    // Refunded, but the items are not coming back (written off): staff say no.
    const kept = await placeOrder(ada, 1, 5);
    expect((await patchStatus(kept.order.id, 'refunded', staff, { restock: false })).statusCode).toBe(200);
    expect(await stockOf(t.db, kept.sizeId)).toBe(4);
    expect(await movementsOf(kept.order.id)).toEqual([['sale', -1]]);
  });

  it('takes restock only with a refund (400)', async () => {
    const ada = await makeCustomer(t.app);
    const { order, sizeId } = await placeOrder(ada, 1, 5);
    for (const status of ['processing', 'cancelled']) {
      const res = await patchStatus(order.id, status, staff, { restock: true });
      expect(res.statusCode, status).toBe(400);
      expect(problemOf(res)).toMatchObject({
        code: 'VALIDATION_ERROR',
        errors: { restock: [expect.any(String)] },
      });
    }
    const notBoolean = await patchStatus(order.id, 'refunded', staff, { restock: 'yes please' });
    expect(notBoolean.statusCode).toBe(400);
    const read = await t.app.inject({ method: 'GET', url: `/api/admin/orders/${order.id}/`, headers: staff });
    expect(read.json().status).toBe('paid');
    expect(await stockOf(t.db, sizeId)).toBe(4);
  });

  it('refuses transitions off the path (409 INVALID_STATUS_TRANSITION) and unknown statuses (400)', async () => {
    const ada = await makeCustomer(t.app);
    const { order } = await placeOrder(ada);
    for (const status of ['delivered', 'shipped', 'pending']) {
      const res = await patchStatus(order.id, status);
      expect(res.statusCode, status).toBe(409);
      expect(problemOf(res).code).toBe('INVALID_STATUS_TRANSITION');
    }
    expect((await patchStatus(order.id, 'cancelled')).statusCode).toBe(200);
    const fromCancelled = await patchStatus(order.id, 'paid');
    expect(fromCancelled.statusCode).toBe(409);
    expect(problemOf(fromCancelled).detail).toContain('final');
    const unknown = await patchStatus(order.id, 'teleported');
    expect(unknown.statusCode).toBe(400);
    expect(problemOf(unknown).code).toBe('VALIDATION_ERROR');
    const missing = await patchStatus('0190b7a0-0000-7000-8000-000000000000', 'paid');
    expect(missing.statusCode).toBe(404);
  });

  it('tells staff where each order may go next, exactly what PATCH accepts; customers do not see it', async () => {
    const ada = await makeCustomer(t.app);
    const { order } = await placeOrder(ada);
    const all = ['pending', 'paid', 'processing', 'shipped', 'delivered', 'cancelled', 'refunded'];
    const one = await t.app.inject({ method: 'GET', url: `/api/admin/orders/${order.id}/`, headers: staff });
    expect(one.json()).toMatchObject({
      status: 'paid',
      next_statuses: ['processing', 'cancelled', 'refunded'],
    });
    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/admin/orders/?search=${order.order_number}`,
      headers: staff,
    });
    expect(listed.json().results[0].next_statuses).toEqual(['processing', 'cancelled', 'refunded']);
    const own = await t.app.inject({ method: 'GET', url: `/api/orders/${order.id}/`, headers: ada.headers });
    expect(own.json()).not.toHaveProperty('next_statuses');

    // Everything not offered is refused...
    for (const status of all.filter((s) => s !== 'paid' && !one.json().next_statuses.includes(s))) {
      expect((await patchStatus(order.id, status)).statusCode, status).toBe(409);
    }
    // ...and every offered move is accepted (each on an order of its own).
    for (const status of one.json().next_statuses as string[]) {
      const other = (await placeOrder(ada)).order;
      const moved = await patchStatus(other.id, status);
      expect(moved.statusCode, status).toBe(200);
      expect(moved.json().status).toBe(status);
      expect(Array.isArray(moved.json().next_statuses)).toBe(true);
    }
    const processing = await patchStatus(order.id, 'processing');
    expect(processing.json().next_statuses).toEqual(['shipped', 'cancelled', 'refunded']);
    const cancelled = await patchStatus(order.id, 'cancelled');
    expect(cancelled.json().next_statuses).toEqual([]);
  });

  /** A customer buys `quantity` units with an offline method: the order stays pending. */
  async function placeOfflineOrder(customer: Customer, method: string, quantity: number, stock: number) {
    const p = await makeProduct(t.db, { sizes: [{ stock }] });
    const [sizeId = ''] = p.sizeIds;
    await addToCart(t.app, customer, sizeId, quantity);
    const { body } = await createIntent(t.app, customer);
    const placed = await checkout(t.app, customer, body.payment_intent_id, { paymentMethod: method });
    expect(placed.json()).toMatchObject({ status: 'pending', payment: { status: 'pending', method } });
    return { order: placed.json(), sizeId };
  }

  it('staff record the money of a pending (bKash) order: pending → paid marks the payment succeeded', async () => {
    const ada = await makeCustomer(t.app);
    const { order } = await placeOfflineOrder(ada, 'bkash', 1, 3);
    const paid = await patchStatus(order.id, 'paid');
    expect(paid.statusCode).toBe(200);
    expect(paid.json()).toMatchObject({
      status: 'paid',
      paid_at: expect.any(String),
      payment: { status: 'succeeded' },
    });
  });

  it('cancelling an unpaid cash order cancels its payment instead of refunding', async () => {
    const ada = await makeCustomer(t.app);
    const { order, sizeId } = await placeOfflineOrder(ada, 'cash_on_delivery', 2, 3);
    expect(await stockOf(t.db, sizeId)).toBe(1);
    const res = await cancel(ada, order.id);
    expect(res.json()).toMatchObject({ status: 'cancelled', payment: { status: 'canceled' } });
    expect(await stockOf(t.db, sizeId)).toBe(3);
  });
});

describe('the order of the checks on order changes: 401, 403, the order (404), then the body (400)', () => {
  const BAD_BODIES = ['[1]', '"x"', '{not json'];
  const send = (
    method: 'POST' | 'PATCH',
    url: string,
    payload: string,
    headers: Record<string, string> = {},
  ) => t.app.inject({ method, url, headers: { ...headers, 'content-type': 'application/json' }, payload });
  const answers = async (method: 'POST' | 'PATCH', url: string, headers?: Record<string, string>) => {
    const out: string[] = [];
    for (const payload of BAD_BODIES) {
      const res = await send(method, url, payload, headers);
      out.push(`${res.statusCode} ${problemOf(res).code}`);
    }
    return out;
  };
  const each = (answer: string) => BAD_BODIES.map(() => answer);
  const BODY_REFUSED = ['400 VALIDATION_ERROR', '400 VALIDATION_ERROR', '400 MALFORMED_JSON'];

  it("a customer's cancel", async () => {
    const ada = await makeCustomer(t.app);
    const bob = await makeCustomer(t.app);
    const { order, sizeId } = await placeOrder(bob);
    const url = `/api/orders/${order.id}/cancel/`;
    expect(await answers('POST', url)).toEqual(each('401 NOT_AUTHENTICATED'));
    // Someone else's order, or none, is 404 whatever the body.
    expect(await answers('POST', url, ada.headers)).toEqual(each('404 ORDER_NOT_FOUND'));
    const missing = '/api/orders/0190a000-0000-7000-8000-000000000000/cancel/';
    expect(await answers('POST', missing, bob.headers)).toEqual(each('404 ORDER_NOT_FOUND'));
    // One's own order with a bad body is 400, and nothing changes.
    expect(await answers('POST', url, bob.headers)).toEqual(BODY_REFUSED);
    const after = await t.app.inject({
      method: 'GET',
      url: `/api/orders/${order.id}/`,
      headers: bob.headers,
    });
    expect(after.json().status).toBe('paid');
    expect(await stockOf(t.db, sizeId)).toBe(9);
    // The right request still works.
    expect((await cancel(bob, order.id)).statusCode).toBe(200);
  });

  it("staff's status change", async () => {
    const ada = await makeCustomer(t.app);
    const { order } = await placeOrder(ada);
    const url = `/api/admin/orders/${order.id}/`;
    expect(await answers('PATCH', url)).toEqual(each('401 NOT_AUTHENTICATED'));
    expect(await answers('PATCH', url, ada.headers)).toEqual(each('403 PERMISSION_DENIED'));
    const missing = '/api/admin/orders/0190a000-0000-7000-8000-000000000000/';
    expect(await answers('PATCH', missing, staff)).toEqual(each('404 ORDER_NOT_FOUND'));
    expect(await answers('PATCH', url, staff)).toEqual(BODY_REFUSED);
    const invalidStatus = await patchStatus(order.id, 'teleported');
    expect(invalidStatus.statusCode).toBe(400);
    expect((await patchStatus(order.id, 'processing')).json().status).toBe('processing');
    // An id that is not one is still the params' 400.
    expect((await patchStatus('not-an-id', 'processing')).statusCode).toBe(400);
  });
});
