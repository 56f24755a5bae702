import { Link } from 'react-router';
import { api } from '../../lib/api.js';
import { formatDateTime, plural } from '../../lib/format.js';
import { settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { useMoney } from '../../lib/shop.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { PagedList, useUrlFilters } from '../../ui/list.js';
import { OrderStatusBadge } from './order-status.js';

const PAGE_SIZE = 10;

/** `/orders`: the signed-in customer's orders, newest first. */
export function OrdersPage() {
  useDocumentTitle('Your orders');
  const filters = useUrlFilters();
  const { page } = filters;
  const money = useMoney();
  const orders = useApiQuery([...keys.orders, page], (signal) =>
    settle(api.GET('/api/orders/', { params: { query: { page, page_size: PAGE_SIZE } }, signal }), signal),
  );
  return (
    <section className="page" aria-labelledby="orders-title">
      <header className="page__head">
        <h1 id="orders-title">Your orders</h1>
      </header>
      <PagedList
        list={orders}
        filters={filters}
        pageSize={PAGE_SIZE}
        label="Order pages"
        loadingLabel="Loading your orders…"
        empty={<ShopEmpty text="You have no orders yet." />}
      >
        {(results, busy) => (
          <ul className="order-list" aria-busy={busy || undefined}>
            {results.map((order) => (
              <li key={order.id} className="card order-card" data-testid="order-card">
                <div className="card__head">
                  <h2 className="card__title">
                    <Link to={`/orders/${order.id}`}>Order {order.order_number}</Link>
                  </h2>
                  <OrderStatusBadge status={order.status} />
                </div>
                <p className="muted">
                  {formatDateTime(order.created_at)} · {plural(order.item_count, 'item')} ·{' '}
                  {money(order.total)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </section>
  );
}

/** An empty list in the shop, with the way back to browsing. */
export function ShopEmpty({ text }: { text: string }) {
  return (
    <>
      <p>{text}</p>
      <p>
        <Link to="/shop/products" className="button">
          Browse the shop
        </Link>
      </p>
    </>
  );
}
