import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { api } from '../../lib/api.js';
import {
  type DashboardPeriod,
  type DayRow,
  dayRows,
  PERIOD_DAYS,
  periodParams,
  periodQuery,
  readPeriod,
} from '../../lib/dashboard.js';
import { formatCount, plural } from '../../lib/format.js';
import { formatMoney } from '../../lib/money.js';
import { ORDER_STATUS_LABELS } from '../../lib/orders.js';
import { settle } from '../../lib/problem.js';
import { type Loaded, useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { ApiStatus } from '../../shell/api-status.js';
import { API_DOCS_URL } from '../../shell/layout.js';
import { ErrorPanel } from '../../ui/feedback.js';
import { useUrlFilters } from '../../ui/list.js';

/** `/admin`: the shop's figures for a period (in the URL), from each module's report. Staff. */
export function DashboardPage() {
  useDocumentTitle('Dashboard');
  const filters = useUrlFilters();
  const period = readPeriod(filters.params);
  const query = periodQuery(period);
  const periodKey = [filters.get('days'), filters.get('from'), filters.get('to')].join('|');
  const sales = useApiQuery([...keys.reports, 'sales', periodKey], (signal) =>
    settle(api.GET('/api/admin/reports/sales/', { params: { query }, signal }), signal),
  );
  const customers = useApiQuery([...keys.reports, 'customers', periodKey], (signal) =>
    settle(api.GET('/api/admin/reports/customers/', { params: { query }, signal }), signal),
  );
  const payments = useApiQuery([...keys.reports, 'payments', periodKey], (signal) =>
    settle(api.GET('/api/admin/reports/payments/', { params: { query }, signal }), signal),
  );
  const lowStock = useApiQuery([...keys.reports, 'low-stock'], (signal) =>
    settle(api.GET('/api/admin/reports/low-stock/', { params: { query: { limit: 8 } }, signal }), signal),
  );
  const currency = sales.data?.currency ?? 'USD';
  const money = (amount: string | undefined) => (amount === undefined ? '…' : formatMoney(amount, currency));
  const count = (n: number | undefined) => (n === undefined ? '…' : formatCount(n));
  const totals = sales.data?.totals;
  const rows = sales.data ? dayRows(sales.data.by_day, customers.data?.by_day) : [];
  const range = sales.data?.period;

  return (
    <section className="page dashboard" aria-labelledby="dashboard-title">
      <header className="page__head page__head--row">
        <div>
          <h1 id="dashboard-title">Dashboard</h1>
          {range ? (
            <p className="muted" data-testid="dashboard-range">
              {range.from} to {range.to} ({plural(range.days, 'day')}, {range.time_zone})
            </p>
          ) : null}
        </div>
        <PeriodPicker period={period} onChange={(next) => filters.update(periodParams(next))} />
      </header>

      <Problems states={[sales, customers, payments]} />

      <ul className="stat-cards" aria-label="Key figures">
        <Stat
          id="revenue"
          label="Revenue"
          value={money(totals?.revenue)}
          note="Paid orders, cancelled and refunded left out"
        />
        <Stat
          id="orders"
          label="Orders"
          value={count(totals?.orders)}
          note={totals ? `${formatCount(totals.sold_orders)} paid` : ''}
        />
        <Stat
          id="aov"
          label="Average order"
          value={money(totals?.average_order_value)}
          note="Per paid order"
        />
        <Stat
          id="customers"
          label="New customers"
          value={count(customers.data?.new_customers)}
          note="Accounts opened"
        />
        <Stat
          id="failed"
          label="Failed payments"
          value={count(payments.data?.failed)}
          note={payments.data ? `${money(payments.data.failed_amount)} declined` : ''}
        />
      </ul>

      <section className="panel" aria-labelledby="sales-chart-title">
        <h2 id="sales-chart-title">Sales and orders per day</h2>
        {rows.length ? <SalesChart rows={rows} currency={currency} /> : <p className="muted">Loading…</p>}
      </section>

      <div className="dashboard__grid">
        <section className="panel" aria-labelledby="status-title">
          <h2 id="status-title">Orders by status</h2>
          {sales.data ? (
            <ul className="status-bars" data-testid="orders-by-status">
              {sales.data.by_status.map((s) => {
                const most = Math.max(...(sales.data?.by_status.map((x) => x.orders) ?? [1]), 1);
                return (
                  <li key={s.status} className="status-bars__row">
                    <Link to={`/admin/orders?status=${s.status}`}>{ORDER_STATUS_LABELS[s.status]}</Link>
                    <span className="status-bars__bar" aria-hidden="true">
                      <span className="status-bars__fill" style={{ width: `${(s.orders / most) * 100}%` }} />
                    </span>
                    <span className="status-bars__count" data-testid={`status-${s.status}`}>
                      {formatCount(s.orders)}
                    </span>
                  </li>
                );
              })}
            </ul>
          ) : null}
        </section>

        <section className="panel" aria-labelledby="top-title">
          <h2 id="top-title">Top products</h2>
          {sales.data ? (
            sales.data.top_products.by_units.length ? (
              <div className="table-wrap">
                <table className="table" data-testid="top-products">
                  <caption className="visually-hidden">Best sellers by units sold</caption>
                  <thead>
                    <tr>
                      <th scope="col">Product</th>
                      <th scope="col" className="num">
                        Units
                      </th>
                      <th scope="col" className="num">
                        Revenue
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {sales.data.top_products.by_units.map((p) => (
                      <tr key={`${p.product_id}-${p.slug}`}>
                        <td>
                          {p.product_id ? <Link to={`/shop/products/${p.slug}`}>{p.name}</Link> : p.name}
                        </td>
                        <td className="num">{formatCount(p.units)}</td>
                        <td className="num">{money(p.revenue)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="empty">Nothing sold in this period.</p>
            )
          ) : null}
          {sales.data?.top_products.by_revenue.length ? (
            <p className="muted">
              Most revenue: <strong>{sales.data.top_products.by_revenue[0]?.name}</strong> (
              {money(sales.data.top_products.by_revenue[0]?.revenue)})
            </p>
          ) : null}
        </section>

        <section className="panel" aria-labelledby="low-stock-title">
          <h2 id="low-stock-title">Low stock</h2>
          {lowStock.status === 'error' ? (
            <ErrorPanel problem={lowStock.problem} onRetry={lowStock.reload} />
          ) : null}
          {lowStock.data ? (
            lowStock.data.count ? (
              <>
                <p className="muted">
                  {formatCount(lowStock.data.count)} SKUs at or below {lowStock.data.threshold} units.{' '}
                  <Link to="/admin/inventory?low_stock=true">See them all in the inventory</Link>
                </p>
                <ul className="low-stock" data-testid="low-stock">
                  {lowStock.data.results.map((s) => (
                    <li key={s.size_id}>
                      <Link to={`/admin/inventory?search=${encodeURIComponent(s.sku)}`}>
                        {s.product.name}, {s.color} {s.size}
                      </Link>{' '}
                      <span className="muted">{s.sku}</span>{' '}
                      <span className={s.stock === 0 ? 'badge badge--error' : 'badge'}>
                        {s.stock === 0 ? 'Out of stock' : `${s.stock} left`}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="empty">No SKU is running low.</p>
            )
          ) : null}
        </section>
      </div>

      <section className="panel" aria-labelledby="developers-title">
        <h2 id="developers-title">For developers</h2>
        <p>
          Every figure here comes from the documented HTTP API (<code>/api/admin/reports/</code>): read the{' '}
          <a href={API_DOCS_URL}>API reference</a>, try requests in{' '}
          <a href="/api/schema/swagger/">Swagger UI</a>, or fetch the{' '}
          <a href="/api/schema/">OpenAPI document</a>.
        </p>
        <ApiStatus />
      </section>
    </section>
  );
}

export function Stat({ id, label, value, note }: { id: string; label: string; value: string; note: string }) {
  return (
    <li className="stat-card" aria-labelledby={`stat-${id}-label`}>
      <span id={`stat-${id}-label`} className="stat-card__label">
        {label}
      </span>
      <span className="stat-card__value" data-testid={`stat-${id}`}>
        {value}
      </span>
      {note ? <span className="stat-card__note muted">{note}</span> : null}
    </li>
  );
}

function Problems({ states }: { states: Loaded<unknown>[] }) {
  const failed = states.find((s) => s.status === 'error');
  if (failed?.status !== 'error') return null;
  return (
    <ErrorPanel
      problem={failed.problem}
      onRetry={() => {
        for (const s of states) s.reload();
      }}
    />
  );
}

/** 7, 30 or 90 days, or a range of dates; written to the URL. */
function PeriodPicker({
  period,
  onChange,
}: {
  period: DashboardPeriod;
  onChange: (period: DashboardPeriod) => void;
}) {
  const [from, setFrom] = useState(period.kind === 'range' ? period.from : '');
  const [to, setTo] = useState(period.kind === 'range' ? period.to : '');
  const [problem, setProblem] = useState('');
  const onApply = (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to) return setProblem('Choose both dates.');
    if (from > to) return setProblem('The last day is before the first.');
    setProblem('');
    onChange({ kind: 'range', from, to });
  };
  return (
    <div className="period-picker">
      <fieldset className="segmented">
        <legend className="visually-hidden">Period</legend>
        {PERIOD_DAYS.map((days) => (
          <label key={days}>
            <input
              type="radio"
              name="dashboard-period"
              checked={period.kind === 'days' && period.days === days}
              onChange={() => onChange({ kind: 'days', days })}
            />
            <span>{days} days</span>
          </label>
        ))}
      </fieldset>
      <form className="period-picker__range" onSubmit={onApply} aria-label="Dates" noValidate>
        <label>
          From <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          to <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit" className="button button--small">
          Show
        </button>
        {problem ? (
          <span role="alert" className="field__error">
            {problem}
          </span>
        ) : null}
      </form>
    </div>
  );
}

function SalesChart({ rows, currency }: { rows: DayRow[]; currency: string }) {
  const revenue = (v: number) => formatMoney(v.toFixed(2), currency);
  return (
    <figure className="chart" data-testid="sales-chart">
      <div className="chart__plot">
        <ResponsiveContainer width="100%" height={280}>
          <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={16} />
            <YAxis
              yAxisId="revenue"
              tick={{ fontSize: 12 }}
              width={64}
              tickFormatter={(v: number) => revenue(v).replace(/\.00$/, '')}
            />
            <YAxis
              yAxisId="orders"
              orientation="right"
              allowDecimals={false}
              tick={{ fontSize: 12 }}
              width={32}
            />
            <Tooltip
              formatter={(value, name) =>
                name === 'Revenue' ? revenue(Number(value)) : formatCount(Number(value))
              }
            />
            <Legend />
            <Bar yAxisId="orders" dataKey="orders" name="Orders" fill="var(--chart-orders, #8fb9a8)" />
            <Line
              yAxisId="revenue"
              dataKey="revenue"
              name="Revenue"
              stroke="var(--chart-revenue, #1f4d3a)"
              strokeWidth={2}
              dot={rows.length <= 31}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <details className="chart__table">
        <summary>The figures per day</summary>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col" className="num">
                  Orders
                </th>
                <th scope="col" className="num">
                  Revenue
                </th>
                <th scope="col" className="num">
                  New customers
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.date}>
                  <th scope="row">{r.date}</th>
                  <td className="num">{formatCount(r.orders)}</td>
                  <td className="num">{revenue(r.revenue)}</td>
                  <td className="num">{formatCount(r.newCustomers)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
