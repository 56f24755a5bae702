/**
 * Checking a known user's password where it guards something (a login, a
 * password or email change), under the brute-force limits, with failures and
 * lockouts audited.
 */
import type { DB } from '../../db/dialect.js';
import { type Origin, recordAudit } from '../../platform/audit.js';
import { transaction } from '../../platform/transaction.js';
import { accountKey, type LoginThrottle } from './login-throttle.js';
import { verifyPassword } from './passwords.js';
import type { UserRow } from './users.repository.js';
import { invalidInput } from './users.service.js';

export type FailedCheck = 'auth.login_failed' | 'auth.password_change_failed' | 'auth.email_change_failed';

export class PasswordChecks {
  constructor(private readonly deps: { db: DB; throttle: LoginThrottle }) {}

  /**
   * Checks a signed-in user's password before a sensitive change, under the
   * same failure limit as logins (the account's count: 429 past it), so a
   * session alone cannot guess it; a wrong one is audited as `action` and
   * answered with an error on `field`.
   */
  async confirm(
    user: UserRow,
    password: string,
    field: 'old_password' | 'password',
    origin: Origin,
    action: Exclude<FailedCheck, 'auth.login_failed'>,
  ): Promise<void> {
    const { throttle } = this.deps;
    const account = accountKey(user, user.email);
    const ip = origin.ip ?? 'unknown';
    const { lastTry } = await throttle.attempt(account, ip);
    const check = await verifyPassword(user.password_hash, password);
    if (check.ok) return throttle.succeed(account, ip);
    await this.auditFailure(action, user, origin, { reason: 'wrong password' }, lastTry);
    invalidInput({
      [field]: [
        field === 'old_password'
          ? 'Your old password was entered incorrectly. Please enter it again.'
          : 'Your password was entered incorrectly. Please enter it again.',
      ],
    });
  }

  /** Audits a failed password check, and the lockout when it was the account's last try. */
  async auditFailure(
    action: FailedCheck,
    user: UserRow | undefined,
    origin: Origin,
    details: Record<string, unknown>,
    lastTry: boolean,
  ): Promise<void> {
    const actor = user ? { id: user.id, email: user.email } : null;
    await transaction(this.deps.db, async (trx) => {
      await recordAudit(trx, { action, actor, origin, details });
      if (lastTry) await recordAudit(trx, { action: 'auth.lockout', actor, origin, details });
    });
  }
}
