/**
 * The one way a points balance changes: a guarded update of the account (never
 * below zero) and its ledger row, in the caller's transaction. A change with a
 * `sourceKey` (an order's credit, its reversal, a period's expiry) is written
 * once whatever happens: the unique key decides, not a read before the write.
 */
import { sql } from 'kysely';
import { forUpdate } from '../../db/dialect.js';
import { prepared } from '../../db/prepared.js';
import { newId, nowIso } from '../../platform/ids.js';
import type { Executor } from '../../platform/transaction.js';
import type { LedgerKind, LedgerSource, LoyaltyLedgerTable } from './loyalty.tables.js';

export type LedgerRow = LoyaltyLedgerTable;

export interface PointsChange {
  userId: string;
  /** Points added (positive) or taken (negative); zero records an event without moving the balance. */
  delta: number;
  kind: LedgerKind;
  sourceType: LedgerSource;
  sourceId?: string | null;
  sourceKey?: string | null;
  reason?: string;
  actorId?: string | null;
  terminal?: string | null;
  promotionId?: string | null;
  /** A debit larger than the balance takes what is there and records the rest as `shortfall` (reversals, expiry). */
  clamp?: boolean;
}

export type PointsChangeResult =
  | { ok: true; entry: LedgerRow }
  /** This source was already written: nothing changed; `entry` is the earlier row. */
  | { ok: false; reason: 'duplicate'; entry: LedgerRow }
  | { ok: false; reason: 'insufficient'; balance: number }
  | { ok: false; reason: 'no_account' };

/** Opens the customer's account if it has none (customers only: users with a `CUST-` code). */
export async function ensureAccount(executor: Executor, userId: string): Promise<boolean> {
  const now = nowIso();
  await executor
    .insertInto('loyalty_accounts')
    .columns(['user_id', 'customer_code', 'balance', 'card_version', 'created_at', 'updated_at'])
    .expression((eb) =>
      eb
        .selectFrom('users')
        .select([
          'id',
          'customer_code',
          sql.lit(0).as('balance'),
          sql.lit(1).as('card_version'),
          sql.val(now).as('created_at'),
          sql.val(now).as('updated_at'),
        ])
        .where('id', '=', userId)
        .where('customer_code', 'is not', null),
    )
    // Any conflict: two first uses at once meet on user_id or on customer_code, whichever index comes first.
    .onConflict((oc) => oc.doNothing())
    .execute();
  const row = await executor
    .selectFrom('loyalty_accounts')
    .select('user_id')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The guarded balance update and the ledger row: on every counter order, so compiled once. */
const updateBalance = prepared((db, v: { userId: string; delta: number; now: string }) =>
  db
    .updateTable('loyalty_accounts')
    .set({ balance: sql<number>`balance + ${v.delta}`, updated_at: v.now })
    .where('user_id', '=', v.userId)
    .where(sql<boolean>`balance + ${v.delta} >= 0`)
    .returning('balance'),
);
const insertEntry = prepared((db, v: { [K in keyof LedgerRow]: LedgerRow[K] }) =>
  db
    .insertInto('loyalty_ledger')
    // Named one by one: `v` holds placeholders, not the row's own keys.
    .values({
      id: v.id,
      user_id: v.user_id,
      kind: v.kind,
      points: v.points,
      balance_after: v.balance_after,
      shortfall: v.shortfall,
      reason: v.reason,
      actor_id: v.actor_id,
      source_type: v.source_type,
      source_id: v.source_id,
      source_key: v.source_key,
      terminal: v.terminal,
      promotion_id: v.promotion_id,
      created_at: v.created_at,
    })
    .onConflict((oc) => oc.column('source_key').doNothing())
    .returning('id'),
);

async function guardedUpdate(executor: Executor, userId: string, delta: number) {
  const [row] = await updateBalance(executor, { userId, delta, now: nowIso() });
  return row;
}

export async function changePoints(executor: Executor, change: PointsChange): Promise<PointsChangeResult> {
  if (!Number.isSafeInteger(change.delta)) throw new RangeError(`points must be whole, got ${change.delta}`);
  let delta = change.delta;
  let shortfall = 0;
  if (change.clamp && delta < 0) {
    // Lock the account (PostgreSQL; SQLite has one writer) and take at most what is there.
    const account = await forUpdate(
      executor,
      executor.selectFrom('loyalty_accounts').select('balance').where('user_id', '=', change.userId),
    ).executeTakeFirst();
    if (!account) return { ok: false, reason: 'no_account' };
    const taken = Math.min(account.balance, -delta);
    shortfall = -delta - taken;
    delta = -taken;
  }
  let updated = await guardedUpdate(executor, change.userId, delta);
  if (!updated) {
    // No account yet (opened on first use, perhaps by a racing request just now), or too few points.
    if (!(await ensureAccount(executor, change.userId))) return { ok: false, reason: 'no_account' };
    updated = await guardedUpdate(executor, change.userId, delta);
    if (!updated)
      return { ok: false, reason: 'insufficient', balance: await balanceOf(executor, change.userId) };
  }
  const entry: LedgerRow = {
    id: newId(),
    user_id: change.userId,
    kind: change.kind,
    points: delta,
    balance_after: updated.balance,
    shortfall,
    reason: change.reason ?? '',
    actor_id: change.actorId ?? null,
    source_type: change.sourceType,
    source_id: change.sourceId ?? null,
    source_key: change.sourceKey ?? null,
    terminal: change.terminal ?? null,
    promotion_id: change.promotionId ?? null,
    created_at: nowIso(),
  };
  const [inserted] = await insertEntry(executor, { ...entry });
  if (!inserted) {
    // Written before (a retry, a second delivery, a racing request): undo the update in this
    // transaction, which still holds the account's row, so nobody saw it.
    await executor
      .updateTable('loyalty_accounts')
      .set({ balance: sql<number>`balance - ${delta}` })
      .where('user_id', '=', change.userId)
      .execute();
    const earlier = await executor
      .selectFrom('loyalty_ledger')
      .selectAll()
      .where('source_key', '=', change.sourceKey as string)
      .executeTakeFirstOrThrow();
    return { ok: false, reason: 'duplicate', entry: earlier };
  }
  return { ok: true, entry };
}

export async function balanceOf(executor: Executor, userId: string): Promise<number> {
  const row = await executor
    .selectFrom('loyalty_accounts')
    .select('balance')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.balance ?? 0;
}
