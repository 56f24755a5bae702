/** `/api/admin/reports/customers/`: new customers per day, for the admin dashboard (staff, managers, admins). */
import { Type } from 'typebox';
import type { App } from '../../platform/http.js';
import { periodReportRoute, ReportPeriod } from '../../platform/reports.js';
import type { IdentityReportsService } from './reports.service.js';

const CustomersReport = Type.Object(
  {
    period: ReportPeriod,
    new_customers: Type.Integer({ description: 'Customer accounts opened in the period.' }),
    by_day: Type.Array(
      Type.Object({ date: Type.String({ format: 'date' }), new_customers: Type.Integer() }),
      {
        description: 'Every day of the period, in order.',
      },
    ),
  },
  { $id: 'CustomersReport', title: 'CustomersReport' },
);

export async function identityReportRoutes(
  app: App,
  deps: { reports: IdentityReportsService },
): Promise<void> {
  app.addSchema(CustomersReport);
  periodReportRoute(
    app,
    {
      name: 'customers',
      operationId: 'admin.reports.customers',
      summary: 'New customers per day of a period',
      responseId: 'CustomersReport',
    },
    (period) => deps.reports.newCustomers(period),
  );
}
