/**
 * The billing back office API under `/api/v1/`: staff, managers and
 * admins manage everything; a subscriber reads only their own record and
 * ledger (anyone else's is 404).
 */
import { Type } from 'typebox';
import { originOf } from '../../platform/audit.js';
import { currentUser, requireAuth, requireStaff } from '../../platform/auth.js';
import { CsvFile, csvStream, sendCsv } from '../../platform/csv.js';
import { PlatformErrors } from '../../platform/error-codes.js';
import { type App, sendKept } from '../../platform/http.js';
import { PageQuery, Paginated, pageRequest } from '../../platform/pagination.js';
import { BillingErrors } from './billing.errors.js';
import {
  BillingSummary,
  BillingTransactions,
  BillRun,
  Customer,
  CustomerBody,
  CustomerPaymentBody,
  CustomerQuery,
  CustomerUpdateBody,
  GenerateBillsBody,
  ListCustomersQuery,
  ListPaymentsQuery,
  MonthlyReport,
  MonthlyReportQuery,
  Package,
  PackageBody,
  PackageUpdateBody,
  Payment,
  PaymentBody,
  PaymentUpdateBody,
  UidParams,
  UserList,
  UserLite,
} from './billing.schemas.js';
import type { BillingService } from './billing.service.js';

export async function billingRoutes(app: App, billing: BillingService): Promise<void> {
  for (const schema of [UserLite, UserList, Package, Customer, Payment, BillRun, MonthlyReport])
    app.addSchema(schema);
  const tags = ['billing'];
  const page = (request: { query: PageQuery; url: string }) =>
    pageRequest(request.query, request.url, app.ctx.config.PUBLIC_URL);
  /** A staff member's read of credentials, audited with who and from where. */
  const reveal = (request: Parameters<typeof originOf>[0]) => ({ origin: originOf(request) });
  const v1 = '/api/v1';
  const PackagePage = Paginated(Type.Ref('BillingPackage'), 'PackagePage');
  const CustomerPage = Paginated(Type.Ref('BillingCustomer'), 'CustomerPage');
  const PaymentPage = Paginated(Type.Ref('BillingPayment'), 'PaymentPage');

  // ---- packages ----
  app.get(
    `${v1}/packages`,
    {
      preHandler: requireAuth,
      config: { errors: [] },
      schema: {
        operationId: 'billing.listPackages',
        summary: 'Internet packages',
        tags,
        querystring: PageQuery,
        response: { 200: PackagePage },
      },
    },
    async (request) => billing.listPackages(page(request)),
  );
  app.post(
    `${v1}/packages`,
    {
      preHandler: requireStaff,
      config: { errors: [BillingErrors.packageNameTaken] },
      schema: {
        operationId: 'billing.createPackage',
        summary: 'Add a package',
        tags,
        body: PackageBody,
        response: { 201: Type.Ref('BillingPackage') },
      },
    },
    async (request, reply) => reply.code(201).send(await billing.createPackage(request.body)),
  );
  app.get(
    `${v1}/packages/:uid`,
    {
      preHandler: requireAuth,
      config: { errors: [BillingErrors.packageNotFound] },
      schema: {
        operationId: 'billing.getPackage',
        summary: 'A package',
        tags,
        params: UidParams,
        response: { 200: Type.Ref('BillingPackage') },
      },
    },
    async (request) => billing.getPackage(request.params.uid),
  );
  app.put(
    `${v1}/packages/:uid`,
    {
      preHandler: requireStaff,
      config: { errors: [BillingErrors.packageNotFound, BillingErrors.packageNameTaken] },
      schema: {
        operationId: 'billing.updatePackage',
        summary: 'Change a package (fields left out stay)',
        tags,
        params: UidParams,
        body: PackageUpdateBody,
        response: { 200: Type.Ref('BillingPackage') },
      },
    },
    async (request) => billing.updatePackage(request.params.uid, request.body),
  );
  app.delete(
    `${v1}/packages/:uid`,
    {
      preHandler: requireStaff,
      config: { errors: [BillingErrors.packageNotFound, BillingErrors.packageInUse] },
      schema: {
        operationId: 'billing.deletePackage',
        summary: 'Remove a package nobody is on',
        tags,
        params: UidParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await billing.deletePackage(request.params.uid);
      return reply.code(204).send(null);
    },
  );
  app.get(
    `${v1}/packages/:uid/customers`,
    {
      preHandler: requireStaff,
      config: { errors: [BillingErrors.packageNotFound] },
      schema: {
        operationId: 'billing.listPackageCustomers',
        summary: "A package's subscribers",
        tags,
        params: UidParams,
        querystring: PageQuery,
        response: { 200: CustomerPage },
      },
    },
    async (request) => billing.listPackageCustomers(currentUser(request), request.params.uid, page(request)),
  );

  // ---- customers (subscribers) ----
  app.get(
    `${v1}/customers`,
    {
      preHandler: requireAuth,
      config: { errors: [] },
      schema: {
        operationId: 'billing.listCustomers',
        summary:
          'Subscribers (a subscriber sees only their own record); staff add `reveal=credentials` to see credentials (audited)',
        tags,
        querystring: ListCustomersQuery,
        response: { 200: CustomerPage },
      },
    },
    async (request, reply) => {
      const viewer = currentUser(request);
      const { search, reveal: revealing } = request.query;
      const list = () =>
        billing.listCustomers(
          viewer,
          request.query,
          page(request),
          revealing === 'credentials' ? reveal(request) : undefined,
        );
      // Without a search or a reveal, staff's answer is the same for each of them: kept, serialized.
      if (viewer.is_staff && search === undefined && revealing === undefined)
        return sendKept(billing.kept.answers, request.url, reply, list);
      return list();
    },
  );
  app.get(
    `${v1}/customers/export.csv`,
    {
      preHandler: requireStaff,
      config: { errors: [] },
      schema: {
        operationId: 'billing.exportCustomers',
        summary: 'Subscribers as CSV, with the list filters (no credentials)',
        tags,
        produces: ['text/csv'],
        querystring: ListCustomersQuery,
        response: { 200: CsvFile },
      },
    },
    async (request, reply) =>
      sendCsv(
        reply,
        'customers.csv',
        csvStream(
          [
            'uid',
            'username',
            'email',
            'first_name',
            'last_name',
            'phone',
            'package',
            'price',
            'connection_type',
            'address',
            'status',
            'created_at',
          ],
          billing.exportCustomers(currentUser(request), request.query),
          (c) => [
            c.uid,
            c.user.username,
            c.user.email,
            c.user.first_name,
            c.user.last_name,
            c.user.phone,
            c.package.name,
            c.package.price,
            c.connection_type,
            c.address,
            c.status,
            c.created_at,
          ],
        ),
      ),
  );
  app.post(
    `${v1}/customers`,
    {
      preHandler: requireStaff,
      config: {
        errors: [
          BillingErrors.badCredentials,
          BillingErrors.unknownUser,
          BillingErrors.unknownPackage,
          BillingErrors.alreadySubscriber,
        ],
      },
      schema: {
        operationId: 'billing.createCustomer',
        summary: 'Make a user a subscriber',
        tags,
        body: CustomerBody,
        response: { 201: Type.Ref('BillingCustomer') },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await billing.createCustomer(currentUser(request), request.body, reveal(request))),
  );
  app.get(
    `${v1}/customers/:uid`,
    {
      preHandler: requireAuth,
      config: { errors: [BillingErrors.customerNotFound] },
      schema: {
        operationId: 'billing.getCustomer',
        summary:
          'A subscriber; staff add `reveal=credentials` to see its credentials (each such read is audited)',
        tags,
        params: UidParams,
        querystring: CustomerQuery,
        response: { 200: Type.Ref('BillingCustomer') },
      },
    },
    async (request) =>
      billing.getCustomer(
        currentUser(request),
        request.params.uid,
        request.query.reveal === 'credentials' ? reveal(request) : undefined,
      ),
  );
  app.put(
    `${v1}/customers/:uid`,
    {
      preHandler: requireStaff,
      config: {
        errors: [BillingErrors.customerNotFound, BillingErrors.badCredentials, BillingErrors.unknownPackage],
      },
      schema: {
        operationId: 'billing.updateCustomer',
        summary: 'Change a subscriber (fields left out stay)',
        tags,
        params: UidParams,
        body: CustomerUpdateBody,
        response: { 200: Type.Ref('BillingCustomer') },
      },
    },
    async (request) =>
      billing.updateCustomer(currentUser(request), request.params.uid, request.body, reveal(request)),
  );
  app.delete(
    `${v1}/customers/:uid`,
    {
      preHandler: requireStaff,
      config: { errors: [BillingErrors.customerNotFound, BillingErrors.customerHasLedger] },
      schema: {
        operationId: 'billing.deleteCustomer',
        summary: 'Remove a subscriber with no bills or payments',
        tags,
        params: UidParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await billing.deleteCustomer(currentUser(request), request.params.uid);
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${v1}/customers/bills/generate`,
    {
      preHandler: requireStaff,
      config: { errors: [PlatformErrors.invalidIdempotencyKey, PlatformErrors.idempotencyKeyReused] },
      schema: {
        operationId: 'billing.generateBills',
        summary:
          "One unpaid bill per active subscriber at their package's price, in one statement; a repeat creates nothing (accepts Idempotency-Key)",
        tags,
        body: GenerateBillsBody,
        response: { 200: Type.Ref('BillingBillRun') },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      return app.ctx.idempotency.handle(request, reply, `user:${user.id}`, async (trx) => ({
        status: 200,
        body: await billing.generateBills(trx, user, request.body),
      }));
    },
  );

  // ---- payments ----
  app.get(
    `${v1}/customers/:uid/payments`,
    {
      preHandler: requireAuth,
      config: { errors: [BillingErrors.customerNotFound] },
      schema: {
        operationId: 'billing.listCustomerPayments',
        summary: "A subscriber's bills and payments",
        tags,
        params: UidParams,
        querystring: ListPaymentsQuery,
        response: { 200: PaymentPage },
      },
    },
    async (request) =>
      billing.listPayments(currentUser(request), request.query, page(request), request.params.uid),
  );
  app.post(
    `${v1}/customers/:uid/payments`,
    {
      preHandler: requireStaff,
      config: {
        errors: [
          BillingErrors.customerNotFound,
          BillingErrors.amountNotPositive,
          PlatformErrors.invalidIdempotencyKey,
          PlatformErrors.idempotencyKeyReused,
        ],
      },
      schema: {
        operationId: 'billing.createCustomerPayment',
        summary:
          "Record a subscriber's payment (against that month's bill, or on account; accepts Idempotency-Key)",
        tags,
        params: UidParams,
        body: CustomerPaymentBody,
        response: { 201: Type.Ref('BillingPayment') },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      return app.ctx.idempotency.handle(request, reply, `user:${user.id}`, async (trx) => ({
        status: 201,
        body: await billing.recordPayment(trx, user, request.params.uid, request.body, 'uid'),
      }));
    },
  );
  app.get(
    `${v1}/payments`,
    {
      preHandler: requireAuth,
      config: { errors: [] },
      schema: {
        operationId: 'billing.listPayments',
        summary:
          'Bills and payments, newest first (a subscriber sees their own); `overdue=true`: overdue bills',
        tags,
        querystring: ListPaymentsQuery,
        response: { 200: PaymentPage },
      },
    },
    async (request) => billing.listPayments(currentUser(request), request.query, page(request)),
  );
  app.get(
    `${v1}/payments/export.csv`,
    {
      preHandler: requireStaff,
      config: { errors: [] },
      schema: {
        operationId: 'billing.exportPayments',
        summary: 'Bills and payments as CSV, newest first, with the list filters',
        tags,
        produces: ['text/csv'],
        querystring: ListPaymentsQuery,
        response: { 200: CsvFile },
      },
    },
    async (request, reply) =>
      sendCsv(
        reply,
        'payments.csv',
        csvStream(
          [
            'uid',
            'kind',
            'customer_id',
            'amount',
            'bill_amount',
            'billing_month',
            'year',
            'payment_method',
            'paid',
            'overdue',
            'transaction_id',
            'note',
            'entry_by',
            'created_at',
          ],
          billing.exportPayments(currentUser(request), request.query),
          (p) => [
            p.uid,
            p.kind,
            p.customer_id,
            p.amount,
            p.bill_amount,
            p.billing_month,
            p.year,
            p.payment_method,
            p.paid,
            p.overdue,
            p.transaction_id,
            p.note,
            p.entry_by?.email ?? '',
            p.created_at,
          ],
        ),
      ),
  );
  app.get(
    `${v1}/reports/monthly`,
    {
      preHandler: requireStaff,
      config: { errors: [] },
      schema: {
        operationId: 'billing.monthlyReport',
        summary: "A year's twelve months: billed, collected, bills and paid bills",
        tags,
        querystring: MonthlyReportQuery,
        response: { 200: Type.Ref('BillingMonthlyReport') },
      },
    },
    async (request) => billing.monthlyReport(request.query.year),
  );
  app.post(
    `${v1}/payments`,
    {
      preHandler: requireStaff,
      config: {
        errors: [
          BillingErrors.customerNotFoundField,
          BillingErrors.amountNotPositive,
          PlatformErrors.invalidIdempotencyKey,
          PlatformErrors.idempotencyKeyReused,
        ],
      },
      schema: {
        operationId: 'billing.createPayment',
        summary: "Record a payment (against that month's bill, or on account; accepts Idempotency-Key)",
        tags,
        body: PaymentBody,
        response: { 201: Type.Ref('BillingPayment') },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const { customer_id, ...body } = request.body;
      return app.ctx.idempotency.handle(request, reply, `user:${user.id}`, async (trx) => ({
        status: 201,
        body: await billing.recordPayment(trx, user, customer_id, body),
      }));
    },
  );
  app.get(
    `${v1}/payments/:uid`,
    {
      preHandler: requireAuth,
      config: { errors: [BillingErrors.paymentNotFound] },
      schema: {
        operationId: 'billing.getPayment',
        summary: 'A bill or payment',
        tags,
        params: UidParams,
        response: { 200: Type.Ref('BillingPayment') },
      },
    },
    async (request) => billing.getPayment(currentUser(request), request.params.uid),
  );
  app.put(
    `${v1}/payments/:uid`,
    {
      preHandler: requireStaff,
      config: { errors: [BillingErrors.paymentNotFound, BillingErrors.amountNotPositive] },
      schema: {
        operationId: 'billing.updatePayment',
        summary: "Correct a payment (its bill's amount and paid follow); a bill's note",
        tags,
        params: UidParams,
        body: PaymentUpdateBody,
        response: { 200: Type.Ref('BillingPayment') },
      },
    },
    async (request) => billing.updatePayment(currentUser(request), request.params.uid, request.body),
  );
  app.delete(
    `${v1}/payments/:uid`,
    {
      preHandler: requireStaff,
      config: { errors: [BillingErrors.paymentNotFound, BillingErrors.billHasPayments] },
      schema: {
        operationId: 'billing.deletePayment',
        summary: 'Delete a bill or payment (soft, audited)',
        tags,
        params: UidParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await billing.deletePayment(currentUser(request), request.params.uid, originOf(request));
      return reply.code(204).send(null);
    },
  );

  // ---- the signed-in subscriber's billing summary (the account dashboard's) ----
  app.get(
    '/api/billing/summary/',
    {
      preHandler: requireAuth,
      config: { errors: [] },
      schema: {
        operationId: 'billing.summary',
        summary: 'My balance (bills minus payments) and next billing date; zero for non-subscribers',
        tags,
        response: { 200: BillingSummary },
      },
    },
    async (request) => billing.summary(currentUser(request), new Date(), app.ctx.config.TIME_ZONE),
  );
  app.get(
    '/api/billing/transactions/',
    {
      preHandler: requireAuth,
      config: { errors: [] },
      schema: {
        operationId: 'billing.transactions',
        summary: 'My recent bills and payments, newest first; empty for non-subscribers',
        tags,
        response: { 200: BillingTransactions },
      },
    },
    async (request) => billing.transactions(currentUser(request), new Date()),
  );
}
