/**
 * `npm run bench`: starts the built server (`server/dist/main.js`) on a fresh
 * embedded database in its own process, and a bare `node:http` server returning
 * the same body as the ceiling, then loads each with autocannon (64 connections)
 * from this process and prints requests/s, p50, p99 and the ratio to the ceiling.
 *
 * Scenarios are added by the modules' issues (profile, token refresh, product
 * list...). Settings: BENCH_DURATION (seconds per scenario, default 10),
 * BENCH_CONNECTIONS (default 64), BENCH_ONLY (comma-separated scenario names).
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const root = path.resolve(import.meta.dirname, '..');
const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());

interface Scenario {
  name: string;
  method?: 'GET' | 'POST';
  path: string;
  /** What the target asks of this scenario, printed next to the figures. */
  target: string;
}

const scenarios: Scenario[] = [
  { name: 'healthz', path: '/healthz', target: 'framework overhead: hooks, headers, serialization' },
  { name: 'readyz', path: '/readyz', target: 'one database round trip and the migration check' },
];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string): Promise<string> {
  for (let i = 0; i < 200; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return await res.text();
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not come up`);
}

async function load(url: string, method: 'GET' | 'POST' = 'GET') {
  const result = await autocannon({ url, method, connections, duration, pipelining: 1 });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'mercato-bench-'));
const port = await freePort();
const server = spawn(process.execPath, [path.join(root, 'dist/main.js')], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
const rows: Array<
  Scenario & { mercato: Awaited<ReturnType<typeof load>>; ceiling: Awaited<ReturnType<typeof load>> }
> = [];

try {
  await waitFor(`${base}/readyz`);
  console.log(
    `Mercato bench: ${connections} connections, ${duration}s per run, embedded SQLite, one process.\n`,
  );
  for (const scenario of scenarios.filter((s) => !only || only.includes(s.name))) {
    const body = await waitFor(`${base}${scenario.path}`);
    const ceilingPort = await freePort();
    const ceiling = fork(path.join(root, 'bench/ceiling.ts'), [], {
      env: { ...process.env, PORT: String(ceilingPort), BODY: body },
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    await new Promise((r) => ceiling.once('message', r));
    const ceilingResult = await load(`http://127.0.0.1:${ceilingPort}/`);
    await stop(ceiling);
    const mercato = await load(`${base}${scenario.path}`, scenario.method);
    rows.push({ ...scenario, mercato, ceiling: ceilingResult });
  }
} finally {
  await stop(server);
  rmSync(dataDir, { recursive: true, force: true });
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(
  `${'scenario'.padEnd(12)}${pad('req/s', 9)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('ceiling', 9)}${pad('ratio', 7)}${pad('errors', 8)}  what it measures`,
);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(12)}${pad(r.mercato.rps, 9)}${pad(r.mercato.p50, 8)}${pad(r.mercato.p99, 8)}${pad(r.ceiling.rps, 9)}${pad(`${Math.round((100 * r.mercato.rps) / r.ceiling.rps)}%`, 7)}${pad(r.mercato.errors, 8)}  ${r.target}`,
  );
}
const outDir = path.join(root, 'bench/results');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  path.join(outDir, 'latest.json'),
  `${JSON.stringify({ at: new Date().toISOString(), duration, connections, rows }, null, 2)}\n`,
);
