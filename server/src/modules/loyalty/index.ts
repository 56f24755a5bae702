/**
 * Loyalty and point of sale: every customer's card and points
 * ledger, the cashier's POS API, promotions, points for paid shop orders
 * (through the shop's order events) and, when configured, their expiry.
 */
import { defineModule } from '../../platform/module.js';
import { seedBenchLoyalty } from './loyalty.bench-seed.js';
import { PointsExpiry } from './loyalty.expiry.js';
import { QrSigner } from './loyalty.qr.js';
import { loyaltyRoutes } from './loyalty.routes.js';
import { seedLoyalty } from './loyalty.seed.js';
import { LoyaltyService } from './loyalty.service.js';
import { PromotionsService } from './promotions.service.js';
import './loyalty.tables.js';

export { BENCH_LOYALTY } from './loyalty.bench-seed.js';
export { LoyaltyService } from './loyalty.service.js';

export interface LoyaltyServices {
  loyalty: LoyaltyService;
  promotions: PromotionsService;
  expiry: PointsExpiry;
}

declare module '../../platform/module.js' {
  interface ModuleServices {
    loyalty: LoyaltyServices;
  }
}

declare module '../../platform/audit.js' {
  interface AuditActions {
    'loyalty.points_awarded': true;
    'loyalty.points_adjusted': true;
    'loyalty.promotion_redeemed': true;
    'loyalty.promotion_created': true;
    'loyalty.promotion_updated': true;
    'loyalty.promotion_deactivated': true;
    'loyalty.card_reissued': true;
  }
}

export const loyaltyModule = defineModule({
  name: 'loyalty',
  requires: ['identity'],
  services(ctx, use) {
    const qr = new QrSigner(ctx.db);
    const loyalty = new LoyaltyService({
      db: ctx.db,
      users: use('identity').userCache,
      config: ctx.config,
      qr,
      mailer: ctx.mailer,
      events: ctx.events,
    });
    const promotions = new PromotionsService({ db: ctx.db, loyalty });
    const expiry = new PointsExpiry({ db: ctx.db, mailer: ctx.mailer, config: ctx.config });
    // `customer.points` and `/api/auth/customer/me/` show the ledger's balance.
    use('identity').points.provide((userId) => loyalty.balance(userId));
    return { loyalty, promotions, expiry };
  },
  // At least once: each handler writes through a unique source key, so a second delivery changes nothing.
  events: ({ loyalty }) => ({
    'order.paid': (e) => loyalty.creditOrder(e),
    'order.cancelled': (e) => loyalty.reverseOrder(e),
    // A partial refund takes back the points of its amount (once per refund); a whole one, what is left.
    'order.refunded': (e) => (e.refund ? loyalty.reverseRefund(e, e.refund) : loyalty.reverseOrder(e)),
  }),
  // The scans' list of promotions, here and (with Redis) in every instance.
  listeners: ({ loyalty }) => ({ 'promotion.changed': () => loyalty.promotionsCache.bump() }),
  schedules: ({ expiry }) => [
    {
      name: 'loyalty.expire',
      cron: '20 0 * * *',
      run: async ({ period }) => {
        await expiry.remind(period);
        await expiry.expire(period);
      },
    },
  ],
  async start({ loyalty }, ctx) {
    // Events of other instances may have been missed (Redis was away): read the promotions again.
    ctx.events.onMissed(() => loyalty.promotionsCache.bump());
    try {
      await loyalty.qr.init();
    } catch (err) {
      ctx.log.warn({ err }, 'loyalty could not load its QR key; is the database migrated?');
    }
  },
  seed: (ctx) => seedLoyalty(ctx),
  benchSeed: (ctx) => seedBenchLoyalty(ctx),
  routes: (app, { loyalty, promotions }) => loyaltyRoutes(app, { loyalty, promotions }),
});
