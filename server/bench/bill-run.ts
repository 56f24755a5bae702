/**
 * `npm run bench:bill-run -w server`: the bill run alone, on the embedded
 * database or, with `DATABASE_URL`, on PostgreSQL (in a database of its own,
 * created on that server and dropped afterwards; the role needs CREATEDB).
 * Loads `BENCH_SUBSCRIBERS` subscribers (default 100,000; every tenth
 * INACTIVE) with `mercato seed --subscribers`, then bills one month twice
 * through the billing service, as the route does (one transaction each), and
 * prints the time of each run: the first creates a bill per active subscriber
 * (target <= 3 s embedded, <= 5 s PostgreSQL), the second nothing (<= 1 s).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { createContext } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { transaction } from '../src/platform/transaction.js';

const root = path.resolve(import.meta.dirname, '..');
const subscribers = Number(process.env.BENCH_SUBSCRIBERS ?? 100_000);
const adminUrl = process.env.DATABASE_URL || undefined;
const dataDir = mkdtempSync(path.join(tmpdir(), 'mercato-bill-run-'));
const name = `mercato_bill_run_${process.pid}`;

async function asAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

let databaseUrl = '';
if (adminUrl) {
  await asAdmin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
}
const settings = {
  DATA_DIR: dataDir,
  DATABASE_URL: databaseUrl,
  REDIS_URL: '',
  SEED_DEMO: 'false',
  LOG_LEVEL: 'warn',
  // Required with PostgreSQL; any 32 bytes do for a bench.
  BILLING_CREDENTIALS_KEY: process.env.BILLING_CREDENTIALS_KEY ?? Buffer.alloc(32, 7).toString('base64'),
};
try {
  execFileSync(
    process.execPath,
    [path.join(root, 'bin/mercato.js'), 'seed', '--subscribers', String(subscribers)],
    {
      env: { ...process.env, ...settings },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const config = loadConfig({}, { ...settings, JOBS_WORKER: false });
  const ctx = createContext(config, { jobsMode: 'off', logger: pino({ level: 'warn' }) });
  try {
    await migrateToLatest(ctx.db);
    const { billing } = ctx.module('billing');
    console.log(`Bill run on ${databaseUrl ? 'PostgreSQL' : 'embedded SQLite'}, ${subscribers} subscribers:`);
    for (const [label, target] of [
      ['bill_run', databaseUrl ? '<= 5 s PostgreSQL' : '<= 3 s embedded'],
      ['bill_run_again', 'creating nothing: <= 1 s'],
    ] as const) {
      const started = performance.now();
      const result = await transaction(ctx.db, (trx) =>
        billing.generateBills(trx, null, { billing_month: 'JANUARY', year: 2027 }),
      );
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `${label.padEnd(16)}${seconds.toFixed(2).padStart(7)} s  ${JSON.stringify(result)}  ${target}`,
      );
    }
  } finally {
    await ctx.close();
  }
} finally {
  if (adminUrl) await asAdmin(`drop database if exists ${name} with (force)`);
  rmSync(dataDir, { recursive: true, force: true });
}
