/**
 * Tells the other instances that something they may hold in memory changed (a
 * revoked session, an API client rotated, the catalogue edited), over Redis
 * pub/sub when `REDIS_URL` is set. Without Redis there is one process, and
 * nobody else to tell.
 *
 * A publisher never hears its own messages: it has already applied the change
 * locally. Delivery is best effort (pub/sub keeps nothing for an instance that
 * was away, and nothing is sent while Redis is), so what is broadcast must also
 * be durable elsewhere, or short-lived: each subscriber gives a `resync` that
 * catches up from where it is durable, run whenever the subscription starts
 * again after Redis was unreachable (and once when it first starts).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { closeRedis, type Redis, watchConnection } from './redis.js';

type Handler = (message: unknown) => void;
type Resync = () => void | Promise<void>;

/** A promise and the function that resolves it (`Promise.withResolvers`, which Node 20 lacks). */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

export class Broadcast {
  /** This process, so its own messages can be told apart. */
  readonly #origin = randomUUID();
  readonly #handlers = new Map<string, Set<Handler>>();
  readonly #resyncs = new Set<Resync>();
  #subscriber: Redis | undefined;
  /** Resolves when the subscriber's connection fails (renewed each time it is ready again). */
  #failure = signal();
  #down = false;

  constructor(private readonly deps: { redis: Redis | undefined; prefix: string; log: FastifyBaseLogger }) {}

  /** Whether messages reach other instances at all. */
  get shared(): boolean {
    return this.deps.redis !== undefined;
  }

  #channel(topic: string): string {
    // ioredis' keyPrefix does not apply to channels: prefix them here.
    return `${this.deps.prefix}broadcast:${topic}`;
  }

  /**
   * Calls `handler` with every message other instances publish on `topic`, and
   * `resync` whenever messages may have been missed (the subscription starts,
   * or starts again after Redis was unreachable). Resolves once subscribed, or
   * at once while Redis is unreachable: the subscription is then made when it
   * returns.
   */
  async on(topic: string, handler: Handler, resync?: Resync): Promise<void> {
    let handlers = this.#handlers.get(topic);
    if (!handlers) {
      handlers = new Set();
      this.#handlers.set(topic, handlers);
    }
    handlers.add(handler);
    if (resync) this.#resyncs.add(resync);
    const subscriber = this.#connect();
    if (!subscriber) return;
    const subscribed = subscriber.subscribe(this.#channel(topic)).then(
      () => undefined,
      (err: unknown) => this.deps.log.warn({ err, topic }, 'broadcast: could not subscribe'),
    );
    if (!this.#down) await Promise.race([subscribed, this.#failure.promise]);
  }

  /** The subscriber connection: its commands wait for Redis (a subscription is kept for when it returns). */
  #connect(): Redis | undefined {
    const { redis, log } = this.deps;
    if (!redis || this.#subscriber) return this.#subscriber;
    const subscriber = redis.duplicate({
      enableOfflineQueue: true,
      maxRetriesPerRequest: null,
      commandTimeout: undefined,
    });
    this.#subscriber = subscriber;
    subscriber.on('message', (channel: string, raw: string) => this.#deliver(channel, raw));
    watchConnection(
      subscriber,
      log,
      'Redis is unreachable: changes made on other instances are re-read from the database when it is back',
    );
    const lost = () => {
      this.#down = true;
      this.#failure.resolve();
    };
    subscriber.on('error', lost);
    subscriber.on('reconnecting', lost);
    subscriber.on('ready', () => {
      this.#down = false;
      this.#failure = signal();
      // After the subscriptions ioredis renews on 'ready' (replies come in order): then nothing is missed.
      subscriber.ping().then(
        () => this.#resync(),
        () => undefined, // Lost again: the next 'ready' resyncs.
      );
    });
    return subscriber;
  }

  #resync(): void {
    for (const resync of this.#resyncs) {
      Promise.resolve()
        .then(resync)
        .catch((err: unknown) => this.deps.log.error({ err }, 'broadcast: could not catch up after a gap'));
    }
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

  /**
   * Sends `message` (JSON) to the other instances; never throws. While Redis is
   * unreachable nothing is sent (the outage is logged once, in redis.ts), and
   * the other instances catch up through their `resync` when it returns.
   */
  publish(topic: string, message: unknown): void {
    const { redis } = this.deps;
    if (redis?.status !== 'ready') return;
    redis
      .publish(this.#channel(topic), JSON.stringify({ origin: this.#origin, message }))
      .catch((err: unknown) => {
        this.deps.log.warn({ err, topic }, 'could not broadcast a change to the other instances');
      });
  }

  async close(): Promise<void> {
    this.#handlers.clear();
    this.#resyncs.clear();
    const subscriber = this.#subscriber;
    this.#subscriber = undefined;
    if (subscriber) await closeRedis(subscriber);
  }
}
