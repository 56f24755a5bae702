/**
 * The typed Mercato client. `schema.d.ts` is generated from the server's OpenAPI
 * document (`npm run sdk:generate`); CI fails when it is stale (`npm run sdk:check`).
 */
import createFetchClient, { type ClientOptions, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './schema.js';

/** Every enumerated property's values, in the API's order (`enumValues.BillingPayment.billing_month`). */
export { enumValues } from './enums.js';
export type { components, operations, paths };
export type Schemas = components['schemas'];
export type Problem = components['schemas']['Problem'];

/** Every `code` a problem answer of the API can carry: branch on these, not on statuses. */
export type ErrorCode = components['schemas']['ErrorCode'];

type ProblemBody<Response> = Response extends { content: { 'application/problem+json': infer Body } }
  ? Body
  : never;

/** The problem bodies one operation can answer, e.g. `OperationProblem<'cart.addItem'>`. */
export type OperationProblem<Op extends keyof operations> = ProblemBody<
  operations[Op]['responses'][keyof operations[Op]['responses']]
>;

/** The codes one operation can answer, e.g. `OperationErrorCode<'cart.addItem'>`. */
export type OperationErrorCode<Op extends keyof operations> =
  OperationProblem<Op> extends infer P ? (P extends { code: infer C } ? C : never) : never;

/** Whether a problem (from any client) carries one of these codes; the codes are checked against the API's. */
export function hasCode<C extends ErrorCode>(
  problem: { code: string } | null | undefined,
  ...codes: readonly C[]
): problem is { code: C } {
  return problem != null && (codes as readonly string[]).includes(problem.code);
}

export interface MercatoClientOptions extends ClientOptions {
  /** Sent as `X-Client-ID` / `X-API-Key` on every request (API clients, SPEC §2). */
  apiClient?: { id: string; key?: string };
}

/** Reads the `csrftoken` cookie (browser sessions) so unsafe requests can echo it. */
function csrfFromCookie(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function createMercatoClient(options: MercatoClientOptions = {}) {
  const { apiClient, ...rest } = options;
  const client = createFetchClient<paths>({ credentials: 'include', ...rest });
  const headers: Middleware = {
    onRequest({ request }) {
      if (apiClient) {
        request.headers.set('X-Client-ID', apiClient.id);
        if (apiClient.key) request.headers.set('X-API-Key', apiClient.key);
      }
      if (UNSAFE.has(request.method)) {
        const csrf = csrfFromCookie();
        if (csrf && !request.headers.has('X-CSRFToken')) request.headers.set('X-CSRFToken', csrf);
      }
      return request;
    },
  };
  client.use(headers);
  return client;
}

export type MercatoClient = ReturnType<typeof createMercatoClient>;
