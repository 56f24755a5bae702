/**
 * Staff's customer page (`/api/admin/customers/<id>/`): the spend figures
 * match the orders placed here (a refunded one and an unpaid one count
 * nothing), the orders list is the customer's alone, addresses, loyalty and
 * subscription come from their modules, and only staff may read it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeUser } from './auth-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';
import { addToCart, buy, checkout, createIntent, makeCustomer, makeProduct } from './shop-fixtures.js';

let t: TestApp;
let staff: Record<string, string>;

interface AdminCustomer {
  profile: { id: string; email: string };
  orders: {
    orders_placed: number;
    order_count: number;
    total_spent: string;
    total_refunded: string;
    average_order_value: string;
    first_order_at: string | null;
    last_order_at: string | null;
  };
  addresses: Array<{ id: string; label: string; is_default: boolean }>;
  loyalty: { customer_id: string; balance: number; recent: Array<{ points: number }> } | null;
  subscription: { uid: string; package_name: string; balance: string } | null;
}

async function page(id: string, headers = staff) {
  return t.app.inject({ method: 'GET', url: `/api/admin/customers/${id}/`, headers });
}

beforeAll(async () => {
  t = await buildTestApp();
  staff = bearer((await makeUser(t.app, 'staff')).access);
});
afterAll(async () => {
  await t?.close();
});

describe('a customer as staff see them', () => {
  it('sums what they spent, refunds taken off, with their orders, addresses and points', async () => {
    const ada = await makeCustomer(t.app);
    const bob = await makeCustomer(t.app);
    const mug = await makeProduct(t.db, { price: 1250, sizes: [{ stock: 50 }] });
    const lamp = await makeProduct(t.db, { price: 4000, sizes: [{ stock: 50 }] });
    const empty = (await (await page(ada.id)).json()) as AdminCustomer;
    expect(empty.orders).toEqual({
      orders_placed: 0,
      order_count: 0,
      total_spent: '0.00',
      total_refunded: '0.00',
      average_order_value: '0.00',
      first_order_at: null,
      last_order_at: null,
    });

    const first = await buy(t.app, ada, mug.sizeIds[0] as string, 2); // 25.00
    expect(first.statusCode, first.body).toBe(201);
    const second = await buy(t.app, ada, lamp.sizeIds[0] as string, 1); // 40.00, refunded below
    expect(second.statusCode).toBe(201);
    const third = await buy(t.app, ada, mug.sizeIds[0] as string, 1); // 12.50
    expect(third.statusCode).toBe(201);
    // Awaiting an offline payment: placed, not spent.
    await addToCart(t.app, ada, lamp.sizeIds[0] as string, 2);
    const intent = await createIntent(t.app, ada);
    const unpaid = await checkout(t.app, ada, intent.body.payment_intent_id, { paymentMethod: '' });
    expect(unpaid.statusCode, unpaid.body).toBe(201);
    expect(unpaid.json().status).toBe('pending');
    // Someone else's order never counts.
    expect((await buy(t.app, bob, lamp.sizeIds[0] as string, 3)).statusCode).toBe(201);
    const refund = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/orders/${second.json().id}/`,
      headers: staff,
      payload: { status: 'refunded' },
    });
    expect(refund.statusCode, refund.body).toBe(200);
    await t.app.ctx.jobs.idle();
    await t.app.inject({
      method: 'POST',
      url: '/api/addresses/',
      headers: ada.headers,
      payload: {
        label: 'Home',
        full_name: 'Ada',
        line1: '1 Main St',
        city: 'London',
        postal_code: 'N1',
        country: 'GB',
      },
    });

    const res = await page(ada.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toContain('no-store');
    const body = res.json() as AdminCustomer;
    expect(body.profile).toMatchObject({ id: ada.id, email: ada.email });
    expect(body.orders).toMatchObject({
      orders_placed: 4,
      order_count: 2,
      total_spent: '37.50',
      total_refunded: '40.00',
      average_order_value: '18.75',
    });
    expect(body.orders.first_order_at).toBe(first.json().created_at);
    expect(body.orders.last_order_at).toBe(unpaid.json().created_at);
    expect(body.addresses.map((a) => [a.label, a.is_default])).toEqual([['Home', true]]);
    // Points for the paid orders (25 + 40 + 12 = 77), the refunded one's taken back (−40).
    expect(body.loyalty).toMatchObject({ balance: 37 });
    expect(body.loyalty?.customer_id).toMatch(/^CUST-/);
    expect(body.subscription).toBeNull();

    const orders = await t.app.inject({
      method: 'GET',
      url: `/api/admin/customers/${ada.id}/orders/?page_size=3`,
      headers: staff,
    });
    expect(orders.statusCode, orders.body).toBe(200);
    const list = orders.json() as {
      count: number;
      next: string | null;
      results: Array<{ id: string; user_id: string }>;
    };
    expect(list.count).toBe(4);
    expect(list.results).toHaveLength(3);
    expect(list.next).toContain('page=2');
    expect(list.results.every((o) => o.user_id === ada.id)).toBe(true);
    expect(list.results[0]?.id).toBe(unpaid.json().id);
  });

  it('shows a subscriber’s subscription from billing', async () => {
    const admin = bearer((await makeUser(t.app, 'admin')).access);
    const sub = await makeCustomer(t.app);
    const pkg = await t.app.inject({
      method: 'POST',
      url: '/api/v1/packages',
      headers: admin,
      payload: { name: 'Fibre 100', speed_mbps: 100, price: '30.00' },
    });
    expect(pkg.statusCode, pkg.body).toBe(201);
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: admin,
      payload: { user: sub.id, package: pkg.json().uid, connection_type: 'DHCP', address: '1 Main St' },
    });
    expect(made.statusCode, made.body).toBe(201);
    const body = (await page(sub.id)).json() as AdminCustomer;
    expect(body.subscription).toMatchObject({
      uid: made.json().uid,
      package_name: 'Fibre 100',
      balance: '0.00',
    });
    expect(JSON.stringify(body.subscription)).not.toContain('credentials');
  });

  it('is for staff only; an unknown user is 404, an admin is 404 to staff', async () => {
    const ada = await makeCustomer(t.app);
    const admin = await makeUser(t.app, 'admin');
    const vendor = await makeUser(t.app, 'vendor', { vendor_status: 'approved' });
    expect((await page(ada.id, ada.headers)).statusCode).toBe(403);
    expect((await page(ada.id, bearer(vendor.access))).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/admin/customers/${ada.id}/` })).statusCode).toBe(
      401,
    );
    const missing = await page('0190f0e4-0000-7000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(problemOf(missing).code).toBe('USER_NOT_FOUND');
    expect((await page(admin.user.id)).statusCode).toBe(404);
    expect((await page(admin.user.id, bearer(admin.access))).statusCode).toBe(200);
    expect((await page('not-a-uuid')).statusCode).toBe(400);
    const orders = await t.app.inject({
      method: 'GET',
      url: `/api/admin/customers/${admin.user.id}/orders/`,
      headers: staff,
    });
    expect(orders.statusCode).toBe(404);
  });
});
