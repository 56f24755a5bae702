/**
 * Redis outages (the degraded mode): with Redis stopped, logins still work and
 * their limits still hold, counted in each process, without hangs or 500s and
 * with one log line per outage; revocations made meanwhile reach the other
 * instances from the database once Redis is back, and within seconds anyway.
 *
 * Each test starts a redis-server of its own, which it stops and restarts.
 */
import { Writable } from 'node:stream';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app.js';
import { connect } from '../src/db/dialect.js';
import { bearer, login, logout, PASSWORD, registerUser } from './auth-helpers.js';
import { buildTestApp, onPostgres, problemOf, type TestApp } from './helpers.js';
import { hasRedisServer, RedisServer } from './redis-server.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A logger that keeps the messages it is given. */
function capture(): { logger: FastifyBaseLogger; messages: () => string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const logger = pino({ level: 'info' }, stream) as unknown as FastifyBaseLogger;
  return { logger, messages: () => lines.map((line) => String(JSON.parse(line).msg)) };
}

async function startRedis(): Promise<RedisServer> {
  const redis = await RedisServer.start();
  cleanups.push(() => redis.stop());
  return redis;
}

async function untilRedis(app: FastifyInstance, status: 'ready' | 'down'): Promise<void> {
  await vi.waitFor(
    () => {
      const now = app.ctx.redis?.status;
      if (status === 'ready') expect(now).toBe('ready');
      else expect(now).not.toBe('ready');
    },
    { timeout: 10_000, interval: 20 },
  );
}

/** The `jti` claim of an access token. */
function jtiOf(access: string): string {
  return JSON.parse(Buffer.from(access.split('.')[1] ?? '', 'base64url').toString()).jti;
}

describe.skipIf(!hasRedisServer)('with Redis down', () => {
  it('logins work at once and their limits hold in the process; the outage is logged once', async () => {
    const redis = await startRedis();
    const log = capture();
    const t: TestApp = await buildTestApp(
      { REDIS_URL: redis.url, LOGIN_MAX_FAILURES_PER_ACCOUNT: 3, RATE_LIMIT_ANONYMOUS: 60 },
      { logger: log.logger },
    );
    cleanups.push(() => t.close());
    await t.app.ready();
    await untilRedis(t.app, 'ready');
    const { email } = await registerUser(t.app);
    const other = await registerUser(t.app);

    await redis.stop();
    await untilRedis(t.app, 'down');

    const started = performance.now();
    const signedIn = await login(t.app, email);
    expect(signedIn.res.statusCode, signedIn.res.body).toBe(200);
    // No wait for a reconnection: only the password hash takes time.
    // A login that waited for Redis took 9–15 s; the bound leaves room for a busy machine.
    expect(performance.now() - started).toBeLessThan(6000);
    expect(
      (await t.app.inject({ url: '/api/auth/profile/', headers: bearer(signedIn.body.access) })).statusCode,
    ).toBe(200);

    // The account limit still applies, counted here.
    for (let i = 0; i < 3; i++)
      expect((await login(t.app, other.email, 'Wrong-Password-123')).res.statusCode).toBe(401);
    const locked = await login(t.app, other.email);
    expect(locked.res.statusCode).toBe(429);
    expect(problemOf(locked.res).code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(locked.res.headers['retry-after'])).toBeGreaterThanOrEqual(1);

    // So does the anonymous request budget (60 a minute), here spent by another address.
    const codes: number[] = [];
    for (let i = 0; i < 61; i++)
      codes.push((await t.app.inject({ url: '/api/products/', remoteAddress: '198.51.100.7' })).statusCode);
    expect(codes.slice(0, 60)).toEqual(Array(60).fill(200));
    expect(codes.at(-1)).toBe(429);

    // Once per outage, not per request (70 were made): while redis-server shuts down, the
    // client may reconnect once more and lose it again, which is an outage of its own.
    const unreachable = log.messages().filter((m) => m.startsWith('Redis is unreachable: rate limits'));
    const back = log.messages().filter((m) => m === 'Redis is reachable again');
    expect(unreachable).toHaveLength(back.length + 1);
    expect(unreachable.length).toBeLessThanOrEqual(2);

    await redis.start();
    await untilRedis(t.app, 'ready');
    await vi.waitFor(() => expect(log.messages()).toContain('Redis is reachable again'));
    expect((await login(t.app, email)).res.statusCode).toBe(200);
  });

  it('starts, and lets users sign in, when Redis is not there at all', async () => {
    const redis = await startRedis();
    await redis.stop();
    const t = await buildTestApp({ REDIS_URL: redis.url });
    cleanups.push(() => t.close());
    const ready = performance.now();
    await t.app.ready();
    expect(performance.now() - ready).toBeLessThan(5000);
    const { email } = await registerUser(t.app);
    const started = performance.now();
    expect((await login(t.app, email, PASSWORD)).res.statusCode).toBe(200);
    // A login that waited for Redis took 9–15 s; the bound leaves room for a busy machine.
    expect(performance.now() - started).toBeLessThan(6000);
  });
});

describe('revocations made elsewhere', () => {
  it('are read from the database within seconds, even when no broadcast arrives', async () => {
    const t = await buildTestApp();
    cleanups.push(() => t.close());
    const { email } = await registerUser(t.app);
    const { body } = await login(t.app, email);
    expect((await t.app.inject({ url: '/api/auth/profile/', headers: bearer(body.access) })).statusCode).toBe(
      200,
    );
    // Written by another instance whose broadcast was lost: only the row exists.
    await t.db
      .insertInto('revoked_tokens')
      .values({ id: `jti:${jtiOf(body.access)}`, expires_at: new Date(Date.now() + 600_000).toISOString() })
      .execute();
    await vi.waitFor(
      async () =>
        expect(
          (await t.app.inject({ url: '/api/auth/profile/', headers: bearer(body.access) })).statusCode,
        ).toBe(401),
      { timeout: 8000, interval: 100 },
    );
  });
});

describe.skipIf(!onPostgres || !hasRedisServer)('two instances through a Redis outage', () => {
  it('refuses on instance B, soon after Redis is back, a token logged out on A while it was down', async () => {
    const redis = await startRedis();
    const a = await buildTestApp({ REDIS_URL: redis.url });
    cleanups.push(() => a.close());
    await a.app.ready();
    const bConnection = connect(a.config);
    const b = await buildApp(a.config, { jobsMode: 'inline', connection: bConnection });
    cleanups.push(async () => {
      await b.close();
      await bConnection.db.destroy();
    });
    await b.ready();
    await untilRedis(a.app, 'ready');
    await untilRedis(b, 'ready');

    const { email } = await registerUser(a.app);
    const { body } = await login(a.app, email);
    const profile = async (app: FastifyInstance, access: string) =>
      (await app.inject({ url: '/api/auth/profile/', headers: bearer(access) })).statusCode;
    expect(await profile(b, body.access)).toBe(200);

    await redis.stop();
    await untilRedis(a.app, 'down');
    await untilRedis(b, 'down');
    const started = performance.now();
    const out = await logout(a.app, body);
    expect(out.statusCode).toBe(205);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await profile(a.app, body.access)).toBe(401);
    // Logins on B go on meanwhile.
    const other = await login(b, email);
    expect(other.res.statusCode).toBe(200);

    await redis.start();
    await vi.waitFor(async () => expect(await profile(b, body.access)).toBe(401), {
      timeout: 6000,
      interval: 50,
    });
    // And B's own sessions are untouched.
    expect(await profile(b, other.body.access)).toBe(200);
  });
});
