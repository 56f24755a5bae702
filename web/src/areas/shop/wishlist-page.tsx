import type { Schemas } from '@mercato/sdk';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../lib/api.js';
import { localProblem, type Outcome, settle } from '../../lib/problem.js';
import { problemOf, unwrap, useAction, useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { cartStore, useMoney } from '../../lib/shop.js';
import { preferredChoice, rememberedChoice, type SizeChoice, sizeChoices } from '../../lib/size-choice.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { DialogForm, FormAlert, SuccessAlert, useForm } from '../../ui/forms.js';
import { PagedList, useUrlFilters } from '../../ui/list.js';
import { ShopEmpty } from './orders-page.js';
import { ProductThumb } from './product-thumb.js';

type WishlistItem = Schemas['WishlistItem'];
type ProductDetail = Schemas['ProductDetail'];
const PAGE_SIZE = 20;

/** `/wishlist`: saved products; remove them or move them to the cart. */
export function WishlistPage() {
  useDocumentTitle('Your wishlist');
  const filters = useUrlFilters();
  const { page } = filters;
  const [notice, setNotice] = useState<string | undefined>();
  const list = useApiQuery([...keys.wishlist, page], (signal) =>
    settle(api.GET('/api/wishlist/', { params: { query: { page, page_size: PAGE_SIZE } }, signal }), signal),
  );
  const done = (message: string) => {
    setNotice(message);
  };
  return (
    <section className="page" aria-labelledby="wishlist-title">
      <header className="page__head">
        <h1 id="wishlist-title">Your wishlist</h1>
      </header>
      {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
      <PagedList
        list={list}
        filters={filters}
        pageSize={PAGE_SIZE}
        label="Wishlist pages"
        loadingLabel="Loading your wishlist…"
        empty={<ShopEmpty text="Nothing saved yet." />}
      >
        {(items, busy) => (
          <ul className="cart-lines" aria-busy={busy || undefined}>
            {items.map((item) => (
              <WishlistLine key={item.id} item={item} onDone={done} />
            ))}
          </ul>
        )}
      </PagedList>
    </section>
  );
}

/** The product's sizes as the shop shows them now (from the cache when fresh). */
async function loadProduct(client: QueryClient, slug: string): Promise<Outcome<ProductDetail>> {
  try {
    const data = await client.fetchQuery({
      queryKey: keys.product(slug),
      queryFn: async ({ signal }) =>
        unwrap(
          await settle(api.GET('/api/products/{slug}/', { params: { path: { slug } }, signal }), signal),
        ),
    });
    return { ok: true, data, status: 200 };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
}

function moveToCart(item: WishlistItem, sizeId: string | undefined) {
  return cartStore.apply(
    settle(
      api.POST('/api/wishlist/{id}/move-to-cart/', {
        params: { path: { id: item.id } },
        body: { quantity: 1, ...(sizeId ? { size_id: sizeId } : {}) },
      }),
    ),
  );
}

function WishlistLine({ item, onDone }: { item: WishlistItem; onDone: (message: string) => void }) {
  const money = useMoney();
  const client = useQueryClient();
  const action = useAction({ invalidates: [keys.wishlist] });
  const lookup = useAction();
  const [choices, setChoices] = useState<SizeChoice[] | undefined>();
  const { product } = item;
  const moved = () => onDone(`${product.name} is in your cart.`);
  const remove = async () => {
    const outcome = await action.run(() =>
      settle(api.DELETE('/api/wishlist/remove/{id}/', { params: { path: { id: item.id } } })),
    );
    if (outcome?.ok) onDone(`${product.name} is removed from your wishlist.`);
  };
  // With one size in stock it goes straight to the cart; with several the shopper picks one.
  const move = async () => {
    const found = await lookup.run(() => loadProduct(client, product.slug));
    if (!found?.ok) return;
    const inStock = sizeChoices(found.data.variants);
    if (inStock.length > 1) {
      setChoices(inStock);
      return;
    }
    const outcome = await action.run(() => moveToCart(item, inStock[0]?.sizeId));
    if (outcome?.ok) moved();
  };
  const problem = action.problem ?? lookup.problem;
  const busy = action.busy || lookup.busy;
  return (
    <li className="card cart-line" data-testid="wishlist-line">
      <ProductThumb image={product.image} alt="" />
      <div className="cart-line__body">
        <Link to={`/shop/products/${product.slug}`} className="cart-line__name">
          {product.name}
        </Link>
        <p className="muted">
          {money(product.price)}
          {!product.is_active ? ' · No longer sold' : product.in_stock ? '' : ' · Out of stock'}
        </p>
        <FormAlert message={problem?.detail} />
      </div>
      <div className="cart-line__controls">
        <button
          type="button"
          className="button button--small"
          onClick={() => void move()}
          disabled={busy || !product.in_stock || !product.is_active}
        >
          Move to cart
        </button>
        <button
          type="button"
          className="button button--small button--quiet button--danger-text"
          onClick={() => void remove()}
          disabled={busy}
          aria-label={`Remove ${product.name} from your wishlist`}
        >
          Remove
        </button>
      </div>
      {choices ? (
        <SizePickerDialog
          name={product.name}
          choices={choices}
          preferred={preferredChoice(choices, rememberedChoice(localStorage, product.id))?.sizeId ?? ''}
          onMove={(sizeId) => moveToCart(item, sizeId)}
          onClose={() => setChoices(undefined)}
          onMoved={() => {
            setChoices(undefined);
            moved();
          }}
        />
      ) : null}
    </li>
  );
}

/** "Which size?" before a product with several sizes in stock goes to the cart. */
function SizePickerDialog({
  name,
  choices,
  preferred,
  onMove,
  onClose,
  onMoved,
}: {
  name: string;
  choices: SizeChoice[];
  preferred: string;
  onMove: (sizeId: string) => Promise<Outcome<unknown>>;
  onClose: () => void;
  onMoved: () => void;
}) {
  const form = useForm({ size_id: preferred }, { invalidates: [keys.wishlist] });
  const chosen = form.values.size_id;
  const onSubmit = form.onSubmit(
    () =>
      chosen
        ? onMove(chosen)
        : Promise.resolve({
            ok: false as const,
            problem: localProblem('Choose a size.', { size_id: ['Choose a size.'] }),
          }),
    onMoved,
  );
  return (
    <DialogForm
      title={`Which size of ${name}?`}
      form={form}
      onClose={onClose}
      onSubmit={onSubmit}
      submit="Move to cart"
      busyLabel="Moving…"
    >
      <fieldset
        className="choice-row"
        aria-describedby={form.errors.size_id ? 'size-choice-errors' : undefined}
      >
        <legend>Size</legend>
        {choices.map((choice) => (
          <label key={choice.sizeId} className="chip">
            <input
              type="radio"
              name="size_id"
              value={choice.sizeId}
              checked={choice.sizeId === chosen}
              onChange={() => form.set('size_id', choice.sizeId)}
            />
            <span className="chip__label">{choice.label}</span>
          </label>
        ))}
      </fieldset>
      {form.errors.size_id ? (
        <ul className="field__errors" id="size-choice-errors">
          {form.errors.size_id.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </DialogForm>
  );
}
