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
  inventory: ['inventory'],
  categories: ['categories'],
  products: ['products'],
  productPages: ['product'],
  product: (slug: string) => ['product', slug],
  vendorProducts: ['vendor-products'],
  orders: ['orders'],
  wishlist: ['wishlist'],
  cart: ['cart'],
  paymentsConfig: ['payments-config'],
  loyaltyAccount: ['admin', 'loyalty-account'],
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
] as const;

/** What a change of an order makes stale (a cancel or refund also returns stock). */
export const ORDER_KEYS = [keys.orders, keys.adminOrders, ...CATALOG_KEYS] as const;
