/**
 * A user's own profile: the editable fields, and a new email address, which
 * needs the current password and takes effect once confirmed with the link
 * mailed to it.
 */
import type { Config } from '../../config.js';
import { type DB, isUniqueViolation } from '../../db/dialect.js';
import { type Origin, recordAudit } from '../../platform/audit.js';
import type { AuthUser } from '../../platform/auth.js';
import type { FieldErrors } from '../../platform/errors.js';
import type { EventBus } from '../../platform/events.js';
import { nowIso } from '../../platform/ids.js';
import type { Mailer } from '../../platform/mail.js';
import { rateLimited } from '../../platform/rate-limit.js';
import { type Trx, transaction } from '../../platform/transaction.js';
import { IdentityErrors } from './identity.errors.js';
import type { MailLinkCaps } from './mail-caps.js';
import { invalidLink, type OneTimeLinks } from './one-time-links.js';
import type { PasswordChecks } from './password-checks.js';
import { checkPhone } from './phones.js';
import * as users from './users.repository.js';
import {
  activeUserOrThrow,
  EMAIL,
  invalidInput,
  takenFields,
  toUserDto,
  USERNAME,
  type UserDto,
} from './users.service.js';

const emailTaken = IdentityErrors.emailTaken;

export interface ProfileDeps {
  db: DB;
  config: Pick<Config, 'PUBLIC_URL' | 'PHONE_DEFAULT_REGION'>;
  mailer: Mailer;
  mailCaps: MailLinkCaps;
  checks: PasswordChecks;
  links: OneTimeLinks;
  events: EventBus;
  onUserChanged: (userId: string) => void;
}

export class ProfileService {
  constructor(private readonly deps: ProfileDeps) {}

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
    const current = await activeUserOrThrow(db, actor.id);
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
    if (Object.keys(errors).length) invalidInput(errors);
    if (newEmail) {
      await this.deps.checks.confirm(
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
      await users.update(trx, actor.id, { ...update, updated_at: row.updated_at });
      const { pending_email, ...fields } = update;
      if (Object.keys(fields).length) {
        await this.deps.events.emit(trx, 'user.changed', { userId: actor.id });
        await recordAudit(trx, {
          action: 'user.updated',
          actor,
          target: { type: 'user', id: actor.id },
          origin,
          details: { fields: Object.keys(fields) },
        });
      }
      if (pending_email) await this.#askEmailChange(trx, row, pending_email, origin);
      return row;
    }).catch(async (err: unknown) => {
      // Taken by someone else meanwhile (the checks above raced another change).
      if (isUniqueViolation(err)) invalidInput(await takenFields(db, { ...update, id: actor.id }));
      throw err;
    });
    this.deps.onUserChanged(actor.id);
    return toUserDto(updated);
  }

  /** Mails the link that makes `newEmail` the account's address, and tells the current address. */
  async #askEmailChange(trx: Trx, user: users.UserRow, newEmail: string, origin: Origin): Promise<void> {
    const link = await this.deps.links.issue(trx, user, 'change_email', newEmail);
    const name = user.first_name || user.username;
    const url = this.deps.config.PUBLIC_URL;
    await this.deps.mailer.queue(trx, {
      to: newEmail,
      template: 'account.email_change_confirm',
      data: { name, link },
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
  async confirmEmailChange(
    user: users.UserRow,
    found: { id: string; email: string },
    origin: Origin,
  ): Promise<UserDto> {
    // A later request for another address replaced this one.
    if (user.pending_email !== found.email) throw invalidLink();
    const updated = await transaction(this.deps.db, async (trx) => {
      await this.deps.links.consume(trx, found.id);
      if (await users.findByEmail(trx, found.email)) throw emailTaken();
      const now = nowIso();
      // Guarded: a request for another address committed since the read above voids this link.
      if (!(await users.confirmPendingEmail(trx, user.id, found.email, now))) throw invalidLink();
      await this.deps.events.emit(trx, 'user.changed', { userId: user.id });
      // Links sent to the old address no longer act on the account.
      await this.deps.links.revoke(trx, user.id, ['password_reset', 'verify_email'], now);
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
}
