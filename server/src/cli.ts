/**
 * `mercato <command>`: operations from the shell. Every command reads the same
 * configuration as the server (environment and `.env`).
 */

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import { pino } from 'pino';
import { type AppContext, createContext, MODULES, runSeeders, VERSION } from './app.js';
import { type Config, loadConfig } from './config.js';
import { migrateToLatest, migrationStatus } from './db/migrate.js';
import { exitOnStartupError, runServer } from './main.js';
import { seedBenchSubscribers } from './modules/billing/index.js';
import { BENCH_USER, BenchSeedError, seedBench } from './modules/catalog/index.js';
import { seedBenchOrders } from './modules/shop/index.js';
import { fail, fieldErrorLines, positiveInt } from './platform/commands.js';
import { AppError } from './platform/errors.js';

function config(): Config {
  return loadConfig();
}

/** Runs `work` with the platform's and every module's services (no HTTP, no job worker), then closes them. */
async function withContext<T>(
  work: (ctx: AppContext) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const cfg = config();
  const ctx = createContext(cfg, {
    jobsMode: 'off',
    logger: pino({ level: cfg.LOG_LEVEL === 'info' ? 'warn' : cfg.LOG_LEVEL }),
  });
  try {
    if (options.migrate ?? true) await migrateToLatest(ctx.db);
    return await work(ctx);
  } finally {
    await ctx.close();
  }
}

/** `shared/bench-data` beside the checkout (`/work/shared` for `/work/main`), from `src/` or `dist/`. */
function defaultBenchDataDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/bench-data');
}

export function buildCli(): Command {
  const program = new Command('mercato')
    .description('Mercato: shop, loyalty, billing and identity in one server.')
    .version(VERSION)
    .showHelpAfterError();

  program
    .command('serve')
    .description(
      'Migrate, seed an empty database (unless SEED_DEMO=false) and serve API, docs and web app (same as npm start).',
    )
    .action(async () => {
      await runServer(config());
    });

  program
    .command('migrate')
    .description('Apply pending database migrations (all of them in one transaction).')
    .option('--status', 'only show which migrations are applied and pending')
    .action(async (opts: { status?: boolean }) => {
      await withContext(
        async (ctx) => {
          if (opts.status) {
            const s = await migrationStatus(ctx.db);
            for (const name of s.names.applied) console.log(`[x] ${name}`);
            for (const name of s.names.pending) console.log(`[ ] ${name}`);
            return;
          }
          const results = await migrateToLatest(ctx.db);
          if (results.length === 0) console.log('Nothing to migrate: the database is up to date.');
          for (const r of results) console.log(`Applied ${r.migrationName}`);
        },
        { migrate: false },
      );
    });

  program
    .command('seed')
    .description('Create the demo data of every module (each skips data that already exists).')
    .option(
      '--bench',
      "instead, load the benchmark catalogue (10,000 products), the bench user and each module's bench data (10,000 loyalty customers) into an empty database",
    )
    .option('--path <dir>', 'the bench-data directory (with --bench)', defaultBenchDataDir())
    .option(
      '--subscribers <n>',
      'load n billing bench subscribers (users, packages, encrypted credentials), e.g. 100000; with --bench after the catalogue',
      positiveInt,
    )
    .option(
      '--orders <n>',
      'with --bench, also make this many orders over the last year (the dashboard bench uses 100000)',
      positiveInt,
    )
    .action(async (opts: { bench?: boolean; path: string; subscribers?: number; orders?: number }) => {
      if (opts.bench || opts.subscribers) {
        await withContext(async (ctx) => {
          if (opts.bench) {
            const started = Date.now();
            try {
              const n = await seedBench(ctx.db, path.resolve(opts.path));
              console.log(
                `Bench data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${n.categories} categories, ${n.products} products, ${n.variants} variants, ${n.sizes} sizes (${n.movements} initial stock movements), and the user ${BENCH_USER.email} / ${BENCH_USER.password}.`,
              );
              if (opts.orders) {
                const at = Date.now();
                const o = await seedBenchOrders(ctx.db, opts.orders);
                console.log(
                  `Bench orders made in ${((Date.now() - at) / 1000).toFixed(1)} s: ${o.orders} orders (${o.items} lines) by ${o.customers} customers over the last year.`,
                );
              }
              // Each module's own bench data (loyalty's customers and points), after the orders' customers.
              await runSeeders(ctx, (line) => console.log(line), 'benchSeed');
            } catch (err) {
              if (err instanceof BenchSeedError) fail(`not loading the bench data: ${err.message}`);
              throw err;
            }
          }
          if (opts.subscribers) {
            const at = Date.now();
            const b = await seedBenchSubscribers(ctx, ctx.module('billing').billing, opts.subscribers);
            console.log(
              `Bench subscribers loaded in ${((Date.now() - at) / 1000).toFixed(1)} s: ${b.packages} packages, ${b.subscribers} subscribers.`,
            );
          }
        });
        return;
      }
      await withContext(async (ctx) => {
        const lines: string[] = [];
        await runSeeders(ctx, (line) => {
          lines.push(line);
          console.log(line);
        });
        if (lines.length === 0) console.log('Demo data is already there; nothing to do.');
      });
    });

  for (const module of MODULES) module.commands?.(program, withContext);

  program
    .command('worker')
    .description('Run only the background job worker (scale out: start several next to the servers).')
    .action(async () => {
      const cfg = config();
      const ctx = createContext(cfg, { jobsMode: 'poll', logger: pino({ level: cfg.LOG_LEVEL }) });
      await migrateToLatest(ctx.db);
      await ctx.start();
      ctx.jobs.start({ keepAlive: true });
      console.log('Mercato job worker running. Stop with Ctrl-C.');
      const stop = () => ctx.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  const jobs = program.command('jobs').description('Inspect and retry background jobs.');
  jobs
    .command('list')
    .description('List recent jobs, newest first.')
    .addOption(
      new Option('--status <status>', 'only jobs in this state').choices([
        'pending',
        'running',
        'done',
        'dead',
      ]),
    )
    .option('--limit <n>', 'how many', positiveInt, 50)
    .action(async (opts: { status?: 'pending' | 'running' | 'done' | 'dead'; limit: number }) => {
      await withContext(async (ctx) => {
        const rows = await ctx.jobs.list({
          ...(opts.status ? { status: opts.status } : {}),
          limit: opts.limit,
        });
        if (rows.length === 0) console.log('No jobs.');
        for (const j of rows) {
          console.log(
            `${j.id}  ${j.status.padEnd(7)}  ${j.type}  attempts ${j.attempts}/${j.max_attempts}${j.last_error ? `  last error: ${j.last_error}` : ''}`,
          );
        }
      });
    });
  jobs
    .command('retry <id>')
    .description('Put a dead job back in the queue.')
    .action(async (id: string) => {
      await withContext(async (ctx) => {
        if (!(await ctx.jobs.retry(id))) fail(`no dead job with id ${id}.`);
        console.log(`Job ${id} is queued again.`);
      });
    });

  program
    .command('schedules')
    .description('List the calendar schedules the job workers run, with their next run.')
    .action(async () => {
      await withContext(async (ctx) => {
        console.log(`Time zone: ${ctx.config.TIME_ZONE}`);
        for (const s of ctx.schedules.list())
          console.log(`${s.name.padEnd(24)} ${s.cron.padEnd(16)} next ${s.next ?? 'never'}`);
      });
    });

  return program;
}

export async function runCli(argv: string[] = process.argv): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (err) {
    if (err instanceof AppError) fail([err.detail, ...fieldErrorLines(err)].join('\n  '));
    exitOnStartupError(err);
  }
}
