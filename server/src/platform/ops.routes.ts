/**
 * Operations: `/healthz` (the process answers), `/readyz` (the database answers,
 * takes writes, and every migration is applied), `/metrics` (Prometheus text).
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { DB, DialectKind } from '../db/dialect.js';
import { migrationStatus } from '../db/migrate.js';
import { AppError, DATABASE_RETRY_AFTER_SECONDS } from './errors.js';
import type { Metrics } from './metrics.js';
import { sameSecret } from './secrets.js';
import { storageHealthOf } from './storage-health.js';

export const HealthResponse = Type.Object({ status: Type.Literal('ok') }, { $id: 'Health', title: 'Health' });

export const ReadinessResponse = Type.Object(
  {
    status: Type.Literal('ready'),
    database: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]),
    migrations: Type.Object({ applied: Type.Integer(), pending: Type.Integer() }),
    version: Type.String(),
  },
  { $id: 'Readiness', title: 'Readiness' },
);

export interface OpsDeps {
  db: DB;
  database: DialectKind;
  version: string;
  metrics: Metrics;
  metricsToken: string;
}

export async function opsRoutes(app: FastifyInstance, deps: OpsDeps): Promise<void> {
  // The migrations a process knows are fixed for its life: once all are applied, only reachability is re-checked.
  let migrated: Awaited<ReturnType<typeof migrationStatus>> | undefined;

  app.addSchema(HealthResponse);
  app.addSchema(ReadinessResponse);

  app.get(
    '/healthz',
    {
      config: { skipAuth: true },
      schema: {
        operationId: 'ops.health',
        summary: 'Liveness: the process is up',
        tags: ['operations'],
        response: { 200: Type.Ref('Health') },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { skipAuth: true },
      schema: {
        operationId: 'ops.ready',
        summary: 'Readiness: the database answers and all migrations are applied',
        tags: ['operations'],
        response: { 200: Type.Ref('Readiness'), 503: Type.Ref('Problem') },
      },
    },
    async (request) => {
      const retryAfter = { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) };
      let status: Awaited<ReturnType<typeof migrationStatus>>;
      try {
        await sql`select 1`.execute(deps.db);
        status = migrated ?? (await migrationStatus(deps.db));
      } catch (err) {
        request.log.warn({ err }, 'readiness check failed');
        throw new AppError({
          status: 503,
          code: 'NOT_READY',
          detail: 'The database is not reachable.',
          headers: retryAfter,
        });
      }
      // A write failed for want of storage: not ready until one succeeds again.
      const failing = await storageHealthOf(deps.db).check();
      if (failing) {
        request.log.warn({ cause: failing.cause, since: failing.at }, 'readiness: the database cannot write');
        throw new AppError({
          status: 503,
          code: 'STORAGE_UNAVAILABLE',
          detail: `The database has not taken a write since ${failing.at}.`,
          headers: retryAfter,
        });
      }
      if (status.pending > 0) {
        throw new AppError({
          status: 503,
          code: 'MIGRATIONS_PENDING',
          detail: `${status.pending} database migration(s) are not applied yet; run \`mercato migrate\`.`,
          headers: retryAfter,
        });
      }
      migrated = status;
      return {
        status: 'ready' as const,
        database: deps.database,
        migrations: { applied: status.applied, pending: status.pending },
        version: deps.version,
      };
    },
  );

  app.get(
    '/metrics',
    {
      // Its own Bearer token (METRICS_TOKEN), not a user's.
      config: { skipAuth: true },
      schema: {
        operationId: 'ops.metrics',
        summary: 'Prometheus metrics',
        description: 'Text exposition format. When `METRICS_TOKEN` is set, send it as a Bearer token.',
        tags: ['operations'],
        produces: ['text/plain'],
        response: {
          200: {
            description: 'Prometheus text exposition format.',
            content: { 'text/plain': { schema: Type.String() } },
          },
        },
      },
    },
    async (request, reply) => {
      if (deps.metricsToken) {
        const auth = request.headers.authorization ?? '';
        const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
        if (!sameSecret(given, deps.metricsToken)) {
          throw AppError.unauthorized('A valid metrics token is required.', 'NOT_AUTHENTICATED');
        }
      }
      const body = await deps.metrics.registry.metrics();
      return reply.type(deps.metrics.registry.contentType).send(body);
    },
  );
}
