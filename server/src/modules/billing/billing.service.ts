/**
 * Subscription billing's use cases: packages, subscribers (credentials
 * encrypted at rest, shown to staff only), the ledger of bills and payments,
 * bill runs and the subscriber's own summary.
 */
import { isIP } from 'node:net';
import type { Config } from '../../config.js';
import type { DB } from '../../db/dialect.js';
import { isUniqueViolation } from '../../db/dialect.js';
import { type Origin, recordAudit } from '../../platform/audit.js';
import type { AuthUser } from '../../platform/auth.js';
import type { EventBus } from '../../platform/events.js';
import { newId, nowIso } from '../../platform/ids.js';
import { Kept } from '../../platform/kept.js';
import type { Mailer } from '../../platform/mail.js';
import { formatMinor, parseMoney } from '../../platform/money.js';
import { countRows, type Page, type PageRequest, paginate, paginateWith } from '../../platform/pagination.js';
import { midnightOf } from '../../platform/reports.js';
import { type Executor, transaction } from '../../platform/transaction.js';
import { type UserSummary, userReads } from '../identity/index.js';
import { BillingErrors } from './billing.errors.js';
import type {} from './billing.events.js';
import {
  type PackageRow,
  type PaymentFilter,
  type PaymentRow,
  billingRepository as repo,
  type SubscriberFilter,
} from './billing.repository.js';
import {
  type BillingMonth,
  type BillingSummaryDto,
  type BillingTransactionsDto,
  type BillRunDto,
  type CustomerBody,
  type CustomerDto,
  type CustomerUpdateBody,
  type ListCustomersQuery,
  type ListPaymentsQuery,
  MONTHS,
  type MonthlyReportDto,
  type PackageBody,
  type PackageDto,
  type PackageUpdateBody,
  type PaymentBody,
  type PaymentDto,
  type PaymentUpdateBody,
  type UserListDto,
  type UserLiteDto,
} from './billing.schemas.js';
import type { Credentials, CredentialsCipher } from './credentials.js';

declare module '../../platform/audit.js' {
  interface AuditActions {
    'billing.payment_deleted': true;
    'billing.bills_generated': true;
    'billing.credentials_revealed': true;
  }
}

export interface BillingDeps {
  db: DB;
  cipher: CredentialsCipher;
  config: Pick<Config, 'TIME_ZONE' | 'BILLING_PRO_RATA' | 'BILLING_OVERDUE_DAYS' | 'PUBLIC_URL'>;
  mailer: Mailer;
  events: EventBus;
}

const DAY_MS = 24 * 3600_000;
/** A bill run making at least this many bills refreshes the ledger's statistics (PostgreSQL). */
const ANALYZE_AFTER = 1_000;
/** Rows per query of a CSV export. */
const EXPORT_BATCH = 500;

/** An admin's role, by whether they are a superuser. */
const ADMIN_ROLES = { superuser: 'SUPER_ADMIN', admin: 'ADMIN' } as const;

/** The back office's roles from Mercato's user types. */
export function roleOf(userType: string, isSuperuser: boolean): UserListDto['role'] {
  switch (userType) {
    case 'customer':
      return 'CUSTOMER';
    case 'staff':
      return 'STAFF';
    case 'manager':
      return 'MANAGER';
    case 'admin':
      return ADMIN_ROLES[isSuperuser ? 'superuser' : 'admin'];
    default:
      return 'OTHER';
  }
}

function userList(r: UserSummary): UserListDto {
  return {
    uid: r.id,
    username: r.username,
    email: r.email,
    first_name: r.first_name,
    last_name: r.last_name,
    phone: r.phone,
    role: roleOf(r.user_type, Boolean(r.is_superuser)),
    kind: r.kind,
    gender: r.gender,
  };
}

function packageDto(p: PackageRow): PackageDto {
  return {
    uid: p.id,
    name: p.name,
    speed_mbps: p.speed_mbps,
    price: formatMinor(Number(p.price)),
    description: p.description,
    is_active: Boolean(p.is_active),
  };
}

type PaymentListed = PaymentRow & { overdue: boolean | number; subscriber_user_id: string };

/** A user's name as the web app shows it: first and last name, else username, else email. */
function nameOf(user: UserSummary | undefined): string {
  if (!user) return '';
  return `${user.first_name} ${user.last_name}`.trim() || user.username || user.email;
}

/** A subscriber as answered, with the nested user and package typed (the schema refers to them). */
export type CustomerView = Omit<CustomerDto, 'user' | 'package'> & { user: UserListDto; package: PackageDto };
/** A ledger row as answered, with `entry_by` typed. */
export type PaymentView = Omit<PaymentDto, 'entry_by'> & { entry_by: UserLiteDto | null };

function paymentDto(
  r: PaymentListed,
  entry: UserSummary | undefined,
  subscriber: UserSummary | undefined,
): PaymentView {
  return {
    uid: r.id,
    kind: r.kind === 'bill' ? 'BILL' : 'PAYMENT',
    customer_id: r.subscriber_id,
    customer_name: nameOf(subscriber),
    bill: r.bill_id,
    amount: formatMinor(Number(r.amount)),
    bill_amount: formatMinor(Number(r.bill_amount)),
    billing_month: r.billing_month,
    year: r.year,
    payment_method: r.payment_method,
    paid: Boolean(r.is_paid),
    overdue: Boolean(r.overdue),
    transaction_id: r.transaction_id,
    note: r.note,
    entry_by: entry
      ? {
          uid: entry.id,
          username: entry.username,
          email: entry.email,
          first_name: entry.first_name,
          last_name: entry.last_name,
        }
      : null,
    created_at: new Date(r.created_at).toISOString(),
  };
}

/** PPPoE needs a login and password, STATIC an IP address; DHCP needs nothing. */
function checkCredentials(type: string, credentials: Credentials | null | undefined): void {
  const c = credentials ?? {};
  if (type === 'PPPoE') {
    if (!c.username) throw BillingErrors.badCredentials('username', 'PPPoE needs a login.');
    if (!c.password) throw BillingErrors.badCredentials('password', 'PPPoE needs a password.');
  }
  if (type === 'STATIC') {
    if (!c.ip_address || isIP(c.ip_address) === 0) {
      throw BillingErrors.badCredentials('ip_address', 'A static connection needs a valid IP address.');
    }
  }
}

/** The month a date falls in, as the back office names it. */
export function monthOf(date: Date, timeZone = 'UTC'): { month: BillingMonth; year: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(date);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  return { month: MONTHS[month - 1] as BillingMonth, year };
}

/** The instant a month starts in `timeZone` (to the minute; zones' offsets are whole minutes). */
export function monthStart(year: number, monthIndex: number, timeZone: string): Date {
  return dayStart(year, monthIndex, 1, timeZone);
}

/** The instant a day of a month starts in `timeZone` (days past the month's end roll over). */
export function dayStart(year: number, monthIndex: number, day: number, timeZone: string): Date {
  return midnightOf(new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10), timeZone);
}

/** What a credentials read reveals: who, which subscriber; audited in the reader's request. */
/** A user's subscription as staff's customer page shows it (`BillingService.subscriberSummary`). */
export interface SubscriberSummary {
  uid: string;
  status: string;
  connection_type: string;
  package_name: string;
  since: string;
  /** Bills minus payments, a decimal string. */
  balance: string;
}

export interface Reveal {
  origin: Origin;
}

export class BillingService {
  /**
   * The subscriber list without a search, kept in memory (platform/kept.ts):
   * each filter's count, and staff's answers whole (serialized, by URL: the
   * route's `sendKept`), users included. Forgotten on every `subscriber.changed`
   * (a subscriber or a package) and `user.changed` (a user's name, email...).
   */
  readonly kept = {
    counts: new Kept<number>({ ttlMs: 5_000, maxEntries: 1_000 }),
    // Fewer answers than counts: one holds up to 100 subscribers.
    answers: new Kept<Buffer>({ ttlMs: 5_000, maxEntries: 200 }),
  };

  /** Forgets the list's counts and answers (a subscriber, a package or a user changed, here or elsewhere). */
  forgetKept(): void {
    this.kept.counts.forget();
    this.kept.answers.forget();
  }

  constructor(private readonly deps: BillingDeps) {}

  private get db(): DB {
    return this.deps.db;
  }

  /** Bills of months before this one (`year * 12 + index`) are overdue when unpaid at `now`. */
  overdueBefore(now = new Date()): number {
    const { month, year } = monthOf(
      new Date(now.getTime() - this.deps.config.BILLING_OVERDUE_DAYS * DAY_MS),
      this.deps.config.TIME_ZONE,
    );
    return year * 12 + MONTHS.indexOf(month);
  }

  /** The users of `ids`, from identity's read API (one lookup). */
  private users(ids: Array<string | null>): Promise<Map<string, UserSummary>> {
    return userReads.userSummaries(
      this.db,
      ids.filter((id): id is string => id !== null),
    );
  }

  // ---- packages --------------------------------------------------------------

  async listPackages(page: PageRequest): Promise<Page<PackageDto>> {
    const result = await paginate(page, repo.packagesQuery(this.db), (q) =>
      q.selectAll().orderBy('speed_mbps').orderBy('id'),
    );
    return { ...result, results: result.results.map(packageDto) };
  }

  async getPackage(id: string): Promise<PackageDto> {
    const row = await repo.findPackage(this.db, id);
    if (!row) throw BillingErrors.packageNotFound();
    return packageDto(row);
  }

  async createPackage(body: PackageBody): Promise<PackageDto> {
    const now = nowIso();
    const row = {
      id: newId(),
      name: body.name.trim(),
      speed_mbps: body.speed_mbps,
      price: parseMoney(body.price, 'price'),
      description: body.description ?? '',
      is_active: body.is_active ?? true,
      created_at: now,
      updated_at: now,
    };
    try {
      await repo.insertPackage(this.db, row);
    } catch (err) {
      if (isUniqueViolation(err)) throw BillingErrors.packageNameTaken();
      throw err;
    }
    return packageDto(row);
  }

  async updatePackage(id: string, body: PackageUpdateBody): Promise<PackageDto> {
    await this.getPackage(id);
    try {
      await transaction(this.db, async (trx) => {
        await repo.updatePackage(trx, id, {
          ...(body.name !== undefined ? { name: body.name.trim() } : {}),
          ...(body.speed_mbps !== undefined ? { speed_mbps: body.speed_mbps } : {}),
          ...(body.price !== undefined ? { price: parseMoney(body.price, 'price') } : {}),
          ...(body.description !== undefined ? { description: body.description } : {}),
          ...(body.is_active !== undefined ? { is_active: body.is_active } : {}),
          updated_at: nowIso(),
        });
        // Subscriber pages kept in memory show the package.
        await this.subscriberChanged(trx, null, id);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw BillingErrors.packageNameTaken();
      throw err;
    }
    return this.getPackage(id);
  }

  async deletePackage(id: string): Promise<void> {
    await transaction(this.db, async (trx) => {
      if (!(await repo.findPackage(trx, id))) throw BillingErrors.packageNotFound();
      if (await repo.hasSubscribers(trx, id)) throw BillingErrors.packageInUse();
      await repo.deletePackage(trx, id);
    });
  }

  // ---- subscribers -------------------------------------------------------------

  private customerDto(
    r: NonNullable<Awaited<ReturnType<typeof repo.findSubscriber>>>,
    user: UserSummary | undefined,
    viewer: AuthUser,
    reveal: boolean,
  ): CustomerView {
    if (!user) throw BillingErrors.customerNotFound();
    const dto: CustomerView = {
      uid: r.id,
      user: userList(user),
      package: packageDto({
        id: r.package_id,
        name: r.package_name,
        speed_mbps: r.speed_mbps,
        price: r.price,
        description: r.description,
        is_active: r.is_active,
        created_at: '',
        updated_at: '',
      }),
      connection_type: r.connection_type,
      address: r.address,
      status: r.status,
      created_at: new Date(r.created_at).toISOString(),
    };
    // Credentials are for staff, managers and admins, when asked: the subscriber's own view has none.
    if (viewer.is_staff && reveal)
      dto.credentials = r.credentials ? this.deps.cipher.decrypt(r.credentials) : null;
    return dto;
  }

  /** One audit entry per subscriber whose credentials `viewer` is shown (who, which subscriber, from where). */
  private async auditReveal(viewer: AuthUser, ids: string[], reveal: Reveal): Promise<void> {
    if (!viewer.is_staff || ids.length === 0) return;
    await transaction(this.db, async (trx) => {
      for (const id of ids)
        await recordAudit(trx, {
          action: 'billing.credentials_revealed',
          actor: viewer,
          target: { type: 'billing_subscriber', id },
          origin: reveal.origin,
        });
    });
  }

  /**
   * Subscribers, newest first. Staff see credentials only with `reveal` (the
   * list's `?reveal=credentials`), and each one shown is audited.
   */
  async listCustomers(viewer: AuthUser, query: ListCustomersQuery, page: PageRequest, reveal?: Reveal) {
    const filter = this.customerFilter(viewer, query);
    const { search, ...plain } = filter;
    const result =
      search !== undefined
        ? await paginate(page, repo.subscribersQuery(this.db, filter), (q) => repo.selectSubscriber(q))
        : await paginateWith(
            page,
            () => this.countSubscribers(plain),
            (limit, offset) => repo.subscriberPage(this.db, plain, limit, offset),
          );
    const users = await this.users(result.results.map((r) => r.user_id));
    const shown = viewer.is_staff && reveal !== undefined;
    if (shown)
      await this.auditReveal(
        viewer,
        result.results.filter((r) => r.credentials).map((r) => r.id),
        reveal,
      );
    return {
      ...result,
      results: result.results.map((r) => this.customerDto(r, users.get(r.user_id), viewer, shown)),
    };
  }

  /**
   * How many subscribers a filter without a search selects: kept in memory,
   * except a subscriber's own (at most one row, by a unique index).
   */
  private countSubscribers(filter: Omit<SubscriberFilter, 'search'>): Promise<number> {
    const count = () => countRows(repo.subscribersQuery(this.db, filter));
    if (filter.user_id !== undefined) return count();
    return this.kept.counts.load(this.filterKey(filter), count);
  }

  private filterKey(filter: Omit<SubscriberFilter, 'search'>): string {
    return `${filter.status ?? ''}|${filter.connection_type ?? ''}|${filter.package_id ?? ''}`;
  }

  /**
   * Records, in `trx`, that a subscriber (or, with `packageId`, a package)
   * changed: every instance forgets the list it keeps once the change commits.
   */
  private subscriberChanged(trx: Executor, subscriberId: string | null, packageId?: string): Promise<void> {
    return this.deps.events.emit(trx, 'subscriber.changed', {
      subscriberId,
      ...(packageId ? { packageId } : {}),
    });
  }

  private customerFilter(viewer: AuthUser, query: Omit<ListCustomersQuery, 'page' | 'page_size'>) {
    return {
      search: query.search,
      status: query.status,
      connection_type: query.connection_type,
      package_id: query.package,
      ...(viewer.is_staff ? {} : { user_id: viewer.id }),
    };
  }

  /** Every subscriber `query` selects, in batches (for the CSV export; staff only). */
  async *exportCustomers(viewer: AuthUser, query: Omit<ListCustomersQuery, 'page' | 'page_size'>) {
    const filter = this.customerFilter(viewer, query);
    for (let offset = 0; ; offset += EXPORT_BATCH) {
      const rows = await repo
        .selectSubscriber(repo.subscribersQuery(this.db, filter))
        .limit(EXPORT_BATCH)
        .offset(offset)
        .execute();
      const users = await this.users(rows.map((r) => r.user_id));
      yield rows.map((r) => this.customerDto(r, users.get(r.user_id), viewer, false));
      if (rows.length < EXPORT_BATCH) return;
    }
  }

  async listPackageCustomers(viewer: AuthUser, packageId: string, page: PageRequest) {
    await this.getPackage(packageId);
    return this.listCustomers(viewer, { package: packageId }, page);
  }

  /** A subscriber as `viewer` may see it: anyone else's is 404 to a subscriber. */
  private async visibleSubscriber(executor: Executor, viewer: AuthUser, id: string) {
    const row = await repo.findSubscriber(executor, id);
    if (!row || (!viewer.is_staff && row.user_id !== viewer.id)) throw BillingErrors.customerNotFound();
    return row;
  }

  /**
   * A subscriber. With `reveal` (`?reveal=credentials`, or the answer to a
   * staff member's own create or update), staff see the credentials and the
   * read is audited; without, nobody does.
   */
  async getCustomer(viewer: AuthUser, id: string, reveal?: Reveal): Promise<CustomerView> {
    const row = await this.visibleSubscriber(this.db, viewer, id);
    const users = await this.users([row.user_id]);
    if (reveal && row.credentials) await this.auditReveal(viewer, [row.id], reveal);
    return this.customerDto(row, users.get(row.user_id), viewer, reveal !== undefined);
  }

  async createCustomer(viewer: AuthUser, body: CustomerBody, reveal?: Reveal): Promise<CustomerView> {
    checkCredentials(body.connection_type, body.credentials);
    const id = newId();
    await transaction(this.db, async (trx) => {
      if (!(await userReads.userSummaries(trx, [body.user])).has(body.user))
        throw BillingErrors.unknownUser();
      if (!(await repo.findPackage(trx, body.package))) throw BillingErrors.unknownPackage();
      if (await repo.findSubscriberIdByUser(trx, body.user)) throw BillingErrors.alreadySubscriber();
      const now = nowIso();
      try {
        await repo.insertSubscriber(trx, {
          id,
          user_id: body.user,
          package_id: body.package,
          connection_type: body.connection_type,
          credentials: body.credentials ? this.deps.cipher.encrypt(body.credentials) : null,
          address: body.address ?? '',
          status: body.status ?? 'ACTIVE',
          created_at: now,
          updated_at: now,
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw BillingErrors.alreadySubscriber();
        throw err;
      }
      await this.subscriberChanged(trx, id);
    });
    return this.getCustomer(viewer, id, reveal);
  }

  async updateCustomer(
    viewer: AuthUser,
    id: string,
    body: CustomerUpdateBody,
    reveal?: Reveal,
  ): Promise<CustomerView> {
    await transaction(this.db, async (trx) => {
      const row = await this.visibleSubscriber(trx, viewer, id);
      const type = body.connection_type ?? row.connection_type;
      const credentials =
        body.credentials !== undefined
          ? body.credentials
          : row.credentials
            ? this.deps.cipher.decrypt(row.credentials)
            : null;
      checkCredentials(type, credentials);
      if (body.package !== undefined && !(await repo.findPackage(trx, body.package))) {
        throw BillingErrors.unknownPackage();
      }
      await repo.updateSubscriber(trx, id, {
        ...(body.package !== undefined ? { package_id: body.package } : {}),
        ...(body.connection_type !== undefined ? { connection_type: body.connection_type } : {}),
        ...(body.credentials !== undefined
          ? { credentials: body.credentials ? this.deps.cipher.encrypt(body.credentials) : null }
          : {}),
        ...(body.address !== undefined ? { address: body.address } : {}),
        ...(body.status !== undefined ? { status: body.status } : {}),
        updated_at: nowIso(),
      });
      await this.subscriberChanged(trx, id);
    });
    return this.getCustomer(viewer, id, reveal);
  }

  async deleteCustomer(viewer: AuthUser, id: string): Promise<void> {
    await transaction(this.db, async (trx) => {
      await this.visibleSubscriber(trx, viewer, id);
      if (await repo.hasLedger(trx, id)) throw BillingErrors.customerHasLedger();
      await repo.deleteSubscriber(trx, id);
      await this.subscriberChanged(trx, id);
    });
  }

  // ---- bills -------------------------------------------------------------------

  /** One unpaid bill per active subscriber for the month, in one statement; a repeat makes none. */
  async generateBills(
    executor: Executor,
    actor: AuthUser | null,
    period: { billing_month: BillingMonth; year: number },
  ): Promise<BillRunDto> {
    const index = MONTHS.indexOf(period.billing_month);
    const zone = this.deps.config.TIME_ZONE;
    const start = monthStart(period.year, index, zone);
    const end = monthStart(period.year + (index === 11 ? 1 : 0), (index + 1) % 12, zone);
    // Pro rata counts the month's local calendar days: where clocks move, a day is not 24 hours,
    // so each day's first instant is computed in the zone rather than by dividing elapsed time.
    const days = new Date(Date.UTC(period.year, index + 1, 0)).getUTCDate();
    const proRata = this.deps.config.BILLING_PRO_RATA
      ? {
          start: start.toISOString(),
          end: end.toISOString(),
          days,
          dayStarts: Array.from({ length: days }, (_, d) =>
            dayStart(period.year, index, d + 1, zone).toISOString(),
          ),
        }
      : undefined;
    const eligible = await repo.countActive(executor, proRata?.end);
    const created = await repo.insertBills(executor, {
      year: period.year,
      month: period.billing_month,
      actor: actor?.id ?? null,
      now: nowIso(),
      proRata,
    });
    if (created >= ANALYZE_AFTER) await repo.analyzeLedger(executor);
    // What was paid for the month before its bill existed now pays the bill (not overdue, no reminder).
    if (created > 0) await repo.applyAdvancePayments(executor, period.year, period.billing_month, nowIso());
    if (created > 0) {
      await recordAudit(executor, {
        action: 'billing.bills_generated',
        actor: actor ?? null,
        details: { billing_month: period.billing_month, year: period.year, created },
      });
    }
    const skipped = Math.max(0, eligible - created);
    // Deleted bills are counted only when something was skipped (a first run of a month skips nobody).
    const deleted =
      skipped > 0
        ? Math.min(
            skipped,
            await repo.countDeletedBills(executor, period.year, period.billing_month, proRata?.end),
          )
        : 0;
    return {
      billing_month: period.billing_month,
      year: period.year,
      created,
      skipped,
      skipped_reasons: { already_billed: skipped - deleted, bill_deleted: deleted },
    };
  }

  // ---- payments ----------------------------------------------------------------

  private async paymentFilter(
    viewer: AuthUser,
    query: Omit<ListPaymentsQuery, 'page' | 'page_size'>,
    subscriberId?: string,
  ): Promise<PaymentFilter> {
    let filterSubscriber = subscriberId;
    if (subscriberId) await this.visibleSubscriber(this.db, viewer, subscriberId);
    else if (!viewer.is_staff) {
      // A subscriber's own ledger; someone who is not one has none.
      const own = await repo.findSubscriberIdByUser(this.db, viewer.id);
      filterSubscriber = own?.id ?? '00000000-0000-0000-0000-000000000000';
    }
    return {
      subscriber_id: filterSubscriber,
      billing_month: query.billing_month,
      year: query.year,
      payment_method: query.payment_method,
      paid: query.paid,
      kind: query.kind === 'BILL' ? 'bill' : query.kind === 'PAYMENT' ? 'payment' : undefined,
      overdue: query.overdue,
      overdueBefore: this.overdueBefore(),
    };
  }

  /** Ledger rows as DTOs, with who entered them and whose they are (one lookup of their users). */
  private async paymentDtos(rows: PaymentListed[], executor: Executor = this.db): Promise<PaymentView[]> {
    const users = await userReads.userSummaries(
      executor,
      rows.flatMap((r) => (r.entry_by ? [r.entry_by, r.subscriber_user_id] : [r.subscriber_user_id])),
    );
    return rows.map((r) =>
      paymentDto(r, r.entry_by ? users.get(r.entry_by) : undefined, users.get(r.subscriber_user_id)),
    );
  }

  async listPayments(viewer: AuthUser, query: ListPaymentsQuery, page: PageRequest, subscriberId?: string) {
    const filter = await this.paymentFilter(viewer, query, subscriberId);
    const result = await paginate(page, repo.paymentsQuery(this.db, filter), (q) =>
      repo.selectPayment(q, this.overdueBefore()),
    );
    return { ...result, results: await this.paymentDtos(result.results) };
  }

  /** Every ledger row `query` selects, newest first, in batches (for the CSV export). */
  async *exportPayments(viewer: AuthUser, query: Omit<ListPaymentsQuery, 'page' | 'page_size'>) {
    const filter = await this.paymentFilter(viewer, query);
    for (let offset = 0; ; offset += EXPORT_BATCH) {
      const rows = await repo
        .selectPayment(repo.paymentsQuery(this.db, filter), this.overdueBefore())
        .limit(EXPORT_BATCH)
        .offset(offset)
        .execute();
      yield await this.paymentDtos(rows);
      if (rows.length < EXPORT_BATCH) return;
    }
  }

  private async findPayment(executor: Executor, id: string): Promise<PaymentListed | undefined> {
    return repo.findPayment(executor, id, this.overdueBefore());
  }

  private async visiblePayment(executor: Executor, viewer: AuthUser, id: string) {
    const row = await this.findPayment(executor, id);
    if (!row) throw BillingErrors.paymentNotFound();
    if (!viewer.is_staff) {
      const own = await repo.findSubscriberIdByUser(executor, viewer.id);
      if (own?.id !== row.subscriber_id) throw BillingErrors.paymentNotFound();
    }
    return row;
  }

  async getPayment(viewer: AuthUser, id: string): Promise<PaymentView> {
    const row = await this.visiblePayment(this.db, viewer, id);
    const [dto] = await this.paymentDtos([row]);
    if (!dto) throw BillingErrors.paymentNotFound();
    return dto;
  }

  /**
   * Records money received: against the subscriber's bill for that month when
   * there is one (the bill's `amount` and `paid` follow), on account otherwise.
   */
  async recordPayment(
    executor: Executor,
    actor: AuthUser,
    subscriberId: string,
    body: Omit<PaymentBody, 'customer_id'>,
    field = 'customer_id',
  ): Promise<PaymentView> {
    const subscriber = await repo.findSubscriber(executor, subscriberId);
    if (!subscriber) {
      throw field === 'customer_id'
        ? BillingErrors.customerNotFoundField()
        : BillingErrors.customerNotFound();
    }
    const amount = parseMoney(body.amount, 'amount');
    if (amount <= 0) {
      throw BillingErrors.amountNotPositive();
    }
    // Without a year: this year where the business is (TIME_ZONE), as bill runs and overdue count months.
    const year = body.year ?? monthOf(new Date(), this.deps.config.TIME_ZONE).year;
    const bill = await repo.findBill(executor, subscriberId, year, body.billing_month);
    const now = nowIso();
    const id = newId();
    await repo.insertPayment(executor, {
      id,
      subscriber_id: subscriberId,
      kind: 'payment',
      bill_id: bill?.id ?? null,
      amount,
      bill_amount: bill ? Number(bill.bill_amount) : 0,
      billing_month: body.billing_month,
      year,
      payment_method: body.payment_method,
      is_paid: true,
      transaction_id: body.transaction_id ?? '',
      note: body.note ?? '',
      entry_by: actor.id,
      created_at: now,
      updated_at: now,
      deleted_at: null,
      reminded_at: null,
    });
    if (bill) await repo.addToBill(executor, bill.id, amount, now);
    return this.paymentAfterWrite(executor, id);
  }

  async updatePayment(actor: AuthUser, id: string, body: PaymentUpdateBody): Promise<PaymentView> {
    return transaction(this.db, async (trx) => {
      await repo.lockPayment(trx, id);
      const row = await this.visiblePayment(trx, actor, id);
      const now = nowIso();
      if (row.kind === 'bill') {
        // A bill's amount is what was paid against it: only its note is edited here.
        await repo.updatePayment(trx, id, {
          ...(body.note !== undefined ? { note: body.note } : {}),
          updated_at: now,
        });
      } else {
        const amount = body.amount !== undefined ? parseMoney(body.amount, 'amount') : Number(row.amount);
        if (amount <= 0) throw BillingErrors.amountNotPositive();
        await repo.updatePayment(trx, id, {
          amount,
          ...(body.payment_method !== undefined ? { payment_method: body.payment_method } : {}),
          ...(body.transaction_id !== undefined ? { transaction_id: body.transaction_id } : {}),
          ...(body.note !== undefined ? { note: body.note } : {}),
          updated_at: now,
        });
        const delta = amount - Number(row.amount);
        if (row.bill_id && delta !== 0) await repo.addToBill(trx, row.bill_id, delta, now);
      }
      return this.paymentAfterWrite(trx, id);
    });
  }

  /** A ledger row just written, read back in the writer's transaction. */
  private async paymentAfterWrite(executor: Executor, id: string): Promise<PaymentView> {
    const row = await this.findPayment(executor, id);
    if (!row) throw BillingErrors.paymentNotFound();
    const [dto] = await this.paymentDtos([row], executor);
    if (!dto) throw BillingErrors.paymentNotFound();
    return dto;
  }

  /** Soft delete, audited; a payment's bill gives the amount back. */
  async deletePayment(actor: AuthUser, id: string, origin: Origin): Promise<void> {
    await transaction(this.db, async (trx) => {
      // Concurrent deletes of one payment: the first gives its bill the amount back, the rest find it gone.
      await repo.lockPayment(trx, id);
      const row = await this.visiblePayment(trx, actor, id);
      if (row.kind === 'bill' && (await repo.hasPaymentsAgainst(trx, id)))
        throw BillingErrors.billHasPayments();
      const now = nowIso();
      await repo.updatePayment(trx, id, { deleted_at: now, updated_at: now });
      if (row.bill_id) await repo.addToBill(trx, row.bill_id, -Number(row.amount), now);
      await recordAudit(trx, {
        action: 'billing.payment_deleted',
        actor,
        target: { type: 'billing_payment', id },
        origin,
        details: {
          kind: row.kind,
          amount: formatMinor(Number(row.amount)),
          bill_amount: formatMinor(Number(row.bill_amount)),
          customer_id: row.subscriber_id,
        },
      });
    });
  }

  /**
   * What staff's customer page shows of a user's subscription (credentials
   * never): the subscriber, their package and balance; null when not a subscriber.
   */
  async subscriberSummary(userId: string): Promise<SubscriberSummary | null> {
    const row = await repo
      .selectSubscriber(repo.subscribersQuery(this.db, { user_id: userId }))
      .executeTakeFirst();
    if (!row) return null;
    const { billed, paid } = await repo.totals(this.db, row.id);
    return {
      uid: row.id,
      status: row.status,
      connection_type: row.connection_type,
      package_name: row.package_name,
      since: row.created_at,
      balance: formatMinor(billed - paid),
    };
  }

  /** Bills minus payments, in minor units, for a user (0 when not a subscriber). */
  async balanceOf(userId: string): Promise<number> {
    const own = await repo.findSubscriberIdByUser(this.db, userId);
    if (!own) return 0;
    const { billed, paid } = await repo.totals(this.db, own.id);
    return billed - paid;
  }

  /** The billing summary of the signed-in user; someone who is not a subscriber owes nothing. */
  async summary(user: AuthUser, now: Date, timeZone: string): Promise<BillingSummaryDto> {
    const { month, year } = monthOf(now, timeZone);
    const next = MONTHS.indexOf(month) + 1;
    const nextDate = next === 12 ? `${year + 1}-01-01` : `${year}-${String(next + 1).padStart(2, '0')}-01`;
    return {
      user: user.username,
      current_balance: formatMinor(await this.balanceOf(user.id)),
      billing_cycle: 'monthly',
      next_billing_date: nextDate,
      timestamp: now.toISOString(),
    };
  }

  /** The signed-in user's recent bills and payments, newest first (at most `limit`). */
  async transactions(user: AuthUser, now: Date, limit = 20): Promise<BillingTransactionsDto> {
    const own = await repo.findSubscriberIdByUser(this.db, user.id);
    const rows = own
      ? await repo
          .selectPayment(repo.paymentsQuery(this.db, { subscriber_id: own.id }), this.overdueBefore(now))
          .limit(limit)
          .execute()
      : [];
    const label = (m: string) => `${m.charAt(0)}${m.slice(1).toLowerCase()}`;
    return {
      user: user.username,
      transactions: rows.map((r) => ({
        id: r.id,
        amount: formatMinor(Number(r.kind === 'bill' ? r.bill_amount : r.amount)),
        description:
          r.kind === 'bill'
            ? `Bill for ${label(r.billing_month)} ${r.year}`
            : `Payment for ${label(r.billing_month)} ${r.year} (${r.payment_method ?? 'OTHER'})`,
        date: new Date(r.created_at).toISOString().slice(0, 10),
        status: r.kind === 'payment' ? 'completed' : r.is_paid ? 'paid' : 'unpaid',
      })),
      timestamp: now.toISOString(),
    };
  }

  // ---- reports, reminders, key rotation ------------------------------------------

  /** The twelve months of `year`: billed, collected, bills and paid bills (one aggregate). */
  async monthlyReport(year: number): Promise<MonthlyReportDto> {
    const rows = new Map((await repo.monthlyTotals(this.db, year)).map((r) => [r.billing_month, r]));
    return {
      results: MONTHS.map((month) => {
        const r = rows.get(month);
        return {
          year,
          billing_month: month,
          billed: formatMinor(Number(r?.billed ?? 0)),
          collected: formatMinor(Number(r?.collected ?? 0)),
          bills: Number(r?.bills ?? 0),
          paid_bills: Number(r?.paid_bills ?? 0),
        };
      }),
    };
  }

  /**
   * Queues one reminder mail per overdue bill (`BILLING_OVERDUE_DAYS` after
   * its month): a guarded update marks the bill reminded in the transaction
   * that queues the mail, so a bill is reminded once however often this runs,
   * and concurrently. Returns how many mails were queued.
   */
  async remindOverdue(now = new Date()): Promise<number> {
    let queued = 0;
    const before = this.overdueBefore(now);
    for (;;) {
      const bills = await repo.overdueToRemind(this.db, before, 200);
      if (bills.length === 0) return queued;
      const users = await this.users(bills.map((b) => b.user_id));
      for (const bill of bills) {
        const user = users.get(bill.user_id);
        const sent = await transaction(this.db, async (trx) => {
          if (!(await repo.markReminded(trx, bill.id, nowIso(now)))) return false;
          if (!user) return true;
          const month = `${bill.billing_month.charAt(0)}${bill.billing_month.slice(1).toLowerCase()} ${bill.year}`;
          const due = formatMinor(Number(bill.bill_amount) - Number(bill.amount));
          await this.deps.mailer.queue(
            trx,
            {
              to: user.email,
              subject: `Your internet bill for ${month} is overdue`,
              text: `Hello ${user.first_name || user.username},\n\nYour bill for ${month} is unpaid: ${due} is due. Please pay it at your earliest convenience; you can see your bills at ${this.deps.config.PUBLIC_URL}/account/billing\n`,
            },
            { dedupeKey: `billing.overdue_reminder:${bill.id}` },
          );
          return true;
        });
        if (sent && user) queued += 1;
      }
    }
  }

  /** Credentials as stored (the bench seed writes subscribers in bulk). */
  encryptCredentials(credentials: Credentials): string {
    return this.deps.cipher.encrypt(credentials);
  }

  /** How many subscribers have credentials stored (a rotation's total). */
  countWithCredentials(): Promise<number> {
    return repo.countWithCredentials(this.db);
  }

  /**
   * Re-encrypts every subscriber's credentials under the current key (`mercato
   * billing rotate-key`): in batches by id, each value replaced by a guarded
   * update (only if unchanged meanwhile), values already under the current key
   * left alone. Stopped halfway, a second run finishes the job; run again, it
   * changes nothing.
   */
  async rotateCredentials(
    batchSize = 500,
    onProgress: (done: number) => void = () => {},
  ): Promise<{ rotated: number; current: number }> {
    const { cipher } = this.deps;
    let after = '00000000-0000-0000-0000-000000000000';
    let rotated = 0;
    let current = 0;
    for (;;) {
      const rows = await repo.credentialsAfter(this.db, after, batchSize);
      if (rows.length === 0) return { rotated, current };
      await transaction(this.db, async (trx) => {
        for (const row of rows) {
          if (!row.credentials || cipher.isCurrent(row.credentials)) {
            current += 1;
            continue;
          }
          const next = cipher.encrypt(cipher.decrypt(row.credentials));
          if (await repo.replaceCredentials(trx, row.id, row.credentials, next)) rotated += 1;
        }
      });
      after = rows[rows.length - 1]?.id ?? after;
      onProgress(rotated + current);
    }
  }
}
