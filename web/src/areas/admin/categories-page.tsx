import { useState } from 'react';
import { api } from '../../lib/api.js';
import { type Outcome, requiredProblem, settle } from '../../lib/problem.js';
import { keys } from '../../lib/query-keys.js';
import { can } from '../../lib/roles.js';
import { useSession } from '../../lib/session.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { NotAllowedPage } from '../../shell/guards.js';
import { LoadStatus } from '../../ui/feedback.js';
import { DialogForm, Field, SelectField, SuccessAlert, useForm } from '../../ui/forms.js';
import { Table } from '../../ui/list.js';
import { ActionDialog } from '../../ui/modal.js';
import { type PublicCategory, useCategories } from '../shop/categories.js';

/** A category change shows in the tree and in the shop's filters. */
const CATEGORY_KEYS = [keys.categories, keys.products];

type Pending =
  | { kind: 'create' }
  | { kind: 'edit'; category: PublicCategory }
  | { kind: 'delete'; category: PublicCategory };

/** `/admin/categories`: the category tree; managers and admins add, rename, move and delete. */
export function CategoriesPage() {
  useDocumentTitle('Categories');
  const { user } = useSession();
  if (!can.decideVendors(user))
    return <NotAllowedPage detail="Only managers and admins can edit the categories." />;
  return <CategoryTree />;
}

function CategoryTree() {
  const list = useCategories();
  const [pending, setPending] = useState<Pending | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const done = (message: string) => {
    setPending(undefined);
    setNotice(message);
  };
  const categories = list.data ?? [];
  return (
    <section className="page" aria-labelledby="categories-title">
      <header className="page__head page__head--row">
        <div>
          <h1 id="categories-title">Categories</h1>
          <p className="muted">A product's category includes its subcategories when shoppers filter.</p>
        </div>
        <button type="button" className="button" onClick={() => setPending({ kind: 'create' })}>
          New category
        </button>
      </header>
      {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
      <LoadStatus state={list} loadingLabel="Loading categories…" />
      {list.data && categories.length === 0 ? <p className="empty">No categories yet.</p> : null}
      {categories.length ? (
        <Table caption="Categories" columns={['Name', 'Slug', '']} busy={list.status === 'loading'}>
          {categories.map((category) => (
            <tr key={category.id} data-testid="category-row" data-slug={category.slug}>
              <td>
                <span className="table__primary" style={{ paddingLeft: `${category.depth * 1.25}rem` }}>
                  {category.depth ? '↳ ' : ''}
                  {category.name}
                </span>
              </td>
              <td data-label="Slug">
                <code>{category.slug}</code>
              </td>
              <td className="table__actions">
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => setPending({ kind: 'edit', category })}
                  aria-label={`Edit ${category.name}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet button--danger-text"
                  onClick={() => setPending({ kind: 'delete', category })}
                  aria-label={`Delete ${category.name}`}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </Table>
      ) : null}
      {pending?.kind === 'create' || pending?.kind === 'edit' ? (
        <CategoryDialog
          category={pending.kind === 'edit' ? pending.category : undefined}
          categories={categories}
          onClose={() => setPending(undefined)}
          onSaved={(name) => done(`${name} is saved.`)}
        />
      ) : null}
      {pending?.kind === 'delete' ? (
        <DeleteCategoryDialog
          category={pending.category}
          onClose={() => setPending(undefined)}
          onDeleted={() => done(`${pending.category.name} is deleted.`)}
        />
      ) : null}
    </section>
  );
}

/** Ids of `id` and everything below it: a category cannot move under itself. */
function subtree(categories: PublicCategory[], id: string): Set<string> {
  const out = new Set([id]);
  for (const category of categories) if (category.parent && out.has(category.parent)) out.add(category.id);
  return out;
}

function CategoryDialog({
  category,
  categories,
  onClose,
  onSaved,
}: {
  category: PublicCategory | undefined;
  categories: PublicCategory[];
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const form = useForm(
    {
      name: category?.name ?? '',
      slug: category?.slug ?? '',
      parent: category?.parent ?? '',
    },
    { invalidates: CATEGORY_KEYS },
  );
  const { values } = form;
  const excluded = category ? subtree(categories, category.id) : new Set<string>();
  const onSubmit = form.onSubmit(
    async (): Promise<Outcome<{ name: string }>> => {
      const missing = requiredProblem({ name: values.name });
      if (missing) return { ok: false, problem: missing };
      const body = {
        name: values.name.trim(),
        ...(values.slug.trim() ? { slug: values.slug.trim() } : {}),
        parent: values.parent || null,
      };
      return category
        ? settle(api.PATCH('/api/admin/categories/{id}/', { params: { path: { id: category.id } }, body }))
        : settle(api.POST('/api/admin/categories/', { body }));
    },
    (saved) => onSaved(saved.name),
  );
  return (
    <DialogForm
      title={category ? `Edit ${category.name}` : 'New category'}
      {...{ form, onClose, onSubmit }}
      submit={category ? 'Save changes' : 'Create category'}
      busyLabel="Saving…"
    >
      <Field label="Name" autoComplete="off" {...form.bind('name')} />
      <Field
        label="Slug (optional)"
        hint="Lower-case words joined by dashes; made from the name when empty."
        {...form.bind('slug')}
      />
      <SelectField label="Parent" {...form.bind('parent')}>
        <option value="">None (top level)</option>
        {categories
          .filter((c) => !excluded.has(c.id))
          .map((c) => (
            <option key={c.id} value={c.id}>
              {`${'\u2003'.repeat(c.depth)}${c.name}`}
            </option>
          ))}
      </SelectField>
    </DialogForm>
  );
}

function DeleteCategoryDialog({
  category,
  onClose,
  onDeleted,
}: {
  category: PublicCategory;
  onClose: () => void;
  onDeleted: () => void;
}) {
  return (
    <ActionDialog
      title={`Delete ${category.name}?`}
      confirmLabel="Delete category"
      run={() => settle(api.DELETE('/api/admin/categories/{id}/', { params: { path: { id: category.id } } }))}
      onDone={onDeleted}
      onCancel={onClose}
      invalidates={CATEGORY_KEYS}
    >
      <p>Only a category without subcategories and products can be deleted.</p>
    </ActionDialog>
  );
}
