/**
 * The Database type: one interface per table. Times are ISO-8601 strings in UTC
 * (`2026-11-22T04:07:14.123Z`) on both dialects, ids are UUIDv7 strings made by
 * the application, money is integer minor units, JSON columns are text.
 */
import type { ColumnType } from 'kysely';

export interface JobsTable {
  id: string;
  type: string;
  payload: string;
  status: 'pending' | 'running' | 'done' | 'dead';
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_by: string | null;
  locked_at: string | null;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

/** A calendar schedule: when it was first seen, and the last period queued (see platform/schedules.ts). */
export interface SchedulesTable {
  name: string;
  created_at: string;
  last_period: string | null;
}

export interface MailOutboxTable {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  created_at: string;
}

export interface IdempotencyKeysTable {
  id: string;
  scope: string;
  key: string;
  fingerprint: string;
  response_status: number | null;
  response_body: string | null;
  created_at: string;
  expires_at: string;
}

export type UserType = 'customer' | 'creator' | 'vendor' | 'staff' | 'manager' | 'admin';

export interface UsersTable {
  id: string;
  email: string;
  username: string;
  password_hash: string;
  first_name: string;
  last_name: string;
  phone: string;
  user_type: UserType;
  is_superuser: boolean;
  is_active: boolean;
  email_verified: boolean;
  status: 'ACTIVE' | 'DRAFT' | 'INACTIVE' | 'REMOVED';
  gender: 'FEMALE' | 'MALE' | 'UNKNOWN';
  kind: string;
  vendor_status: 'pending' | 'approved' | 'rejected' | null;
  date_joined: string;
  last_login: string | null;
  updated_at: string;
  /** `CUST-00001`: customers only. */
  customer_code: string | null;
  /** A new address asked for and not yet confirmed with the link sent to it (`email` is still in force). */
  pending_email: string | null;
}

export interface SigningKeysTable {
  kid: string;
  algorithm: string;
  public_jwk: string;
  private_jwk: string;
  created_at: string;
  retired_at: string | null;
}

/** A signed-in session: one row, updated in place by every refresh (see tokens.ts). */
export interface SessionsTable {
  /** The `sid` claim of every token of the session. */
  id: string;
  user_id: string;
  status: 'active' | 'revoked';
  /** The current refresh token's `jti`. */
  token_id: string;
  /** The current access token's `jti`. */
  access_jti: string;
  /** Seconds since the epoch: the `iat` of the current pair, so it can be re-signed identically. */
  issued_at: number;
  kid: string;
  /** When the current refresh token expires. */
  expires_at: string;
  /** The refresh token the last refresh spent, and when (the grace window of parallel refreshes). */
  previous_token_id: string | null;
  rotated_at: string | null;
  is_remembered: boolean;
  created_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface RevokedTokensTable {
  /** `jti:<token id>` or `fam:<session id>` (named when sessions were refresh-token families). */
  id: string;
  expires_at: string;
}

export interface OneTimeTokensTable {
  id: string;
  purpose: 'verify_email' | 'password_reset' | 'change_email';
  token_hash: string;
  user_id: string;
  email: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  action: string;
  actor_id: string | null;
  actor_email: string | null;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  /** JSON object. */
  details: string;
  created_at: string;
}

export type ApiClientType = 'web' | 'admin' | 'mobile' | 'server' | 'pos';

/** The areas of the bundled web app, each its own public API client. */
export type WebArea = 'storefront' | 'account' | 'pos' | 'admin';

export interface ApiClientsTable {
  id: string;
  /** Public identifier sent in `X-Client-ID`. */
  client_id: string;
  name: string;
  type: ApiClientType;
  /** sha256 (hex) of the key; the key itself is never stored. */
  key_hash: string;
  /** The key's first characters, to tell keys apart in lists. */
  key_prefix: string;
  /** Requests per minute. */
  rate_limit: number;
  /** JSON array of origins (`https://app.example.com`) a `web` client's browser requests may come from. */
  allowed_origins: string;
  is_active: boolean;
  /** A public client (the web app's areas): no key, accepted only from its allowed origins and the app's own. */
  is_public: boolean;
  /** The area of the bundled web app this public client is (one client per area), or null. */
  web_area: WebArea | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface ApiClientUsageTable {
  api_client_id: string;
  /** Start of the hour (UTC, ISO-8601). */
  hour: string;
  requests: number;
  status_2xx: number;
  status_3xx: number;
  status_4xx: number;
  status_5xx: number;
}

export interface SequencesTable {
  name: string;
  value: number;
}

export interface CategoriesTable {
  id: string;
  name: string;
  slug: string;
  parent_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProductsTable {
  id: string;
  name: string;
  slug: string;
  description: string;
  /** Minor units. */
  price: number;
  /**
   * Minor units: the lowest price of a size in stock (of any size when none is;
   * `price` without sizes). Kept by the catalogue (`from-price.ts`) in the
   * transaction of every change to prices or stock; price filters and ordering use it.
   */
  from_price: number;
  category_id: string;
  /** The selling vendor; null for the shop's own products. */
  vendor_id: string | null;
  is_active: boolean;
  created_at: string;
  updated_at: string;
}

export interface ProductVariantsTable {
  id: string;
  product_id: string;
  color: string;
  /** Minor units; null means the product's price. */
  price: number | null;
  position: number;
  created_at: string;
}

export interface ProductSizesTable {
  id: string;
  variant_id: string;
  /** Denormalised from the variant. */
  product_id: string;
  size: string;
  sku: string;
  /** The one stock figure shared by the shop and inventory; never below zero. */
  stock: number;
  position: number;
  created_at: string;
}

export interface ProductImagesTable {
  id: string;
  product_id: string;
  variant_id: string | null;
  /** Relative to MEDIA_ROOT; served at `/media/<path>`. */
  path: string;
  content_type: 'image/jpeg' | 'image/png' | 'image/webp';
  size_bytes: number;
  alt_text: string;
  position: number;
  /** The product's main picture (one per product; the first uploaded until another is chosen). */
  is_main: ColumnType<boolean, boolean | undefined, boolean>;
  /** Pixels of the stored picture (null for pictures stored before they were measured). */
  width: number | null;
  height: number | null;
  /** The WebP web size and thumbnail beside `path` (null for pictures stored before they were made). */
  web_path: string | null;
  thumb_path: string | null;
  created_at: string;
}

export type StockMovementKind = 'initial' | 'sale' | 'cancel' | 'adjustment' | 'return';

export interface StockMovementsTable {
  id: string;
  size_id: string | null;
  sku: string;
  delta: number;
  stock_after: number;
  kind: StockMovementKind;
  reason: string;
  actor_id: string | null;
  order_id: string | null;
  created_at: string;
}

export interface CartsTable {
  id: string;
  user_id: string;
  created_at: string;
  updated_at: string;
}

export interface CartItemsTable {
  id: string;
  cart_id: string;
  size_id: string;
  quantity: number;
  created_at: string;
  updated_at: string;
}

export interface WishlistItemsTable {
  id: string;
  user_id: string;
  product_id: string;
  created_at: string;
}

export type PaymentProviderName = 'manual' | 'stripe';
export type PaymentIntentStatus =
  | 'requires_payment_method'
  | 'processing'
  | 'succeeded'
  | 'voided'
  | 'canceled';

export interface PaymentIntentsTable {
  id: string;
  user_id: string;
  provider: PaymentProviderName;
  /** The provider's id (`pi_...`): the `payment_intent_id` clients see. */
  provider_ref: string;
  /** Minor units. */
  amount: number;
  currency: string;
  status: PaymentIntentStatus;
  /** What it pays for: `order` (the shop), or another module's purpose. */
  purpose: string;
  /** The thing paid for within the purpose (null for an order: the order is made from the intent). */
  reference: string | null;
  /** JSON snapshot of what is paid for; for an order, `[{size_id, quantity, unit_price}]`, the cart when the intent was made. */
  lines: string;
  /** After this the intent can no longer be used to check out (null: intents made before expiry existed). */
  expires_at: string | null;
  /** JSON object or null. */
  shipping_address: string | null;
  created_at: string;
  updated_at: string;
}

export type OrderStatus =
  | 'pending'
  | 'paid'
  | 'processing'
  | 'shipped'
  | 'delivered'
  | 'cancelled'
  | 'refunded';

export interface OrdersTable {
  id: string;
  /** `ORD-000001`. */
  order_number: string;
  user_id: string;
  email: string;
  status: OrderStatus;
  currency: string;
  /** Minor units. */
  subtotal: number;
  total: number;
  /** JSON object. */
  shipping_address: string;
  payment_intent_id: string | null;
  created_at: string;
  updated_at: string;
  paid_at: string | null;
  cancelled_at: string | null;
}

export interface OrderItemsTable {
  id: string;
  order_id: string;
  product_id: string | null;
  size_id: string | null;
  product_name: string;
  product_slug: string;
  variant_color: string;
  size: string;
  sku: string;
  unit_price: number;
  quantity: number;
  position: number;
  /** Units of this line refunded so far (migration 0022); never above `quantity`. */
  refunded_quantity: ColumnType<number, number | undefined, number>;
}

export type PaymentStatus = 'pending' | 'succeeded' | 'refund_pending' | 'refunded' | 'failed' | 'canceled';

export interface PaymentsTable {
  id: string;
  order_id: string;
  /** What it paid for (`order`...) and the id of that thing (the order's id for an order). */
  purpose: string;
  reference: string | null;
  payment_intent_id: string | null;
  provider: PaymentProviderName;
  provider_ref: string;
  method: string;
  amount: number;
  currency: string;
  status: PaymentStatus;
  refunded_amount: number;
  refund_ref: string | null;
  created_at: string;
  updated_at: string;
}

/** A payment the provider declined (checkout answered 402 and changed nothing else). */
export interface PaymentFailuresTable {
  id: string;
  intent_id: string | null;
  purpose: string;
  user_id: string | null;
  provider: PaymentProviderName;
  /** What the customer paid with (a test card, a Stripe method...). */
  method: string;
  /** Minor units. */
  amount: number;
  currency: string;
  /** The error code answered (`PAYMENT_DECLINED`). */
  code: string;
  created_at: string;
}

export interface WebhookEventsTable {
  /** The provider's event id. */
  id: string;
  provider: PaymentProviderName;
  type: string;
  processed_at: string;
}

export interface Database {
  sequences: SequencesTable;
  jobs: JobsTable;
  schedules: SchedulesTable;
  signing_keys: SigningKeysTable;
  sessions: SessionsTable;
  revoked_tokens: RevokedTokensTable;
  one_time_tokens: OneTimeTokensTable;
  audit_log: AuditLogTable;
  mail_outbox: MailOutboxTable;
  idempotency_keys: IdempotencyKeysTable;
  users: UsersTable;
  api_clients: ApiClientsTable;
  api_client_usage: ApiClientUsageTable;
  categories: CategoriesTable;
  products: ProductsTable;
  product_variants: ProductVariantsTable;
  product_sizes: ProductSizesTable;
  product_images: ProductImagesTable;
  stock_movements: StockMovementsTable;
  carts: CartsTable;
  cart_items: CartItemsTable;
  wishlist_items: WishlistItemsTable;
  payment_intents: PaymentIntentsTable;
  orders: OrdersTable;
  order_items: OrderItemsTable;
  payments: PaymentsTable;
  payment_failures: PaymentFailuresTable;
  webhook_events: WebhookEventsTable;
}
