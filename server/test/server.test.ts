import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createTestDatabase, testConfig } from './helpers.js';
import { startServer, startServerOnFreePort } from './processes.js';

/** A promise the test settles by hand, to hold a request inside its handler. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe('graceful shutdown', () => {
  it('stops listening, finishes the request in hand (database still open), then closes the database', async () => {
    const database = await createTestDatabase();
    // No shared test connection: the app owns its database, as in `npm start`, so closing the app must close it.
    const app = await buildApp(testConfig(database.settings), { jobsMode: 'inline' });
    const reached = gate();
    const release = gate();
    try {
      await migrateToLatest(app.ctx.db);
      app.get('/api/test/slow', async () => {
        reached.open();
        await release.opened;
        const { rows } = await sql<{ one: number }>`select 1 as one`.execute(app.ctx.db);
        return { done: rows[0]?.one === 1 };
      });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as AddressInfo;
      const base = `http://127.0.0.1:${port}`;

      const inFlight = fetch(`${base}/api/test/slow`);
      await reached.opened;
      let closed = false;
      const closing = app.close().then(() => {
        closed = true;
      });
      // The listener closes while the request is still held in its handler.
      await vi.waitFor(() => expect(app.server.listening).toBe(false), { timeout: 10_000, interval: 5 });
      await expect(fetch(`${base}/healthz`)).rejects.toThrow();
      expect(closed).toBe(false);

      release.open();
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ done: true });
      await closing;
      await expect(sql`select 1`.execute(app.ctx.db)).rejects.toThrow(/destroyed/);
    } finally {
      release.open();
      await app.close();
      await database.drop();
    }
  });
});

// Each case starts Node with tsx on the source: seconds on an idle machine, much longer on two busy cores.
const PROCESS_TIMEOUT_MS = 120_000;

describe('npm start (src/main.ts) as a process', { timeout: PROCESS_TIMEOUT_MS }, () => {
  it('migrates, seeds, serves the docs and the API, and stops cleanly on SIGTERM', async () => {
    const database = await createTestDatabase();
    const { server, base, ready } = await startServerOnFreePort(
      (port) => ({
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: database.settings.DATA_DIR,
        DATABASE_URL: database.settings.DATABASE_URL,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
      }),
      '/readyz',
      PROCESS_TIMEOUT_MS - 10_000,
    ).catch(async (err) => {
      await database.drop();
      throw err;
    });
    try {
      expect(ready.status).toBe(200);
      // What the process printed reaches this process through a pipe, maybe after /readyz answered.
      for (let i = 0; i < 100 && !server.output().includes('is serving'); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(server.output()).toMatch(/Demo admin created: admin@example.com \/ \S+/);
      expect(server.output()).toContain(`Mercato 0.1.0 is serving ${base}`);
      const schema = await fetch(`${base}/api/schema/`);
      expect(((await schema.json()) as { openapi: string }).openapi).toBe('3.1.0');
      expect((await fetch(`${base}/api/docs/`)).status).toBe(200);
      expect((await fetch(`${base}/api/schema/swagger/`)).status).toBe(200);

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(server.output()).toContain('SIGTERM received: stopping');
      expect(server.output()).not.toMatch(/error/i);
    } finally {
      // A server still running (the test failed early) must be gone before its database is dropped.
      if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
      await server.exited;
      await database.drop();
    }
  });

  it('refuses to start with a bad setting and says which', async () => {
    const server = startServer({ PORT: '99999', DATA_DIR: '/tmp/never-used' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('Invalid configuration: PORT must be between 0 and 65535 (got 99999)');
  });
});
