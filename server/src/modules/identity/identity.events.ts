/**
 * The events identity emits (after the change commits). Other modules
 * subscribe to them in their module definition; payloads carry ids, not rows.
 */
import type { UserType } from '../../db/schema.js';

export interface IdentityEvents {
  /** A new account, by self-registration, an admin or an import. */
  'user.registered': { userId: string; email: string; userType: UserType };
  /** The user confirmed their email address. */
  'user.verified': { userId: string; email: string };
  /** An admin deactivated the account (its sessions are revoked with it). */
  'user.deactivated': { userId: string; userType: UserType };
  /**
   * What other modules show of a user (name, email, phone, username, role,
   * gender) may have changed: by the user, by an admin, or a confirmed new
   * email. What they keep in memory of users goes (a login is not a change).
   */
  'user.changed': { userId: string };
  /** A session ended before its time: logout, logout-all, password change, reuse of a refresh token. */
  'session.revoked': { userId: string; sessionIds: string[] | 'all'; reason: string };
  /**
   * Who may sell changed: a vendor approved, rejected, deactivated, reactivated
   * or given another role. The catalogue hides the products of vendors who may not sell.
   */
  'seller.changed': { userId: string };
  /**
   * An API client was updated, got a new key or was revoked: every instance's
   * API-client check forgets what it cached of it.
   */
  'api_client.changed': { clientId: string };
}

declare module '../../platform/events.js' {
  interface EventTypes extends IdentityEvents {}
}
