/**
 * The Fastify instance modules register their routes on: typed by TypeBox, so
 * a route's `request.body`, `query` and `params` have the types of its schemas
 * (no casts in handlers).
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import { Type } from 'typebox';
import type { Kept } from './kept.js';

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

/**
 * Sends the answer kept under `key` (serialized by the route's response schema
 * and encoded once: a Buffer goes to the socket as it is), or computes,
 * serializes and keeps it. Only for answers that are the same for every caller
 * who reaches this point.
 */
export async function sendKept(
  kept: Kept<Buffer>,
  key: string,
  reply: FastifyReply,
  compute: () => Promise<unknown>,
) {
  reply.type('application/json; charset=utf-8');
  const body = await kept.load(key, async () => Buffer.from(String(reply.serialize(await compute()))));
  return reply.send(body);
}
