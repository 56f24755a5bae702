/**
 * Fixed-window request counters: in process memory, or in Redis when the app has
 * one (`REDIS_URL`, through `rate-limiter-flexible`), so every instance shares one
 * count per key. A limiter counts; the caller passes the limit with each hit,
 * so keys with different limits (API clients) share one limiter and a changed
 * limit applies at once.
 *
 * In memory, `hit` answers at once, without a promise: it runs on every API
 * request, where rate-limiter-flexible's promise-based memory store measured
 * about a tenth of a cached read's cost. With Redis it returns a promise.
 *
 *   const limiter = new RateLimiter({ redis, keyPrefix: 'rl:api', windowSeconds: 60 });
 *   const d = await limiter.hit(`ip:${request.ip}`, 600);
 *   if (!d.allowed) throw rateLimited(d);
 */
import { isIPv6 } from 'node:net';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { AppError } from './errors.js';
import type { Redis } from './redis.js';

export interface RateLimiterOptions {
  /** Shared counters; without it, counters live in this process. */
  redis?: Redis | undefined;
  /** Names this limiter's keys (after the client's own `REDIS_KEY_PREFIX`). */
  keyPrefix: string;
  windowSeconds: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  /** Requests left in the window (0 once over). */
  remaining: number;
  /** Whole seconds until the window ends, at least 1. */
  resetSeconds: number;
}

/** The counter never refuses by itself: the caller's limit decides. */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/** `used` requests so far in a window ending in `resetSeconds`, against `limit`. */
function decide(used: number, limit: number, resetSeconds: number): RateLimitDecision {
  return used > limit
    ? { allowed: false, limit, remaining: 0, resetSeconds }
    : { allowed: true, limit, remaining: limit - used, resetSeconds };
}

interface Window {
  used: number;
  endsAt: number;
}

/** Fixed windows in a map; ended windows are swept once per window length. */
class MemoryWindows {
  readonly #windows = new Map<string, Window>();
  #sweepAt = 0;

  constructor(private readonly windowMs: number) {}

  hit(key: string, now: number): Window {
    let window = this.#windows.get(key);
    if (window === undefined || window.endsAt <= now) {
      if (now >= this.#sweepAt) this.#sweep(now);
      window = { used: 0, endsAt: now + this.windowMs };
      this.#windows.set(key, window);
    }
    window.used++;
    return window;
  }

  delete(key: string): void {
    this.#windows.delete(key);
  }

  /** Requests counted so far in `key`'s current window, and when it ends (none: undefined). */
  current(key: string, now: number): Window | undefined {
    const window = this.#windows.get(key);
    return window !== undefined && window.endsAt > now ? window : undefined;
  }

  #sweep(now: number): void {
    for (const [key, window] of this.#windows) if (window.endsAt <= now) this.#windows.delete(key);
    this.#sweepAt = now + this.windowMs;
  }
}

export class RateLimiter {
  readonly windowSeconds: number;
  readonly shared: boolean;
  /** In-process windows, or rate-limiter-flexible's Redis counter. */
  readonly #store: MemoryWindows | RateLimiterAbstract;
  /**
   * Keys known to be over their limit, until their window ends: further hits are
   * refused here without asking Redis (and without counting, which changes nothing).
   */
  readonly #blocked = new Map<string, { until: number; limit: number }>();

  constructor(options: RateLimiterOptions) {
    this.windowSeconds = options.windowSeconds;
    this.shared = Boolean(options.redis);
    const base = { keyPrefix: options.keyPrefix, points: UNBOUNDED, duration: options.windowSeconds };
    this.#store = options.redis
      ? new RateLimiterRedis({
          ...base,
          storeClient: options.redis,
          // Redis away: count in memory for a while rather than fail every request.
          rejectIfRedisNotReady: true,
          insuranceLimiter: new RateLimiterMemory(base),
        })
      : new MemoryWindows(options.windowSeconds * 1000);
  }

  /**
   * Counts one request for `key` and decides it against `limit` requests per
   * window: at once in memory, through a promise with Redis.
   */
  hit(key: string, limit: number): RateLimitDecision | Promise<RateLimitDecision> {
    const store = this.#store;
    if (!(store instanceof MemoryWindows)) return this.#hitShared(store, key, limit);
    const now = Date.now();
    const { used, endsAt } = store.hit(key, now);
    return decide(used, limit, Math.max(1, Math.ceil((endsAt - now) / 1000)));
  }

  /**
   * Whether a hit on `key` now would be refused, without counting one: the
   * refusal when it would, else undefined. In memory it knows; with Redis it
   * asks nothing and knows only the keys this process already saw refused
   * (a cheap pre-check, never the deciding count).
   */
  peek(key: string, limit: number): RateLimitDecision | undefined {
    const store = this.#store;
    const now = Date.now();
    if (store instanceof MemoryWindows) {
      const window = store.current(key, now);
      if (window === undefined || window.used < limit) return undefined;
      return {
        allowed: false,
        limit,
        remaining: 0,
        resetSeconds: Math.max(1, Math.ceil((window.endsAt - now) / 1000)),
      };
    }
    const blocked = this.#blocked.get(key);
    if (blocked === undefined || blocked.until <= now || limit > blocked.limit) return undefined;
    return { allowed: false, limit, remaining: 0, resetSeconds: Math.ceil((blocked.until - now) / 1000) };
  }

  async #hitShared(counter: RateLimiterAbstract, key: string, limit: number): Promise<RateLimitDecision> {
    if (this.#blocked.size > 0) {
      const blocked = this.#blocked.get(key);
      // Still over a limit no higher than when it was blocked (a raised limit asks Redis again).
      if (blocked !== undefined) {
        const ms = blocked.until - Date.now();
        if (ms > 0 && limit <= blocked.limit)
          return { allowed: false, limit, remaining: 0, resetSeconds: Math.ceil(ms / 1000) };
        this.#blocked.delete(key);
      }
    }
    let res: RateLimiterRes;
    try {
      res = await counter.consume(key, 1);
    } catch (err) {
      // With UNBOUNDED points only a store failure gets here (and the insurance limiter failed too).
      if (err instanceof RateLimiterRes) res = err;
      else throw err;
    }
    const used = res.consumedPoints;
    const ms = res.msBeforeNext > 0 ? res.msBeforeNext : this.windowSeconds * 1000;
    if (used > limit) {
      if (this.#blocked.size > 10_000) this.#blocked.clear();
      this.#blocked.set(key, { until: Date.now() + ms, limit });
    }
    return decide(used, limit, Math.max(1, Math.ceil(ms / 1000)));
  }

  /** Forgets a key's count (tests; an admin lifting a block). */
  async reset(key: string): Promise<void> {
    this.#blocked.delete(key);
    await this.#store.delete(key);
  }
}

/**
 * The caller a per-address budget counts: an IPv4 address as it is (an
 * IPv4-mapped IPv6 one too), an IPv6 address by its /64. One host or network
 * commonly holds a whole /64 and can send every request from another address
 * of it, so counting single IPv6 addresses would give it a fresh budget per
 * request.
 */
export function addressBucket(ip: string): string {
  if (!ip.includes(':')) return ip;
  const address = (ip.split('%')[0] ?? '').toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (isIPv6(address) === false) return ip;
  const groupsOf = (part: string) =>
    part === '' ? [] : part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g]));
  const halves = address.split('::');
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length > 1 ? groupsOf(halves[1] ?? '') : [];
  const groups =
    halves.length > 1
      ? [...head, ...Array<string>(Math.max(0, 8 - head.length - tail.length)).fill('0'), ...tail]
      : head;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/** The `RateLimit-*` response headers (IETF draft, as widely deployed). */
export function rateLimitHeaders(d: RateLimitDecision): Record<string, string> {
  return {
    'ratelimit-limit': String(d.limit),
    'ratelimit-remaining': String(d.remaining),
    'ratelimit-reset': String(d.resetSeconds),
  };
}

/** 429 `RATE_LIMITED` with `Retry-After` and the `RateLimit-*` headers. */
export function rateLimited(
  d: RateLimitDecision,
  detail = `Too many requests. Try again in ${d.resetSeconds} second${d.resetSeconds === 1 ? '' : 's'}.`,
): AppError {
  return new AppError({
    status: 429,
    code: 'RATE_LIMITED',
    detail,
    headers: { 'retry-after': String(d.resetSeconds), ...rateLimitHeaders(d) },
  });
}
