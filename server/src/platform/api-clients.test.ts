/**
 * The API-client gate works with whatever `ApiClientStore` it is handed: here
 * one in memory, with no database and no identity module. Lookups and usage
 * writes go through the store; evictions come from `invalidate` (the identity
 * module calls it on its `api_client.changed` event).
 */
import { createHash } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import {
  ApiClientGate,
  type ApiClientRecord,
  type ApiClientStore,
  registerApiClients,
  type UsageDelta,
} from './api-clients.js';
import { Broadcast } from './broadcast.js';
import { registerErrorHandling } from './errors.js';
import type { ModuleContext } from './module.js';

const KEY = 'sk_in-memory-key';

class MemoryStore implements ApiClientStore {
  readonly clients = new Map<string, ApiClientRecord>();
  readonly saved: Array<{ deltas: UsageDelta[]; lastUsed: Map<string, string> }> = [];
  lookups = 0;

  async findForAuth(clientId: string) {
    this.lookups++;
    return this.clients.get(clientId);
  }
  async saveUsage(deltas: readonly UsageDelta[], lastUsed: ReadonlyMap<string, string>) {
    this.saved.push({ deltas: [...deltas], lastUsed: new Map(lastUsed) });
  }
  async webAreaClients() {
    return [];
  }
  change(clientId: string, changes: Partial<ApiClientRecord>) {
    const client = this.clients.get(clientId);
    if (client) this.clients.set(clientId, { ...client, ...changes });
  }
}

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function gateWith(store: ApiClientStore, settings: { RATE_LIMIT_ANONYMOUS?: number } = {}) {
  const log: FastifyBaseLogger = pino({ level: 'silent' });
  const config = loadConfig({}, { LOG_LEVEL: 'silent', USAGE_FLUSH_INTERVAL_MS: 3_600_000, ...settings });
  const ctx = {
    config,
    redis: undefined,
    broadcast: new Broadcast({ redis: undefined, prefix: 'memory:', log }),
    log,
  } as unknown as ModuleContext;
  app = Fastify({ loggerInstance: log });
  registerErrorHandling(app);
  const gate = new ApiClientGate(ctx, store);
  registerApiClients(app, ctx, gate);
  app.get('/api/ping/', async (request) => ({ client: request.apiClient?.client_id ?? null }));
  await app.ready();
  return gate;
}

function memoryClient(): ApiClientRecord {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    client_id: 'cl_memory',
    name: 'In memory',
    type: 'server',
    rate_limit: 100,
    key_hash: createHash('sha256').update(KEY).digest('hex'),
    is_active: true,
    revoked_at: null,
    allowed_origins: [],
    is_public: false,
  };
}

const ping = (key: string) =>
  app!.inject({
    method: 'GET',
    url: '/api/ping/',
    headers: { 'x-client-id': 'cl_memory', 'x-api-key': key },
  });

describe('the API-client gate over an ApiClientStore', () => {
  it('admits a client the store knows, refuses a wrong key, and writes usage through the store', async () => {
    const store = new MemoryStore();
    store.clients.set('cl_memory', memoryClient());
    const gate = await gateWith(store);

    const ok = await ping(KEY);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ client: 'cl_memory' });
    const wrong = await ping('sk_wrong');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('INVALID_API_CLIENT');
    expect(store.lookups).toBe(1); // the second request was answered from the cache

    await gate.flushUsage();
    expect(store.saved).toHaveLength(1);
    expect(store.saved[0]!.deltas).toEqual([
      expect.objectContaining({
        api_client_id: memoryClient().id,
        requests: 1,
        status_2xx: 1,
        status_4xx: 0,
      }),
    ]);
    expect([...store.saved[0]!.lastUsed.keys()]).toEqual([memoryClient().id]);
  });

  it('forgets a cached client at once when told it changed', async () => {
    const store = new MemoryStore();
    store.clients.set('cl_memory', memoryClient());
    const gate = await gateWith(store);
    expect((await ping(KEY)).statusCode).toBe(200);

    store.change('cl_memory', { revoked_at: new Date().toISOString() });
    expect((await ping(KEY)).statusCode).toBe(200); // still cached
    gate.invalidate('cl_memory');
    const revoked = await ping(KEY);
    expect(revoked.statusCode).toBe(401);
    expect(store.lookups).toBe(2);
  });

  it('keeps real clients cached however many unknown ids are asked for', async () => {
    const store = new MemoryStore();
    store.clients.set('cl_memory', memoryClient());
    await gateWith(store, { RATE_LIMIT_ANONYMOUS: 1_000_000 });
    expect((await ping(KEY)).statusCode).toBe(200);
    expect(store.lookups).toBe(1);
    // More unknown ids than the cache holds: each is looked up once and refused.
    const unknown = 10_050;
    for (let i = 0; i < unknown; i += 500) {
      const answers = await Promise.all(
        Array.from({ length: Math.min(500, unknown - i) }, (_, j) =>
          app!.inject({
            url: '/api/ping/',
            headers: { 'x-client-id': `cl_random_${i + j}`, 'x-api-key': 'k' },
          }),
        ),
      );
      for (const a of answers) expect(a.statusCode).toBe(401);
    }
    expect(store.lookups).toBe(1 + unknown);
    // The real client is still answered from the cache: no lookup.
    expect((await ping(KEY)).statusCode).toBe(200);
    expect(store.lookups).toBe(1 + unknown);
    // The newest unknown ids are still remembered as unknown (the oldest were forgotten first).
    await app!.inject({ url: '/api/ping/', headers: { 'x-client-id': `cl_random_${unknown - 1}` } });
    expect(store.lookups).toBe(1 + unknown);
    await app!.inject({ url: '/api/ping/', headers: { 'x-client-id': 'cl_random_0' } });
    expect(store.lookups).toBe(2 + unknown);
  });

  it('looks up no unknown id for an address over its anonymous budget, but still a known client', async () => {
    const store = new MemoryStore();
    store.clients.set('cl_memory', memoryClient());
    const gate = await gateWith(store, { RATE_LIMIT_ANONYMOUS: 2 });
    expect((await ping(KEY)).statusCode).toBe(200);
    const anonymous = () => app!.inject({ url: '/api/ping/' });
    expect((await anonymous()).statusCode).toBe(200);
    expect((await anonymous()).statusCode).toBe(200);
    expect((await anonymous()).statusCode).toBe(429);
    const before = store.lookups;
    for (let i = 0; i < 20; i++) {
      const res = await app!.inject({ url: '/api/ping/', headers: { 'x-client-id': `cl_guess_${i}` } });
      expect(res.statusCode).toBe(429);
      expect(res.json().code).toBe('RATE_LIMITED');
    }
    expect(store.lookups).toBe(before);
    // A client this process knows is loaded again after it was evicted, from the same address.
    gate.invalidate('cl_memory');
    expect((await ping(KEY)).statusCode).toBe(200);
    expect(store.lookups).toBe(before + 1);
  });
});
