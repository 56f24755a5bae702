/**
 * The links identity mails: confirm an email address, reset a password,
 * confirm a new address. Each carries a random single-use token of which only
 * the hash is stored; issuing one voids the earlier unused ones of its
 * purpose; opening one spends it once (a second use, even racing, fails).
 */
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../platform/errors.js';
import { newId, nowIso } from '../../platform/ids.js';
import type { Executor, Trx } from '../../platform/transaction.js';
import type { OneTimePurpose, OneTimeTokenRow } from './one-time-tokens.repository.js';
import * as tokens from './one-time-tokens.repository.js';

export type { OneTimePurpose } from './one-time-tokens.repository.js';

/** How long each kind of link works. */
const TTL_MS: Record<OneTimePurpose, number> = {
  verify_email: 24 * 3600_000,
  password_reset: 3600_000,
  change_email: 24 * 3600_000,
};

/** The page of the web app each kind of link opens. */
const PAGE: Record<OneTimePurpose, string> = {
  verify_email: 'verify-email',
  password_reset: 'reset-password',
  change_email: 'verify-email',
};

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function invalidLink(): AppError {
  return AppError.badRequest('This link is invalid, expired or already used.', undefined, 'INVALID_TOKEN');
}

export class OneTimeLinks {
  constructor(private readonly publicUrl: string) {}

  /**
   * A new link for `user`, in the caller's transaction: the URL to mail.
   * `email` is where it goes: the account's address, or the new one for an email change.
   */
  async issue(
    trx: Trx,
    user: { id: string; email: string },
    purpose: OneTimePurpose,
    email = user.email,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    await tokens.voidUnused(trx, user.id, [purpose], nowIso(now));
    await tokens.insert(trx, {
      id: newId(),
      purpose,
      token_hash: sha256(token),
      user_id: user.id,
      email,
      expires_at: nowIso(new Date(now.getTime() + TTL_MS[purpose])),
      used_at: null,
      created_at: nowIso(now),
    });
    return `${this.publicUrl}/${PAGE[purpose]}/${token}`;
  }

  /** The link's token if it is one of `purposes`, unused and unexpired; else 400 `INVALID_TOKEN`. */
  async find(
    executor: Executor,
    token: string,
    purposes: readonly OneTimePurpose[],
  ): Promise<OneTimeTokenRow> {
    const row = await tokens.findByHash(executor, sha256(token), purposes);
    if (!row || row.used_at || Date.parse(row.expires_at) < Date.now()) throw invalidLink();
    return row;
  }

  /** Spends the link, once: a second use (even racing) is 400 `INVALID_TOKEN`. */
  async consume(trx: Trx, id: string): Promise<void> {
    if (!(await tokens.markUsed(trx, id))) throw invalidLink();
  }

  /** Voids the user's unused links of these purposes (a password or an address changed under them). */
  revoke(trx: Trx, userId: string, purposes: readonly OneTimePurpose[], at?: string): Promise<void> {
    return tokens.voidUnused(trx, userId, purposes, at);
  }
}
