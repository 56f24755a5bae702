/**
 * Loyalty accounts, cards, points and redemptions. Every balance
 * change goes through `changePoints` (loyalty.ledger.ts) inside a transaction
 * this service owns, or the caller's (the idempotency store's).
 */
import { sql } from 'kysely';
import type { Config } from '../../config.js';
import { forUpdate } from '../../db/dialect.js';
import { prepared } from '../../db/prepared.js';
import type { UsersTable } from '../../db/schema.js';
import { type Origin, recordAudit } from '../../platform/audit.js';
import type { AuthUser } from '../../platform/auth.js';
import type { AppError } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events.js';
import { isUuid, nowIso } from '../../platform/ids.js';
import type { Mailer } from '../../platform/mail.js';
import { formatMinor, parseMoney } from '../../platform/money.js';
import { type Page, type PageRequest, paginate } from '../../platform/pagination.js';
import { type Executor, groupedTransaction, transaction } from '../../platform/transaction.js';
import { LoyaltyErrors } from './loyalty.errors.js';
import {
  balanceOf,
  changePoints,
  ensureAccount,
  type LedgerRow,
  type PointsChange,
} from './loyalty.ledger.js';
import { type CachedPromotion, PromotionsCache, usableNow } from './loyalty.promotions-cache.js';
import type { QrSigner } from './loyalty.qr.js';
import type {
  AdjustBody,
  AwardBody,
  CustomerSummaryDto,
  LedgerEntryDto,
  OrderPointsBody,
  PromotionDto,
  RedeemBody,
  ScanPromotionBody,
} from './loyalty.schemas.js';
import type { LoyaltyPromotionsTable } from './loyalty.tables.js';
import './loyalty.events.js';

export interface OrderPaid {
  orderId: string;
  orderNumber: string;
  userId: string;
  total: number;
}

type PromotionRow = LoyaltyPromotionsTable;

/** Rolls a late order credit back (see `creditOrder`). */
class OrderAlreadyReversed extends Error {}

export function ledgerDto(r: LedgerRow): LedgerEntryDto {
  return {
    id: r.id,
    kind: r.kind,
    points: r.points,
    balance_after: r.balance_after,
    shortfall: r.shortfall,
    reason: r.reason,
    source_type: r.source_type,
    source_id: r.source_id,
    terminal: r.terminal,
    promotion_id: r.promotion_id,
    actor_id: r.actor_id,
    created_at: r.created_at,
  };
}

/** Why a promotion cannot be used now, as the error a redemption answers (undefined: it can). */
export function promotionProblem(p: PromotionRow, now: string): AppError | undefined {
  if (!p.is_active) return LoyaltyErrors.promotionInactive();
  if (p.starts_at && p.starts_at > now) return LoyaltyErrors.promotionNotStarted();
  if (p.ends_at && p.ends_at <= now) return LoyaltyErrors.promotionExpired();
  if (p.max_redemptions !== null && p.redemptions_count >= p.max_redemptions)
    return LoyaltyErrors.promotionExhausted();
  return undefined;
}

/**
 * Whole points within bounds, for callers other than HTTP (jobs, the CLI, other modules): routes
 * already refuse non-finite numbers (platform/validation.ts) and check their own bounds.
 */
function wholePoints(points: number, max = 1_000_000): number {
  if (!Number.isSafeInteger(points) || Math.abs(points) > max) throw LoyaltyErrors.invalidPoints();
  return points;
}

/** A customer by code, with their account if they have one: on every scan and counter order, so compiled once. */
const selectCustomer = prepared((db, v: { code: string }) =>
  db
    .selectFrom('users as u')
    .leftJoin('loyalty_accounts as a', 'a.user_id', 'u.id')
    .select([
      'u.id as user_id',
      'u.customer_code',
      'u.first_name',
      'u.last_name',
      'u.email',
      'u.phone',
      'a.balance',
      'a.card_version',
    ])
    .where('u.customer_code', '=', v.code)
    .where('u.user_type', '=', 'customer')
    .where('u.is_active', '=', true),
);

/** A card's account by its code: on every scan, so compiled once (the person comes from the user cache). */
const selectAccount = prepared((db, v: { code: string }) =>
  db
    .selectFrom('loyalty_accounts')
    .select(['user_id', 'balance', 'card_version'])
    .where('customer_code', '=', v.code),
);

/** A customer's uses of the promotions with a per-customer limit. */
const selectUses = prepared((db, v: { userId: string }) =>
  db.selectFrom('loyalty_promotion_uses').select(['promotion_id', 'uses']).where('user_id', '=', v.userId),
);

interface CustomerRow {
  user_id: string;
  customer_code: string;
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  balance: number | null;
  card_version: number | null;
}

/** The user rows identity keeps in memory for authentication (forgotten when a user changes). */
export interface CachedUsers {
  get(
    id: string,
  ): Promise<
    | Pick<
        UsersTable,
        'customer_code' | 'first_name' | 'last_name' | 'email' | 'phone' | 'user_type' | 'is_active'
      >
    | undefined
  >;
}

export interface LoyaltyServiceDeps {
  db: Executor;
  users: CachedUsers;
  config: Pick<Config, 'POINTS_PER_UNIT'>;
  qr: QrSigner;
  mailer: Mailer;
  events: EventBus;
}

export class LoyaltyService {
  /** The promotions a scan may offer (loyalty.promotions-cache.ts); forgotten on `promotion.changed`. */
  readonly promotionsCache: PromotionsCache;

  constructor(private readonly deps: LoyaltyServiceDeps) {
    this.promotionsCache = new PromotionsCache(() => this.#activePromotions());
  }

  /** Records, in `trx`, that a promotion changed: scans stop offering what they cached once it commits. */
  promotionChanged(trx: Executor, promotionId: string): Promise<void> {
    return this.deps.events.emit(trx, 'promotion.changed', { promotionId });
  }

  async #activePromotions(): Promise<CachedPromotion[]> {
    const rows = await this.deps.db
      .selectFrom('loyalty_promotions')
      .selectAll()
      .where('is_active', '=', true)
      .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', nowIso())]))
      .orderBy('points_cost')
      .orderBy('code')
      .limit(500)
      .execute();
    return Promise.all(rows.map(async (row) => ({ row, qrData: await this.deps.qr.promotion(row.code) })));
  }

  get qr(): QrSigner {
    return this.deps.qr;
  }

  /** The balance identity shows on `customer.points` (zero without an account). */
  balance(userId: string): Promise<number> {
    return balanceOf(this.deps.db, userId);
  }

  /** Points an order total earns: `POINTS_PER_UNIT` per whole currency unit. */
  pointsFor(totalMinor: number): number {
    return Math.floor(totalMinor / 100) * this.deps.config.POINTS_PER_UNIT;
  }

  async #customer(executor: Executor, code: string): Promise<CustomerRow | undefined> {
    const [row] = await selectCustomer(executor, { code: code.trim().toUpperCase() });
    return row as CustomerRow | undefined;
  }

  /** Managers and admins reach an account by code or by user id (from the users list). */
  async #customerByCodeOrId(executor: Executor, key: string): Promise<CustomerRow> {
    if (!isUuid(key.trim())) return this.#customerOrThrow(executor, key);
    const code = await this.#codeOf(executor, key.trim());
    if (!code) throw LoyaltyErrors.customerNotFound();
    return this.#customerOrThrow(executor, code);
  }

  async #codeOf(executor: Executor, userId: string): Promise<string | null | undefined> {
    const row = await executor
      .selectFrom('users')
      .select('customer_code')
      .where('id', '=', userId)
      .executeTakeFirst();
    return row?.customer_code;
  }

  async #customerOrThrow(executor: Executor, code: string): Promise<CustomerRow> {
    const c = await this.#customer(executor, code);
    if (!c) throw LoyaltyErrors.customerNotFound();
    return c;
  }

  #summary(c: CustomerRow, balance = c.balance ?? 0): CustomerSummaryDto {
    return {
      customer_id: c.customer_code,
      user_id: c.user_id,
      full_name: [c.first_name, c.last_name].filter(Boolean).join(' '),
      email: c.email,
      phone: c.phone,
      balance,
      points: balance,
    };
  }

  async #customerOfUser(executor: Executor, user: AuthUser): Promise<CustomerRow> {
    const code = await this.#codeOf(executor, user.id);
    if (!code) throw LoyaltyErrors.notACustomer();
    return this.#customerOrThrow(executor, code);
  }

  async promotionDto(p: PromotionRow, now = nowIso()): Promise<PromotionDto> {
    return this.#promotionDto(p, now, await this.deps.qr.promotion(p.code));
  }

  #promotionDto(p: PromotionRow, now: string, qrData: string): PromotionDto {
    return {
      id: p.id,
      code: p.code,
      name: p.name,
      description: p.description,
      kind: p.kind,
      value: p.kind === 'free_item' ? '0.00' : formatMinor(p.value),
      points_cost: p.points_cost,
      starts_at: p.starts_at,
      ends_at: p.ends_at,
      max_redemptions: p.max_redemptions,
      per_customer_limit: p.per_customer_limit,
      redemptions_count: p.redemptions_count,
      is_active: p.is_active,
      valid_now: promotionProblem(p, now) === undefined,
      qr_data: qrData,
      created_at: p.created_at,
      updated_at: p.updated_at,
    };
  }

  /**
   * Promotions this customer can use now: valid, within their own limit (cost not checked: shown
   * to save up for). From the cached list, checked against the clock; the customer's uses are read
   * only when a promotion has a per-customer limit.
   */
  async usablePromotions(executor: Executor, userId: string): Promise<PromotionDto[]> {
    const active = await this.promotionsCache.get();
    if (active.length === 0) return [];
    const now = nowIso();
    const usable = active.filter((p) => usableNow(p.row, now));
    if (usable.length === 0) return [];
    let uses = new Map<string, number>();
    if (usable.some((p) => p.row.per_customer_limit !== null))
      uses = new Map((await selectUses(executor, { userId })).map((u) => [u.promotion_id, u.uses]));
    return usable
      .filter(
        ({ row }) => row.per_customer_limit === null || (uses.get(row.id) ?? 0) < row.per_customer_limit,
      )
      .slice(0, 100)
      .map(({ row, qrData }) => this.#promotionDto(row, now, qrData));
  }

  // ---- the customer's card ----

  async myCard(user: AuthUser, page: PageRequest) {
    const { db } = this.deps;
    const c = await this.#customerOfUser(db, user);
    const history = await this.history(c.user_id, page);
    const version = c.card_version ?? 1;
    const balance = c.balance ?? 0;
    return {
      customer_id: c.customer_code,
      full_name: this.#summary(c).full_name,
      balance,
      points: balance,
      card_version: version,
      qr_data: await this.deps.qr.card(c.customer_code, version),
      recent_history:
        page.page === 1 ? history.results.slice(0, 5) : (await this.#recent(c.user_id)).map(ledgerDto),
      history,
    };
  }

  #recent(userId: string) {
    return this.deps.db
      .selectFrom('loyalty_ledger')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(5)
      .execute();
  }

  async history(userId: string, page: PageRequest): Promise<Page<LedgerEntryDto>> {
    const result = await paginate(
      page,
      this.deps.db.selectFrom('loyalty_ledger').where('user_id', '=', userId),
      (q) => q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc'),
    );
    return { ...result, results: result.results.map(ledgerDto) };
  }

  async myQrPayload(user: AuthUser): Promise<string> {
    const c = await this.#customerOfUser(this.deps.db, user);
    return this.deps.qr.card(c.customer_code, c.card_version ?? 1);
  }

  /** A new card: its version moves on, so every earlier QR payload is refused from now on. */
  async reissueCard(
    user: AuthUser,
    origin: Origin,
  ): Promise<{ customer_id: string; card_version: number; qr_data: string }> {
    return transaction(this.deps.db, async (trx) => {
      const c = await this.#customerOfUser(trx, user);
      await ensureAccount(trx, c.user_id);
      const row = await trx
        .updateTable('loyalty_accounts')
        .set({ card_version: sql<number>`card_version + 1`, updated_at: nowIso() })
        .where('user_id', '=', c.user_id)
        .returning('card_version')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        action: 'loyalty.card_reissued',
        actor: user,
        target: { type: 'loyalty_account', id: c.customer_code },
        origin,
        details: { card_version: row.card_version },
      });
      return {
        customer_id: c.customer_code,
        card_version: row.card_version,
        qr_data: await this.deps.qr.card(c.customer_code, row.card_version),
      };
    });
  }

  async myPromotions(user: AuthUser): Promise<PromotionDto[]> {
    const c = await this.#customerOfUser(this.deps.db, user);
    return this.usablePromotions(this.deps.db, c.user_id);
  }

  // ---- the point of sale ----

  /**
   * A customer by code on the counter's hot paths (a scan, an order credit): the
   * account's balance and card version read now, the person from the user cache
   * (as authentication does); a customer whose account is not opened yet, from
   * the database.
   */
  async #counterCustomer(executor: Executor, key: string): Promise<CustomerRow | undefined> {
    const code = key.trim().toUpperCase();
    const [account] = await selectAccount(executor, { code });
    if (!account) return this.#customer(executor, code);
    const user = await this.deps.users.get(account.user_id);
    if (user?.user_type !== 'customer' || !user.is_active || user.customer_code !== code) return;
    return {
      user_id: account.user_id,
      customer_code: code,
      first_name: user.first_name,
      last_name: user.last_name,
      email: user.email,
      phone: user.phone,
      balance: account.balance,
      card_version: account.card_version,
    };
  }

  async scanUser(qrData: string) {
    const card = await this.deps.qr.readCard(qrData);
    if (!card) throw LoyaltyErrors.invalidCardQr();
    const c = await this.#counterCustomer(this.deps.db, card.customerCode);
    if (!c || (c.card_version ?? 1) !== card.version) throw LoyaltyErrors.invalidCardQr();
    const summary = this.#summary(c);
    return {
      customer: summary,
      balance: summary.balance,
      promotions: await this.usablePromotions(this.deps.db, c.user_id),
    };
  }

  async #promotion(executor: Executor, idOrCode: string): Promise<PromotionRow | undefined> {
    const key = idOrCode.trim();
    return executor
      .selectFrom('loyalty_promotions')
      .selectAll()
      .where((eb) => (isUuid(key) ? eb('id', '=', key) : eb('code', '=', key.toUpperCase())))
      .executeTakeFirst();
  }

  async scanPromotion(body: ScanPromotionBody) {
    let code = body.code;
    if (body.qr_data !== undefined) {
      code = await this.deps.qr.readPromotion(body.qr_data);
      if (!code) throw LoyaltyErrors.invalidPromotionQr();
    }
    if (code === undefined) throw LoyaltyErrors.qrDataOrCodeRequired();
    const p = await this.#promotion(this.deps.db, code);
    if (!p) throw LoyaltyErrors.promotionCodeNotFound();
    const problem = promotionProblem(p, nowIso());
    return { promotion: await this.promotionDto(p), valid: !problem, reason: problem?.detail ?? null };
  }

  /**
   * Redeems a promotion for a customer inside `trx`: the promotion's total count
   * (dates, active, max) and the customer's count (per-customer limit) move by
   * guarded updates, the points it costs leave by the guarded balance update;
   * any refusal rolls all of it back.
   */
  async redeem(trx: Executor, actor: AuthUser, body: RedeemBody, origin: Origin) {
    const c = await this.#customerOrThrow(trx, body.customer_id);
    const found = await this.#promotion(trx, body.promotion_id);
    if (!found) throw LoyaltyErrors.promotionIdOrCodeNotFound();
    const now = nowIso();
    const p = await trx
      .updateTable('loyalty_promotions')
      .set({ redemptions_count: sql<number>`redemptions_count + 1` })
      .where('id', '=', found.id)
      .where('is_active', '=', true)
      .where((eb) => eb.or([eb('starts_at', 'is', null), eb('starts_at', '<=', now)]))
      .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', now)]))
      .where((eb) =>
        eb.or([eb('max_redemptions', 'is', null), eb('redemptions_count', '<', eb.ref('max_redemptions'))]),
      )
      .returningAll()
      .executeTakeFirst();
    if (!p) {
      const current = (await this.#promotion(trx, found.id)) ?? found;
      throw promotionProblem(current, now) ?? LoyaltyErrors.promotionExhausted();
    }
    await this.promotionChanged(trx, p.id);
    await ensureAccount(trx, c.user_id);
    const limit = p.per_customer_limit;
    const used = await trx
      .insertInto('loyalty_promotion_uses')
      .values({ promotion_id: p.id, user_id: c.user_id, uses: 1 })
      .onConflict((oc) => {
        const update = oc
          .columns(['promotion_id', 'user_id'])
          .doUpdateSet({ uses: sql<number>`loyalty_promotion_uses.uses + 1` });
        return limit === null ? update : update.where('loyalty_promotion_uses.uses', '<', limit);
      })
      .returning('uses')
      .executeTakeFirst();
    if (!used) throw LoyaltyErrors.customerLimitReached(limit);
    const source: Omit<PointsChange, 'delta' | 'kind'> = {
      userId: c.user_id,
      sourceType: 'promotion',
      sourceId: p.id,
      promotionId: p.id,
      actorId: actor.id,
      terminal: body.terminal ?? null,
      reason: `Redeemed ${p.code}`,
    };
    const spent = await changePoints(trx, { ...source, delta: -p.points_cost, kind: 'redeem' });
    if (!spent.ok) {
      const balance = spent.reason === 'insufficient' ? spent.balance : 0;
      throw LoyaltyErrors.insufficientPointsToRedeem(p.points_cost, balance);
    }
    let balance = spent.entry.balance_after;
    let awarded = 0;
    if (p.kind === 'bonus_points') {
      awarded = Math.floor(p.value / 100);
      if (awarded > 0) {
        const bonus = await changePoints(trx, {
          ...source,
          delta: awarded,
          kind: 'earn',
          reason: `Bonus ${p.code}`,
        });
        if (bonus.ok) balance = bonus.entry.balance_after;
      }
    }
    const redemptionId = spent.entry.id;
    await trx
      .insertInto('loyalty_redemptions')
      .values({
        id: redemptionId,
        promotion_id: p.id,
        user_id: c.user_id,
        points_spent: p.points_cost,
        actor_id: actor.id,
        terminal: body.terminal ?? null,
        created_at: now,
      })
      .execute();
    await recordAudit(trx, {
      action: 'loyalty.promotion_redeemed',
      actor,
      target: { type: 'loyalty_account', id: c.customer_code },
      origin,
      details: { promotion: p.code, points_spent: p.points_cost, points_awarded: awarded, balance },
    });
    return {
      redemption_id: redemptionId,
      customer_id: c.customer_code,
      promotion: await this.promotionDto(p),
      points_spent: p.points_cost,
      points_awarded: awarded,
      balance,
      message: `${p.name} redeemed.`,
    };
  }

  /** Points given at the counter (a goodwill gesture, a manual purchase), inside `trx`. */
  async award(trx: Executor, actor: AuthUser, body: AwardBody, origin: Origin) {
    wholePoints(body.points);
    const c = await this.#customerOrThrow(trx, body.customer_id);
    const result = await changePoints(trx, {
      userId: c.user_id,
      delta: body.points,
      kind: 'earn',
      sourceType: 'pos',
      sourceId: body.terminal ?? null,
      terminal: body.terminal ?? null,
      actorId: actor.id,
      reason: body.reason.trim(),
    });
    if (!result.ok) throw LoyaltyErrors.customerNotFound();
    await recordAudit(trx, {
      action: 'loyalty.points_awarded',
      actor,
      target: { type: 'loyalty_account', id: c.customer_code },
      origin,
      details: { points: body.points, reason: body.reason.trim(), balance: result.entry.balance_after },
    });
    return {
      customer_id: c.customer_code,
      points: body.points,
      balance: result.entry.balance_after,
      entry: ledgerDto(result.entry),
      message: `${body.points} points awarded.`,
    };
  }

  /** A POS order's points: once per `order_id`, however often and concurrently it is sent. */
  async processOrderPoints(actor: AuthUser, body: OrderPointsBody) {
    const total =
      typeof body.order_total === 'number'
        ? Math.round(body.order_total * 100)
        : parseMoney(body.order_total, 'order_total');
    if (!Number.isSafeInteger(total) || total < 0) throw LoyaltyErrors.invalidOrderTotal();
    const points = this.pointsFor(total);
    const orderId = body.order_id.trim();
    // Who, before: the user cache may read the database, which a grouped transaction must not wait on.
    const c = await this.#counterCustomer(this.deps.db, body.customer_id);
    if (!c) throw LoyaltyErrors.customerNotFound();
    // A few statements and nothing else: on SQLite it shares the commit of the requests around it.
    return groupedTransaction(this.deps.db, async (trx) => {
      const result = await changePoints(trx, {
        userId: c.user_id,
        delta: points,
        kind: 'earn',
        sourceType: 'pos_order',
        sourceId: orderId,
        sourceKey: `pos-order:${orderId}`,
        terminal: body.terminal ?? null,
        actorId: actor.id,
        reason: `Order ${orderId} (${formatMinor(total)})`,
      });
      if (result.ok)
        return {
          customer_id: c.customer_code,
          order_id: orderId,
          points_earned: points,
          balance: result.entry.balance_after,
          already_processed: false,
          message: `${points} points earned.`,
        };
      if (result.reason !== 'duplicate') throw LoyaltyErrors.customerNotFound();
      if (result.entry.user_id !== c.user_id) throw LoyaltyErrors.orderAlreadyCredited();
      return {
        customer_id: c.customer_code,
        order_id: orderId,
        points_earned: result.entry.points,
        balance: await balanceOf(trx, c.user_id),
        already_processed: true,
        message: 'This order was already credited.',
      };
    });
  }

  // ---- managers and admins ----

  async account(code: string, page: PageRequest) {
    const c = await this.#customerByCodeOrId(this.deps.db, code);
    return {
      customer: this.#summary(c),
      card_version: c.card_version ?? 1,
      history: await this.history(c.user_id, page),
    };
  }

  /**
   * A user's card number, balance and latest ledger rows, for staff's customer
   * page; null for a user without a loyalty account (not a customer).
   */
  async summaryOf(
    userId: string,
  ): Promise<{ customer_id: string; balance: number; recent: LedgerEntryDto[] } | null> {
    const code = await this.#codeOf(this.deps.db, userId);
    const c = code ? await this.#customer(this.deps.db, code) : undefined;
    if (!c) return null;
    return {
      customer_id: c.customer_code,
      balance: c.balance ?? 0,
      recent: (await this.#recent(c.user_id)).map(ledgerDto),
    };
  }

  async adjust(actor: AuthUser, code: string, body: AdjustBody, origin: Origin) {
    wholePoints(body.points);
    return transaction(this.deps.db, async (trx) => {
      const c = await this.#customerByCodeOrId(trx, code);
      const reason = body.reason.trim();
      const result = await changePoints(trx, {
        userId: c.user_id,
        delta: body.points,
        kind: 'adjust',
        sourceType: 'admin',
        actorId: actor.id,
        reason,
      });
      if (!result.ok) {
        const balance = result.reason === 'insufficient' ? result.balance : 0;
        throw LoyaltyErrors.insufficientPointsToRemove(balance, -body.points);
      }
      await recordAudit(trx, {
        action: 'loyalty.points_adjusted',
        actor,
        target: { type: 'loyalty_account', id: c.customer_code },
        origin,
        details: { points: body.points, reason, balance: result.entry.balance_after },
      });
      return {
        customer_id: c.customer_code,
        points: body.points,
        balance: result.entry.balance_after,
        entry: ledgerDto(result.entry),
        message: 'Balance adjusted.',
      };
    });
  }

  // ---- shop orders (event handlers: at least once, so keyed) ----

  async creditOrder(e: OrderPaid): Promise<void> {
    const points = this.pointsFor(e.total);
    if (points <= 0) return;
    try {
      await transaction(this.deps.db, async (trx) => {
        const result = await changePoints(trx, {
          userId: e.userId,
          delta: points,
          kind: 'earn',
          sourceType: 'order',
          sourceId: e.orderId,
          sourceKey: `order:${e.orderId}`,
          reason: `Order ${e.orderNumber}`,
        });
        // `no_account`: not a customer (staff buying), nothing to credit; `duplicate`: done before.
        if (!result.ok) return;
        // The order was cancelled before this (late) delivery: the reversal, which holds the
        // account's row while it looks, found nothing to take back, so nothing is credited.
        if (await this.#reversal(trx, e.orderId)) throw new OrderAlreadyReversed();
      });
    } catch (err) {
      if (!(err instanceof OrderAlreadyReversed)) throw err;
    }
  }

  #reversal(executor: Executor, orderId: string) {
    return executor
      .selectFrom('loyalty_ledger')
      .select('id')
      .where('source_key', '=', `order:${orderId}:reverse`)
      .executeTakeFirst();
  }

  /**
   * What the reversals of an order's partial refunds meant to take so far
   * (taken, plus any shortfall: points already spent count as reversed).
   */
  async #partlyReversed(executor: Executor, userId: string, orderId: string): Promise<number> {
    const rows = await executor
      .selectFrom('loyalty_ledger')
      .select(['points', 'shortfall'])
      .where('user_id', '=', userId)
      .where('source_id', '=', orderId)
      .where('kind', '=', 'reverse')
      .where('source_key', 'like', `order:${orderId}:refund:%`)
      .execute();
    return rows.reduce((sum, r) => sum - r.points + r.shortfall, 0);
  }

  /**
   * Takes an order's points back once (cancel or refund, whichever comes first);
   * stops at zero, recording the shortfall. What partial refunds took back
   * already is not taken twice. Locks the account before looking for the
   * credit, so a credit delivered at the same time is either seen or sees this.
   */
  async reverseOrder(e: OrderPaid): Promise<void> {
    await transaction(this.deps.db, async (trx) => {
      if (!(await ensureAccount(trx, e.userId))) return;
      await forUpdate(
        trx,
        trx.selectFrom('loyalty_accounts').select('balance').where('user_id', '=', e.userId),
      ).executeTakeFirst();
      const earned = await trx
        .selectFrom('loyalty_ledger')
        .select('points')
        .where('source_key', '=', `order:${e.orderId}`)
        .executeTakeFirst();
      const left = Math.max(
        0,
        (earned?.points ?? 0) - (await this.#partlyReversed(trx, e.userId, e.orderId)),
      );
      await changePoints(trx, {
        userId: e.userId,
        delta: -left,
        kind: 'reverse',
        clamp: true,
        sourceType: 'order',
        sourceId: e.orderId,
        sourceKey: `order:${e.orderId}:reverse`,
        reason: earned
          ? `Order ${e.orderNumber} cancelled or refunded`
          : `Order ${e.orderNumber} cancelled or refunded before its points were credited`,
      });
    });
  }

  /**
   * Takes back the points of one partial refund, once per refund (its own key):
   * the customer keeps the points the order's kept amount earns
   * (`pointsFor(total - refundedTotal)`), so however the refunds split the
   * order, and in whatever order their events arrive, no more is taken than
   * the refunded amount earned, and all of it once nothing is kept. A refund
   * whose order's credit has not arrived yet waits for it (the job is retried).
   */
  async reverseRefund(
    e: OrderPaid,
    refund: { id: string; amount: number; refundedTotal: number },
  ): Promise<void> {
    await transaction(this.deps.db, async (trx) => {
      if (!(await ensureAccount(trx, e.userId))) return;
      await forUpdate(
        trx,
        trx.selectFrom('loyalty_accounts').select('balance').where('user_id', '=', e.userId),
      ).executeTakeFirst();
      // The whole order was reversed already (cancelled or refunded): nothing is left to take.
      if (await this.#reversal(trx, e.orderId)) return;
      const earned = await trx
        .selectFrom('loyalty_ledger')
        .select('points')
        .where('source_key', '=', `order:${e.orderId}`)
        .executeTakeFirst();
      if (!earned) {
        if (this.pointsFor(e.total) <= 0) return;
        throw new Error(
          `order ${e.orderNumber}: its points are not credited yet; the refund's reversal waits`,
        );
      }
      const keep = this.pointsFor(Math.max(0, e.total - refund.refundedTotal));
      const take = Math.max(0, earned.points - keep - (await this.#partlyReversed(trx, e.userId, e.orderId)));
      await changePoints(trx, {
        userId: e.userId,
        delta: -take,
        kind: 'reverse',
        clamp: true,
        sourceType: 'order',
        sourceId: e.orderId,
        sourceKey: `order:${e.orderId}:refund:${refund.id}`,
        reason: `Order ${e.orderNumber} partly refunded (${formatMinor(refund.amount)})`,
      });
    });
  }
}
