/**
 * `/vendor/orders`: the orders holding my products, showing only my lines and
 * where to ship them, filtered by status and days, and my sales per day for
 * the last 7, 30 or 90 days with my best sellers (managers and admins see
 * every product's, or one vendor's with `?vendor=<id>`).
 */
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../../lib/api.js';
import { formatDateTime, plural } from '../../lib/format.js';
import { formatMoney } from '../../lib/money.js';
import { addressLines, ORDER_STATUS_LABELS, ORDER_STATUSES } from '../../lib/orders.js';
import { settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { useMoney } from '../../lib/shop.js';
import { readChoice } from '../../lib/url-state.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import { Field, SelectField } from '../../ui/forms.js';
import { PagedList, useUrlFilters } from '../../ui/list.js';
import { OrderStatusBadge } from '../shop/order-status.js';

const PAGE_SIZE = 20;
const PERIODS = ['7', '30', '90'] as const;

export function VendorOrdersPage() {
  useDocumentTitle('My orders and sales');
  const filters = useUrlFilters();
  const money = useMoney();
  const { page } = filters;
  const status = readChoice(filters.params, 'status', ORDER_STATUSES);
  const from = filters.get('from');
  const to = filters.get('to');
  const vendor = filters.get('vendor');
  const query = {
    page,
    page_size: PAGE_SIZE,
    ...(status ? { status } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(vendor ? { vendor } : {}),
  };
  const list = useApiQuery([...keys.vendorOrders, 'list', filters.key], (signal) =>
    settle(api.GET('/api/vendor/orders/', { params: { query }, signal }), signal),
  );
  const count = list.data?.count;
  return (
    <section className="page" aria-labelledby="vendor-orders-title">
      <header className="page__head">
        <h1 id="vendor-orders-title">My orders and sales</h1>
        <p className="muted">Orders holding your products: you see your own lines and where to send them.</p>
      </header>
      <SalesPanel vendor={vendor} />
      <h2>Orders{count === undefined ? '' : ` (${plural(count, 'order')})`}</h2>
      <form className="filters" aria-label="Filter orders" onSubmit={(e) => e.preventDefault()}>
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
        <Field
          label="From"
          type="date"
          value={from}
          onChange={(e) => filters.update({ from: e.target.value })}
        />
        <Field label="To" type="date" value={to} onChange={(e) => filters.update({ to: e.target.value })} />
      </form>
      <PagedList
        list={list}
        filters={filters}
        pageSize={PAGE_SIZE}
        label="Order pages"
        loadingLabel="Loading your orders…"
        empty="No order of your products matches these filters."
      >
        {(orders, busy) => (
          <ul className="order-list" aria-busy={busy || undefined}>
            {orders.map((order) => (
              <li
                key={order.id}
                className="card order-card"
                data-testid="vendor-order"
                data-number={order.order_number}
              >
                <div className="card__head">
                  <h3 className="card__title">Order {order.order_number}</h3>
                  <OrderStatusBadge status={order.status} />
                </div>
                <p className="muted">
                  {formatDateTime(order.created_at)} · {plural(order.item_count, 'item')} of yours ·{' '}
                  {money(order.subtotal)}
                </p>
                <ul className="plain-list">
                  {order.items.map((item) => (
                    <li key={item.id} data-testid="vendor-order-line">
                      {item.quantity} × {item.product_name} ({item.variant_color}, {item.size}, {item.sku}) ·{' '}
                      {money(item.line_total)}
                    </li>
                  ))}
                </ul>
                <p className="muted">
                  Ship to: {addressLines(order.shipping_address as Record<string, unknown>).join(', ')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </section>
  );
}

function SalesPanel({ vendor }: { vendor: string }) {
  const filters = useUrlFilters();
  const days = readChoice(filters.params, 'days', PERIODS) || '30';
  const report = useApiQuery([...keys.vendorOrders, 'sales', days, vendor], (signal) =>
    settle(
      api.GET('/api/vendor/reports/sales/', {
        params: { query: { days: Number(days), ...(vendor ? { vendor } : {}) } },
        signal,
      }),
      signal,
    ),
  );
  const data = report.data;
  const money = (amount: string | number) =>
    formatMoney(typeof amount === 'number' ? amount.toFixed(2) : amount, data?.currency ?? 'USD');
  return (
    <section className="panel" aria-labelledby="vendor-sales-title">
      <div className="card__head">
        <h2 id="vendor-sales-title">Sales</h2>
        <fieldset className="segmented">
          <legend className="visually-hidden">Period</legend>
          {PERIODS.map((p) => (
            <label key={p}>
              <input
                type="radio"
                name="vendor-sales-period"
                checked={days === p}
                onChange={() => filters.update({ days: p })}
              />
              <span>{p} days</span>
            </label>
          ))}
        </fieldset>
      </div>
      {report.status === 'error' && !data ? (
        <ErrorPanel problem={report.problem} onRetry={report.reload} />
      ) : !data ? (
        <Loading label="Loading your sales…" />
      ) : (
        <>
          <ul className="stat-cards" aria-label="Sales figures">
            <li className="stat-card">
              <span className="stat-card__label">Revenue</span>
              <span className="stat-card__value" data-testid="vendor-revenue">
                {money(data.totals.revenue)}
              </span>
            </li>
            <li className="stat-card">
              <span className="stat-card__label">Units sold</span>
              <span className="stat-card__value" data-testid="vendor-units">
                {data.totals.units}
              </span>
            </li>
            <li className="stat-card">
              <span className="stat-card__label">Orders</span>
              <span className="stat-card__value">{data.totals.orders}</span>
            </li>
          </ul>
          <figure className="chart" data-testid="vendor-sales-chart">
            <div className="chart__plot">
              <ResponsiveContainer width="100%" height={220}>
                <BarChart
                  data={data.by_day.map((d) => ({
                    label: d.date.slice(5),
                    revenue: Number(d.revenue),
                    units: d.units,
                  }))}
                  margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
                >
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={16} />
                  <YAxis
                    tick={{ fontSize: 12 }}
                    width={64}
                    tickFormatter={(v: number) => money(v).replace(/\.00$/, '')}
                  />
                  <Tooltip formatter={(value) => money(Number(value))} />
                  <Bar dataKey="revenue" name="Revenue" fill="var(--chart-revenue, #1f4d3a)" />
                </BarChart>
              </ResponsiveContainer>
            </div>
            <figcaption className="muted">
              Revenue per day of your lines in orders paid and kept, the last {days} days.
            </figcaption>
          </figure>
          {data.top_products.by_revenue.length > 0 ? (
            <>
              <h3>Best sellers</h3>
              <ol className="plain-list" data-testid="vendor-top-products">
                {data.top_products.by_revenue.map((p) => (
                  <li key={p.product_id ?? 'deleted'}>
                    {p.name}: {p.units} sold, {money(p.revenue)}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
