/** Payment intents, payments and provider events already applied: Kysely queries only, the executor first. */
import { type Selectable, sql } from 'kysely';
import type {
  PaymentIntentsTable,
  PaymentProviderName,
  PaymentStatus,
  PaymentsTable,
} from '../../db/schema.js';
import { nowIso } from '../../platform/ids.js';
import type { Executor } from '../../platform/transaction.js';
import type { PaymentRefundsTable } from './payments.tables.js';

export type IntentRow = Selectable<PaymentIntentsTable>;
export type PaymentRow = Selectable<PaymentsTable>;
export type PaymentRefundRow = Selectable<PaymentRefundsTable>;

export async function insertIntent(executor: Executor, row: PaymentIntentsTable): Promise<void> {
  await executor.insertInto('payment_intents').values(row).execute();
}

function intentByRef(executor: Executor, provider: PaymentProviderName, providerRef: string) {
  return executor
    .selectFrom('payment_intents')
    .selectAll()
    .where('provider', '=', provider)
    .where('provider_ref', '=', providerRef);
}

/** The user's own intent of `purpose`; another user's is as good as missing. */
export function findIntentOfUser(
  executor: Executor,
  purpose: string,
  provider: PaymentProviderName,
  providerRef: string,
  userId: string,
): Promise<IntentRow | undefined> {
  return intentByRef(executor, provider, providerRef)
    .where('purpose', '=', purpose)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function findIntentByRef(
  executor: Executor,
  provider: PaymentProviderName,
  providerRef: string,
): Promise<IntentRow | undefined> {
  return intentByRef(executor, provider, providerRef).executeTakeFirst();
}

export function findIntent(executor: Executor, id: string): Promise<IntentRow | undefined> {
  return executor.selectFrom('payment_intents').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Takes the intent's row lock for the rest of the transaction (a no-op write:
 * PostgreSQL holds the row until commit, SQLite's writer holds everything), so
 * whoever uses it, the checkout call or the webhook, goes alone.
 */
export function lockIntent(executor: Executor, id: string): Promise<IntentRow | undefined> {
  return executor
    .updateTable('payment_intents')
    .set({ updated_at: nowIso() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function setIntentStatus(
  executor: Executor,
  id: string,
  status: IntentRow['status'],
): Promise<void> {
  await executor
    .updateTable('payment_intents')
    .set({ status, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
}

export async function insertPayment(executor: Executor, row: PaymentsTable): Promise<void> {
  await executor.insertInto('payments').values(row).execute();
}

export function paymentsOf(
  executor: Executor,
  purpose: string,
  references: readonly string[],
): Promise<PaymentRow[]> {
  if (references.length === 0) return Promise.resolve([]);
  return executor
    .selectFrom('payments')
    .selectAll()
    .where('purpose', '=', purpose)
    .where('reference', 'in', [...references])
    .execute();
}

export function findPayment(executor: Executor, id: string): Promise<PaymentRow | undefined> {
  return executor.selectFrom('payments').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPaymentOfIntent(executor: Executor, intentId: string): Promise<PaymentRow | undefined> {
  return executor
    .selectFrom('payments')
    .selectAll()
    .where('payment_intent_id', '=', intentId)
    .executeTakeFirst();
}

/** Moves a payment between statuses only if it is still in one of `from`. */
export async function updatePaymentStatus(
  executor: Executor,
  id: string,
  from: readonly PaymentStatus[],
  set: Partial<Pick<PaymentRow, 'status' | 'refunded_amount' | 'refund_ref'>>,
): Promise<boolean> {
  const result = await executor
    .updateTable('payments')
    .set({ ...set, updated_at: nowIso() })
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Records a provider event; false when it was recorded before (then it must not be applied again). */
export async function claimWebhookEvent(
  executor: Executor,
  event: { id: string; provider: PaymentProviderName; type: string },
): Promise<boolean> {
  const row = await executor
    .insertInto('webhook_events')
    .values({ ...event, processed_at: nowIso() })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Counts `amount` more as refunded on a taken payment, only if that stays
 * within what was paid (a guarded update: concurrent refunds cannot together
 * give back more). The payment reads `refunded` once all of it is given back.
 */
export function addRefunded(executor: Executor, id: string, amount: number): Promise<PaymentRow | undefined> {
  return executor
    .updateTable('payments')
    .set({
      refunded_amount: sql<number>`refunded_amount + ${amount}`,
      status: sql<PaymentStatus>`case when refunded_amount + ${amount} >= amount then 'refunded' else status end`,
      updated_at: nowIso(),
    })
    .where('id', '=', id)
    .where('status', '=', 'succeeded')
    .where(sql<boolean>`refunded_amount + ${amount} <= amount`)
    .returningAll()
    .executeTakeFirst();
}

export async function insertRefund(executor: Executor, row: PaymentRefundsTable): Promise<void> {
  await executor.insertInto('payment_refunds').values(row).execute();
}

export function findRefund(executor: Executor, id: string): Promise<PaymentRefundRow | undefined> {
  return executor.selectFrom('payment_refunds').selectAll().where('id', '=', id).executeTakeFirst();
}

export function refundsOf(executor: Executor, ids: readonly string[]): Promise<PaymentRefundRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return executor
    .selectFrom('payment_refunds')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

/** Marks a pending refund done (or failed); false when it was no longer pending. */
export async function settleRefund(
  executor: Executor,
  id: string,
  set: Pick<PaymentRefundRow, 'status' | 'provider_ref'>,
): Promise<boolean> {
  const result = await executor
    .updateTable('payment_refunds')
    .set({ ...set, updated_at: nowIso() })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The declines of one intent (a customer's attempts before the one that paid), oldest first. */
export function failuresOfIntent(executor: Executor, intentId: string) {
  return executor
    .selectFrom('payment_failures')
    .select(['id', 'method', 'code', 'amount', 'created_at'])
    .where('intent_id', '=', intentId)
    .orderBy('created_at')
    .execute();
}
