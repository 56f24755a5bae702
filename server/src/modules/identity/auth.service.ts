/**
 * The identity use cases: register, log in, refresh, log out, profile, change
 * and reset passwords, verify email. Knows nothing of HTTP: routes, the CLI and
 * tests call it directly. Every change and its audit entry share a transaction;
 * mails are queued in it and sent after commit.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Config } from '../../config.js';
import { type DB, isUniqueViolation } from '../../db/dialect.js';
import type { OneTimeTokensTable, UserType } from '../../db/schema.js';
import { type Origin, recordAudit } from '../../platform/audit.js';
import { type AuthUser, isStaffType } from '../../platform/auth.js';
import { AppError, type FieldErrors } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events.js';
import { newId, nowIso } from '../../platform/ids.js';
import type { JobQueue } from '../../platform/jobs.js';
import type { Mailer } from '../../platform/mail.js';
import { rateLimited } from '../../platform/rate-limit.js';
import { type Executor, type Trx, transaction } from '../../platform/transaction.js';
import { IdentityErrors } from './identity.errors.js';
import { accountKey, type LoginThrottle } from './login-throttle.js';
import type { MailLinkCaps } from './mail-caps.js';
import { dummyVerify, hashPassword, passwordProblems, verifyPassword } from './passwords.js';
import { checkPhone, PHONE_TAKEN, phoneLookupKey } from './phones.js';
import type { TokenPair, TokenService } from './tokens.js';
import * as users from './users.repository.js';
import { nextCustomerCode } from './users.service.js';

export const SELF_REGISTERABLE: readonly UserType[] = ['customer', 'creator', 'vendor'];

export interface UserDto {
  id: string;
  email: string;
  username: string;
  first_name: string;
  last_name: string;
  phone: string;
  user_type: UserType;
  is_staff: boolean;
  is_superuser: boolean;
  email_verified: boolean;
  /** A new address waiting to be confirmed with the link sent to it; `email` stays in force until then. */
  pending_email: string | null;
  vendor_status: 'pending' | 'approved' | 'rejected' | null;
  date_joined: string;
  last_login: string | null;
}

export function toUserDto(u: users.UserRow): UserDto {
  return {
    id: u.id,
    email: u.email,
    username: u.username,
    first_name: u.first_name,
    last_name: u.last_name,
    phone: u.phone,
    user_type: u.user_type,
    is_staff: isStaffType(u.user_type),
    is_superuser: u.is_superuser,
    email_verified: u.email_verified,
    pending_email: u.pending_email,
    vendor_status: u.vendor_status,
    date_joined: u.date_joined,
    last_login: u.last_login,
  };
}

export function toAuthUser(u: users.UserRow, claims: { jti: string; sid: string } | null): AuthUser {
  return {
    id: u.id,
    email: u.email,
    username: u.username,
    user_type: u.user_type,
    is_superuser: u.is_superuser,
    is_staff: isStaffType(u.user_type),
    vendor_status: u.vendor_status,
    token_id: claims?.jti ?? null,
    session_id: claims?.sid ?? null,
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const USERNAME = /^[\w.@+-]{1,150}$/;
const VERIFY_EMAIL_TTL_MS = 24 * 3600_000;
const PASSWORD_RESET_TTL_MS = 3600_000;
const CHANGE_EMAIL_TTL_MS = 24 * 3600_000;

type OneTimePurpose = OneTimeTokensTable['purpose'];

function fail(errors: FieldErrors): never {
  throw AppError.badRequest(`Invalid input: check ${Object.keys(errors).join(', ')}.`, errors);
}

const LOGIN_FAILED = 'No active account found with the given credentials.';

export interface RegisterInput {
  email: string;
  username?: string;
  password: string;
  password2?: string;
  first_name?: string;
  last_name?: string;
  phone?: string;
  user_type?: string;
}

declare module '../../platform/jobs.js' {
  interface JobTypes {
    'identity.password_reset': { email: string; origin: Origin };
    'identity.verification_resend': { email: string };
  }
}

export interface IdentityDeps {
  db: DB;
  config: Pick<Config, 'PUBLIC_URL' | 'REQUIRE_EMAIL_VERIFICATION' | 'PHONE_DEFAULT_REGION'>;
  tokens: TokenService;
  mailer: Mailer;
  jobs: JobQueue;
  events: EventBus;
  throttle: LoginThrottle;
  /** Caps on link mails per address and per IP (reset, verification, email change). */
  mailCaps: MailLinkCaps;
  /** Called after a user's row changed, so cached copies are dropped. */
  onUserChanged: (userId: string) => void;
}

export class IdentityService {
  constructor(private readonly deps: IdentityDeps) {}

  // ---- registration -----------------------------------------------------------

  /** Self-registration: customers, creators and vendors only (vendors start pending). */
  async register(
    input: RegisterInput,
    options: { defaultType: UserType; origin: Origin; remember?: boolean },
  ): Promise<{ user: UserDto; pair: TokenPair | null }> {
    const type = (input.user_type ?? options.defaultType) as UserType;
    if (!SELF_REGISTERABLE.includes(type)) {
      fail({
        user_type: [
          `Choose one of: ${SELF_REGISTERABLE.join(', ')}. Staff accounts are created by an administrator.`,
        ],
      });
    }
    const email = input.email.trim().toLowerCase();
    const username = (input.username ?? email.split('@')[0] ?? '').trim();
    const errors: FieldErrors = {};
    if (!EMAIL.test(email)) errors.email = ['Enter a valid email address.'];
    if (!USERNAME.test(username))
      errors.username = ['Enter a valid username: letters, digits and @/./+/-/_ only.'];
    if (input.password2 !== undefined && input.password2 !== input.password)
      errors.password2 = ["Password fields didn't match."];
    const problems = passwordProblems(input.password, {
      email,
      username,
      first_name: input.first_name,
      last_name: input.last_name,
    });
    if (problems.length) errors.password = problems;
    if (!errors.email && (await users.findByEmail(this.deps.db, email)))
      errors.email = ['A user with that email already exists.'];
    if (!errors.username && (await users.findByUsername(this.deps.db, username)))
      errors.username = ['A user with that username already exists.'];
    const phone = await checkPhone(
      this.deps.db,
      input.phone ?? '',
      this.deps.config.PHONE_DEFAULT_REGION,
      undefined,
      errors,
    );
    if (Object.keys(errors).length) fail(errors);

    const passwordHash = await hashPassword(input.password);
    const created = await transaction(this.deps.db, async (trx) => {
      const now = nowIso();
      const row: users.UserRow = {
        customer_code: type === 'customer' ? await nextCustomerCode(trx) : null,
        id: newId(),
        email,
        username,
        password_hash: passwordHash,
        first_name: input.first_name?.trim() ?? '',
        last_name: input.last_name?.trim() ?? '',
        phone: phone ?? '',
        user_type: type,
        is_superuser: false,
        is_active: true,
        email_verified: false,
        status: 'ACTIVE',
        gender: 'UNKNOWN',
        kind: '',
        vendor_status: type === 'vendor' ? 'pending' : null,
        date_joined: now,
        last_login: null,
        updated_at: now,
        pending_email: null,
      };
      await users.insert(trx, row);
      await recordAudit(trx, {
        action: 'user.registered',
        actor: row,
        target: { type: 'user', id: row.id },
        origin: options.origin,
        details: { user_type: type },
      });
      await this.deps.events.emit(trx, 'user.registered', {
        userId: row.id,
        email: row.email,
        userType: type,
      });
      await this.#sendVerification(trx, row, true);
      if (this.deps.config.REQUIRE_EMAIL_VERIFICATION) return { user: toUserDto(row), pending: null };
      return {
        user: toUserDto(row),
        pending: await this.deps.tokens.issue(trx, row, {
          origin: options.origin,
          remember: options.remember ?? false,
        }),
      };
    }).catch(async (err: unknown) => {
      // Taken by a registration racing this one: say which field.
      if (isUniqueViolation(err)) fail(await takenFields(this.deps.db, { id: '', email, username, phone }));
      throw err;
    });
    return {
      user: created.user,
      pair: created.pending ? await this.deps.tokens.sign(created.pending) : null,
    };
  }

  // ---- login ------------------------------------------------------------------

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
    if (!identifier) fail({ email: ['This field is required.'] });
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
      await this.#auditFailure(
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
      await trx
        .updateTable('users')
        .set({ last_login: now, ...(newHash ? { password_hash: newHash, updated_at: now } : {}) })
        .where('id', '=', user.id)
        .execute();
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
   * HTTP Basic on `/api/v1/` (SPEC §2): the user whose email or username and
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

  // ---- logout -----------------------------------------------------------------

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
      fail({ refresh: ['This field is required.'] });
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

  // ---- profile ----------------------------------------------------------------

  async getUserOrThrow(executor: Executor, id: string): Promise<users.UserRow> {
    const user = await users.findById(executor, id);
    if (!user?.is_active) throw AppError.notFound('User not found.', 'USER_NOT_FOUND');
    return user;
  }

  /**
   * Changes the user's own editable fields. Read-only ones (`user_type`,
   * `is_staff`, `is_superuser`, `email_verified`...) are ignored and the attempt
   * is audited. A new email needs the current `password`, and takes effect
   * only once confirmed with the link mailed to it (it is `pending_email` until
   * then); the old address is told.
   */
  async updateProfile(
    actor: AuthUser,
    changes: Partial<
      Record<'first_name' | 'last_name' | 'username' | 'phone' | 'email' | 'password', string>
    >,
    ignored: string[],
    origin: Origin,
  ): Promise<UserDto> {
    const { db } = this.deps;
    const current = await this.getUserOrThrow(db, actor.id);
    const errors: FieldErrors = {};
    const update: Partial<users.UserRow> = {};
    if (changes.first_name !== undefined) update.first_name = changes.first_name.trim();
    if (changes.last_name !== undefined) update.last_name = changes.last_name.trim();
    // Sent back as stored (a number kept as it was by migration 0011 may not parse): no change.
    if (changes.phone !== undefined && changes.phone.trim() !== current.phone) {
      const phone = await checkPhone(
        db,
        changes.phone,
        this.deps.config.PHONE_DEFAULT_REGION,
        actor.id,
        errors,
      );
      if (phone !== undefined && phone !== current.phone) update.phone = phone;
    }
    if (changes.username !== undefined && changes.username.trim() !== current.username) {
      const username = changes.username.trim();
      if (!USERNAME.test(username))
        errors.username = ['Enter a valid username: letters, digits and @/./+/-/_ only.'];
      // Taken by someone else: changing only the case of one's own is allowed.
      else if (((await users.findByUsername(db, username))?.id ?? actor.id) !== actor.id)
        errors.username = ['A user with that username already exists.'];
      else update.username = username;
    }
    let newEmail: string | undefined;
    if (changes.email !== undefined && changes.email.trim().toLowerCase() !== current.email) {
      const email = changes.email.trim().toLowerCase();
      if (!EMAIL.test(email)) errors.email = ['Enter a valid email address.'];
      else if (await users.findByEmail(db, email)) errors.email = ['A user with that email already exists.'];
      else if (!changes.password)
        errors.password = ['Enter your current password to change your email address.'];
      else newEmail = email;
    }
    if (Object.keys(errors).length) fail(errors);
    if (newEmail) {
      await this.#confirmPassword(
        current,
        changes.password ?? '',
        'password',
        origin,
        'auth.email_change_failed',
      );
      const capped = await this.deps.mailCaps.take('change_email', newEmail, origin.ip);
      if (capped) throw rateLimited(capped, 'Too many email changes asked for; try again later.');
      update.pending_email = newEmail;
    }
    const updated = await transaction(db, async (trx) => {
      if (ignored.length) {
        await recordAudit(trx, {
          action: 'auth.protected_field_ignored',
          actor,
          target: { type: 'user', id: actor.id },
          origin,
          details: { fields: ignored },
        });
      }
      if (Object.keys(update).length === 0) return current;
      const row = { ...current, ...update, updated_at: nowIso() };
      await trx
        .updateTable('users')
        .set({ ...update, updated_at: row.updated_at })
        .where('id', '=', actor.id)
        .execute();
      const { pending_email, ...fields } = update;
      if (Object.keys(fields).length)
        await recordAudit(trx, {
          action: 'user.updated',
          actor,
          target: { type: 'user', id: actor.id },
          origin,
          details: { fields: Object.keys(fields) },
        });
      if (pending_email) await this.#askEmailChange(trx, row, pending_email, origin);
      return row;
    }).catch(async (err: unknown) => {
      // Taken by someone else meanwhile (the checks above raced another change).
      if (isUniqueViolation(err)) fail(await takenFields(db, { ...update, id: actor.id }));
      throw err;
    });
    this.deps.onUserChanged(actor.id);
    return toUserDto(updated);
  }

  // ---- passwords --------------------------------------------------------------

  /** Changes the password and ends every session; returns a fresh pair for the one making the change. */
  async changePassword(
    actor: AuthUser,
    oldPassword: string,
    newPassword: string,
    origin: Origin,
  ): Promise<TokenPair> {
    const user = await this.getUserOrThrow(this.deps.db, actor.id);
    await this.#confirmPassword(user, oldPassword, 'old_password', origin, 'auth.password_change_failed');
    const problems = passwordProblems(newPassword, user);
    if (oldPassword === newPassword) problems.push('The new password must differ from the old one.');
    if (problems.length) fail({ new_password: problems });
    const hash = await hashPassword(newPassword);
    const pending = await transaction(this.deps.db, async (trx) => {
      // The new session keeps the current one's "remember me".
      const current = actor.session_id
        ? await trx
            .selectFrom('sessions')
            .select('is_remembered')
            .where('id', '=', actor.session_id)
            .executeTakeFirst()
        : undefined;
      const remember = current?.is_remembered ?? false;
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
      const token = await this.#oneTimeToken(trx, user, 'password_reset', PASSWORD_RESET_TTL_MS);
      await recordAudit(trx, {
        action: 'auth.password_reset_requested',
        actor: null,
        target: { type: 'user', id: user.id },
        origin,
      });
      await this.deps.mailer.queue(trx, {
        to: user.email,
        template: 'account.password_reset',
        data: {
          name: user.first_name || user.username,
          link: `${this.deps.config.PUBLIC_URL}/reset-password/${token}`,
        },
      });
    });
  }

  async confirmPasswordReset(token: string, newPassword: string, origin: Origin): Promise<void> {
    const { db } = this.deps;
    const found = await this.#findOneTimeToken(db, token, ['password_reset']);
    const user = await this.getUserOrThrow(db, found.user_id);
    const problems = passwordProblems(newPassword, user);
    if (problems.length) fail({ new_password: problems });
    const hash = await hashPassword(newPassword);
    await transaction(db, async (trx) => {
      await this.#useOneTimeToken(trx, found.id);
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
    await trx
      .updateTable('users')
      .set({ password_hash: hash, pending_email: null, updated_at: nowIso() })
      .where('id', '=', user.id)
      .execute();
    const revoked = await this.deps.tokens.revokeUserSessions(trx, user.id, 'password_changed');
    await trx
      .updateTable('one_time_tokens')
      .set({ used_at: nowIso() })
      .where('user_id', '=', user.id)
      .where('purpose', 'in', ['password_reset', 'change_email'])
      .where('used_at', 'is', null)
      .execute();
    await recordAudit(trx, {
      ...audit,
      target: { type: 'user', id: user.id },
      details: { sessions_revoked: revoked },
    });
  }

  // ---- email verification -----------------------------------------------------

  async verifyEmail(token: string, origin: Origin): Promise<UserDto> {
    const { db } = this.deps;
    const found = await this.#findOneTimeToken(db, token, ['verify_email', 'change_email']);
    const user = await this.getUserOrThrow(db, found.user_id);
    if (found.purpose === 'change_email') return this.#changeEmail(user, found, origin);
    if (user.email !== found.email) throw invalidLink();
    const updated = await transaction(db, async (trx) => {
      await this.#useOneTimeToken(trx, found.id);
      await trx
        .updateTable('users')
        .set({ email_verified: true, updated_at: nowIso() })
        .where('id', '=', user.id)
        .execute();
      await recordAudit(trx, {
        action: 'auth.email_verified',
        actor: user,
        target: { type: 'user', id: user.id },
        origin,
      });
      await this.deps.events.emit(trx, 'user.verified', { userId: user.id, email: user.email });
      return { ...user, email_verified: true };
    });
    this.deps.onUserChanged(user.id);
    return toUserDto(updated);
  }

  /**
   * Sends a new link to an unverified account. Answers the same, in the same
   * time, for any email (the work is a job), capped or not.
   */
  async resendVerification(emailInput: string, origin: Origin): Promise<void> {
    const email = emailInput.trim().toLowerCase();
    if (await this.deps.mailCaps.take('verify_email', email, origin.ip)) return;
    await this.deps.jobs.enqueue(this.deps.db, 'identity.verification_resend', { email });
  }

  /** The `identity.verification_resend` job. */
  async sendVerificationAgain(email: string): Promise<void> {
    const user = await users.findByEmail(this.deps.db, email);
    if (!user?.is_active || user.email_verified) return;
    await transaction(this.deps.db, (trx) => this.#sendVerification(trx, user, false));
  }

  async #sendVerification(trx: Trx, user: users.UserRow, welcome: boolean): Promise<void> {
    const token = await this.#oneTimeToken(trx, user, 'verify_email', VERIFY_EMAIL_TTL_MS);
    const link = `${this.deps.config.PUBLIC_URL}/verify-email/${token}`;
    await this.deps.mailer.queue(trx, {
      to: user.email,
      template: 'account.verify_email',
      data: { name: user.first_name || user.username, welcome, link },
    });
  }

  // ---- email change -----------------------------------------------------------

  /** Mails the link that makes `newEmail` the account's address, and tells the current address. */
  async #askEmailChange(trx: Trx, user: users.UserRow, newEmail: string, origin: Origin): Promise<void> {
    const token = await this.#oneTimeToken(trx, user, 'change_email', CHANGE_EMAIL_TTL_MS, newEmail);
    const name = user.first_name || user.username;
    const url = this.deps.config.PUBLIC_URL;
    await this.deps.mailer.queue(trx, {
      to: newEmail,
      template: 'account.email_change_confirm',
      data: { name, link: `${url}/verify-email/${token}` },
    });
    await this.deps.mailer.queue(trx, {
      to: user.email,
      template: 'account.email_change_notice',
      data: { name, newEmail, resetUrl: `${url}/forgot-password` },
    });
    await recordAudit(trx, {
      action: 'auth.email_change_requested',
      actor: user,
      target: { type: 'user', id: user.id },
      origin,
      details: { to: newEmail },
    });
  }

  /** The link sent to a new address was opened: it becomes the account's (verified) email, if still free. */
  async #changeEmail(
    user: users.UserRow,
    found: { id: string; email: string },
    origin: Origin,
  ): Promise<UserDto> {
    // A later request for another address replaced this one.
    if (user.pending_email !== found.email) throw invalidLink();
    const updated = await transaction(this.deps.db, async (trx) => {
      await this.#useOneTimeToken(trx, found.id);
      if (await users.findByEmail(trx, found.email)) throw emailTaken();
      const now = nowIso();
      // Guarded: a request for another address committed since the read above voids this link.
      const changed = await trx
        .updateTable('users')
        .set({ email: found.email, email_verified: true, pending_email: null, updated_at: now })
        .where('id', '=', user.id)
        .where('pending_email', '=', found.email)
        .executeTakeFirst();
      if (Number(changed.numUpdatedRows) !== 1) throw invalidLink();
      // Links sent to the old address no longer act on the account.
      await trx
        .updateTable('one_time_tokens')
        .set({ used_at: now })
        .where('user_id', '=', user.id)
        .where('purpose', 'in', ['password_reset', 'verify_email'])
        .where('used_at', 'is', null)
        .execute();
      await recordAudit(trx, {
        action: 'auth.email_changed',
        actor: { id: user.id, email: found.email },
        target: { type: 'user', id: user.id },
        origin,
        details: { from: user.email, to: found.email },
      });
      return { ...user, email: found.email, email_verified: true, pending_email: null, updated_at: now };
    }).catch((err: unknown) => {
      // Taken by a registration or another change committed meanwhile.
      throw isUniqueViolation(err) ? emailTaken() : err;
    });
    this.deps.onUserChanged(user.id);
    return toUserDto(updated);
  }

  // ---- password checks ----------------------------------------------------------

  /**
   * Checks a signed-in user's password before a sensitive change, under the
   * same failure limit as logins (the account's count: 429 past it), so a
   * session alone cannot guess it; a wrong one is audited as `action` and
   * answered with an error on `field`.
   */
  async #confirmPassword(
    user: users.UserRow,
    password: string,
    field: 'old_password' | 'password',
    origin: Origin,
    action: 'auth.password_change_failed' | 'auth.email_change_failed',
  ): Promise<void> {
    const account = accountKey(user, user.email);
    const ip = origin.ip ?? 'unknown';
    const { lastTry } = await this.deps.throttle.attempt(account, ip);
    const check = await verifyPassword(user.password_hash, password);
    if (check.ok) return this.deps.throttle.succeed(account, ip);
    await this.#auditFailure(action, user, origin, { reason: 'wrong password' }, lastTry);
    fail({
      [field]: [
        field === 'old_password'
          ? 'Your old password was entered incorrectly. Please enter it again.'
          : 'Your password was entered incorrectly. Please enter it again.',
      ],
    });
  }

  /** Audits a failed password check, and the lockout when it was the account's last try. */
  async #auditFailure(
    action: 'auth.login_failed' | 'auth.password_change_failed' | 'auth.email_change_failed',
    user: users.UserRow | undefined,
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

  /** A random single-use token; only its hash is stored. Earlier unused tokens of the same purpose are voided. */
  async #oneTimeToken(
    trx: Trx,
    user: users.UserRow,
    purpose: OneTimePurpose,
    ttlMs: number,
    /** Where the link goes: the account's address, or the new one for an email change. */
    email = user.email,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    await trx
      .updateTable('one_time_tokens')
      .set({ used_at: nowIso(now) })
      .where('user_id', '=', user.id)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .execute();
    await trx
      .insertInto('one_time_tokens')
      .values({
        id: newId(),
        purpose,
        token_hash: sha256(token),
        user_id: user.id,
        email,
        expires_at: nowIso(new Date(now.getTime() + ttlMs)),
        used_at: null,
        created_at: nowIso(now),
      })
      .execute();
    return token;
  }

  async #findOneTimeToken(executor: Executor, token: string, purposes: OneTimePurpose[]) {
    const row = await executor
      .selectFrom('one_time_tokens')
      .selectAll()
      .where('token_hash', '=', sha256(token))
      .where('purpose', 'in', purposes)
      .executeTakeFirst();
    if (!row || row.used_at || Date.parse(row.expires_at) < Date.now()) throw invalidLink();
    return row;
  }

  /** Marks the token used, once: a second use (even racing) fails. */
  async #useOneTimeToken(trx: Trx, id: string): Promise<void> {
    const used = await trx
      .updateTable('one_time_tokens')
      .set({ used_at: nowIso() })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) throw invalidLink();
  }
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

const emailTaken = IdentityErrors.emailTaken;

/** Which of these values another account holds (after a unique index refused them). */
async function takenFields(
  executor: Executor,
  values: { id: string; email?: string; username?: string; phone?: string },
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const someoneElse = (u: users.UserRow | undefined) => u !== undefined && u.id !== values.id;
  if (values.email && someoneElse(await users.findByEmail(executor, values.email)))
    errors.email = ['A user with that email already exists.'];
  if (values.username && someoneElse(await users.findByUsername(executor, values.username)))
    errors.username = ['A user with that username already exists.'];
  if (values.phone && someoneElse(await users.findByPhone(executor, values.phone)))
    errors.phone = [PHONE_TAKEN];
  return Object.keys(errors).length
    ? errors
    : { email: ['A user with that email or username already exists.'] };
}

function invalidLink(): AppError {
  return AppError.badRequest('This link is invalid, expired or already used.', undefined, 'INVALID_TOKEN');
}
