/**
 * `npm start` / `mercato serve`: load the config, migrate, seed an empty
 * database, listen, and on SIGINT/SIGTERM stop accepting, finish in-flight
 * requests and jobs, and close the database.
 */
import { pathToFileURL } from 'node:url';
import { buildApp, runSeeders, VERSION } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { migrateToLatest } from './db/migrate.js';

export async function serve(config: Config): Promise<() => Promise<void>> {
  const started = performance.now();
  const app = await buildApp(config);
  const applied = await migrateToLatest(app.ctx.db);
  if (applied.length > 0)
    app.log.info({ migrations: applied.map((m) => m.migrationName) }, 'database migrated');
  if (config.SEED_DEMO) await runSeeders(app.ctx, (line) => console.log(line));
  await app.listen({ port: config.PORT, host: config.HOST });
  const where = config.database === 'sqlite' ? `SQLite at ${config.DATA_DIR}` : 'PostgreSQL';
  console.log(
    `Mercato ${VERSION} is serving ${config.PUBLIC_URL} (${where}) in ${Math.round(performance.now() - started)} ms. ` +
      `API docs: ${config.PUBLIC_URL}/api/docs/  Stop with Ctrl-C.`,
  );

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      app.log.info('shutting down: finishing in-flight requests and jobs');
      const timer = setTimeout(() => {
        app.log.error(`shutdown took longer than ${config.SHUTDOWN_TIMEOUT_MS} ms; exiting`);
        process.exit(1);
      }, config.SHUTDOWN_TIMEOUT_MS).unref();
      await app.close();
      clearTimeout(timer);
    })();
    return stopping;
  };
  return stop;
}

/** Runs the server until a signal; a second Ctrl-C exits at once. */
export async function runServer(config: Config): Promise<void> {
  const stop = await serve(config);
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) process.exit(130);
    console.log(`\n${signal} received: stopping (Ctrl-C again to force).`);
    stop().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

export function exitOnStartupError(err: unknown): never {
  if (err instanceof ConfigError) console.error(err.message);
  else if (err instanceof Error && (err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`The port is already in use: ${err.message}. Set PORT to another port.`);
  } else console.error(err);
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await runServer(loadConfig());
  } catch (err) {
    exitOnStartupError(err);
  }
}
