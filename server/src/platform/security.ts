/**
 * Request ids, security headers and CORS.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { Config } from '../config.js';
import { isUnder, requestPath } from './api-clients.js';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A client-sent `X-Request-ID` is kept when it is short and plain (so it can tie logs across services); otherwise a new id. */
export function requestId(incoming: string | string[] | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && /^[A-Za-z0-9._:-]{1,128}$/.test(value) ? value : randomUUID();
}

export const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'X-API-Key',
  'X-Client-ID',
  'X-CSRFToken',
  'Idempotency-Key',
  'X-Request-ID',
];

/**
 * Helmet's headers for the given options, computed once. They never depend on
 * the request, so the hot path copies a ready object instead of re-running
 * helmet's middleware (which re-parses the CSP) on every request.
 */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, () => {});
  return headers;
}

type CspDirectives = Record<string, string[] | null>;

function helmetOptions(config: Config, csp: CspDirectives): HelmetOptions {
  return {
    contentSecurityPolicy: { useDefaults: false, directives: csp },
    // Served over plain HTTP on a laptop; behind TLS (PUBLIC_URL https) browsers are told to stay on it.
    strictTransportSecurity: config.PUBLIC_URL.startsWith('https:')
      ? { maxAge: 15552000, includeSubDomains: true }
      : false,
    crossOriginEmbedderPolicy: false,
  };
}

const STRICT_CSP: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/**
 * With `PAYMENT_PROVIDER=stripe` the web app loads Stripe.js and mounts the
 * Payment Element: the sources Stripe's integration security guide lists for
 * Stripe.js ("Content Security Policy"): the script from js.stripe.com, its
 * frames (Elements on js.stripe.com, 3D Secure on hooks.stripe.com) and its
 * calls to api.stripe.com. The guide's maps.googleapis.com entries serve only
 * the Address Element's autocomplete, which the shop does not use.
 */
const STRIPE_JS_CSP: CspDirectives = {
  ...STRICT_CSP,
  'script-src': ["'self'", 'https://js.stripe.com', 'https://*.js.stripe.com'],
  'frame-src': ["'self'", 'https://js.stripe.com', 'https://*.js.stripe.com', 'https://hooks.stripe.com'],
  'connect-src': ["'self'", 'https://api.stripe.com'],
};

/** The API docs pages run inline scripts of their UI packages; everything else gets the app's policy. */
const DOCS_CSP: CspDirectives = {
  ...STRICT_CSP,
  'script-src': ["'self'", "'unsafe-inline'"],
  'script-src-attr': null,
  'worker-src': ["'self'", 'blob:'],
};

/** The policy of the web app and the API: the strict one, opened to Stripe.js only when Stripe takes the payments. */
function appCsp(config: Config): CspDirectives {
  return config.PAYMENT_PROVIDER === 'stripe' ? STRIPE_JS_CSP : STRICT_CSP;
}

function isDocsPage(url: string): boolean {
  return url.startsWith('/api/docs') || url.startsWith('/api/schema/swagger');
}

/**
 * JSON answers are never rendered as documents: OWASP's REST guidance asks only
 * that they cannot be framed, sniffed, embedded cross-origin or leak a referrer.
 * The document-only headers (opener policy, agent clustering, DNS prefetch and so
 * on) would be bytes on every API response for nothing.
 */
function apiHeaders(pageHeaders: Record<string, string>): Record<string, string> {
  const hsts = pageHeaders['strict-transport-security'];
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    ...(hsts ? { 'strict-transport-security': hsts } : {}),
  };
}

/**
 * A request target as the path every check judges. HTTP/1.1 servers must also
 * accept the absolute form (`GET http://host/api/... HTTP/1.1`); the router
 * would strip the scheme and host itself, but the API-client check, the
 * anonymous budget and the choice of security headers read `request.url`, and
 * would take such a request for a web page. So it becomes `/api/...` first.
 */
export function originForm(url: string): string {
  if (url.startsWith('/') || !URL.canParse(url)) return url;
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  const appHeaders = helmetHeaders(helmetOptions(config, appCsp(config)));
  const docs = helmetHeaders(helmetOptions(config, DOCS_CSP));
  const api = apiHeaders(appHeaders);
  app.addHook('onRequest', (request, reply, done) => {
    const url = requestPath(request);
    reply.headers(isDocsPage(url) ? docs : isUnder(url, '/api') ? api : appHeaders);
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });

  const allowed = new Set(config.CORS_ALLOWED_ORIGINS);
  await app.register(cors, {
    origin: (origin, cb) => cb(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: [
      'X-Request-ID',
      'Retry-After',
      'RateLimit-Limit',
      'RateLimit-Remaining',
      'RateLimit-Reset',
      'Idempotent-Replayed',
    ],
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    maxAge: 600,
  });
}

/**
 * What a production start should be told about its proxy settings. Behind a
 * proxy that terminates TLS, browsers send `https://` origins; with an
 * `http://` `PUBLIC_URL` and `TRUST_PROXY` off, the server believes it is
 * reached over http, and refuses the web app's public API clients (their
 * origin is neither the app's nor the one the request seems sent to).
 */
export function proxyWarnings(config: Pick<Config, 'NODE_ENV' | 'PUBLIC_URL' | 'TRUST_PROXY'>): string[] {
  if (config.NODE_ENV !== 'production' || config.TRUST_PROXY !== false) return [];
  if (!config.PUBLIC_URL.startsWith('http://')) return [];
  return [
    `PUBLIC_URL is ${config.PUBLIC_URL} and TRUST_PROXY is off: behind a proxy or load balancer that terminates TLS, ` +
      "browsers send https:// origins and the web app's API requests are refused (403 ORIGIN_NOT_ALLOWED). " +
      'Set PUBLIC_URL to the public https:// address and TRUST_PROXY to your proxy (1 for one load balancer).',
  ];
}
