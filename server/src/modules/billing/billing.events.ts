/** The events billing emits (after the change commits). */
export interface BillingEvents {
  /**
   * A subscriber was added, changed or removed, or a package changed
   * (`subscriberId` null): every instance forgets the subscriber list it keeps
   * in memory (counts and pages).
   */
  'subscriber.changed': { subscriberId: string | null; packageId?: string };
}

declare module '../../platform/events.js' {
  interface EventTypes extends BillingEvents {}
}
