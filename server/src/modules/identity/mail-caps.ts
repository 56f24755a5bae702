/**
 * Caps on the mails anyone can make Mercato send to an address: password-reset
 * links, verification links, email-change links. Each kind is counted per
 * address (`MAIL_LINK_LIMIT_PER_ADDRESS`) and per requesting IP address
 * (`MAIL_LINK_LIMIT_PER_IP`; an IPv6 requester by its /64) over `MAIL_LINK_WINDOW_SECONDS`, in Redis when
 * configured (shared by every instance), else in memory.
 *
 * The address is counted as typed (lowercased), whether it has an account or
 * not, so a capped request answers exactly like any other: the caller skips
 * queueing the mail, and nobody learns which addresses exist.
 */
import type { Config } from '../../config.js';
import { addressBucket, type RateLimitDecision, RateLimiter } from '../../platform/rate-limit.js';
import type { Redis } from '../../platform/redis.js';

export type MailLinkKind = 'password_reset' | 'verify_email' | 'change_email';

type Limits = Pick<
  Config,
  'MAIL_LINK_LIMIT_PER_ADDRESS' | 'MAIL_LINK_LIMIT_PER_IP' | 'MAIL_LINK_WINDOW_SECONDS'
>;

export class MailLinkCaps {
  readonly #counter: RateLimiter;

  constructor(
    private readonly limits: Limits,
    redis: Redis | undefined,
  ) {
    this.#counter = new RateLimiter({
      redis,
      keyPrefix: 'mail_link',
      windowSeconds: limits.MAIL_LINK_WINDOW_SECONDS,
    });
  }

  /**
   * Counts one mail of `kind` to `address` asked for from `ip`; the first
   * refusing decision, or undefined when the mail may go.
   */
  async take(kind: MailLinkKind, address: string, ip: string | null): Promise<RateLimitDecision | undefined> {
    const [byAddress, byIp] = await Promise.all([
      this.#counter.hit(`${kind}:to:${mailboxOf(address)}`, this.limits.MAIL_LINK_LIMIT_PER_ADDRESS),
      this.#counter.hit(
        `${kind}:ip:${ip === null ? 'unknown' : addressBucket(ip)}`,
        this.limits.MAIL_LINK_LIMIT_PER_IP,
      ),
    ]);
    if (!byAddress.allowed) return byAddress;
    if (!byIp.allowed) return byIp;
    return undefined;
  }
}

/**
 * The mailbox an address reaches, for counting: lower case, without a `+tag`
 * (`ada+1@example.com` and `ada+2@example.com` fill one inbox, so they share one cap).
 */
export function mailboxOf(address: string): string {
  const lower = address.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at < 1) return lower;
  const local = lower.slice(0, at);
  const plus = local.indexOf('+');
  return `${plus > 0 ? local.slice(0, plus) : local}${lower.slice(at)}`;
}
