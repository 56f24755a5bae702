/**
 * Pieces the billing pages share: the package choices, a subscriber's name
 * by uid, the ledger table (bills and payments), month and year fields, and an
 * Idempotency-Key kept until the server has answered.
 */
import type { Schemas } from '@mercato/sdk';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../lib/api.js';
import {
  billState,
  type LedgerEntry,
  MONTHS,
  monthLabel,
  PAYMENT_METHOD_LABELS,
  periodLabel,
} from '../../lib/billing.js';
import { formatDate } from '../../lib/format.js';
import { type Outcome, settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { displayName } from '../../lib/roles.js';
import { useMoney } from '../../lib/shop.js';
import { type BoundField, Field, type FormApi, SelectField } from '../../ui/forms.js';
import { Table } from '../../ui/list.js';

export type Subscriber = Schemas['BillingCustomer'];
export type Package = Schemas['BillingPackage'];

/** Every package (the choices of the pickers and filters): a small list, one page of 100. */
export function usePackages() {
  const query = { page: 1, page_size: 100 };
  return useApiQuery([...keys.billingPackages, query], (signal) =>
    settle(api.GET('/api/v1/packages', { params: { query }, signal }), signal),
  );
}

export function subscriberName(subscriber: Subscriber): string {
  return displayName(subscriber.user);
}

/** A ledger entry's subscriber, by the name the entry carries, linking to their page. */
export function SubscriberLink({ uid, name }: { uid: string; name: string }) {
  return (
    <Link to={`/admin/billing/subscribers/${uid}`} className="table__primary">
      {name || 'View subscriber'}
    </Link>
  );
}

/** Bills and payments: what, for which month, how much, how it came or where it stands. */
export function LedgerTable({
  rows,
  busy,
  caption,
  showSubscriber = false,
  showEntryBy = true,
  onDelete,
}: {
  rows: LedgerEntry[];
  busy?: boolean;
  caption: string;
  showSubscriber?: boolean;
  /** Who recorded each entry (staff pages). */
  showEntryBy?: boolean;
  onDelete?: (row: LedgerEntry) => void;
}) {
  const money = useMoney();
  const columns = [
    ...(showSubscriber ? ['Subscriber'] : []),
    'Entry',
    'Month',
    'Amount',
    'State',
    'Recorded',
    ...(onDelete ? [''] : []),
  ];
  return (
    <Table caption={caption} columns={columns} busy={busy}>
      {rows.map((row) => {
        const bill = row.kind === 'BILL' ? billState(row) : undefined;
        return (
          <tr key={row.uid} data-testid="ledger-row" data-kind={row.kind}>
            {showSubscriber ? (
              <td>
                <SubscriberLink uid={row.customer_id} name={row.customer_name} />
              </td>
            ) : null}
            <td data-label="Entry">
              <span className="table__primary">
                {bill ? 'Bill' : `Payment, ${PAYMENT_METHOD_LABELS[row.payment_method ?? 'OTHER']}`}
              </span>
              {row.transaction_id ? (
                <span className="table__secondary break">Transaction {row.transaction_id}</span>
              ) : null}
              {!bill && !row.bill ? <span className="table__secondary">On account</span> : null}
              {row.note ? <span className="table__secondary">{row.note}</span> : null}
            </td>
            <td data-label="Month" className="table__nowrap">
              {periodLabel(row.billing_month, row.year)}
            </td>
            <td data-label="Amount" className="table__nowrap">
              {money(bill ? row.bill_amount : row.amount)}
            </td>
            <td data-label="State">
              {bill ? (
                <>
                  <span className={`badge ${bill.state === 'paid' ? 'badge--ok' : 'badge--warn'}`}>
                    {bill.label}
                  </span>
                  {bill.state === 'partly-paid' ? (
                    <span className="table__secondary">{money(bill.due)} left</span>
                  ) : null}
                </>
              ) : (
                'Received'
              )}
            </td>
            <td data-label="Recorded" className="table__nowrap">
              {formatDate(row.created_at)}
              {showEntryBy && row.entry_by ? (
                <span className="table__secondary">by {displayName(row.entry_by)}</span>
              ) : null}
            </td>
            {onDelete ? (
              <td className="table__actions">
                <button
                  type="button"
                  className="button button--small button--quiet button--danger-text"
                  onClick={() => onDelete(row)}
                  aria-label={`Delete the ${bill ? 'bill' : 'payment'} of ${periodLabel(row.billing_month, row.year)} (${money(bill ? row.bill_amount : row.amount)})`}
                >
                  Delete
                </button>
              </td>
            ) : null}
          </tr>
        );
      })}
    </Table>
  );
}

/** Month and year side by side, bound to a form's `billing_month` and `year`. */
export function MonthYearFields<F extends string>({ form }: { form: FormApi<F | 'billing_month' | 'year'> }) {
  return (
    <div className="form__pair">
      <SelectField label="Month" {...form.bind('billing_month')}>
        <option value="">Choose a month</option>
        {MONTHS.map((month) => (
          <option key={month} value={month}>
            {monthLabel(month)}
          </option>
        ))}
      </SelectField>
      <Field label="Year" inputMode="numeric" autoComplete="off" maxLength={4} {...form.bind('year')} />
    </div>
  );
}

/**
 * An `Idempotency-Key` for one thing a person means to do once: the same key
 * is sent again after a request that got no answer (so a retry cannot do it
 * twice), and a new one after any answer.
 */
export function useIdempotencyKey() {
  const key = useRef(crypto.randomUUID());
  return {
    async send<T>(call: (headers: Record<string, string>) => Promise<Outcome<T>>): Promise<Outcome<T>> {
      const outcome = await call({ 'Idempotency-Key': key.current });
      if (outcome.ok || outcome.problem.status !== 0) key.current = crypto.randomUUID();
      return outcome;
    },
  };
}

export interface PickerOption {
  value: string;
  label: string;
}

/**
 * Finds something by what a person types (after a short pause), then offers
 * the matches in a select bound to a form field. Enter in the search box does
 * not submit the dialog around it.
 */
export function SearchPicker({
  findLabel,
  findHint,
  label,
  queryKey,
  load,
  value,
  onChange,
  errors,
  name,
}: BoundField & {
  findLabel: string;
  findHint: string;
  label: string;
  queryKey: readonly unknown[];
  load: (search: string, signal: AbortSignal) => Promise<Outcome<PickerOption[]>>;
}) {
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useApiQuery([...queryKey, 'pick', search], (signal) => load(search, signal));
  const matches = found.data ?? [];
  return (
    <div className="stack">
      <Field
        label={findLabel}
        type="search"
        autoComplete="off"
        hint={findHint}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
      />
      <SelectField
        label={label}
        name={name}
        value={value}
        onChange={onChange}
        errors={errors}
        {...(found.status === 'error' ? { hint: found.problem.detail } : {})}
      >
        <option value="">
          {found.status === 'loading' ? 'Searching…' : `${matches.length} found: choose one`}
        </option>
        {matches.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
