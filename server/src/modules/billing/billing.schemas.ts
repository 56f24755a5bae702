/** Subscription billing's wire shapes: the back office's `/api/v1` and the subscriber's `/api/billing`. */
import { type Static, Type } from 'typebox';
import { Money, PriceInput } from '../../platform/money.js';
import { PageQuery } from '../../platform/pagination.js';

export function literals<const T extends readonly string[]>(values: T, description: string) {
  return Type.Unsafe<T[number]>(
    Type.Union(
      values.map((v) => Type.Literal(v)),
      { description },
    ),
  );
}

export const MONTHS = [
  'JANUARY',
  'FEBRUARY',
  'MARCH',
  'APRIL',
  'MAY',
  'JUNE',
  'JULY',
  'AUGUST',
  'SEPTEMBER',
  'OCTOBER',
  'NOVEMBER',
  'DECEMBER',
] as const;
export type BillingMonth = (typeof MONTHS)[number];
export const PAYMENT_METHODS = [
  'BANK_TRANSFER',
  'BKASH',
  'CASH',
  'NAGAD',
  'MOBILE_BANKING',
  'ONLINE_PAYMENT',
  'ROCKET',
  'OTHER',
] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const CONNECTION_TYPES = ['DHCP', 'STATIC', 'PPPoE'] as const;
export type ConnectionType = (typeof CONNECTION_TYPES)[number];
export const STATUSES = ['ACTIVE', 'DRAFT', 'INACTIVE', 'REMOVED'] as const;
export type SubscriberStatus = (typeof STATUSES)[number];
export const ROLES = ['ADMIN', 'CUSTOMER', 'MANAGER', 'STAFF', 'SUPER_ADMIN', 'OTHER'] as const;
export const GENDERS = ['FEMALE', 'MALE', 'UNKNOWN'] as const;

export const BillingMonthSchema = literals(MONTHS, 'A billing month, JANUARY to DECEMBER.');
const PaymentMethodSchema = literals(PAYMENT_METHODS, 'How the money came.');
const ConnectionTypeSchema = literals(CONNECTION_TYPES, 'How the subscriber connects.');
const StatusSchema = literals(STATUSES, 'Only ACTIVE subscribers are billed.');
const Uid = Type.String({ format: 'uuid' });
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });

export const UserLite = Type.Object(
  {
    uid: Uid,
    username: Type.String(),
    email: Type.String(),
    first_name: Type.String(),
    last_name: Type.String(),
  },
  { $id: 'BillingUserLite', title: 'UserLite' },
);
export type UserLiteDto = Static<typeof UserLite>;

export const UserList = Type.Object(
  {
    uid: Uid,
    username: Type.String(),
    email: Type.String(),
    first_name: Type.String(),
    last_name: Type.String(),
    phone: Type.String(),
    role: literals(
      ROLES,
      'Mercato user types: SUPER_ADMIN an admin who is a superuser, ADMIN admin, MANAGER manager, STAFF staff, CUSTOMER customer, OTHER a creator or vendor.',
    ),
    kind: Type.String(),
    gender: literals(GENDERS, 'Gender.'),
  },
  { $id: 'BillingUserList', title: 'UserList' },
);
export type UserListDto = Static<typeof UserList>;

export const Package = Type.Object(
  {
    uid: Uid,
    name: Type.String(),
    speed_mbps: Type.Integer(),
    price: Money,
    description: Type.String(),
    is_active: Type.Boolean(),
  },
  { $id: 'BillingPackage', title: 'Package' },
);
export type PackageDto = Static<typeof Package>;

export const PackageBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    speed_mbps: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
    price: PriceInput,
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    is_active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type PackageBody = Static<typeof PackageBody>;
export const PackageUpdateBody = Type.Partial(PackageBody, { additionalProperties: false });
export type PackageUpdateBody = Static<typeof PackageUpdateBody>;

export const CredentialsSchema = Type.Record(
  Type.String({ maxLength: 64 }),
  Type.String({ maxLength: 500 }),
  {
    maxProperties: 20,
    description:
      '`{username, password}` for PPPoE, `{ip_address, ...}` for STATIC. Shown to staff, managers and admins only; encrypted at rest.',
  },
);

export const Customer = Type.Object(
  {
    uid: Uid,
    user: Type.Ref('BillingUserList'),
    package: Type.Ref('BillingPackage'),
    connection_type: ConnectionTypeSchema,
    credentials: Type.Optional(Type.Union([CredentialsSchema, Type.Null()])),
    address: Type.String(),
    status: StatusSchema,
    created_at: Type.String({ format: 'date-time' }),
  },
  { $id: 'BillingCustomer', title: 'CustomerDetail' },
);
export type CustomerDto = Static<typeof Customer>;

export const CustomerBody = Type.Object(
  {
    user: Uid,
    package: Uid,
    connection_type: ConnectionTypeSchema,
    credentials: Type.Optional(Type.Union([CredentialsSchema, Type.Null()])),
    address: Type.Optional(Type.String({ maxLength: 500 })),
    status: Type.Optional(StatusSchema),
  },
  { additionalProperties: false },
);
export type CustomerBody = Static<typeof CustomerBody>;
export const CustomerUpdateBody = Type.Partial(Type.Omit(CustomerBody, ['user']), {
  additionalProperties: false,
});
export type CustomerUpdateBody = Static<typeof CustomerUpdateBody>;

export const ListCustomersQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    search: Type.Optional(Type.String({ maxLength: 100, description: 'Part of a name, email or phone.' })),
    status: Type.Optional(StatusSchema),
    connection_type: Type.Optional(ConnectionTypeSchema),
    package: Type.Optional(Uid),
    reveal: Type.Optional(
      Type.Literal('credentials', {
        description: "Staff: include each subscriber's credentials (every one shown is audited).",
      }),
    ),
  }),
]);
export type ListCustomersQuery = Static<typeof ListCustomersQuery>;

export const CustomerQuery = Type.Object({
  reveal: Type.Optional(
    Type.Literal('credentials', {
      description:
        "Staff: include the subscriber's credentials (the read is audited); without it the detail leaves them out.",
    }),
  ),
});
export type CustomerQuery = Static<typeof CustomerQuery>;

export const Payment = Type.Object(
  {
    uid: Uid,
    kind: Type.Union([Type.Literal('BILL'), Type.Literal('PAYMENT')], {
      description: 'BILL: what a month costs (from a bill run); PAYMENT: money received.',
    }),
    customer_id: Uid,
    customer_name: Type.String({
      description:
        "The subscriber's name (their user's first and last name, else username, else email), so a list names every row without reading each subscriber.",
    }),
    bill: Type.Union([Uid, Type.Null()], { description: "A payment's bill; null on account and for bills." }),
    amount: Money,
    bill_amount: Money,
    billing_month: BillingMonthSchema,
    year: Type.Integer(),
    payment_method: Type.Union([PaymentMethodSchema, Type.Null()]),
    paid: Type.Boolean({ description: 'A bill: paid in full; a payment: always true.' }),
    overdue: Type.Boolean({
      description: 'A bill still unpaid BILLING_OVERDUE_DAYS after its month ended; payments: false.',
    }),
    transaction_id: Type.String(),
    note: Type.String(),
    entry_by: Type.Union([Type.Ref('BillingUserLite'), Type.Null()]),
    created_at: Type.String({ format: 'date-time' }),
  },
  { $id: 'BillingPayment', title: 'PaymentList' },
);
export type PaymentDto = Static<typeof Payment>;

const PaymentFields = {
  amount: Money,
  billing_month: BillingMonthSchema,
  year: Type.Optional(Year),
  payment_method: PaymentMethodSchema,
  transaction_id: Type.Optional(Type.String({ maxLength: 100 })),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
  paid: Type.Optional(Type.Boolean({ description: 'Ignored: `paid` follows the amounts.' })),
};
export const CustomerPaymentBody = Type.Object(PaymentFields, { additionalProperties: false });
export type CustomerPaymentBody = Static<typeof CustomerPaymentBody>;
export const PaymentBody = Type.Object(
  { customer_id: Uid, ...PaymentFields },
  { additionalProperties: false },
);
export type PaymentBody = Static<typeof PaymentBody>;
export const PaymentUpdateBody = Type.Object(
  {
    amount: Type.Optional(Money),
    payment_method: Type.Optional(PaymentMethodSchema),
    transaction_id: Type.Optional(Type.String({ maxLength: 100 })),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
    paid: Type.Optional(Type.Boolean({ description: 'Ignored: `paid` follows the amounts.' })),
  },
  { additionalProperties: false },
);
export type PaymentUpdateBody = Static<typeof PaymentUpdateBody>;

export const ListPaymentsQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    billing_month: Type.Optional(BillingMonthSchema),
    year: Type.Optional(Year),
    payment_method: Type.Optional(PaymentMethodSchema),
    paid: Type.Optional(Type.Boolean()),
    kind: Type.Optional(Type.Union([Type.Literal('BILL'), Type.Literal('PAYMENT')])),
    overdue: Type.Optional(
      Type.Boolean({ description: 'true: only overdue bills; false: everything that is not one.' }),
    ),
  }),
]);
export type ListPaymentsQuery = Static<typeof ListPaymentsQuery>;

export const GenerateBillsBody = Type.Object(
  { billing_month: BillingMonthSchema, year: Year },
  { additionalProperties: false },
);
export type GenerateBillsBody = Static<typeof GenerateBillsBody>;

export const BillRun = Type.Object(
  {
    billing_month: BillingMonthSchema,
    year: Type.Integer(),
    created: Type.Integer({ description: 'Bills made by this run.' }),
    skipped: Type.Integer({
      description: 'Active subscribers not billed by this run: `already_billed` + `bill_deleted`.',
    }),
    skipped_reasons: Type.Object(
      {
        already_billed: Type.Integer({ description: 'Their bill for the month exists.' }),
        bill_deleted: Type.Integer({
          description:
            'Their bill for the month was deleted: a run never re-creates a bill staff deleted (record a payment on account, or correct the month by hand).',
        }),
      },
      { description: 'Why the skipped subscribers were not billed.' },
    ),
  },
  { $id: 'BillingBillRun', title: 'BillRun' },
);
export type BillRunDto = Static<typeof BillRun>;

export const UidParams = Type.Object({ uid: Uid });
export type UidParams = Static<typeof UidParams>;

export const BillingSummary = Type.Object(
  {
    user: Type.String({ description: 'The username.' }),
    current_balance: Type.String({ description: 'Bills minus payments, e.g. "10.00" (negative: credit).' }),
    billing_cycle: Type.Literal('monthly'),
    next_billing_date: Type.String({ format: 'date', description: 'The 1st of next month.' }),
    timestamp: Type.String({ format: 'date-time' }),
  },
  { $id: 'BillingSummary', title: 'BillingSummary' },
);
export type BillingSummaryDto = Static<typeof BillingSummary>;

export const BillingTransactions = Type.Object(
  {
    user: Type.String({ description: 'The username.' }),
    transactions: Type.Array(
      Type.Object({
        id: Uid,
        amount: Money,
        description: Type.String(),
        date: Type.String({ format: 'date' }),
        status: Type.Union([Type.Literal('paid'), Type.Literal('unpaid'), Type.Literal('completed')], {
          description: 'Bills: paid or unpaid; payments: completed.',
        }),
      }),
    ),
    timestamp: Type.String({ format: 'date-time' }),
  },
  { $id: 'BillingTransactions', title: 'BillingTransactions' },
);
export type BillingTransactionsDto = Static<typeof BillingTransactions>;

export const MonthlyReportQuery = Type.Object({ year: Year }, { additionalProperties: false });

export const MonthlyReport = Type.Object(
  {
    results: Type.Array(
      Type.Object({
        year: Type.Integer(),
        billing_month: BillingMonthSchema,
        billed: Type.String({ description: 'What the month\'s bills ask for, e.g. "50.00".' }),
        collected: Type.String({ description: 'Payments recorded for the month, e.g. "40.00".' }),
        bills: Type.Integer(),
        paid_bills: Type.Integer(),
      }),
    ),
  },
  { $id: 'BillingMonthlyReport', title: 'MonthlyReport' },
);
export type MonthlyReportDto = Static<typeof MonthlyReport>;
