/** Payment intents, orders, their items and payments: Kysely queries only, the executor first. */
import type { Selectable } from 'kysely';
import type {
  OrderItemsTable,
  OrderStatus,
  OrdersTable,
  PaymentIntentsTable,
  PaymentProviderName,
  PaymentStatus,
  PaymentsTable,
} from '../../db/schema.js';
import { nowIso } from '../../platform/ids.js';
import type { Executor } from '../../platform/transaction.js';

export type IntentRow = Selectable<PaymentIntentsTable>;
export type OrderRow = Selectable<OrdersTable>;
export type OrderItemRow = Selectable<OrderItemsTable>;
export type PaymentRow = Selectable<PaymentsTable>;

/** One line of what an intent pays for. */
export interface IntentLine {
  size_id: string;
  quantity: number;
  /** Minor units. */
  unit_price: number;
}

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

/** The user's own intent; another user's is as good as missing. */
export function findIntentOfUser(
  executor: Executor,
  provider: PaymentProviderName,
  providerRef: string,
  userId: string,
): Promise<IntentRow | undefined> {
  return intentByRef(executor, provider, providerRef).where('user_id', '=', userId).executeTakeFirst();
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
 * whoever places its order, the checkout call or the webhook, goes alone.
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

export function findOrderByIntent(executor: Executor, intentId: string): Promise<OrderRow | undefined> {
  return executor
    .selectFrom('orders')
    .selectAll()
    .where('payment_intent_id', '=', intentId)
    .executeTakeFirst();
}

export function findOrder(executor: Executor, id: string): Promise<OrderRow | undefined> {
  return executor.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertOrder(executor: Executor, row: OrdersTable): Promise<void> {
  await executor.insertInto('orders').values(row).execute();
}

export async function insertOrderItems(executor: Executor, rows: OrderItemsTable[]): Promise<void> {
  if (rows.length > 0) await executor.insertInto('order_items').values(rows).execute();
}

export async function insertPayment(executor: Executor, row: PaymentsTable): Promise<void> {
  await executor.insertInto('payments').values(row).execute();
}

/**
 * Moves an order from `from` to `to` only if it is still `from` (a guarded
 * write): of two racing changes one wins, the other gets undefined.
 */
export function updateOrderStatus(
  executor: Executor,
  id: string,
  from: OrderStatus,
  to: OrderStatus,
  stamps: Partial<Pick<OrderRow, 'paid_at' | 'cancelled_at'>> = {},
): Promise<OrderRow | undefined> {
  return executor
    .updateTable('orders')
    .set({ status: to, updated_at: nowIso(), ...stamps })
    .where('id', '=', id)
    .where('status', '=', from)
    .returningAll()
    .executeTakeFirst();
}

export function itemsOfOrders(executor: Executor, orderIds: readonly string[]): Promise<OrderItemRow[]> {
  if (orderIds.length === 0) return Promise.resolve([]);
  return executor
    .selectFrom('order_items')
    .selectAll()
    .where('order_id', 'in', [...orderIds])
    .orderBy('order_id')
    .orderBy('position')
    .execute();
}

export function paymentsOfOrders(executor: Executor, orderIds: readonly string[]): Promise<PaymentRow[]> {
  if (orderIds.length === 0) return Promise.resolve([]);
  return executor
    .selectFrom('payments')
    .selectAll()
    .where('order_id', 'in', [...orderIds])
    .execute();
}

export function findPaymentOfOrder(executor: Executor, orderId: string): Promise<PaymentRow | undefined> {
  return executor.selectFrom('payments').selectAll().where('order_id', '=', orderId).executeTakeFirst();
}

export function findPayment(executor: Executor, id: string): Promise<PaymentRow | undefined> {
  return executor.selectFrom('payments').selectAll().where('id', '=', id).executeTakeFirst();
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

export function findUserEmail(
  executor: Executor,
  userId: string,
): Promise<{ email: string; first_name: string } | undefined> {
  return executor
    .selectFrom('users')
    .select(['email', 'first_name'])
    .where('id', '=', userId)
    .executeTakeFirst();
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
