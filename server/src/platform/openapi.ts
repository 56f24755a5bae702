/**
 * The OpenAPI 3.1 document, generated from the route schemas, and the three
 * places it is served, all offline from npm packages: `/api/schema/` (JSON),
 * `/api/schema/swagger/` (Swagger UI) and `/api/docs/` (Scalar).
 *
 * Every documented route gets the shared `Problem` body for its 4xx and 5xx
 * answers unless it declares its own, so the SDK knows the error shape everywhere;
 * the document lists the `code`s of each status (see `error-codes.ts`).
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import scalar from '@scalar/fastify-api-reference';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { guardedFor } from './auth.js';
import { registerErrorContract } from './error-codes.js';
import { ProblemSchema } from './errors.js';

export const API_TITLE = 'Mercato API';

export const TAGS = [{ name: 'operations', description: 'Health, readiness and metrics.' }] as const;

const problemRef = () => ({ $ref: 'Problem#' });

/** Adds `4xx`/`5xx` → `Problem` to a documented route's responses, keeping any it declares itself. */
function withProblemResponses(route: RouteOptions): void {
  const schema = route.schema as
    | (Record<string, unknown> & { hide?: boolean; response?: Record<string, unknown> })
    | undefined;
  if (!schema || schema.hide) return;
  const response = { ...(schema.response ?? {}) };
  const declared = Object.keys(response);
  if (!declared.some((s) => s.startsWith('4'))) response['4xx'] = problemRef();
  if (!declared.some((s) => s.startsWith('5'))) response['5xx'] = problemRef();
  schema.response = response;
}

/** The session cookie a browser sends instead of a bearer token (login with `use_cookies`). */
export const SESSION_COOKIE_SCHEME = 'session';

/**
 * A route behind an auth guard declares how to authenticate (a bearer token or
 * the session cookie) and says in its description who may call it.
 */
function withSecurity(route: RouteOptions): void {
  const schema = route.schema as (Record<string, unknown> & { hide?: boolean }) | undefined;
  if (!schema || schema.hide || schema.security) return;
  const audience = guardedFor(route);
  if (!audience) return;
  schema.security = [{ bearer: [] }, { [SESSION_COOKIE_SCHEME]: [] }];
  const who = `Allowed: ${audience}.`;
  schema.description = schema.description ? `${String(schema.description)}\n\n${who}` : who;
}

export interface OpenApiOptions {
  version: string;
}

export async function registerOpenApi(app: FastifyInstance, options: OpenApiOptions): Promise<void> {
  app.addHook('onRoute', withProblemResponses);
  app.addHook('onRoute', withSecurity);
  const withErrorCodes = registerErrorContract(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: API_TITLE,
        version: options.version,
        description:
          'One API for an online shop, a point-of-sale loyalty program, subscription billing, inventory and the identity provider behind them. ' +
          'Errors are `application/problem+json` with a stable `code`; lists are paginated with `page` and `page_size`.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      // Relative: the docs' "Test Request" and generated clients talk to the origin that served the document.
      servers: [{ url: '/', description: 'This server' }],
      tags: [...TAGS],
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description: 'An access token from `/api/auth/token/`.',
          },
          [SESSION_COOKIE_SCHEME]: {
            type: 'apiKey',
            in: 'cookie',
            name: 'mercato_access',
            description:
              'The browser session from `/api/auth/login/` with `use_cookies`; unsafe methods also need the `csrftoken` cookie echoed in `X-CSRFToken`.',
          },
          apiClientId: { type: 'apiKey', in: 'header', name: 'X-Client-ID' },
          apiClientKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
        },
      },
    },
    transformObject: (doc) =>
      'openapiObject' in doc ? withErrorCodes(doc.openapiObject) : doc.swaggerObject,
    refResolver: {
      // Shared schemas (those with an `$id`) become named components: `#/components/schemas/Problem`.
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
  });

  app.get(
    '/api/schema/',
    {
      schema: {
        hide: true,
      },
    },
    async (_request, reply) => reply.type('application/json; charset=utf-8').send(app.swagger()),
  );

  await app.register(swaggerUi, {
    routePrefix: '/api/schema/swagger',
    uiConfig: { deepLinking: true, validatorUrl: null, url: '/api/schema/' } as Record<string, unknown>,
    staticCSP: false,
  });

  await app.register(scalar, {
    routePrefix: '/api/docs',
    configuration: {
      url: '/api/schema/',
      pageTitle: `${API_TITLE} reference`,
      favicon: '/favicon.svg',
      // Its Share/Deploy tools upload the document to Scalar's cloud: not for a self-hosted API.
      showDeveloperTools: 'never',
      withDefaultFonts: false,
      hideClientButton: true,
      telemetry: false,
      agent: { disabled: true },
      mcp: { disabled: true },
    } as Record<string, unknown>,
  });
}

/** The OpenAPI document of an app that is ready (routes registered). */
export function openApiDocument(app: FastifyInstance): Record<string, unknown> {
  return app.swagger() as unknown as Record<string, unknown>;
}

export { ProblemSchema };
