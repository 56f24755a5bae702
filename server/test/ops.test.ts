import { validate } from '@scalar/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';

describe('operations and docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ METRICS_TOKEN: 'scrape-me' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers /healthz and /readyz', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({
      status: 'ready',
      database: t.connection.kind,
      migrations: { pending: 0 },
    });
    expect(ready.json().migrations.applied).toBeGreaterThanOrEqual(2);
  });

  it('exposes Prometheus metrics by route, status and client, behind the token', async () => {
    await t.app.inject('/healthz');
    await t.app.inject('/api/nothing-here');
    const refused = await t.app.inject('/metrics');
    expect(refused.statusCode).toBe(401);
    expect(problemOf(refused).code).toBe('NOT_AUTHENTICATED');
    const res = await t.app.inject({ url: '/metrics', headers: { authorization: 'Bearer scrape-me' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(
      /mercato_http_requests_total\{method="GET",route="\/healthz",status_code="200",client="anonymous"\} \d+/,
    );
    expect(res.body).toMatch(
      /mercato_http_requests_total\{method="GET",route="unmatched",status_code="404",client="anonymous"\} 1/,
    );
    expect(res.body).toContain(
      'mercato_http_request_duration_seconds_bucket{le="0.005",method="GET",route="/healthz",status_code="200"}',
    );
    expect(res.body).toContain('mercato_process_resident_memory_bytes');
  });

  it('serves a valid OpenAPI 3.1 document with an operation and Problem responses for every route', async () => {
    const res = await t.app.inject('/api/schema/');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const { valid, errors } = await validate(doc);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
    expect(doc.components.schemas.Problem.required).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'code']),
    );
    for (const [path, ops] of Object.entries<
      Record<string, { operationId?: string; responses: Record<string, unknown> }>
    >(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(op.operationId, `${method} ${path}`).toBeTruthy();
        const statuses = Object.keys(op.responses);
        expect(
          statuses.some((s) => s.startsWith('4')),
          `${method} ${path} documents its 4xx`,
        ).toBe(true);
        expect(
          statuses.some((s) => s.startsWith('5')),
          `${method} ${path} documents its 5xx`,
        ).toBe(true);
      }
    }
    const unready = doc.paths['/readyz'].get.responses['503'].content['application/problem+json'].schema;
    expect(unready.allOf[0].$ref).toBe('#/components/schemas/Problem');
    expect(unready.allOf[1].properties.code.enum).toEqual([
      'MIGRATIONS_PENDING',
      'NOT_READY',
      'STORAGE_UNAVAILABLE',
    ]);
  });

  it('declares how to authenticate, and who may call, on every guarded operation and only there', async () => {
    const doc = (await t.app.inject('/api/schema/')).json();
    expect(Object.keys(doc.components.securitySchemes)).toEqual(
      expect.arrayContaining(['bearer', 'session', 'apiClientId', 'apiClientKey']),
    );
    const profile = doc.paths['/api/auth/profile/'].get;
    expect(profile.security).toEqual([{ bearer: [] }, { session: [] }]);
    expect(profile.description).toContain('Allowed: any signed-in user.');
    expect(doc.paths['/api/admin/users/'].get.description).toContain('Allowed: managers and admins.');
    expect(doc.paths['/api/auth/token/'].post.security).toBeUndefined();
    expect(doc.paths['/healthz'].get.security).toBeUndefined();
    // Every admin operation: a bearer token or the browser's cookie session, and who may call it.
    const admin = Object.entries(
      doc.paths as Record<string, Record<string, { security?: unknown; description?: string }>>,
    )
      .filter(([path]) => path.startsWith('/api/admin/'))
      .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ at: `${method} ${path}`, op })));
    expect(admin.length).toBeGreaterThan(10);
    for (const { at, op } of admin) {
      expect(op.security, at).toEqual([{ bearer: [] }, { session: [] }]);
      expect(op.description, at).toMatch(/Allowed: /);
    }
  });

  it('serves Swagger UI and the Scalar reference from local files', async () => {
    const swagger = await t.app.inject('/api/schema/swagger/');
    expect(swagger.statusCode).toBe(200);
    expect(swagger.body).toContain('swagger-ui');
    const docs = await t.app.inject('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('/api/schema/');
    expect(docs.body).not.toMatch(/https?:\/\/(cdn|unpkg|fonts)/);
    const script = await t.app.inject('/api/docs/js/scalar.js');
    expect(script.statusCode).toBe(200);
    expect(script.body.length).toBeGreaterThan(100_000);
    // The docs UIs need inline scripts; the rest of the site never allows them.
    expect(String(docs.headers['content-security-policy'])).toContain("script-src 'self' 'unsafe-inline'");
    expect(String(swagger.headers['content-security-policy'])).toContain("script-src 'self' 'unsafe-inline'");
    const strict = String((await t.app.inject('/healthz')).headers['content-security-policy']);
    expect(strict).toContain("script-src 'self';");
    expect(strict).not.toContain("unsafe-inline'; script");
    expect(strict).not.toMatch(/script-src[^;]*unsafe-inline/);
    const redirect = await t.app.inject('/api/docs');
    expect([200, 301]).toContain(redirect.statusCode);
  });
});

describe('readiness with pending migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({}, { migrate: false });
  });
  afterAll(async () => {
    await t.close();
  });

  it('is 503 MIGRATIONS_PENDING until the database is migrated', async () => {
    const res = await t.app.inject('/readyz');
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(problemOf(res)).toMatchObject({ code: 'MIGRATIONS_PENDING', status: 503 });
    expect((await t.app.inject('/healthz')).statusCode).toBe(200);
  });
});
