import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/platform/errors.js';
import { PageQuery, Paginated, pageRequest, paginate } from '../src/platform/pagination.js';
import { buildTestApp, problemOf, type TestApp, userRow } from './helpers.js';

let t: TestApp;
let webRoot: string;
let mediaRoot: string;

beforeAll(async () => {
  const scratch = (await import('node:fs')).mkdtempSync(
    path.join((await import('node:os')).tmpdir(), 'mercato-web-'),
  );
  webRoot = path.join(scratch, 'web');
  mediaRoot = path.join(scratch, 'media');
  mkdirSync(path.join(webRoot, 'assets'), { recursive: true });
  writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Mercato test shell</title>');
  writeFileSync(path.join(webRoot, 'assets', 'app-1234.js'), 'console.log(1)');
  mkdirSync(mediaRoot, { recursive: true });
  writeFileSync(path.join(mediaRoot, 'photo.txt'), 'pixels');

  t = await buildTestApp({
    WEB_ROOT: webRoot,
    MEDIA_ROOT: mediaRoot,
    CORS_ALLOWED_ORIGINS: ['https://shop.example.com'],
  });
  const app = t.app;
  app.post(
    '/api/test/echo',
    {
      schema: {
        body: Type.Object({
          email: Type.String({ format: 'email' }),
          age: Type.Integer({ minimum: 18 }),
          name: Type.String({ minLength: 1, maxLength: 5 }),
        }),
        response: { 201: Type.Object({ email: Type.String(), age: Type.Integer() }) },
      },
    },
    async (request, reply) => {
      const body = request.body as { email: string; age: number };
      return reply.code(201).send({ ...body, password_hash: 'must never leak' });
    },
  );
  app.get('/api/test/conflict', async () => {
    throw new AppError({
      code: 'CART_ITEM_OUT_OF_STOCK',
      status: 409,
      detail: 'Only 2 left.',
      headers: { 'Retry-After': '3' },
    });
  });
  app.get('/api/test/crash', async () => {
    throw new Error('connection string postgres://admin:hunter2@db/internal failed');
  });
  app.get(
    '/api/test/users',
    {
      schema: {
        querystring: PageQuery,
        response: { 200: Paginated(Type.Object({ email: Type.String() }), 'UserPage') },
      },
    },
    async (request) =>
      paginate(
        pageRequest(request.query as PageQuery, request.url, t.config.PUBLIC_URL),
        t.db.selectFrom('users'),
        (q) => q.select('email').orderBy('email'),
      ),
  );
});

afterAll(async () => {
  await t.close();
});

describe('problem+json for every error', () => {
  it('answers an unknown API route with 404 problem+json', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/does-not-exist/' });
    expect(res.statusCode).toBe(404);
    expect(problemOf(res)).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'No route matches GET /api/does-not-exist/.',
      code: 'NOT_FOUND',
    });
  });

  it('answers a badly percent-encoded URL with 400 problem+json', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/products/%ZZ/' });
    expect(res.statusCode).toBe(400);
    expect(problemOf(res)).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@b.co", ',
    });
    expect(res.statusCode).toBe(400);
    expect(problemOf(res)).toMatchObject({
      status: 400,
      code: 'MALFORMED_JSON',
      detail: 'The request body is not valid JSON.',
    });
  });

  it('answers a 2 MB body with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.co', age: 20, name: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(problemOf(res)).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers a wrong content type with 415', async () => {
    for (const type of ['application/xml', 'text/plain']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/test/echo',
        headers: { 'content-type': type },
        payload: '<a/>',
      });
      expect(res.statusCode, type).toBe(415);
      expect(problemOf(res)).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    }
  });

  it('answers invalid fields with 400 and DRF-style field errors, all at once', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload: { email: 'not-an-email', age: 12, name: 'too long name' },
    });
    expect(res.statusCode).toBe(400);
    const body = problemOf(res);
    expect(body.code).toBe('VALIDATION_ERROR');
    expect(body.errors).toEqual({
      email: ['Enter a valid email address.'],
      age: ['Ensure this value is greater than or equal to 18.'],
      name: ['Ensure this field has no more than 5 characters.'],
    });
    expect(body.detail).toBe('Invalid input: check email, age, name.');
  });

  it('names missing fields as required', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/test/echo', payload: { age: 30 } });
    expect(problemOf(res).errors).toEqual({
      email: ['This field is required.'],
      name: ['This field is required.'],
    });
  });

  it('maps AppError to its status, code, detail and headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/test/conflict' });
    expect(res.statusCode).toBe(409);
    expect(res.headers['retry-after']).toBe('3');
    expect(problemOf(res)).toEqual({
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'Only 2 left.',
      code: 'CART_ITEM_OUT_OF_STOCK',
    });
  });

  it('answers an unexpected error with a 500 that carries no internals', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/test/crash' });
    expect(res.statusCode).toBe(500);
    const body = problemOf(res);
    expect(body.code).toBe('INTERNAL_ERROR');
    expect(body.detail).toContain(String(res.headers['x-request-id']));
    expect(res.body).not.toMatch(/hunter2|postgres:|stack|at .*\.ts/);
  });

  it('strips fields the response schema does not declare', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload: { email: 'a@b.co', age: 20, name: 'Al' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ email: 'a@b.co', age: 20 });
  });
});

describe('routing and headers', () => {
  it('accepts every route with and without the trailing slash', async () => {
    for (const url of ['/healthz', '/healthz/', '/readyz/', '/api/test/users', '/api/test/users/']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
    }
  });

  it('gives every response a request id, keeping a plain one the client sent', async () => {
    const generated = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'edge-42.abc' },
    });
    expect(kept.headers['x-request-id']).toBe('edge-42.abc');
    const replaced = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'bad id\u0000<script>' },
    });
    expect(replaced.headers['x-request-id']).not.toContain('script');
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('sends API answers only the headers that matter for data (OWASP REST): no framing, sniffing or referrer', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/schema/' });
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    // Document-only headers stay on pages.
    expect(res.headers['cross-origin-opener-policy']).toBeUndefined();
    expect(
      (await t.app.inject({ method: 'GET', url: '/healthz' })).headers['cross-origin-opener-policy'],
    ).toBe('same-origin');
    // A page whose path only begins with "api" is a page of the web app.
    const page = await t.app.inject({ method: 'GET', url: '/apiary', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    // Plain HTTP: no HSTS anywhere.
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('tells browsers to stay on HTTPS, on pages and API answers alike, when served over TLS', async () => {
    const tls = await buildTestApp({ WEB_ROOT: webRoot, PUBLIC_URL: 'https://shop.example.com' });
    try {
      for (const url of ['/', '/api/schema/']) {
        const res = await tls.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
        expect(res.headers['strict-transport-security'], url).toBe('max-age=15552000; includeSubDomains');
      }
    } finally {
      await tls.close();
    }
  });

  it('allows CORS, with credentials, only for configured origins', async () => {
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/test/echo',
      headers: {
        origin: 'https://shop.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-api-key,idempotency-key',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://shop.example.com');
    expect(preflight.headers['access-control-allow-credentials']).toBe('true');
    expect(String(preflight.headers['access-control-allow-headers'])).toContain('Idempotency-Key');
    const foreign = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('content security policy', () => {
  /** The header as directive → sources. */
  function csp(res: { headers: Record<string, unknown> }): Record<string, string[]> {
    const directives: Record<string, string[]> = {};
    for (const part of String(res.headers['content-security-policy']).split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (name) directives[name] = sources;
    }
    return directives;
  }

  const strict = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };

  const api = { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] };

  it('is strict for the web app and the API without Stripe: nothing from stripe.com', async () => {
    expect(csp(await t.app.inject({ method: 'GET', url: '/api/payments/config/' }))).toEqual(api);
    for (const url of ['/', '/checkout']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(csp(res), url).toEqual(strict);
      expect(String(res.headers['content-security-policy'])).not.toContain('stripe');
    }
  });

  it('with PAYMENT_PROVIDER=stripe allows exactly what Stripe.js and its Elements need', async () => {
    const stripe = await buildTestApp({
      WEB_ROOT: webRoot,
      PAYMENT_PROVIDER: 'stripe',
      STRIPE_SECRET_KEY: 'sk_test_fake',
      STRIPE_PUBLISHABLE_KEY: 'pk_test_fake',
      STRIPE_WEBHOOK_SECRET: 'whsec_test',
    });
    try {
      // The API's answers are data, never documents: Stripe.js never runs in them.
      expect(csp(await stripe.app.inject({ method: 'GET', url: '/api/payments/config/' }))).toEqual(api);
      for (const url of ['/', '/checkout']) {
        const res = await stripe.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
        expect(res.statusCode, url).toBe(200);
        expect(csp(res), url).toEqual({
          ...strict,
          'script-src': ["'self'", 'https://js.stripe.com', 'https://*.js.stripe.com'],
          'frame-src': [
            "'self'",
            'https://js.stripe.com',
            'https://*.js.stripe.com',
            'https://hooks.stripe.com',
          ],
          'connect-src': ["'self'", 'https://api.stripe.com'],
        });
      }
      // The docs pages keep their own policy, without Stripe.
      const docs = await stripe.app.inject({ method: 'GET', url: '/api/docs/' });
      expect(csp(docs)['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
      expect(String(docs.headers['content-security-policy'])).not.toContain('stripe');
    } finally {
      await stripe.close();
    }
  });
});

describe('pagination', () => {
  beforeAll(async () => {
    await t.db
      .insertInto('users')
      .values(
        Array.from({ length: 5 }, (_, i) => userRow({ email: `user${i}@example.com`, username: `user${i}` })),
      )
      .execute();
  });

  it('returns count, absolute next/previous on PUBLIC_URL, and the page', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/test/users/?page=2&page_size=2',
      headers: { host: 'evil.example' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      count: 5,
      next: 'http://testserver/api/test/users/?page=3&page_size=2',
      previous: 'http://testserver/api/test/users/?page_size=2',
      results: [{ email: 'user2@example.com' }, { email: 'user3@example.com' }],
    });
  });

  it('has no next on the last page and 404 past it', async () => {
    const last = await t.app.inject({ method: 'GET', url: '/api/test/users?page=3&page_size=2' });
    expect(last.json()).toMatchObject({ next: null, results: [{ email: 'user4@example.com' }] });
    const past = await t.app.inject({ method: 'GET', url: '/api/test/users?page=4&page_size=2' });
    expect(past.statusCode).toBe(404);
    expect(problemOf(past)).toMatchObject({ code: 'INVALID_PAGE', detail: 'Invalid page.' });
  });

  it('refuses page sizes over 100 and pages under 1', async () => {
    const big = await t.app.inject({ method: 'GET', url: '/api/test/users?page_size=101' });
    expect(problemOf(big).errors).toEqual({ page_size: ['Ensure this value is less than or equal to 100.'] });
    const zero = await t.app.inject({ method: 'GET', url: '/api/test/users?page=0' });
    expect(zero.statusCode).toBe(400);
  });
});

describe('web app and media', () => {
  it('serves the web app at / and client routes fall back to index.html', async () => {
    for (const url of ['/', '/signin', '/account/orders/123']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('Mercato test shell');
      expect(res.headers['content-type']).toContain('text/html');
    }
  });

  it('caches hashed assets for a year and index.html never', async () => {
    const asset = await t.app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const index = await t.app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
    expect(index.headers['cache-control']).toBe('no-cache');
  });

  it('never falls back to HTML for /api, /media, /metrics or missing files', async () => {
    for (const url of [
      '/api/unknown',
      '/media/missing.png',
      '/metrics/x',
      '/assets/missing.js',
      '/.well-known/nothing',
    ]) {
      const res = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(res.statusCode, url).toBe(404);
      expect(problemOf(res).code).toBe('NOT_FOUND');
    }
  });

  it('serves uploaded files from MEDIA_ROOT at /media/ with nosniff, for any origin to show', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/media/photo.txt' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('pixels');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const traversal = await t.app.inject({ method: 'GET', url: '/media/../web/index.html' });
    expect(traversal.body).not.toContain('Mercato test shell');
  });
});
