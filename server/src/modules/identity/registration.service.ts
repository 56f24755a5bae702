/**
 * Registration and email verification: self-registration (customers, creators,
 * vendors), the verification link and its resend, and opening a link (which
 * may instead confirm a new address: the profile's email change).
 */
import type { Config } from '../../config.js';
import { type DB, isUniqueViolation } from '../../db/dialect.js';
import type { UserType } from '../../db/schema.js';
import { type Origin, recordAudit } from '../../platform/audit.js';
import type { FieldErrors } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events.js';
import { newId, nowIso } from '../../platform/ids.js';
import type { JobQueue } from '../../platform/jobs.js';
import type { Mailer } from '../../platform/mail.js';
import { type Trx, transaction } from '../../platform/transaction.js';
import type { MailLinkCaps } from './mail-caps.js';
import { invalidLink, type OneTimeLinks } from './one-time-links.js';
import { hashPassword, passwordProblems } from './passwords.js';
import { checkPhone } from './phones.js';
import type { ProfileService } from './profile.service.js';
import type { TokenPair, TokenService } from './tokens.js';
import * as users from './users.repository.js';
import {
  activeUserOrThrow,
  EMAIL,
  invalidInput,
  nextCustomerCode,
  takenFields,
  toUserDto,
  USERNAME,
  type UserDto,
} from './users.service.js';

export const SELF_REGISTERABLE: readonly UserType[] = ['customer', 'creator', 'vendor'];

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
    'identity.verification_resend': { email: string };
  }
}

export interface RegistrationDeps {
  db: DB;
  config: Pick<Config, 'REQUIRE_EMAIL_VERIFICATION' | 'PHONE_DEFAULT_REGION'>;
  tokens: TokenService;
  mailer: Mailer;
  jobs: JobQueue;
  events: EventBus;
  mailCaps: MailLinkCaps;
  links: OneTimeLinks;
  /** Confirms a new address when the link opened was an email change's. */
  profile: ProfileService;
  onUserChanged: (userId: string) => void;
}

export class RegistrationService {
  constructor(private readonly deps: RegistrationDeps) {}

  /** Self-registration: customers, creators and vendors only (vendors start pending). */
  async register(
    input: RegisterInput,
    options: {
      defaultType: UserType;
      origin: Origin;
      remember?: boolean;
      /** The field a mismatched confirmation is reported on (`/api/v1/users/register` calls it `confirm_password`). */
      confirmField?: string;
    },
  ): Promise<{ user: UserDto; pair: TokenPair | null }> {
    const type = (input.user_type ?? options.defaultType) as UserType;
    if (!SELF_REGISTERABLE.includes(type)) {
      invalidInput({
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
      errors[options.confirmField ?? 'password2'] = ["Password fields didn't match."];
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
    if (Object.keys(errors).length) invalidInput(errors);

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
      if (isUniqueViolation(err))
        invalidInput(await takenFields(this.deps.db, { id: '', email, username, phone }));
      throw err;
    });
    return {
      user: created.user,
      pair: created.pending ? await this.deps.tokens.sign(created.pending) : null,
    };
  }

  async verifyEmail(token: string, origin: Origin): Promise<UserDto> {
    const { db } = this.deps;
    const found = await this.deps.links.find(db, token, ['verify_email', 'change_email']);
    const user = await activeUserOrThrow(db, found.user_id);
    if (found.purpose === 'change_email') return this.deps.profile.confirmEmailChange(user, found, origin);
    if (user.email !== found.email) throw invalidLink();
    const updated = await transaction(db, async (trx) => {
      await this.deps.links.consume(trx, found.id);
      await users.markEmailVerified(trx, user.id);
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
    const link = await this.deps.links.issue(trx, user, 'verify_email');
    await this.deps.mailer.queue(trx, {
      to: user.email,
      template: 'account.verify_email',
      data: { name: user.first_name || user.username, welcome, link },
    });
  }
}
