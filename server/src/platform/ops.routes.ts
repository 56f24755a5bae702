/**
 * Operations: `/healthz` (the process answers), `/readyz` (the database answers,
 * takes writes, and every migration is applied), `/metrics` (Prometheus text).
 */
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { DB, DialectKind } from '../db/dialect.js';
import { migrationStatus } from '../db/migrate.js';
import { PlatformErrors } from './error-codes.js';
import type { App } from './http.js';
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

export async function opsRoutes(app: App, deps: OpsDeps): Promise<void> {
  // The migrations a process knows are fixed for its life: once all are applied, only reachability is re-checked.
  let migrated: Awaited<ReturnType<typeof migrationStatus>> | undefined;

  app.addSchema(HealthResponse);
  app.addSchema(ReadinessResponse);

  app.get(
    '/healthz',
    {
      config: { skipAuth: true, errors: [] },
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
      config: {
        skipAuth: true,
        errors: [
          PlatformErrors.notReady,
          PlatformErrors.storageUnavailable,
          PlatformErrors.migrationsPending,
        ],
      },
      schema: {
        operationId: 'ops.ready',
        summary: 'Readiness: the database answers and all migrations are applied',
        tags: ['operations'],
        response: { 200: Type.Ref('Readiness'), 503: Type.Ref('Problem') },
      },
    },
    async (request) => {
      let status: Awaited<ReturnType<typeof migrationStatus>>;
      try {
        await sql`select 1`.execute(deps.db);
        status = migrated ?? (await migrationStatus(deps.db));
      } catch (err) {
        request.log.warn({ err }, 'readiness check failed');
        throw PlatformErrors.notReady();
      }
      // A write failed for want of storage: not ready until one succeeds again.
      const failing = await storageHealthOf(deps.db).check();
      if (failing) {
        request.log.warn({ cause: failing.cause, since: failing.at }, 'readiness: the database cannot write');
        throw PlatformErrors.storageUnavailable(failing.at);
      }
      if (status.pending > 0) {
        throw PlatformErrors.migrationsPending(status.pending);
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
      config: { skipAuth: true, errors: [PlatformErrors.metricsTokenRequired] },
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
          throw PlatformErrors.metricsTokenRequired();
        }
      }
      const body = await deps.metrics.registry.metrics();
      return reply.type(deps.metrics.registry.contentType).send(body);
    },
  );
}
