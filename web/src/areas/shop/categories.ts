import type { Schemas } from '@mercato/sdk';
import { api } from '../../lib/api.js';
import { type Outcome, settle } from '../../lib/problem.js';

export type PublicCategory = Schemas['PublicCategory'];

let cached: Promise<Outcome<PublicCategory[]>> | undefined;

/** `GET /api/categories/` once per page load (a failure is retried next time). */
export function loadCategories(): Promise<Outcome<PublicCategory[]>> {
  cached ??= settle(api.GET('/api/categories/')).then((outcome) => {
    if (!outcome.ok) cached = undefined;
    return outcome;
  });
  return cached;
}

/** After a manager changed the categories: the next read fetches them again. */
export function forgetCategories(): void {
  cached = undefined;
}
