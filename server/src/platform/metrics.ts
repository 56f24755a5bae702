/**
 * Prometheus metrics (`/metrics`): requests by method, route, status and API
 * client, and a duration histogram. One registry per app, so tests may build many.
 *
 * The two request series are recorded by `HttpMetrics`, not by prom-client's
 * Counter and Histogram: those hash a fresh labels object on every call, which
 * measured a seventh of the whole cost of a `/healthz` answer. Here a request
 * walks nested maps keyed by strings the process already holds (the route's own
 * URL, the method, the client id), so nothing is hashed or allocated once a
 * series exists; prom-client still owns the registry, the exposition format and
 * the process metrics, and reads these series at scrape time.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, type Metric, Registry } from 'prom-client';

declare module 'fastify' {
  interface FastifyRequest {
    /** Which API client made the request (`anonymous` without one); set by the API-client check. */
    clientLabel: string;
  }
}

const REQUESTS = 'mercato_http_requests_total';
const DURATION = 'mercato_http_request_duration_seconds';
/** Upper bounds of the duration buckets, in seconds. */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

interface Series {
  /** Requests by API client. */
  clients: Map<string, number>;
  /** Requests by bucket (not cumulative); the last slot counts those above every bound. */
  buckets: number[];
  sum: number;
  count: number;
}

type Labels = Record<string, string | number>;
interface Sample {
  labels: Labels;
  value: number;
  metricName?: string;
}

/** Requests by method, route, status and client, and their durations. */
export class HttpMetrics {
  /** route → method → status → series. */
  readonly #routes = new Map<string, Map<string, Map<number, Series>>>();

  record(method: string, route: string, status: number, client: string, seconds: number): void {
    let methods = this.#routes.get(route);
    if (methods === undefined) {
      methods = new Map();
      this.#routes.set(route, methods);
    }
    let statuses = methods.get(method);
    if (statuses === undefined) {
      statuses = new Map();
      methods.set(method, statuses);
    }
    let series = statuses.get(status);
    if (series === undefined) {
      series = {
        clients: new Map(),
        buckets: new Array(DURATION_BUCKETS.length + 1).fill(0),
        sum: 0,
        count: 0,
      };
      statuses.set(status, series);
    }
    series.clients.set(client, (series.clients.get(client) ?? 0) + 1);
    let bucket = 0;
    while (bucket < DURATION_BUCKETS.length && seconds > (DURATION_BUCKETS[bucket] as number)) bucket++;
    series.buckets[bucket] = (series.buckets[bucket] as number) + 1;
    series.sum += seconds;
    series.count += 1;
  }

  reset(): void {
    this.#routes.clear();
  }

  *#series(): Generator<[{ method: string; route: string; status_code: string }, Series]> {
    for (const [route, methods] of this.#routes)
      for (const [method, statuses] of methods)
        for (const [status, series] of statuses)
          yield [{ method, route, status_code: String(status) }, series];
  }

  requestSamples(): Sample[] {
    const samples: Sample[] = [];
    for (const [labels, series] of this.#series())
      for (const [client, value] of series.clients) samples.push({ labels: { ...labels, client }, value });
    return samples;
  }

  durationSamples(): Sample[] {
    const samples: Sample[] = [];
    for (const [labels, series] of this.#series()) {
      let cumulative = 0;
      DURATION_BUCKETS.forEach((le, i) => {
        cumulative += series.buckets[i] as number;
        samples.push({ labels: { le, ...labels }, value: cumulative, metricName: `${DURATION}_bucket` });
      });
      samples.push({
        labels: { le: '+Inf', ...labels },
        value: series.count,
        metricName: `${DURATION}_bucket`,
      });
      samples.push({ labels, value: series.sum, metricName: `${DURATION}_sum` });
      samples.push({ labels, value: series.count, metricName: `${DURATION}_count` });
    }
    return samples;
  }
}

/** A metric the registry reads like its own (name, help, type, `get()`), whose samples come from `samples`. */
function readOnlyMetric(
  name: string,
  help: string,
  type: 'counter' | 'histogram',
  samples: () => Sample[],
  reset: () => void,
): Metric {
  const metric = {
    name,
    help,
    type,
    aggregator: 'sum' as const,
    get: async () => ({ name, help, type, aggregator: 'sum' as const, values: samples() }),
    reset,
  };
  return metric as unknown as Metric;
}

export interface Metrics {
  registry: Registry;
  http: HttpMetrics;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'mercato_' });
  const http = new HttpMetrics();
  const reset = () => http.reset();
  registry.registerMetric(
    readOnlyMetric(
      REQUESTS,
      'HTTP requests answered, by method, route, status and API client.',
      'counter',
      () => http.requestSamples(),
      reset,
    ),
  );
  registry.registerMetric(
    readOnlyMetric(
      DURATION,
      'Time from request received to response sent.',
      'histogram',
      () => http.durationSamples(),
      reset,
    ),
  );
  return { registry, http };
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
      metrics.http.record(
        request.method,
        route,
        reply.statusCode,
        request.clientLabel,
        reply.elapsedTime / 1000,
      );
    }
    done();
  });
}

export { routeLabel };
