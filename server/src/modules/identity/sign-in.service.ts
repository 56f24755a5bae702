/**
 * Signing in and out: logins (email, username or phone), HTTP Basic on
 * `/api/v1/`, token refresh, logout of one session or all of them.
 */
import type { Config } from '../../config.js';
import type { DB } from '../../db/dialect.js';
import type { UserType } from '../../db/schema.js';
import { type Origin, recordAudit } from '../../platform/audit.js';
import type { AuthUser } from '../../platform/auth.js';
import { AppError } from '../../platform/errors.js';
import { nowIso } from '../../platform/ids.js';
import { transaction } from '../../platform/transaction.js';
import { IdentityErrors } from './identity.errors.js';
import { accountKey, type LoginThrottle } from './login-throttle.js';
import type { PasswordChecks } from './password-checks.js';
import { dummyVerify, hashPassword, verifyPassword } from './passwords.js';
import { phoneLookupKey } from './phones.js';
import type { TokenPair, TokenService } from './tokens.js';
import * as users from './users.repository.js';
import { invalidInput } from './users.service.js';

const LOGIN_FAILED = 'No active account found with the given credentials.';

export interface SignInDeps {
  db: DB;
  config: Pick<Config, 'REQUIRE_EMAIL_VERIFICATION' | 'PHONE_DEFAULT_REGION'>;
  tokens: TokenService;
  throttle: LoginThrottle;
  checks: PasswordChecks;
  /** Called after a user's row changed, so cached copies are dropped. */
  onUserChanged: (userId: string) => void;
}

export class SignInService {
  constructor(private readonly deps: SignInDeps) {}

  /**
   * Checks the credentials (`email`, or `username`, or `phone`) under the
   * brute-force limits and starts a session. One message for every wrong
   * credential, and the same time taken whether the account exists or not.
   */
  async login(
    credentials: { email?: string; username?: string; phone?: string; password: string },
    options: { origin: Origin; remember?: boolean; only?: UserType; onlyDetail?: string },
  ): Promise<{ user: users.UserRow; pair: TokenPair }> {
    const identifier = (credentials.email ?? credentials.username ?? credentials.phone ?? '')
      .trim()
      .toLowerCase();
    if (!identifier) invalidInput({ email: ['This field is required.'] });
    const ip = options.origin.ip ?? 'unknown';
    const { throttle, db } = this.deps;
    const user = credentials.email
      ? await users.findByEmail(db, identifier)
      : credentials.username
        ? await users.findByUsername(db, identifier)
        : await users.findByPhone(db, phoneLookupKey(identifier, this.deps.config.PHONE_DEFAULT_REGION));
    const account = accountKey(user, identifier);
    const { lastTry } = await throttle.attempt(account, ip);
    const check = user
      ? await verifyPassword(user.password_hash, credentials.password)
      : await dummyVerify(credentials.password);
    if (!user || !check.ok || !user.is_active) {
      await this.deps.checks.auditFailure(
        'auth.login_failed',
        user,
        options.origin,
        { identifier, reason: !user ? 'unknown account' : !check.ok ? 'wrong password' : 'inactive account' },
        lastTry,
      );
      // Only someone who knows the password learns that the account is deactivated.
      if (user && check.ok) throw IdentityErrors.accountInactive();
      throw new AppError({ status: 401, code: 'INVALID_CREDENTIALS', detail: LOGIN_FAILED });
    }
    await throttle.succeed(account, ip);
    if (this.deps.config.REQUIRE_EMAIL_VERIFICATION && !user.email_verified) {
      throw new AppError({
        status: 403,
        code: 'EMAIL_NOT_VERIFIED',
        detail: 'Verify your email address before signing in; we can send the link again.',
      });
    }
    if (options.only && user.user_type !== options.only) {
      throw AppError.forbidden(
        options.onlyDetail ?? 'This account cannot sign in here.',
        `NOT_A_${options.only.toUpperCase()}`,
      );
    }
    const newHash = check.needsRehash ? await hashPassword(credentials.password) : undefined;
    const pending = await transaction(db, async (trx) => {
      const now = nowIso();
      await users.recordLogin(trx, user.id, now, newHash);
      await recordAudit(trx, {
        action: 'auth.login',
        actor: user,
        origin: options.origin,
        details: newHash ? { password_rehashed: true } : {},
      });
      return this.deps.tokens.issue(trx, user, {
        remember: options.remember ?? false,
        origin: options.origin,
      });
    });
    this.deps.onUserChanged(user.id);
    return { user: { ...user, last_login: nowIso() }, pair: await this.deps.tokens.sign(pending) };
  }

  /**
   * HTTP Basic on `/api/v1/`: the user whose email or username and
   * password these are, under the same brute-force limits as a login, without
   * starting a session. Any failure is 401 `INVALID_CREDENTIALS` (429 when throttled).
   */
  async checkPassword(identifier: string, password: string, origin: Origin): Promise<users.UserRow> {
    const name = identifier.trim().toLowerCase();
    const { throttle, db } = this.deps;
    const user = name.includes('@')
      ? await users.findByEmail(db, name)
      : await users.findByUsername(db, name);
    const account = accountKey(user, name);
    await throttle.attempt(account, origin.ip ?? 'unknown');
    const check = user ? await verifyPassword(user.password_hash, password) : await dummyVerify(password);
    if (!user || !check.ok || !user.is_active) {
      await recordAudit(db, {
        action: 'auth.login_failed',
        actor: user ? { id: user.id, email: user.email } : null,
        origin,
        details: { identifier: name, method: 'basic' },
      });
      throw new AppError({ status: 401, code: 'INVALID_CREDENTIALS', detail: LOGIN_FAILED });
    }
    await throttle.succeed(account, origin.ip ?? 'unknown');
    return user;
  }

  refresh(refreshToken: string, origin: Origin) {
    return this.deps.tokens.rotate(refreshToken, origin);
  }

  /**
   * Ends one session: the refresh token's (or, without one, the access
   * token's), and refuses the access token in hand for the rest of its life.
   */
  async logout(
    actor: AuthUser | null,
    refreshToken: string | undefined,
    accessClaims: { jti: string; exp: number; sid: string } | null,
    origin: Origin,
  ): Promise<void> {
    let sessionId: string | undefined;
    let userId = actor?.id;
    if (refreshToken) {
      const session = await this.deps.tokens.sessionOf(refreshToken);
      if (actor && session.userId !== actor.id)
        throw new AppError({ status: 401, code: 'TOKEN_INVALID', detail: 'Token is invalid or expired.' });
      sessionId = session.sessionId;
      userId = session.userId;
    }
    sessionId ??= accessClaims?.sid;
    if (!sessionId && !accessClaims) {
      invalidInput({ refresh: ['This field is required.'] });
    }
    await transaction(this.deps.db, async (trx) => {
      if (sessionId && userId) {
        await this.deps.tokens.revokeSessions(trx, { userId, sessionIds: [sessionId], reason: 'logout' });
      }
      if (accessClaims) await this.deps.tokens.revokeAccessToken(trx, accessClaims);
      await recordAudit(trx, {
        action: 'auth.logout',
        actor,
        origin,
        details: sessionId ? { session: sessionId } : {},
      });
    });
  }

  async logoutAll(actor: AuthUser, origin: Origin): Promise<number> {
    return transaction(this.deps.db, async (trx) => {
      const count = await this.deps.tokens.revokeUserSessions(trx, actor.id, 'logout_all');
      await recordAudit(trx, { action: 'auth.logout_all', actor, origin, details: { sessions: count } });
      return count;
    });
  }
}
