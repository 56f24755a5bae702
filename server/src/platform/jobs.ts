/**
 * A durable jobs queue. `enqueue(trx, ...)` writes a row inside the caller's
 * transaction, so a job exists exactly when the change that asked for it
 * committed. A worker claims due rows (`FOR UPDATE SKIP LOCKED` on PostgreSQL,
 * so several processes share one queue), runs the typed handler, and on failure
 * retries with exponential backoff until `max_attempts`, then marks the job dead.
 * Delivery is at least once: handlers must be safe to run twice.
 */
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import { type DB, skipLocked } from '../db/dialect.js';
import type { JobsTable } from '../db/schema.js';
import { newId, nowIso } from './ids.js';
import { noteDatabaseFailure } from './storage-health.js';
import { afterCommit, type Executor } from './transaction.js';

/** Payload types by job type; modules add theirs with `declare module` augmentation. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each module
export interface JobTypes {}

export type JobType = keyof JobTypes & string;

export interface JobContext {
  id: string;
  attempt: number;
  log: FastifyBaseLogger;
}

export type JobHandler<K extends JobType> = (payload: JobTypes[K], ctx: JobContext) => Promise<void>;

/** Handlers by job type, as a module declares them. */
export type JobHandlers = { [K in JobType]?: JobHandler<K> };

export interface EnqueueOptions {
  /** Run no earlier than this. Default: now. */
  runAt?: Date;
  delayMs?: number;
  maxAttempts?: number;
  /** A job with the same key is enqueued only once (the second call is a no-op). */
  dedupeKey?: string;
}

export interface JobView {
  id: string;
  type: string;
  payload: unknown;
  status: JobsTable['status'];
  attempts: number;
  max_attempts: number;
  run_at: string;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface JobQueueOptions {
  db: DB;
  log: FastifyBaseLogger;
  /** `poll`: a timer looks for due jobs (servers, workers). `inline`: jobs run right after commit, and tests await `idle()`. */
  mode: 'poll' | 'inline' | 'off';
  pollIntervalMs?: number;
  /** Jobs claimed per round. */
  batchSize?: number;
  defaultMaxAttempts?: number;
  /** First retry delay; doubled each attempt. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** A running job whose lock is older than this is presumed lost with its worker and claimed again. */
  lockTimeoutMs?: number;
}

interface Registered {
  handler: JobHandler<JobType>;
  maxAttempts?: number;
}

export class JobQueue {
  readonly #db: DB;
  readonly #log: FastifyBaseLogger;
  readonly #handlers = new Map<string, Registered>();
  readonly #workerId = `${hostname()}:${process.pid}:${newId().slice(-8)}`;
  readonly #opts: Required<Omit<JobQueueOptions, 'db' | 'log'>>;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #rerun = false;
  #stopped = false;
  readonly #pollTasks: Array<() => Promise<unknown>> = [];

  constructor(options: JobQueueOptions) {
    this.#db = options.db;
    this.#log = options.log.child({ component: 'jobs' });
    this.#opts = {
      mode: options.mode,
      pollIntervalMs: options.pollIntervalMs ?? 1000,
      batchSize: options.batchSize ?? 10,
      defaultMaxAttempts: options.defaultMaxAttempts ?? 8,
      backoffBaseMs: options.backoffBaseMs ?? 2000,
      backoffMaxMs: options.backoffMaxMs ?? 60 * 60 * 1000,
      lockTimeoutMs: options.lockTimeoutMs ?? 5 * 60 * 1000,
    };
  }

  get mode() {
    return this.#opts.mode;
  }

  register<K extends JobType>(type: K, handler: JobHandler<K>, options: { maxAttempts?: number } = {}): void {
    if (this.#handlers.has(type)) throw new Error(`A handler for job type "${type}" is already registered.`);
    this.#handlers.set(type, { handler: handler as JobHandler<JobType>, ...options });
  }

  /** A task the polling worker runs on each round, before it looks for jobs (the scheduler's tick). */
  onPoll(task: () => Promise<unknown>): void {
    this.#pollTasks.push(task);
  }

  /**
   * Writes the job inside `executor`'s transaction. It becomes visible to workers
   * when that transaction commits, and is nudged to run right after the commit.
   */
  async enqueue<K extends JobType>(
    executor: Executor,
    type: K,
    payload: JobTypes[K],
    options: EnqueueOptions = {},
  ): Promise<string> {
    const registered = this.#handlers.get(type);
    const now = new Date();
    const runAt = options.runAt ?? new Date(now.getTime() + (options.delayMs ?? 0));
    const id = newId();
    let query = executor.insertInto('jobs').values({
      id,
      type,
      payload: JSON.stringify(payload),
      status: 'pending',
      attempts: 0,
      max_attempts: options.maxAttempts ?? registered?.maxAttempts ?? this.#opts.defaultMaxAttempts,
      run_at: nowIso(runAt),
      locked_by: null,
      locked_at: null,
      last_error: null,
      dedupe_key: options.dedupeKey ?? null,
      created_at: nowIso(now),
      updated_at: nowIso(now),
      finished_at: null,
    });
    if (options.dedupeKey) query = query.onConflict((oc) => oc.column('dedupe_key').doNothing());
    await query.execute();
    if (runAt.getTime() <= now.getTime()) afterCommit(executor, () => this.wake());
    return id;
  }

  /** Looks for due jobs now instead of at the next poll. */
  wake(): void {
    if (this.#opts.mode === 'off' || this.#stopped) return;
    void this.#drainSoon();
  }

  #drainSoon(): Promise<void> {
    if (this.#running) {
      this.#rerun = true;
      return this.#running;
    }
    this.#running = (async () => {
      try {
        do {
          this.#rerun = false;
          // A full batch may have left more behind; a partial one emptied the queue
          // (jobs enqueued meanwhile set #rerun through wake()).
          while (!this.#stopped && (await this.runDue()) >= this.#opts.batchSize) {
            // keep going while there is work
          }
        } while (this.#rerun && !this.#stopped);
      } catch (err) {
        noteDatabaseFailure(this.#db, err);
        this.#log.error({ err }, 'job worker round failed');
      } finally {
        this.#running = undefined;
      }
    })();
    return this.#running;
  }

  /** Resolves when no round is running (tests: after a request, `await jobs.idle()`). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  /**
   * Claims up to a batch of due jobs and runs them. Returns how many ran.
   * `now` lets tests move the clock past a backoff.
   */
  async runDue(now: Date = new Date()): Promise<number> {
    const claimed = await this.#claim(now);
    await Promise.all(claimed.map((job) => this.#run(job)));
    return claimed.length;
  }

  async #claim(now: Date): Promise<JobsTable[]> {
    const db = this.#db;
    const nowStr = nowIso(now);
    const staleBefore = nowIso(new Date(now.getTime() - this.#opts.lockTimeoutMs));
    const due = skipLocked(
      db,
      db
        .selectFrom('jobs')
        .select('id')
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', nowStr)]),
            eb.and([eb('status', '=', 'running'), eb('locked_at', '<', staleBefore)]),
          ]),
        )
        .orderBy('run_at')
        .limit(this.#opts.batchSize),
    );
    return db
      .updateTable('jobs')
      .set({
        status: 'running',
        locked_by: this.#workerId,
        locked_at: nowStr,
        attempts: sql`attempts + 1`,
        updated_at: nowStr,
      })
      .where('id', 'in', due)
      .returningAll()
      .execute();
  }

  async #run(job: JobsTable): Promise<void> {
    const log = this.#log.child({ job: job.id, type: job.type, attempt: job.attempts });
    const registered = this.#handlers.get(job.type);
    try {
      if (!registered) throw new Error(`No handler is registered for job type "${job.type}".`);
      await registered.handler(JSON.parse(job.payload), { id: job.id, attempt: job.attempts, log });
      const done = nowIso();
      await this.#db
        .updateTable('jobs')
        .set({
          status: 'done',
          locked_by: null,
          locked_at: null,
          finished_at: done,
          updated_at: done,
          last_error: null,
        })
        .where('id', '=', job.id)
        .where('locked_by', '=', this.#workerId)
        .execute();
    } catch (err) {
      // A job that failed for want of the database makes the instance not ready, as a request would.
      noteDatabaseFailure(this.#db, err);
      const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      const dead = job.attempts >= job.max_attempts;
      const now = new Date();
      await this.#db
        .updateTable('jobs')
        .set({
          status: dead ? 'dead' : 'pending',
          locked_by: null,
          locked_at: null,
          last_error: message.slice(0, 4000),
          run_at: dead ? job.run_at : nowIso(new Date(now.getTime() + this.backoffMs(job.attempts))),
          finished_at: dead ? nowIso(now) : null,
          updated_at: nowIso(now),
        })
        .where('id', '=', job.id)
        .where('locked_by', '=', this.#workerId)
        .execute();
      if (dead) log.error({ err }, 'job failed for the last time and is dead');
      else log.warn({ err }, 'job failed; will retry');
    }
  }

  /** Delay before the retry that follows failed attempt number `attempt` (1-based). */
  backoffMs(attempt: number): number {
    return Math.min(this.#opts.backoffMaxMs, this.#opts.backoffBaseMs * 2 ** Math.max(0, attempt - 1));
  }

  /**
   * Starts polling. In a server the HTTP listener keeps the process alive and
   * the timer must not; a dedicated worker has nothing else, so it passes
   * `keepAlive` (else it would exit after its first round).
   */
  start(options: { keepAlive?: boolean } = {}): void {
    if (this.#opts.mode !== 'poll' || this.#timer) return;
    this.#stopped = false;
    const schedule = (ms: number) => {
      const timer = setTimeout(tick, ms);
      if (!options.keepAlive) timer.unref();
      this.#timer = timer;
    };
    const tick = async () => {
      await this.#runPollTasks();
      await this.#drainSoon();
      if (!this.#stopped) schedule(this.#opts.pollIntervalMs);
    };
    schedule(0);
  }

  async #runPollTasks(): Promise<void> {
    for (const task of this.#pollTasks) {
      if (this.#stopped) return;
      try {
        await task();
      } catch (err) {
        noteDatabaseFailure(this.#db, err);
        this.#log.error({ err }, 'a task of the worker round failed');
      }
    }
  }

  /** Stops polling and waits for the jobs in hand to finish. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.idle();
  }

  async list(
    filter: { status?: JobsTable['status']; type?: string; limit?: number } = {},
  ): Promise<JobView[]> {
    let q = this.#db
      .selectFrom('jobs')
      .selectAll()
      .orderBy('created_at', 'desc')
      .limit(filter.limit ?? 100);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.type) q = q.where('type', '=', filter.type);
    const rows = await q.execute();
    return rows.map((r) => ({
      id: r.id,
      type: r.type,
      payload: JSON.parse(r.payload),
      status: r.status,
      attempts: r.attempts,
      max_attempts: r.max_attempts,
      run_at: r.run_at,
      last_error: r.last_error,
      created_at: r.created_at,
      finished_at: r.finished_at,
    }));
  }

  /** Puts a dead job back in the queue with a fresh set of attempts. Returns false if it is not dead. */
  async retry(id: string): Promise<boolean> {
    const now = nowIso();
    const result = await this.#db
      .updateTable('jobs')
      .set({ status: 'pending', attempts: 0, run_at: now, finished_at: null, updated_at: now })
      .where('id', '=', id)
      .where('status', '=', 'dead')
      .executeTakeFirst();
    const changed = Number(result.numUpdatedRows) > 0;
    if (changed) this.wake();
    return changed;
  }

  /** Deletes finished jobs older than `olderThanMs` (dead ones are kept for people to look at). */
  async purgeDone(olderThanMs: number): Promise<number> {
    const result = await this.#db
      .deleteFrom('jobs')
      .where('status', '=', 'done')
      .where('finished_at', '<', nowIso(new Date(Date.now() - olderThanMs)))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
