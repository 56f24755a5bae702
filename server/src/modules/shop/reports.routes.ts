/** `/api/admin/reports/sales/`: the shop's figures for the admin dashboard (staff, managers, admins). */
import type { App } from '../../platform/http.js';
import { periodReportRoute } from '../../platform/reports.js';
import { SalesReport } from './reports.schemas.js';
import type { ShopReportsService } from './reports.service.js';

export async function shopReportRoutes(app: App, deps: { reports: ShopReportsService }): Promise<void> {
  app.addSchema(SalesReport);
  periodReportRoute(
    app,
    {
      name: 'sales',
      operationId: 'admin.reports.sales',
      summary: 'Orders and sales per day, revenue, average order value, orders by status, top products',
      responseId: 'SalesReport',
    },
    (period) => deps.reports.sales(period),
  );
}
