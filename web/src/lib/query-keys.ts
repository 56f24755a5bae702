/**
 * Cache keys, one root per resource. A page's query is `[...root, its parameters]`;
 * a change invalidates the root, so every page and filter of that resource loads again.
 */
export const keys = {
  adminUsers: ['admin', 'users'],
  adminClients: ['admin', 'clients'],
  clientUsage: (id: string) => ['admin', 'client-usage', id],
  adminOrders: ['admin', 'orders'],
  auditLog: ['admin', 'audit-log'],
  mailOutbox: ['admin', 'mail'],
  mailTemplates: ['admin', 'mail-templates'],
  inventory: ['inventory'],
  categories: ['categories'],
  products: ['products'],
  productPages: ['product'],
  product: (slug: string) => ['product', slug],
  vendorProducts: ['vendor-products'],
  orders: ['orders'],
  addresses: ['addresses'],
  adminCustomer: ['admin', 'customer'],
  vendorOrders: ['vendor-orders'],
  wishlist: ['wishlist'],
  cart: ['cart'],
  paymentsConfig: ['payments-config'],
  loyaltyAccount: ['admin', 'loyalty-account'],
  // Subscription billing: every change there invalidates `billing`, so each page and card loads again.
  billing: ['billing'],
  billingPackages: ['billing', 'packages'],
  billingSubscribers: ['billing', 'subscribers'],
  billingSubscriber: (uid: string) => ['billing', 'subscriber', uid],
  billingLedger: ['billing', 'ledger'],
  billingReport: ['billing', 'report'],
  billingUsers: ['billing', 'users'],
  myBilling: ['billing', 'mine'],
  myProfile: ['account', 'profile'],
  myLoyalty: ['account', 'loyalty'],
  reports: ['admin', 'reports'],
  loyaltyCard: ['loyalty', 'me'],
  promotions: ['admin', 'promotions'],
} as const;

/** What a change of stock or of a product makes stale, wherever it is shown. */
export const CATALOG_KEYS = [
  keys.inventory,
  keys.products,
  keys.productPages,
  keys.vendorProducts,
  keys.wishlist,
  keys.reports,
] as const;

/** What a change of an order makes stale (a cancel or refund also returns stock). */
export const ORDER_KEYS = [
  keys.orders,
  keys.adminOrders,
  keys.adminCustomer,
  keys.vendorOrders,
  ...CATALOG_KEYS,
] as const;
