import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { JobQueue } from '../src/platform/jobs.js';
import { transaction } from '../src/platform/transaction.js';
import { createTestDatabase, type TestDatabase, testConfig } from './helpers.js';

declare module '../src/platform/jobs.js' {
  interface JobTypes {
    'test.record': { n: number };
    'test.fail': { message: string };
    'test.slow': { n: number };
  }
}

const log = pino({ level: 'silent' });
let database: TestDatabase;
let db: ReturnType<typeof connect>['db'];

beforeAll(async () => {
  database = await createTestDatabase();
  db = connect(testConfig(database.settings)).db;
  await migrateToLatest(db);
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

beforeEach(async () => {
  await db.deleteFrom('jobs').execute();
});

function queue(options: Partial<ConstructorParameters<typeof JobQueue>[0]> = {}) {
  const ran: number[] = [];
  const jobs = new JobQueue({ db, log, mode: 'inline', backoffBaseMs: 1000, ...options });
  jobs.register('test.record', async ({ n }) => {
    ran.push(n);
  });
  jobs.register(
    'test.fail',
    async ({ message }) => {
      throw new Error(message);
    },
    { maxAttempts: 3 },
  );
  return { jobs, ran };
}

async function statusOf(id: string) {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('jobs', () => {
  it('runs a job enqueued in a transaction only after it commits', async () => {
    const { jobs, ran } = queue();
    let ranDuringTransaction = -1;
    const id = await transaction(db, async (trx) => {
      const jobId = await jobs.enqueue(trx, 'test.record', { n: 1 });
      // Give an eager worker every chance to run it early.
      await new Promise((r) => setTimeout(r, 20));
      ranDuringTransaction = ran.length;
      return jobId;
    });
    await jobs.idle();
    expect(ranDuringTransaction).toBe(0);
    expect(ran).toEqual([1]);
    expect(await statusOf(id)).toMatchObject({ status: 'done', attempts: 1, locked_by: null });
  });

  it('never runs a job whose transaction rolled back', async () => {
    const { jobs, ran } = queue();
    await expect(
      transaction(db, async (trx) => {
        await jobs.enqueue(trx, 'test.record', { n: 2 });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await jobs.idle();
    expect(await jobs.runDue(new Date(Date.now() + 24 * 3600_000))).toBe(0);
    expect(ran).toEqual([]);
    expect(await db.selectFrom('jobs').selectAll().execute()).toEqual([]);
  });

  it('retries a failing job with exponential backoff, then marks it dead', async () => {
    const { jobs } = queue();
    const id = await transaction(db, (trx) => jobs.enqueue(trx, 'test.fail', { message: 'smtp down' }));
    await jobs.idle();

    let job = await statusOf(id);
    expect(job).toMatchObject({ status: 'pending', attempts: 1, last_error: 'Error: smtp down' });
    const firstRetry = new Date(job.run_at).getTime() - new Date(job.updated_at).getTime();
    expect(firstRetry).toBe(1000);

    // Not due yet: nothing runs.
    expect(await jobs.runDue(new Date(new Date(job.run_at).getTime() - 1))).toBe(0);

    expect(await jobs.runDue(new Date(job.run_at))).toBe(1);
    job = await statusOf(id);
    expect(job).toMatchObject({ status: 'pending', attempts: 2 });
    expect(new Date(job.run_at).getTime() - new Date(job.updated_at).getTime()).toBe(2000);

    expect(await jobs.runDue(new Date(new Date(job.run_at).getTime() + 1))).toBe(1);
    job = await statusOf(id);
    expect(job).toMatchObject({ status: 'dead', attempts: 3, last_error: 'Error: smtp down' });
    expect(job.finished_at).not.toBeNull();

    // Dead jobs stay dead and are listed for people to look at.
    expect(await jobs.runDue(new Date(Date.now() + 365 * 24 * 3600_000))).toBe(0);
    expect((await jobs.list({ status: 'dead' })).map((j) => j.id)).toEqual([id]);
  });

  it('puts a dead job back in the queue on retry', async () => {
    const { jobs } = queue();
    const id = await transaction(db, (trx) =>
      jobs.enqueue(trx, 'test.fail', { message: 'x' }, { maxAttempts: 1 }),
    );
    await jobs.idle();
    expect((await statusOf(id)).status).toBe('dead');
    expect(await jobs.retry(id)).toBe(true);
    await jobs.idle();
    expect(await statusOf(id)).toMatchObject({ status: 'dead', attempts: 1 });
    expect(await jobs.retry('00000000-0000-7000-8000-000000000000')).toBe(false);
  });

  it('enqueues a job with a dedupe key once', async () => {
    const { jobs, ran } = queue();
    await transaction(db, async (trx) => {
      await jobs.enqueue(trx, 'test.record', { n: 7 }, { dedupeKey: 'order-7-confirmation' });
      await jobs.enqueue(trx, 'test.record', { n: 7 }, { dedupeKey: 'order-7-confirmation' });
    });
    await jobs.enqueue(db, 'test.record', { n: 7 }, { dedupeKey: 'order-7-confirmation' });
    await jobs.idle();
    expect(ran).toEqual([7]);
  });

  it('waits for a delayed job until it is due', async () => {
    const { jobs, ran } = queue();
    await jobs.enqueue(db, 'test.record', { n: 9 }, { delayMs: 60_000 });
    await jobs.idle();
    expect(ran).toEqual([]);
    expect(await jobs.runDue(new Date(Date.now() + 61_000))).toBe(1);
    expect(ran).toEqual([9]);
  });

  it('claims each job once when several workers share the queue', async () => {
    const seen = new Map<number, number>();
    const workers = [0, 1, 2].map(() => {
      const jobs = new JobQueue({ db, log, mode: 'off', batchSize: 5 });
      jobs.register('test.slow', async ({ n }) => {
        seen.set(n, (seen.get(n) ?? 0) + 1);
        await new Promise((r) => setTimeout(r, 2));
      });
      return jobs;
    });
    const producer = workers[0]!;
    await transaction(db, async (trx) => {
      for (let n = 0; n < 60; n++) await producer.enqueue(trx, 'test.slow', { n });
    });
    await Promise.all(
      workers.map(async (w) => {
        while ((await w.runDue()) > 0) {
          // drain
        }
      }),
    );
    expect(seen.size).toBe(60);
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
    const left = await db.selectFrom('jobs').select('status').where('status', '!=', 'done').execute();
    expect(left).toEqual([]);
  });

  it('claims again a job whose worker died holding it', async () => {
    const { jobs, ran } = queue({ lockTimeoutMs: 1000 });
    const id = await jobs.enqueue(db, 'test.record', { n: 5 }, { delayMs: 10_000 });
    // A worker claimed it, then vanished.
    await db
      .updateTable('jobs')
      .set({
        status: 'running',
        locked_by: 'gone:1',
        locked_at: new Date(Date.now() - 5000).toISOString(),
        attempts: 1,
      })
      .where('id', '=', id)
      .execute();
    expect(await jobs.runDue(new Date())).toBe(1);
    expect(ran).toEqual([5]);
    expect(await statusOf(id)).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('computes backoff as doubling delays with a ceiling', () => {
    const jobs = new JobQueue({ db, log, mode: 'off', backoffBaseMs: 2000, backoffMaxMs: 10_000 });
    expect([1, 2, 3, 4, 5].map((n) => jobs.backoffMs(n))).toEqual([2000, 4000, 8000, 10_000, 10_000]);
  });

  it('polls for due jobs in poll mode and stops cleanly', async () => {
    const { jobs, ran } = queue({ mode: 'poll', pollIntervalMs: 50 });
    // Written behind the queue's back (another process, say): found by polling.
    await db
      .insertInto('jobs')
      .values({
        id: '00000000-0000-7000-8000-0000000000aa',
        type: 'test.record',
        payload: JSON.stringify({ n: 11 }),
        status: 'pending',
        attempts: 0,
        max_attempts: 3,
        run_at: new Date().toISOString(),
        locked_by: null,
        locked_at: null,
        last_error: null,
        dedupe_key: null,
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
        finished_at: null,
      })
      .execute();
    jobs.start();
    for (let i = 0; i < 100 && ran.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await jobs.stop();
    expect(ran).toEqual([11]);
  });
});
