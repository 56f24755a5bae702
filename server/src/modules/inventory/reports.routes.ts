/** `/api/admin/reports/low-stock/`: the SKUs running out, for the admin dashboard (staff, managers, admins). */
import { Type } from 'typebox';
import { requireStaff } from '../../platform/auth.js';
import type { App } from '../../platform/http.js';
import type { InventoryReportsService } from './reports.service.js';

const Id = Type.String({ format: 'uuid' });

const LowStockReport = Type.Object(
  {
    threshold: Type.Integer({ description: 'LOW_STOCK_THRESHOLD: a SKU is low at or below it.' }),
    count: Type.Integer({ description: 'How many SKUs are low.' }),
    results: Type.Array(
      Type.Object({
        size_id: Id,
        sku: Type.String(),
        size: Type.String(),
        color: Type.String(),
        stock: Type.Integer(),
        product: Type.Object({ id: Id, name: Type.String(), slug: Type.String() }),
      }),
      { description: 'The lowest first.' },
    ),
  },
  { $id: 'LowStockReport', title: 'LowStockReport' },
);

const LowStockQuery = Type.Object({
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 100, description: 'How many SKUs to list (default 10).' }),
  ),
});

export async function inventoryReportRoutes(
  app: App,
  deps: { reports: InventoryReportsService },
): Promise<void> {
  app.addSchema(LowStockReport);
  app.get(
    '/api/admin/reports/low-stock/',
    {
      preHandler: requireStaff,
      config: { errors: [] },
      schema: {
        operationId: 'admin.reports.lowStock',
        summary: 'The SKUs at or below the low-stock threshold, lowest first, and how many there are',
        tags: ['admin', 'reports'],
        querystring: LowStockQuery,
        response: { 200: Type.Ref('LowStockReport') },
      },
    },
    async (request) => deps.reports.lowStock(request.query.limit ?? 10),
  );
}
