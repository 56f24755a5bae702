/**
 * The shop: cart, wishlist, checkout and orders. Reads the catalogue; changes
 * stock only through the catalogue's `StockLedger`; takes payments through the
 * payments module (purpose `order`), which hands it what Stripe's webhook
 * reports on an order's intent.
 */
import { defineModule, type ModuleContext } from '../../platform/module.js';
import type { StockLedger } from '../catalog/index.js';
import type { PaymentsService } from '../payments/index.js';
import { addressRoutes } from './addresses.routes.js';
import { AddressesService } from './addresses.service.js';
import { cartRoutes } from './cart.routes.js';
import { CartService } from './cart.service.js';
import { CheckoutService } from './checkout.service.js';
import { ShopCustomersService } from './customers.service.js';
import { orderDocumentsRoutes } from './order-documents.routes.js';
import { OrderDocumentsService } from './order-documents.service.js';
import { orderHandlingRoutes } from './order-handling.routes.js';
import { OrderHandlingService } from './order-handling.service.js';
import { shopJobs } from './orders.jobs.js';
import './order-handling.tables.js';
import { ordersRoutes } from './orders.routes.js';
import { ORDER_PURPOSE, OrdersService } from './orders.service.js';
import { shopReportRoutes } from './reports.routes.js';
import { ShopReportsService } from './reports.service.js';
import { vendorOrderRoutes } from './vendor-orders.routes.js';
import { VendorOrdersService } from './vendor-orders.service.js';
import { wishlistRoutes } from './wishlist.routes.js';
import { WishlistService } from './wishlist.service.js';

export type { AddressDto } from './addresses.schemas.js';
export { AddressesService } from './addresses.service.js';
export { type BenchOrdersResult, seedBenchOrders } from './bench-orders.js';
export { CartService } from './cart.service.js';
export { CheckoutService } from './checkout.service.js';
export { type CustomerShopSummaryDto, ShopCustomersService } from './customers.service.js';
export { OrderHandlingService } from './order-handling.service.js';
export { OrdersService } from './orders.service.js';
export type { OrderEvent, OrderRefundPart, ShopEvents } from './shop.events.js';

/** How long a sales report may be served again (forgotten at once when an order changes here). */
const REPORT_CACHE_MS = 10_000;

export interface ShopServices {
  cart: CartService;
  checkout: CheckoutService;
  orders: OrdersService;
  /** Staff's order page: timeline, notes, tracking, partial refunds, bulk status. */
  handling: OrderHandlingService;
  wishlist: WishlistService;
  reports: ShopReportsService;
  /** Invoices and packing slips (PDF), the orders CSV export. */
  documents: OrderDocumentsService;
  /** Customers' saved shipping addresses. */
  addresses: AddressesService;
  /** One customer's orders, spend and addresses (staff's customer page). */
  customers: ShopCustomersService;
  /** Vendors' own orders and sales. */
  vendorOrders: VendorOrdersService;
}

declare module '../../platform/module.js' {
  interface ModuleServices {
    shop: ShopServices;
  }
}

export function createShopServices(
  ctx: ModuleContext,
  stock: StockLedger,
  payments: PaymentsService,
): ShopServices {
  const { db, config, jobs, events } = ctx;
  const cart = new CartService({ db });
  const orders = new OrdersService({ db, config, jobs, payments, stock, events });
  const checkout = new CheckoutService({ db, config, jobs, payments, cart, stock, events, orders });
  const wishlist = new WishlistService({ db, cart });
  const handling = new OrderHandlingService({ db, orders, payments, stock, events, jobs });
  payments.registerPurpose(ORDER_PURPOSE, checkout.paymentPurpose());
  const reports = new ShopReportsService({ db, currency: config.CURRENCY, cacheTtlMs: REPORT_CACHE_MS });
  const documents = new OrderDocumentsService({ db, orders, config });
  const addresses = new AddressesService({ db, phoneRegion: config.PHONE_DEFAULT_REGION });
  const customers = new ShopCustomersService({ db, orders, addresses });
  const vendorOrders = new VendorOrdersService({ db, currency: config.CURRENCY, timeZone: config.TIME_ZONE });
  return {
    cart,
    checkout,
    orders,
    handling,
    wishlist,
    reports,
    documents,
    addresses,
    customers,
    vendorOrders,
  };
}

export const shopModule = defineModule({
  name: 'shop',
  requires: ['catalog', 'payments'],
  services: (ctx, use) => createShopServices(ctx, use('catalog').stock, use('payments').payments),
  jobs: (_shop, ctx) => shopJobs({ db: ctx.db, mailer: ctx.mailer, config: ctx.config }),
  listeners: ({ reports }) => ({
    'order.placed': () => reports.forget(),
    'order.paid': () => reports.forget(),
    'order.cancelled': () => reports.forget(),
    'order.refunded': () => reports.forget(),
  }),
  schedules: ({ orders }) => [
    {
      name: 'shop.expire_unpaid',
      cron: '*/5 * * * *',
      run: async ({ log }) => {
        const cancelled = await orders.expireUnpaidOrders();
        if (cancelled > 0) log.info({ cancelled }, 'unpaid orders expired');
      },
    },
  ],
  async routes(
    app,
    { cart, wishlist, orders, checkout, reports, handling, documents, addresses, vendorOrders },
  ) {
    await cartRoutes(app, { cart });
    await wishlistRoutes(app, { wishlist });
    await ordersRoutes(app, { orders, checkout });
    await orderHandlingRoutes(app, { orders, handling });
    await shopReportRoutes(app, { reports });
    await orderDocumentsRoutes(app, { documents });
    await addressRoutes(app, { addresses });
    await vendorOrderRoutes(app, { vendorOrders });
  },
});
