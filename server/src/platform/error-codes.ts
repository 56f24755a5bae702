/**
 * Error codes in the API contract: every operation of the OpenAPI document
 * lists, per status, the problem `code`s it can answer, so generated clients
 * (the SDK's `ErrorCode`) can branch on them.
 *
 * Codes are declared once, in a module's `*.errors.ts`, with `defineErrors`:
 *
 *   export const ShopErrors = defineErrors({
 *     cartEmpty: { code: 'CART_EMPTY', status: 400, detail: 'Your cart is empty.' },
 *     insufficientStock: { code: 'INSUFFICIENT_STOCK', status: 409, detail: (what: string) => `${what} is out of stock.` },
 *   });
 *   throw ShopErrors.cartEmpty();                       // an AppError
 *
 * and a route names the ones its handler (and the services it calls) can throw
 * (`errors: []` when there are none; a route without `errors` keeps the generic
 * 4XX/5XX answer, whose code can be any string):
 *
 *   app.post('/api/orders/checkout/', {
 *     preHandler: requireAuth,
 *     config: { errors: [ShopErrors.cartEmpty, ShopErrors.insufficientStock] },
 *     schema: { operationId: 'orders.checkout', body: CheckoutBody, response: { 201: Order } },
 *   }, handler);
 *
 * The codes every route of a kind can answer are added centrally, by `commonErrors`
 * below (a guard's 401/403, a schema's 400, rate limits, 500) and by rules modules
 * add for what they do to every request (identity's token checks:
 * `addCommonErrors`). `test/error-codes.test.ts` fails when a code that the
 * server can throw is declared on no operation.
 */
import type { FastifyInstance, RouteOptions } from 'fastify';
import { guardedFor, requireAuth } from './auth.js';
import { AppError, type FieldErrors } from './errors.js';

/** What the contract knows of an error: its stable code and its status. */
export interface ErrorSpec<Code extends string = string> {
  readonly code: Code;
  readonly status: number;
}

/** A declared error: call it to get the `AppError` to throw; its `code` and `status` are readable. */
export type ErrorFactory<Code extends string = string, Args extends unknown[] = []> = ((
  ...args: Args
) => AppError) &
  ErrorSpec<Code>;

// biome-ignore lint/suspicious/noExplicitAny: the arguments are inferred per error from its functions.
type AnyArgs = any[];

export interface ErrorDefinition<Code extends string = string> {
  code: Code;
  status: number;
  /** A sentence for people; a function when it names what went wrong. */
  detail: string | ((...args: AnyArgs) => string);
  /** Field errors (`{field: [messages]}`), for 400s about given fields. */
  errors?: FieldErrors | ((...args: AnyArgs) => FieldErrors);
  /** Response headers, e.g. `Retry-After`. */
  headers?: Record<string, string> | ((...args: AnyArgs) => Record<string, string>);
}

type ArgsOf<D> = D extends { detail: (...args: infer A) => string }
  ? A
  : D extends { errors: (...args: infer A) => FieldErrors }
    ? A
    : D extends { headers: (...args: infer A) => Record<string, string> }
      ? A
      : [];

export type DefinedErrors<D extends Record<string, ErrorDefinition>> = {
  readonly [K in keyof D]: ErrorFactory<D[K]['code'], ArgsOf<D[K]>>;
};

/** Turns declarations into factories of `AppError`s that also carry their code and status. */
export function defineErrors<const D extends Record<string, ErrorDefinition>>(
  definitions: D,
): DefinedErrors<D> {
  const out: Record<string, ErrorFactory<string, AnyArgs>> = {};
  for (const [name, def] of Object.entries(definitions)) {
    const factory = (...args: AnyArgs) => {
      const errors = typeof def.errors === 'function' ? def.errors(...args) : def.errors;
      const headers = typeof def.headers === 'function' ? def.headers(...args) : def.headers;
      return new AppError({
        code: def.code,
        status: def.status,
        detail: typeof def.detail === 'function' ? def.detail(...args) : def.detail,
        ...(errors ? { errors } : {}),
        ...(headers ? { headers } : {}),
      });
    };
    out[name] = Object.assign(factory, { code: def.code, status: def.status });
  }
  return out as DefinedErrors<D>;
}

/** Whether a value is a factory made by `defineErrors` (the contract test walks the modules' exports with it). */
export function isErrorFactory(value: unknown): value is ErrorFactory<string, AnyArgs> {
  return (
    typeof value === 'function' &&
    typeof (value as Partial<ErrorSpec>).code === 'string' &&
    typeof (value as Partial<ErrorSpec>).status === 'number'
  );
}

/**
 * The platform's own codes: those of the one error handler (`errors.ts`), the
 * guards (`auth.ts`), pagination, idempotency, the API-client gate and rate limits.
 */
export const PlatformErrors = defineErrors({
  validation: { code: 'VALIDATION_ERROR', status: 400, detail: 'Invalid input.' },
  malformedJson: { code: 'MALFORMED_JSON', status: 400, detail: 'The request body is not valid JSON.' },
  badRequest: { code: 'BAD_REQUEST', status: 400, detail: 'Bad request.' },
  invalidValue: { code: 'INVALID_VALUE', status: 400, detail: 'A value in the request cannot be stored.' },
  notAuthenticated: {
    code: 'NOT_AUTHENTICATED',
    status: 401,
    detail: 'Authentication credentials were not provided.',
  },
  permissionDenied: {
    code: 'PERMISSION_DENIED',
    status: 403,
    detail: 'You do not have permission to perform this action.',
  },
  notFound: { code: 'NOT_FOUND', status: 404, detail: 'Not found.' },
  invalidPage: { code: 'INVALID_PAGE', status: 404, detail: 'Invalid page.' },
  methodNotAllowed: { code: 'METHOD_NOT_ALLOWED', status: 405, detail: 'Method not allowed.' },
  payloadTooLarge: { code: 'PAYLOAD_TOO_LARGE', status: 413, detail: 'The request body is too large.' },
  unsupportedMediaType: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
    detail: 'This content type is not accepted here; send application/json.',
  },
  rateLimited: { code: 'RATE_LIMITED', status: 429, detail: 'Too many requests.' },
  internal: { code: 'INTERNAL_ERROR', status: 500, detail: 'Something went wrong on our side.' },
  invalidIdempotencyKey: {
    code: 'INVALID_IDEMPOTENCY_KEY',
    status: 400,
    detail: 'The Idempotency-Key header must be 1 to 255 visible ASCII characters.',
  },
  idempotencyKeyReused: {
    code: 'IDEMPOTENCY_KEY_REUSED',
    status: 409,
    detail: 'This Idempotency-Key was already used for a different request.',
  },
  invalidApiClient: {
    code: 'INVALID_API_CLIENT',
    status: 401,
    detail: 'The X-Client-ID / X-API-Key pair is not valid.',
  },
  apiClientRequired: {
    code: 'API_CLIENT_REQUIRED',
    status: 401,
    detail: 'This API requires an API client: send the X-Client-ID and X-API-Key headers.',
  },
  originNotAllowed: {
    code: 'ORIGIN_NOT_ALLOWED',
    status: 403,
    detail: 'This API client does not accept requests from this origin.',
  },
  metricsTokenRequired: {
    code: 'NOT_AUTHENTICATED',
    status: 401,
    detail: 'A valid metrics token is required.',
  },
  notReady: {
    code: 'NOT_READY',
    status: 503,
    detail: 'The database is not reachable.',
    headers: { 'Retry-After': '5' },
  },
  storageUnavailable: {
    code: 'STORAGE_UNAVAILABLE',
    status: 503,
    detail: (since: string) => `The database has not taken a write since ${since}.`,
    headers: { 'Retry-After': '5' },
  },
  serviceUnavailable: {
    code: 'SERVICE_UNAVAILABLE',
    status: 503,
    detail: 'The service cannot use its database right now. Try again in a few seconds.',
    headers: { 'Retry-After': '5' },
  },
  migrationsPending: {
    code: 'MIGRATIONS_PENDING',
    status: 503,
    detail: (pending: number) =>
      `${pending} database migration(s) are not applied yet; run \`mercato migrate\`.`,
    headers: { 'Retry-After': '5' },
  },
});

/** What the common rules know of a route. */
export interface RouteFacts {
  method: string;
  url: string;
  /** Behind a guard (`requireAuth`, `requireAdmin`, ...). */
  guarded: boolean;
  /** Behind a guard that checks a role, not only that somebody is signed in. */
  roleGuarded: boolean;
  /** Authentication is skipped (`config.skipAuth`): credentials are ignored. */
  skipAuth: boolean;
  /** The method carries a body (POST, PUT, PATCH, DELETE). */
  hasBody: boolean;
  /** It validates a body, query or path parameters. */
  validates: boolean;
  /** Its query takes `page` (a paginated list). */
  paginated: boolean;
}

export type CommonErrorRule = (route: RouteFacts) => readonly ErrorSpec[];

/** Codes of the platform that routes answer by their kind, not by what their handler does. */
export function commonErrors(route: RouteFacts): ErrorSpec[] {
  const P = PlatformErrors;
  const out: ErrorSpec[] = [P.badRequest, P.internal];
  if (route.url.startsWith('/api/'))
    out.push(
      P.invalidApiClient,
      P.apiClientRequired,
      P.originNotAllowed,
      P.rateLimited,
      P.serviceUnavailable,
    );
  if (route.guarded) out.push(P.notAuthenticated);
  if (route.roleGuarded) out.push(P.permissionDenied);
  if (route.hasBody) out.push(P.malformedJson, P.payloadTooLarge, P.unsupportedMediaType);
  if (route.validates || route.hasBody) out.push(P.validation, P.invalidValue);
  if (route.paginated) out.push(P.invalidPage);
  return out;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The errors this route's handler (and the services it calls) can answer, for the API document. */
    errors?: readonly ErrorSpec[];
  }
  interface FastifyInstance {
    /** Adds codes every route of a kind can answer (e.g. identity's token checks on authenticated routes). */
    addCommonErrors(rule: CommonErrorRule): void;
  }
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function mentionsPage(schema: unknown): boolean {
  if (!schema || typeof schema !== 'object') return false;
  const s = schema as { properties?: Record<string, unknown>; allOf?: unknown[] };
  return Boolean(s.properties && 'page' in s.properties) || (s.allOf ?? []).some(mentionsPage);
}

function factsOf(route: RouteOptions, method: string): RouteFacts {
  const schema = (route.schema ?? {}) as Record<string, unknown>;
  // Guards may sit in preHandler or (moved there by platform/auth.ts, or put there by a route) onRequest.
  const handlers = [route.preHandler, route.onRequest].flat();
  const guarded = guardedFor(route) !== undefined;
  return {
    method,
    url: route.url,
    guarded,
    roleGuarded: guarded && !handlers.includes(requireAuth),
    skipAuth: Boolean(route.config?.skipAuth),
    hasBody: BODY_METHODS.has(method),
    validates: Boolean(schema.body || schema.querystring || schema.params),
    paginated: mentionsPage(schema.querystring),
  };
}

interface DocumentedRoute {
  facts: RouteFacts;
  /** Undefined when the route declares nothing (not even `[]`): its list cannot be complete. */
  declared: readonly ErrorSpec[] | undefined;
}

/** The codes of each status, sorted: what the document lists for one operation. */
export function codesByStatus(specs: readonly ErrorSpec[]): Map<number, string[]> {
  const byStatus = new Map<number, Set<string>>();
  for (const { code, status } of specs) {
    const codes = byStatus.get(status) ?? new Set<string>();
    codes.add(code);
    byStatus.set(status, codes);
  }
  return new Map(
    [...byStatus.entries()].sort(([a], [b]) => a - b).map(([status, codes]) => [status, [...codes].sort()]),
  );
}

/**
 * Collects every documented route's declared errors (an `onRoute` hook) and
 * returns the transform that writes them into the document: per status, the
 * `Problem` with its `code` narrowed to an enum, and `ErrorCode`, every code.
 */
export function registerErrorContract(app: FastifyInstance) {
  const routes = new Map<string, DocumentedRoute>();
  const rules: CommonErrorRule[] = [commonErrors];

  app.decorate('addCommonErrors', (rule: CommonErrorRule) => {
    rules.push(rule);
  });
  app.addHook('onRoute', (route) => {
    const schema = route.schema as (Record<string, unknown> & { hide?: boolean }) | undefined;
    if (!schema || schema.hide) return;
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      routes.set(operationKey(method, route.url), {
        facts: factsOf(route, method),
        declared: route.config?.errors,
      });
    }
  });

  /** The errors one operation can answer: its own and those of every rule. */
  const errorsOf = (route: DocumentedRoute) => [
    ...(route.declared ?? []),
    ...rules.flatMap((r) => r(route.facts)),
  ];

  return function withErrorCodes<Doc extends { paths?: object; components?: object }>(doc: Doc): Doc {
    const all = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      if (!isObject(item)) continue;
      for (const [method, operation] of Object.entries(item)) {
        const route = routes.get(operationKey(method, fromOpenApiPath(path)));
        if (!route || !isObject(operation) || !isObject(operation.responses)) continue;
        const responses: Record<string, unknown> = {};
        for (const [status, response] of Object.entries(operation.responses)) {
          // The generic 4XX/5XX answers give way to the listed ones, unless the route declares no
          // errors at all: then its list is not complete and any code stays possible.
          if ((status !== '4XX' && status !== '5XX') || route.declared === undefined)
            responses[status] = response;
        }
        for (const [status, codes] of codesByStatus(errorsOf(route))) {
          for (const code of codes) all.add(code);
          responses[status] = problemResponse(codes);
        }
        operation.responses = responses;
      }
    }
    if (isObject(doc.components)) {
      const schemas = isObject(doc.components.schemas) ? doc.components.schemas : {};
      schemas.ErrorCode = {
        type: 'string',
        title: 'ErrorCode',
        description: 'Every `code` a problem answer of this API can carry.',
        enum: [...all].sort(),
      };
      doc.components.schemas = schemas;
    }
    return doc;
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function operationKey(method: string, url: string): string {
  return `${method.toUpperCase()} ${url}`;
}

/** `/api/x/{id}/` → `/api/x/:id/`, as the route was registered. */
function fromOpenApiPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}

function problemResponse(codes: readonly string[]) {
  return {
    description: `Problem details; \`code\` is one of ${codes.map((c) => `\`${c}\``).join(', ')}.`,
    content: {
      'application/problem+json': {
        schema: {
          allOf: [
            { $ref: '#/components/schemas/Problem' },
            { type: 'object', required: ['code'], properties: { code: { type: 'string', enum: codes } } },
          ],
        },
      },
    },
  };
}
