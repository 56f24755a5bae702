import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp, createTestDatabase, type TestApp } from './helpers.js';
import { freePort, startServer, waitForUrl } from './processes.js';

describe('graceful shutdown', () => {
  let t: TestApp | undefined;
  afterAll(async () => {
    await t?.close();
  });

  it('finishes in-flight requests, then refuses new connections', async () => {
    t = await buildTestApp();
    let finished = false;
    t.app.get('/api/test/slow', async () => {
      await new Promise((r) => setTimeout(r, 300));
      finished = true;
      return { done: true };
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;

    const inFlight = fetch(`${base}/api/test/slow`);
    await new Promise((r) => setTimeout(r, 50));
    const closing = t.app.close();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ done: true });
    await closing;
    expect(finished).toBe(true);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});

describe('npm start (src/main.ts) as a process', () => {
  it('migrates, seeds, serves the docs and the API, and stops cleanly on SIGTERM', async () => {
    const database = await createTestDatabase();
    const port = await freePort();
    const server = startServer({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: database.settings.DATA_DIR,
      DATABASE_URL: database.settings.DATABASE_URL,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      const ready = await waitForUrl(`${base}/readyz`);
      expect(ready.status).toBe(200);
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
      server.child.kill('SIGKILL');
      await database.drop();
    }
  });

  it('refuses to start with a bad setting and says which', async () => {
    const server = startServer({ PORT: '99999', DATA_DIR: '/tmp/never-used' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('Invalid configuration: PORT must be between 0 and 65535 (got 99999)');
  });
});
