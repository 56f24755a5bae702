/** Subscription billing's queries (Kysely only; the executor comes first). */
import { type Selectable, sql } from 'kysely';
import { columnTypes, containsInsensitive, randomUuid } from '../../db/dialect.js';
import type { Executor } from '../../db/executor.js';
import type { BillingMonth, ConnectionType, PaymentMethod, SubscriberStatus } from './billing.schemas.js';

export interface BillingPackagesTable {
  id: string;
  name: string;
  speed_mbps: number;
  price: number;
  description: string;
  is_active: boolean;
  created_at: string;
  updated_at: string;
}

export interface BillingSubscribersTable {
  id: string;
  user_id: string;
  package_id: string;
  connection_type: ConnectionType;
  /** Ciphertext (credentials.ts), or null. */
  credentials: string | null;
  address: string;
  status: SubscriberStatus;
  created_at: string;
  updated_at: string;
}

export interface BillingPaymentsTable {
  id: string;
  subscriber_id: string;
  kind: 'bill' | 'payment';
  bill_id: string | null;
  amount: number;
  bill_amount: number;
  billing_month: BillingMonth;
  year: number;
  payment_method: PaymentMethod | null;
  is_paid: boolean;
  transaction_id: string;
  note: string;
  entry_by: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

declare module '../../db/schema.js' {
  interface Database {
    billing_packages: BillingPackagesTable;
    billing_subscribers: BillingSubscribersTable;
    billing_payments: BillingPaymentsTable;
  }
}

export type PackageRow = Selectable<BillingPackagesTable>;
export type SubscriberRow = Selectable<BillingSubscribersTable>;
export type PaymentRow = Selectable<BillingPaymentsTable>;

const USER_COLUMNS = [
  'users.id as user_id',
  'users.username',
  'users.email',
  'users.first_name',
  'users.last_name',
  'users.phone',
  'users.user_type',
  'users.is_superuser',
  'users.kind',
  'users.gender',
] as const;

export interface SubscriberFilter {
  search?: string | undefined;
  status?: SubscriberStatus | undefined;
  connection_type?: ConnectionType | undefined;
  package_id?: string | undefined;
  user_id?: string | undefined;
}

export interface PaymentFilter {
  subscriber_id?: string | undefined;
  billing_month?: BillingMonth | undefined;
  year?: number | undefined;
  payment_method?: PaymentMethod | undefined;
  paid?: boolean | undefined;
  kind?: 'bill' | 'payment' | undefined;
}

/** Subscribers joined with their user and package, filtered. */
function subscribersQuery(db: Executor, filter: SubscriberFilter) {
  let q = db
    .selectFrom('billing_subscribers as s')
    .innerJoin('users', 'users.id', 's.user_id')
    .innerJoin('billing_packages as p', 'p.id', 's.package_id');
  if (filter.status) q = q.where('s.status', '=', filter.status);
  if (filter.connection_type) q = q.where('s.connection_type', '=', filter.connection_type);
  if (filter.package_id) q = q.where('s.package_id', '=', filter.package_id);
  if (filter.user_id) q = q.where('s.user_id', '=', filter.user_id);
  if (filter.search) {
    const term = filter.search;
    q = q.where((eb) =>
      eb.or([
        containsInsensitive(db, eb.ref('users.email'), term),
        containsInsensitive(db, eb.ref('users.first_name'), term),
        containsInsensitive(db, eb.ref('users.last_name'), term),
        containsInsensitive(db, eb.ref('users.phone'), term),
      ]),
    );
  }
  return q;
}

/** Live (not deleted) ledger rows with who entered them. */
function paymentsQuery(db: Executor, filter: PaymentFilter) {
  let q = db
    .selectFrom('billing_payments as b')
    .leftJoin('users', 'users.id', 'b.entry_by')
    .where('b.deleted_at', 'is', null);
  if (filter.subscriber_id) q = q.where('b.subscriber_id', '=', filter.subscriber_id);
  if (filter.billing_month) q = q.where('b.billing_month', '=', filter.billing_month);
  if (filter.year !== undefined) q = q.where('b.year', '=', filter.year);
  if (filter.payment_method) q = q.where('b.payment_method', '=', filter.payment_method);
  if (filter.paid !== undefined) q = q.where('b.is_paid', '=', filter.paid);
  if (filter.kind) q = q.where('b.kind', '=', filter.kind);
  return q;
}

export const billingRepository = {
  subscribersQuery,
  paymentsQuery,
  findPackage(db: Executor, id: string) {
    return db.selectFrom('billing_packages').selectAll().where('id', '=', id).executeTakeFirst();
  },
  packagesQuery(db: Executor) {
    return db.selectFrom('billing_packages');
  },
  async insertPackage(db: Executor, row: BillingPackagesTable): Promise<void> {
    await db.insertInto('billing_packages').values(row).execute();
  },
  async updatePackage(db: Executor, id: string, set: Partial<BillingPackagesTable>): Promise<void> {
    await db.updateTable('billing_packages').set(set).where('id', '=', id).execute();
  },
  async deletePackage(db: Executor, id: string): Promise<void> {
    await db.deleteFrom('billing_packages').where('id', '=', id).execute();
  },

  selectSubscriber(q: ReturnType<typeof subscribersQuery>) {
    return q
      .select([
        's.id',
        's.connection_type',
        's.credentials',
        's.address',
        's.status',
        's.created_at',
        's.package_id',
        'p.name as package_name',
        'p.speed_mbps',
        'p.price',
        'p.description',
        'p.is_active',
        ...USER_COLUMNS,
      ])
      .orderBy('s.created_at', 'desc')
      .orderBy('s.id', 'desc');
  },
  findSubscriber(db: Executor, id: string) {
    return billingRepository
      .selectSubscriber(subscribersQuery(db, {}).where('s.id', '=', id))
      .executeTakeFirst();
  },
  findSubscriberIdByUser(db: Executor, userId: string) {
    return db.selectFrom('billing_subscribers').select('id').where('user_id', '=', userId).executeTakeFirst();
  },
  async insertSubscriber(db: Executor, row: BillingSubscribersTable): Promise<void> {
    await db.insertInto('billing_subscribers').values(row).execute();
  },
  async updateSubscriber(db: Executor, id: string, set: Partial<BillingSubscribersTable>): Promise<void> {
    await db.updateTable('billing_subscribers').set(set).where('id', '=', id).execute();
  },
  async deleteSubscriber(db: Executor, id: string): Promise<void> {
    await db.deleteFrom('billing_subscribers').where('id', '=', id).execute();
  },
  async hasLedger(db: Executor, subscriberId: string): Promise<boolean> {
    const row = await db
      .selectFrom('billing_payments')
      .select('id')
      .where('subscriber_id', '=', subscriberId)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },
  async hasSubscribers(db: Executor, packageId: string): Promise<boolean> {
    const row = await db
      .selectFrom('billing_subscribers')
      .select('id')
      .where('package_id', '=', packageId)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },

  selectPayment(q: ReturnType<typeof paymentsQuery>) {
    return q
      .selectAll('b')
      .select([
        'users.username as entry_username',
        'users.email as entry_email',
        'users.first_name as entry_first_name',
        'users.last_name as entry_last_name',
      ])
      .orderBy('b.created_at', 'desc')
      .orderBy('b.id', 'desc');
  },
  findPayment(db: Executor, id: string) {
    return billingRepository.selectPayment(paymentsQuery(db, {}).where('b.id', '=', id)).executeTakeFirst();
  },
  findBill(db: Executor, subscriberId: string, year: number, month: BillingMonth) {
    return db
      .selectFrom('billing_payments')
      .select(['id', 'bill_amount'])
      .where('subscriber_id', '=', subscriberId)
      .where('kind', '=', 'bill')
      .where('year', '=', year)
      .where('billing_month', '=', month)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
  },
  async insertPayment(db: Executor, row: BillingPaymentsTable): Promise<void> {
    await db.insertInto('billing_payments').values(row).execute();
  },
  async updatePayment(db: Executor, id: string, set: Partial<BillingPaymentsTable>): Promise<void> {
    await db.updateTable('billing_payments').set(set).where('id', '=', id).execute();
  },
  /** Adds `delta` (may be negative) to what a bill has been paid, and `paid` follows; one guarded statement. */
  async addToBill(db: Executor, billId: string, delta: number, now: string): Promise<void> {
    await db
      .updateTable('billing_payments')
      .set({
        amount: sql<number>`amount + ${delta}`,
        is_paid: sql<boolean>`amount + ${delta} >= bill_amount`,
        updated_at: now,
      })
      .where('id', '=', billId)
      .execute();
  },
  async hasPaymentsAgainst(db: Executor, billId: string): Promise<boolean> {
    const row = await db
      .selectFrom('billing_payments')
      .select('id')
      .where('bill_id', '=', billId)
      .where('deleted_at', 'is', null)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },

  async countActive(db: Executor): Promise<number> {
    const row = await db
      .selectFrom('billing_subscribers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'ACTIVE')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /**
   * The bill run: one unpaid bill per active subscriber at their package's
   * price, in one statement; a subscriber already billed for the period is
   * skipped by the unique index. Returns how many bills it made.
   */
  async insertBills(
    db: Executor,
    period: { year: number; month: BillingMonth; actor: string | null; now: string },
  ): Promise<number> {
    // Parameters in a select list are text to PostgreSQL: each says its column's type.
    const t = columnTypes(db);
    const typed = (value: unknown, type: string) => sql`cast(${value} as ${sql.raw(type)})`;
    const result = await db
      .insertInto('billing_payments')
      .columns([
        'id',
        'subscriber_id',
        'kind',
        'bill_id',
        'amount',
        'bill_amount',
        'billing_month',
        'year',
        'payment_method',
        'is_paid',
        'transaction_id',
        'note',
        'entry_by',
        'created_at',
        'updated_at',
      ])
      .expression(
        db
          .selectFrom('billing_subscribers as s')
          .innerJoin('billing_packages as p', 'p.id', 's.package_id')
          .where('s.status', '=', 'ACTIVE')
          .select([
            randomUuid(db).as('id'),
            's.id as subscriber_id',
            sql<string>`'bill'`.as('kind'),
            sql<null>`null`.as('bill_id'),
            sql<number>`0`.as('amount'),
            'p.price as bill_amount',
            typed(period.month, 'text').as('billing_month'),
            typed(period.year, 'integer').as('year'),
            sql<null>`null`.as('payment_method'),
            // Paid in full already when the package is free.
            sql<boolean>`p.price = 0`.as('is_paid'),
            sql<string>`''`.as('transaction_id'),
            sql<string>`''`.as('note'),
            typed(period.actor, t.id).as('entry_by'),
            typed(period.now, t.timestamp).as('created_at'),
            typed(period.now, t.timestamp).as('updated_at'),
          ]),
      )
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0);
  },

  /** Bills and payments of a subscriber (minor units). */
  async totals(db: Executor, subscriberId: string): Promise<{ billed: number; paid: number }> {
    const row = await db
      .selectFrom('billing_payments')
      .select([
        sql<number>`coalesce(sum(case when kind = 'bill' then bill_amount else 0 end), 0)`.as('billed'),
        sql<number>`coalesce(sum(case when kind = 'payment' then amount else 0 end), 0)`.as('paid'),
      ])
      .where('subscriber_id', '=', subscriberId)
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow();
    return { billed: Number(row.billed), paid: Number(row.paid) };
  },
};
