/**
 * Staff's order handling under `/api/admin/orders/`: the order with its
 * timeline and refunds, internal notes, tracking, partial refunds and bulk
 * status changes. Thin: validate → service → DTO.
 */
import { Type } from 'typebox';
import { originOf } from '../../platform/audit.js';
import { currentUser, requireStaff } from '../../platform/auth.js';
import { PlatformErrors } from '../../platform/error-codes.js';
import { type App, routeParam } from '../../platform/http.js';
import {
  AdminOrderDetail,
  BulkStatusBody,
  BulkStatusResponse,
  MAX_BULK_ORDERS,
  NoteBody,
  OrderRefund,
  RefundBody,
  RefundLineDto,
  RefundResponse,
  TimelineEntry,
  TrackingBody,
} from './order-handling.schemas.js';
import type { OrderHandlingService } from './order-handling.service.js';
import { OrderParams } from './orders.schemas.js';
import type { OrdersService } from './orders.service.js';
import { ShopErrors } from './shop.errors.js';

export async function orderHandlingRoutes(
  app: App,
  deps: { orders: OrdersService; handling: OrderHandlingService },
): Promise<void> {
  const { orders, handling } = deps;
  app.addSchema(RefundLineDto);
  app.addSchema(TimelineEntry);
  app.addSchema(OrderRefund);
  app.addSchema(AdminOrderDetail);
  const Detail = Type.Ref('AdminOrderDetail');
  const tags = ['admin', 'orders'];
  const actorOf = (request: Parameters<typeof currentUser>[0]) => {
    const user = currentUser(request);
    return { id: user.id, email: user.email };
  };
  // The order before the body: a missing one is 404 whatever was sent.
  const orderExists = async (request: Parameters<typeof routeParam>[0]) =>
    orders.assertOrderExists(routeParam(request, 'id'));

  app.get(
    '/api/admin/orders/:id/',
    {
      preHandler: requireStaff,
      config: { errors: [ShopErrors.orderNotFound] },
      schema: {
        operationId: 'admin.orders.get',
        summary: 'Any order, with its refunds and timeline',
        description:
          'The timeline, oldest first: placed, payments (received, declined), status changes with who made them, refunds (amount, lines), mails queued to the customer, tracking changes and internal notes (staff only).',
        tags,
        params: OrderParams,
        response: { 200: Detail },
      },
    },
    async (request) => handling.detail(request.params.id),
  );

  app.post(
    '/api/admin/orders/:id/notes/',
    {
      onRequest: [requireStaff, orderExists],
      config: { errors: [ShopErrors.orderNotFound, ShopErrors.noteEmpty] },
      schema: {
        operationId: 'admin.orders.addNote',
        summary: 'Add an internal note to the order’s timeline',
        description: 'Staff only: the customer never sees notes. Answers the order with its timeline.',
        tags,
        params: OrderParams,
        body: NoteBody,
        response: { 201: Detail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await handling.addNote(actorOf(request), request.params.id, request.body.text, originOf(request)),
        ),
  );

  app.put(
    '/api/admin/orders/:id/tracking/',
    {
      onRequest: [requireStaff, orderExists],
      config: { errors: [ShopErrors.orderNotFound] },
      schema: {
        operationId: 'admin.orders.setTracking',
        summary: 'Set the carrier and tracking number',
        description:
          'The customer sees them on their order; the shipped (and delivered) mail carries them when set before it is sent.',
        tags,
        params: OrderParams,
        body: TrackingBody,
        response: { 200: Detail },
      },
    },
    async (request) =>
      handling.setTracking(actorOf(request), request.params.id, request.body, originOf(request)),
  );

  app.delete(
    '/api/admin/orders/:id/tracking/',
    {
      onRequest: [requireStaff, orderExists],
      config: { errors: [ShopErrors.orderNotFound] },
      schema: {
        operationId: 'admin.orders.clearTracking',
        summary: 'Remove the carrier and tracking number',
        tags,
        params: OrderParams,
        response: { 200: Detail },
      },
    },
    async (request) => handling.setTracking(actorOf(request), request.params.id, null, originOf(request)),
  );

  app.post(
    '/api/admin/orders/:id/refunds/',
    {
      onRequest: [requireStaff, orderExists],
      config: {
        errors: [
          ShopErrors.orderNotFound,
          ShopErrors.orderNotRefundable,
          ShopErrors.refundLineNotFound,
          ShopErrors.refundLineRepeated,
          ShopErrors.refundQuantityExceeded,
          ShopErrors.paymentNotRefundable,
          PlatformErrors.invalidIdempotencyKey,
          PlatformErrors.idempotencyKeyReused,
        ],
      },
      schema: {
        operationId: 'admin.orders.refund',
        summary: 'Refund chosen units of chosen lines (send an Idempotency-Key)',
        description:
          'Gives back the price of those units through the order’s payment provider (after commit), puts them back in stock when `restock`, and records the refund on the timeline and in the audit log. ' +
          'No line is ever refunded beyond what was bought, across all refunds (409 `REFUND_QUANTITY_EXCEEDED`). When no unit is left, the order becomes `refunded`. ' +
          'Only paid, processing, shipped or delivered orders (else 409 `ORDER_NOT_REFUNDABLE`). The same `Idempotency-Key` again answers the first refund and refunds nothing more.',
        tags,
        params: OrderParams,
        headers: Type.Object({
          'idempotency-key': Type.Optional(
            Type.String({ maxLength: 255, description: 'Makes retries safe: one refund per key.' }),
          ),
        }),
        body: RefundBody,
        response: { 201: RefundResponse },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      return app.ctx.idempotency.handle(request, reply, `user:${actor.id}`, async (trx) => ({
        status: 201,
        body: await handling.refundLines(trx, actor, request.params.id, request.body, originOf(request)),
      }));
    },
  );

  app.post(
    '/api/admin/orders/bulk-status/',
    {
      preHandler: requireStaff,
      config: { errors: [] },
      schema: {
        operationId: 'admin.orders.bulkStatus',
        summary: `Move up to ${MAX_BULK_ORDERS} orders to one status`,
        description:
          'Each order as `PATCH /api/admin/orders/<id>/` would: the allowed transitions only, with the same effects and the customer’s mail. Each is answered on its own (`changed`, `unchanged`, or `refused` with the code and sentence the single change would answer); one refused order does not stop the others.',
        tags,
        body: BulkStatusBody,
        response: { 200: BulkStatusResponse },
      },
    },
    async (request) => {
      const { ids, status, restock } = request.body;
      const results = await handling.bulkStatus(
        actorOf(request),
        ids,
        status,
        originOf(request),
        restock === undefined ? {} : { restock },
      );
      return {
        results,
        changed: results.filter((r) => r.outcome === 'changed').length,
        refused: results.filter((r) => r.outcome === 'refused').length,
      };
    },
  );
}
