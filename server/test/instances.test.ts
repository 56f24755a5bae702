/**
 * Two instances of the app on one database and one Redis, as behind a load
 * balancer: what one changes in memory-cached state, the other learns at once.
 */
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp, createContext, MODULES } from '../src/app.js';
import { connect } from '../src/db/dialect.js';
import {
  createApiClientFromCli,
  revokeApiClient,
  updateApiClient,
} from '../src/modules/identity/api-clients.service.js';
import { createSuperuser } from '../src/modules/identity/index.js';
import { Broadcast } from '../src/platform/broadcast.js';
import type { AnyModule } from '../src/platform/module.js';
import { connectRedis } from '../src/platform/redis.js';
import { bearer, login, logout, PASSWORD, registerUser, uniqueEmail } from './auth-helpers.js';
import { buildTestApp, onRedis, type TestApp } from './helpers.js';

describe.skipIf(!onRedis)('several instances sharing Redis', () => {
  let a: TestApp;
  let b: FastifyInstance;
  let bConnection: ReturnType<typeof connect>;

  beforeAll(async () => {
    a = await buildTestApp();
    // A creates the signing key on the empty database; B, started after, loads it.
    await a.app.ready();
    bConnection = connect(a.config);
    b = await buildApp(a.config, { jobsMode: 'inline', connection: bConnection });
    await b.ready();
  });
  afterAll(async () => {
    try {
      await b?.close();
      await bConnection?.db.destroy();
    } finally {
      await a?.close();
    }
  });

  it('refuses on instance B, at once, an access token logged out on instance A', async () => {
    const { email } = await registerUser(a.app);
    const { body } = await login(a.app, email);
    // B has verified (and cached) the token.
    expect((await b.inject({ url: '/api/auth/profile/', headers: bearer(body.access) })).statusCode).toBe(
      200,
    );
    const out = await logout(a.app, body);
    expect(out.statusCode).toBe(205);
    await vi.waitFor(
      async () =>
        expect((await b.inject({ url: '/api/auth/profile/', headers: bearer(body.access) })).statusCode).toBe(
          401,
        ),
      { timeout: 2000, interval: 20 },
    );
  });

  it('drops on instance B, at once, an API client another instance revoked', async () => {
    const client = await createApiClientFromCli(a.db, { name: 'Shared', type: 'server' });
    const headers = { 'x-client-id': client.client_id, 'x-api-key': client.api_key };
    // B has looked the client up (and cached it): its request is attributed, if unauthenticated.
    expect((await b.inject({ url: '/api/auth/profile/', headers })).statusCode).toBe(401);
    expect((await b.inject({ url: '/api/auth/profile/', headers })).json().code).toBe('NOT_AUTHENTICATED');
    // Revoked on A: its `api_client.changed` event reaches B's cache through Redis.
    await revokeApiClient(a.app.ctx, client.id);
    await vi.waitFor(
      async () =>
        expect((await b.inject({ url: '/api/auth/profile/', headers })).json().code).toBe(
          'INVALID_API_CLIENT',
        ),
      { timeout: 2000, interval: 20 },
    );
  });

  it('lets instance B, at once, accept a public client from an origin an admin added on instance A', async () => {
    const storefront = await a.db
      .selectFrom('api_clients')
      .select(['id', 'client_id'])
      .where('web_area', '=', 'storefront')
      .executeTakeFirstOrThrow();
    const headers = { 'x-client-id': storefront.client_id, origin: 'https://partner.example.com' };
    // B has cached the client, without that origin.
    expect((await b.inject({ url: '/api/products/', headers })).statusCode).toBe(403);
    await updateApiClient(a.app.ctx, storefront.id, { allowed_origins: ['https://partner.example.com'] });
    await vi.waitFor(
      async () => expect((await b.inject({ url: '/api/products/', headers })).statusCode).toBe(200),
      { timeout: 2000, interval: 20 },
    );
  });

  it('tells instance B of a promotion changed by a process that has no listener of it (a worker, say)', async () => {
    // A process composed without loyalty's listeners: nothing here listens to `promotion.changed`.
    const modules = MODULES.map((m) =>
      m.name === 'loyalty' ? { ...m, listeners: undefined } : m,
    ) as AnyModule[];
    const worker = createContext(a.config, { jobsMode: 'off', logger: pino({ level: 'silent' }), modules });
    try {
      await vi.waitFor(() => expect(worker.redis?.status).toBe('ready'));
      const admin = await createSuperuser(a.db, { email: uniqueEmail('promo-admin'), password: PASSWORD });
      const cache = b.ctx.module('loyalty').loyalty.promotionsCache;
      const codes = async () => (await cache.get()).map((p) => p.row.code);
      // B has read (and kept, for seconds) the promotions: none with this code.
      expect(await codes()).not.toContain('FROMWORKER');
      await worker.module('loyalty').promotions.create(
        {
          id: admin.id,
          email: admin.email,
          username: admin.username,
          user_type: 'admin',
          is_superuser: true,
          is_staff: true,
          vendor_status: null,
          token_id: null,
          session_id: null,
        },
        { code: 'FROMWORKER', name: 'From the worker', kind: 'free_item' },
        { ip: null, user_agent: null },
      );
      await vi.waitFor(async () => expect(await codes()).toContain('FROMWORKER'), {
        timeout: 2000,
        interval: 20,
      });
    } finally {
      await worker.close();
    }
  });

  it('delivers a message to the other instances and never back to its sender', async () => {
    const log = a.app.log;
    const prefix = `test:bc:${Math.random().toString(36).slice(2)}:`;
    const redisA = connectRedis({ REDIS_URL: a.config.REDIS_URL, REDIS_KEY_PREFIX: prefix }, log)!;
    const redisB = connectRedis({ REDIS_URL: a.config.REDIS_URL, REDIS_KEY_PREFIX: prefix }, log)!;
    // Nothing is published before the connection is up (see Broadcast.publish).
    await vi.waitFor(() => expect([redisA.status, redisB.status]).toEqual(['ready', 'ready']));
    const one = new Broadcast({ redis: redisA, prefix, log });
    const two = new Broadcast({ redis: redisB, prefix, log });
    try {
      const heardByOne: unknown[] = [];
      const heardByTwo: unknown[] = [];
      await one.on('t', (m) => heardByOne.push(m));
      await two.on('t', (m) => heardByTwo.push(m));
      one.publish('t', { n: 1 });
      two.publish('t', 'two');
      await vi.waitFor(() => {
        expect(heardByTwo).toEqual([{ n: 1 }]);
        expect(heardByOne).toEqual(['two']);
      });
    } finally {
      await one.close();
      await two.close();
      await redisA.quit();
      await redisB.quit();
    }
  });
});
