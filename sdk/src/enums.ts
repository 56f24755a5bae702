/**
 * Generated from sdk/openapi.json by `npm run sdk:generate`. Do not edit.
 * Every enumerated property's values, in the API's order.
 */

import type { components } from './schema.js';

export const enumValues = {
  Readiness: {
    database: ["sqlite", "postgres"] as const satisfies readonly NonNullable<components['schemas']["Readiness"]["database"]>[],
  },
  User: {
    user_type: ["customer", "creator", "vendor", "staff", "manager", "admin"] as const satisfies readonly NonNullable<components['schemas']["User"]["user_type"]>[],
    vendor_status: ["pending", "approved", "rejected"] as const satisfies readonly NonNullable<components['schemas']["User"]["vendor_status"]>[],
  },
  AdminUser: {
    user_type: ["customer", "creator", "vendor", "staff", "manager", "admin"] as const satisfies readonly NonNullable<components['schemas']["AdminUser"]["user_type"]>[],
    vendor_status: ["pending", "approved", "rejected"] as const satisfies readonly NonNullable<components['schemas']["AdminUser"]["vendor_status"]>[],
    status: ["ACTIVE", "DRAFT", "INACTIVE", "REMOVED"] as const satisfies readonly NonNullable<components['schemas']["AdminUser"]["status"]>[],
    gender: ["FEMALE", "MALE", "UNKNOWN"] as const satisfies readonly NonNullable<components['schemas']["AdminUser"]["gender"]>[],
  },
  StockMovement: {
    kind: ["initial", "sale", "cancel", "adjustment", "return"] as const satisfies readonly NonNullable<components['schemas']["StockMovement"]["kind"]>[],
  },
  PaymentMethod: {
    kind: ["test_card", "offline"] as const satisfies readonly NonNullable<components['schemas']["PaymentMethod"]["kind"]>[],
    outcome: ["succeeds", "declined", "pending"] as const satisfies readonly NonNullable<components['schemas']["PaymentMethod"]["outcome"]>[],
  },
  PaymentsConfig: {
    provider: ["manual", "stripe"] as const satisfies readonly NonNullable<components['schemas']["PaymentsConfig"]["provider"]>[],
  },
  CartItem: {
    unavailable_reason: ["inactive", "out_of_stock", "insufficient_stock"] as const satisfies readonly NonNullable<components['schemas']["CartItem"]["unavailable_reason"]>[],
  },
  Order: {
    status: ["pending", "paid", "processing", "shipped", "delivered", "cancelled", "refunded"] as const satisfies readonly NonNullable<components['schemas']["Order"]["status"]>[],
  },
  PaymentIntent: {
    provider: ["manual", "stripe"] as const satisfies readonly NonNullable<components['schemas']["PaymentIntent"]["provider"]>[],
  },
  AdminOrder: {
    status: ["pending", "paid", "processing", "shipped", "delivered", "cancelled", "refunded"] as const satisfies readonly NonNullable<components['schemas']["AdminOrder"]["status"]>[],
  },
  OrderTimelineEntry: {
    kind: ["placed", "payment", "payment_failed", "status", "refund", "mail", "note", "tracking"] as const satisfies readonly NonNullable<components['schemas']["OrderTimelineEntry"]["kind"]>[],
    from: ["pending", "paid", "processing", "shipped", "delivered", "cancelled", "refunded"] as const satisfies readonly NonNullable<components['schemas']["OrderTimelineEntry"]["from"]>[],
    to: ["pending", "paid", "processing", "shipped", "delivered", "cancelled", "refunded"] as const satisfies readonly NonNullable<components['schemas']["OrderTimelineEntry"]["to"]>[],
  },
  OrderRefund: {
    status: ["pending", "succeeded", "failed", "with_payment"] as const satisfies readonly NonNullable<components['schemas']["OrderRefund"]["status"]>[],
  },
  AdminOrderDetail: {
    status: ["pending", "paid", "processing", "shipped", "delivered", "cancelled", "refunded"] as const satisfies readonly NonNullable<components['schemas']["AdminOrderDetail"]["status"]>[],
  },
  VendorOrder: {
    status: ["pending", "paid", "processing", "shipped", "delivered", "cancelled", "refunded"] as const satisfies readonly NonNullable<components['schemas']["VendorOrder"]["status"]>[],
  },
  LoyaltyLedgerEntry: {
    kind: ["earn", "redeem", "adjust", "reverse", "expire"] as const satisfies readonly NonNullable<components['schemas']["LoyaltyLedgerEntry"]["kind"]>[],
  },
  LoyaltyPromotion: {
    kind: ["percent_off", "amount_off", "free_item", "bonus_points"] as const satisfies readonly NonNullable<components['schemas']["LoyaltyPromotion"]["kind"]>[],
  },
  BillingUserList: {
    role: ["ADMIN", "CUSTOMER", "MANAGER", "STAFF", "SUPER_ADMIN", "OTHER"] as const satisfies readonly NonNullable<components['schemas']["BillingUserList"]["role"]>[],
    gender: ["FEMALE", "MALE", "UNKNOWN"] as const satisfies readonly NonNullable<components['schemas']["BillingUserList"]["gender"]>[],
  },
  BillingCustomer: {
    connection_type: ["DHCP", "STATIC", "PPPoE"] as const satisfies readonly NonNullable<components['schemas']["BillingCustomer"]["connection_type"]>[],
    status: ["ACTIVE", "DRAFT", "INACTIVE", "REMOVED"] as const satisfies readonly NonNullable<components['schemas']["BillingCustomer"]["status"]>[],
  },
  BillingPayment: {
    kind: ["BILL", "PAYMENT"] as const satisfies readonly NonNullable<components['schemas']["BillingPayment"]["kind"]>[],
    billing_month: ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"] as const satisfies readonly NonNullable<components['schemas']["BillingPayment"]["billing_month"]>[],
    payment_method: ["BANK_TRANSFER", "BKASH", "CASH", "NAGAD", "MOBILE_BANKING", "ONLINE_PAYMENT", "ROCKET", "OTHER"] as const satisfies readonly NonNullable<components['schemas']["BillingPayment"]["payment_method"]>[],
  },
  BillingBillRun: {
    billing_month: ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"] as const satisfies readonly NonNullable<components['schemas']["BillingBillRun"]["billing_month"]>[],
  },
  BillingUserDetail: {
    role: ["ADMIN", "CUSTOMER", "MANAGER", "STAFF", "SUPER_ADMIN", "OTHER"] as const satisfies readonly NonNullable<components['schemas']["BillingUserDetail"]["role"]>[],
    gender: ["FEMALE", "MALE", "UNKNOWN"] as const satisfies readonly NonNullable<components['schemas']["BillingUserDetail"]["gender"]>[],
    status: ["ACTIVE", "DRAFT", "INACTIVE", "REMOVED"] as const satisfies readonly NonNullable<components['schemas']["BillingUserDetail"]["status"]>[],
  },
} as const;
