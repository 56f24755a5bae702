/**
 * Subscription billing's use cases: packages, subscribers (credentials
 * encrypted at rest, shown to staff only), the ledger of bills and payments,
 * bill runs and the subscriber's own summary.
 */
import { isIP } from 'node:net';
import type { DB } from '../../db/dialect.js';
import { isUniqueViolation } from '../../db/dialect.js';
import { type Origin, recordAudit } from '../../platform/audit.js';
import type { AuthUser } from '../../platform/auth.js';
import { newId, nowIso } from '../../platform/ids.js';
import { formatMinor, parseMoney } from '../../platform/money.js';
import { type Page, type PageRequest, paginate } from '../../platform/pagination.js';
import { type Executor, transaction } from '../../platform/transaction.js';
import { BillingErrors } from './billing.errors.js';
import {
  type PackageRow,
  type PaymentFilter,
  type PaymentRow,
  billingRepository as repo,
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
  type PackageBody,
  type PackageDto,
  type PackageUpdateBody,
  type PaymentBody,
  type PaymentDto,
  type PaymentUpdateBody,
  type UserListDto,
} from './billing.schemas.js';
import type { Credentials, CredentialsCipher } from './credentials.js';

declare module '../../platform/audit.js' {
  interface AuditActions {
    'billing.payment_deleted': true;
    'billing.bills_generated': true;
  }
}

export interface BillingDeps {
  db: DB;
  cipher: CredentialsCipher;
}

type UserColumns = {
  user_id: string;
  username: string;
  email: string;
  first_name: string;
  last_name: string;
  phone: string;
  user_type: string;
  is_superuser: boolean;
  kind: string;
  gender: 'FEMALE' | 'MALE' | 'UNKNOWN';
};

/** An admin's role, by whether they are a superuser. */
const ADMIN_ROLES = { superuser: 'SUPER_ADMIN', admin: 'ADMIN' } as const;

/** SPEC §3: seed 002's roles from Mercato's user types. */
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

function userList(r: UserColumns): UserListDto {
  return {
    uid: r.user_id,
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

type PaymentJoined = PaymentRow & {
  entry_username: string | null;
  entry_email: string | null;
  entry_first_name: string | null;
  entry_last_name: string | null;
};

function paymentDto(r: PaymentJoined): PaymentDto {
  return {
    uid: r.id,
    kind: r.kind === 'bill' ? 'BILL' : 'PAYMENT',
    customer_id: r.subscriber_id,
    bill: r.bill_id,
    amount: formatMinor(Number(r.amount)),
    bill_amount: formatMinor(Number(r.bill_amount)),
    billing_month: r.billing_month,
    year: r.year,
    payment_method: r.payment_method,
    paid: Boolean(r.is_paid),
    transaction_id: r.transaction_id,
    note: r.note,
    entry_by:
      r.entry_by && r.entry_email !== null
        ? {
            uid: r.entry_by,
            username: r.entry_username ?? '',
            email: r.entry_email,
            first_name: r.entry_first_name ?? '',
            last_name: r.entry_last_name ?? '',
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

/** The month a date falls in, as seed 002 names it. */
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

export class BillingService {
  constructor(private readonly deps: BillingDeps) {}

  private get db(): DB {
    return this.deps.db;
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
      await repo.updatePackage(this.db, id, {
        ...(body.name !== undefined ? { name: body.name.trim() } : {}),
        ...(body.speed_mbps !== undefined ? { speed_mbps: body.speed_mbps } : {}),
        ...(body.price !== undefined ? { price: parseMoney(body.price, 'price') } : {}),
        ...(body.description !== undefined ? { description: body.description } : {}),
        ...(body.is_active !== undefined ? { is_active: body.is_active } : {}),
        updated_at: nowIso(),
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
    viewer: AuthUser,
  ): CustomerDto {
    const dto: CustomerDto = {
      uid: r.id,
      user: userList(r as UserColumns),
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
    // Credentials are for staff, managers and admins: the subscriber's own view has none.
    if (viewer.is_staff) dto.credentials = r.credentials ? this.deps.cipher.decrypt(r.credentials) : null;
    return dto;
  }

  async listCustomers(viewer: AuthUser, query: ListCustomersQuery, page: PageRequest) {
    const filter = {
      search: query.search,
      status: query.status,
      connection_type: query.connection_type,
      package_id: query.package,
      ...(viewer.is_staff ? {} : { user_id: viewer.id }),
    };
    const result = await paginate(page, repo.subscribersQuery(this.db, filter), (q) =>
      repo.selectSubscriber(q),
    );
    return { ...result, results: result.results.map((r) => this.customerDto(r, viewer)) };
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

  async getCustomer(viewer: AuthUser, id: string): Promise<CustomerDto> {
    return this.customerDto(await this.visibleSubscriber(this.db, viewer, id), viewer);
  }

  async createCustomer(viewer: AuthUser, body: CustomerBody): Promise<CustomerDto> {
    checkCredentials(body.connection_type, body.credentials);
    const id = newId();
    await transaction(this.db, async (trx) => {
      const user = await trx.selectFrom('users').select('id').where('id', '=', body.user).executeTakeFirst();
      if (!user) throw BillingErrors.unknownUser();
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
    });
    return this.getCustomer(viewer, id);
  }

  async updateCustomer(viewer: AuthUser, id: string, body: CustomerUpdateBody): Promise<CustomerDto> {
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
    });
    return this.getCustomer(viewer, id);
  }

  async deleteCustomer(viewer: AuthUser, id: string): Promise<void> {
    await transaction(this.db, async (trx) => {
      await this.visibleSubscriber(trx, viewer, id);
      if (await repo.hasLedger(trx, id)) throw BillingErrors.customerHasLedger();
      await repo.deleteSubscriber(trx, id);
    });
  }

  // ---- bills -------------------------------------------------------------------

  /** One unpaid bill per active subscriber for the month, in one statement; a repeat makes none. */
  async generateBills(
    executor: Executor,
    actor: AuthUser | null,
    period: { billing_month: BillingMonth; year: number },
  ): Promise<BillRunDto> {
    const eligible = await repo.countActive(executor);
    const created = await repo.insertBills(executor, {
      year: period.year,
      month: period.billing_month,
      actor: actor?.id ?? null,
      now: nowIso(),
    });
    if (created > 0) {
      await recordAudit(executor, {
        action: 'billing.bills_generated',
        actor: actor ?? null,
        details: { billing_month: period.billing_month, year: period.year, created },
      });
    }
    return {
      billing_month: period.billing_month,
      year: period.year,
      created,
      skipped: Math.max(0, eligible - created),
    };
  }

  // ---- payments ----------------------------------------------------------------

  async listPayments(viewer: AuthUser, query: ListPaymentsQuery, page: PageRequest, subscriberId?: string) {
    let filterSubscriber = subscriberId;
    if (subscriberId) await this.visibleSubscriber(this.db, viewer, subscriberId);
    else if (!viewer.is_staff) {
      // A subscriber's own ledger; someone who is not one has none.
      const own = await repo.findSubscriberIdByUser(this.db, viewer.id);
      filterSubscriber = own?.id ?? '00000000-0000-0000-0000-000000000000';
    }
    const filter: PaymentFilter = {
      subscriber_id: filterSubscriber,
      billing_month: query.billing_month,
      year: query.year,
      payment_method: query.payment_method,
      paid: query.paid,
      kind: query.kind === 'BILL' ? 'bill' : query.kind === 'PAYMENT' ? 'payment' : undefined,
    };
    const result = await paginate(page, repo.paymentsQuery(this.db, filter), (q) => repo.selectPayment(q));
    return { ...result, results: result.results.map((r) => paymentDto(r as PaymentJoined)) };
  }

  private async visiblePayment(executor: Executor, viewer: AuthUser, id: string) {
    const row = await repo.findPayment(executor, id);
    if (!row) throw BillingErrors.paymentNotFound();
    if (!viewer.is_staff) {
      const own = await repo.findSubscriberIdByUser(executor, viewer.id);
      if (own?.id !== row.subscriber_id) throw BillingErrors.paymentNotFound();
    }
    return row as PaymentJoined;
  }

  async getPayment(viewer: AuthUser, id: string): Promise<PaymentDto> {
    return paymentDto(await this.visiblePayment(this.db, viewer, id));
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
  ): Promise<PaymentDto> {
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
    const year = body.year ?? new Date().getUTCFullYear();
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
    });
    if (bill) await repo.addToBill(executor, bill.id, amount, now);
    const row = await repo.findPayment(executor, id);
    return paymentDto(row as PaymentJoined);
  }

  async updatePayment(actor: AuthUser, id: string, body: PaymentUpdateBody): Promise<PaymentDto> {
    return transaction(this.db, async (trx) => {
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
      return paymentDto((await repo.findPayment(trx, id)) as PaymentJoined);
    });
  }

  /** Soft delete, audited; a payment's bill gives the amount back. */
  async deletePayment(actor: AuthUser, id: string, origin: Origin): Promise<void> {
    await transaction(this.db, async (trx) => {
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

  /** Bills minus payments, in minor units, for a user (0 when not a subscriber). */
  async balanceOf(userId: string): Promise<number> {
    const own = await repo.findSubscriberIdByUser(this.db, userId);
    if (!own) return 0;
    const { billed, paid } = await repo.totals(this.db, own.id);
    return billed - paid;
  }

  /** Seed 003's billing summary of the signed-in user; someone who is not a subscriber owes nothing. */
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
          .selectPayment(repo.paymentsQuery(this.db, { subscriber_id: own.id }))
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
}
