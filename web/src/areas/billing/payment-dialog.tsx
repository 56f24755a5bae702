/**
 * Record a payment (against one of the subscriber's unpaid bills, or on
 * account for a month) and delete one (soft: the server keeps and audits it).
 */
import { api } from '../../lib/api.js';
import {
  billState,
  type LedgerEntry,
  PAYMENT_METHOD_LABELS,
  PAYMENT_METHODS,
  periodLabel,
  periodOf,
} from '../../lib/billing.js';
import { paymentBody } from '../../lib/billing-forms.js';
import { settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { useMoney } from '../../lib/shop.js';
import { type BoundField, DialogForm, Field, SelectField, TextAreaField, useForm } from '../../ui/forms.js';
import { ActionDialog } from '../../ui/modal.js';
import {
  MonthYearFields,
  SearchPicker,
  type Subscriber,
  subscriberName,
  useIdempotencyKey,
} from './billing-parts.js';

const ON_ACCOUNT = '';

export function PaymentDialog({
  subscriber,
  onClose,
  onSaved,
}: {
  /** The subscriber paying; undefined: chosen in the dialog. */
  subscriber: Subscriber | undefined;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const money = useMoney();
  const now = periodOf(new Date());
  const idempotency = useIdempotencyKey();
  const form = useForm(
    {
      customer_id: subscriber?.uid ?? '',
      bill: ON_ACCOUNT,
      amount: '',
      billing_month: now.billing_month as string,
      year: String(now.year),
      payment_method: 'CASH',
      transaction_id: '',
      note: '',
    },
    { invalidates: [keys.billing] },
  );
  const customerId = form.values.customer_id;
  const billQuery = { kind: 'BILL' as const, paid: false, page: 1, page_size: 50 };
  const bills = useApiQuery([...keys.billingLedger, customerId, billQuery], (signal) =>
    customerId
      ? settle(
          api.GET('/api/v1/customers/{uid}/payments', {
            params: { path: { uid: customerId }, query: billQuery },
            signal,
          }),
          signal,
        )
      : Promise.resolve({
          ok: true as const,
          data: { count: 0, next: null, previous: null, results: [] },
          status: 200,
        }),
  );
  const unpaid = bills.data?.results ?? [];

  const chooseBill = (uid: string) => {
    form.set('bill', uid);
    const bill = unpaid.find((b) => b.uid === uid);
    if (!bill) return;
    form.set('billing_month', bill.billing_month);
    form.set('year', String(bill.year));
    form.set('amount', billState(bill).due);
  };

  const onSubmit = form.onSubmit(
    async () => {
      const checked = paymentBody(form.values);
      if (!checked.ok) return checked;
      if (!customerId) return { ok: false as const, problem: localCustomerProblem };
      return idempotency.send((headers) =>
        settle(api.POST('/api/v1/payments', { body: { customer_id: customerId, ...checked.body }, headers })),
      );
    },
    (payment) =>
      onSaved(
        `${money(payment.amount)} by ${PAYMENT_METHOD_LABELS[payment.payment_method ?? 'OTHER']} is recorded ${
          payment.bill ? 'against the bill of' : 'on account for'
        } ${periodLabel(payment.billing_month, payment.year)}.`,
      ),
  );

  return (
    <DialogForm
      title={subscriber ? `Record a payment from ${subscriberName(subscriber)}` : 'Record a payment'}
      form={form}
      onClose={onClose}
      onSubmit={onSubmit}
      submit="Record payment"
      busyLabel="Recording…"
    >
      {subscriber ? null : <SubscriberPicker {...form.bind('customer_id')} />}
      {customerId ? (
        <SelectField
          label="Pay for"
          hint="A payment for a month that has a bill goes against that bill; otherwise it is kept on account."
          name="bill"
          value={form.values.bill}
          onChange={(e) => chooseBill(e.target.value)}
        >
          <option value={ON_ACCOUNT}>On account (choose the month below)</option>
          {unpaid.map((bill) => (
            <option key={bill.uid} value={bill.uid}>
              Bill of {periodLabel(bill.billing_month, bill.year)}: {money(billState(bill).due)} due
            </option>
          ))}
        </SelectField>
      ) : null}
      <Field
        label="Amount"
        inputMode="decimal"
        autoComplete="off"
        hint="Like 25 or 24.99."
        {...form.bind('amount')}
      />
      <MonthYearFields form={form} />
      <SelectField label="Method" {...form.bind('payment_method')}>
        {PAYMENT_METHODS.map((method) => (
          <option key={method} value={method}>
            {PAYMENT_METHOD_LABELS[method]}
          </option>
        ))}
      </SelectField>
      <Field
        label="Transaction ID (optional)"
        autoComplete="off"
        hint="The reference bKash, Nagad or the bank gave."
        {...form.bind('transaction_id')}
      />
      <TextAreaField label="Note (optional)" rows={2} maxLength={1000} {...form.bind('note')} />
    </DialogForm>
  );
}

const localCustomerProblem = {
  status: 400,
  code: 'VALIDATION_ERROR',
  detail: 'Check the marked fields.',
  errors: { customer_id: ['Choose the subscriber who paid.'] },
};

/** The subscriber who paid, found by name, email or phone. */
function SubscriberPicker(bound: BoundField) {
  return (
    <SearchPicker
      findLabel="Find the subscriber"
      findHint="Name, email or phone."
      label="Subscriber"
      queryKey={keys.billingSubscribers}
      load={async (search, signal) => {
        const query = { page: 1, page_size: 20, ...(search ? { search } : {}) };
        const outcome = await settle(api.GET('/api/v1/customers', { params: { query }, signal }), signal);
        if (!outcome.ok) return outcome;
        const options = outcome.data.results.map((s) => ({
          value: s.uid,
          label: `${subscriberName(s)} (${s.user.email})`,
        }));
        return { ...outcome, data: options };
      }}
      {...bound}
    />
  );
}

export function DeletePaymentDialog({
  row,
  onClose,
  onDone,
}: {
  row: LedgerEntry;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const money = useMoney();
  const what = row.kind === 'BILL' ? 'bill' : 'payment';
  const period = periodLabel(row.billing_month, row.year);
  const amount = money(row.kind === 'BILL' ? row.bill_amount : row.amount);
  return (
    <ActionDialog
      title={`Delete the ${what} of ${period}?`}
      confirmLabel={`Delete ${what}`}
      run={() => settle(api.DELETE('/api/v1/payments/{uid}', { params: { path: { uid: row.uid } } }))}
      onDone={() => onDone(`The ${what} of ${period} (${amount}) is deleted.`)}
      onCancel={onClose}
      invalidates={[keys.billing]}
    >
      <p>
        {row.kind === 'BILL'
          ? `The ${amount} bill leaves the balance. A bill with payments against it cannot be deleted.`
          : `The ${amount} leaves the balance${row.bill ? ' and its bill is owed again' : ''}.`}{' '}
        The record is kept in the audit log.
      </p>
    </ActionDialog>
  );
}
