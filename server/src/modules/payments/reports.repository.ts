/** Declined payments: written when a provider declines, read by the dashboard's failed-payments figures. */
import { sql } from 'kysely';
import type { DB } from '../../db/dialect.js';
import { newId, nowIso } from '../../platform/ids.js';
import { daysRelation, type Period, whole } from '../../platform/reports.js';
import type { IntentRow } from './payments.repository.js';

export async function recordFailure(db: DB, intent: IntentRow, method: string, code: string): Promise<void> {
  await db
    .insertInto('payment_failures')
    .values({
      id: newId(),
      intent_id: intent.id,
      purpose: intent.purpose,
      user_id: intent.user_id,
      provider: intent.provider,
      method,
      amount: Number(intent.amount),
      currency: intent.currency,
      code,
      created_at: nowIso(),
    })
    .execute();
}

export interface FailureDay {
  date: string;
  failed: number;
  /** Minor units. */
  amount: number;
}

/** Declined payments per day of the period (every day). */
export async function failuresByDay(db: DB, period: Period): Promise<FailureDay[]> {
  const { rows } = await sql<{ day: string; n: unknown; amount: unknown }>`
    ${daysRelation(db, period)}
    select days.day as day, count(f.id) as n, coalesce(sum(f.amount), 0) as amount
    from days
    left join payment_failures f on f.created_at >= days.start_at and f.created_at < days.end_at
    group by days.day
    order by days.day`.execute(db);
  return rows.map((r) => ({ date: String(r.day), failed: whole(r.n), amount: whole(r.amount) }));
}

/** The latest declines of the period, newest first. */
export function recentFailures(db: DB, period: Period, limit: number) {
  return db
    .selectFrom('payment_failures')
    .select(['id', 'purpose', 'provider', 'method', 'amount', 'code', 'created_at'])
    .where('created_at', '>=', period.start)
    .where('created_at', '<', period.end)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
