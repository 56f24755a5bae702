/**
 * What arrives on the socket before any parsing: absolute-form request
 * targets, `..` segments, and who the client is behind proxies. Over real
 * sockets, because `inject` normalises the URL these tests are about.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { buildTestApp, type TestApp } from './helpers.js';

/** Sends one raw HTTP/1.1 request line and returns the status and the whole answer. */
function raw(port: number, requestLine: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (chunk) => {
      data += chunk.toString('latin1');
    });
    socket.on('end', () => resolve({ status: Number(data.split(' ')[1]), text: data }));
    socket.on('error', reject);
    const extra = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\n${extra}Connection: close\r\n\r\n`);
  });
}

async function listening(t: TestApp): Promise<number> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  return (t.app.server.address() as AddressInfo).port;
}

describe('absolute-form request targets', () => {
  let t: TestApp;
  let port: number;
  let scratch: string;
  beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'mercato-target-'));
    mkdirSync(path.join(scratch, 'media'));
    writeFileSync(path.join(scratch, 'secret.txt'), 'outside the media root');
    writeFileSync(path.join(scratch, 'media', 'photo.txt'), 'pixels');
    t = await buildTestApp({
      REQUIRE_API_CLIENT: true,
      RATE_LIMIT_ANONYMOUS: 2,
      MEDIA_ROOT: path.join(scratch, 'media'),
    });
    t.app.get('/api/test/ping/', async (request) => ({ client: request.apiClient?.client_id ?? null }));
    port = await listening(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('are judged by their path: the API-client check and the API headers apply', async () => {
    const origin = await raw(port, 'GET /api/test/ping/ HTTP/1.1');
    expect(origin.status).toBe(401);
    const absolute = await raw(port, `GET http://127.0.0.1:${port}/api/test/ping/ HTTP/1.1`);
    expect(absolute.status).toBe(401);
    expect(absolute.text).toContain('API_CLIENT_REQUIRED');
    expect(absolute.text.toLowerCase()).toContain("content-security-policy: default-src 'none'");
  });

  it('count against the anonymous budget', async () => {
    const open = await buildTestApp({ RATE_LIMIT_ANONYMOUS: 2 });
    try {
      open.app.get('/api/test/ping/', async () => ({ ok: true }));
      const openPort = await listening(open);
      const answers = [];
      for (let i = 0; i < 3; i++)
        answers.push(await raw(openPort, `GET http://127.0.0.1:${openPort}/api/test/ping/ HTTP/1.1`));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
      expect(answers[0]?.text.toLowerCase()).toContain('ratelimit-remaining: 1');
    } finally {
      await open.close();
    }
  });

  it('never leave the media root, however the dots are written', async () => {
    for (const target of [
      '/media/../secret.txt',
      '/media/%2e%2e/secret.txt',
      '/media/..%2fsecret.txt',
      `http://127.0.0.1:${port}/media/../secret.txt`,
    ]) {
      const res = await raw(port, `GET ${target} HTTP/1.1`);
      expect(res.text, target).not.toContain('outside the media root');
    }
    expect((await raw(port, 'GET /media/photo.txt HTTP/1.1')).text).toContain('pixels');
  });
});

describe('TRUST_PROXY', () => {
  it('takes a number of proxies, their addresses, true or false', () => {
    const env = (value: string) =>
      loadConfig({ TRUST_PROXY: value, DATA_DIR: '/tmp/never-used' }).TRUST_PROXY;
    expect(env('false')).toBe(false);
    expect(env('true')).toBe(true);
    expect(env('1')).toBe(1);
    expect(env('10.0.0.0/8, 127.0.0.1')).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(() => env('nginx')).toThrow(/TRUST_PROXY must be true, false, a number of proxies/);
    expect(() => env('10.0.0.0/33')).toThrow(/TRUST_PROXY/);
  });

  it('behind one proxy that appends to X-Forwarded-For (deploy/nginx.conf), the client cannot pick its address', async () => {
    const t = await buildTestApp({ TRUST_PROXY: 1, RATE_LIMIT_ANONYMOUS: 3 });
    try {
      t.app.get('/api/test/ip/', async (request) => ({ ip: request.ip }));
      const as = (forwarded: string) =>
        t.app.inject({
          url: '/api/test/ip/',
          remoteAddress: '127.0.0.1',
          headers: { 'x-forwarded-for': forwarded },
        });
      // nginx appended the address it saw to what the client sent.
      expect((await as('10.9.9.9, 203.0.113.50')).json()).toEqual({ ip: '203.0.113.50' });
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await as(`198.51.100.${i}, 203.0.113.60`)).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
    } finally {
      await t.close();
    }
  });

  it('with the proxies named by address, believes only them', async () => {
    const t = await buildTestApp({ TRUST_PROXY: ['127.0.0.1'] });
    try {
      t.app.get('/api/test/ip/', async (request) => ({ ip: request.ip }));
      const from = (remoteAddress: string) =>
        t.app.inject({
          url: '/api/test/ip/',
          remoteAddress,
          headers: { 'x-forwarded-for': '10.9.9.9, 203.0.113.7' },
        });
      expect((await from('127.0.0.1')).json()).toEqual({ ip: '203.0.113.7' });
      expect((await from('192.0.2.1')).json()).toEqual({ ip: '192.0.2.1' });
    } finally {
      await t.close();
    }
  });
});
