/**
 * Points expiry (off unless `LOYALTY_POINTS_EXPIRE_MONTHS` is set): points
 * expire that many months after they were credited, oldest first. Spending
 * takes the oldest points first too, so what expires for a customer at a
 * cutoff is what they were credited before it, less everything that has left
 * their account since (spent, reversed, expired), never more than the balance.
 * One `expire` row per customer and period (a unique key), so a retried or
 * doubled run writes nothing twice. A reminder mail goes out some days before.
 */
import { sql } from 'kysely';
import type { Config } from '../../config.js';
import type { Mailer } from '../../platform/mail.js';
import { type Executor, transaction } from '../../platform/transaction.js';
import { changePoints } from './loyalty.ledger.js';

const DAY_MS = 24 * 60 * 60 * 1000;

function monthsBefore(at: Date, months: number): Date {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export class PointsExpiry {
  constructor(
    private readonly deps: {
      db: Executor;
      mailer: Mailer;
      config: Pick<Config, 'LOYALTY_POINTS_EXPIRE_MONTHS' | 'LOYALTY_EXPIRY_REMINDER_DAYS' | 'PUBLIC_URL'>;
    },
  ) {}

  /** Customers whose credits before `cutoff` exceed everything that left their account: and by how much. */
  async #expiring(cutoff: string): Promise<Array<{ user_id: string; points: number }>> {
    const rows = await this.deps.db
      .selectFrom('loyalty_ledger')
      .select([
        'user_id',
        sql<number>`sum(case when points > 0 and created_at < ${cutoff} then points else 0 end)`.as(
          'old_credits',
        ),
        sql<number>`sum(case when points < 0 then -points else 0 end)`.as('debits'),
      ])
      .groupBy('user_id')
      .execute();
    return rows
      .map((r) => ({ user_id: r.user_id, points: Number(r.old_credits) - Number(r.debits) }))
      .filter((r) => r.points > 0);
  }

  /** Writes this period's `expire` rows; returns how many customers lost points. */
  async expire(period: string): Promise<number> {
    const months = this.deps.config.LOYALTY_POINTS_EXPIRE_MONTHS;
    if (months <= 0) return 0;
    const cutoff = monthsBefore(new Date(period), months).toISOString();
    let n = 0;
    for (const { user_id, points } of await this.#expiring(cutoff)) {
      const result = await transaction(this.deps.db, (trx) =>
        changePoints(trx, {
          userId: user_id,
          delta: -points,
          kind: 'expire',
          clamp: true,
          sourceType: 'expiry',
          sourceId: period,
          sourceKey: `expire:${user_id}:${period}`,
          reason: `Points credited before ${cutoff.slice(0, 10)} expired`,
        }),
      );
      if (result.ok) n += 1;
    }
    return n;
  }

  /** Mails customers whose points expire within the reminder window (once per window length). */
  async remind(period: string): Promise<number> {
    const { config, db, mailer } = this.deps;
    const months = config.LOYALTY_POINTS_EXPIRE_MONTHS;
    const days = config.LOYALTY_EXPIRY_REMINDER_DAYS;
    if (months <= 0 || days <= 0) return 0;
    const at = new Date(period);
    const soon = monthsBefore(new Date(at.getTime() + days * DAY_MS), months).toISOString();
    const bucket = Math.floor(at.getTime() / (days * DAY_MS));
    let n = 0;
    for (const { user_id, points } of await this.#expiring(soon)) {
      const user = await db
        .selectFrom('users')
        .select(['email', 'first_name'])
        .where('id', '=', user_id)
        .executeTakeFirst();
      if (!user) continue;
      await mailer.queue(
        db,
        {
          to: user.email,
          template: 'loyalty.expiry_reminder',
          data: {
            name: user.first_name || 'there',
            points,
            days,
            cardUrl: `${config.PUBLIC_URL}/account/loyalty`,
          },
        },
        { dedupeKey: `loyalty.expiry_reminder:${user_id}:${bucket}` },
      );
      n += 1;
    }
    return n;
  }
}
