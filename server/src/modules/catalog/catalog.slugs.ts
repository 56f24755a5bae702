/** Slugs: readable, URL-safe names, unique per table. */
import type { Executor } from '../../platform/transaction.js';
import * as repo from './catalog.repository.js';

/** `"Coastal Cotton Hoodie"` → `coastal-cotton-hoodie`. */
export function slugify(text: string, fallback = 'item'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** `base`, or `base-2`, `base-3`... whichever is free first. */
export async function uniqueSlug(
  executor: Executor,
  table: 'categories' | 'products',
  text: string,
  fallback: string,
) {
  const base = slugify(text, fallback);
  const taken = await repo.slugsLike(executor, table, base);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
