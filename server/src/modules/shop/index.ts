/**
 * The shop: cart, wishlist, checkout, orders and payments. Reads the
 * catalogue; changes stock only through the catalogue's `StockLedger`.
 */
import { defineModule, type ModuleContext } from '../../platform/module.js';
import type { StockLedger } from '../catalog/index.js';
import { cartRoutes } from './cart.routes.js';
import { CartService } from './cart.service.js';
import { ManualPaymentProvider } from './manual-provider.js';
import { shopJobs } from './orders.jobs.js';
import { ordersRoutes } from './orders.routes.js';
import { OrdersService, type PaymentProviders } from './orders.service.js';
import type { PaymentProvider } from './payment-provider.js';
import { paymentsRoutes } from './payments.routes.js';
import { StripePaymentProvider } from './stripe-provider.js';
import { StripeWebhooks } from './webhooks.service.js';
import { wishlistRoutes } from './wishlist.routes.js';
import { WishlistService } from './wishlist.service.js';

export { CartService } from './cart.service.js';
export { OrdersService } from './orders.service.js';
export type { PaymentProvider } from './payment-provider.js';
export type { OrderEvent, ShopEvents } from './shop.events.js';

export interface ShopServices {
  cart: CartService;
  orders: OrdersService;
  wishlist: WishlistService;
  providers: PaymentProviders;
  /** Set when Stripe is the shop's provider: its webhook handling. */
  stripe: { provider: StripePaymentProvider; webhooks: StripeWebhooks } | undefined;
}

declare module '../../platform/module.js' {
  interface ModuleServices {
    shop: ShopServices;
  }
}

/** The configured providers: manual always (refunds of older manual payments), Stripe when its keys are set. */
export function createPaymentProviders(ctx: Pick<ModuleContext, 'config'>): {
  providers: PaymentProviders;
  stripe: StripePaymentProvider | undefined;
} {
  const { config } = ctx;
  const manual = new ManualPaymentProvider();
  const stripe = config.STRIPE_SECRET_KEY ? new StripePaymentProvider(config) : undefined;
  const all = new Map<string, PaymentProvider>([['manual', manual]]);
  if (stripe) all.set('stripe', stripe);
  const active = config.PAYMENT_PROVIDER === 'stripe' && stripe ? stripe : manual;
  return { providers: { active, byName: (name) => all.get(name) }, stripe };
}

export function createShopServices(ctx: ModuleContext, stock: StockLedger): ShopServices {
  const { db, config, jobs, events } = ctx;
  const { providers, stripe } = createPaymentProviders(ctx);
  const cart = new CartService({ db });
  const orders = new OrdersService({ db, config, jobs, providers, cart, stock, events });
  const wishlist = new WishlistService({ db, cart });
  const webhooks =
    stripe && config.PAYMENT_PROVIDER === 'stripe'
      ? { provider: stripe, webhooks: new StripeWebhooks({ db, jobs, orders }) }
      : undefined;
  return { cart, orders, wishlist, providers, stripe: webhooks };
}

export const shopModule = defineModule({
  name: 'shop',
  requires: ['catalog'],
  services: (ctx, use) => createShopServices(ctx, use('catalog').stock),
  jobs: ({ providers }, ctx) => shopJobs({ db: ctx.db, mailer: ctx.mailer, providers, config: ctx.config }),
  async routes(app, { cart, wishlist, orders, stripe }, ctx) {
    await cartRoutes(app, { cart });
    await wishlistRoutes(app, { wishlist });
    await ordersRoutes(app, { orders });
    await paymentsRoutes(app, { config: ctx.config, stripe });
  },
});
