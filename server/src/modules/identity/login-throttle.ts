/**
 * Brute-force protection for logins: failures are counted per account and per
 * IP address over a window (`LOGIN_MAX_FAILURES_PER_ACCOUNT`,
 * `LOGIN_MAX_FAILURES_PER_IP`, `LOGIN_FAILURE_WINDOW_SECONDS`); past either
 * limit, logins answer 429 with `Retry-After`. A successful login clears the
 * account's count. Counters live in Redis when configured (shared by every
 * instance), else in memory.
 */
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import type { Config } from '../../config.js';
import { AppError } from '../../platform/errors.js';
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
  return redis
    ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration })
    : new RateLimiterMemory({ keyPrefix, points, duration });
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

  /** Throws 429 when the account or the address has used up its failures. */
  async check(account: string, ip: string): Promise<void> {
    const [a, i] = await Promise.all([this.#byAccount.get(account), this.#byIp.get(ip)]);
    const blocked = [
      a && a.consumedPoints >= this.limits.LOGIN_MAX_FAILURES_PER_ACCOUNT ? a.msBeforeNext : 0,
      i && i.consumedPoints >= this.limits.LOGIN_MAX_FAILURES_PER_IP ? i.msBeforeNext : 0,
    ];
    const wait = Math.max(...blocked);
    if (wait > 0) throw tooMany(wait);
  }

  /** Counts a failure; returns true when this failure locked the account. */
  async fail(account: string, ip: string): Promise<boolean> {
    const [a] = await Promise.all([this.#byAccount.penalty(account, 1), this.#byIp.penalty(ip, 1)]);
    return a.consumedPoints === this.limits.LOGIN_MAX_FAILURES_PER_ACCOUNT;
  }

  async succeed(account: string): Promise<void> {
    await this.#byAccount.delete(account);
  }
}

export function tooMany(msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError({
    status: 429,
    code: 'TOO_MANY_LOGIN_ATTEMPTS',
    detail: `Too many failed login attempts. Try again in ${seconds} seconds.`,
    headers: { 'Retry-After': String(seconds) },
  });
}
