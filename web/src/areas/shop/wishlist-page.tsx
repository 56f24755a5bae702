import type { Schemas } from '@mercato/sdk';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../lib/api.js';
import { settle } from '../../lib/problem.js';
import { cartStore, useMoney } from '../../lib/shop.js';
import { nextParams, readPage } from '../../lib/url-state.js';
import { useAction, useLoad } from '../../lib/use-async.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import { FormAlert, SuccessAlert } from '../../ui/forms.js';
import { Pagination } from '../../ui/pagination.js';
import { ProductThumb } from './product-thumb.js';

type WishlistItem = Schemas['WishlistItem'];
const PAGE_SIZE = 20;

/** `/wishlist`: saved products; remove them or move them to the cart. */
export function WishlistPage() {
  useDocumentTitle('Your wishlist');
  const [params, setParams] = useSearchParams();
  const page = readPage(params);
  const [notice, setNotice] = useState<string | undefined>();
  const list = useLoad(
    (signal) =>
      settle(
        api.GET('/api/wishlist/', { params: { query: { page, page_size: PAGE_SIZE } }, signal }),
        signal,
      ),
    [page],
  );
  const done = (message: string) => {
    setNotice(message);
    list.reload();
  };
  const data = list.data;
  return (
    <section className="page" aria-labelledby="wishlist-title">
      <header className="page__head">
        <h1 id="wishlist-title">Your wishlist</h1>
      </header>
      {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
      {list.status === 'error' ? <ErrorPanel problem={list.problem} onRetry={list.reload} /> : null}
      {!data && list.status === 'loading' ? <Loading label="Loading your wishlist…" /> : null}
      {data ? (
        data.results.length === 0 ? (
          <div className="empty stack">
            <p>Nothing saved yet.</p>
            <p>
              <Link to="/shop/products">Browse the shop</Link>
            </p>
          </div>
        ) : (
          <ul className="cart-lines" aria-busy={list.status === 'loading' || undefined}>
            {data.results.map((item) => (
              <WishlistLine key={item.id} item={item} onDone={done} />
            ))}
          </ul>
        )
      ) : null}
      {data ? (
        <Pagination
          label="Wishlist pages"
          page={page}
          pageSize={PAGE_SIZE}
          count={data.count}
          onPage={(p) => setParams(nextParams(params, { page: p }))}
        />
      ) : null}
    </section>
  );
}

function WishlistLine({ item, onDone }: { item: WishlistItem; onDone: (message: string) => void }) {
  const money = useMoney();
  const action = useAction();
  const { product } = item;
  const remove = async () => {
    const outcome = await action.run(() =>
      settle(api.DELETE('/api/wishlist/remove/{id}/', { params: { path: { id: item.id } } })),
    );
    if (outcome?.ok) onDone(`${product.name} is removed from your wishlist.`);
  };
  const move = async () => {
    const outcome = await action.run(() =>
      cartStore.apply(
        settle(
          api.POST('/api/wishlist/{id}/move-to-cart/', {
            params: { path: { id: item.id } },
            body: { quantity: 1 },
          }),
        ),
      ),
    );
    if (outcome?.ok) onDone(`${product.name} is in your cart.`);
  };
  const needsSize = action.problem?.code === 'SIZE_REQUIRED';
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
        <FormAlert message={action.problem?.detail} />
        {needsSize ? (
          <p>
            <Link to={`/shop/products/${product.slug}`}>Choose a size on the product page</Link>
          </p>
        ) : null}
      </div>
      <div className="cart-line__controls">
        <button
          type="button"
          className="button button--small"
          onClick={() => void move()}
          disabled={action.busy || !product.in_stock || !product.is_active}
        >
          Move to cart
        </button>
        <button
          type="button"
          className="button button--small button--quiet button--danger-text"
          onClick={() => void remove()}
          disabled={action.busy}
          aria-label={`Remove ${product.name} from your wishlist`}
        >
          Remove
        </button>
      </div>
    </li>
  );
}
