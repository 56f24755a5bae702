import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../lib/api.js';
import { DownloadButton, exportQuery } from '../../lib/download.js';
import { formatDateTime } from '../../lib/format.js';
import {
  type AdminOrder,
  addressLines,
  ORDER_STATUS_LABELS,
  ORDER_STATUSES,
  type OrderStatus,
} from '../../lib/orders.js';
import { settle } from '../../lib/problem.js';
import { useAction, useApiQuery } from '../../lib/query.js';
import { keys, ORDER_KEYS } from '../../lib/query-keys.js';
import { useMoney } from '../../lib/shop.js';
import { readChoice } from '../../lib/url-state.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { Checkbox, FormAlert, SelectField, SuccessAlert } from '../../ui/forms.js';
import { FilterBar, PagedList, useUrlFilters } from '../../ui/list.js';
import { OrderStatusBadge } from '../shop/order-status.js';

const PAGE_SIZE = 20;

/** `/admin/orders`: every order, by status or search; staff move them along the allowed transitions. */
export function AdminOrdersPage() {
  useDocumentTitle('Orders');
  const filters = useUrlFilters();
  const { page } = filters;
  const status = readChoice(filters.params, 'status', ORDER_STATUSES);
  const search = filters.get('search');
  const [notice, setNotice] = useState<string | undefined>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const query = { page, page_size: PAGE_SIZE, ...(status ? { status } : {}), ...(search ? { search } : {}) };
  const list = useApiQuery([...keys.adminOrders, filters.key], (signal) =>
    settle(api.GET('/api/admin/orders/', { params: { query }, signal }), signal),
  );
  const count = list.data?.count;
  return (
    <section className="page" aria-labelledby="admin-orders-title">
      <header className="page__head">
        <h1 id="admin-orders-title">Orders</h1>
        <p className="muted">
          {count === undefined ? '' : `${count} ${count === 1 ? 'order' : 'orders'}. `}Each status change
          emails the customer.
        </p>
        <DownloadButton
          label="Export CSV"
          filename="orders.csv"
          load={() =>
            settle(
              api.GET('/api/admin/orders/export.csv', {
                params: { query: exportQuery(query) },
                parseAs: 'blob',
              }),
            )
          }
        />
      </header>
      <FilterBar filters={filters} label="Filter orders" placeholder="Order number or email">
        <SelectField
          label="Status"
          value={status}
          onChange={(e) => filters.update({ status: e.target.value })}
        >
          <option value="">Any status</option>
          {ORDER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ORDER_STATUS_LABELS[s]}
            </option>
          ))}
        </SelectField>
      </FilterBar>
      {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
      <BulkStatusBar
        selected={selected}
        onDone={(summary) => {
          setSelected(new Set());
          setNotice(summary);
        }}
        onClear={() => setSelected(new Set())}
      />
      <PagedList
        list={list}
        filters={filters}
        pageSize={PAGE_SIZE}
        label="Order pages"
        loadingLabel="Loading orders…"
        empty="No order matches these filters."
      >
        {(orders, busy) => (
          <ul className="order-list" aria-busy={busy || undefined}>
            <li className="order-list__all">
              <Checkbox
                label="Select every order on this page"
                checked={orders.length > 0 && orders.every((o) => selected.has(o.id))}
                onChange={(e) => {
                  const next = new Set(selected);
                  for (const o of orders) {
                    if (e.target.checked) next.add(o.id);
                    else next.delete(o.id);
                  }
                  setSelected(next);
                }}
              />
            </li>
            {orders.map((order) => (
              <AdminOrderCard
                key={order.id}
                order={order}
                selected={selected.has(order.id)}
                onSelect={(on) => toggle(order.id, on)}
                onChanged={(changed) => {
                  setNotice(
                    `Order ${changed.order_number} is now ${ORDER_STATUS_LABELS[changed.status].toLowerCase()}.`,
                  );
                }}
              />
            ))}
          </ul>
        )}
      </PagedList>
    </section>
  );
}

/** One order's answer to a bulk change. */
interface BulkResult {
  id: string;
  order_number: string | null;
  outcome: 'changed' | 'unchanged' | 'refused';
  detail: string | null;
}

/** Shown while orders are selected: one status for all of them, each answered on its own. */
function BulkStatusBar({
  selected,
  onDone,
  onClear,
}: {
  selected: ReadonlySet<string>;
  onDone: (summary: string) => void;
  onClear: () => void;
}) {
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const [refused, setRefused] = useState<BulkResult[]>([]);
  const action = useAction({ invalidates: ORDER_KEYS });
  if (selected.size === 0 && refused.length === 0) return null;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!status || selected.size === 0) return;
    const outcome = await action.run(() =>
      settle(api.POST('/api/admin/orders/bulk-status/', { body: { ids: [...selected], status } })),
    );
    if (outcome?.ok) {
      const { changed, results } = outcome.data;
      setRefused(results.filter((r) => r.outcome === 'refused'));
      setStatus('');
      onDone(
        `${changed} ${changed === 1 ? 'order' : 'orders'} now ${ORDER_STATUS_LABELS[status].toLowerCase()}` +
          (outcome.data.refused ? `; ${outcome.data.refused} refused (see below).` : '.'),
      );
    }
  };
  return (
    <section className="panel bulk-bar" aria-label="Change the selected orders" data-testid="bulk-bar">
      {selected.size > 0 ? (
        <form className="inline-form" onSubmit={onSubmit}>
          <p className="bulk-bar__count">
            {selected.size} {selected.size === 1 ? 'order' : 'orders'} selected
          </p>
          <SelectField
            label="Status for the selected orders"
            className="field--inline"
            value={status}
            onChange={(e) => setStatus(e.target.value as OrderStatus | '')}
          >
            <option value="">Choose…</option>
            {ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ORDER_STATUS_LABELS[s]}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button--small" disabled={!status || action.busy}>
            {action.busy ? 'Applying…' : 'Apply to selected'}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={onClear}>
            Clear selection
          </button>
        </form>
      ) : null}
      {refused.length ? (
        <ul className="plain-list" data-testid="bulk-refused">
          {refused.map((r) => (
            <li key={r.id}>
              {r.order_number ?? r.id}: {r.detail}
            </li>
          ))}
        </ul>
      ) : null}
      <FormAlert message={action.problem?.detail} />
    </section>
  );
}

function AdminOrderCard({
  order,
  onChanged,
  selected,
  onSelect,
}: {
  order: AdminOrder;
  onChanged: (order: AdminOrder) => void;
  selected: boolean;
  onSelect: (on: boolean) => void;
}) {
  const money = useMoney();
  // The server says where this order may go; the select offers only that.
  const options = order.next_statuses;
  const [next, setNext] = useState<OrderStatus | ''>('');
  // A refund puts unshipped items back in stock; shipped ones only when they came back.
  const shipped = order.status === 'shipped' || order.status === 'delivered';
  const [restock, setRestock] = useState(!shipped);
  const action = useAction({ invalidates: ORDER_KEYS });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!next) return;
    const body = next === 'refunded' ? { status: next, restock } : { status: next };
    const outcome = await action.run(() =>
      settle(api.PATCH('/api/admin/orders/{id}/', { params: { path: { id: order.id } }, body })),
    );
    if (outcome?.ok) {
      setNext('');
      onChanged(outcome.data);
    }
  };
  return (
    <li className="card order-card" data-testid="admin-order" data-number={order.order_number}>
      <div className="card__head">
        <Checkbox
          label={`Select ${order.order_number}`}
          checked={selected}
          onChange={(e) => onSelect(e.target.checked)}
        />
        <h2 className="card__title">
          <Link to={`/admin/orders/${order.id}`}>Order {order.order_number}</Link>
        </h2>
        <OrderStatusBadge status={order.status} />
      </div>
      <p className="muted">
        <Link to={`/admin/customers/${order.user_id}`} className="break">
          {order.email}
        </Link>{' '}
        · {formatDateTime(order.created_at)} · {order.item_count} {order.item_count === 1 ? 'item' : 'items'}{' '}
        · {money(order.total)}
        {order.payment ? ` · ${order.payment.method_label} (${order.payment.status})` : ''}
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
            onChange={(e) => {
              setNext(e.target.value as OrderStatus | '');
              setRestock(!shipped);
            }}
          >
            <option value="">Choose…</option>
            {options.map((s) => (
              <option key={s} value={s}>
                {ORDER_STATUS_LABELS[s]}
              </option>
            ))}
          </SelectField>
          {next === 'refunded' ? (
            <Checkbox
              label={shipped ? 'Items came back: restock them' : 'Put the items back in stock'}
              checked={restock}
              onChange={(e) => setRestock(e.target.checked)}
            />
          ) : null}
          <button type="submit" className="button button--small" disabled={!next || action.busy}>
            {action.busy ? 'Saving…' : 'Change status'}
          </button>
        </form>
      ) : null}
      <FormAlert message={action.problem?.detail} />
    </li>
  );
}
