/**
 * The Fastify instance modules register their routes on: typed by TypeBox, so
 * a route's `request.body`, `query` and `params` have the types of its schemas
 * (no casts in handlers).
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import { Type } from 'typebox';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/**
 * A response without a body (204, 205): documented as `null`, sent with
 * `reply.code(205).send()`.
 */
export const NoBody = (description: string) => Type.Unsafe<undefined>({ type: 'null', description });

/**
 * A path parameter in a hook that runs before validation (`onRequest`), where
 * the route's schema types do not apply yet: the router's string, or ''.
 */
export function routeParam(request: FastifyRequest, name: string): string {
  const params: unknown = request.params;
  if (typeof params !== 'object' || params === null) return '';
  const value = (params as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}
