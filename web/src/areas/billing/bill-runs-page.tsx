/**
 * `/admin/billing/runs`: bill a month (one unpaid bill per active subscriber;
 * a repeat bills nobody twice), billed against collected per month, and the
 * overdue bills.
 */
import { lazy, Suspense, useState } from 'react';
import { api } from '../../lib/api.js';
import { chartPoints, MONTHS, periodLabel, periodOf } from '../../lib/billing.js';
import { billRunBody } from '../../lib/billing-forms.js';
import { settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { useMoney } from '../../lib/shop.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { Loading, LoadStatus } from '../../ui/feedback.js';
import { Form, SelectField, SuccessAlert, useForm } from '../../ui/forms.js';
import { useUrlFilters } from '../../ui/list.js';
import { LedgerTable, MonthYearFields, useIdempotencyKey } from './billing-parts.js';

// recharts is large: it is loaded with the chart, not with the app.
const MonthlyChart = lazy(() => import('./monthly-chart.js').then((m) => ({ default: m.MonthlyChart })));

export function BillRunsPage() {
  useDocumentTitle('Bill runs');
  return (
    <section className="page" aria-labelledby="runs-title">
      <header className="page__head">
        <h1 id="runs-title">Bill runs</h1>
        <p className="muted">
          A run bills every active subscriber once for the month at their package's price. Running a month
          again bills only those who were not billed yet.
        </p>
      </header>
      <RunForm />
      <MonthlyReport />
      <OverdueBills />
    </section>
  );
}

function RunForm() {
  const now = periodOf(new Date());
  const form = useForm(
    { billing_month: now.billing_month as string, year: String(now.year) },
    { invalidates: [keys.billing] },
  );
  const idempotency = useIdempotencyKey();
  const [result, setResult] = useState<string | undefined>();
  const onSubmit = form.onSubmit(
    async () => {
      setResult(undefined);
      const checked = billRunBody(form.values);
      if (!checked.ok) return checked;
      // Each click is one run: its key is new unless the last click got no answer.
      return idempotency.send((headers) =>
        settle(api.POST('/api/v1/customers/bills/generate', { body: checked.body, headers })),
      );
    },
    (run) =>
      setResult(
        `${periodLabel(run.billing_month, run.year)}: ${run.created} ${run.created === 1 ? 'bill' : 'bills'} created, ${run.skipped} ${run.skipped === 1 ? 'subscriber' : 'subscribers'} already billed.`,
      ),
  );
  return (
    <Form
      form={form}
      onSubmit={onSubmit}
      aria-label="Run the bills of a month"
      submit="Run bills"
      busyLabel="Billing…"
    >
      <h2>Bill a month</h2>
      <MonthYearFields form={form} />
      {result ? (
        <SuccessAlert>
          <span data-testid="bill-run-result">{result}</span>
        </SuccessAlert>
      ) : null}
    </Form>
  );
}

function MonthlyReport() {
  const money = useMoney();
  const filters = useUrlFilters();
  const thisYear = new Date().getFullYear();
  const chosen = Number(filters.get('year'));
  const year = Number.isInteger(chosen) && chosen >= 2000 && chosen <= 2100 ? chosen : thisYear;
  const report = useApiQuery([...keys.billingReport, year], (signal) =>
    settle(api.GET('/api/v1/reports/monthly', { params: { query: { year } }, signal }), signal),
  );
  const rows = report.data?.results;
  const points = rows ? chartPoints(rows) : undefined;
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  if (!years.includes(year)) years.push(year);
  return (
    <section className="panel billing-report" aria-labelledby="report-title">
      <div className="section-head">
        <h2 id="report-title">Billed and collected, {year}</h2>
        <SelectField
          label="Year"
          value={String(year)}
          onChange={(e) => filters.update({ year: e.target.value })}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      <LoadStatus state={report} loadingLabel="Loading the report…" />
      {rows && points ? (
        <>
          <Suspense fallback={<Loading label="Drawing the chart…" />}>
            <MonthlyChart points={points} money={money} />
          </Suspense>
          <details>
            <summary>The figures</summary>
            <table className="table">
              <caption className="visually-hidden">Billed and collected per month, {year}</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Billed</th>
                  <th scope="col">Collected</th>
                  <th scope="col">Bills paid</th>
                </tr>
              </thead>
              <tbody>
                {MONTHS.map((month) => {
                  const row = rows.find((r) => r.billing_month === month);
                  return (
                    <tr key={month}>
                      <th scope="row">{periodLabel(month, year)}</th>
                      <td data-label="Billed">{money(row?.billed ?? '0.00')}</td>
                      <td data-label="Collected">{money(row?.collected ?? '0.00')}</td>
                      <td data-label="Bills paid">
                        {row?.paid_bills ?? 0} of {row?.bills ?? 0}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </details>
        </>
      ) : null}
    </section>
  );
}

/** The overdue bills listed (the heading counts them all). */
const OVERDUE_SHOWN = 50;

function OverdueBills() {
  const overdue = useApiQuery([...keys.billingLedger, 'overdue'], (signal) =>
    settle(
      api.GET('/api/v1/payments', {
        params: { query: { overdue: true, kind: 'BILL', page_size: OVERDUE_SHOWN } },
        signal,
      }),
      signal,
    ),
  );
  const data = overdue.data;
  return (
    <section aria-labelledby="overdue-title">
      <h2 id="overdue-title">Overdue bills{data ? ` (${data.count})` : ''}</h2>
      <LoadStatus state={overdue} loadingLabel="Loading overdue bills…" />
      {data && data.results.length === 0 ? <p className="empty">No bill is overdue.</p> : null}
      {data && data.results.length > 0 ? (
        <LedgerTable rows={data.results} caption="Overdue bills" showSubscriber />
      ) : null}
    </section>
  );
}
