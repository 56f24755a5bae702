/**
 * The order of the checks (SPEC §2, as in Django REST Framework):
 * authentication (401), permission (403), the object exists and is yours (404),
 * then the body (400); and authenticated answers are never cached
 * (`Cache-Control: no-store`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, login, makeUser, PASSWORD } from './auth-helpers.js';
import { makeCategory, makeProduct, type ProductDetail, simpleProduct } from './catalog-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';

let t: TestApp;
let manager: string;
let admin: string;
let customer: { access: string; user: { id: string }; email: string };
let vendorA: string;
let vendorB: string;
let pendingVendor: string;
let category: string;
let productOfA: ProductDetail;

beforeAll(async () => {
  t = await buildTestApp();
  manager = (await makeUser(t.app, 'manager')).access;
  admin = (await makeUser(t.app, 'admin')).access;
  customer = await makeUser(t.app, 'customer');
  vendorA = (await makeUser(t.app, 'vendor', { vendor_status: 'approved' })).access;
  vendorB = (await makeUser(t.app, 'vendor', { vendor_status: 'approved' })).access;
  pendingVendor = (await makeUser(t.app, 'vendor')).access;
  category = (await makeCategory(t.app, manager, { name: 'Input checks' })).id;
  productOfA = await makeProduct(t.app, vendorA, simpleProduct(category, { stock: 7 }));
});

afterAll(async () => {
  await t?.close();
});

describe('the order of the checks: 401, 403, 404, then the body', () => {
  it('an anonymous request is 401 whatever its body, even one that is not JSON', async () => {
    for (const payload of ['{}', '{"email": 12}', '{not json']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/admin/users/',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode, res.body).toBe(401);
      expect(problemOf(res).code).toBe('NOT_AUTHENTICATED');
    }
    // The HEAD twin of a guarded GET is guarded as well.
    const head = await t.app.inject({ method: 'HEAD', url: '/api/admin/users/?page=-1' });
    expect(head.statusCode).toBe(401);
  });

  it('a signed-in user without the role is 403 whatever the body', async () => {
    for (const token of [customer.access, pendingVendor]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/vendor/products/',
        headers: bearer(token),
        payload: {},
      });
      expect(res.statusCode, res.body).toBe(403);
      expect(problemOf(res).code).toBe('PERMISSION_DENIED');
    }
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users/',
      headers: bearer(manager),
      payload: {},
    });
    expect(res.statusCode).toBe(403);
  });

  it("another vendor's product is 404 whatever the body; one's own product with a bad body is 400", async () => {
    const url = `/api/vendor/products/${productOfA.id}/`;
    for (const method of ['PUT', 'PATCH'] as const) {
      for (const payload of ['{}', '{"price": "-1e999", "name": 5}', '{not json']) {
        const res = await t.app.inject({
          method,
          url,
          headers: { ...bearer(vendorB), 'content-type': 'application/json' },
          payload,
        });
        expect(res.statusCode, `${method} ${payload}: ${res.body}`).toBe(404);
        expect(problemOf(res).code).toBe('PRODUCT_NOT_FOUND');
      }
    }
    const upload = await t.app.inject({
      method: 'POST',
      url: `${url}images/`,
      headers: bearer(vendorB),
      payload: { not: 'multipart' },
    });
    expect(upload.statusCode, upload.body).toBe(404);

    const own = await t.app.inject({ method: 'PUT', url, headers: bearer(vendorA), payload: {} });
    expect(own.statusCode).toBe(400);
    expect(problemOf(own).code).toBe('VALIDATION_ERROR');
    // The product is untouched.
    const product = await t.app.inject({ method: 'GET', url, headers: bearer(vendorA) });
    expect(product.json().name).toBe(productOfA.name);
  });

  it('an admin PATCH of a user or a category: 401, 403, then 404 for a missing one whatever the body, then 400', async () => {
    const missing = '01890000-0000-7000-8000-000000000000';
    const existingUser = customer.user.id;
    const cases = [
      {
        url: '/api/admin/users/',
        id: existingUser,
        missingCode: 'USER_NOT_FOUND',
        lacksRole: [customer.access, manager],
      },
      {
        url: '/api/admin/categories/',
        id: category,
        missingCode: 'CATEGORY_NOT_FOUND',
        lacksRole: [customer.access, vendorA],
      },
    ];
    const badBodies = ['{"first_name": 5, "is_active": "perhaps", "name": 7, "parent": 3}', '{not json'];
    for (const c of cases) {
      for (const payload of badBodies) {
        const anonymous = await t.app.inject({
          method: 'PATCH',
          url: `${c.url}${c.id}/`,
          headers: { 'content-type': 'application/json' },
          payload,
        });
        expect(anonymous.statusCode, `${c.url} anonymous: ${anonymous.body}`).toBe(401);
        for (const token of c.lacksRole) {
          const refused = await t.app.inject({
            method: 'PATCH',
            url: `${c.url}${c.id}/`,
            headers: { ...bearer(token), 'content-type': 'application/json' },
            payload,
          });
          expect(refused.statusCode, `${c.url} without the role: ${refused.body}`).toBe(403);
        }
        for (const id of [missing, 'not-an-id']) {
          const absent = await t.app.inject({
            method: 'PATCH',
            url: `${c.url}${id}/`,
            headers: { ...bearer(admin), 'content-type': 'application/json' },
            payload,
          });
          expect(absent.statusCode, `${c.url}${id} ${payload}: ${absent.body}`).toBe(404);
          expect(problemOf(absent).code).toBe(c.missingCode);
        }
        const invalid = await t.app.inject({
          method: 'PATCH',
          url: `${c.url}${c.id}/`,
          headers: { ...bearer(admin), 'content-type': 'application/json' },
          payload,
        });
        expect(invalid.statusCode, `${c.url} ${payload}: ${invalid.body}`).toBe(400);
      }
    }
    // Nothing was changed by the refused requests; a good body still works.
    const user = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${existingUser}/`,
      headers: bearer(admin),
      payload: { first_name: 'Checked' },
    });
    expect(user.statusCode, user.body).toBe(200);
    expect(user.json().first_name).toBe('Checked');
    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/categories/${category}/`,
      headers: bearer(manager),
      payload: { name: 'Input checks, renamed' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Input checks, renamed', parent: null });
  });

  it('guarded routes still let the right users in', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users/',
      headers: bearer(admin),
      payload: { email: 'made-by-admin@example.com', password: PASSWORD, user_type: 'staff' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/vendor/products/${productOfA.id}/`,
      headers: bearer(manager),
      payload: { name: 'Renamed by a manager' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().name).toBe('Renamed by a manager');
  });

  it('the API document still says who may call a guarded operation', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/schema/' })).json();
    const op = doc.paths['/api/vendor/products/{id}/'].put;
    expect(op.security).toEqual([{ bearer: [] }, { session: [] }]);
    expect(op.description).toContain('Allowed: approved vendors, managers and admins.');
    expect(doc.paths['/api/admin/users/'].post.description).toContain('Allowed: admins.');
  });
});

describe('Cache-Control', () => {
  it('answers to a signed-in user and token answers are no-store; public anonymous answers are not', async () => {
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/profile/',
      headers: bearer(customer.access),
    });
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');

    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/vendor/products/',
      headers: bearer(customer.access),
      payload: {},
    });
    expect(refused.headers['cache-control']).toBe('no-store');

    const tokens = await login(t.app, customer.email);
    expect(tokens.res.statusCode).toBe(200);
    expect(tokens.res.headers['cache-control']).toBe('no-store');

    const products = await t.app.inject({ method: 'GET', url: '/api/products/' });
    expect(products.statusCode).toBe(200);
    expect(products.headers['cache-control']).toBeUndefined();
  });
});
