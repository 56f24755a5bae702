import { Link, useSearchParams } from 'react-router';
import { api } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { settle } from '../../lib/problem.js';
import { useMoney } from '../../lib/shop.js';
import { nextParams, readPage } from '../../lib/url-state.js';
import { useLoad } from '../../lib/use-async.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import { Pagination } from '../../ui/pagination.js';
import { OrderStatusBadge } from './order-status.js';

const PAGE_SIZE = 10;

/** `/orders`: the signed-in customer's orders, newest first. */
export function OrdersPage() {
  useDocumentTitle('Your orders');
  const [params, setParams] = useSearchParams();
  const page = readPage(params);
  const money = useMoney();
  const orders = useLoad(
    (signal) =>
      settle(api.GET('/api/orders/', { params: { query: { page, page_size: PAGE_SIZE } }, signal }), signal),
    [page],
  );
  const data = orders.data;
  return (
    <section className="page" aria-labelledby="orders-title">
      <header className="page__head">
        <h1 id="orders-title">Your orders</h1>
      </header>
      {orders.status === 'error' ? <ErrorPanel problem={orders.problem} onRetry={orders.reload} /> : null}
      {!data && orders.status === 'loading' ? <Loading label="Loading your orders…" /> : null}
      {data ? (
        data.results.length === 0 ? (
          <div className="empty stack">
            <p>You have no orders yet.</p>
            <p>
              <Link to="/shop/products" className="button">
                Browse the shop
              </Link>
            </p>
          </div>
        ) : (
          <ul className="order-list" aria-busy={orders.status === 'loading' || undefined}>
            {data.results.map((order) => (
              <li key={order.id} className="card order-card" data-testid="order-card">
                <div className="card__head">
                  <h2 className="card__title">
                    <Link to={`/orders/${order.id}`}>Order {order.order_number}</Link>
                  </h2>
                  <OrderStatusBadge status={order.status} />
                </div>
                <p className="muted">
                  {formatDateTime(order.created_at)} · {order.item_count}{' '}
                  {order.item_count === 1 ? 'item' : 'items'} · {money(order.total)}
                </p>
              </li>
            ))}
          </ul>
        )
      ) : null}
      {data ? (
        <Pagination
          label="Order pages"
          page={page}
          pageSize={PAGE_SIZE}
          count={data.count}
          onPage={(p) => setParams(nextParams(params, { page: p }))}
        />
      ) : null}
    </section>
  );
}
