/**
 * Identity's figure for the admin dashboard: customers who signed up per day
 * of a period (read through the index on `users(user_type, date_joined)`,
 * migration 0018).
 */
import { sql } from 'kysely';
import type { DB } from '../../db/dialect.js';
import { daysRelation, type Period, type PeriodDto, periodDto, whole } from '../../platform/reports.js';

export interface CustomersReportDto {
  period: PeriodDto;
  new_customers: number;
  by_day: Array<{ date: string; new_customers: number }>;
}

export class IdentityReportsService {
  constructor(private readonly deps: { db: DB }) {}

  async newCustomers(period: Period): Promise<CustomersReportDto> {
    const { db } = this.deps;
    const { rows } = await sql<{ day: string; n: unknown }>`
      ${daysRelation(db, period)}
      select days.day as day, count(u.id) as n
      from days
      left join users u on u.user_type = 'customer'
        and u.date_joined >= days.start_at and u.date_joined < days.end_at
      group by days.day
      order by days.day`.execute(db);
    const byDay = rows.map((r) => ({ date: String(r.day), new_customers: whole(r.n) }));
    return {
      period: periodDto(period),
      new_customers: byDay.reduce((n, d) => n + d.new_customers, 0),
      by_day: byDay,
    };
  }
}
