/**
 * The category tree: the public menu, a category with its descendants (for
 * filters here and in other modules), and staff's edits.
 */
import { isForeignKeyViolation, isUniqueViolation } from '../../db/dialect.js';
import type { EventBus } from '../../platform/events.js';
import { isUuid, newId, nowIso } from '../../platform/ids.js';
import { type Page, type PageRequest, toPage } from '../../platform/pagination.js';
import { type Executor, type Trx, transaction } from '../../platform/transaction.js';
import { CatalogErrors } from './catalog.errors.js';
import * as repo from './catalog.repository.js';
import type {
  CategoryDto,
  CategoryNodeDto,
  CreateCategoryBody,
  PublicCategoryDto,
  UpdateCategoryBody,
} from './catalog.schemas.js';
import { uniqueSlug } from './catalog.slugs.js';

/** One page of a list read whole (categories are tens, not thousands). */
function pageOf<T>(page: PageRequest, all: T[]): Page<T> {
  const start = (page.page - 1) * page.pageSize;
  return toPage(page, all.length, all.slice(start, start + page.pageSize));
}

function categoryDto(row: repo.CategoryRow): CategoryDto {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    parent: row.parent_id,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** The tree of categories, read whole (a shop has tens of them, not thousands). */
export class CategoryTree {
  readonly byId = new Map<string, repo.CategoryRow>();
  readonly children = new Map<string | null, repo.CategoryRow[]>();

  constructor(rows: repo.CategoryRow[]) {
    for (const row of rows) {
      this.byId.set(row.id, row);
      const list = this.children.get(row.parent_id) ?? [];
      list.push(row);
      this.children.set(row.parent_id, list);
    }
  }

  bySlug(slug: string): repo.CategoryRow | undefined {
    for (const row of this.byId.values()) if (row.slug === slug) return row;
    return undefined;
  }

  /** `id` and every category below it. */
  descendants(id: string): string[] {
    const out: string[] = [];
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (out.includes(next)) continue;
      out.push(next);
      for (const child of this.children.get(next) ?? []) stack.push(child.id);
    }
    return out;
  }

  /** The top-level categories with their subcategories, each level by name. */
  nested(): CategoryNodeDto[] {
    const visit = (parent: string | null, depth: number): CategoryNodeDto[] =>
      (this.children.get(parent) ?? []).map((row) => ({
        id: row.id,
        name: row.name,
        slug: row.slug,
        parent: row.parent_id,
        depth,
        children: visit(row.id, depth + 1),
      }));
    return visit(null, 0);
  }

  /** Depth-first, each level by name: the order a storefront menu shows them in. */
  ordered(): PublicCategoryDto[] {
    const out: PublicCategoryDto[] = [];
    const visit = (nodes: CategoryNodeDto[]) => {
      for (const { children, ...category } of nodes) {
        out.push(category);
        visit(children);
      }
    };
    visit(this.nested());
    return out;
  }
}

export interface CategoryServiceDeps {
  db: Executor;
  /** Where `category.changed` goes (the response cache forgets what it holds). */
  events: EventBus;
}

export class CategoryService {
  constructor(private readonly deps: CategoryServiceDeps) {}

  /** The whole tree, read through `executor` (a transaction's, to see its own changes). */
  async tree(executor: Executor = this.deps.db): Promise<CategoryTree> {
    return new CategoryTree(await repo.allCategories(executor));
  }

  /** Every category in menu order (see `CategoryTree.ordered`), a page at a time. */
  async publicCategories(page: PageRequest): Promise<Page<PublicCategoryDto>> {
    return pageOf(page, (await this.tree()).ordered());
  }

  /** The whole tree, for menus. */
  async categoryTree(): Promise<CategoryNodeDto[]> {
    return (await this.tree()).nested();
  }

  /** A category (by id or slug) and its descendants' ids; undefined when there is no such category. */
  async categoryWithDescendants(idOrSlug: string): Promise<string[] | undefined> {
    const tree = await this.tree();
    const category = (isUuid(idOrSlug) ? tree.byId.get(idOrSlug) : undefined) ?? tree.bySlug(idOrSlug);
    return category ? tree.descendants(category.id) : undefined;
  }

  async listCategories(q: { search?: string | undefined }, page: PageRequest): Promise<Page<CategoryDto>> {
    let rows = await repo.allCategories(this.deps.db);
    const term = q.search?.trim().toLowerCase();
    if (term) rows = rows.filter((r) => r.name.toLowerCase().includes(term) || r.slug.includes(term));
    return pageOf(page, rows.map(categoryDto));
  }

  async getCategory(id: string): Promise<CategoryDto> {
    const row = await repo.findCategory(this.deps.db, id);
    if (!row) throw CatalogErrors.categoryNotFound();
    return categoryDto(row);
  }

  async #checkParent(trx: Trx, parent: string | null | undefined, self?: string): Promise<string | null> {
    if (parent === null || parent === undefined || parent === '') return null;
    const tree = await this.tree(trx);
    if (!isUuid(parent) || !tree.byId.has(parent)) throw CatalogErrors.unknownParent();
    if (self && tree.descendants(self).includes(parent)) throw CatalogErrors.categoryCycle();
    return parent;
  }

  async createCategory(body: CreateCategoryBody): Promise<CategoryDto> {
    const id = newId();
    await this.#writeCategory(async (trx) => {
      const parent = await this.#checkParent(trx, body.parent);
      const slug = body.slug ?? (await uniqueSlug(trx, 'categories', body.name, 'category'));
      const now = nowIso();
      await repo.insertCategory(trx, {
        id,
        name: body.name.trim(),
        slug,
        parent_id: parent,
        created_at: now,
        updated_at: now,
      });
    });
    return this.getCategory(id);
  }

  async updateCategory(id: string, body: UpdateCategoryBody): Promise<CategoryDto> {
    await this.#writeCategory(async (trx) => {
      const row = await repo.findCategory(trx, id);
      if (!row) throw CatalogErrors.categoryNotFound();
      const changes: { name?: string; slug?: string; parent_id?: string | null; updated_at: string } = {
        updated_at: nowIso(),
      };
      if (body.name !== undefined) changes.name = body.name.trim();
      if (body.slug !== undefined) changes.slug = body.slug;
      if (body.parent !== undefined) changes.parent_id = await this.#checkParent(trx, body.parent, id);
      await repo.updateCategory(trx, id, changes);
    });
    return this.getCategory(id);
  }

  async deleteCategory(id: string): Promise<void> {
    await this.#writeCategory(async (trx) => {
      const row = await repo.findCategory(trx, id);
      if (!row) throw CatalogErrors.categoryNotFound();
      const usage = await repo.categoryUsage(trx, id);
      if (usage.children > 0) throw CatalogErrors.categoryHasChildren();
      if (usage.products > 0) throw CatalogErrors.categoryHasProducts();
      await repo.deleteCategory(trx, id);
    });
  }

  async #writeCategory(work: (trx: Trx) => Promise<void>): Promise<void> {
    try {
      await transaction(this.deps.db, async (trx) => {
        await work(trx);
        await this.deps.events.emit(trx, 'category.changed', {});
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw CatalogErrors.slugTaken();
      if (isForeignKeyViolation(err)) throw CatalogErrors.categoryHasProducts();
      throw err;
    }
  }
}
