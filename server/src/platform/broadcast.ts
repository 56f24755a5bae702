/**
 * Tells the other instances that something they may hold in memory changed (a
 * revoked session, an API client rotated, the catalogue edited), over Redis
 * pub/sub when `REDIS_URL` is set. Without Redis there is one process, and
 * nobody else to tell.
 *
 * A publisher never hears its own messages: it has already applied the change
 * locally. Delivery is best effort (pub/sub keeps nothing for an instance that
 * was away), so what is broadcast must also be durable elsewhere, or short-lived.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from './redis.js';

type Handler = (message: unknown) => void;

export class Broadcast {
  /** This process, so its own messages can be told apart. */
  readonly #origin = randomUUID();
  readonly #handlers = new Map<string, Set<Handler>>();
  #subscriber: Redis | undefined;
  #ready: Promise<void> | undefined;

  constructor(private readonly deps: { redis: Redis | undefined; prefix: string; log: FastifyBaseLogger }) {}

  /** Whether messages reach other instances at all. */
  get shared(): boolean {
    return this.deps.redis !== undefined;
  }

  #channel(topic: string): string {
    // ioredis' keyPrefix does not apply to channels: prefix them here.
    return `${this.deps.prefix}broadcast:${topic}`;
  }

  /** Calls `handler` with every message other instances publish on `topic`. Resolves once subscribed. */
  async on(topic: string, handler: Handler): Promise<void> {
    let handlers = this.#handlers.get(topic);
    if (!handlers) {
      handlers = new Set();
      this.#handlers.set(topic, handlers);
    }
    handlers.add(handler);
    const { redis } = this.deps;
    if (!redis) return;
    if (!this.#subscriber) {
      const subscriber = redis.duplicate();
      this.#subscriber = subscriber;
      subscriber.on('message', (channel: string, raw: string) => this.#deliver(channel, raw));
      subscriber.on('error', (err: unknown) =>
        this.deps.log.warn({ err }, 'broadcast subscriber: Redis connection problem'),
      );
    }
    const previous = this.#ready ?? Promise.resolve();
    this.#ready = previous.then(async () => {
      await this.#subscriber?.subscribe(this.#channel(topic));
    });
    await this.#ready;
  }

  #deliver(channel: string, raw: string): void {
    const topic = channel.slice(`${this.deps.prefix}broadcast:`.length);
    let envelope: { origin?: unknown; message?: unknown };
    try {
      envelope = JSON.parse(raw) as typeof envelope;
    } catch (err) {
      this.deps.log.warn({ err, channel }, 'ignoring a malformed broadcast');
      return;
    }
    if (envelope.origin === this.#origin) return;
    for (const handler of this.#handlers.get(topic) ?? []) {
      try {
        handler(envelope.message);
      } catch (err) {
        this.deps.log.error({ err, topic }, 'a broadcast handler failed');
      }
    }
  }

  /** Sends `message` (JSON) to the other instances; never throws (failures are logged). */
  publish(topic: string, message: unknown): void {
    const { redis } = this.deps;
    if (!redis) return;
    redis
      .publish(this.#channel(topic), JSON.stringify({ origin: this.#origin, message }))
      .catch((err: unknown) => {
        this.deps.log.error({ err, topic }, 'could not broadcast a change to the other instances');
      });
  }

  async close(): Promise<void> {
    this.#handlers.clear();
    const subscriber = this.#subscriber;
    this.#subscriber = undefined;
    if (subscriber) await subscriber.quit().catch(() => subscriber.disconnect());
  }
}
