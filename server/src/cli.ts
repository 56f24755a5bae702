/**
 * `mercato <command>`: operations from the shell. Every command reads the same
 * configuration as the server (environment and `.env`).
 */

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import { pino } from 'pino';
import { type AppContext, createContext, runSeeders, VERSION } from './app.js';
import { type Config, loadConfig } from './config.js';
import { migrateToLatest, migrationStatus } from './db/migrate.js';
import { exitOnStartupError, runServer } from './main.js';
import { BENCH_USER, BenchSeedError, seedBench } from './modules/catalog/bench-seed.js';
import { importDjangoUsers } from './modules/identity/import-users.js';
import { createKeyStore, createSuperuser, rotateSigningKey } from './modules/identity/index.js';
import { createApiClientFromCli } from './platform/api-clients.js';
import { AppError } from './platform/errors.js';

function config(): Config {
  return loadConfig();
}

/** Runs `work` with the platform's services (no HTTP, no job worker), then closes them. */
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

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

function fail(message: string): never {
  console.error(`Error: ${message}`);
  process.exit(1);
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
    .command('createsuperuser')
    .description('Create an admin with every permission. Asks for the details unless --no-input is given.')
    .option('--email <email>', 'email address (also the login)')
    .option('--username <username>', 'username (default: the part of the email before @)')
    .option(
      '--password <password>',
      'password (with --no-input; prefer the prompt, which keeps it out of shell history)',
    )
    .option('--no-input', 'do not prompt; take everything from the options')
    .action(async (opts: { email?: string; username?: string; password?: string; input: boolean }) => {
      let { email, username, password } = opts;
      if (opts.input) {
        const { input, password: secret } = await import('@inquirer/prompts');
        email ??= await input({ message: 'Email address:', required: true });
        username ??= await input({ message: 'Username (blank: from the email):' });
        if (!password) {
          password = await secret({ message: 'Password:', mask: true });
          const again = await secret({ message: 'Password (again):', mask: true });
          if (again !== password) fail('the two passwords do not match.');
        }
      }
      if (!email || !password) fail('--email and --password are required with --no-input.');
      await withContext(async (ctx) => {
        try {
          const user = await createSuperuser(ctx.db, {
            email: email!,
            password: password!,
            ...(username ? { username } : {}),
          });
          console.log(`Superuser ${user.email} (username ${user.username}) created.`);
        } catch (err) {
          if (err instanceof AppError && err.errors) {
            fail(
              Object.entries(err.errors)
                .map(([field, messages]) => `${field}: ${messages.join(' ')}`)
                .join('\n       '),
            );
          }
          throw err;
        }
      });
    });

  program
    .command('seed')
    .description('Create the demo data of every module (each skips data that already exists).')
    .option(
      '--bench',
      'instead, load the benchmark catalogue (10,000 products) and the bench user into an empty database',
    )
    .option('--path <dir>', 'the bench-data directory (with --bench)', defaultBenchDataDir())
    .action(async (opts: { bench?: boolean; path: string }) => {
      if (opts.bench) {
        await withContext(async (ctx) => {
          const started = Date.now();
          try {
            const n = await seedBench(ctx.db, path.resolve(opts.path));
            console.log(
              `Bench data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${n.categories} categories, ${n.products} products, ${n.variants} variants, ${n.sizes} sizes (${n.movements} initial stock movements), and the user ${BENCH_USER.email} / ${BENCH_USER.password}.`,
            );
          } catch (err) {
            if (err instanceof BenchSeedError) fail(`not loading the bench data: ${err.message}`);
            throw err;
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

  program
    .command('create-api-client')
    .description('Register a frontend or service as an API client; prints its id and key once.')
    .requiredOption('--name <name>', 'what the client is, e.g. "Creator Web App"')
    .addOption(
      new Option('--type <type>', 'kind of client')
        .choices(['web', 'admin', 'mobile', 'server', 'pos'])
        .makeOptionMandatory(),
    )
    .option('--rate-limit <n>', 'requests per minute', positiveInt, 1000)
    .option('--allowed-origin <origin...>', 'browser origins allowed to use a web client')
    .action(
      async (opts: {
        name: string;
        type: 'web' | 'admin' | 'mobile' | 'server' | 'pos';
        rateLimit: number;
        allowedOrigin?: string[];
      }) => {
        await withContext(async (ctx) => {
          const client = await createApiClientFromCli(ctx.db, {
            name: opts.name,
            type: opts.type,
            rateLimit: opts.rateLimit,
            ...(opts.allowedOrigin ? { allowedOrigins: opts.allowedOrigin } : {}),
          });
          console.log(`API client "${client.name}" created.`);
          console.log(`  X-Client-ID: ${client.client_id}`);
          console.log(`  X-API-Key:   ${client.api_key}`);
          console.log(
            'The key is shown this once; only its hash is stored. Rotate it from the admin if it is lost.',
          );
        });
      },
    );

  program
    .command('rotate-keys')
    .description('Create a new token signing key. Tokens signed by the old one stay valid until they expire.')
    .action(async () => {
      await withContext(async (ctx) => {
        const kid = await rotateSigningKey(createKeyStore(ctx), ctx, 'cli');
        console.log(`New signing key ${kid} is active. Running servers sign with it within seconds.`);
      });
    });

  program
    .command('import-users <file>')
    .description(
      "Import users from a CSV of Django's auth_user table; their passwords keep working and are upgraded at login.",
    )
    .option('--dry-run', 'check the file and report, without writing')
    .action(async (file: string, opts: { dryRun?: boolean }) => {
      const text = await readFile(file, 'utf8').catch(() => fail(`cannot read ${file}.`));
      await withContext(async (ctx) => {
        const result = await importDjangoUsers(ctx.db, text, { dryRun: opts.dryRun ?? false });
        console.log(
          `${opts.dryRun ? 'Would create' : 'Created'} ${result.created} user(s); skipped ${result.skipped.length}.`,
        );
        for (const s of result.skipped)
          console.log(`  line ${s.line} (${s.email || 'no email'}): ${s.reason}`);
      });
    });

  program
    .command('worker')
    .description('Run only the background job worker (scale out: start several next to the servers).')
    .action(async () => {
      const cfg = config();
      const ctx = createContext(cfg, { jobsMode: 'poll', logger: pino({ level: cfg.LOG_LEVEL }) });
      await migrateToLatest(ctx.db);
      ctx.jobs.start();
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
    .option(
      '--limit <n>',
      'how many',
      (v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
        return n;
      },
      50,
    )
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

  return program;
}

export async function runCli(argv: string[] = process.argv): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (err) {
    if (err instanceof AppError) {
      const fields = Object.entries(err.errors ?? {}).map(
        ([field, messages]) => `\n  ${field}: ${messages.join(' ')}`,
      );
      fail(`${err.detail}${fields.join('')}`);
    }
    exitOnStartupError(err);
  }
}
