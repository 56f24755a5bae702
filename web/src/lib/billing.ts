/**
 * Subscription billing as people read it: month names, payment methods and
 * connection types in words, a subscriber's credentials per connection type,
 * a ledger's totals and a bill's state. Pure, unit-tested.
 */
import { enumValues, type Schemas } from '@mercato/sdk';
import { fromMinor, toMinor } from './money.js';

export type BillingMonth = Schemas['BillingPayment']['billing_month'];
export type PaymentMethod = NonNullable<Schemas['BillingPayment']['payment_method']>;
export type ConnectionType = Schemas['BillingCustomer']['connection_type'];
export type SubscriberStatus = Schemas['BillingCustomer']['status'];
export type LedgerEntry = Schemas['BillingPayment'];

/** The API's lists (generated into the SDK from its OpenAPI document), in its order. */
export const MONTHS: readonly BillingMonth[] = enumValues.BillingPayment.billing_month;

/** `JANUARY` → `January`. */
export function monthLabel(month: BillingMonth): string {
  return `${month.charAt(0)}${month.slice(1).toLowerCase()}`;
}

/** `JANUARY` → `Jan` (chart axes, phones). */
export function shortMonth(month: BillingMonth): string {
  return monthLabel(month).slice(0, 3);
}

/** `JANUARY`, 2026 → `January 2026`. */
export function periodLabel(month: BillingMonth, year: number): string {
  return `${monthLabel(month)} ${year}`;
}

/** The billing month a date falls in (in the browser's time zone). */
export function periodOf(date: Date): { billing_month: BillingMonth; year: number } {
  return { billing_month: MONTHS[date.getMonth()] as BillingMonth, year: date.getFullYear() };
}

/**
 * A calendar day from the API (`2027-01-01`) as people read it. Read as a
 * local day: `new Date('2027-01-01')` is UTC midnight, the 31st west of Greenwich.
 */
export function formatDay(day: string, locale?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day || '—';
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  CASH: 'Cash',
  BKASH: 'bKash',
  NAGAD: 'Nagad',
  ROCKET: 'Rocket',
  MOBILE_BANKING: 'Mobile banking',
  BANK_TRANSFER: 'Bank transfer',
  ONLINE_PAYMENT: 'Online payment',
  OTHER: 'Other',
};
export const PAYMENT_METHODS: readonly PaymentMethod[] = enumValues.BillingPayment.payment_method;

export const CONNECTION_LABELS: Record<ConnectionType, string> = {
  PPPoE: 'PPPoE (login and password)',
  STATIC: 'Static IP',
  DHCP: 'DHCP (automatic address)',
};
export const CONNECTION_TYPES: readonly ConnectionType[] = enumValues.BillingCustomer.connection_type;

export const SUBSCRIBER_STATUS_LABELS: Record<SubscriberStatus, string> = {
  ACTIVE: 'Active',
  DRAFT: 'Draft',
  INACTIVE: 'Inactive',
  REMOVED: 'Removed',
};
export const SUBSCRIBER_STATUSES: readonly SubscriberStatus[] = enumValues.BillingCustomer.status;

export interface CredentialField {
  name: string;
  label: string;
  required: boolean;
  secret?: boolean;
}

/** The credentials a connection type has: PPPoE a login and password, a static line its address settings. */
export function credentialFields(type: ConnectionType): CredentialField[] {
  switch (type) {
    case 'PPPoE':
      return [
        { name: 'username', label: 'PPPoE login', required: true },
        { name: 'password', label: 'PPPoE password', required: true, secret: true },
      ];
    case 'STATIC':
      return [
        { name: 'ip_address', label: 'IP address', required: true },
        { name: 'subnet_mask', label: 'Subnet mask', required: false },
        { name: 'gateway', label: 'Gateway', required: false },
        { name: 'dns', label: 'DNS servers', required: false },
      ];
    default:
      return [];
  }
}

/** A stored credential's name in words: the form's label where it has one (`ip_address` → "IP address"). */
export function credentialLabel(key: string): string {
  const known = [...credentialFields('PPPoE'), ...credentialFields('STATIC')].find((f) => f.name === key);
  if (known) return known.label;
  const words = key.replaceAll('_', ' ').trim();
  return words ? `${words.charAt(0).toUpperCase()}${words.slice(1)}` : key;
}

/** The credentials to send for `type`: its own fields, trimmed, empty ones left out; null when there are none. */
export function credentialsFor(
  type: ConnectionType,
  values: Record<string, string>,
): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const field of credentialFields(type)) {
    const value = (values[field.name] ?? '').trim();
    if (value) out[field.name] = value;
  }
  return Object.keys(out).length ? out : null;
}

/** Required credential fields left empty, as field errors in the server's words. */
export function missingCredentials(
  type: ConnectionType,
  values: Record<string, string>,
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const field of credentialFields(type)) {
    if (field.required && !(values[field.name] ?? '').trim())
      errors[field.name] = ['This field is required.'];
  }
  return errors;
}

export interface LedgerTotals {
  billed: string;
  paid: string;
  /** Billed minus paid; negative is credit. */
  balance: string;
}

/** Bills (their `bill_amount`) against payments (their `amount`), exactly. */
export function ledgerTotals(entries: readonly Pick<LedgerEntry, 'kind' | 'amount' | 'bill_amount'>[]) {
  let billed = 0;
  let paid = 0;
  for (const entry of entries) {
    if (entry.kind === 'BILL') billed += toMinor(entry.bill_amount) ?? 0;
    else paid += toMinor(entry.amount) ?? 0;
  }
  return { billed: fromMinor(billed), paid: fromMinor(paid), balance: fromMinor(billed - paid) };
}

export type BillState = 'paid' | 'partly-paid' | 'unpaid';

/** A bill is paid, partly paid (some money against it) or unpaid; `due` is what is left. */
export function billState(bill: Pick<LedgerEntry, 'paid' | 'amount' | 'bill_amount'>): {
  state: BillState;
  label: string;
  due: string;
} {
  const paidSoFar = toMinor(bill.amount) ?? 0;
  const due = fromMinor(Math.max((toMinor(bill.bill_amount) ?? 0) - paidSoFar, 0));
  if (bill.paid) return { state: 'paid', label: 'Paid', due: '0.00' };
  if (paidSoFar > 0) return { state: 'partly-paid', label: 'Partly paid', due };
  return { state: 'unpaid', label: 'Unpaid', due };
}

/** A balance in words: what is owed, or the credit. */
export function balanceWords(balance: string, money: (amount: string) => string): string {
  const minor = toMinor(balance) ?? 0;
  if (minor > 0) return `${money(balance)} due`;
  if (minor < 0) return `${money(fromMinor(-minor))} in credit`;
  return 'Nothing due';
}

export type MonthlyReportRow = Schemas['BillingMonthlyReport']['results'][number];

/** The monthly report as chart points: one per month, January first, amounts as numbers of currency units. */
export function chartPoints(rows: readonly MonthlyReportRow[]) {
  const byMonth = new Map(rows.map((row) => [row.billing_month, row]));
  return MONTHS.map((month) => {
    const row = byMonth.get(month);
    return {
      month: shortMonth(month),
      billed: (toMinor(row?.billed ?? '0') ?? 0) / 100,
      collected: (toMinor(row?.collected ?? '0') ?? 0) / 100,
      bills: row?.bills ?? 0,
      paid_bills: row?.paid_bills ?? 0,
    };
  });
}
