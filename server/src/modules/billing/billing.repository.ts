/** Subscription billing's queries (Kysely only; the executor comes first). */
import { type Selectable, sql } from 'kysely';
import { columnTypes, dialectOf, forUpdate, randomUuid } from '../../db/dialect.js';
import type { Executor } from '../../db/executor.js';
import { prepared } from '../../db/prepared.js';
import { userReads } from '../identity/index.js';
import {
  type BillingMonth,
  type ConnectionType,
  MONTHS,
  type PaymentMethod,
  type SubscriberStatus,
} from './billing.schemas.js';

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
  /** When the subscriber was reminded of this bill, overdue (migration 0017). */
  reminded_at: string | null;
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
  /** With `overdueBefore`: only overdue bills (true) or everything else (false). */
  overdue?: boolean | undefined;
  /** Months (`year * 12 + month index`) before this one are past their grace period. */
  overdueBefore?: number | undefined;
}

/** A ledger row's month as one number, `year * 12 + 0..11`, for comparisons. */
const PERIOD = sql<number>`(b.year * 12 + (case b.billing_month ${sql.join(
  MONTHS.map((m, i) => sql`when ${sql.lit(m)} then ${sql.lit(i)}`),
  sql` `,
)} end))`;

/** An unpaid, live bill whose month is before `before` (see `PaymentFilter.overdueBefore`). */
function overdue(before: number) {
  return sql<boolean>`(b.kind = 'bill' and not b.is_paid and ${PERIOD} < ${before})`;
}

/**
 * Subscribers, filtered. Their users come from
 * identity's read API (`userReads`): a search is a subquery of matching user
 * ids, the users of a page one lookup by primary key.
 */
function subscribersQuery(db: Executor, filter: SubscriberFilter) {
  // The package is joined by `selectSubscriber`: a page's count reads the subscribers alone.
  let q = db.selectFrom('billing_subscribers as s');
  if (filter.status) q = q.where('s.status', '=', filter.status);
  if (filter.connection_type) q = q.where('s.connection_type', '=', filter.connection_type);
  if (filter.package_id) q = q.where('s.package_id', '=', filter.package_id);
  if (filter.user_id) q = q.where('s.user_id', '=', filter.user_id);
  if (filter.search) q = q.where('s.user_id', 'in', userReads.userIdsMatching(db, filter.search));
  return q;
}

/** Live (not deleted) ledger rows. */
function paymentsQuery(db: Executor, filter: PaymentFilter) {
  let q = db.selectFrom('billing_payments as b').where('b.deleted_at', 'is', null);
  if (filter.subscriber_id) q = q.where('b.subscriber_id', '=', filter.subscriber_id);
  if (filter.billing_month) q = q.where('b.billing_month', '=', filter.billing_month);
  if (filter.year !== undefined) q = q.where('b.year', '=', filter.year);
  if (filter.payment_method) q = q.where('b.payment_method', '=', filter.payment_method);
  if (filter.paid !== undefined) q = q.where('b.is_paid', '=', filter.paid);
  if (filter.kind) q = q.where('b.kind', '=', filter.kind);
  if (filter.overdue !== undefined && filter.overdueBefore !== undefined) {
    const late = overdue(filter.overdueBefore);
    q = q.where(filter.overdue ? late : sql<boolean>`not ${late}`);
  }
  return q;
}

/** The filters a page statement is compiled for (a search is not: its SQL is built each time). */
type PageFilter = Omit<SubscriberFilter, 'search'>;
const PAGE_FILTERS = ['status', 'connection_type', 'package_id', 'user_id'] as const;
interface PageValues extends Record<string, string | number> {
  status: string;
  connection_type: string;
  package_id: string;
  user_id: string;
  limit: number;
  offset: number;
}

/** Subscribers with their package, newest first (an index on `created_at, id` serves the order). */
function selectSubscriber(q: ReturnType<typeof subscribersQuery>) {
  return q
    .innerJoin('billing_packages as p', 'p.id', 's.package_id')
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
      's.user_id',
    ])
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id', 'desc');
}

function compilePage(used: ReadonlyArray<(typeof PAGE_FILTERS)[number]>) {
  return prepared((db, v: PageValues) =>
    selectSubscriber(subscribersQuery(db, Object.fromEntries(used.map((name) => [name, v[name]]))))
      .limit(v.limit)
      .offset(v.offset),
  );
}

/** A page statement per combination of filters, compiled on first use (at most 16). */
const pageStatements = new Map<string, ReturnType<typeof compilePage>>();

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

  selectSubscriber,
  /**
   * A page of subscribers filtered without a search, by a statement compiled
   * once per combination of filters (Kysely would build and compile it on
   * every request).
   */
  subscriberPage(db: Executor, filter: PageFilter, limit: number, offset: number) {
    const used = PAGE_FILTERS.filter((name) => filter[name] !== undefined);
    const key = used.join(',');
    let statement = pageStatements.get(key);
    if (!statement) {
      statement = compilePage(used);
      pageStatements.set(key, statement);
    }
    return statement(db, {
      status: filter.status ?? '',
      connection_type: filter.connection_type ?? '',
      package_id: filter.package_id ?? '',
      user_id: filter.user_id ?? '',
      limit,
      offset,
    });
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

  /** Newest first, each with whether it is overdue (bills of months before `overdueBefore`, unpaid). */
  selectPayment(q: ReturnType<typeof paymentsQuery>, overdueBefore: number) {
    return q
      .innerJoin('billing_subscribers as s', 's.id', 'b.subscriber_id')
      .selectAll('b')
      .select(['s.user_id as subscriber_user_id', overdue(overdueBefore).as('overdue')])
      .orderBy('b.created_at', 'desc')
      .orderBy('b.id', 'desc');
  },
  findPayment(db: Executor, id: string, overdueBefore: number) {
    return billingRepository
      .selectPayment(paymentsQuery(db, {}).where('b.id', '=', id), overdueBefore)
      .executeTakeFirst();
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
  /**
   * Holds a ledger row until the transaction ends (PostgreSQL; SQLite's writer
   * already runs alone), so a change read from it is not lost to a concurrent one.
   */
  async lockPayment(db: Executor, id: string): Promise<void> {
    await forUpdate(db, db.selectFrom('billing_payments').select('id').where('id', '=', id)).execute();
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

  /** Active subscribers (who joined before `before`, when given). */
  async countActive(db: Executor, before?: string): Promise<number> {
    let q = db
      .selectFrom('billing_subscribers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'ACTIVE');
    if (before) q = q.where('created_at', '<', before);
    const row = await q.executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /**
   * Active subscribers (who joined before `before`, when given) whose bill for
   * the month was deleted: the unique key still holds the deleted row, so a
   * bill run skips them (one index range of the month's deleted bills).
   */
  async countDeletedBills(db: Executor, year: number, month: BillingMonth, before?: string): Promise<number> {
    let q = db
      .selectFrom('billing_payments as b')
      .innerJoin('billing_subscribers as s', 's.id', 'b.subscriber_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('b.kind', '=', 'bill')
      .where('b.year', '=', year)
      .where('b.billing_month', '=', month)
      .where('b.deleted_at', 'is not', null)
      .where('s.status', '=', 'ACTIVE');
    if (before) q = q.where('s.created_at', '<', before);
    const row = await q.executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /**
   * The bill run: one unpaid bill per active subscriber at their package's
   * price, in one statement; a subscriber already billed for the period is
   * skipped by the unique index. Returns how many bills it made.
   */
  async insertBills(
    db: Executor,
    period: {
      year: number;
      month: BillingMonth;
      actor: string | null;
      now: string;
      /** Pro rata (`BILLING_PRO_RATA`): the month's first instant, the next month's, and its days. */
      proRata?: { start: string; end: string; days: number; dayStarts: readonly string[] } | undefined;
    },
  ): Promise<number> {
    // Parameters in a select list are text to PostgreSQL: each says its column's type.
    const t = columnTypes(db);
    const typed = (value: unknown, type: string) => sql`cast(${value} as ${sql.raw(type)})`;
    const pr = period.proRata;
    // Joined during the month: the price times the local days from their first day, rounded half up.
    // The day they joined is found among the month's local days' first instants (`dayStarts`):
    // elapsed time divided by 24 hours miscounts where clocks move (a 23- or 25-hour day).
    const remaining = pr
      ? sql.join(
          pr.dayStarts
            .map((at, d) => ({ at, left: pr.days - d }))
            .slice(1)
            .reverse()
            .map(({ at, left }) => sql`when s.created_at >= ${typed(at, t.timestamp)} then ${sql.lit(left)}`),
          sql` `,
        )
      : undefined;
    const price =
      pr && remaining
        ? sql<number>`case when s.created_at >= ${typed(pr.start, t.timestamp)} then (p.price * (case ${remaining} else ${sql.lit(
            pr.days,
          )} end) * 2 + ${sql.lit(pr.days)}) / ${sql.lit(2 * pr.days)} else p.price end`
        : sql<number>`p.price`;
    let eligible = db
      .selectFrom('billing_subscribers as s')
      .innerJoin('billing_packages as p', 'p.id', 's.package_id')
      .where('s.status', '=', 'ACTIVE');
    // Who joined after the month owes nothing for it.
    if (pr) eligible = eligible.where('s.created_at', '<', pr.end);
    // Already billed: skipped by a lookup in the unique index before any row is made (a repeat run
    // stays cheap); `on conflict do nothing` still settles two runs racing. A deleted bill counts:
    // a run never re-creates a bill staff deleted (`countDeletedBills` says how many it skipped so).
    eligible = eligible.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('billing_payments as x')
            .select(sql`1`.as('one'))
            .whereRef('x.subscriber_id', '=', 's.id')
            .where('x.year', '=', period.year)
            .where('x.billing_month', '=', period.month)
            .where('x.kind', '=', 'bill'),
        ),
      ),
    );
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
        eligible.select([
          randomUuid(db).as('id'),
          's.id as subscriber_id',
          sql<string>`'bill'`.as('kind'),
          sql<null>`null`.as('bill_id'),
          sql<number>`0`.as('amount'),
          price.as('bill_amount'),
          typed(period.month, 'text').as('billing_month'),
          typed(period.year, 'integer').as('year'),
          sql<null>`null`.as('payment_method'),
          // Paid in full already when there is nothing to pay.
          sql<boolean>`${price} = 0`.as('is_paid'),
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

  /**
   * Refreshes PostgreSQL's statistics of the ledger after a bill run made many
   * rows (in the run's transaction: ANALYZE counts its own inserts). Without,
   * a repeat run planned before autovacuum's next analyze sees the ledger as
   * nearly empty and checks each subscriber's bill by a scan of all of it
   * (measured: minutes at 90,000 bills) instead of one hashed anti-join.
   * SQLite's planner uses the indexes without statistics.
   */
  async analyzeLedger(db: Executor): Promise<void> {
    if (dialectOf(db) === 'postgres') await sql`analyze billing_payments`.execute(db);
  },

  /**
   * Payments recorded on account for a month before its bill existed (paid in
   * advance) are applied to the bill once the bill run made it: each is linked
   * to its subscriber's bill for the month, and the bills that received one
   * have their paid amount and `paid` recomputed from what is linked. Two
   * set-based statements; returns how many payments were applied.
   */
  async applyAdvancePayments(db: Executor, year: number, month: BillingMonth, now: string): Promise<number> {
    // The subscriber's bill for the month, correlated with the payment row being updated.
    const bills = () =>
      db
        .selectFrom('billing_payments as b')
        .where('b.subscriber_id', '=', sql<string>`billing_payments.subscriber_id`)
        .where('b.kind', '=', 'bill')
        .where('b.year', '=', year)
        .where('b.billing_month', '=', month)
        .where('b.deleted_at', 'is', null)
        .limit(1);
    const billOf = (column: 'id' | 'bill_amount') => bills().select(`b.${column}`);
    const linked = await db
      .updateTable('billing_payments')
      .set({
        bill_id: sql<string>`(${bills().select('b.id')})`,
        bill_amount: sql<number>`(${bills().select('b.bill_amount')})`,
        updated_at: now,
      })
      .where('kind', '=', 'payment')
      .where('bill_id', 'is', null)
      .where('deleted_at', 'is', null)
      .where('year', '=', year)
      .where('billing_month', '=', month)
      .where(({ exists }) => exists(billOf('id')))
      .executeTakeFirst();
    const applied = Number(linked.numUpdatedRows ?? 0);
    if (applied === 0) return 0;
    const paidIn = db
      .selectFrom('billing_payments as q')
      .select(sql<number>`coalesce(sum(q.amount), 0)`.as('paid'))
      .where('q.bill_id', '=', sql<string>`billing_payments.id`)
      .where('q.kind', '=', 'payment')
      .where('q.deleted_at', 'is', null);
    await db
      .updateTable('billing_payments')
      .set({
        amount: sql<number>`(${paidIn})`,
        is_paid: sql<boolean>`(${paidIn}) >= bill_amount`,
        updated_at: now,
      })
      .where('kind', '=', 'bill')
      .where('year', '=', year)
      .where('billing_month', '=', month)
      .where('deleted_at', 'is', null)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('billing_payments as l')
            .select(sql`1`.as('one'))
            .where('l.bill_id', '=', sql<string>`billing_payments.id`)
            .where('l.updated_at', '=', now),
        ),
      )
      .execute();
    return applied;
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

  /** A year's months: billed (bills), collected (payments), bills and paid bills; one aggregate. */
  monthlyTotals(db: Executor, year: number) {
    return db
      .selectFrom('billing_payments')
      .select([
        'billing_month',
        sql<number>`coalesce(sum(case when kind = 'bill' then bill_amount else 0 end), 0)`.as('billed'),
        sql<number>`coalesce(sum(case when kind = 'payment' then amount else 0 end), 0)`.as('collected'),
        sql<number>`sum(case when kind = 'bill' then 1 else 0 end)`.as('bills'),
        sql<number>`sum(case when kind = 'bill' and is_paid then 1 else 0 end)`.as('paid_bills'),
      ])
      .where('year', '=', year)
      .where('deleted_at', 'is', null)
      .groupBy('billing_month')
      .execute();
  },

  /** Overdue bills nobody was reminded of yet, with their subscriber's user, oldest first. */
  overdueToRemind(db: Executor, overdueBefore: number, limit: number) {
    return paymentsQuery(db, { overdue: true, overdueBefore })
      .innerJoin('billing_subscribers as s', 's.id', 'b.subscriber_id')
      .where('b.reminded_at', 'is', null)
      .select(['b.id', 'b.bill_amount', 'b.amount', 'b.billing_month', 'b.year', 's.user_id'])
      .orderBy('b.year')
      .orderBy('b.id')
      .limit(limit)
      .execute();
  },
  /** Marks a bill reminded; false when another run did first. */
  async markReminded(db: Executor, id: string, now: string): Promise<boolean> {
    const result = await db
      .updateTable('billing_payments')
      .set({ reminded_at: now })
      .where('id', '=', id)
      .where('reminded_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  async countWithCredentials(db: Executor): Promise<number> {
    const row = await db
      .selectFrom('billing_subscribers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('credentials', 'is not', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
  /** Subscribers with credentials, by id after `afterId`, for a key rotation's batches. */
  credentialsAfter(db: Executor, afterId: string, limit: number) {
    return db
      .selectFrom('billing_subscribers')
      .select(['id', 'credentials'])
      .where('credentials', 'is not', null)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute();
  },
  /** Replaces a subscriber's stored credentials if they are still `before` (a guarded update). */
  async replaceCredentials(db: Executor, id: string, before: string, after: string): Promise<boolean> {
    const result = await db
      .updateTable('billing_subscribers')
      .set({ credentials: after })
      .where('id', '=', id)
      .where('credentials', '=', before)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },
};
