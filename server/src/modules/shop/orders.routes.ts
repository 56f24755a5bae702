/**
 * `/api/orders/` for customers (payment intent, checkout, their orders, cancel)
 * and `/api/admin/orders/` for staff. Thin: validate → service → DTO.
 */
import { Type } from 'typebox';
import { originOf } from '../../platform/audit.js';
import { currentUser, requireAuth, requireStaff } from '../../platform/auth.js';
import { PlatformErrors } from '../../platform/error-codes.js';
import { type App, routeParam } from '../../platform/http.js';
import { Paginated, pageRequest } from '../../platform/pagination.js';
import { PaymentErrors } from '../payments/index.js';
import type { CheckoutService } from './checkout.service.js';
import {
  AdminListOrdersQuery,
  AdminOrderResponse,
  CheckoutBody,
  CreatePaymentIntentBody,
  ListOrdersQuery,
  OrderItem,
  OrderParams,
  OrderResponse,
  PaymentIntentResponse,
  ShippingAddress,
  UpdateOrderStatusBody,
} from './orders.schemas.js';
import { adminOrderFilter, describeTransitions, type OrdersService } from './orders.service.js';
import { ShopErrors } from './shop.errors.js';

export async function ordersRoutes(
  app: App,
  deps: { orders: OrdersService; checkout: CheckoutService },
): Promise<void> {
  const { orders, checkout } = deps;
  app.addSchema(ShippingAddress);
  app.addSchema(OrderItem);
  app.addSchema(OrderResponse);
  app.addSchema(PaymentIntentResponse);
  const Order = Type.Ref('Order');
  const OrderPage = Paginated(Type.Ref('Order'), 'OrderPage');
  const page = (request: { query: { page?: number; page_size?: number }; url: string }) =>
    pageRequest(request.query, request.url, app.ctx.config.PUBLIC_URL);
  const tags = ['orders'];

  app.post(
    '/api/orders/create-payment-intent/',
    {
      preHandler: requireAuth,
      config: {
        errors: [
          ShopErrors.cartEmpty,
          ShopErrors.cartUnavailable,
          ShopErrors.cartTotalTooLarge,
          ShopErrors.nothingToPay,
          ShopErrors.productUnavailable,
          ShopErrors.insufficientStock,
          PaymentErrors.paymentProviderError,
        ],
      },
      preValidation: async (request) => {
        request.body ??= {};
      },
      schema: {
        operationId: 'orders.createPaymentIntent',
        summary: 'Start paying for the current cart',
        description:
          'Creates a payment intent with the configured provider for the cart as it is now (409 `CART_ITEMS_UNAVAILABLE` if a line cannot be bought, 400 `CART_EMPTY`). The body may be empty. With Stripe, confirm it in the browser with `client_secret`; then call `checkout`.',
        tags,
        body: CreatePaymentIntentBody,
        response: { 201: Type.Ref('PaymentIntent') },
      },
    },
    async (request, reply) => {
      return reply
        .code(201)
        .send(await checkout.createPaymentIntent(currentUser(request), request.body?.shipping_address));
    },
  );

  app.post(
    '/api/orders/checkout/',
    {
      preHandler: requireAuth,
      config: {
        errors: [
          ShopErrors.paymentIntentNotFound,
          ShopErrors.paymentIntentVoided,
          ShopErrors.paymentIntentExpired,
          ShopErrors.cartChanged,
          ShopErrors.tooManyUnpaidOrders,
          ShopErrors.paymentNotCompleted,
          ShopErrors.productUnavailable,
          ShopErrors.insufficientStock,
          ShopErrors.sizeNotFound,
          ShopErrors.paymentMismatch,
          PaymentErrors.paymentDeclined,
          PaymentErrors.paymentMethodUnknown,
          PaymentErrors.paymentProviderError,
          PlatformErrors.invalidIdempotencyKey,
          PlatformErrors.idempotencyKeyReused,
        ],
      },
      schema: {
        operationId: 'orders.checkout',
        summary: 'Pay and place the order (send an Idempotency-Key)',
        description:
          'In one transaction: re-checks stock, takes it (never below zero), writes the order with snapshots of its items, records the payment, removes the bought lines from the cart and queues the confirmation mail. ' +
          'The same `Idempotency-Key` again returns the first answer and changes nothing; the same intent again returns its order (200). ' +
          '402 `PAYMENT_DECLINED` when the payment is declined (nothing changes); 409 `INSUFFICIENT_STOCK` when stock ran out (the payment is given back). ' +
          'The intent is bound to the cart it was made for: 409 `CART_CHANGED` when lines, quantities or prices changed since, 410 `PAYMENT_INTENT_EXPIRED` after its lifetime (either voids it: make a new one). ' +
          'Without `payment_method` (or with an offline one) the order is placed `pending` until staff record the payment; a customer holding too many such orders gets 409 `TOO_MANY_UNPAID_ORDERS`. ' +
          'Test payment methods of the manual provider: see `payment_method`.',
        tags,
        headers: Type.Object({
          'idempotency-key': Type.Optional(
            Type.String({ maxLength: 255, description: 'Makes retries safe: one order per key.' }),
          ),
        }),
        body: CheckoutBody,
        response: { 200: Order, 201: Order },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const body = request.body;
      return checkout.checkout(user, body, (work) =>
        app.ctx.idempotency.handle(request, reply, `user:${user.id}`, work),
      );
    },
  );

  app.get(
    '/api/orders/',
    {
      preHandler: requireAuth,
      config: { errors: [] },
      schema: {
        operationId: 'orders.list',
        summary: 'Your orders, newest first',
        tags,
        querystring: ListOrdersQuery,
        response: { 200: OrderPage },
      },
    },
    async (request) =>
      orders.listOrders(currentUser(request).id, { status: request.query.status }, page(request)),
  );

  app.get(
    '/api/orders/:id/',
    {
      preHandler: requireAuth,
      config: { errors: [ShopErrors.orderNotFound] },
      schema: {
        operationId: 'orders.get',
        summary: 'One of your orders (anyone else’s is 404)',
        tags,
        params: OrderParams,
        response: { 200: Order },
      },
    },
    async (request) => orders.getOrder(currentUser(request), request.params.id),
  );

  app.post(
    '/api/orders/:id/cancel/',
    {
      // The order before the body: someone else's is 404 whatever was sent.
      onRequest: [
        requireAuth,
        async (request) => orders.assertOwnsOrder(currentUser(request).id, routeParam(request, 'id')),
      ],
      config: { errors: [ShopErrors.orderNotFound, ShopErrors.orderNotCancellable, ShopErrors.orderChanged] },
      preValidation: async (request) => {
        request.body ??= {};
      },
      schema: {
        operationId: 'orders.cancel',
        summary: 'Cancel your order before it ships',
        description:
          'Restocks its items and refunds the payment through the provider (after commit, by a job). Cancelling a cancelled order answers it unchanged; a shipped, delivered or refunded one is 409 `ORDER_NOT_CANCELLABLE`.',
        tags,
        params: OrderParams,
        body: Type.Object({}),
        response: { 200: Order },
      },
    },
    async (request) => orders.cancelOrder(currentUser(request), request.params.id, originOf(request)),
  );

  const adminTags = ['admin', 'orders'];
  app.addSchema(AdminOrderResponse);
  const AdminOrder = Type.Ref('AdminOrder');

  app.get(
    '/api/admin/orders/',
    {
      preHandler: requireStaff,
      config: { errors: [] },
      schema: {
        operationId: 'admin.orders.list',
        summary: 'All orders, filtered by status and days placed, searched by number or email',
        tags: adminTags,
        querystring: AdminListOrdersQuery,
        response: { 200: Paginated(AdminOrder, 'AdminOrderPage') },
      },
    },
    async (request) =>
      orders.adminListOrders(adminOrderFilter(request.query, app.ctx.config.TIME_ZONE), page(request)),
  );

  app.patch(
    '/api/admin/orders/:id/',
    {
      onRequest: [requireStaff, async (request) => orders.assertOrderExists(routeParam(request, 'id'))],
      config: {
        errors: [ShopErrors.orderNotFound, ShopErrors.invalidStatusTransition, ShopErrors.orderChanged],
      },
      schema: {
        operationId: 'admin.orders.update',
        summary: 'Move an order to its next status (the customer is mailed)',
        description:
          `Allowed: ${describeTransitions()} (an order's \`next_statuses\`). ` +
          'Anything else is 409 `INVALID_STATUS_TRANSITION`. Cancelling restocks; a refund restocks as `restock` says; cancelling or refunding gives the payment back. Setting the current status again changes nothing.',
        tags: adminTags,
        params: OrderParams,
        body: UpdateOrderStatusBody,
        response: { 200: AdminOrder },
      },
    },
    async (request) => {
      const user = currentUser(request);
      return orders.setStatus(
        { id: user.id, email: user.email },
        request.params.id,
        request.body.status,
        originOf(request),
        request.body.restock === undefined ? {} : { restock: request.body.restock },
      );
    },
  );
}
