/**
 * The audit log: every security event (logins and failures, lockouts, logouts,
 * password changes and resets, role and status changes, API-client keys) with
 * who, what, when and from where. Written in the same transaction as the change
 * it records, so the log never claims something that rolled back.
 */
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../platform/auth.js';
import { newId, nowIso } from '../../platform/ids.js';
import type { Executor } from '../../platform/transaction.js';

export type AuditAction =
  | 'auth.login'
  | 'auth.login_failed'
  | 'auth.lockout'
  | 'auth.logout'
  | 'auth.logout_all'
  | 'auth.token_reuse'
  | 'auth.password_changed'
  | 'auth.password_change_failed'
  | 'auth.password_reset_requested'
  | 'auth.password_reset'
  | 'auth.email_verified'
  | 'auth.email_change_requested'
  | 'auth.email_change_failed'
  | 'auth.email_changed'
  | 'auth.protected_field_ignored'
  | 'user.registered'
  | 'user.created'
  | 'user.updated'
  | 'user.phone_cleared'
  | 'user.role_changed'
  | 'user.deactivated'
  | 'vendor.approved'
  | 'vendor.rejected'
  | 'api_client.created'
  | 'api_client.updated'
  | 'api_client.key_rotated'
  | 'api_client.revoked'
  | 'keys.rotated'
  | 'order.cancelled'
  | 'order.status_changed'
  | 'inventory.adjusted';

/** Where a request came from, for the log. */
export interface Origin {
  ip: string | null;
  user_agent: string | null;
}

export function originOf(request: FastifyRequest): Origin {
  const agent = request.headers['user-agent'];
  return { ip: request.ip ?? null, user_agent: agent ? agent.slice(0, 512) : null };
}

export interface AuditEntry {
  action: AuditAction;
  actor?: Pick<AuthUser, 'id' | 'email'> | null;
  target?: { type: string; id: string } | null;
  origin?: Origin;
  details?: Record<string, unknown>;
}

export async function recordAudit(executor: Executor, entry: AuditEntry): Promise<void> {
  await executor
    .insertInto('audit_log')
    .values({
      id: newId(),
      action: entry.action,
      actor_id: entry.actor?.id ?? null,
      actor_email: entry.actor?.email ?? null,
      target_type: entry.target?.type ?? null,
      target_id: entry.target?.id ?? null,
      ip: entry.origin?.ip ?? null,
      user_agent: entry.origin?.user_agent ?? null,
      details: JSON.stringify(entry.details ?? {}),
      created_at: nowIso(),
    })
    .execute();
}
