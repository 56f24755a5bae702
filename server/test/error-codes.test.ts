/**
 * Error codes in the contract: the OpenAPI document lists, per operation and
 * status, the problem codes it can answer; every code the server can throw is
 * declared with `defineErrors` and listed on an operation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineErrors, type ErrorSpec, isErrorFactory, PlatformErrors } from '../src/platform/error-codes.js';
import { AppError } from '../src/platform/errors.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';

const srcDir = path.resolve(import.meta.dirname, '../src');

/** Codes no operation lists, each with why. */
const NOT_ON_AN_OPERATION: Record<string, string> = {
  NOT_FOUND: 'answered for URLs no route matches',
  METHOD_NOT_ALLOWED: 'answered for methods no route takes',
};

/** Operations that do not declare their errors yet: they keep the generic 4XX/5XX answer. */
const UNDECLARED_OPERATIONS = new Set<string>([]);

/** Every factory made by `defineErrors` in the server's `*.errors.ts` files and the platform's own. */
async function allErrorFactories(): Promise<ErrorSpec[]> {
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.errors.ts'),
  );
  expect(files.length).toBeGreaterThanOrEqual(4);
  const specs: ErrorSpec[] = Object.values(PlatformErrors);
  for (const file of files) {
    const exports: Record<string, unknown> = await import(pathToFileURL(path.join(srcDir, file)).href);
    for (const value of Object.values(exports)) {
      if (typeof value !== 'object' || value === null) continue;
      specs.push(...Object.values(value).filter(isErrorFactory));
    }
  }
  return specs;
}

/**
 * The codes written in the server's source where errors are made: `code: 'X'`,
 * `AppError.x(..., 'X')` and `problem(400, 'X', ...)`.
 */
function codesInSource(): Map<string, string> {
  const found = new Map<string, string>();
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter(
    // Demo data has `code:` fields of its own (promotion codes), not error codes.
    (f) =>
      f.endsWith('.ts') &&
      !f.endsWith('.test.ts') &&
      !f.endsWith('error-codes.ts') &&
      !f.endsWith('.seed.ts'),
  );
  const patterns = [
    /\bcode:\s*'([A-Z][A-Z0-9_]+)'/g,
    /AppError\.\w+\([^;]*?,\s*'([A-Z][A-Z0-9_]+)',?\s*\)/g,
    /\bproblem\(\s*\d+,\s*'([A-Z][A-Z0-9_]+)'/g,
    /\?\s*'([A-Z]+_[A-Z0-9_]+)'\s*:/g,
  ];
  for (const file of files) {
    const text = readFileSync(path.join(srcDir, file), 'utf8');
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) if (match[1]) found.set(match[1], file);
    }
  }
  return found;
}

interface Operation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema?: { allOf?: unknown[] } }> }>;
}

/** The codes an operation lists for each status. */
function listedCodes(op: Operation): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [status, response] of Object.entries(op.responses)) {
    const schema = response.content?.['application/problem+json']?.schema;
    const narrowed = schema?.allOf?.[1] as { properties?: { code?: { enum?: string[] } } } | undefined;
    const codes = narrowed?.properties?.code?.enum;
    if (codes) out[status] = codes;
  }
  return out;
}

describe('defineErrors', () => {
  const Errors = defineErrors({
    plain: { code: 'PLAIN_THING', status: 409, detail: 'A plain thing.' },
    named: {
      code: 'NAMED_THING',
      status: 400,
      detail: (field: string, n: number) => `${field} is ${n}.`,
      errors: (field: string) => ({ [field]: ['Wrong.'] }),
      headers: { 'Retry-After': '5' },
    },
  });

  it('makes factories of AppErrors that carry their code and status', () => {
    expect(Errors.plain.code).toBe('PLAIN_THING');
    expect(Errors.named.status).toBe(400);
    const plain = Errors.plain();
    expect(plain).toBeInstanceOf(AppError);
    expect(plain).toMatchObject({ code: 'PLAIN_THING', status: 409, detail: 'A plain thing.' });
    expect(plain.errors).toBeUndefined();
    const named = Errors.named('size', 3);
    expect(named).toMatchObject({
      code: 'NAMED_THING',
      status: 400,
      detail: 'size is 3.',
      errors: { size: ['Wrong.'] },
      headers: { 'Retry-After': '5' },
    });
    expect(isErrorFactory(Errors.named)).toBe(true);
    expect(isErrorFactory(() => plain)).toBe(false);
  });
});

describe('error codes in the API document', () => {
  let t: TestApp;
  let doc: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, { enum?: string[] }> };
  };
  let operations: Map<string, Operation>;

  beforeAll(async () => {
    t = await buildTestApp();
    doc = (await t.app.inject('/api/schema/')).json();
    operations = new Map(
      Object.values(doc.paths).flatMap((ops) =>
        Object.values(ops).map((op) => [op.operationId, op] as const),
      ),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  const op = (id: string) => {
    const found = operations.get(id);
    if (!found) throw new Error(`no operation ${id}`);
    return listedCodes(found);
  };

  it("lists a route's declared codes under their statuses, with the ones of its kind", () => {
    const add = op('cart.addItem');
    expect(add['409']).toEqual(['INSUFFICIENT_STOCK', 'PRODUCT_UNAVAILABLE']);
    expect(add['404']).toEqual(['SIZE_NOT_FOUND']);
    // Signed-in users only: 401, but no role to refuse.
    expect(add['401']).toContain('NOT_AUTHENTICATED');
    expect(add['403']).not.toContain('PERMISSION_DENIED');
    // A JSON body: malformed, too large, wrong media type, invalid.
    expect(add['400']).toEqual(expect.arrayContaining(['MALFORMED_JSON', 'VALIDATION_ERROR']));
    expect(add['413']).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(add['415']).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
    expect(add['429']).toEqual(['RATE_LIMITED']);
    expect(add['500']).toEqual(['INTERNAL_ERROR']);

    // A role guard refuses with 403, next to the route's own 403s.
    expect(op('admin.users.update')['403']).toEqual(
      expect.arrayContaining([
        'PERMISSION_DENIED',
        'SUPERUSER_REQUIRED',
        'CANNOT_CHANGE_SELF',
        'CSRF_FAILED',
      ]),
    );
    // Public routes that ignore credentials cannot answer "not authenticated" nor a bad token.
    const token = op('auth.token');
    expect(token['401']).toContain('INVALID_CREDENTIALS');
    expect(token['401']).not.toContain('NOT_AUTHENTICATED');
    expect(token['401']).not.toContain('TOKEN_INVALID');
    expect(token['429']).toEqual(['RATE_LIMITED', 'TOO_MANY_LOGIN_ATTEMPTS']);
    // A paginated list can answer a page past its end; a GET has no body to refuse.
    const list = op('catalog.listProducts');
    expect(list['404']).toEqual(['INVALID_PAGE']);
    expect(list['415']).toBeUndefined();
    expect(list['400']).toContain('VALIDATION_ERROR');
    // Outside /api/, no API-client gate.
    expect(op('ops.ready')).toEqual({
      '400': ['BAD_REQUEST'],
      '500': ['INTERNAL_ERROR'],
      '503': ['MIGRATIONS_PENDING', 'NOT_READY', 'STORAGE_UNAVAILABLE'],
    });
  });

  it('lists every code the server defines on an operation, and only codes it defines', async () => {
    const factories = await allErrorFactories();
    const defined = new Map(factories.map((f) => [f.code, f]));
    const listed = new Map<string, Set<number>>();
    for (const operation of operations.values()) {
      const codes = listedCodes(operation);
      // A route that declares its errors has no generic 4XX/5XX left to widen its codes back to any string.
      const generic = Object.keys(operation.responses).includes('4XX');
      expect(generic, `${operation.operationId} declares its errors`).toBe(
        UNDECLARED_OPERATIONS.has(operation.operationId),
      );
      for (const [status, list] of Object.entries(codes)) {
        for (const code of list) {
          expect(defined.has(code), `${operation.operationId} lists ${code}, which nothing defines`).toBe(
            true,
          );
          listed.set(code, (listed.get(code) ?? new Set()).add(Number(status)));
        }
      }
    }
    const missing = factories
      .filter((f) => !listed.get(f.code)?.has(f.status) && !(f.code in NOT_ON_AN_OPERATION))
      .map((f) => `${f.code} (${f.status})`);
    expect(missing, 'defined codes that no operation lists under their status').toEqual([]);
    const stale = Object.keys(NOT_ON_AN_OPERATION).filter((code) => listed.has(code));
    expect(stale, 'codes now listed: take them out of NOT_ON_AN_OPERATION').toEqual([]);
    expect(doc.components.schemas.ErrorCode?.enum).toEqual([...listed.keys()].sort());
  });

  it('has every code written in the server source defined with defineErrors', async () => {
    const defined = new Set((await allErrorFactories()).map((f) => f.code));
    const inSource = codesInSource();
    // The scan finds what it should: codes thrown inline, in maps and in the one error handler.
    expect([...inSource.keys()]).toEqual(
      expect.arrayContaining([
        'TOKEN_REUSED',
        'MALFORMED_JSON',
        'RATE_LIMITED',
        'INVALID_PAGE',
        'STOCK_CHANGED',
      ]),
    );
    const undeclared = [...inSource].filter(([code]) => !defined.has(code)).map(([c, f]) => `${c} in ${f}`);
    expect(undeclared).toEqual([]);
  });

  it('answers the codes it lists', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/cart/add/', payload: { size_id: 'x' } });
    const body = problemOf(res);
    expect(op('cart.addItem')[String(res.statusCode)]).toContain(body.code);
    const anonymous = await t.app.inject('/api/admin/users/');
    expect(op('admin.users.list')[String(anonymous.statusCode)]).toContain(problemOf(anonymous).code);
  });
});
