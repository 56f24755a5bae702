/**
 * `npm run bench`: starts the built server (`server/dist/main.js`) on a fresh
 * embedded database in its own process, and for the read scenarios a bare
 * `node:http` server returning the same body (the ceiling); loads each with
 * autocannon from this process and prints requests/s, p50, p99, the ratio to
 * the ceiling and (on Linux) the CPU time each server spent per request, which
 * a machine shared with other work disturbs far less than throughput. Requests carry an API client's headers, as a real frontend's do,
 * so client checks and rate limiting are part of what is measured.
 *
 * Settings: BENCH_DURATION (seconds per scenario, default 10), BENCH_WARMUP
 * (seconds of the same load before each measurement, not counted, default 2:
 * the JIT compiles the hot path first), BENCH_CONNECTIONS (default 64),
 * BENCH_ONLY (comma-separated scenario names), BENCH_PROFILE (a directory: the
 * server writes a CPU profile there), BENCH_SUBSCRIBERS (billing subscribers
 * loaded with `mercato seed --subscribers`, default 100000; 0: no billing
 * scenarios).
 */
import { type ChildProcess, execFileSync, fork, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const root = path.resolve(import.meta.dirname, '..');
const duration = Number(process.env.BENCH_DURATION ?? 10);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
/** Whether any of these scenarios runs (`BENCH_ONLY` unset: all of them). */
const runs = (...names: string[]) => !only || names.some((n) => only.includes(n));
const BENCH_PASSWORD = 'Bench-Passw0rd!-Mercato';
/** The benchmarked catalogue; `mercato seed --bench` loads it (with its own bench user) when the directory exists. */
const benchData = path.resolve(process.env.BENCH_DATA ?? path.join(root, '../../shared/bench-data'));
const withCatalogue = existsSync(path.join(benchData, 'products.csv.gz'));
const subscribers = Number(process.env.BENCH_SUBSCRIBERS ?? 100_000);

interface Scenario {
  name: string;
  method?: 'GET' | 'POST';
  path: string;
  /** What the target asks of this scenario, printed next to the figures. */
  target: string;
  /** Compare with a bare node:http server sending the same body. */
  ceiling?: boolean;
  headers?: Record<string, string>;
  body?: string;
  /** Per-request setup and response handling (rotating tokens). */
  setupRequest?: (req: { body?: string }) => { body?: string };
  onResponse?: (status: number, body: string) => void;
  /** Runs at the same time as this scenario, and is reported beside it. */
  background?: { name: string; connections: number; path: string; body: string };
}

interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time the measured server spent per request, in µs (Linux; absent elsewhere). */
  cpuUs?: number;
}

/** CPU time (user + system) a process has used so far, in µs, from /proc (Linux only). */
function cpuTimeUs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // The fields after the command (which may hold spaces) start after its closing parenthesis.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1e6) / CLOCK_TICKS : undefined;
  } catch {
    return undefined;
  }
}
/** USER_HZ: 100 on every Linux Node.js runs on. */
const CLOCK_TICKS = 100;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string): Promise<void> {
  // Up to a minute: a loaded machine starts the server slowly (and opens a database of 100,000 orders slowly).
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not come up`);
}

/**
 * Loads `url` for `warmup` seconds (not counted), then `duration` seconds. With `pid`, also the CPU
 * time that process spent per request while measured: on a machine shared with other work,
 * throughput follows the share of the cores the server got, its CPU per request much less.
 */
async function load(
  url: string,
  s: Pick<Scenario, 'method' | 'headers' | 'body' | 'setupRequest' | 'onResponse'>,
  conns = connections,
  pid?: number,
): Promise<Result> {
  const run = (seconds: number) =>
    autocannon({
      url,
      connections: conns,
      duration: seconds,
      pipelining: 1,
      requests: [
        {
          method: s.method ?? 'GET',
          headers: { 'content-type': 'application/json', ...s.headers },
          ...(s.body ? { body: s.body } : {}),
          ...(s.setupRequest ? { setupRequest: s.setupRequest as never } : {}),
          ...(s.onResponse ? { onResponse: s.onResponse as never } : {}),
        },
      ],
    });
  if (warmup > 0) await run(warmup);
  const cpuBefore = cpuTimeUs(pid);
  const r = await run(duration);
  const cpuAfter = cpuTimeUs(pid);
  const cpuUs =
    cpuBefore !== undefined && cpuAfter !== undefined && r.requests.total > 0
      ? Math.round((cpuAfter - cpuBefore) / r.requests.total)
      : undefined;
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
    ...(cpuUs !== undefined ? { cpuUs } : {}),
  };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function ceilingFor(body: string): Promise<Result> {
  const port = await freePort();
  const child = fork(path.join(root, 'bench/ceiling.ts'), [], {
    env: { ...process.env, PORT: String(port), BODY: body },
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise((r) => child.once('message', r));
  try {
    return await load(`http://127.0.0.1:${port}/`, {}, connections, child.pid);
  } finally {
    await stop(child);
  }
}

// ---- setup: a fresh database, an API client, a user and sessions ------------------
const dataDir = mkdtempSync(path.join(tmpdir(), 'mercato-bench-'));
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  SEED_DEMO: 'false',
  LOG_LEVEL: 'warn',
  DATABASE_URL: '',
  REDIS_URL: '',
  // A load test: every login comes from one address for one account, up to 96 at once, and
  // attempts still being checked count against the limits (so parallel guesses cannot outrun them).
  LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
  LOGIN_MAX_FAILURES_PER_IP: '100000',
};
// The large data sets are loaded only when a scenario that reads them runs.
const seedOrders = withCatalogue && runs('dashboard', 'dashboard_90');
const seedSubscribers = subscribers > 0 && runs('customers_list', 'bill_run');
if (withCatalogue || seedSubscribers) {
  execFileSync(
    process.execPath,
    [
      path.join(root, 'bin/mercato.js'),
      'seed',
      ...(withCatalogue ? ['--bench', '--path', benchData] : []),
      ...(seedOrders ? ['--orders', '100000'] : []),
      ...(seedSubscribers ? ['--subscribers', String(subscribers)] : []),
    ],
    {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
}
const created = execFileSync(
  process.execPath,
  [
    path.join(root, 'bin/mercato.js'),
    'create-api-client',
    '--name',
    'Bench',
    '--type',
    'server',
    '--rate-limit',
    '1000000',
  ],
  {
    env,
    encoding: 'utf8',
  },
);
const client = {
  'x-client-id': created.match(/X-Client-ID: (\S+)/)?.[1] ?? '',
  'x-api-key': created.match(/X-API-Key: +(\S+)/)?.[1] ?? '',
};
// A cashier for the POS scenarios (an admin: staff accounts are made by admins).
execFileSync(
  process.execPath,
  [
    path.join(root, 'bin/mercato.js'),
    'createsuperuser',
    '--email',
    'bench-cashier@example.com',
    '--password',
    BENCH_PASSWORD,
    '--no-input',
  ],
  { env, stdio: ['ignore', 'ignore', 'inherit'] },
);
const port = await freePort();
const server = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
    path.join(root, 'dist/main.js'),
  ],
  {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const base = `http://127.0.0.1:${port}`;
/** Single timed operations (the bill runs), printed after the table. */
const timings: Array<{ name: string; seconds: number; answer: string; target: string }> = [];
const rows: Array<{
  name: string;
  target: string;
  mercato: Result;
  ceiling?: Result;
  background?: { name: string; result: Result };
}> = [];

async function api(method: string, url: string, body?: object, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...client, ...headers },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res.text();
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0) : 0;

/**
 * The checkout storm: one customer per connection, each buying one unit again and
 * again (cart add, payment intent, checkout with an Idempotency-Key) from the same
 * pool of sizes, so purchases race for stock. Reports purchases per second and the
 * latency of a whole purchase, then checks that the stock taken equals the units sold.
 */
async function checkoutStorm(): Promise<{ result: Result; note: string }> {
  const buyers = await Promise.all(
    Array.from({ length: connections }, async (_, i) => {
      const body = JSON.parse(
        await api('POST', '/api/auth/register/', {
          email: `storm-${i}@example.com`,
          password: BENCH_PASSWORD,
          user_type: 'customer',
        }),
      ) as { access: string };
      return { ...client, authorization: `Bearer ${body.access}` };
    }),
  );
  const list = JSON.parse(await api('GET', '/api/products/?in_stock=true&page_size=100')) as {
    results: Array<{ slug: string }>;
  };
  const stockOf = async () => {
    const stock = new Map<string, number>();
    for (const { slug } of list.results) {
      const detail = JSON.parse(await api('GET', `/api/products/${slug}/`)) as {
        variants: Array<{ sizes: Array<{ id: string; stock: number }> }>;
      };
      for (const v of detail.variants) for (const size of v.sizes) stock.set(size.id, size.stock);
    }
    return stock;
  };
  const before = await stockOf();
  const pool = [...before].filter(([, n]) => n > 0).map(([id]) => id);
  const durations: number[] = [];
  let errors = 0;
  // What the errors were, as "stage status": counts.
  const problems = new Map<string, number>();
  let next = 0;
  const began = performance.now();
  const deadline = Date.now() + duration * 1000;
  const post = (
    headers: Record<string, string>,
    url: string,
    body: object,
    extra: Record<string, string> = {},
  ) =>
    fetch(`${base}${url}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', ...extra },
      body: JSON.stringify(body),
    });
  await Promise.all(
    buyers.map(async (headers) => {
      while (Date.now() < deadline && pool.length > 0) {
        const sizeId = pool[next++ % pool.length] as string;
        const started = performance.now();
        const added = await post(headers, '/api/cart/add/', { size_id: sizeId, quantity: 1 });
        await added.arrayBuffer();
        if (added.status === 409) {
          // Sold out: another buyer took the last unit. Not an error; buy something else.
          const at = pool.indexOf(sizeId);
          if (at >= 0) pool.splice(at, 1);
          continue;
        }
        const intent = added.ok ? await post(headers, '/api/orders/create-payment-intent/', {}) : added;
        const { payment_intent_id } = intent.ok
          ? ((await intent.json()) as { payment_intent_id: string })
          : {};
        const placed = payment_intent_id
          ? await post(
              headers,
              '/api/orders/checkout/',
              {
                payment_intent_id,
                payment_method: 'pm_card_visa',
                shipping_address: {
                  full_name: 'Storm Buyer',
                  line1: '1 Bench Road',
                  city: 'London',
                  postal_code: 'SW1A 1AA',
                  country: 'GB',
                },
              },
              { 'idempotency-key': crypto.randomUUID() },
            )
          : intent;
        await placed.arrayBuffer().catch(() => undefined);
        if (placed.status === 201) durations.push(performance.now() - started);
        else if (placed.status === 409) {
          // Stock ran out between cart and checkout: the line stays in the cart; remove it and go on.
          const cart = (await (await fetch(`${base}/api/cart/`, { headers })).json()) as {
            items: Array<{ id: string }>;
          };
          for (const item of cart.items)
            await fetch(`${base}/api/cart/remove/${item.id}/`, { method: 'DELETE', headers }).then((r) =>
              r.arrayBuffer(),
            );
        } else {
          errors += 1;
          const stage = placed === added ? 'cart add' : placed === intent ? 'payment intent' : 'checkout';
          const problem = `${stage} ${placed.status}`;
          problems.set(problem, (problems.get(problem) ?? 0) + 1);
        }
      }
    }),
  );
  // The purchases under way at the deadline finish after it: count the time they took too.
  const elapsed = (performance.now() - began) / 1000;
  // The catalogue's response cache lives one second.
  await new Promise((r) => setTimeout(r, 1100));
  const after = await stockOf();
  let taken = 0;
  for (const [id, n] of before) taken += n - (after.get(id) ?? n);
  durations.sort((a, b) => a - b);
  return {
    result: {
      rps: Math.round(durations.length / elapsed),
      p50: percentile(durations, 0.5),
      p99: percentile(durations, 0.99),
      errors,
    },
    note: [
      taken === durations.length
        ? `${durations.length} orders; stock taken matches units sold`
        : `STOCK MISMATCH: ${taken} units taken for ${durations.length} orders`,
      ...[...problems].map(([problem, n]) => `${n} × ${problem}`),
    ].join('; '),
  };
}

try {
  await waitFor(`${base}/readyz`);
  // The bench data brings its own bench user (with the reference measurements' password).
  if (!withCatalogue) {
    await api('POST', '/api/auth/register/', {
      email: 'bench@example.com',
      username: 'bench',
      password: BENCH_PASSWORD,
      first_name: 'Bench',
      last_name: 'User',
    });
  }
  const credentials = JSON.stringify({
    email: 'bench@example.com',
    password: withCatalogue ? 'Bench-Passw0rd!' : BENCH_PASSWORD,
  });
  const sessions: string[] = [];
  for (let i = 0; i < connections * 2; i++)
    sessions.push(JSON.parse(await api('POST', '/api/auth/token/', JSON.parse(credentials))).refresh);
  const { access } = JSON.parse(await api('POST', '/api/auth/token/', JSON.parse(credentials)));
  const authed = { ...client, authorization: `Bearer ${access}` };
  // The POS scenarios: a cashier scanning one customer's card, and crediting new counter orders.
  const cashier = JSON.parse(
    await api('POST', '/api/auth/token/', { email: 'bench-cashier@example.com', password: BENCH_PASSWORD }),
  ).access as string;
  const posHeaders = { ...client, authorization: `Bearer ${cashier}`, 'content-type': 'application/json' };
  const staffHeaders = { ...client, authorization: `Bearer ${cashier}` };
  // The customers scanned: `seed --bench` brings 10,000 with loyalty accounts and points (loyalty's
  // benchSeed); 16 of them, spread over the codes, sign in once for their cards. Without the bench
  // data, one customer registers here.
  const cards = withCatalogue
    ? await Promise.all(
        Array.from({ length: 16 }, (_, i) =>
          api('POST', '/api/auth/customer/login/', {
            email: `bench-loyalty-${i * 613}@example.com`,
            password: 'Bench-Loyalty-Passw0rd!',
          }),
        ),
      )
    : [
        await api('POST', '/api/auth/customer/register/', {
          email: 'bench-shopper@example.com',
          password: BENCH_PASSWORD,
          full_name: 'Bench Shopper',
        }),
      ];
  const shoppers = await Promise.all(
    cards.map(async (text) => {
      const { token, customer } = JSON.parse(text) as { token: string; customer: { customer_id: string } };
      const { qr_data } = JSON.parse(
        await api('GET', '/api/loyalty/me/', undefined, { authorization: `Bearer ${token}` }),
      ) as { qr_data: string };
      return { customer_id: customer.customer_id, qr_data };
    }),
  );
  let posScan = 0;
  let posOrder = 0;
  const nextShopper = (n: number) => shoppers[n % shoppers.length] ?? { customer_id: '', qr_data: '' };

  const scenarios: Scenario[] = [
    {
      name: 'healthz',
      path: '/healthz',
      ceiling: true,
      target: 'framework overhead: hooks, headers, serialization',
    },
    { name: 'readyz', path: '/readyz', ceiling: true, target: 'one database round trip' },
    {
      name: 'profile',
      path: '/api/auth/profile/',
      headers: authed,
      ceiling: true,
      target: 'Bearer token + API client: >= 30% of the ceiling, p99 <= 15 ms',
    },
    {
      name: 'refresh',
      method: 'POST',
      path: '/api/auth/token/refresh/',
      headers: client,
      target: 'rotating refresh tokens (a write each): >= 4,000/s',
      // Each request spends a token from the pool; its answer puts the next one back.
      setupRequest: (req) => ({ ...req, body: JSON.stringify({ refresh: sessions.shift() }) }),
      onResponse: (status, body) => {
        if (status === 200) sessions.push(JSON.parse(body).refresh);
      },
    },
    {
      name: 'token',
      method: 'POST',
      path: '/api/auth/token/',
      headers: client,
      body: credentials,
      target: 'login: an argon2id verification each (on the thread pool)',
    },
    {
      name: 'profile+logins',
      path: '/api/auth/profile/',
      headers: authed,
      target: 'profile while 32 logins run: p99 <= 25 ms (hashing never blocks the event loop)',
      background: { name: 'logins', connections: 32, path: '/api/auth/token/', body: credentials },
    },
    {
      name: 'pos_scan',
      method: 'POST',
      path: '/api/pos/scan-user/',
      headers: posHeaders,
      // The first card answers the ceiling's sample; the load scans the 16 in turn.
      body: JSON.stringify({ qr_data: nextShopper(0).qr_data }),
      setupRequest: (req) => ({ ...req, body: JSON.stringify({ qr_data: nextShopper(++posScan).qr_data }) }),
      ceiling: true,
      target: 'signed card check + customer + promotions: >= 30% of the ceiling, p99 <= 15 ms',
    },
    {
      name: 'pos_order_points',
      method: 'POST',
      path: '/api/pos/process-order-points/',
      headers: posHeaders,
      target: 'a new order id each (a ledger write each): >= 3,000/s, p99 <= 30 ms',
      setupRequest: (req) => ({
        ...req,
        body: JSON.stringify({
          customer_id: nextShopper(++posOrder).customer_id,
          order_id: `BENCH-${process.pid}-${posOrder}`,
          order_total: '42.50',
        }),
      }),
    },
    ...(seedSubscribers
      ? [
          {
            name: 'customers_list',
            path: '/api/v1/customers',
            headers: posHeaders,
            ceiling: true,
            target: `first page of ${subscribers} subscribers (staff; kept in memory until a subscriber, package or user changes): >= 30% of the ceiling`,
          },
        ]
      : []),
    ...(withCatalogue
      ? [
          {
            name: 'products_list',
            path: '/api/products/',
            headers: client,
            ceiling: true,
            target: 'first page of 9,500 active products: >= 8,000/s, p99 <= 20 ms',
          },
          {
            name: 'products_filtered',
            path: '/api/products/?category=hoodies&search=cotton&ordering=-price',
            headers: client,
            ceiling: true,
            target: 'category + search + ordering (63 matches): >= 5,000/s, p99 <= 20 ms',
          },
          {
            name: 'dashboard',
            path: '/api/admin/reports/sales/?days=30',
            headers: staffHeaders,
            target:
              "the dashboard's sales report over 30 days of 100,000 orders (a year's): >= 200/s, p99 <= 500 ms",
          },
          {
            name: 'dashboard_90',
            path: '/api/admin/reports/sales/?days=90',
            headers: staffHeaders,
            target: 'the same over 90 days',
          },
          {
            name: 'product_detail',
            path: '/api/products/coastal-cotton-hoodie-08682/',
            headers: client,
            ceiling: true,
            target: 'variants, sizes and stock: >= 8,000/s, p99 <= 20 ms',
          },
        ]
      : []),
  ];

  console.log(
    `Mercato bench: ${connections} connections, ${duration}s per run, embedded SQLite, one process.\n`,
  );
  for (const scenario of scenarios.filter((s) => runs(s.name))) {
    const url = `${base}${scenario.path}`;
    const sample = scenario.ceiling
      ? await (
          await fetch(url, {
            method: scenario.method ?? 'GET',
            headers: scenario.headers ?? {},
            ...(scenario.body ? { body: scenario.body } : {}),
          })
        ).text()
      : undefined;
    const ceiling = sample === undefined ? undefined : await ceilingFor(sample);
    const bg = scenario.background;
    const [mercato, background] = await Promise.all([
      load(url, scenario, connections, server.pid),
      bg
        ? load(`${base}${bg.path}`, { method: 'POST', headers: client, body: bg.body }, bg.connections)
        : undefined,
    ]);
    rows.push({
      name: scenario.name,
      target: scenario.target,
      mercato,
      ...(ceiling ? { ceiling } : {}),
      ...(bg && background ? { background: { name: bg.name, result: background } } : {}),
    });
  }
  if (seedSubscribers && runs('bill_run')) {
    // The bill run: one set-based statement for every active subscriber; then again, creating nothing.
    const active = subscribers - Math.floor((subscribers + 1) / 10);
    for (const [name, target] of [
      ['bill_run', `bill ${active} active subscribers: <= 3 s embedded`],
      ['bill_run_again', 'the same month again, creating nothing: <= 1 s'],
    ] as const) {
      const started = performance.now();
      const answer = await api(
        'POST',
        '/api/v1/customers/bills/generate',
        { billing_month: 'JANUARY', year: 2027 },
        { authorization: `Bearer ${cashier}` },
      );
      timings.push({ name, seconds: (performance.now() - started) / 1000, answer, target });
    }
  }
  if (withCatalogue && runs('checkout_storm')) {
    const { result, note } = await checkoutStorm();
    rows.push({
      name: 'checkout_storm',
      target: `purchases/s (cart add + payment intent + checkout), ${connections} customers racing for stock: ${note}`,
      mercato: result,
    });
  }
} finally {
  await stop(server);
  rmSync(dataDir, { recursive: true, force: true });
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(
  `${'scenario'.padEnd(16)}${pad('req/s', 9)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('ceiling', 9)}${pad('ratio', 7)}${pad('errors', 8)}${pad('cpu µs', 8)}${pad('ceil µs', 9)}  target`,
);
for (const r of rows) {
  const ratio = r.ceiling ? `${Math.round((100 * r.mercato.rps) / r.ceiling.rps)}%` : '';
  console.log(
    `${r.name.padEnd(16)}${pad(r.mercato.rps, 9)}${pad(r.mercato.p50, 8)}${pad(r.mercato.p99, 8)}${pad(r.ceiling?.rps ?? '', 9)}${pad(ratio, 7)}${pad(r.mercato.errors, 8)}${pad(r.mercato.cpuUs ?? '', 8)}${pad(r.ceiling?.cpuUs ?? '', 9)}  ${r.target}`,
  );
  if (r.background) {
    const b = r.background.result;
    console.log(
      `${`  + ${r.background.name}`.padEnd(16)}${pad(b.rps, 9)}${pad(b.p50, 8)}${pad(b.p99, 8)}${pad('', 9)}${pad('', 7)}${pad(b.errors, 8)}  (running at the same time)`,
    );
  }
}
for (const t of timings) {
  console.log(`${t.name.padEnd(16)}${pad(t.seconds.toFixed(2), 9)} s  ${t.answer}  ${t.target}`);
}
const outDir = path.join(root, 'bench/results');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  path.join(outDir, 'latest.json'),
  `${JSON.stringify({ at: new Date().toISOString(), duration, connections, rows, timings }, null, 2)}\n`,
);
