import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import {
  addressLines,
  nextStatuses,
  ORDER_STATUS_LABELS,
  ORDER_STATUSES,
  type OrderStatus,
} from '../../lib/orders.js';
import { settle } from '../../lib/problem.js';
import { type Order, useMoney } from '../../lib/shop.js';
import { nextParams, readChoice, readPage } from '../../lib/url-state.js';
import { useAction, useLoad } from '../../lib/use-async.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import { FormAlert, SearchBox, SelectField, SuccessAlert } from '../../ui/forms.js';
import { Pagination } from '../../ui/pagination.js';
import { OrderStatusBadge } from '../shop/order-status.js';

const PAGE_SIZE = 20;

/** `/admin/orders`: every order, by status or search; staff move them along the allowed transitions. */
export function AdminOrdersPage() {
  useDocumentTitle('Orders');
  const [params, setParams] = useSearchParams();
  const page = readPage(params);
  const status = readChoice(params, 'status', ORDER_STATUSES);
  const search = params.get('search') ?? '';
  const [searchText, setSearchText] = useState(search);
  const [notice, setNotice] = useState<string | undefined>();
  const list = useLoad(
    (signal) =>
      settle(
        api.GET('/api/admin/orders/', {
          params: {
            query: {
              page,
              page_size: PAGE_SIZE,
              ...(status ? { status } : {}),
              ...(search ? { search } : {}),
            },
          },
          signal,
        }),
        signal,
      ),
    [params.toString()],
  );
  const update = (changes: Record<string, string | number>) => setParams(nextParams(params, changes));
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    update({ search: searchText });
  };
  const data = list.data;
  return (
    <section className="page" aria-labelledby="admin-orders-title">
      <header className="page__head">
        <h1 id="admin-orders-title">Orders</h1>
        <p className="muted">
          {data ? `${data.count} ${data.count === 1 ? 'order' : 'orders'}. ` : ''}Each status change emails
          the customer.
        </p>
      </header>
      <form className="filters" onSubmit={onSearch} aria-label="Filter orders">
        <SearchBox
          label="Search"
          id="orders-search"
          placeholder="Order number or email"
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
        />
        <SelectField label="Status" value={status} onChange={(e) => update({ status: e.target.value })}>
          <option value="">Any status</option>
          {ORDER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ORDER_STATUS_LABELS[s]}
            </option>
          ))}
        </SelectField>
      </form>
      {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
      {list.status === 'error' ? <ErrorPanel problem={list.problem} onRetry={list.reload} /> : null}
      {!data && list.status === 'loading' ? <Loading label="Loading orders…" /> : null}
      {data ? (
        data.results.length === 0 ? (
          <p className="empty">No order matches these filters.</p>
        ) : (
          <ul className="order-list" aria-busy={list.status === 'loading' || undefined}>
            {data.results.map((order) => (
              <AdminOrderCard
                key={order.id}
                order={order}
                onChanged={(changed) => {
                  setNotice(
                    `Order ${changed.order_number} is now ${ORDER_STATUS_LABELS[changed.status].toLowerCase()}.`,
                  );
                  list.reload();
                }}
              />
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
          onPage={(p) => update({ page: p })}
        />
      ) : null}
    </section>
  );
}

function AdminOrderCard({ order, onChanged }: { order: Order; onChanged: (order: Order) => void }) {
  const money = useMoney();
  const options = nextStatuses(order.status);
  const [next, setNext] = useState<OrderStatus | ''>('');
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!next) return;
    const outcome = await action.run(() =>
      settle(
        api.PATCH('/api/admin/orders/{id}/', { params: { path: { id: order.id } }, body: { status: next } }),
      ),
    );
    if (outcome?.ok) {
      setNext('');
      onChanged(outcome.data);
    }
  };
  return (
    <li className="card order-card" data-testid="admin-order" data-number={order.order_number}>
      <div className="card__head">
        <h2 className="card__title">Order {order.order_number}</h2>
        <OrderStatusBadge status={order.status} />
      </div>
      <p className="muted">
        <span className="break">{order.email}</span> · {formatDateTime(order.created_at)} · {order.item_count}{' '}
        {order.item_count === 1 ? 'item' : 'items'} · {money(order.total)}
        {order.payment ? ` · ${order.payment.method} (${order.payment.status})` : ''}
      </p>
      <details>
        <summary>Items and address</summary>
        <ul className="plain-list">
          {order.items.map((item) => (
            <li key={item.id}>
              {item.quantity} × {item.product_name} ({item.variant_color}, {item.size}, {item.sku}) ·{' '}
              {money(item.line_total)}
            </li>
          ))}
        </ul>
        <p className="muted">{addressLines(order.shipping_address as Record<string, unknown>).join(', ')}</p>
      </details>
      {options.length ? (
        <form className="inline-form" onSubmit={onSubmit}>
          <SelectField
            label={`New status for ${order.order_number}`}
            className="field--inline"
            value={next}
            onChange={(e) => setNext(e.target.value as OrderStatus | '')}
          >
            <option value="">Choose…</option>
            {options.map((s) => (
              <option key={s} value={s}>
                {ORDER_STATUS_LABELS[s]}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button--small" disabled={!next || action.busy}>
            {action.busy ? 'Saving…' : 'Change status'}
          </button>
        </form>
      ) : null}
      <FormAlert message={action.problem?.detail} />
    </li>
  );
}
