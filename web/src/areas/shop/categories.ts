import type { Schemas } from '@mercato/sdk';
import { api } from '../../lib/api.js';
import { settle } from '../../lib/problem.js';
import { type Loaded, useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';

export type PublicCategory = Schemas['PublicCategory'];

/** `GET /api/categories/`, cached and shared by every page (loaded again after a manager changes them). */
export function useCategories(): Loaded<PublicCategory[]> {
  return useApiQuery(keys.categories, (signal) => settle(api.GET('/api/categories/', { signal }), signal));
}
