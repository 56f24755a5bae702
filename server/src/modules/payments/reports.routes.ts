/** `/api/admin/reports/payments/`: declined payments, for the admin dashboard (staff, managers, admins). */
import { Type } from 'typebox';
import type { App } from '../../platform/http.js';
import { Money } from '../../platform/money.js';
import { periodReportRoute, ReportPeriod } from '../../platform/reports.js';
import type { PaymentsReportsService } from './reports.service.js';

const PaymentsReport = Type.Object(
  {
    period: ReportPeriod,
    currency: Type.String(),
    failed: Type.Integer({ description: 'Payments declined by the provider in the period.' }),
    failed_amount: Money,
    by_day: Type.Array(
      Type.Object({ date: Type.String({ format: 'date' }), failed: Type.Integer(), amount: Money }),
      { description: 'Every day of the period, in order.' },
    ),
    recent_failures: Type.Array(
      Type.Object({
        id: Type.String({ format: 'uuid' }),
        purpose: Type.String({ description: 'What was being paid for (`order`...).' }),
        provider: Type.String(),
        method: Type.String(),
        method_label: Type.String(),
        amount: Money,
        code: Type.String(),
        created_at: Type.String({ format: 'date-time' }),
      }),
      { description: 'The latest declines of the period (at most 5), newest first.' },
    ),
  },
  { $id: 'PaymentsReport', title: 'PaymentsReport' },
);

export async function paymentsReportRoutes(
  app: App,
  deps: { reports: PaymentsReportsService },
): Promise<void> {
  app.addSchema(PaymentsReport);
  periodReportRoute(
    app,
    {
      name: 'payments',
      operationId: 'admin.reports.payments',
      summary: 'Failed (declined) payments of a period',
      responseId: 'PaymentsReport',
    },
    (period) => deps.reports.failures(period),
  );
}
