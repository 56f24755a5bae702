/**
 * Staff's order handling: the order's timeline (placed, paid, status changes
 * with who, refunds, mails, notes, tracking), internal notes the customer never
 * sees, tracking shown to the customer and in the shipped mail, partial refunds
 * of chosen lines (guarded per line: ten concurrent refunds of the last unit →
 * one), their restock, money and loyalty reversal (once per refund), and bulk
 * status changes answered per order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, lastMailTo, makeUser } from './auth-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';
import {
  addToCart,
  type Customer,
  checkout,
  createIntent,
  makeCustomer,
  makeProduct,
  stockOf,
} from './shop-fixtures.js';

let t: TestApp;
let staff: Record<string, string>;
let staffEmail: string;

beforeAll(async () => {
  t = await buildTestApp();
  await t.app.ready();
  const s = await makeUser(t.app, 'staff');
  staff = bearer(s.access);
  staffEmail = s.email;
});
afterAll(async () => t.close());

interface OrderLine {
  id: string;
  quantity: number;
  refunded_quantity: number;
  sku: string;
}
interface Order {
  id: string;
  order_number: string;
  status: string;
  total: string;
  items: OrderLine[];
  payment: { status: string; amount: string; refunded_amount: string } | null;
  tracking: { carrier: string; tracking_number: string } | null;
}
interface TimelineEntry {
  kind: string;
  summary: string;
  actor: { id: string | null; email: string } | null;
  internal: boolean;
  from: string | null;
  to: string | null;
  amount: string | null;
  note: string | null;
  lines: Array<{ item_id: string; quantity: number; amount: string }>;
  mail_template: string | null;
}

/** One paid order of `lines` (each a new product of `price` with `stock` units): the order and its size ids. */
async function placeOrder(
  customer: Customer,
  lines: Array<{ quantity: number; price?: number; stock?: number }>,
  paymentMethod?: string,
) {
  const sizeIds: string[] = [];
  for (const line of lines) {
    const p = await makeProduct(t.db, { price: line.price ?? 1500, sizes: [{ stock: line.stock ?? 10 }] });
    const sizeId = p.sizeIds[0] ?? '';
    sizeIds.push(sizeId);
    expect((await addToCart(t.app, customer, sizeId, line.quantity)).statusCode).toBe(200);
  }
  const { body } = await createIntent(t.app, customer);
  const res = await checkout(t.app, customer, body.payment_intent_id, paymentMethod ? { paymentMethod } : {});
  expect(res.statusCode).toBe(201);
  await t.app.ctx.jobs.idle();
  return { order: res.json() as Order, sizeIds };
}

const detail = async (id: string, headers = staff) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/admin/orders/${id}/`, headers });
  expect(res.statusCode).toBe(200);
  return res.json() as Order & { timeline: TimelineEntry[]; refunds: Array<Record<string, unknown>> };
};

const refund = (
  id: string,
  body: Record<string, unknown>,
  options: { headers?: Record<string, string>; key?: string } = {},
) =>
  t.app.inject({
    method: 'POST',
    url: `/api/admin/orders/${id}/refunds/`,
    headers: { ...(options.headers ?? staff), ...(options.key ? { 'idempotency-key': options.key } : {}) },
    payload: body,
  });

const patchStatus = (id: string, status: string, more: Record<string, unknown> = {}) =>
  t.app.inject({
    method: 'PATCH',
    url: `/api/admin/orders/${id}/`,
    headers: staff,
    payload: { status, ...more },
  });

const paymentOf = (orderId: string) =>
  t.db.selectFrom('payments').selectAll().where('order_id', '=', orderId).executeTakeFirstOrThrow();

const balance = async (userId: string) =>
  (
    await t.db
      .selectFrom('loyalty_accounts')
      .select('balance')
      .where('user_id', '=', userId)
      .executeTakeFirst()
  )?.balance ?? 0;

describe('the timeline, notes and tracking', () => {
  it('records who changed what, the mails, an internal note and tracking; the customer sees tracking, never notes', async () => {
    const ada = await makeCustomer(t.app);
    const { order } = await placeOrder(ada, [{ quantity: 1 }]);
    const note = await t.app.inject({
      method: 'POST',
      url: `/api/admin/orders/${order.id}/notes/`,
      headers: staff,
      payload: { text: '  Customer asked for gift wrap — 🎁 ünïcödé  ' },
    });
    expect(note.statusCode).toBe(201);
    const tracked = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/orders/${order.id}/tracking/`,
      headers: staff,
      payload: { carrier: 'DHL', tracking_number: 'JD0146000038' },
    });
    expect(tracked.statusCode).toBe(200);
    expect(tracked.json().tracking).toMatchObject({ carrier: 'DHL', tracking_number: 'JD0146000038' });
    expect((await patchStatus(order.id, 'processing')).statusCode).toBe(200);
    expect((await patchStatus(order.id, 'shipped')).statusCode).toBe(200);
    await t.app.ctx.jobs.idle();

    const { timeline } = await detail(order.id);
    const kinds = timeline.map((e) => e.kind);
    expect(kinds[0]).toBe('placed');
    expect(kinds[1]).toBe('payment');
    for (const kind of ['mail', 'note', 'tracking', 'status']) expect(kinds).toContain(kind);
    const noteEntry = timeline.find((e) => e.kind === 'note');
    expect(noteEntry).toMatchObject({
      internal: true,
      note: 'Customer asked for gift wrap — 🎁 ünïcödé',
      actor: { email: staffEmail },
    });
    const changes = timeline.filter((e) => e.kind === 'status').map((e) => [e.from, e.to, e.actor?.email]);
    expect(changes).toEqual([
      ['paid', 'processing', staffEmail],
      ['processing', 'shipped', staffEmail],
    ]);
    const mails = timeline.filter((e) => e.kind === 'mail').map((e) => e.mail_template);
    expect(mails).toEqual(['order.confirmation', 'order.status', 'order.status']);
    // Oldest first.
    const times = timeline.map((e) => (e as unknown as { at: string }).at);
    expect([...times].sort()).toEqual(times);

    const shipped = await lastMailTo(t.app, ada.email);
    expect(shipped?.subject).toContain('shipped');
    expect(shipped?.text).toContain('Tracking: DHL JD0146000038');

    const own = await t.app.inject({ method: 'GET', url: `/api/orders/${order.id}/`, headers: ada.headers });
    expect(own.statusCode).toBe(200);
    expect(own.json().tracking).toMatchObject({ carrier: 'DHL', tracking_number: 'JD0146000038' });
    expect(own.body).not.toContain('gift wrap');
    expect(own.json()).not.toHaveProperty('timeline');
    // The customer cannot reach staff's view of their own order, nor add notes.
    const forbidden = await t.app.inject({
      method: 'GET',
      url: `/api/admin/orders/${order.id}/`,
      headers: ada.headers,
    });
    expect(forbidden.statusCode).toBe(403);
    const noteByCustomer = await t.app.inject({
      method: 'POST',
      url: `/api/admin/orders/${order.id}/notes/`,
      headers: ada.headers,
      payload: { text: 'hi' },
    });
    expect(noteByCustomer.statusCode).toBe(403);

    const cleared = await t.app.inject({
      method: 'DELETE',
      url: `/api/admin/orders/${order.id}/tracking/`,
      headers: staff,
    });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().tracking).toBeNull();
    expect(cleared.json().timeline.at(-1)).toMatchObject({ kind: 'tracking', tracking_number: null });
  });

  it('refuses empty, blank and overlong notes and unknown orders; an unshipped order’s mail has no tracking', async () => {
    const bob = await makeCustomer(t.app);
    const { order } = await placeOrder(bob, [{ quantity: 1 }]);
    const post = (id: string, payload: unknown) =>
      t.app.inject({
        method: 'POST',
        url: `/api/admin/orders/${id}/notes/`,
        headers: staff,
        payload: payload as object,
      });
    for (const payload of [{ text: '' }, { text: '   \n ' }, { text: 'x'.repeat(2001) }, {}]) {
      const res = await post(order.id, payload);
      expect(res.statusCode).toBe(400);
      expect(problemOf(res).code).toBe('VALIDATION_ERROR');
    }
    expect((await post(order.id, { text: 'y'.repeat(2000) })).statusCode).toBe(201);
    const missing = await post('0190a0a0-0000-7000-8000-000000000000', { text: 'hello' });
    expect(missing.statusCode).toBe(404);
    const badTracking = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/orders/${order.id}/tracking/`,
      headers: staff,
      payload: { carrier: '   ', tracking_number: '1' },
    });
    expect(badTracking.statusCode).toBe(400);
    await t.app.inject({
      method: 'PUT',
      url: `/api/admin/orders/${order.id}/tracking/`,
      headers: staff,
      payload: { carrier: 'UPS', tracking_number: '1Z999' },
    });
    await patchStatus(order.id, 'processing');
    const mail = await lastMailTo(t.app, bob.email);
    expect(mail?.text).not.toContain('Tracking:');
  });
});

describe('partial refunds', () => {
  it('refunds chosen units, restocks per line, never beyond what was bought, and refunds the order once all is back', async () => {
    const cy = await makeCustomer(t.app);
    const { order, sizeIds } = await placeOrder(cy, [
      { quantity: 3, price: 1500, stock: 10 },
      { quantity: 2, price: 2500, stock: 5 },
    ]);
    const [sizeA = '', sizeB = ''] = sizeIds;
    const [lineA, lineB] = order.items;
    if (!lineA || !lineB) throw new Error('two lines expected');
    // The lines come back in cart order; find which is which by quantity.
    const a = lineA.quantity === 3 ? lineA : lineB;
    const b = lineA.quantity === 3 ? lineB : lineA;
    expect(await stockOf(t.db, sizeA)).toBe(7);

    const first = await refund(order.id, {
      lines: [{ item_id: a.id, quantity: 1 }],
      restock: true,
      reason: 'Damaged',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json().refund).toMatchObject({
      amount: '15.00',
      restocked: true,
      reason: 'Damaged',
      whole: false,
    });
    expect(first.json().order.status).toBe('paid');
    expect(await stockOf(t.db, sizeA)).toBe(8);
    await t.app.ctx.jobs.idle();
    expect(await paymentOf(order.id)).toMatchObject({ status: 'succeeded' });
    expect(Number((await paymentOf(order.id)).refunded_amount)).toBe(1500);
    const refundRows = await t.db.selectFrom('payment_refunds').selectAll().execute();
    expect(refundRows.find((r) => Number(r.amount) === 1500 && r.status === 'succeeded')).toBeDefined();
    const mail = await lastMailTo(t.app, cy.email);
    expect(mail?.subject).toContain('15.00');
    expect(mail?.text).toContain('Reason: Damaged');

    // Not more than bought, across refunds.
    const tooMany = await refund(order.id, { lines: [{ item_id: a.id, quantity: 3 }], restock: true });
    expect(tooMany.statusCode).toBe(409);
    expect(problemOf(tooMany).code).toBe('REFUND_QUANTITY_EXCEEDED');
    expect(problemOf(tooMany).detail).toContain('Only 2 units');
    expect(await stockOf(t.db, sizeA)).toBe(8);

    // Bad lines: another order's item, a line named twice, zero, negative, too many lines.
    const other = await placeOrder(cy, [{ quantity: 1 }]);
    const foreign = await refund(order.id, {
      lines: [{ item_id: other.order.items[0]?.id, quantity: 1 }],
      restock: true,
    });
    expect(foreign.statusCode).toBe(400);
    expect(problemOf(foreign).code).toBe('REFUND_LINE_NOT_FOUND');
    const twice = await refund(order.id, {
      lines: [
        { item_id: a.id, quantity: 1 },
        { item_id: a.id, quantity: 1 },
      ],
      restock: true,
    });
    expect(twice.statusCode).toBe(400);
    for (const quantity of [0, -1, 1.5, 1_000_001]) {
      const res = await refund(order.id, { lines: [{ item_id: a.id, quantity }], restock: true });
      expect(res.statusCode).toBe(400);
    }
    const huge = await refund(order.id, {
      lines: Array.from({ length: 10_000 }, () => ({ item_id: a.id, quantity: 1 })),
      restock: true,
    });
    expect(huge.statusCode).toBe(400);
    expect((await refund(order.id, { lines: [], restock: true })).statusCode).toBe(400);
    expect((await refund(order.id, { lines: [{ item_id: a.id, quantity: 1 }] })).statusCode).toBe(400);

    // Line B without restock: money back, stock unchanged.
    const second = await refund(order.id, { lines: [{ item_id: b.id, quantity: 2 }], restock: false });
    expect(second.statusCode).toBe(201);
    expect(await stockOf(t.db, sizeB)).toBe(3);

    // The last two units of A: the order is refunded, its payment too.
    const last = await refund(order.id, { lines: [{ item_id: a.id, quantity: 2 }], restock: true });
    expect(last.statusCode).toBe(201);
    expect(last.json().order.status).toBe('refunded');
    expect(await stockOf(t.db, sizeA)).toBe(10);
    await t.app.ctx.jobs.idle();
    const payment = await paymentOf(order.id);
    expect(payment.status).toBe('refunded');
    expect(Number(payment.refunded_amount)).toBe(Number(payment.amount));

    const after = await refund(order.id, { lines: [{ item_id: a.id, quantity: 1 }], restock: true });
    expect(after.statusCode).toBe(409);
    expect(problemOf(after).code).toBe('ORDER_NOT_REFUNDABLE');

    const view = await detail(order.id);
    expect(view.refunds.map((r) => r.amount)).toEqual(['15.00', '50.00', '30.00']);
    expect(view.items.map((i) => i.refunded_quantity).sort()).toEqual([2, 3]);
    const refundsOnTimeline = view.timeline.filter((e) => e.kind === 'refund');
    expect(refundsOnTimeline).toHaveLength(3);
    expect(refundsOnTimeline[0]).toMatchObject({ amount: '15.00', actor: { email: staffEmail } });
    expect(refundsOnTimeline[0]?.lines).toEqual([
      expect.objectContaining({ item_id: a.id, quantity: 1, amount: '15.00' }),
    ]);
    expect(view.timeline.some((e) => e.kind === 'status' && e.to === 'refunded')).toBe(true);
    const movements = await t.db
      .selectFrom('stock_movements')
      .select(['kind', 'delta', 'reason'])
      .where('order_id', '=', order.id)
      .where('kind', '=', 'return')
      .execute();
    expect(movements.map((m) => m.delta).sort()).toEqual([1, 2]);
    expect(movements[0]?.reason).toContain(order.order_number);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', order.id)
      .where('action', '=', 'order.refunded_part')
      .execute();
    expect(audit).toHaveLength(3);
  });

  it('answers a repeat with the same Idempotency-Key and refunds once', async () => {
    const dee = await makeCustomer(t.app);
    const { order, sizeIds } = await placeOrder(dee, [{ quantity: 3 }]);
    const item = order.items[0]?.id;
    const body = { lines: [{ item_id: item, quantity: 1 }], restock: true };
    const one = await refund(order.id, body, { key: 'refund-1' });
    const two = await refund(order.id, body, { key: 'refund-1' });
    expect(one.statusCode).toBe(201);
    expect(two.statusCode).toBe(201);
    expect(two.headers['idempotent-replayed']).toBe('true');
    expect(two.json().refund.id).toBe(one.json().refund.id);
    expect(await stockOf(t.db, sizeIds[0] ?? '')).toBe(8);
    const reused = await refund(order.id, { ...body, restock: false }, { key: 'refund-1' });
    expect(reused.statusCode).toBe(409);
  });

  it('refuses orders not paid, cancelled ones, and other roles; a missing order is 404 before the body', async () => {
    const eve = await makeCustomer(t.app);
    const pending = await placeOrder(eve, [{ quantity: 1 }], 'cash_on_delivery');
    expect(pending.order.status).toBe('pending');
    const res = await refund(pending.order.id, {
      lines: [{ item_id: pending.order.items[0]?.id, quantity: 1 }],
      restock: true,
    });
    expect(res.statusCode).toBe(409);
    expect(problemOf(res).code).toBe('ORDER_NOT_REFUNDABLE');
    const asCustomer = await refund(
      pending.order.id,
      { lines: [{ item_id: pending.order.items[0]?.id, quantity: 1 }], restock: true },
      { headers: eve.headers },
    );
    expect(asCustomer.statusCode).toBe(403);
    const vendor = bearer((await makeUser(t.app, 'vendor', { vendor_status: 'approved' })).access);
    expect((await refund(pending.order.id, {}, { headers: vendor })).statusCode).toBe(403);
    const missing = await refund('0190a0a0-0000-7000-8000-000000000001', { nonsense: true });
    expect(missing.statusCode).toBe(404);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/admin/orders/${pending.order.id}/refunds/`,
      payload: {},
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('ten concurrent refunds of the last unit: exactly one succeeds, stock and money come back once', async () => {
    const fay = await makeCustomer(t.app);
    const { order, sizeIds } = await placeOrder(fay, [{ quantity: 1, price: 2000, stock: 4 }]);
    const body = { lines: [{ item_id: order.items[0]?.id, quantity: 1 }], restock: true };
    const results = await Promise.all(Array.from({ length: 10 }, () => refund(order.id, body)));
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409)) {
      expect(['REFUND_QUANTITY_EXCEEDED', 'ORDER_NOT_REFUNDABLE']).toContain(problemOf(r).code);
    }
    await t.app.ctx.jobs.idle();
    expect(await stockOf(t.db, sizeIds[0] ?? '')).toBe(4);
    const item = await t.db
      .selectFrom('order_items')
      .select('refunded_quantity')
      .where('order_id', '=', order.id)
      .executeTakeFirstOrThrow();
    expect(item.refunded_quantity).toBe(1);
    const payment = await paymentOf(order.id);
    expect(Number(payment.refunded_amount)).toBe(2000);
    expect(payment.status).toBe('refunded');
    const refunds = await t.db
      .selectFrom('payment_refunds')
      .selectAll()
      .where('payment_id', '=', payment.id)
      .execute();
    expect(refunds).toHaveLength(1);
    expect((await detail(order.id)).status).toBe('refunded');
  });

  it('concurrent refunds of different units of one line add up to what was bought, never more', async () => {
    const gus = await makeCustomer(t.app);
    const { order, sizeIds } = await placeOrder(gus, [{ quantity: 5, price: 1000, stock: 5 }]);
    const body = { lines: [{ item_id: order.items[0]?.id, quantity: 2 }], restock: true };
    const results = await Promise.all(Array.from({ length: 6 }, () => refund(order.id, body)));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(2);
    expect(await stockOf(t.db, sizeIds[0] ?? '')).toBe(4);
    expect(Number((await paymentOf(order.id)).refunded_amount)).toBe(4000);
    const lastOne = await refund(order.id, {
      lines: [{ item_id: order.items[0]?.id, quantity: 1 }],
      restock: true,
    });
    expect(lastOne.json().order.status).toBe('refunded');
  });

  it('a partial refund racing the whole refund: every unit and cent comes back exactly once', async () => {
    for (let round = 0; round < 3; round++) {
      const ned = await makeCustomer(t.app);
      const { order, sizeIds } = await placeOrder(ned, [{ quantity: 3, price: 1000, stock: 5 }]);
      const [part, whole] = await Promise.all([
        refund(order.id, { lines: [{ item_id: order.items[0]?.id, quantity: 1 }], restock: true }),
        patchStatus(order.id, 'refunded', { restock: true }),
      ]);
      expect(whole.statusCode).toBe(200);
      expect([201, 409]).toContain(part.statusCode);
      await t.app.ctx.jobs.idle();
      expect(await stockOf(t.db, sizeIds[0] ?? '')).toBe(5);
      const payment = await paymentOf(order.id);
      expect(payment.status).toBe('refunded');
      expect(Number(payment.refunded_amount)).toBe(3000);
      const refunds = await t.db
        .selectFrom('order_refunds')
        .select((eb) => eb.fn.sum<string | number>('amount').as('total'))
        .where('order_id', '=', order.id)
        .executeTakeFirstOrThrow();
      expect(Number(refunds.total)).toBe(3000);
    }
  });

  it('a whole refund or a cancel after a partial refund returns only the units and money left', async () => {
    const hal = await makeCustomer(t.app);
    const { order, sizeIds } = await placeOrder(hal, [{ quantity: 4, price: 1000, stock: 10 }]);
    const item = order.items[0]?.id;
    await refund(order.id, { lines: [{ item_id: item, quantity: 1 }], restock: true });
    expect(await stockOf(t.db, sizeIds[0] ?? '')).toBe(7);
    const whole = await patchStatus(order.id, 'refunded', { restock: true });
    expect(whole.statusCode).toBe(200);
    await t.app.ctx.jobs.idle();
    expect(await stockOf(t.db, sizeIds[0] ?? '')).toBe(10);
    const payment = await paymentOf(order.id);
    expect(payment.status).toBe('refunded');
    expect(Number(payment.refunded_amount)).toBe(4000);
    const view = await detail(order.id);
    expect(view.refunds.map((r) => [r.amount, r.whole])).toEqual([
      ['10.00', false],
      ['30.00', true],
    ]);

    const ivy = await makeCustomer(t.app);
    const second = await placeOrder(ivy, [{ quantity: 3, price: 1000, stock: 6 }]);
    await refund(second.order.id, {
      lines: [{ item_id: second.order.items[0]?.id, quantity: 2 }],
      restock: false,
    });
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/orders/${second.order.id}/cancel/`,
      headers: ivy.headers,
    });
    expect(cancelled.statusCode).toBe(200);
    await t.app.ctx.jobs.idle();
    // Bought 3 of 6; 2 refunded without restock; the cancel returns the one left.
    expect(await stockOf(t.db, second.sizeIds[0] ?? '')).toBe(4);
    expect(Number((await paymentOf(second.order.id)).refunded_amount)).toBe(3000);
  });
});

describe('loyalty and partial refunds', () => {
  it('takes back the points of each refunded amount once, and the rest on the whole refund', async () => {
    const jo = await makeCustomer(t.app);
    // 2 × 15.50 = 31.00 → 31 points.
    const { order } = await placeOrder(jo, [{ quantity: 2, price: 1550 }]);
    expect(await balance(jo.id)).toBe(31);
    const first = await refund(order.id, {
      lines: [{ item_id: order.items[0]?.id, quantity: 1 }],
      restock: true,
    });
    expect(first.statusCode).toBe(201);
    await t.app.ctx.jobs.idle();
    // Kept 15.50 → 15 points kept.
    expect(await balance(jo.id)).toBe(15);
    // At-least-once delivery: every copy again changes nothing.
    const deliveries = await t.db
      .selectFrom('jobs')
      .select('payload')
      .where('type', '=', 'events.deliver')
      .execute();
    const mine = deliveries
      .map((j) => JSON.parse(j.payload))
      .filter(
        (p) => p.name === 'order.refunded' && p.subscriber === 'loyalty' && p.payload.orderId === order.id,
      );
    expect(mine).toHaveLength(1);
    await t.app.ctx.jobs.enqueue(t.db, 'events.deliver', mine[0]);
    await t.app.ctx.jobs.enqueue(t.db, 'events.deliver', mine[0]);
    await t.app.ctx.jobs.idle();
    expect(await balance(jo.id)).toBe(15);

    const rest = await refund(order.id, {
      lines: [{ item_id: order.items[0]?.id, quantity: 1 }],
      restock: true,
    });
    expect(rest.json().order.status).toBe('refunded');
    await t.app.ctx.jobs.idle();
    expect(await balance(jo.id)).toBe(0);
    const rows = await t.db
      .selectFrom('loyalty_ledger')
      .select(['kind', 'points'])
      .where('source_id', '=', order.id)
      .orderBy('created_at')
      .execute();
    expect(rows).toEqual([
      { kind: 'earn', points: 31 },
      { kind: 'reverse', points: -16 },
      { kind: 'reverse', points: -15 },
    ]);
  });

  it('a whole refund after a partial one takes only what is left', async () => {
    const kim = await makeCustomer(t.app);
    const { order } = await placeOrder(kim, [{ quantity: 4, price: 1000 }]);
    expect(await balance(kim.id)).toBe(40);
    await refund(order.id, { lines: [{ item_id: order.items[0]?.id, quantity: 1 }], restock: true });
    await t.app.ctx.jobs.idle();
    expect(await balance(kim.id)).toBe(30);
    // Another order keeps the balance above what this one earned.
    await placeOrder(kim, [{ quantity: 1, price: 5000 }]);
    expect(await balance(kim.id)).toBe(80);
    expect((await patchStatus(order.id, 'refunded')).statusCode).toBe(200);
    await t.app.ctx.jobs.idle();
    expect(await balance(kim.id)).toBe(50);
  });
});

describe('bulk status changes', () => {
  it('applies the single change’s rules per order and answers each; each change mails the customer', async () => {
    const lee = await makeCustomer(t.app);
    const one = await placeOrder(lee, [{ quantity: 1 }]);
    const two = await placeOrder(lee, [{ quantity: 1 }]);
    const pending = await placeOrder(lee, [{ quantity: 1 }], 'cash_on_delivery');
    await patchStatus(two.order.id, 'processing');
    const missing = '0190a0a0-0000-7000-8000-000000000002';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/orders/bulk-status/',
      headers: staff,
      payload: { ids: [one.order.id, two.order.id, pending.order.id, missing], status: 'processing' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.changed).toBe(1);
    expect(body.refused).toBe(2);
    expect(body.results.map((r: { outcome: string }) => r.outcome)).toEqual([
      'changed',
      'unchanged',
      'refused',
      'refused',
    ]);
    expect(body.results[2]).toMatchObject({ status: 'pending', code: 'INVALID_STATUS_TRANSITION' });
    expect(body.results[3]).toMatchObject({ id: missing, order_number: null, code: 'ORDER_NOT_FOUND' });
    await t.app.ctx.jobs.idle();
    const mails = await t.db
      .selectFrom('mail_outbox')
      .select('subject')
      .where('to_address', '=', lee.email)
      .execute();
    expect(mails.filter((m) => m.subject.includes(`${one.order.order_number}: processing`))).toHaveLength(1);
    expect(
      (await detail(one.order.id)).timeline.some((e) => e.kind === 'status' && e.to === 'processing'),
    ).toBe(true);
  });

  it('refuses more than 100 ids, repeated ids, restock without a refund, and non-staff', async () => {
    const post = (payload: unknown, headers = staff) =>
      t.app.inject({
        method: 'POST',
        url: '/api/admin/orders/bulk-status/',
        headers,
        payload: payload as object,
      });
    const ids = Array.from(
      { length: 101 },
      (_, i) => `0190a0a0-0000-7000-8000-${String(i).padStart(12, '0')}`,
    );
    expect((await post({ ids, status: 'processing' })).statusCode).toBe(400);
    expect((await post({ ids: [ids[0], ids[0]], status: 'processing' })).statusCode).toBe(400);
    expect((await post({ ids: [], status: 'processing' })).statusCode).toBe(400);
    expect((await post({ ids: ['nope'], status: 'processing' })).statusCode).toBe(400);
    expect((await post({ ids: [ids[0]], status: 'lost' })).statusCode).toBe(400);
    expect((await post({ ids: [ids[0]], status: 'shipped', restock: true })).statusCode).toBe(400);
    const customer = await makeCustomer(t.app);
    expect((await post({ ids: [ids[0]], status: 'processing' }, customer.headers)).statusCode).toBe(403);
    // Who asks before what they sent: 401 and 403 whatever the body.
    expect((await post({ ids: 'nonsense' }, {})).statusCode).toBe(401);
    expect((await post({ ids: 'nonsense' }, customer.headers)).statusCode).toBe(403);
    const hundred = await post({ ids: ids.slice(0, 100), status: 'processing' });
    expect(hundred.statusCode).toBe(200);
    expect(hundred.json().refused).toBe(100);
  });
});
