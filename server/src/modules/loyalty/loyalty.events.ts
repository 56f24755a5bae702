/** The events loyalty emits (after the change commits). */
export interface LoyaltyEvents {
  /** A promotion was created, edited, deactivated or redeemed (its count moved). */
  'promotion.changed': { promotionId: string };
}

declare module '../../platform/events.js' {
  interface EventTypes extends LoyaltyEvents {}
}
