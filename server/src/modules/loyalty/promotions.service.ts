/** Promotions for managers and admins: CRUD with the audit log; DELETE deactivates. */
import { containsInsensitive, isUniqueViolation } from '../../db/dialect.js';
import { type Origin, recordAudit } from '../../platform/audit.js';
import type { AuthUser } from '../../platform/auth.js';
import { isUuid, newId, nowIso } from '../../platform/ids.js';
import { parseMoney } from '../../platform/money.js';
import { type Page, type PageRequest, paginate } from '../../platform/pagination.js';
import { type Executor, transaction } from '../../platform/transaction.js';
import { LoyaltyErrors } from './loyalty.errors.js';
import type { PromotionBody, PromotionDto, PromotionListQuery, PromotionPatch } from './loyalty.schemas.js';
import type { LoyaltyService } from './loyalty.service.js';
import type { LoyaltyPromotionsTable } from './loyalty.tables.js';

/** Two requests racing for one code: the unique index decides, and the loser gets the same 400. */
async function uniqueCode<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw LoyaltyErrors.duplicateCode();
    throw err;
  }
}

function hundredths(value: string | number | undefined, field: string): number {
  if (value === undefined) return 0;
  // Non-finite numbers never get here (platform/validation.ts refuses them for every route).
  if (typeof value === 'number') return Math.round(value * 100);
  return parseMoney(value, field);
}

function isoOrNull(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw LoyaltyErrors.invalidDatetime(field);
  return d.toISOString();
}

/** The row's fields from a full or partial body, checked together (dates in order, a percentage at most 100). */
function fieldsOf(body: PromotionPatch, current?: LoyaltyPromotionsTable): Partial<LoyaltyPromotionsTable> {
  const out: Partial<LoyaltyPromotionsTable> = {};
  if (body.code !== undefined) out.code = body.code.toUpperCase();
  if (body.name !== undefined) out.name = body.name.trim();
  if (body.description !== undefined) out.description = body.description;
  if (body.kind !== undefined) out.kind = body.kind;
  if (body.value !== undefined) out.value = hundredths(body.value, 'value');
  if (body.points_cost !== undefined) out.points_cost = body.points_cost;
  if (body.starts_at !== undefined) out.starts_at = isoOrNull(body.starts_at, 'starts_at');
  if (body.ends_at !== undefined) out.ends_at = isoOrNull(body.ends_at, 'ends_at');
  if (body.max_redemptions !== undefined) out.max_redemptions = body.max_redemptions;
  if (body.per_customer_limit !== undefined) out.per_customer_limit = body.per_customer_limit;
  if (body.is_active !== undefined) out.is_active = body.is_active;
  const kind = out.kind ?? current?.kind;
  const value = out.value ?? current?.value ?? 0;
  const starts = out.starts_at !== undefined ? out.starts_at : (current?.starts_at ?? null);
  const ends = out.ends_at !== undefined ? out.ends_at : (current?.ends_at ?? null);
  if (kind === 'percent_off' && (value <= 0 || value > 10_000)) throw LoyaltyErrors.percentOutOfRange();
  if ((kind === 'amount_off' || kind === 'bonus_points') && value <= 0)
    throw LoyaltyErrors.valueNotPositive();
  if (kind === 'bonus_points' && value % 100 !== 0) throw LoyaltyErrors.bonusNotWhole();
  if (starts && ends && ends <= starts) throw LoyaltyErrors.endsBeforeStarts();
  return out;
}

export class PromotionsService {
  constructor(private readonly deps: { db: Executor; loyalty: LoyaltyService }) {}

  async list(q: PromotionListQuery, page: PageRequest): Promise<Page<PromotionDto>> {
    const { db } = this.deps;
    let query = db.selectFrom('loyalty_promotions');
    const term = q.search?.trim();
    if (term)
      query = query.where((eb) =>
        eb.or([containsInsensitive(db, eb.ref('code'), term), containsInsensitive(db, eb.ref('name'), term)]),
      );
    if (q.is_active !== undefined) query = query.where('is_active', '=', q.is_active);
    const result = await paginate(page, query, (s) =>
      s.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc'),
    );
    const now = nowIso();
    return {
      ...result,
      results: await Promise.all(result.results.map((r) => this.deps.loyalty.promotionDto(r, now))),
    };
  }

  async #row(executor: Executor, id: string): Promise<LoyaltyPromotionsTable> {
    if (!isUuid(id)) throw LoyaltyErrors.promotionNotFound();
    const row = await executor
      .selectFrom('loyalty_promotions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw LoyaltyErrors.promotionNotFound();
    return row;
  }

  async get(id: string): Promise<PromotionDto> {
    return this.deps.loyalty.promotionDto(await this.#row(this.deps.db, id));
  }

  async #codeFree(executor: Executor, code: string, except?: string): Promise<void> {
    let q = executor.selectFrom('loyalty_promotions').select('id').where('code', '=', code);
    if (except) q = q.where('id', '!=', except);
    if (await q.executeTakeFirst()) throw LoyaltyErrors.duplicateCode();
  }

  async create(actor: AuthUser, body: PromotionBody, origin: Origin): Promise<PromotionDto> {
    const fields = fieldsOf(body);
    const now = nowIso();
    const row: LoyaltyPromotionsTable = {
      id: newId(),
      code: body.code.toUpperCase(),
      name: body.name.trim(),
      description: body.description ?? '',
      kind: body.kind,
      value: fields.value ?? 0,
      points_cost: body.points_cost ?? 0,
      starts_at: fields.starts_at ?? null,
      ends_at: fields.ends_at ?? null,
      max_redemptions: body.max_redemptions ?? null,
      per_customer_limit: body.per_customer_limit ?? null,
      redemptions_count: 0,
      is_active: body.is_active ?? true,
      created_at: now,
      updated_at: now,
    };
    await uniqueCode(() =>
      transaction(this.deps.db, async (trx) => {
        await this.#codeFree(trx, row.code);
        await trx.insertInto('loyalty_promotions').values(row).execute();
        await this.deps.loyalty.promotionChanged(trx, row.id);
        await recordAudit(trx, {
          action: 'loyalty.promotion_created',
          actor,
          target: { type: 'promotion', id: row.id },
          origin,
          details: { code: row.code },
        });
      }),
    );
    return this.deps.loyalty.promotionDto(row);
  }

  async update(actor: AuthUser, id: string, body: PromotionPatch, origin: Origin): Promise<PromotionDto> {
    const row = await uniqueCode(() =>
      transaction(this.deps.db, async (trx) => {
        const current = await this.#row(trx, id);
        const fields = fieldsOf(body, current);
        if (fields.code && fields.code !== current.code) await this.#codeFree(trx, fields.code, id);
        const updated = await trx
          .updateTable('loyalty_promotions')
          .set({ ...fields, updated_at: nowIso() })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await this.deps.loyalty.promotionChanged(trx, id);
        await recordAudit(trx, {
          action: 'loyalty.promotion_updated',
          actor,
          target: { type: 'promotion', id },
          origin,
          details: { changed: Object.keys(fields) },
        });
        return updated;
      }),
    );
    return this.deps.loyalty.promotionDto(row);
  }

  /** Deactivates (redemptions keep pointing at it, so it is never deleted). */
  async deactivate(actor: AuthUser, id: string, origin: Origin): Promise<void> {
    await transaction(this.deps.db, async (trx) => {
      await this.#row(trx, id);
      await trx
        .updateTable('loyalty_promotions')
        .set({ is_active: false, updated_at: nowIso() })
        .where('id', '=', id)
        .execute();
      await this.deps.loyalty.promotionChanged(trx, id);
      await recordAudit(trx, {
        action: 'loyalty.promotion_deactivated',
        actor,
        target: { type: 'promotion', id },
        origin,
      });
    });
  }

  async qrPayload(id: string): Promise<string> {
    const row = await this.#row(this.deps.db, id);
    return this.deps.loyalty.qr.promotion(row.code);
  }
}
