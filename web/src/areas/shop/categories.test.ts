import { describe, expect, it } from 'vitest';
import { type CategoryNode, menuOrder } from './categories.js';

const node = (slug: string, parent: string | null, depth: number, children: CategoryNode[] = []) => ({
  id: `id-${slug}`,
  name: slug,
  slug,
  parent: parent ? `id-${parent}` : null,
  depth,
  children,
});

describe('menuOrder', () => {
  it('lists the tree depth-first, each category before its children, without the children arrays', () => {
    const tree = [
      node('bags', null, 0),
      node('clothing', null, 0, [
        node('hoodies', 'clothing', 1),
        node('tops', 'clothing', 1, [node('tees', 'tops', 2)]),
      ]),
    ];
    const flat = menuOrder(tree);
    expect(flat.map((c) => [c.slug, c.depth, c.parent])).toEqual([
      ['bags', 0, null],
      ['clothing', 0, null],
      ['hoodies', 1, 'id-clothing'],
      ['tops', 1, 'id-clothing'],
      ['tees', 2, 'id-tops'],
    ]);
    expect(flat.every((c) => !('children' in c))).toBe(true);
    expect(menuOrder([])).toEqual([]);
  });
});
