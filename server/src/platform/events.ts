/**
 * Domain events: how one module tells the others that something happened,
 * without importing them. A use case calls `events.emit(trx, 'order.paid', {...})`
 * inside its transaction, and the event is delivered only if that commits:
 *
 * - to **durable handlers** (`events` of a module definition): the emit writes
 *   one `events.deliver` job per handler in the same transaction (the jobs
 *   table is the outbox), so a worker runs each handler after commit, at least
 *   once, with the queue's retries and backoff. Handlers must be idempotent
 *   (a unique key, not a read-then-write).
 * - to **in-process listeners** (`listeners` of a module definition): called
 *   after commit in this process and, when Redis is configured, in every other
 *   instance too. For what lives in memory (caches); a listener never fails the
 *   change and may miss an event while Redis is away, so what it guards must
 *   also expire on its own.
 *
 * Event names and payloads are typed through `EventTypes`, which each module
 * fills for the events it emits (`declare module '../../platform/events.js'`).
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Broadcast } from './broadcast.js';
import { newId } from './ids.js';
import type { JobContext, JobQueue } from './jobs.js';
import { afterCommit, type Executor } from './transaction.js';

/** Payload types by event name; modules add theirs with `declare module` augmentation. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each module
export interface EventTypes {}

export type EventName = keyof EventTypes & string;

export interface EventContext extends JobContext {
  /** The event's own id: the same on every delivery attempt (a natural idempotency key). */
  eventId: string;
  name: EventName;
}

export type EventHandler<E extends EventName> = (payload: EventTypes[E], ctx: EventContext) => Promise<void>;
export type EventListener<E extends EventName> = (payload: EventTypes[E]) => void;

export type EventHandlers = { [E in EventName]?: EventHandler<E> };
export type EventListeners = { [E in EventName]?: EventListener<E> };

interface Delivery {
  eventId: string;
  name: string;
  subscriber: string;
  payload: unknown;
}

declare module './jobs.js' {
  interface JobTypes {
    'events.deliver': Delivery;
  }
}

const TOPIC = 'events';

export class EventBus {
  /** Durable handlers by event name, then by subscriber (the module's name). */
  readonly #handlers = new Map<string, Map<string, EventHandler<EventName>>>();
  readonly #listeners = new Map<string, Set<EventListener<EventName>>>();
  readonly #missed = new Set<() => void>();
  readonly #log: FastifyBaseLogger;

  constructor(private readonly deps: { jobs: JobQueue; broadcast: Broadcast; log: FastifyBaseLogger }) {
    this.#log = deps.log.child({ component: 'events' });
    deps.jobs.register('events.deliver', async (delivery, ctx) => {
      const handler = this.#handlers.get(delivery.name)?.get(delivery.subscriber);
      // A handler that no longer exists (its module was removed) fails the job, so someone sees it.
      if (!handler)
        throw new Error(`"${delivery.subscriber}" has no handler for the event "${delivery.name}".`);
      await handler(delivery.payload as never, {
        ...ctx,
        eventId: delivery.eventId,
        name: delivery.name as EventName,
      });
    });
  }

  /** Registers `subscriber`'s durable handler of `name` (at most one per subscriber and event). */
  subscribe<E extends EventName>(subscriber: string, name: E, handler: EventHandler<E>): void {
    let bySubscriber = this.#handlers.get(name);
    if (!bySubscriber) {
      bySubscriber = new Map();
      this.#handlers.set(name, bySubscriber);
    }
    if (bySubscriber.has(subscriber)) throw new Error(`"${subscriber}" already handles the event "${name}".`);
    bySubscriber.set(subscriber, handler as EventHandler<EventName>);
  }

  /** Calls `listener` after each committed `name`, here and (with Redis) in the other instances. */
  on<E extends EventName>(name: E, listener: EventListener<E>): () => void {
    let listeners = this.#listeners.get(name);
    if (!listeners) {
      listeners = new Set();
      this.#listeners.set(name, listeners);
    }
    listeners.add(listener as EventListener<EventName>);
    return () => listeners.delete(listener as EventListener<EventName>);
  }

  /**
   * Calls `resync` whenever this instance may have missed other instances'
   * events (when it starts hearing them, and again after Redis was away): what
   * a listener keeps in memory may be stale then.
   */
  onMissed(resync: () => void): void {
    this.#missed.add(resync);
  }

  /** Hears the events other instances deliver to their listeners. Resolves once subscribed. */
  async start(): Promise<void> {
    await this.deps.broadcast.on(
      TOPIC,
      (message) => {
        const { name, payload } = (message ?? {}) as { name?: unknown; payload?: unknown };
        if (typeof name === 'string') this.#notify(name, payload);
      },
      () => {
        for (const resync of this.#missed) resync();
      },
    );
  }

  /**
   * Records `name` inside `executor`'s transaction: its durable handlers get a
   * job each (committed or rolled back with the change), its listeners are
   * called once the change commits.
   */
  async emit<E extends EventName>(executor: Executor, name: E, payload: EventTypes[E]): Promise<void> {
    const eventId = newId();
    const handlers = this.#handlers.get(name);
    if (handlers) {
      for (const subscriber of handlers.keys()) {
        await this.deps.jobs.enqueue(
          executor,
          'events.deliver',
          { eventId, name, subscriber, payload },
          { dedupeKey: `event:${eventId}:${subscriber}` },
        );
      }
    }
    // Told to the other instances even when nothing listens here: a process
    // without the listener (a job worker, a CLI command) changes what the
    // servers keep in memory all the same.
    const local = Boolean(this.#listeners.get(name)?.size);
    if (local || this.deps.broadcast.shared) {
      afterCommit(executor, () => {
        if (local) this.#notify(name, payload);
        this.deps.broadcast.publish(TOPIC, { name, payload });
      });
    }
  }

  #notify(name: string, payload: unknown): void {
    for (const listener of this.#listeners.get(name) ?? []) {
      try {
        listener(payload as never);
      } catch (err) {
        this.#log.error({ err, event: name }, 'an event listener failed');
      }
    }
  }
}
