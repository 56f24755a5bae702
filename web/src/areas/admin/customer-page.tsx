/**
 * `/admin/customers/:id` (staff, managers, admins): one customer at a glance:
 * profile, what they spent (refunds taken off), average order, first and last
 * order, saved addresses, loyalty points and subscription, and their orders a
 * page at a time, each linking to the orders list where staff handle it.
 */
import { Link, useParams } from 'react-router';
import { api } from '../../lib/api.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { LEDGER_KIND_LABELS } from '../../lib/loyalty.js';
import { addressLines } from '../../lib/orders.js';
import { settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { can } from '../../lib/roles.js';
import { useSession } from '../../lib/session.js';
import { useMoney } from '../../lib/shop.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import { PagedList, Table, useUrlFilters } from '../../ui/list.js';
import { OrderStatusBadge } from '../shop/order-status.js';
import { Stat } from './dashboard-page.js';

const PAGE_SIZE = 10;

export function CustomerPage() {
  const { id = '' } = useParams();
  const money = useMoney();
  const { user } = useSession();
  const customer = useApiQuery(
    [...keys.adminCustomer, id],
    (signal) => settle(api.GET('/api/admin/customers/{id}/', { params: { path: { id } }, signal }), signal),
    { detail: true },
  );
  const data = customer.data;
  const name = data
    ? `${data.profile.first_name} ${data.profile.last_name}`.trim() || data.profile.username
    : '';
  useDocumentTitle(name ? `Customer ${name}` : 'Customer');
  if (customer.status === 'error' && !data)
    return <ErrorPanel problem={customer.problem} onRetry={customer.reload} />;
  if (!data) return <Loading label="Loading the customer…" />;
  const { profile, orders, addresses, loyalty, subscription } = data;
  return (
    <section className="page" aria-labelledby="customer-title">
      <header className="page__head">
        <h1 id="customer-title">{name}</h1>
        <p className="muted">
          <span className="break">{profile.email}</span>
          {profile.phone ? ` · ${profile.phone}` : ''} · joined {formatDate(profile.date_joined)}
          {profile.is_active ? '' : ' · inactive'}
        </p>
      </header>
      <ul className="stat-cards" aria-label="What they bought">
        <Stat
          id="customer-spent"
          label="Total spent"
          value={money(orders.total_spent)}
          note="Refunds taken off"
        />
        <Stat
          id="customer-orders"
          label="Orders"
          value={String(orders.order_count)}
          note={`${orders.orders_placed} placed`}
        />
        <Stat id="customer-average" label="Average order" value={money(orders.average_order_value)} note="" />
        <Stat id="customer-refunded" label="Refunded" value={money(orders.total_refunded)} note="" />
        <Stat
          id="customer-first"
          label="First order"
          value={orders.first_order_at ? formatDate(orders.first_order_at) : '—'}
          note=""
        />
        <Stat
          id="customer-last"
          label="Last order"
          value={orders.last_order_at ? formatDate(orders.last_order_at) : '—'}
          note=""
        />
      </ul>
      <p className="muted">Spent counts the orders paid and kept, less what was given back on them.</p>

      <h2>Orders</h2>
      <CustomerOrders id={id} />

      <div className="split">
        <section aria-labelledby="customer-addresses">
          <h2 id="customer-addresses">Saved addresses</h2>
          {addresses.length === 0 ? (
            <p className="muted">No saved addresses.</p>
          ) : (
            <ul className="plain-list">
              {addresses.map((a) => (
                <li key={a.id} className="card" data-testid="customer-address">
                  <strong>
                    {a.label || 'Address'}
                    {a.is_default ? ' (default)' : ''}
                  </strong>
                  <p className="muted">{addressLines({ ...a, state: a.region }).join(', ')}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="customer-loyalty">
          <h2 id="customer-loyalty">Loyalty</h2>
          {loyalty ? (
            <div className="card" data-testid="customer-loyalty">
              <p>
                <code>{loyalty.customer_id}</code> · <strong>{loyalty.balance}</strong> points
                {can.decideVendors(user) ? (
                  <>
                    {' '}
                    · <Link to={`/admin/loyalty/${loyalty.customer_id}`}>Open the account</Link>
                  </>
                ) : null}
              </p>
              {loyalty.recent.length > 0 ? (
                <ul className="plain-list">
                  {loyalty.recent.map((e) => (
                    <li key={e.id}>
                      {formatDateTime(e.created_at)} · {LEDGER_KIND_LABELS[e.kind]} ·{' '}
                      {e.points > 0 ? `+${e.points}` : e.points}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">No points yet.</p>
              )}
            </div>
          ) : (
            <p className="muted">No loyalty account.</p>
          )}
          <h2>Subscription</h2>
          {subscription ? (
            <div className="card" data-testid="customer-subscription">
              <p>
                {subscription.package_name} · {subscription.connection_type} · {subscription.status} · since{' '}
                {formatDate(subscription.since)}
              </p>
              <p>
                Balance: {money(subscription.balance)} ·{' '}
                <Link to={`/admin/billing/subscribers/${subscription.uid}`}>Open the subscriber</Link>
              </p>
            </div>
          ) : (
            <p className="muted">Not a subscriber.</p>
          )}
        </section>
      </div>
    </section>
  );
}

function CustomerOrders({ id }: { id: string }) {
  const filters = useUrlFilters();
  const money = useMoney();
  const list = useApiQuery([...keys.adminCustomer, id, 'orders', filters.page], (signal) =>
    settle(
      api.GET('/api/admin/customers/{id}/orders/', {
        params: { path: { id }, query: { page: filters.page, page_size: PAGE_SIZE } },
        signal,
      }),
      signal,
    ),
  );
  return (
    <PagedList
      list={list}
      filters={filters}
      pageSize={PAGE_SIZE}
      label="Order pages"
      loadingLabel="Loading the orders…"
      empty="No orders yet."
    >
      {(orders, busy) => (
        <Table
          caption={`Orders, page ${filters.page}`}
          columns={['Order', 'Placed', 'Status', 'Items', 'Total']}
          busy={busy}
        >
          {orders.map((o) => (
            <tr key={o.id} data-testid="customer-order">
              <td>
                <Link to={`/admin/orders?search=${encodeURIComponent(o.order_number)}`}>
                  {o.order_number}
                </Link>
              </td>
              <td data-label="Placed" className="table__nowrap">
                {formatDateTime(o.created_at)}
              </td>
              <td data-label="Status">
                <OrderStatusBadge status={o.status} />
              </td>
              <td data-label="Items">{o.item_count}</td>
              <td data-label="Total">{money(o.total)}</td>
            </tr>
          ))}
        </Table>
      )}
    </PagedList>
  );
}
