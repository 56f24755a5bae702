/**
 * The payments' figures for the admin dashboard: payments the provider
 * declined in a period (how many, for how much, per day, the latest ones).
 */
import type { DB } from '../../db/dialect.js';
import { formatMinor } from '../../platform/money.js';
import { type Period, type PeriodDto, periodDto } from '../../platform/reports.js';
import { methodLabel } from './payment-methods.js';
import * as repo from './reports.repository.js';

export interface PaymentsReportDto {
  period: PeriodDto;
  currency: string;
  failed: number;
  failed_amount: string;
  by_day: Array<{ date: string; failed: number; amount: string }>;
  recent_failures: Array<{
    id: string;
    purpose: string;
    provider: string;
    method: string;
    method_label: string;
    amount: string;
    code: string;
    created_at: string;
  }>;
}

export class PaymentsReportsService {
  constructor(private readonly deps: { db: DB; currency: string }) {}

  async failures(period: Period): Promise<PaymentsReportDto> {
    const { db, currency } = this.deps;
    const [days, recent] = await Promise.all([
      repo.failuresByDay(db, period),
      repo.recentFailures(db, period, 5),
    ]);
    return {
      period: periodDto(period),
      currency,
      failed: days.reduce((n, d) => n + d.failed, 0),
      failed_amount: formatMinor(days.reduce((n, d) => n + d.amount, 0)),
      by_day: days.map((d) => ({ ...d, amount: formatMinor(d.amount) })),
      recent_failures: recent.map((f) => ({
        ...f,
        method_label: methodLabel(f.method),
        amount: formatMinor(Number(f.amount)),
      })),
    };
  }
}
