/**
 * The optional Redis connection (`REDIS_URL`): state several instances must
 * share (rate-limit counters, login failures, revoked tokens). Without it those
 * live in process memory, which is right for one process.
 *
 * Redis may go away. Then every command fails at once instead of waiting for
 * a reconnection (no offline queue, no retries, bounded connect and command
 * times), and its callers carry on in a degraded mode: rate limits and login
 * failures are counted in this process (`rate-limit.ts`, `login-throttle.ts`),
 * broadcasts are dropped, and what they carried is re-read from the database
 * when the connection comes back (`broadcast.ts`). The outage is logged once
 * when it starts and once when it ends, not per request.
 */
import type { FastifyBaseLogger } from 'fastify';
import { Redis, type RedisOptions } from 'ioredis';
import type { Config } from '../config.js';

export type { Redis };

/** How long a (re)connection attempt may take. */
const CONNECT_TIMEOUT_MS = 2000;
/** How long a command may wait for its answer (a healthy Redis answers in well under a millisecond). */
const COMMAND_TIMEOUT_MS = 1000;
/** Reconnection attempts back off up to this delay, so a Redis that returns is found again within it. */
const MAX_RECONNECT_DELAY_MS = 1000;

const REDIS_OPTIONS = {
  connectTimeout: CONNECT_TIMEOUT_MS,
  commandTimeout: COMMAND_TIMEOUT_MS,
  // Fail fast while Redis is away: no command waits for a reconnection.
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  retryStrategy: (attempt: number) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS),
  lazyConnect: false,
} satisfies RedisOptions;

export function connectRedis(
  config: Pick<Config, 'REDIS_URL' | 'REDIS_KEY_PREFIX'>,
  log: FastifyBaseLogger,
): Redis | undefined {
  if (!config.REDIS_URL) return undefined;
  const redis = new Redis(config.REDIS_URL, { ...REDIS_OPTIONS, keyPrefix: config.REDIS_KEY_PREFIX });
  watchConnection(
    redis,
    log,
    'Redis is unreachable: rate limits and login failures are counted in this process until it is back',
  );
  return redis;
}

/**
 * Gives `redis` its 'error' listener (without one, ioredis prints every failed
 * reconnection) and logs an outage once: `down` when the connection is lost or
 * cannot be made, and that it is back at the next 'ready'.
 */
export function watchConnection(redis: Redis, log: FastifyBaseLogger, down: string): void {
  let reachable = true;
  const lost = (err?: unknown) => {
    if (!reachable) return;
    reachable = false;
    log.warn({ err }, down);
  };
  redis.on('error', lost);
  // A connection that closes without an error (Redis stopped) is followed by reconnection attempts.
  redis.on('reconnecting', () => lost());
  redis.on('ready', () => {
    if (reachable) return;
    reachable = true;
    log.info('Redis is reachable again');
  });
}

/** Closes `redis`: politely while Redis answers, at once when it does not (a QUIT would wait or fail). */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'ready') {
    try {
      await redis.quit();
      return;
    } catch {
      // Lost meanwhile: drop the connection below.
    }
  }
  redis.disconnect();
}
