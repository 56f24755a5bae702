/**
 * The optional Redis connection (`REDIS_URL`): state several instances must
 * share (rate-limit counters, login failures, revoked tokens). Without it those
 * live in process memory, which is right for one process.
 */
import { Redis } from 'ioredis';
import type { Config } from '../config.js';

export type { Redis };

export function connectRedis(config: Pick<Config, 'REDIS_URL' | 'REDIS_KEY_PREFIX'>): Redis | undefined {
  if (!config.REDIS_URL) return undefined;
  return new Redis(config.REDIS_URL, {
    keyPrefix: config.REDIS_KEY_PREFIX,
    // Fail fast rather than queue commands forever while Redis is away.
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    lazyConnect: false,
  });
}
