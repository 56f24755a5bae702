/**
 * Saved shipping addresses (`/api/addresses/`): a customer's own only (anyone
 * else's is 404), fields checked (ISO country, phone read in the address's
 * country), one default however many "make default" calls race, a cap of 20
 * however many creations race, and checkout's own body unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ADDRESSES } from '../src/modules/shop/addresses.schemas.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';
import { buy, type Customer, makeCustomer, makeProduct } from './shop-fixtures.js';

let t: TestApp;

const HOME = {
  label: 'Home',
  full_name: 'Ada Lovelace',
  line1: '12 St James Square',
  city: 'London',
  postal_code: 'SW1Y 4JH',
  country: 'gb',
  phone: '020 7946 0958',
};

interface Address {
  id: string;
  label: string;
  full_name: string;
  country: string;
  phone: string;
  is_default: boolean;
  region: string;
  line2: string;
}

async function create(customer: Customer, body: Record<string, unknown> = HOME) {
  return t.app.inject({ method: 'POST', url: '/api/addresses/', headers: customer.headers, payload: body });
}

async function list(customer: Customer): Promise<Address[]> {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/addresses/?page_size=100',
    headers: customer.headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { results: Address[] }).results;
}

async function defaults(customer: Customer): Promise<number> {
  const row = await t.db
    .selectFrom('shipping_addresses')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', customer.id)
    .where('is_default', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('a customer’s address book', () => {
  it('saves an address in its stored form; the first one is the default', async () => {
    const ada = await makeCustomer(t.app);
    const res = await create(ada);
    expect(res.statusCode, res.body).toBe(201);
    const saved = res.json() as Address;
    expect(saved).toMatchObject({
      label: 'Home',
      country: 'GB',
      phone: '+442079460958',
      is_default: true,
      line2: '',
      region: '',
    });
    const second = (await create(ada, { ...HOME, label: 'Office', line1: '1 Fleet St' })).json() as Address;
    expect(second.is_default).toBe(false);
    expect((await list(ada)).map((a) => a.label)).toEqual(['Home', 'Office']);
  });

  it('refuses a country that is not an ISO code, a bad phone and blank fields, naming each', async () => {
    const ada = await makeCustomer(t.app);
    for (const [body, field] of [
      [{ ...HOME, country: 'UK' }, 'country'],
      [{ ...HOME, country: 'EU' }, 'country'],
      [{ ...HOME, phone: 'call me' }, 'phone'],
      [{ ...HOME, phone: '12' }, 'phone'],
      [{ ...HOME, full_name: '   ' }, 'full_name'],
    ] as const) {
      const res = await create(ada, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(problemOf(res).errors ?? {})).toContain(field);
    }
    for (const body of [
      { ...HOME, country: 'GBR' },
      { ...HOME, line1: 'x'.repeat(201) },
      { ...HOME, phone: 7 },
      {},
    ]) {
      const res = await create(ada, body);
      expect(res.statusCode).toBe(400);
    }
    expect(await list(ada)).toEqual([]);
  });

  it('keeps unicode as written', async () => {
    const ada = await makeCustomer(t.app);
    const res = await create(ada, {
      ...HOME,
      full_name: 'Ádá 愛 Lövelace 👩‍💻',
      city: 'Dhaka',
      country: 'BD',
      phone: '01712-345678',
      region: 'ঢাকা',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      full_name: 'Ádá 愛 Lövelace 👩‍💻',
      region: 'ঢাকা',
      phone: '+8801712345678',
    });
  });

  it('never shows, changes or deletes another customer’s address (404)', async () => {
    const ada = await makeCustomer(t.app);
    const bob = await makeCustomer(t.app);
    const adas = (await create(ada)).json() as Address;
    for (const [method, payload] of [
      ['GET', undefined],
      ['PATCH', { label: 'Mine now' }],
      ['PATCH', { label: 'x'.repeat(500) }],
      ['DELETE', undefined],
    ] as const) {
      const res = await t.app.inject({
        method,
        url: `/api/addresses/${adas.id}/`,
        headers: bob.headers,
        ...(payload ? { payload } : {}),
      });
      expect(res.statusCode, `${method} ${res.body}`).toBe(404);
      expect(problemOf(res).code).toBe('ADDRESS_NOT_FOUND');
    }
    expect(await list(bob)).toEqual([]);
    expect((await list(ada))[0]).toMatchObject({ id: adas.id, label: 'Home' });
    // An id that is not a UUID is a 4xx, never a 500 (PostgreSQL refuses to compare it with a uuid column).
    for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
      const res = await t.app.inject({
        method,
        url: '/api/addresses/not-a-uuid/',
        headers: bob.headers,
        payload: { label: 'x' },
      });
      expect([400, 404], `${method} ${res.body}`).toContain(res.statusCode);
      problemOf(res);
    }
    const anon = await t.app.inject({ method: 'GET', url: '/api/addresses/' });
    expect(anon.statusCode).toBe(401);
  });

  it('changes an address and moves the default; deleting the default promotes the newest other', async () => {
    const ada = await makeCustomer(t.app);
    const home = (await create(ada)).json() as Address;
    const office = (await create(ada, { ...HOME, label: 'Office' })).json() as Address;
    const cabin = (await create(ada, { ...HOME, label: 'Cabin' })).json() as Address;
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/addresses/${office.id}/`,
      headers: ada.headers,
      payload: { is_default: true, country: 'us', phone: '(202) 555-0143' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ is_default: true, country: 'US', phone: '+12025550143' });
    expect((await list(ada)).map((a) => [a.label, a.is_default])).toEqual([
      ['Office', true],
      ['Cabin', false],
      ['Home', false],
    ]);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/addresses/${office.id}/`,
      headers: ada.headers,
    });
    expect(del.statusCode).toBe(204);
    expect((await list(ada)).map((a) => [a.id, a.is_default])).toEqual([
      [cabin.id, true],
      [home.id, false],
    ]);
  });

  it(`stops at ${MAX_ADDRESSES} addresses with 409, even when creations race`, async () => {
    const ada = await makeCustomer(t.app);
    const results = await Promise.all(
      Array.from({ length: MAX_ADDRESSES + 10 }, (_, i) => create(ada, { ...HOME, label: `A${i}` })),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(MAX_ADDRESSES);
    expect(codes.filter((c) => c === 409)).toHaveLength(10);
    const refused = results.find((r) => r.statusCode === 409);
    expect(refused && problemOf(refused).code).toBe('ADDRESS_LIMIT_REACHED');
    expect(await list(ada)).toHaveLength(MAX_ADDRESSES);
    expect(await defaults(ada)).toBe(1);
  });

  it('leaves exactly one default when many "make default" calls race', async () => {
    const ada = await makeCustomer(t.app);
    const ids: string[] = [];
    for (let i = 0; i < 8; i++)
      ids.push(((await create(ada, { ...HOME, label: `A${i}` })).json() as Address).id);
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(
        ids.map((id) =>
          t.app.inject({
            method: 'PATCH',
            url: `/api/addresses/${id}/`,
            headers: ada.headers,
            payload: { is_default: true },
          }),
        ),
      );
      expect(results.map((r) => r.statusCode)).toEqual(ids.map(() => 200));
      expect(await defaults(ada)).toBe(1);
      expect((await list(ada)).filter((a) => a.is_default)).toHaveLength(1);
    }
  });

  it('leaves one default when making defaults, deleting and adding race', async () => {
    const ada = await makeCustomer(t.app);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++)
      ids.push(((await create(ada, { ...HOME, label: `A${i}` })).json() as Address).id);
    const requests = [
      ...ids
        .slice(0, 3)
        .map((id) => t.app.inject({ method: 'DELETE', url: `/api/addresses/${id}/`, headers: ada.headers })),
      ...ids.map((id) =>
        t.app.inject({
          method: 'PATCH',
          url: `/api/addresses/${id}/`,
          headers: ada.headers,
          payload: { is_default: true },
        }),
      ),
      create(ada, { ...HOME, label: 'New', is_default: true }),
    ];
    const results = await Promise.all(requests);
    // A change of an address deleted meanwhile is 404; nothing is a 5xx.
    expect(
      results.every((r) => [200, 201, 204, 404].includes(r.statusCode)),
      results.map((r) => r.body).join('\n'),
    ).toBe(true);
    expect(await list(ada)).toHaveLength(4);
    expect(await defaults(ada)).toBe(1);
  });

  it('leaves one default when a customer’s first addresses are created at once', async () => {
    const ada = await makeCustomer(t.app);
    const results = await Promise.all(Array.from({ length: 6 }, () => create(ada)));
    expect(results.map((r) => r.statusCode)).toEqual(results.map(() => 201));
    expect(await defaults(ada)).toBe(1);
  });

  it('keeps checkout taking a shipping address as before; the order keeps its own copy', async () => {
    const ada = await makeCustomer(t.app);
    const saved = (await create(ada)).json() as Address;
    const product = await makeProduct(t.db, { price: 1500 });
    const res = await buy(t.app, ada, product.sizeIds[0] as string);
    expect(res.statusCode, res.body).toBe(201);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/addresses/${saved.id}/`,
      headers: ada.headers,
      payload: { city: 'Paris', country: 'FR' },
    });
    const order = res.json() as { id: string };
    const again = await t.app.inject({
      method: 'GET',
      url: `/api/orders/${order.id}/`,
      headers: ada.headers,
    });
    expect((again.json() as { shipping_address: Record<string, string> }).shipping_address.city).toBe(
      'London',
    );
  });
});
