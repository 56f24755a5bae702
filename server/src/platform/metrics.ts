/**
 * Prometheus metrics (`/metrics`): requests by method, route, status and API
 * client, and a duration histogram. One registry per app, so tests may build many.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

declare module 'fastify' {
  interface FastifyRequest {
    /** Which API client made the request (`anonymous` without one); set by the API-client check. */
    clientLabel: string;
  }
}

export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status_code' | 'client'>;
  duration: Histogram<'method' | 'route' | 'status_code'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'mercato_' });
  return {
    registry,
    requests: new Counter({
      name: 'mercato_http_requests_total',
      help: 'HTTP requests answered, by method, route, status and API client.',
      labelNames: ['method', 'route', 'status_code', 'client'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'mercato_http_request_duration_seconds',
      help: 'Time from request received to response sent.',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
  };
}

/** Unmatched URLs share one label so a scan of random paths cannot blow up the series count. */
function routeLabel(request: FastifyRequest): string {
  return request.routeOptions.url ?? 'unmatched';
}

export function registerMetrics(app: FastifyInstance, metrics: Metrics): void {
  app.decorateRequest('clientLabel', 'anonymous');
  // A callback hook: no promise per request.
  app.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    const route = routeLabel(request);
    if (route !== '/metrics') {
      const status = String(reply.statusCode);
      metrics.requests.inc({
        method: request.method,
        route,
        status_code: status,
        client: request.clientLabel,
      });
      metrics.duration.observe(
        { method: request.method, route, status_code: status },
        reply.elapsedTime / 1000,
      );
    }
    done();
  });
}

export { routeLabel };
