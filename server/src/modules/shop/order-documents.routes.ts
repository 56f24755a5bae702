/**
 * An order's PDF documents (the customer's invoice; staff's invoice and
 * packing slip) and staff's CSV export of the orders list.
 */
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { currentUser, requireAuth, requireStaff } from '../../platform/auth.js';
import { CsvFile, csvStream, sendCsv } from '../../platform/csv.js';
import type { App } from '../../platform/http.js';
import type { OrderDocumentsService, PdfFile } from './order-documents.service.js';
import { ORDER_CSV_HEADER, orderCsvRow } from './order-documents.service.js';
import { AdminOrderFilters, OrderParams } from './orders.schemas.js';
import { adminOrderFilter } from './orders.service.js';
import { ShopErrors } from './shop.errors.js';

const PdfDocument = {
  description: 'A PDF document, sent as a download (`Content-Disposition: attachment`).',
  content: { 'application/pdf': { schema: Type.String({ format: 'binary' }) } },
};

function sendPdf(reply: FastifyReply, file: PdfFile) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .send(file.bytes);
}

export async function orderDocumentsRoutes(
  app: App,
  deps: { documents: OrderDocumentsService },
): Promise<void> {
  const { documents } = deps;

  app.get(
    '/api/orders/:id/invoice.pdf',
    {
      preHandler: requireAuth,
      config: { errors: [ShopErrors.orderNotFound] },
      schema: {
        operationId: 'orders.invoice',
        summary: 'The invoice of one of your orders, as PDF (anyone else’s is 404)',
        tags: ['orders'],
        produces: ['application/pdf'],
        params: OrderParams,
        response: { 200: PdfDocument },
      },
    },
    async (request, reply) =>
      sendPdf(reply, await documents.customerInvoice(currentUser(request), request.params.id)),
  );

  const adminTags = ['admin', 'orders'];
  app.get(
    '/api/admin/orders/:id/invoice.pdf',
    {
      preHandler: requireStaff,
      config: { errors: [ShopErrors.orderNotFound] },
      schema: {
        operationId: 'admin.orders.invoice',
        summary: "An order's invoice, as PDF",
        description:
          'The shop name, invoice number (`INV-` and the order number’s digits: it never changes), dates, customer and shipping address, lines, totals, the payment method and any refund.',
        tags: adminTags,
        produces: ['application/pdf'],
        params: OrderParams,
        response: { 200: PdfDocument },
      },
    },
    async (request, reply) => sendPdf(reply, await documents.adminInvoice(request.params.id)),
  );

  app.get(
    '/api/admin/orders/:id/packing-slip.pdf',
    {
      preHandler: requireStaff,
      config: { errors: [ShopErrors.orderNotFound] },
      schema: {
        operationId: 'admin.orders.packingSlip',
        summary: "An order's packing slip, as PDF (lines, quantities and the shipping address; no prices)",
        tags: adminTags,
        produces: ['application/pdf'],
        params: OrderParams,
        response: { 200: PdfDocument },
      },
    },
    async (request, reply) => sendPdf(reply, await documents.adminPackingSlip(request.params.id)),
  );

  app.get(
    '/api/admin/orders/export.csv',
    {
      preHandler: requireStaff,
      config: { errors: [] },
      schema: {
        operationId: 'admin.orders.export',
        summary: 'Orders as CSV, with the list’s filters (status, days placed, search)',
        description:
          'Every order the filters select, newest first, one row each (its lines summed up in `items`), streamed.',
        tags: adminTags,
        produces: ['text/csv'],
        querystring: AdminOrderFilters,
        response: { 200: CsvFile },
      },
    },
    async (request, reply) =>
      sendCsv(
        reply,
        'orders.csv',
        csvStream(
          ORDER_CSV_HEADER,
          documents.exportOrders(adminOrderFilter(request.query, app.ctx.config.TIME_ZONE)),
          orderCsvRow,
        ),
      ),
  );
}
