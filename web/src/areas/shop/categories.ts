import type { Schemas } from '@mercato/sdk';
import { api } from '../../lib/api.js';
import { settle } from '../../lib/problem.js';
import { type Loaded, useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';

export type PublicCategory = Schemas['PublicCategory'];
export type CategoryNode = Schemas['CategoryNode'];

/** The tree in menu order (depth-first, each level by name), each category with its `depth`. */
export function menuOrder(tree: CategoryNode[]): PublicCategory[] {
  return tree.flatMap(({ children, ...category }) => [category, ...menuOrder(children)]);
}

/**
 * Every category, from `GET /api/categories/tree/` (the whole tree at once, for
 * menus and pickers; the flat list is paginated), in menu order; cached and
 * shared by every page, loaded again after a manager changes them.
 */
export function useCategories(): Loaded<PublicCategory[]> {
  return useApiQuery(keys.categories, async (signal) => {
    const outcome = await settle(api.GET('/api/categories/tree/', { signal }), signal);
    return outcome.ok ? { ...outcome, data: menuOrder(outcome.data) } : outcome;
  });
}
