/** `/api/vendor/orders/` and `/api/vendor/reports/sales/`: approved vendors (their own), managers and admins (any). */
import { Type } from 'typebox';
import { currentUser, requireVendor } from '../../platform/auth.js';
import type { App } from '../../platform/http.js';
import { Paginated, pageRequest } from '../../platform/pagination.js';
import { ReportErrors } from '../../platform/reports.errors.js';
import { resolvePeriod } from '../../platform/reports.js';
import {
  VendorOrder,
  VendorOrdersQuery,
  VendorSalesQuery,
  VendorSalesReport,
} from './vendor-orders.schemas.js';
import type { VendorOrdersService } from './vendor-orders.service.js';

export async function vendorOrderRoutes(
  app: App,
  deps: { vendorOrders: VendorOrdersService },
): Promise<void> {
  const { vendorOrders } = deps;
  app.addSchema(VendorOrder);
  app.addSchema(VendorSalesReport);
  const tags = ['vendor orders'];

  app.get(
    '/api/vendor/orders/',
    {
      preHandler: requireVendor,
      config: { errors: [ReportErrors.invalidPeriod] },
      schema: {
        operationId: 'vendor.orders.list',
        summary: 'Orders holding my products, with only my lines, newest first',
        description:
          'Filter by `status` and by the days placed (`from`, `to`, in the shop time zone, both included). A vendor sees their own products’ lines whatever `vendor` says; managers and admins see the vendor named by `vendor`, or every line without it.',
        tags,
        querystring: VendorOrdersQuery,
        response: { 200: Paginated(Type.Ref('VendorOrder'), 'VendorOrderPage') },
      },
    },
    async (request) => {
      const { page, page_size, ...filter } = request.query;
      return vendorOrders.list(
        currentUser(request),
        filter,
        pageRequest({ page, page_size }, request.url, app.ctx.config.PUBLIC_URL),
      );
    },
  );

  app.get(
    '/api/vendor/reports/sales/',
    {
      preHandler: requireVendor,
      config: { errors: [ReportErrors.invalidPeriod] },
      schema: {
        operationId: 'vendor.reports.sales',
        summary: 'My units and revenue per day and my best sellers',
        description:
          'For `?days=7|30|90` (the last N days, today included; 30 by default) or `?from=&to=` (at most 366 days), in the shop time zone. Only the lines of the vendor’s products in orders paid and kept count.',
        tags,
        querystring: VendorSalesQuery,
        response: { 200: Type.Ref('VendorSalesReport') },
      },
    },
    async (request) =>
      vendorOrders.sales(
        currentUser(request),
        request.query.vendor,
        resolvePeriod(request.query, app.ctx.config.TIME_ZONE),
      ),
  );
}
