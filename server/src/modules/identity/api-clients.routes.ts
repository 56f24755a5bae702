/**
 * Admin API for API clients: list, create, read, update, revoke,
 * rotate the key, usage. Admins only. The key is in the answer of create and
 * rotate-key, and nowhere else, ever.
 */
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { originOf } from '../../platform/audit.js';
import { currentUser, requireAdmin } from '../../platform/auth.js';
import { type App, routeParam } from '../../platform/http.js';
import type { ModuleContext } from '../../platform/module.js';
import { pageRequest } from '../../platform/pagination.js';
import {
  ApiClientList,
  ApiClientParams,
  ApiClientResponse,
  ApiClientUsageResponse,
  ApiClientWithKeyResponse,
  CreateApiClientBody,
  ListApiClientsQuery,
  UpdateApiClientBody,
  UsageQuery,
} from './api-clients.schemas.js';
import {
  type ChangedBy,
  createApiClient,
  findApiClient,
  getApiClientOrThrow,
  getApiClientUsage,
  listApiClients,
  revokeApiClient,
  rotateApiClientKey,
  updateApiClient,
} from './api-clients.service.js';
import { IdentityErrors } from './identity.errors.js';

const tags = ['admin'];

function changedBy(request: FastifyRequest): ChangedBy {
  const user = currentUser(request);
  return { actor: { id: user.id, email: user.email }, origin: originOf(request) };
}

export async function apiClientAdminRoutes(app: App, ctx: ModuleContext): Promise<void> {
  const { db } = ctx;
  /** After the guard, before the body is read: an unknown client is 404 whatever the body. */
  const exists = async (request: FastifyRequest) => {
    if (!(await findApiClient(db, routeParam(request, 'id')))) throw IdentityErrors.apiClientNotFound();
  };

  app.get(
    '/api/admin/clients/',
    {
      preHandler: requireAdmin,
      config: { errors: [] },
      schema: {
        operationId: 'admin.clients.list',
        summary: 'List API clients',
        tags,
        querystring: ListApiClientsQuery,
        response: { 200: ApiClientList },
      },
    },
    async (request) => {
      const { type, is_active, ...page } = request.query;
      return listApiClients(db, pageRequest(page, request.url, ctx.config.PUBLIC_URL), { type, is_active });
    },
  );

  app.post(
    '/api/admin/clients/',
    {
      preHandler: requireAdmin,
      config: { errors: [] },
      schema: {
        operationId: 'admin.clients.create',
        summary: 'Create an API client; the answer holds its key, shown this once',
        tags,
        body: CreateApiClientBody,
        response: { 201: ApiClientWithKeyResponse },
      },
    },
    async (request, reply) => {
      const by = changedBy(request);
      const client = await createApiClient(db, { ...request.body, created_by: by.actor?.id ?? null }, by);
      return reply.code(201).header('cache-control', 'no-store').send(client);
    },
  );

  app.get(
    '/api/admin/clients/:id/',
    {
      preHandler: requireAdmin,
      config: { errors: [IdentityErrors.apiClientNotFound] },
      schema: {
        operationId: 'admin.clients.get',
        summary: 'An API client',
        tags,
        params: ApiClientParams,
        response: { 200: ApiClientResponse },
      },
    },
    async (request) => getApiClientOrThrow(db, request.params.id),
  );

  app.patch(
    '/api/admin/clients/:id/',
    {
      preHandler: requireAdmin,
      onRequest: exists,
      config: {
        errors: [
          IdentityErrors.apiClientNotFound,
          IdentityErrors.apiClientRevoked,
          IdentityErrors.webAppClientNeeded,
        ],
      },
      schema: {
        operationId: 'admin.clients.update',
        summary: 'Change an API client: name, rate limit, allowed origins, active',
        tags,
        params: ApiClientParams,
        body: UpdateApiClientBody,
        response: { 200: ApiClientResponse },
      },
    },
    async (request) => updateApiClient(ctx, request.params.id, request.body, changedBy(request)),
  );

  app.delete(
    '/api/admin/clients/:id/',
    {
      preHandler: requireAdmin,
      config: { errors: [IdentityErrors.apiClientNotFound, IdentityErrors.webAppClient] },
      schema: {
        operationId: 'admin.clients.revoke',
        summary: "Revoke an API client for good (its key stops working at once); not the web app's own",
        tags,
        params: ApiClientParams,
        response: { 204: Type.Null({ description: 'Revoked.' }) },
      },
    },
    async (request, reply) => {
      await revokeApiClient(ctx, request.params.id, changedBy(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/admin/clients/:id/rotate-key/',
    {
      preHandler: requireAdmin,
      config: {
        errors: [
          IdentityErrors.apiClientNotFound,
          IdentityErrors.apiClientRevoked,
          IdentityErrors.apiClientPublic,
        ],
      },
      schema: {
        operationId: 'admin.clients.rotateKey',
        summary: 'Give an API client a new key; the old one stops working at once (not for public clients)',
        tags,
        params: ApiClientParams,
        response: { 200: ApiClientWithKeyResponse },
      },
    },
    async (request, reply) => {
      const client = await rotateApiClientKey(ctx, request.params.id, changedBy(request));
      return reply.header('cache-control', 'no-store').send(client);
    },
  );

  app.get(
    '/api/admin/clients/:id/usage/',
    {
      preHandler: requireAdmin,
      config: { errors: [IdentityErrors.apiClientNotFound] },
      schema: {
        operationId: 'admin.clients.usage',
        summary: 'Requests of an API client per hour and per day, by status class',
        tags,
        params: ApiClientParams,
        querystring: UsageQuery,
        response: { 200: ApiClientUsageResponse },
      },
    },
    async (request) =>
      getApiClientUsage(
        db,
        request.params.id,
        request.query.since ? new Date(request.query.since) : undefined,
      ),
  );
}
