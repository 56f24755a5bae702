/** `/admin/billing/payments`: every bill and payment, filtered by month, year, method, kind and paid. */
import { useState } from 'react';
import { api } from '../../lib/api.js';
import {
  type LedgerEntry,
  MONTHS,
  monthLabel,
  PAYMENT_METHOD_LABELS,
  PAYMENT_METHODS,
} from '../../lib/billing.js';
import { DownloadButton, exportQuery } from '../../lib/download.js';
import { settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { readChoice } from '../../lib/url-state.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { Field, SelectField, SuccessAlert } from '../../ui/forms.js';
import { ListPage, useUrlFilters } from '../../ui/list.js';
import { LedgerTable } from './billing-parts.js';
import { DeletePaymentDialog, PaymentDialog } from './payment-dialog.js';

const PAGE_SIZE = 20;
const PAID = ['true', 'false'] as const;
const KINDS = ['BILL', 'PAYMENT'] as const;

type Pending = { kind: 'record' } | { kind: 'delete'; row: LedgerEntry } | undefined;

export function PaymentsPage() {
  useDocumentTitle('Payments');
  const filters = useUrlFilters();
  const { params } = filters;
  const [pending, setPending] = useState<Pending>();
  const [notice, setNotice] = useState<string | undefined>();
  const month = readChoice(params, 'billing_month', MONTHS);
  const yearText = filters.get('year');
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const method = readChoice(params, 'payment_method', PAYMENT_METHODS);
  const paid = readChoice(params, 'paid', PAID);
  const kind = readChoice(params, 'kind', KINDS);
  const query = {
    page: filters.page,
    page_size: PAGE_SIZE,
    ...(month ? { billing_month: month } : {}),
    ...(year ? { year } : {}),
    ...(method ? { payment_method: method } : {}),
    ...(paid ? { paid: paid === 'true' } : {}),
    ...(kind ? { kind } : {}),
  };
  const list = useApiQuery([...keys.billingLedger, query], (signal) =>
    settle(api.GET('/api/v1/payments', { params: { query }, signal }), signal),
  );
  const done = (message: string) => {
    setPending(undefined);
    setNotice(message);
  };
  const data = list.data;
  return (
    <ListPage
      titleId="payments-title"
      title="Payments"
      intro={
        data
          ? `${data.count} ${data.count === 1 ? 'entry' : 'entries'} found.`
          : 'Bills and the money received.'
      }
      actions={
        <div className="card__links">
          <DownloadButton
            label="Download payments (CSV)"
            filename="payments.csv"
            load={() =>
              settle(
                api.GET('/api/v1/payments/export.csv', {
                  params: { query: exportQuery(query) },
                  parseAs: 'blob',
                }),
              )
            }
          />
          <button type="button" className="button" onClick={() => setPending({ kind: 'record' })}>
            Record a payment
          </button>
        </div>
      }
      filterBar={
        <form className="filters" aria-label="Filter payments" onSubmit={(e) => e.preventDefault()}>
          <SelectField
            label="Month"
            value={month}
            onChange={(e) => filters.update({ billing_month: e.target.value })}
          >
            <option value="">Any month</option>
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {monthLabel(m)}
              </option>
            ))}
          </SelectField>
          <Field
            label="Year"
            inputMode="numeric"
            maxLength={4}
            defaultValue={yearText}
            key={yearText}
            onBlur={(e) => filters.update({ year: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter') filters.update({ year: e.currentTarget.value });
            }}
          />
          <SelectField
            label="Method"
            value={method}
            onChange={(e) => filters.update({ payment_method: e.target.value })}
          >
            <option value="">Any method</option>
            {PAYMENT_METHODS.map((m) => (
              <option key={m} value={m}>
                {PAYMENT_METHOD_LABELS[m]}
              </option>
            ))}
          </SelectField>
          <SelectField label="Kind" value={kind} onChange={(e) => filters.update({ kind: e.target.value })}>
            <option value="">Bills and payments</option>
            <option value="BILL">Bills</option>
            <option value="PAYMENT">Payments</option>
          </SelectField>
          <SelectField label="Paid" value={paid} onChange={(e) => filters.update({ paid: e.target.value })}>
            <option value="">Paid or not</option>
            <option value="true">Paid</option>
            <option value="false">Not paid</option>
          </SelectField>
        </form>
      }
      notices={notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
      list={list}
      filters={filters}
      pageSize={PAGE_SIZE}
      pagerLabel="Payment pages"
      loadingLabel="Loading payments…"
      empty="No bill or payment matches these filters."
      dialogs={
        pending?.kind === 'record' ? (
          <PaymentDialog subscriber={undefined} onClose={() => setPending(undefined)} onSaved={done} />
        ) : pending?.kind === 'delete' ? (
          <DeletePaymentDialog row={pending.row} onClose={() => setPending(undefined)} onDone={done} />
        ) : null
      }
    >
      {(rows, busy) => (
        <LedgerTable
          rows={rows}
          busy={busy}
          caption={`Bills and payments, page ${filters.page}`}
          showSubscriber
          onDelete={(row) => setPending({ kind: 'delete', row })}
        />
      )}
    </ListPage>
  );
}
