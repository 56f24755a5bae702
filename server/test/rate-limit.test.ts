import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { RateLimiter, rateLimited, rateLimitHeaders } from '../src/platform/rate-limit.js';

const REDIS_URL = process.env.REDIS_URL;
const prefix = `test:${process.pid}:${Math.random().toString(36).slice(2, 10)}:`;
const connections: Redis[] = [];

/**
 * A connected Redis client as the app makes them (see platform/redis.ts), one per
 * simulated instance. (Until it is connected, a limiter counts in memory.)
 */
async function redis(): Promise<Redis> {
  const client = new Redis(String(REDIS_URL), { keyPrefix: prefix, maxRetriesPerRequest: 2 });
  connections.push(client);
  if (client.status !== 'ready') await new Promise((resolve) => client.once('ready', resolve));
  return client;
}

afterAll(async () => {
  if (connections[0]) {
    const keys = await connections[0].keys(`${prefix}*`);
    // keys() answers with the prefix included; del() adds it again.
    if (keys.length) await connections[0].del(...keys.map((k) => k.slice(prefix.length)));
  }
  await Promise.all(connections.map((c) => c.quit()));
});

describe('RateLimiter in memory', () => {
  it('counts per key and refuses past the limit', async () => {
    const limiter = new RateLimiter({ keyPrefix: 'unit', windowSeconds: 60 });
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await limiter.hit('a', 3));
    expect(decisions.map((d) => [d.allowed, d.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    for (const d of decisions) {
      expect(d.limit).toBe(3);
      expect(Number.isInteger(d.resetSeconds)).toBe(true);
      expect(d.resetSeconds).toBeGreaterThanOrEqual(1);
      expect(d.resetSeconds).toBeLessThanOrEqual(60);
    }
    // Another key has its own count.
    expect((await limiter.hit('b', 3)).remaining).toBe(2);
  });

  it('takes the limit with each hit, so a changed limit applies at once', async () => {
    const limiter = new RateLimiter({ keyPrefix: 'unit', windowSeconds: 60 });
    for (let i = 0; i < 3; i++) await limiter.hit('k', 3);
    expect((await limiter.hit('k', 3)).allowed).toBe(false);
    const raised = await limiter.hit('k', 10);
    expect(raised).toMatchObject({ allowed: true, limit: 10, remaining: 5 });
  });

  it('starts afresh after reset and after the window', async () => {
    const limiter = new RateLimiter({ keyPrefix: 'unit', windowSeconds: 1 });
    await limiter.hit('w', 1);
    expect((await limiter.hit('w', 1)).allowed).toBe(false);
    await limiter.reset('w');
    expect((await limiter.hit('w', 1)).allowed).toBe(true);
    expect((await limiter.hit('w', 1)).allowed).toBe(false);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await limiter.hit('w', 1)).allowed).toBe(true);
  });

  it('lets exactly N of N+5 parallel hits through', async () => {
    const limiter = new RateLimiter({ keyPrefix: 'unit', windowSeconds: 60 });
    const results = await Promise.all(Array.from({ length: 25 }, () => limiter.hit('p', 20)));
    expect(results.filter((d) => d.allowed)).toHaveLength(20);
  });

  it('makes the 429 problem with Retry-After and the RateLimit-* headers', () => {
    const d = { allowed: false, limit: 5, remaining: 0, resetSeconds: 42 };
    expect(rateLimitHeaders(d)).toEqual({
      'ratelimit-limit': '5',
      'ratelimit-remaining': '0',
      'ratelimit-reset': '42',
    });
    const err = rateLimited(d);
    expect(err).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(err.headers).toMatchObject({ 'retry-after': '42', 'ratelimit-limit': '5' });
    expect(err.detail).toContain('42 seconds');
  });

  it('falls back to memory when Redis is unreachable', async () => {
    const down = new Redis('redis://127.0.0.1:1', { lazyConnect: true, maxRetriesPerRequest: 0 });
    try {
      const limiter = new RateLimiter({ redis: down, keyPrefix: 'unit', windowSeconds: 60 });
      expect((await limiter.hit('x', 1)).allowed).toBe(true);
      expect((await limiter.hit('x', 1)).allowed).toBe(false);
    } finally {
      down.disconnect();
    }
  });
});

describe('RateLimiter on Redis', () => {
  it.skipIf(!REDIS_URL)('shares counts between instances using the same Redis prefix', async () => {
    const a = new RateLimiter({ redis: await redis(), keyPrefix: 'rl:api', windowSeconds: 60 });
    const b = new RateLimiter({ redis: await redis(), keyPrefix: 'rl:api', windowSeconds: 60 });
    expect(await a.hit('c:shared', 5)).toMatchObject({ allowed: true, remaining: 4 });
    expect(await a.hit('c:shared', 5)).toMatchObject({ allowed: true, remaining: 3 });
    expect(await b.hit('c:shared', 5)).toMatchObject({ allowed: true, remaining: 2 });
    expect(await b.hit('c:shared', 5)).toMatchObject({ allowed: true, remaining: 1 });
    expect(await a.hit('c:shared', 5)).toMatchObject({ allowed: true, remaining: 0 });
    const over = await b.hit('c:shared', 5);
    expect(over.allowed).toBe(false);
    expect(over.resetSeconds).toBeGreaterThanOrEqual(1);
    expect(over.resetSeconds).toBeLessThanOrEqual(60);
    expect((await a.hit('c:shared', 5)).allowed).toBe(false);
    // Counters are in Redis, under the app's key prefix, and expire with the window.
    const ttl = await connections[0]?.pttl('rl:api:c:shared');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it.skipIf(!REDIS_URL)('lets exactly N of N+5 parallel hits through across two instances', async () => {
    const a = new RateLimiter({ redis: await redis(), keyPrefix: 'rl:api', windowSeconds: 60 });
    const b = new RateLimiter({ redis: await redis(), keyPrefix: 'rl:api', windowSeconds: 60 });
    const n = 10;
    const results = await Promise.all(
      Array.from({ length: n + 5 }, (_, i) => (i % 2 ? a : b).hit('c:parallel', n)),
    );
    expect(results.filter((d) => d.allowed)).toHaveLength(n);
  });

  it.skipIf(!REDIS_URL)(
    'applies a raised limit at once, though the key was known to be over the old one',
    async () => {
      const limiter = new RateLimiter({ redis: await redis(), keyPrefix: 'rl:raise', windowSeconds: 60 });
      for (let i = 0; i < 3; i++) await limiter.hit('k', 3);
      expect((await limiter.hit('k', 3)).allowed).toBe(false);
      // Known to be blocked now: the same limit is refused without asking Redis.
      expect(await limiter.hit('k', 3)).toMatchObject({ allowed: false, limit: 3 });
      const raised = await limiter.hit('k', 10);
      expect(raised).toMatchObject({ allowed: true, limit: 10, remaining: 5 });
    },
  );

  it.skipIf(!REDIS_URL)('keeps different prefixes apart', async () => {
    const a = new RateLimiter({ redis: await redis(), keyPrefix: 'rl:one', windowSeconds: 60 });
    const b = new RateLimiter({ redis: await redis(), keyPrefix: 'rl:two', windowSeconds: 60 });
    await a.hit('same', 1);
    expect((await a.hit('same', 1)).allowed).toBe(false);
    expect((await b.hit('same', 1)).allowed).toBe(true);
  });
});
