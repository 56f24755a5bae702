/**
 * Passwords: a signed-in user's change (the old one asked for), and the reset
 * link for someone who forgot theirs. Either ends every session and every
 * unused reset or email-change link.
 */
import type { Config } from '../../config.js';
import type { DB } from '../../db/dialect.js';
import { type Origin, recordAudit } from '../../platform/audit.js';
import type { AuthUser } from '../../platform/auth.js';
import type { JobQueue } from '../../platform/jobs.js';
import type { Mailer } from '../../platform/mail.js';
import { type Trx, transaction } from '../../platform/transaction.js';
import { accountKey, type LoginThrottle } from './login-throttle.js';
import type { MailLinkCaps } from './mail-caps.js';
import type { OneTimeLinks } from './one-time-links.js';
import type { PasswordChecks } from './password-checks.js';
import { hashPassword, passwordProblems } from './passwords.js';
import type { TokenPair, TokenService } from './tokens.js';
import * as users from './users.repository.js';
import { activeUserOrThrow, invalidInput } from './users.service.js';

declare module '../../platform/jobs.js' {
  interface JobTypes {
    'identity.password_reset': { email: string; origin: Origin };
  }
}

export interface PasswordDeps {
  db: DB;
  config: Pick<Config, 'PUBLIC_URL'>;
  tokens: TokenService;
  mailer: Mailer;
  jobs: JobQueue;
  throttle: LoginThrottle;
  mailCaps: MailLinkCaps;
  checks: PasswordChecks;
  links: OneTimeLinks;
}

export class PasswordService {
  constructor(private readonly deps: PasswordDeps) {}

  /** Changes the password and ends every session; returns a fresh pair for the one making the change. */
  async changePassword(
    actor: AuthUser,
    oldPassword: string,
    newPassword: string,
    origin: Origin,
  ): Promise<TokenPair> {
    const user = await activeUserOrThrow(this.deps.db, actor.id);
    await this.deps.checks.confirm(user, oldPassword, 'old_password', origin, 'auth.password_change_failed');
    const problems = passwordProblems(newPassword, user);
    if (oldPassword === newPassword) problems.push('The new password must differ from the old one.');
    if (problems.length) invalidInput({ new_password: problems });
    const hash = await hashPassword(newPassword);
    const pending = await transaction(this.deps.db, async (trx) => {
      // The new session keeps the current one's "remember me".
      const remember = actor.session_id ? await this.deps.tokens.isRemembered(trx, actor.session_id) : false;
      await this.#replacePassword(trx, user, hash, { action: 'auth.password_changed', actor, origin });
      await this.deps.mailer.queue(trx, {
        to: user.email,
        template: 'account.password_changed',
        data: {
          name: user.first_name || user.username,
          resetUrl: `${this.deps.config.PUBLIC_URL}/forgot-password`,
        },
      });
      return this.deps.tokens.issue(trx, user, { remember, origin });
    });
    return this.deps.tokens.sign(pending);
  }

  /**
   * Answers the same, in the same time, known email or not (the work is a
   * job); a known, active account gets a one-hour link.
   */
  async requestPasswordReset(emailInput: string, origin: Origin): Promise<void> {
    const email = emailInput.trim().toLowerCase();
    // Past the caps the answer stays the same; only the mail is not sent.
    if (await this.deps.mailCaps.take('password_reset', email, origin.ip)) return;
    await this.deps.jobs.enqueue(this.deps.db, 'identity.password_reset', { email, origin });
  }

  /** The `identity.password_reset` job: the request only queued it (same answer and time for any email). */
  async sendPasswordReset(email: string, origin: Origin): Promise<void> {
    const user = await users.findByEmail(this.deps.db, email);
    if (!user?.is_active) return;
    await transaction(this.deps.db, async (trx) => {
      const link = await this.deps.links.issue(trx, user, 'password_reset');
      await recordAudit(trx, {
        action: 'auth.password_reset_requested',
        actor: null,
        target: { type: 'user', id: user.id },
        origin,
      });
      await this.deps.mailer.queue(trx, {
        to: user.email,
        template: 'account.password_reset',
        data: { name: user.first_name || user.username, link },
      });
    });
  }

  async confirmPasswordReset(token: string, newPassword: string, origin: Origin): Promise<void> {
    const { db } = this.deps;
    const found = await this.deps.links.find(db, token, ['password_reset']);
    const user = await activeUserOrThrow(db, found.user_id);
    const problems = passwordProblems(newPassword, user);
    if (problems.length) invalidInput({ new_password: problems });
    const hash = await hashPassword(newPassword);
    await transaction(db, async (trx) => {
      await this.deps.links.consume(trx, found.id);
      await this.#replacePassword(trx, user, hash, { action: 'auth.password_reset', actor: user, origin });
    });
    await this.deps.throttle.succeed(accountKey(user, user.email));
  }

  /**
   * Stores a new password hash, ends every session of the user and every
   * password-reset link still unused (one sent before the change must not undo
   * it), and audits it (with how many sessions ended).
   */
  async #replacePassword(
    trx: Trx,
    user: users.UserRow,
    hash: string,
    audit: {
      action: 'auth.password_changed' | 'auth.password_reset';
      actor: Pick<AuthUser, 'id' | 'email'>;
      origin: Origin;
    },
  ): Promise<void> {
    // A new password also ends a pending email change: whoever asked for it with the
    // old password (perhaps not the owner, whom the notice told to change it) loses the link.
    await users.setPassword(trx, user.id, hash);
    const revoked = await this.deps.tokens.revokeUserSessions(trx, user.id, 'password_changed');
    await this.deps.links.revoke(trx, user.id, ['password_reset', 'change_email']);
    await recordAudit(trx, {
      ...audit,
      target: { type: 'user', id: user.id },
      details: { sessions_revoked: revoked },
    });
  }
}
