/**
 * Loyalty over HTTP: the customer's card (`/api/loyalty/`), the
 * point of sale (`/api/pos/`, staff), promotions and accounts for managers and
 * admins (`/api/admin/`).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { type Origin, originOf } from '../../platform/audit.js';
import {
  type AuthUser,
  currentUser,
  requireAuth,
  requireManager,
  requireStaff,
} from '../../platform/auth.js';
import { PlatformErrors } from '../../platform/error-codes.js';
import type { App } from '../../platform/http.js';
import { PageQuery, Paginated, pageRequest } from '../../platform/pagination.js';
import type { Trx } from '../../platform/transaction.js';
import { LoyaltyErrors } from './loyalty.errors.js';
import { type QrFormat, renderQr } from './loyalty.qr.js';
import {
  AdjustBody,
  AwardBody,
  CustomerCodeParams,
  CustomerSummary,
  HistoryPage,
  IdParams,
  LedgerEntry,
  MyCard,
  OrderPointsAnswer,
  OrderPointsBody,
  PointsAnswer,
  Promotion,
  PromotionBody,
  PromotionListQuery,
  PromotionPatch,
  QrQuery,
  RedeemAnswer,
  RedeemBody,
  ScanPromotionAnswer,
  ScanPromotionBody,
  ScanUserAnswer,
  ScanUserBody,
} from './loyalty.schemas.js';
import type { LoyaltyService } from './loyalty.service.js';
import type { PromotionsService } from './promotions.service.js';

const QrImage = {
  description: 'The QR code, SVG (default) or PNG.',
  content: {
    'image/svg+xml': { schema: Type.String() },
    'image/png': { schema: Type.String({ format: 'binary' }) },
  },
};

const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ maxLength: 255, description: 'Makes retries safe: a repeat returns the first answer.' }),
  ),
});

async function sendQr(reply: FastifyReply, payload: string, query: QrQuery) {
  const format: QrFormat = query.format ?? 'svg';
  const image = await renderQr(payload, format, query.size);
  return reply
    .type(format === 'svg' ? 'image/svg+xml; charset=utf-8' : 'image/png')
    .header('cache-control', 'no-store')
    .send(image);
}

export async function loyaltyRoutes(
  app: App,
  deps: { loyalty: LoyaltyService; promotions: PromotionsService },
): Promise<void> {
  const { loyalty, promotions } = deps;
  app.addSchema(LedgerEntry);
  app.addSchema(Promotion);
  app.addSchema(CustomerSummary);
  const page = (request: { query: PageQuery; url: string }) =>
    pageRequest(request.query, request.url, app.ctx.config.PUBLIC_URL);
  /**
   * The handler of a POS change that takes an `Idempotency-Key`: `work` runs in the idempotency
   * store's transaction (keyed by the staff member), and its answer is stored for the repeats.
   */
  const idempotent =
    <B, T>(work: (trx: Trx, actor: AuthUser, body: B, origin: Origin) => Promise<T>) =>
    (request: FastifyRequest & { body: B }, reply: FastifyReply) => {
      const actor = currentUser(request);
      return app.ctx.idempotency.handle(request, reply, `user:${actor.id}`, async (trx) => ({
        status: 200,
        body: await work(trx, actor, request.body, originOf(request)),
      }));
    };

  // ---- the customer ----
  const tags = ['loyalty'];
  app.get(
    '/api/loyalty/me/',
    {
      preHandler: requireAuth,
      config: { errors: [LoyaltyErrors.notACustomer, LoyaltyErrors.customerNotFound] },
      schema: {
        operationId: 'loyalty.me',
        summary: 'Your loyalty card: balance, QR payload, recent and paginated history',
        tags,
        querystring: PageQuery,
        response: { 200: MyCard },
      },
    },
    async (request) => loyalty.myCard(currentUser(request), page(request)),
  );

  app.get(
    '/api/loyalty/me/qr/',
    {
      preHandler: requireAuth,
      config: { errors: [LoyaltyErrors.notACustomer, LoyaltyErrors.customerNotFound] },
      schema: {
        operationId: 'loyalty.myQr',
        summary: "Your card's QR code as SVG or PNG",
        tags,
        produces: ['image/svg+xml', 'image/png'],
        querystring: QrQuery,
        response: { 200: QrImage },
      },
    },
    async (request, reply) => sendQr(reply, await loyalty.myQrPayload(currentUser(request)), request.query),
  );

  app.post(
    '/api/loyalty/me/reissue/',
    {
      preHandler: requireAuth,
      config: { errors: [LoyaltyErrors.notACustomer, LoyaltyErrors.customerNotFound] },
      schema: {
        operationId: 'loyalty.reissueCard',
        summary: 'A new card: the old QR code stops working',
        tags,
        response: {
          200: Type.Object({
            customer_id: Type.String(),
            card_version: Type.Integer(),
            qr_data: Type.String(),
          }),
        },
      },
    },
    async (request) => loyalty.reissueCard(currentUser(request), originOf(request)),
  );

  app.get(
    '/api/loyalty/promotions/',
    {
      preHandler: requireAuth,
      config: { errors: [LoyaltyErrors.notACustomer, LoyaltyErrors.customerNotFound] },
      schema: {
        operationId: 'loyalty.promotions',
        summary: 'The promotions you can use now',
        tags,
        response: { 200: Type.Object({ results: Type.Array(Type.Ref('LoyaltyPromotion')) }) },
      },
    },
    async (request) => ({ results: await loyalty.myPromotions(currentUser(request)) }),
  );

  // ---- the point of sale ----
  const pos = ['pos'];
  app.post(
    '/api/pos/scan-user/',
    {
      preHandler: requireStaff,
      config: { errors: [LoyaltyErrors.invalidCardQr] },
      schema: {
        operationId: 'pos.scanUser',
        summary: "A customer's card: who, balance, promotions they can use now",
        description: '400 `INVALID_QR` for a forged, altered or replaced card.',
        tags: pos,
        body: ScanUserBody,
        response: { 200: ScanUserAnswer },
      },
    },
    async (request) => loyalty.scanUser(request.body.qr_data),
  );

  app.post(
    '/api/pos/scan-promotion/',
    {
      preHandler: requireStaff,
      config: {
        errors: [
          LoyaltyErrors.invalidPromotionQr,
          LoyaltyErrors.qrDataOrCodeRequired,
          LoyaltyErrors.promotionCodeNotFound,
        ],
      },
      schema: {
        operationId: 'pos.scanPromotion',
        summary: "A promotion's QR code (or code) and whether it can be used now",
        tags: pos,
        body: ScanPromotionBody,
        response: { 200: ScanPromotionAnswer },
      },
    },
    async (request) => loyalty.scanPromotion(request.body),
  );

  app.post(
    '/api/pos/redeem-promotion/',
    {
      preHandler: requireStaff,
      config: {
        errors: [
          LoyaltyErrors.customerNotFound,
          LoyaltyErrors.promotionIdOrCodeNotFound,
          LoyaltyErrors.promotionInactive,
          LoyaltyErrors.promotionNotStarted,
          LoyaltyErrors.promotionExpired,
          LoyaltyErrors.promotionExhausted,
          LoyaltyErrors.customerLimitReached,
          LoyaltyErrors.insufficientPointsToRedeem,
          PlatformErrors.invalidIdempotencyKey,
          PlatformErrors.idempotencyKeyReused,
        ],
      },
      schema: {
        operationId: 'pos.redeemPromotion',
        summary: 'Redeem a promotion for a customer (send an Idempotency-Key)',
        description:
          'Checks dates, is_active, max_redemptions, per_customer_limit and the points it costs, atomically. 409 with `PROMOTION_INACTIVE`, `PROMOTION_NOT_STARTED`, `PROMOTION_EXPIRED`, `PROMOTION_EXHAUSTED`, `CUSTOMER_LIMIT_REACHED` or `INSUFFICIENT_POINTS`.',
        tags: pos,
        headers: IdempotencyHeaders,
        body: RedeemBody,
        response: { 200: RedeemAnswer },
      },
    },
    idempotent((trx, actor, body: RedeemBody, origin) => loyalty.redeem(trx, actor, body, origin)),
  );

  app.post(
    '/api/pos/award-points/',
    {
      preHandler: requireStaff,
      config: {
        errors: [
          LoyaltyErrors.invalidPoints,
          LoyaltyErrors.customerNotFound,
          PlatformErrors.invalidIdempotencyKey,
          PlatformErrors.idempotencyKeyReused,
        ],
      },
      schema: {
        operationId: 'pos.awardPoints',
        summary: 'Give a customer points (send an Idempotency-Key)',
        tags: pos,
        headers: IdempotencyHeaders,
        body: AwardBody,
        response: { 200: PointsAnswer },
      },
    },
    idempotent((trx, actor, body: AwardBody, origin) => loyalty.award(trx, actor, body, origin)),
  );

  app.post(
    '/api/pos/process-order-points/',
    {
      preHandler: requireStaff,
      config: {
        errors: [
          LoyaltyErrors.invalidOrderTotal,
          LoyaltyErrors.customerNotFound,
          LoyaltyErrors.orderAlreadyCredited,
        ],
      },
      schema: {
        operationId: 'pos.processOrderPoints',
        summary: "A counter order's points: once per order_id, however often it is sent",
        tags: pos,
        body: OrderPointsBody,
        response: { 200: OrderPointsAnswer },
      },
    },
    async (request) => loyalty.processOrderPoints(currentUser(request), request.body),
  );

  // ---- managers and admins ----
  const admin = ['loyalty admin'];
  app.get(
    '/api/admin/promotions/',
    {
      preHandler: requireManager,
      config: { errors: [] },
      schema: {
        operationId: 'promotions.list',
        summary: 'Every promotion, newest first',
        tags: admin,
        querystring: PromotionListQuery,
        response: { 200: Paginated(Type.Ref('LoyaltyPromotion'), 'LoyaltyPromotionPage') },
      },
    },
    async (request) => promotions.list(request.query, page(request)),
  );

  app.post(
    '/api/admin/promotions/',
    {
      preHandler: requireManager,
      config: {
        errors: [
          LoyaltyErrors.invalidDatetime,
          LoyaltyErrors.percentOutOfRange,
          LoyaltyErrors.valueNotPositive,
          LoyaltyErrors.bonusNotWhole,
          LoyaltyErrors.endsBeforeStarts,
          LoyaltyErrors.duplicateCode,
        ],
      },
      schema: {
        operationId: 'promotions.create',
        summary: 'Create a promotion',
        tags: admin,
        body: PromotionBody,
        response: { 201: Type.Ref('LoyaltyPromotion') },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await promotions.create(currentUser(request), request.body, originOf(request))),
  );

  app.get(
    '/api/admin/promotions/:id/',
    {
      preHandler: requireManager,
      config: { errors: [LoyaltyErrors.promotionNotFound] },
      schema: {
        operationId: 'promotions.get',
        summary: 'One promotion',
        tags: admin,
        params: IdParams,
        response: { 200: Type.Ref('LoyaltyPromotion') },
      },
    },
    async (request) => promotions.get(request.params.id),
  );

  app.patch(
    '/api/admin/promotions/:id/',
    {
      preHandler: requireManager,
      config: {
        errors: [
          LoyaltyErrors.promotionNotFound,
          LoyaltyErrors.invalidDatetime,
          LoyaltyErrors.percentOutOfRange,
          LoyaltyErrors.valueNotPositive,
          LoyaltyErrors.bonusNotWhole,
          LoyaltyErrors.endsBeforeStarts,
          LoyaltyErrors.duplicateCode,
        ],
      },
      schema: {
        operationId: 'promotions.update',
        summary: 'Change a promotion',
        tags: admin,
        params: IdParams,
        body: PromotionPatch,
        response: { 200: Type.Ref('LoyaltyPromotion') },
      },
    },
    async (request) =>
      promotions.update(currentUser(request), request.params.id, request.body, originOf(request)),
  );

  app.delete(
    '/api/admin/promotions/:id/',
    {
      preHandler: requireManager,
      config: { errors: [LoyaltyErrors.promotionNotFound] },
      schema: {
        operationId: 'promotions.deactivate',
        summary: 'Deactivate a promotion (kept for its redemptions)',
        tags: admin,
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await promotions.deactivate(currentUser(request), request.params.id, originOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/admin/promotions/:id/qr/',
    {
      preHandler: requireManager,
      config: { errors: [LoyaltyErrors.promotionNotFound] },
      schema: {
        operationId: 'promotions.qr',
        summary: "A promotion's QR code as SVG or PNG",
        tags: admin,
        produces: ['image/svg+xml', 'image/png'],
        params: IdParams,
        querystring: QrQuery,
        response: { 200: QrImage },
      },
    },
    async (request, reply) => sendQr(reply, await promotions.qrPayload(request.params.id), request.query),
  );

  app.get(
    '/api/admin/loyalty/accounts/:customer_id/',
    {
      preHandler: requireManager,
      config: { errors: [LoyaltyErrors.customerNotFound] },
      schema: {
        operationId: 'loyalty.account',
        summary: "A customer's loyalty account and history",
        tags: admin,
        params: CustomerCodeParams,
        querystring: PageQuery,
        response: {
          200: Type.Object({
            customer: Type.Ref('LoyaltyCustomer'),
            card_version: Type.Integer(),
            history: HistoryPage,
          }),
        },
      },
    },
    async (request) => loyalty.account(request.params.customer_id, page(request)),
  );

  app.post(
    '/api/admin/loyalty/accounts/:customer_id/adjust/',
    {
      preHandler: requireManager,
      config: {
        errors: [
          LoyaltyErrors.invalidPoints,
          LoyaltyErrors.customerNotFound,
          LoyaltyErrors.insufficientPointsToRemove,
        ],
      },
      schema: {
        operationId: 'loyalty.adjust',
        summary: 'Add or remove points by hand (a reason is required; never below zero)',
        tags: admin,
        params: CustomerCodeParams,
        body: AdjustBody,
        response: { 200: PointsAnswer },
      },
    },
    async (request) =>
      loyalty.adjust(currentUser(request), request.params.customer_id, request.body, originOf(request)),
  );
}
