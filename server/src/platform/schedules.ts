/**
 * Calendar schedules ("the 1st of the month at 00:05 in the shop's time
 * zone"), parsed by croner. Every job worker ticks the scheduler on each poll;
 * a run is keyed by its period (the slot it is for): the first worker to move
 * the schedule's `last_period` forward to it (one guarded update) queues its
 * job in the same transaction, so any number of workers run each period once.
 * The job then runs with the queue's retries.
 *
 * Catching up: a slot that passed while no worker ran (downtime) is made up
 * once, at the next tick; slots older than the most recent one are not
 * replayed one by one, and slots from before a schedule first existed never run.
 */
import { Cron } from 'croner';
import type { FastifyBaseLogger } from 'fastify';
import type { DB } from '../db/dialect.js';
import { nowIso } from './ids.js';
import type { JobQueue } from './jobs.js';
import { transaction } from './transaction.js';

export interface ScheduleRun {
  /** The slot this run is for (ISO 8601, UTC): the same on a retry. */
  period: string;
  log: FastifyBaseLogger;
}

export interface ScheduleDefinition {
  /** Unique, dotted by module: `identity.purge`. */
  name: string;
  /** A cron pattern (5 fields, or 6 with seconds first), in the configured time zone. */
  cron: string;
  /** What to do for one period; must be safe to run twice (a retry after a crash). */
  run(run: ScheduleRun): Promise<void>;
}

declare module './jobs.js' {
  interface JobTypes {
    'schedule.run': { name: string; period: string };
  }
}

interface Registered {
  definition: ScheduleDefinition;
  cron: Cron;
  /** The last period this process saw handled (skips the database until the next slot). */
  handled: string | undefined;
  /** Whether this process has made sure the schedule's row exists (once, at its first tick). */
  stored: boolean;
}

export class Scheduler {
  readonly #schedules = new Map<string, Registered>();
  readonly #log: FastifyBaseLogger;

  constructor(
    private readonly deps: {
      db: DB;
      jobs: JobQueue;
      log: FastifyBaseLogger;
      timeZone: string;
      /** Patterns by schedule name that replace the defined ones (the `SCHEDULES` setting). */
      overrides?: Readonly<Record<string, string>>;
    },
  ) {
    this.#log = deps.log.child({ component: 'schedules' });
    deps.jobs.register('schedule.run', async ({ name, period }, ctx) => {
      const registered = this.#schedules.get(name);
      if (!registered) throw new Error(`No schedule is named "${name}".`);
      await registered.definition.run({ period, log: ctx.log });
    });
  }

  add(definition: ScheduleDefinition): void {
    if (this.#schedules.has(definition.name))
      throw new Error(`The schedule "${definition.name}" exists already.`);
    const pattern = this.deps.overrides?.[definition.name] ?? definition.cron;
    const cron = new Cron(pattern, { timezone: this.deps.timeZone, paused: true });
    this.#schedules.set(definition.name, { definition, cron, handled: undefined, stored: false });
  }

  /** The schedules with their patterns and next runs (for `mercato schedules`). */
  list(now: Date = new Date()): Array<{ name: string; cron: string; next: string | null }> {
    return [...this.#schedules.values()].map(({ definition, cron }) => ({
      name: definition.name,
      cron: cron.getPattern() ?? definition.cron,
      next: cron.nextRun(now)?.toISOString() ?? null,
    }));
  }

  /**
   * Queues the run of every schedule whose latest slot (at or before `now`)
   * has not run yet. Returns the runs this call queued (another worker may
   * have queued the others).
   */
  async tick(now: Date = new Date()): Promise<Array<{ name: string; period: string }>> {
    const queued: Array<{ name: string; period: string }> = [];
    for (const registered of this.#schedules.values()) {
      const slot = latestSlot(registered.cron, now);
      if (!slot) continue;
      const period = slot.toISOString();
      if (registered.handled === period) continue;
      try {
        if (!registered.stored) {
          await this.#store(registered.definition.name, now);
          registered.stored = true;
        }
        if (await this.#claim(registered.definition.name, period)) {
          queued.push({ name: registered.definition.name, period });
        }
        registered.handled = period;
      } catch (err) {
        this.#log.error({ err, schedule: registered.definition.name }, 'could not queue a scheduled run');
      }
    }
    return queued;
  }

  /**
   * The schedule's row, made by the first worker that ever sees it (its
   * `created_at` is when the schedule came to exist); kept as it is afterwards.
   */
  async #store(name: string, now: Date): Promise<void> {
    await this.deps.db
      .insertInto('schedules')
      .values({ name, created_at: nowIso(now), last_period: null })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
  }

  /**
   * Moves the schedule's `last_period` to `period` and queues its job, in one
   * transaction; false when another worker got there first or the slot predates
   * the schedule.
   */
  async #claim(name: string, period: string): Promise<boolean> {
    const { db, jobs } = this.deps;
    return transaction(db, async (trx) => {
      // One guarded update decides: the period must be newer than the last one run,
      // and not older than the schedule itself (a slot before it existed is no missed run).
      const won = await trx
        .updateTable('schedules')
        .set({ last_period: period })
        .where('name', '=', name)
        .where('created_at', '<=', period)
        .where((eb) => eb.or([eb('last_period', 'is', null), eb('last_period', '<', period)]))
        .returning('name')
        .executeTakeFirst();
      if (!won) return false;
      await jobs.enqueue(trx, 'schedule.run', { name, period }, { dedupeKey: `schedule:${name}:${period}` });
      return true;
    });
  }
}

/** The most recent slot of `cron` at or before `now`. */
function latestSlot(cron: Cron, now: Date): Date | undefined {
  // previousRuns looks strictly before its reference: a slot exactly at `now` counts as due.
  const [slot] = cron.previousRuns(1, new Date(now.getTime() + 1));
  return slot;
}
