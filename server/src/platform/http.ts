/**
 * The Fastify instance modules register their routes on: typed by TypeBox, so
 * a route's `request.body`, `query` and `params` have the types of its schemas
 * (no casts in handlers).
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
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
