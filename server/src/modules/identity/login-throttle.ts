/**
 * Brute-force protection for logins: failures are counted per account and per
 * IP address over a window (`LOGIN_MAX_FAILURES_PER_ACCOUNT`,
 * `LOGIN_MAX_FAILURES_PER_IP`, `LOGIN_FAILURE_WINDOW_SECONDS`); past either
 * limit, logins answer 429 with `Retry-After`. A successful login clears the
 * account's count. Counters live in Redis when configured (shared by every
 * instance), else in memory; while Redis is unreachable, each instance counts
 * in its own memory (the limits hold per instance, never fail open or hang).
 *
 * An attempt is counted before its password is checked (and given back if it
 * was right): counted only after, a burst of parallel guesses would all pass a
 * check made before the first of them failed. The account is named by its id
 * once found, so its email, username and phone share one count. An address is
 * counted by `addressBucket`: an IPv6 caller by its /64, any address of which
 * it may send from, so rotating addresses inside it gives no fresh tries.
 */
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import type { Config } from '../../config.js';
import { AppError } from '../../platform/errors.js';
import { addressBucket } from '../../platform/rate-limit.js';
import type { Redis } from '../../platform/redis.js';

type Limits = Pick<
  Config,
  'LOGIN_MAX_FAILURES_PER_ACCOUNT' | 'LOGIN_MAX_FAILURES_PER_IP' | 'LOGIN_FAILURE_WINDOW_SECONDS'
>;

function limiter(
  redis: Redis | undefined,
  keyPrefix: string,
  points: number,
  duration: number,
): RateLimiterAbstract {
  const local = new RateLimiterMemory({ keyPrefix, points, duration });
  return redis
    ? new RateLimiterRedis({
        storeClient: redis,
        keyPrefix,
        points,
        duration,
        // Redis away: count in this process (the outage is logged once, in redis.ts) rather than fail logins.
        rejectIfRedisNotReady: true,
        insuranceLimiter: local,
      })
    : local;
}

export class LoginThrottle {
  readonly #byAccount: RateLimiterAbstract;
  readonly #byIp: RateLimiterAbstract;

  constructor(
    private readonly limits: Limits,
    redis: Redis | undefined,
  ) {
    const window = limits.LOGIN_FAILURE_WINDOW_SECONDS;
    this.#byAccount = limiter(redis, 'login_fail_account', limits.LOGIN_MAX_FAILURES_PER_ACCOUNT, window);
    this.#byIp = limiter(redis, 'login_fail_ip', limits.LOGIN_MAX_FAILURES_PER_IP, window);
  }

  /**
   * Counts an attempt for `account` and `ip`; throws 429 (not counting it)
   * when either has used up its failures. Resolves `lastTry: true` when this
   * attempt, if it fails, locks the account.
   */
  async attempt(account: string, address: string): Promise<{ lastTry: boolean }> {
    const ip = addressBucket(address);
    const [a, i] = await Promise.all([this.#byAccount.penalty(account, 1), this.#byIp.penalty(ip, 1)]);
    const wait = Math.max(
      a.consumedPoints > this.limits.LOGIN_MAX_FAILURES_PER_ACCOUNT ? a.msBeforeNext : 0,
      i.consumedPoints > this.limits.LOGIN_MAX_FAILURES_PER_IP ? i.msBeforeNext : 0,
    );
    if (wait > 0) {
      await Promise.all([this.#byAccount.reward(account, 1), this.#byIp.reward(ip, 1)]);
      throw tooMany(wait);
    }
    return { lastTry: a.consumedPoints === this.limits.LOGIN_MAX_FAILURES_PER_ACCOUNT };
  }

  /** The password was right: the account starts afresh, and the address gets its attempt back. */
  async succeed(account: string, address?: string): Promise<void> {
    await Promise.all([
      this.#byAccount.delete(account),
      address ? this.#byIp.reward(addressBucket(address), 1) : undefined,
    ]);
  }
}

/** The name an account is counted under: its id once known, else what was typed. */
export function accountKey(user: { id: string } | undefined, identifier: string): string {
  return user ? `user:${user.id}` : `name:${identifier}`;
}

/** A wait as people say it: "42 seconds", "about a minute", "about 15 minutes", "about 2 hours". */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return minutes === 1 ? 'about a minute' : `about ${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return hours === 1 ? 'about an hour' : `about ${hours} hours`;
}

export function tooMany(msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError({
    status: 429,
    code: 'TOO_MANY_LOGIN_ATTEMPTS',
    detail: `Too many failed login attempts. Try again in ${waitText(seconds)}.`,
    headers: { 'Retry-After': String(seconds) },
  });
}
