import type { Schemas } from '@mercato/sdk';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../lib/api.js';
import { settle } from '../../lib/problem.js';
import { useAction, useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { cartStore, useMoney } from '../../lib/shop.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { FormAlert, SuccessAlert } from '../../ui/forms.js';
import { PagedList, useUrlFilters } from '../../ui/list.js';
import { ShopEmpty } from './orders-page.js';
import { ProductThumb } from './product-thumb.js';

type WishlistItem = Schemas['WishlistItem'];
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

function WishlistLine({ item, onDone }: { item: WishlistItem; onDone: (message: string) => void }) {
  const money = useMoney();
  const action = useAction({ invalidates: [keys.wishlist] });
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
