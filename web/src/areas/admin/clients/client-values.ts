import type { operations } from '@mercato/sdk';
import { localProblem, requiredProblem } from '../../../lib/problem.js';

export type Client =
  operations['admin.clients.list']['responses'][200]['content']['application/json']['results'][number];
export type ClientType = Client['type'];
export type CreatedClient =
  operations['admin.clients.create']['responses'][201]['content']['application/json'];

export const CLIENT_TYPES: readonly { value: ClientType; label: string }[] = [
  { value: 'web', label: 'Web app' },
  { value: 'admin', label: 'Admin app' },
  { value: 'mobile', label: 'Mobile app' },
  { value: 'server', label: 'Server' },
  { value: 'pos', label: 'Point of sale' },
];
export const TYPE_LABELS = Object.fromEntries(CLIENT_TYPES.map((t) => [t.value, t.label])) as Record<
  ClientType,
  string
>;

/** The areas of this web app, each a public client of its own. */
export const AREA_LABELS: Record<NonNullable<Client['web_area']>, string> = {
  storefront: 'storefront',
  account: 'account pages',
  pos: 'point of sale',
  admin: 'admin',
};

/** The key the server just made: shown once, then forgotten. */
export interface FreshKey {
  client: Pick<Client, 'name' | 'client_id'>;
  apiKey: string;
  rotated: boolean;
}

/** One origin per line (or separated by commas/spaces); blanks dropped. */
export function parseOrigins(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}

export interface ClientValues {
  name: string;
  type: string;
  rate_limit: string;
  allowed_origins: string;
}

/** Name, rate limit and origins as the API wants them, or the problem with what was typed. */
export function clientBody(values: ClientValues) {
  const missing = requiredProblem({ name: values.name });
  if (missing) return { ok: false as const, problem: missing };
  const limit = Number(values.rate_limit);
  if (!Number.isInteger(limit) || limit < 1)
    return {
      ok: false as const,
      problem: localProblem('Check the rate limit.', { rate_limit: ['Enter a whole number of at least 1.'] }),
    };
  return {
    ok: true as const,
    body: {
      name: values.name.trim(),
      rate_limit: limit,
      allowed_origins: parseOrigins(values.allowed_origins),
    },
  };
}
