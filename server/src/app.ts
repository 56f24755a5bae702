/**
 * The composition root: `buildApp(config)` wires the platform and the modules
 * into a Fastify instance and never listens, so tests `inject` into it and
 * `main.ts` decides about ports and signals.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { type Config, directoryError } from './config.js';
import { type Connection, connect } from './db/dialect.js';
import { billingModule } from './modules/billing/index.js';
import { catalogModule } from './modules/catalog/index.js';
import { customersModule } from './modules/customers/index.js';
import { identityModule } from './modules/identity/index.js';
import { inventoryModule } from './modules/inventory/index.js';
import { loyaltyModule } from './modules/loyalty/index.js';
import { paymentsModule } from './modules/payments/index.js';
import { shopModule } from './modules/shop/index.js';
import { registerAuthDecorators } from './platform/auth.js';
import { Broadcast } from './platform/broadcast.js';
import { errorHandler, registerErrorHandling } from './platform/errors.js';
import { EventBus } from './platform/events.js';
import { IdempotencyStore } from './platform/idempotency.js';
import { JobQueue, type JobQueueOptions } from './platform/jobs.js';
import { lazyChildLogger } from './platform/logging.js';
import { Mailer } from './platform/mail.js';
import { mailRoutes } from './platform/mail.routes.js';
import { createMetrics, registerMetrics } from './platform/metrics.js';
import {
  type AnyModule,
  type ComposedContext,
  type ComposedModule,
  composeModules,
  type ModuleContext,
  servicesOf,
} from './platform/module.js';
import { registerOpenApi } from './platform/openapi.js';
import { opsRoutes } from './platform/ops.routes.js';
import { closeRedis, connectRedis } from './platform/redis.js';
import { Scheduler } from './platform/schedules.js';
import { originForm, proxyWarnings, registerSecurity, requestId } from './platform/security.js';
import { lazySerializers } from './platform/serializers.js';
import { finiteInputValidators } from './platform/validation.js';
import { defaultWebRoot, registerWeb } from './platform/web.js';

export const VERSION: string = JSON.parse(
  readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../package.json'), 'utf8'),
).version;

/**
 * Every module. Adding one is a folder under `modules/` and a line here; they
 * are built in the order of their `requires`, whatever the order of this list.
 */
export const MODULES: readonly AnyModule[] = [
  identityModule,
  catalogModule,
  inventoryModule,
  paymentsModule,
  shopModule,
  loyaltyModule,
  billingModule,
  customersModule,
];

export interface BuildOptions {
  /** `poll` (default): the server runs the job worker when `JOBS_WORKER` is on; `inline`: tests; `off`: CLI commands. */
  jobsMode?: JobQueueOptions['mode'];
  /** Jobs backoff and timing, for tests. */
  jobs?: Partial<Omit<JobQueueOptions, 'db' | 'log' | 'mode'>>;
  /** A ready-made connection (tests share one with their fixtures). */
  connection?: Connection;
  logger?: FastifyBaseLogger;
  /** The modules to compose (tests add one of their own); default: MODULES. */
  modules?: readonly AnyModule[];
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}

export interface AppContext extends ComposedContext {
  /** Every module with its services, in dependency order. */
  modules: readonly ComposedModule[];
  /** Loads what modules keep in memory (signing keys, the events of other instances). */
  start(): Promise<void>;
  /** Stops the job worker (waiting for jobs in hand), the modules, mail and the database. */
  close(): Promise<void>;
}

/**
 * The platform's services and every module's, without HTTP: the server builds
 * on it, and so do the job worker and every CLI command (the same module
 * graph everywhere; only routes are the server's).
 */
export function createContext(
  config: Config,
  options: Omit<BuildOptions, 'logger'> & { logger: FastifyBaseLogger },
): AppContext {
  const connection = options.connection ?? connect(config);
  const { db } = connection;
  const log = options.logger;
  const jobs = new JobQueue({
    db,
    log,
    mode: options.jobsMode ?? (config.JOBS_WORKER ? 'poll' : 'off'),
    pollIntervalMs: config.JOBS_POLL_INTERVAL_MS,
    ...options.jobs,
  });
  const mailer = new Mailer({ config, db, jobs, log });
  const idempotency = new IdempotencyStore(db);
  const redis = connectRedis(config, log);
  const broadcast = new Broadcast({ redis, prefix: config.REDIS_KEY_PREFIX, log });
  const events = new EventBus({ jobs, broadcast, log });
  const schedules = new Scheduler({ db, jobs, log, timeZone: config.TIME_ZONE, overrides: config.SCHEDULES });
  jobs.onPoll(() => schedules.tick());
  // The platform's own housekeeping.
  schedules.add({
    name: 'platform.purge',
    cron: '5 * * * *',
    run: async () => {
      await jobs.purgeDone(7 * 24 * 60 * 60 * 1000);
      await idempotency.purgeExpired();
    },
  });
  const platform: ModuleContext = {
    config,
    db,
    database: connection.kind,
    jobs,
    events,
    schedules,
    mailer,
    idempotency,
    redis,
    broadcast,
    log,
  };
  const modules = composeModules(options.modules ?? MODULES, platform);
  let closed = false;
  return {
    ...platform,
    modules,
    module: (name) => servicesOf(modules, name),
    async start() {
      await events.start();
      for (const { definition, services } of modules) await definition.start?.(services as never, platform);
    },
    async close() {
      if (closed) return;
      closed = true;
      await jobs.stop();
      for (const { definition, services } of [...modules].reverse())
        await definition.stop?.(services as never);
      mailer.close();
      await broadcast.close();
      if (redis) await closeRedis(redis);
      if (!options.connection) await db.destroy();
    },
  };
}

/** Runs every module's demo-data seeder (each does nothing when its data exists), in dependency order. */
export async function runSeeders(
  ctx: AppContext,
  print: (line: string) => void,
  kind: 'seed' | 'benchSeed' = 'seed',
): Promise<void> {
  for (const { definition, services } of ctx.modules) {
    await definition[kind]?.({ ...ctx, print }, services as never);
  }
}

function loggerOptions(config: Config) {
  return {
    level: config.LOG_LEVEL,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-api-key"]',
        'req.headers["x-csrftoken"]',
        'res.headers["set-cookie"]',
      ],
      censor: '[redacted]',
    },
  };
}

export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: loggerOptions(config) }),
    bodyLimit: config.BODY_LIMIT,
    // A number of proxies is what proxy-addr counts as "the nearest N" (Fastify's types lack the number form).
    trustProxy:
      typeof config.TRUST_PROXY === 'number'
        ? (_address: string, hop: number) => hop < (config.TRUST_PROXY as number)
        : config.TRUST_PROXY,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    genReqId: (req) => requestId(req.headers['x-request-id']),
    rewriteUrl: (req) => originForm(req.url ?? '/'),
    childLoggerFactory: lazyChildLogger,
    return503OnClosing: true,
    // Errors raised before routing (a badly percent-encoded URL) answer problem+json too.
    frameworkErrors: errorHandler,
    forceCloseConnections: 'idle',
    ajv: {
      customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: true, useDefaults: true },
    },
    // Every validator also refuses non-finite numbers and NUL characters, coerced or not (platform/validation.ts).
    schemaController: {
      compilersFactory: { buildSerializer: lazySerializers, buildValidator: finiteInputValidators() },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // JSON only (uploads register multipart where they need it): anything else is 415.
  app.removeContentTypeParser('text/plain');

  for (const warning of proxyWarnings(config)) app.log.warn(warning);
  const ctx = createContext(config, { ...options, logger: app.log });
  const { db, jobs } = ctx;
  const metrics = createMetrics();
  app.decorate('ctx', ctx);
  // Registered first so it runs last on close: plugins flush to the database before it closes.
  app.addHook('onClose', async () => {
    await ctx.close();
  });

  registerErrorHandling(app);
  await registerSecurity(app, config);
  registerMetrics(app, metrics);
  registerAuthDecorators(app);
  await registerOpenApi(app, { version: VERSION });
  await opsRoutes(app, {
    db,
    database: ctx.database,
    version: VERSION,
    metrics,
    metricsToken: config.METRICS_TOKEN,
  });
  await mailRoutes(app);

  for (const { definition, services } of ctx.modules) {
    await definition.routes?.(app, services as never, ctx);
  }

  checkMediaRoot(config.MEDIA_ROOT);
  await registerWeb(app, {
    webRoot: config.WEB_ROOT || defaultWebRoot(),
    mediaRoot: path.resolve(config.MEDIA_ROOT),
    // The web app's areas are public API clients: the page names their ids.
    pageHead: () => app.apiClients.pageMeta(),
  });

  // Graceful shutdown: once closing, every response ends its connection, so a
  // keep-alive client whose request was in flight does not hold the server open.
  let draining = false;
  app.addHook('preClose', async () => {
    draining = true;
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (draining) reply.header('connection', 'close');
    done(null, payload);
  });

  app.addHook('onReady', async () => {
    await ctx.start();
    jobs.start();
  });
  return app;
}

/**
 * `MEDIA_ROOT` must be a directory uploads can be written to: made if missing,
 * tried with a file written and removed. Otherwise the start stops with one
 * line naming the directory and the cause (as for `DATA_DIR`), not a stack
 * trace or a crash at the first upload.
 */
export function checkMediaRoot(mediaRoot: string): void {
  const root = path.resolve(mediaRoot);
  const probe = path.join(root, `.write-probe-${process.pid}`);
  try {
    mkdirSync(root, { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (err) {
    throw directoryError('MEDIA_ROOT', root, 'uploads', err);
  }
}
