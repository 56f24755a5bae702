/**
 * The shop (SPEC §5): cart, wishlist, checkout, orders and payments. Reads the
 * catalogue; changes stock only through the inventory module's `changeStock`.
 */
import type { FastifyInstance } from 'fastify';
import type { ModuleContext, ModuleDefinition } from '../../platform/module.js';
import { cartRoutes } from './cart.routes.js';
import { CartService } from './cart.service.js';
import { ManualPaymentProvider } from './manual-provider.js';
import { registerShopJobs } from './orders.jobs.js';
import { ordersRoutes } from './orders.routes.js';
import { OrdersService, type PaymentProviders } from './orders.service.js';
import type { PaymentProvider } from './payment-provider.js';
import { paymentsRoutes } from './payments.routes.js';
import { NO_SHOP_HOOKS, type ShopHooks } from './shop.hooks.js';
import { StripePaymentProvider } from './stripe-provider.js';
import { StripeWebhooks } from './webhooks.service.js';
import { wishlistRoutes } from './wishlist.routes.js';
import { WishlistService } from './wishlist.service.js';

export { CartService } from './cart.service.js';
export { OrdersService } from './orders.service.js';
export type { PaymentProvider } from './payment-provider.js';
export type { OrderPaidEvent, ShopHooks } from './shop.hooks.js';

declare module 'fastify' {
  interface FastifyInstance {
    shop: {
      cart: CartService;
      orders: OrdersService;
      wishlist: WishlistService;
      providers: PaymentProviders;
    };
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

export function createShopServices(ctx: ModuleContext, hooks: ShopHooks = NO_SHOP_HOOKS) {
  const { db, config, jobs } = ctx;
  const { providers, stripe } = createPaymentProviders(ctx);
  const cart = new CartService({ db });
  const orders = new OrdersService({ db, config, jobs, providers, cart, hooks });
  const wishlist = new WishlistService({ db, cart });
  return { cart, orders, wishlist, providers, stripe };
}

async function register(app: FastifyInstance, ctx: ModuleContext): Promise<void> {
  const { cart, orders, wishlist, providers, stripe } = createShopServices(ctx);
  app.decorate('shop', { cart, orders, wishlist, providers });
  registerShopJobs({ ...ctx, providers });
  await cartRoutes(app, { cart });
  await wishlistRoutes(app, { wishlist });
  await ordersRoutes(app, { orders });
  await paymentsRoutes(app, {
    config: ctx.config,
    stripe:
      stripe && ctx.config.PAYMENT_PROVIDER === 'stripe'
        ? { provider: stripe, webhooks: new StripeWebhooks({ db: ctx.db, jobs: ctx.jobs, orders }) }
        : undefined,
  });
}

export const shopModule: ModuleDefinition = { name: 'shop', register };
