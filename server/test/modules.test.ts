/**
 * The module contract: the graph (order, missing and circular requirements),
 * domain events after commit (durable handlers at least once, in-process
 * listeners, nothing for a rollback), and calendar schedules (once per period
 * across schedulers, caught up after downtime, never for slots before they existed).
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../src/app.js';
import { JobQueue } from '../src/platform/jobs.js';
import { defineModule, ModuleGraphError, orderModules } from '../src/platform/module.js';
import { Scheduler } from '../src/platform/schedules.js';
import { transaction } from '../src/platform/transaction.js';
import { buildTestApp, type TestApp } from './helpers.js';
import { buy, makeCustomer, makeProduct } from './shop-fixtures.js';

interface Probe {
  handled: Array<{ n: number; eventId: string; attempt: number }>;
  heard: number[];
  paid: string[];
  /** Values of `n` whose first delivery fails. */
  failFirst: Set<number>;
}

declare module '../src/platform/events.js' {
  interface EventTypes {
    'probe.happened': { n: number };
  }
}
declare module '../src/platform/module.js' {
  interface ModuleServices {
    probe: Probe;
  }
}

const probeModule = defineModule({
  name: 'probe',
  requires: ['identity'],
  services: () => ({ handled: [], heard: [], paid: [], failFirst: new Set<number>() }),
  events: (probe) => ({
    'probe.happened': async ({ n }, ctx) => {
      if (probe.failFirst.has(n) && ctx.attempt === 1) throw new Error('the first delivery fails');
      probe.handled.push({ n, eventId: ctx.eventId, attempt: ctx.attempt });
    },
    'order.paid': async ({ orderId }) => {
      probe.paid.push(orderId);
    },
  }),
  listeners: (probe) => ({
    'probe.happened': ({ n }) => {
      probe.heard.push(n);
    },
  }),
});

describe('the module graph', () => {
  const m = (name: string, requires: string[] = []) => ({ name, requires });

  it('orders modules after the ones they require, whatever the order of the list', () => {
    const order = orderModules([
      m('shop', ['catalog']),
      m('loyalty', ['identity', 'shop']),
      m('catalog'),
      m('identity'),
    ]);
    const names = order.map((x) => x.name);
    expect(names.indexOf('catalog')).toBeLessThan(names.indexOf('shop'));
    expect(names.indexOf('shop')).toBeLessThan(names.indexOf('loyalty'));
    expect(names.indexOf('identity')).toBeLessThan(names.indexOf('loyalty'));
  });

  it('refuses a missing requirement, a circle and a module listed twice, naming them', () => {
    expect(() => orderModules([m('shop', ['payments'])])).toThrow(
      new ModuleGraphError(
        'The module "shop" requires "payments", which is not in the list of modules (MODULES in app.ts).',
      ),
    );
    expect(() => orderModules([m('a', ['b']), m('b', ['c']), m('c', ['a'])])).toThrow(
      'Modules require each other in a circle: a → b → c → a.',
    );
    expect(() => orderModules([m('a'), m('a')])).toThrow('The module "a" is listed twice.');
  });

  it('stops the app from starting when a module requires one that is not there', async () => {
    const orphan = defineModule({ name: 'probe', requires: ['identity'], services: () => probeServices() });
    await expect(buildTestApp({}, { modules: [orphan] })).rejects.toThrow(
      'The module "probe" requires "identity", which is not in the list of modules',
    );
  });

  it('refuses a module that uses another without requiring it', async () => {
    const sneaky = defineModule({
      name: 'probe',
      services: (_ctx, use) => {
        use('catalog');
        return probeServices();
      },
    });
    await expect(buildTestApp({}, { modules: [...MODULES, sneaky] })).rejects.toThrow(
      'The module "probe" uses "catalog" without listing it in its requires.',
    );
  });
});

function probeServices(): Probe {
  return { handled: [], heard: [], paid: [], failFirst: new Set() };
}

describe('domain events', () => {
  let t: TestApp;
  let probe: Probe;
  beforeAll(async () => {
    t = await buildTestApp({}, { modules: [...MODULES, probeModule], jobs: { backoffBaseMs: 1 } });
    await t.app.ready();
    probe = t.app.ctx.module('probe');
  });
  afterAll(() => t.close());

  const emit = (n: number, fail = false) =>
    transaction(t.db, async (trx) => {
      await t.app.ctx.events.emit(trx, 'probe.happened', { n });
      if (fail) throw new Error('rolled back');
    });

  it('delivers a committed event to its durable handler and its listener, once each', async () => {
    await emit(1);
    await t.app.ctx.jobs.idle();
    expect(probe.handled.filter((h) => h.n === 1)).toHaveLength(1);
    expect(probe.heard.filter((n) => n === 1)).toHaveLength(1);
  });

  it('delivers nothing for a transaction that rolled back, and writes no outbox row', async () => {
    const before = await t.db.selectFrom('jobs').select('id').where('type', '=', 'events.deliver').execute();
    await expect(emit(2, true)).rejects.toThrow('rolled back');
    await t.app.ctx.jobs.idle();
    expect(probe.handled.some((h) => h.n === 2)).toBe(false);
    expect(probe.heard).not.toContain(2);
    const after = await t.db.selectFrom('jobs').select('id').where('type', '=', 'events.deliver').execute();
    expect(after).toHaveLength(before.length);
  });

  it('retries a failing handler with the same event id until it succeeds (at least once)', async () => {
    probe.failFirst.add(3);
    await emit(3);
    await t.app.ctx.jobs.idle();
    expect(probe.handled.some((h) => h.n === 3)).toBe(false);
    // The retry is due after the backoff.
    await t.app.ctx.jobs.runDue(new Date(Date.now() + 60_000));
    const handled = probe.handled.filter((h) => h.n === 3);
    expect(handled).toHaveLength(1);
    expect(handled[0]?.attempt).toBe(2);
    const job = await t.db
      .selectFrom('jobs')
      .select(['status', 'attempts'])
      .where('type', '=', 'events.deliver')
      .where('payload', 'like', '%"n":3%')
      .executeTakeFirstOrThrow();
    expect(job).toEqual({ status: 'done', attempts: 2 });
  });

  it('tells other modules that a shop order was paid (order.paid from a checkout)', async () => {
    const product = await makeProduct(t.db, { sizes: [{ stock: 3 }] });
    const customer = await makeCustomer(t.app);
    const res = await buy(t.app, customer, product.sizeIds[0] as string);
    expect(res.statusCode).toBe(201);
    await t.app.ctx.jobs.idle();
    expect(probe.paid).toEqual([(res.json() as { id: string }).id]);
  });
});

describe('schedules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  /** Two workers' schedulers on one database (the second has a queue of its own that runs nothing). */
  function twoSchedulers(name: string, cron: string, runs: string[], timeZone = 'UTC') {
    const log = pino({ level: 'silent' });
    const otherQueue = new JobQueue({ db: t.db, log, mode: 'off' });
    const a = t.app.ctx.schedules;
    const b = new Scheduler({ db: t.db, jobs: otherQueue, log, timeZone });
    const definition = {
      name,
      cron,
      run: async ({ period }: { period: string }) => {
        runs.push(period);
      },
    };
    a.add(definition);
    b.add(definition);
    return { a, b };
  }

  it('runs each period once across two workers, catches up once after downtime, and never runs slots before it existed', async () => {
    const runs: string[] = [];
    const { a, b } = twoSchedulers('probe.hourly', '0 * * * *', runs);
    const t0 = new Date('2026-03-01T10:30:00Z');
    // First sight: the 10:00 slot predates the schedule.
    expect([...(await a.tick(t0)), ...(await b.tick(t0))].filter((r) => r.name === 'probe.hourly')).toEqual(
      [],
    );

    const at = new Date('2026-03-01T11:00:30Z');
    const mine = (runs: Array<{ name: string; period: string }>) =>
      runs.filter((r) => r.name === 'probe.hourly');
    const queued = mine((await Promise.all([a.tick(at), b.tick(at), a.tick(at), b.tick(at)])).flat());
    expect(queued).toEqual([{ name: 'probe.hourly', period: '2026-03-01T11:00:00.000Z' }]);
    await t.app.ctx.jobs.idle();
    await t.app.ctx.jobs.runDue();
    expect(runs).toEqual(['2026-03-01T11:00:00.000Z']);

    // Every worker was down from 11:30 to 15:10: the 15:00 slot runs once; 12:00–14:00 are not replayed.
    const back = new Date('2026-03-01T15:10:00Z');
    expect(mine([...(await b.tick(back)), ...(await a.tick(back))])).toEqual([
      { name: 'probe.hourly', period: '2026-03-01T15:00:00.000Z' },
    ]);
    await t.app.ctx.jobs.runDue();
    expect(runs).toEqual(['2026-03-01T11:00:00.000Z', '2026-03-01T15:00:00.000Z']);
    const row = await t.db
      .selectFrom('schedules')
      .selectAll()
      .where('name', '=', 'probe.hourly')
      .executeTakeFirst();
    expect(row?.last_period).toMatch(/^2026-03-01[T ]15:00:00/);
  });

  it("writes a schedule's row once, at its first tick; each later slot is one guarded update", async () => {
    // The statements this worker's scheduler sends, by kind and table (a plugin sees every query it runs).
    const statements: string[] = [];
    const counted = t.db.withPlugin({
      transformQuery({ node }) {
        if (JSON.stringify(node).includes('"name":"schedules"')) statements.push(node.kind);
        return node;
      },
      transformResult: async ({ result }) => result,
    });
    const log = pino({ level: 'silent' });
    const worker = new Scheduler({
      db: counted,
      jobs: new JobQueue({ db: counted, log, mode: 'off' }),
      log,
      timeZone: 'UTC',
    });
    worker.add({ name: 'probe.every_minute', cron: '* * * * *', run: async () => {} });
    const queued: string[] = [];
    for (const at of [
      '2026-05-01T10:00:30Z',
      '2026-05-01T10:01:30Z',
      '2026-05-01T10:02:30Z',
      '2026-05-01T10:03:30Z',
    ]) {
      queued.push(...(await worker.tick(new Date(at))).map((r) => r.period));
    }
    // The first tick's slot (10:00) predates the schedule; the next three run.
    expect(queued).toEqual([
      '2026-05-01T10:01:00.000Z',
      '2026-05-01T10:02:00.000Z',
      '2026-05-01T10:03:00.000Z',
    ]);
    expect(statements).toEqual([
      'InsertQueryNode',
      'UpdateQueryNode',
      'UpdateQueryNode',
      'UpdateQueryNode',
      'UpdateQueryNode',
    ]);
  });

  it('reads cron patterns in the shop time zone', async () => {
    const log = pino({ level: 'silent' });
    const queue = new JobQueue({ db: t.db, log, mode: 'off' });
    const dhaka = new Scheduler({ db: t.db, jobs: queue, log, timeZone: 'Asia/Dhaka' });
    dhaka.add({ name: 'probe.monthly', cron: '5 0 1 * *', run: async () => {} });
    // 00:05 on the 1st in Dhaka (UTC+6) is 18:05 UTC the day before.
    expect(dhaka.list(new Date('2026-03-15T00:00:00Z'))).toEqual([
      { name: 'probe.monthly', cron: '5 0 1 * *', next: '2026-03-31T18:05:00.000Z' },
    ]);
  });

  it('takes a schedule pattern from the SCHEDULES setting', async () => {
    const log = pino({ level: 'silent' });
    const queue = new JobQueue({ db: t.db, log, mode: 'off' });
    const s = new Scheduler({
      db: t.db,
      jobs: queue,
      log,
      timeZone: 'UTC',
      overrides: { 'probe.x': '*/10 * * * *' },
    });
    s.add({ name: 'probe.x', cron: '0 0 * * *', run: async () => {} });
    expect(s.list(new Date('2026-03-15T00:01:00Z'))[0]?.next).toBe('2026-03-15T00:10:00.000Z');
  });

  it('lists the platform and identity housekeeping schedules', () => {
    const names = t.app.ctx.schedules.list().map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['platform.purge', 'identity.purge']));
  });
});
