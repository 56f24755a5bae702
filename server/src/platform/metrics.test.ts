import { describe, expect, it } from 'vitest';
import { createMetrics } from './metrics.js';

describe('HTTP metrics', () => {
  it('exposes counts by client and a cumulative duration histogram with sum and count', async () => {
    const { registry, http } = createMetrics();
    http.record('GET', '/api/products/', 200, 'cl_web', 0.0004);
    http.record('GET', '/api/products/', 200, 'cl_web', 0.003);
    http.record('GET', '/api/products/', 200, 'anonymous', 7);
    http.record('POST', '/api/products/', 400, 'cl_web', 0.02);
    const text = await registry.metrics();
    const line = (prefix: string) => text.split('\n').find((l) => l.startsWith(prefix));
    const ok = 'method="GET",route="/api/products/",status_code="200"';
    expect(line(`mercato_http_requests_total{${ok},client="cl_web"}`)).toMatch(/ 2$/);
    expect(line(`mercato_http_requests_total{${ok},client="anonymous"}`)).toMatch(/ 1$/);
    expect(
      line(
        'mercato_http_requests_total{method="POST",route="/api/products/",status_code="400",client="cl_web"}',
      ),
    ).toMatch(/ 1$/);
    expect(line(`mercato_http_request_duration_seconds_bucket{le="0.001",${ok}}`)).toMatch(/ 1$/);
    expect(line(`mercato_http_request_duration_seconds_bucket{le="0.005",${ok}}`)).toMatch(/ 2$/);
    expect(line(`mercato_http_request_duration_seconds_bucket{le="5",${ok}}`)).toMatch(/ 2$/);
    expect(line(`mercato_http_request_duration_seconds_bucket{le="+Inf",${ok}}`)).toMatch(/ 3$/);
    expect(line(`mercato_http_request_duration_seconds_count{${ok}}`)).toMatch(/ 3$/);
    expect(Number(line(`mercato_http_request_duration_seconds_sum{${ok}}`)?.split(' ')[1])).toBeCloseTo(
      7.0034,
    );
    expect(text).toContain('# TYPE mercato_http_request_duration_seconds histogram');
    expect(text).toContain('# TYPE mercato_http_requests_total counter');
    registry.resetMetrics();
    expect(await registry.metrics()).not.toContain('route="/api/products/"');
  });
});
