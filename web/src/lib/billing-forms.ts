/**
 * The billing forms as typed (every value a string) turned into request
 * bodies, or into a problem with a sentence under each field that is wrong,
 * in the field names the server uses. Pure, unit-tested.
 */
import {
  type BillingMonth,
  type ConnectionType,
  credentialsFor,
  MONTHS,
  missingCredentials,
  PAYMENT_METHODS,
  type PaymentMethod,
  type SubscriberStatus,
} from './billing.js';
import { type FieldErrors, localProblem, type ProblemInfo } from './problem.js';
import { normalizeAmount } from './product-form.js';

type Checked<B> = { ok: true; body: B } | { ok: false; problem: ProblemInfo };

function result<B>(errors: FieldErrors, body: () => B): Checked<B> {
  if (Object.keys(errors).length)
    return { ok: false, problem: localProblem('Check the marked fields.', errors) };
  return { ok: true, body: body() };
}

/** A positive amount with at most two decimals (`12`, `12.5`, `12,50`), or a message. */
function amountOf(text: string, errors: FieldErrors, field: string, allowZero = false): string {
  if (!text.trim()) {
    errors[field] = ['This field is required.'];
    return '';
  }
  const amount = normalizeAmount(text);
  if (amount === undefined || (!allowZero && amount === '0.00')) {
    errors[field] = [
      allowZero ? 'Enter an amount like 50 or 49.99.' : 'Enter an amount above zero, like 50 or 49.99.',
    ];
    return '';
  }
  return amount;
}

/** A year from 2000 to 2100, or a message. */
function yearOf(text: string, errors: FieldErrors): number {
  const value = text.trim();
  if (!/^\d{4}$/.test(value) || Number(value) < 2000 || Number(value) > 2100) {
    errors.year = ['Enter a year from 2000 to 2100.'];
    return 0;
  }
  return Number(value);
}

function monthOf(text: string, errors: FieldErrors): BillingMonth {
  if (!(MONTHS as readonly string[]).includes(text)) errors.billing_month = ['Choose a month.'];
  return text as BillingMonth;
}

export interface PackageValues {
  name: string;
  speed_mbps: string;
  price: string;
  description: string;
}

export interface PackageBody {
  name: string;
  speed_mbps: number;
  price: string;
  description: string;
  is_active: boolean;
}

export function packageBody(values: PackageValues, isActive: boolean): Checked<PackageBody> {
  const errors: FieldErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = ['This field is required.'];
  const speed = values.speed_mbps.trim();
  if (!/^\d+$/.test(speed) || Number(speed) < 1 || Number(speed) > 1_000_000)
    errors.speed_mbps = ['Enter the speed in whole megabits per second, like 25.'];
  const price = amountOf(values.price, errors, 'price', true);
  return result(errors, () => ({
    name,
    speed_mbps: Number(speed),
    price,
    description: values.description.trim(),
    is_active: isActive,
  }));
}

export interface PaymentValues {
  amount: string;
  billing_month: string;
  year: string;
  payment_method: string;
  transaction_id: string;
  note: string;
}

export interface PaymentBody {
  amount: string;
  billing_month: BillingMonth;
  year: number;
  payment_method: PaymentMethod;
  transaction_id?: string;
  note?: string;
}

export function paymentBody(values: PaymentValues): Checked<PaymentBody> {
  const errors: FieldErrors = {};
  const amount = amountOf(values.amount, errors, 'amount');
  const billing_month = monthOf(values.billing_month, errors);
  const year = yearOf(values.year, errors);
  if (!(PAYMENT_METHODS as readonly string[]).includes(values.payment_method))
    errors.payment_method = ['Choose how the money came.'];
  const transaction_id = values.transaction_id.trim();
  const note = values.note.trim();
  return result(errors, () => ({
    amount,
    billing_month,
    year,
    payment_method: values.payment_method as PaymentMethod,
    ...(transaction_id ? { transaction_id } : {}),
    ...(note ? { note } : {}),
  }));
}

export function billRunBody(values: { billing_month: string; year: string }) {
  const errors: FieldErrors = {};
  const billing_month = monthOf(values.billing_month, errors);
  const year = yearOf(values.year, errors);
  return result(errors, () => ({ billing_month, year }));
}

export interface SubscriberValues {
  user: string;
  package: string;
  connection_type: string;
  address: string;
  status: string;
  /** Credential fields by name (username, password, ip_address…). */
  [credential: string]: string;
}

export interface SubscriberBody {
  user: string;
  package: string;
  connection_type: ConnectionType;
  /** Left out: the stored ones stay (an edit that never revealed them). */
  credentials?: Record<string, string> | null;
  address: string;
  status: SubscriberStatus;
}

export function subscriberBody(
  values: SubscriberValues,
  /** Editing without the stored credentials at hand: empty credential fields keep them (none are sent). */
  keepStored = false,
): Checked<SubscriberBody> {
  const type = values.connection_type as ConnectionType;
  const keep = keepStored && credentialsFor(type, values) === null;
  const errors: FieldErrors = keep ? {} : { ...missingCredentials(type, values) };
  if (!values.user) errors.user = ['Choose the user who subscribes.'];
  if (!values.package) errors.package = ['Choose a package.'];
  return result(errors, () => ({
    user: values.user,
    package: values.package,
    connection_type: type,
    ...(keep ? {} : { credentials: credentialsFor(type, values) }),
    address: values.address.trim(),
    status: values.status as SubscriberStatus,
  }));
}
