/** The events billing emits (after the change commits). */
export interface BillingEvents {
  /**
   * A subscriber was added, removed, or changed in what the list filters on
   * (status, connection type, package): every instance forgets its counts.
   */
  'subscriber.changed': { subscriberId: string };
}

declare module '../../platform/events.js' {
  interface EventTypes extends BillingEvents {}
}
