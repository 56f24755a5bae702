import type { Schemas } from '@mercato/sdk';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../../lib/api.js';
import { fieldLabel, type Outcome, settle, withLabels } from '../../lib/problem.js';
import {
  emptySize,
  emptyVariant,
  type ProductDraft,
  type SizeDraft,
  toDraft,
  toProductBody,
  type VariantDraft,
} from '../../lib/product-form.js';
import { useAction, useApiQuery } from '../../lib/query.js';
import { CATALOG_KEYS, keys } from '../../lib/query-keys.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { LoadStatus } from '../../ui/feedback.js';
import {
  Checkbox,
  Field,
  FormAlert,
  SelectField,
  SubmitButton,
  SuccessAlert,
  TextAreaField,
  useFocusFirstInvalid,
} from '../../ui/forms.js';
import { useCategories } from '../shop/categories.js';
import { ImagesPanel } from './product-images.js';

type Product = Schemas['ProductDetail'];

const EMPTY: ProductDraft = {
  name: '',
  description: '',
  price: '',
  category: '',
  is_active: true,
  variants: [emptyVariant()],
};

const productKey = (id: string | undefined) => [...keys.vendorProducts, id];

/** `/vendor/products/new` and `/vendor/products/:id`. */
export function ProductEditorPage() {
  const { id } = useParams();
  const product = useApiQuery(
    productKey(id),
    async (signal): Promise<Outcome<Product | null>> =>
      id
        ? settle(api.GET('/api/vendor/products/{id}/', { params: { path: { id } }, signal }), signal)
        : { ok: true, data: null, status: 200 },
    { detail: true },
  );
  useDocumentTitle(id ? `Edit ${product.data?.name ?? 'product'}` : 'New product');
  if (product.data === undefined)
    return (
      <LoadStatus
        state={product}
        loadingLabel="Loading the product…"
        back={{ to: '/vendor/products', label: 'All my products' }}
      />
    );
  return <ProductEditor key={product.data?.id ?? 'new'} product={product.data ?? undefined} />;
}

function ProductEditor({ product: initial }: { product: Product | undefined }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [product, setProduct] = useState(initial);
  const client = useQueryClient();
  // A picture action reloads the editor's product (invalidation) before it returns: show that one.
  const reloadProduct = () => {
    const fresh = product && client.getQueryData<Product>(productKey(product.id));
    if (fresh) setProduct(fresh);
  };
  const [draft, setDraft] = useState<ProductDraft>(() => (initial ? toDraft(initial) : EMPTY));
  const [saved, setSaved] = useState<string | undefined>();
  const categories = useCategories();
  const action = useAction({ invalidates: CATALOG_KEYS });
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, action.problem);
  const errors = action.problem?.errors ?? {};

  const set = <K extends keyof ProductDraft>(key: K, value: ProductDraft[K]) => {
    setSaved(undefined);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const setVariant = (index: number, change: Partial<VariantDraft>) =>
    set(
      'variants',
      draft.variants.map((v, i) => (i === index ? { ...v, ...change } : v)),
    );
  const setSize = (v: number, s: number, change: Partial<SizeDraft>) =>
    setVariant(v, {
      sizes: draft.variants[v]!.sizes.map((size, i) => (i === s ? { ...size, ...change } : size)),
    });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    const outcome = await action.run(async (): Promise<Outcome<Product>> => {
      const parsed = toProductBody(draft);
      if (!parsed.ok) return parsed;
      return product
        ? settle(
            api.PUT('/api/vendor/products/{id}/', {
              params: { path: { id: product.id } },
              body: parsed.body,
            }),
          )
        : settle(api.POST('/api/vendor/products/', { body: parsed.body }));
    });
    if (!outcome?.ok) return;
    if (!product) {
      navigate(`/vendor/products/${outcome.data.id}?created=1`, { replace: true });
      return;
    }
    setProduct(outcome.data);
    setDraft(toDraft(outcome.data));
    setSaved('Your product is saved.');
  };

  // Field errors the form does not show (or a whole-body problem) join the sentence on top.
  const shown = new Set<string>(['name', 'description', 'price', 'category', 'is_active']);
  draft.variants.forEach((v, i) => {
    for (const f of ['color', 'price']) shown.add(`variants.${i}.${f}`);
    v.sizes.forEach((_, j) => {
      for (const f of ['size', 'sku', 'stock']) shown.add(`variants.${i}.sizes.${j}.${f}`);
    });
  });
  const extra = Object.entries(errors)
    .filter(([k]) => !shown.has(k))
    .map(([k, m]) => `${fieldLabel(k)}: ${m.join(' ')}`);
  const message = action.problem ? [withLabels(action.problem.detail), ...extra].join(' ') : undefined;
  const created = params.get('created') === '1';

  return (
    <section className="page" aria-labelledby="editor-title">
      <header className="page__head page__head--row">
        <h1 id="editor-title">{product ? `Edit ${product.name}` : 'New product'}</h1>
        <p>
          <Link to="/vendor/products">All my products</Link>
          {product ? (
            <>
              {' · '}
              <Link to={`/shop/products/${product.slug}`}>View in shop</Link>
            </>
          ) : null}
        </p>
      </header>
      {created && product && !saved ? (
        <SuccessAlert>{product.name} is created. Add pictures below.</SuccessAlert>
      ) : null}
      {saved ? <SuccessAlert>{saved}</SuccessAlert> : null}
      <form ref={formRef} className="form form--wide" onSubmit={onSubmit} noValidate>
        <FormAlert message={message} />
        <Field
          label="Name"
          value={draft.name}
          onChange={(e) => set('name', e.target.value)}
          errors={errors.name}
        />
        <TextAreaField
          label="Description"
          rows={4}
          value={draft.description}
          onChange={(e) => set('description', e.target.value)}
          errors={errors.description}
        />
        <div className="form__pair">
          <Field
            label="Price"
            inputMode="decimal"
            placeholder="19.99"
            value={draft.price}
            onChange={(e) => set('price', e.target.value)}
            errors={errors.price}
          />
          <SelectField
            label="Category"
            value={draft.category}
            onChange={(e) => set('category', e.target.value)}
            errors={errors.category}
            hint={categories.status === 'error' ? categories.problem.detail : undefined}
          >
            <option value="">Choose…</option>
            {(categories.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {`${'\u2003'.repeat(c.depth)}${c.name}`}
              </option>
            ))}
          </SelectField>
        </div>
        <Checkbox
          label="On sale in the shop"
          checked={draft.is_active}
          onChange={(e) => set('is_active', e.target.checked)}
        />

        <h2>Colours and sizes</h2>
        {draft.variants.map((variant, v) => (
          <fieldset key={variant.key} className="fieldset variant" data-testid="variant">
            <legend>Colour {v + 1}</legend>
            <div className="form__pair">
              <Field
                label="Colour"
                value={variant.color}
                onChange={(e) => setVariant(v, { color: e.target.value })}
                errors={errors[`variants.${v}.color`]}
              />
              <Field
                label="Own price (optional)"
                inputMode="decimal"
                value={variant.price}
                onChange={(e) => setVariant(v, { price: e.target.value })}
                errors={errors[`variants.${v}.price`]}
              />
            </div>
            <table className="table table--sizes">
              <caption className="visually-hidden">Sizes of colour {v + 1}</caption>
              <thead>
                <tr>
                  <th scope="col">Size</th>
                  <th scope="col">SKU</th>
                  <th scope="col">Stock</th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {variant.sizes.map((size, s) => {
                  const at = `variants.${v}.sizes.${s}`;
                  return (
                    <tr key={size.key}>
                      <td className="sizes-cell">
                        <Field
                          label={<RowLabel text="Size" row={s} colour={v} />}
                          className="field--bare"
                          value={size.size}
                          onChange={(e) => setSize(v, s, { size: e.target.value })}
                          errors={errors[`${at}.size`]}
                        />
                      </td>
                      <td className="sizes-cell">
                        <Field
                          label={<RowLabel text="SKU" row={s} colour={v} />}
                          className="field--bare"
                          value={size.sku}
                          onChange={(e) => setSize(v, s, { sku: e.target.value })}
                          errors={errors[`${at}.sku`]}
                        />
                      </td>
                      <td className="sizes-cell">
                        <Field
                          label={<RowLabel text="Stock" row={s} colour={v} />}
                          className="field--bare"
                          inputMode="numeric"
                          value={size.stock}
                          onChange={(e) => setSize(v, s, { stock: e.target.value })}
                          errors={errors[`${at}.stock`]}
                        />
                      </td>
                      <td className="sizes-cell">
                        <button
                          type="button"
                          className="button button--small button--quiet"
                          aria-label={`Remove size ${s + 1} of colour ${v + 1}`}
                          onClick={() => setVariant(v, { sizes: variant.sizes.filter((_, i) => i !== s) })}
                        >
                          ×
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <div className="form__row">
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => setVariant(v, { sizes: [...variant.sizes, emptySize()] })}
              >
                Add a size
              </button>
              <button
                type="button"
                className="button button--small button--quiet button--danger-text"
                onClick={() =>
                  set(
                    'variants',
                    draft.variants.filter((_, i) => i !== v),
                  )
                }
              >
                Remove colour {v + 1}
              </button>
            </div>
          </fieldset>
        ))}
        <div className="form__row">
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => set('variants', [...draft.variants, emptyVariant()])}
          >
            Add a colour
          </button>
        </div>
        <p className="field__hint">
          Sizes and colours you remove are removed from the shop when you save; their stock is written off.
        </p>
        <SubmitButton busy={action.busy} busyLabel="Saving…">
          {product ? 'Save product' : 'Create product'}
        </SubmitButton>
      </form>
      {product ? <ImagesPanel product={product} reload={reloadProduct} /> : null}
    </section>
  );
}

/** "Size" on screen (phones show it above the box; wider screens have the column heading), "Size 1 of colour 2" to screen readers. */
function RowLabel({ text, row, colour }: { text: string; row: number; colour: number }) {
  return (
    <>
      {text}
      <span className="visually-hidden">
        {' '}
        {row + 1} of colour {colour + 1}
      </span>
    </>
  );
}
