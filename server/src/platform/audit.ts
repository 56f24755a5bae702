/**
 * The audit log, written by every module: every security event (logins and failures, lockouts, logouts,
 * password changes and resets, role and status changes, API-client keys) with
 * who, what, when and from where. Written in the same transaction as the change
 * it records, so the log never claims something that rolled back.
 */
import type { FastifyRequest } from 'fastify';
import { containsInsensitive } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import type { AuthUser } from './auth.js';
import { isUuid, newId, nowIso } from './ids.js';

/** The actions the log knows; a module adds its own with `declare module` (one line each). */
export interface AuditActions {
  'user.phone_cleared': true;
  'auth.email_changed': true;
  'auth.email_change_failed': true;
  'auth.email_change_requested': true;
  'auth.password_change_failed': true;
  'auth.login': true;
  'auth.login_failed': true;
  'auth.lockout': true;
  'auth.logout': true;
  'auth.logout_all': true;
  'auth.token_reuse': true;
  'auth.password_changed': true;
  'auth.password_reset_requested': true;
  'auth.password_reset': true;
  'auth.email_verified': true;
  'auth.protected_field_ignored': true;
  'user.registered': true;
  'user.created': true;
  'user.updated': true;
  'user.role_changed': true;
  'user.deactivated': true;
  'vendor.approved': true;
  'vendor.rejected': true;
  'api_client.created': true;
  'api_client.updated': true;
  'api_client.key_rotated': true;
  'api_client.revoked': true;
  'keys.rotated': true;
  'order.cancelled': true;
  'order.status_changed': true;
  'inventory.adjusted': true;
}

export type AuditAction = keyof AuditActions & string;

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

export interface AuditLogFilter {
  /** A user's id (as actor or target), or part of the actor's email. */
  user?: string | undefined;
  /** An action, or every action under a prefix that ends with a dot (`auth.`). */
  action?: string | undefined;
  /** ISO-8601 instants: from `since` (included) to `until` (excluded). */
  since?: string | undefined;
  until?: string | undefined;
}

/** The entries of the log that match, without selection or order (the count and the page share it). */
export function auditLogQuery(executor: Executor, f: AuditLogFilter) {
  let query = executor.selectFrom('audit_log');
  const user = f.user;
  if (user) {
    // Ids are compared only when the value is one (PostgreSQL refuses to compare text with a uuid).
    query = query.where((eb) =>
      eb.or([
        ...(isUuid(user) ? [eb('actor_id', '=', user), eb('target_id', '=', user)] : []),
        containsInsensitive(executor, eb.ref('actor_email'), user),
      ]),
    );
  }
  if (f.action)
    query = f.action.endsWith('.')
      ? query.where('action', 'like', `${f.action}%`)
      : query.where('action', '=', f.action);
  if (f.since) query = query.where('created_at', '>=', f.since);
  if (f.until) query = query.where('created_at', '<', f.until);
  return query;
}

/** Every column of `auditLogQuery`, newest first. */
export function auditLogColumns(query: ReturnType<typeof auditLogQuery>) {
  return query.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc');
}
