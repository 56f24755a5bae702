/**
 * A fuzzer over the API's own OpenAPI document: for every operation, as an
 * anonymous caller and as each role, it sends requests built from the
 * operation's schemas, mostly plausible with some parts replaced by hostile
 * values (wrong types, huge and non-finite numbers, NUL characters, long
 * strings, lone surrogates, bad and foreign ids, malformed JSON). A 5xx answer
 * (or an exception out of `inject`) is a finding, reported with the operation,
 * the role and the request, and the seed and index that reproduce it.
 *
 * Everything random comes from one seeded generator, so a run is the same
 * requests every time (ids of the fixtures differ, not which one is picked).
 * `fuzz.test.ts` runs a bounded pass in `npm test`; `FUZZ_SEED` and
 * `FUZZ_ROUNDS` run other or longer ones:
 *
 *   FUZZ_SEED=7 FUZZ_ROUNDS=40 npx vitest run test/fuzz.test.ts
 */
import type { FastifyInstance, InjectOptions } from 'fastify';

export type Role = 'anonymous' | 'customer' | 'vendor' | 'staff' | 'manager' | 'admin';
export const ROLES: readonly Role[] = ['anonymous', 'customer', 'vendor', 'staff', 'manager', 'admin'];

type Schema = Record<string, unknown>;

/** mulberry32: small, fast, and the same sequence for the same seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values the fixtures made: ids of every kind, slugs, SKUs, so that some requests reach real objects. */
export interface Pools {
  ids: string[];
  slugs: string[];
  skus: string[];
}

export interface Finding {
  operation: string;
  role: Role;
  index: number;
  request: { method: string; url: string; headers: Record<string, string>; payload?: string };
  status: number | 'exception';
  body: string;
}

export interface FuzzOptions {
  app: FastifyInstance;
  seed: number;
  /** Requests per operation and role. */
  rounds: number;
  pools: Pools;
  /** The Authorization header of a role, fresh (called again after a role's token stopped working). */
  credentials(role: Role, renew: boolean): Promise<Record<string, string>>;
  /** Operations to leave out, by operationId. */
  skip?: readonly string[];
}

export interface FuzzResult {
  requests: number;
  findings: Finding[];
  statuses: Record<string, number>;
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Walks every operation of the document and returns what answered 5xx. */
export async function fuzz(options: FuzzOptions): Promise<FuzzResult> {
  const { app, pools, rounds } = options;
  const doc = app.swagger() as unknown as {
    paths: Record<string, Record<string, Operation>>;
    components?: { schemas?: Record<string, Schema> };
  };
  const gen = new Generator(prng(options.seed), pools, doc.components?.schemas ?? {});
  const findings: Finding[] = [];
  const statuses: Record<string, number> = {};
  let index = 0;
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op || options.skip?.includes(op.operationId ?? '')) continue;
      // Every role the operation lets in (its plausible round 0 was not 401 or 403) then sends
      // each huge or non-finite number to each numeric place.
      const sweep = gen.numericPlaces(op).flatMap((place) => HUGE_NUMBERS.map((value) => ({ place, value })));
      for (const role of ROLES) {
        let admitted = false;
        for (let round = 0; round < rounds + (admitted ? sweep.length : 0); round++) {
          index += 1;
          const request = gen.request(method, path, op, round, sweep[round - rounds]);
          const auth = role === 'anonymous' ? {} : await options.credentials(role, false);
          const sent: InjectOptions = { ...request, headers: { ...request.headers, ...auth } };
          let status: number | 'exception';
          let body = '';
          try {
            const res = await app.inject(sent);
            status = res.statusCode;
            if (round === 0) admitted = status !== 401 && status !== 403;
            body = res.body.slice(0, 500);
            // A role's token that stopped working (it logged out, say) is renewed for the next requests.
            if (status === 401 && role !== 'anonymous') await options.credentials(role, true);
          } catch (err) {
            status = 'exception';
            body = String((err as Error).stack ?? err);
          }
          const bucket = status === 'exception' ? 'exception' : `${String(status).charAt(0)}xx`;
          statuses[bucket] = (statuses[bucket] ?? 0) + 1;
          if (status === 'exception' || status >= 500) {
            findings.push({
              operation: op.operationId ?? `${method.toUpperCase()} ${path}`,
              role,
              index,
              request: {
                method: request.method,
                url: request.url,
                headers: request.headers,
                ...(request.payload === undefined ? {} : { payload: String(request.payload).slice(0, 2000) }),
              },
              status,
              body,
            });
          }
        }
      }
    }
  }
  return { requests: index, findings, statuses };
}

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

interface BuiltRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

const LONG = 'x'.repeat(5000);
const HUGE = 'y'.repeat(200_000);

/** Numbers too large for a double, or for the databases' integers: half of the hostile numbers. */
const HUGE_NUMBERS: unknown[] = [
  '1e999',
  '-1e999',
  'Infinity',
  '-Infinity',
  'NaN',
  1e308,
  -1e308,
  2 ** 53 + 2,
  2 ** 63,
  -(2 ** 63),
  '99999999999999999999',
  '-99999999999999999999',
];

/** Other numbers and number-like strings that break naive code. */
const HOSTILE_NUMBERS: unknown[] = [0.5, -0, 1e-7, -1, 0, 2147483648, '0x10', ' 1 '];

/** Strings that break naive code. */
const HOSTILE_STRINGS: unknown[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  LONG,
  '\uD800',
  '😀'.repeat(300),
  "' OR '1'='1",
  '%',
  '_',
  '\\',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-02-30T25:61:00Z',
  '0000-00-00',
  'not an email@',
  '-',
  '1e999',
];

const WRONG_TYPES: unknown[] = [null, true, false, 0, -1, 'text', [], {}, [1, 'a'], { a: 1 }];

class Generator {
  constructor(
    private readonly random: () => number,
    private readonly pools: Pools,
    private readonly components: Record<string, Schema>,
  ) {}

  #pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  #chance(p: number): boolean {
    return this.random() < p;
  }

  #uuid(): string {
    const hex = () => Math.floor(this.random() * 16).toString(16);
    const part = (n: number) => Array.from({ length: n }, hex).join('');
    return `${part(8)}-${part(4)}-7${part(3)}-${this.#pick(['8', '9', 'a', 'b'])}${part(3)}-${part(12)}`;
  }

  #resolve(schema: unknown, depth = 0): Schema {
    if (typeof schema !== 'object' || schema === null) return {};
    const ref = (schema as Schema).$ref;
    if (typeof ref === 'string' && depth < 10) {
      const name = ref.replace(/^#\/components\/schemas\//, '').replace(/#$/, '');
      return this.#resolve(this.components[name], depth + 1);
    }
    return schema as Schema;
  }

  /** A hostile value for a place that expects `schema`. */
  hostile(schema: Schema, name = ''): unknown {
    const s = this.#resolve(schema);
    const type = typeOf(s);
    const roll = this.random();
    if (roll < 0.15) return this.#pick(WRONG_TYPES);
    if (roll < 0.25) return this.#pick([...this.pools.ids, ...this.pools.slugs, this.#uuid()]);
    if (type === 'integer' || type === 'number') {
      const limits = [s.minimum, s.maximum].filter((v): v is number => typeof v === 'number');
      const edges = limits.flatMap((v) => [v - 1, v + 1, v * 1000]);
      return this.#chance(0.5) ? this.#pick(HUGE_NUMBERS) : this.#pick([...HOSTILE_NUMBERS, ...edges]);
    }
    if (type === 'string' || name) {
      const max = typeof s.maxLength === 'number' ? s.maxLength : undefined;
      const over = max !== undefined ? ['z'.repeat(max + 1)] : [];
      return this.#pick([...HOSTILE_STRINGS, ...over, ...HUGE_NUMBERS.slice(0, 5)]);
    }
    if (type === 'array') {
      const item = this.#resolve(s.items);
      return this.#pick([
        [],
        Array.from({ length: 2000 }, () => 1),
        [this.hostile(item)],
        [this.plausible(item, 0.5), this.plausible(item, 0.5)],
        'text',
      ]);
    }
    if (type === 'object') {
      return this.#pick([
        {},
        [],
        'text',
        { ...(this.plausible(s, 0) as object), __proto__x: 1, extra: HUGE },
      ]);
    }
    return this.#pick(WRONG_TYPES);
  }

  /** A value that fits `schema`, except that each part is hostile with probability `rate`. */
  plausible(schema: unknown, rate: number, name = '', depth = 0): unknown {
    const s = this.#resolve(schema);
    if (depth > 0 && this.#chance(rate)) return this.hostile(s, name);
    const branches = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
    if (Array.isArray(branches) && branches.length > 0) {
      const useful = branches.filter((b) => typeOf(this.#resolve(b)) !== 'null');
      return this.plausible(this.#pick(useful.length > 0 ? useful : branches), rate, name, depth);
    }
    if (Array.isArray(s.allOf)) {
      const merged: Schema = { type: 'object', properties: {}, required: [] };
      for (const part of s.allOf) {
        const r = this.#resolve(part);
        Object.assign(merged.properties as Schema, r.properties ?? {});
        (merged.required as unknown[]).push(...((r.required as unknown[]) ?? []));
      }
      return this.plausible(merged, rate, name, depth);
    }
    if ('const' in s) return s.const;
    if (Array.isArray(s.enum)) return this.#pick(s.enum);
    if (s.default !== undefined && this.#chance(0.3)) return s.default;
    switch (typeOf(s)) {
      case 'object': {
        const out: Record<string, unknown> = {};
        const required = new Set((s.required as string[] | undefined) ?? []);
        for (const [key, child] of Object.entries((s.properties as Record<string, Schema>) ?? {})) {
          if (required.has(key) || this.#chance(0.6)) out[key] = this.plausible(child, rate, key, depth + 1);
        }
        if (this.#chance(rate))
          out[this.#pick(['unknown', 'is_superuser', 'user_type', 'id'])] = this.hostile({});
        return out;
      }
      case 'array': {
        const min = typeof s.minItems === 'number' ? s.minItems : 0;
        const length = Math.max(min, Math.floor(this.random() * 3));
        return Array.from({ length }, () => this.plausible(s.items, rate, name, depth + 1));
      }
      case 'integer':
      case 'number': {
        const min = typeof s.minimum === 'number' ? s.minimum : 0;
        const max = typeof s.maximum === 'number' ? s.maximum : min + 10;
        const value = min + Math.floor(this.random() * (Math.min(max, min + 10) - min + 1));
        return value === 0 && s.not ? 1 : value;
      }
      case 'boolean':
        return this.#chance(0.5);
      case 'null':
        return null;
      default:
        return this.#string(s, name);
    }
  }

  #string(s: Schema, name: string): string {
    if (s.format === 'uuid' || name === 'id' || name.endsWith('_id')) {
      return this.#chance(0.7) && this.pools.ids.length > 0 ? this.#pick(this.pools.ids) : this.#uuid();
    }
    if (name === 'slug' && this.pools.slugs.length > 0) return this.#pick(this.pools.slugs);
    if (name === 'sku' && this.pools.skus.length > 0) return this.#pick(this.pools.skus);
    if (name === 'product' || name === 'category' || name === 'vendor' || name === 'user') {
      return this.#pick([...this.pools.ids, ...this.pools.slugs]);
    }
    if (s.format === 'email' || name.includes('email'))
      return `fuzz${Math.floor(this.random() * 1e6)}@example.com`;
    if (s.format === 'date-time')
      return new Date(Date.UTC(2026, 0, 1 + Math.floor(this.random() * 400))).toISOString();
    if (s.format === 'date') return '2026-03-01';
    if (s.format === 'uri') return 'https://example.com/fuzz';
    const min = typeof s.minLength === 'number' ? s.minLength : 1;
    const max = typeof s.maxLength === 'number' ? s.maxLength : 40;
    const candidates = [
      '10.00',
      '1',
      'GB',
      'Fuzz value',
      'fuzz-value',
      'Plum-Orchard-Lantern-42',
      'a'.repeat(Math.max(min, 3)),
    ];
    const pattern = typeof s.pattern === 'string' ? safeRegExp(s.pattern) : undefined;
    const fits = candidates.filter(
      (c) => c.length >= min && c.length <= max && (pattern === undefined || pattern.test(c)),
    );
    return fits.length > 0 ? this.#pick(fits) : 'a'.repeat(Math.min(Math.max(min, 1), max));
  }

  #query(value: unknown): string[] {
    if (Array.isArray(value))
      return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)));
    if (value === null) return [''];
    if (typeof value === 'object') return [JSON.stringify(value)];
    return [String(value)];
  }

  /** The places of an operation that take a number: path and query parameters, top-level body properties. */
  numericPlaces(op: Operation): string[] {
    const numeric = (schema: unknown) => {
      const s = this.#resolve(schema);
      const branches = ((s.anyOf ?? s.oneOf) as Schema[] | undefined) ?? [s];
      return branches.some((b) => ['integer', 'number'].includes(typeOf(this.#resolve(b)) ?? ''));
    };
    const body = this.#resolve(op.requestBody?.content?.['application/json']?.schema);
    return [
      ...(op.parameters ?? [])
        .filter((p) => (p.in === 'path' || p.in === 'query') && numeric(p.schema))
        .map((p) => `${p.in}:${p.name}`),
      ...Object.entries((body.properties ?? {}) as Record<string, Schema>)
        .filter(([, child]) => numeric(child))
        .map(([key]) => `body:${key}`),
    ];
  }

  /**
   * One request for the operation. `aim` puts the given value at one place and
   * keeps the rest plausible (the sweep of numeric places uses it).
   */
  request(
    method: string,
    path: string,
    op: Operation,
    round: number,
    aim?: { place: string; value: unknown },
  ): BuiltRequest {
    const params = op.parameters ?? [];
    const content = op.requestBody?.content ?? {};
    const schema = content['application/json']?.schema;
    const properties = (this.#resolve(schema).properties ?? {}) as Record<string, Schema>;
    // Round 0 is fully plausible (to reach handlers with real objects). Odd rounds aim at one place
    // (a path or query parameter, or a body property) and keep the rest plausible; the others
    // make each place hostile with some probability.
    const places = [
      ...params.filter((p) => p.in === 'path' || p.in === 'query').map((p) => `${p.in}:${p.name}`),
      ...Object.keys(properties).map((k) => `body:${k}`),
    ];
    const focus = aim?.place ?? (round % 2 === 1 && places.length > 0 ? this.#pick(places) : undefined);
    const aimedAt = (place: string, schema: Schema, name: string) =>
      aim?.place === place ? aim.value : this.hostile(schema, name);
    const rate = round === 0 || focus ? 0 : this.#pick([0.1, 0.3, 0.6, 1]);
    const headers: Record<string, string> = {};
    let url = path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      const schema = params.find((p) => p.in === 'path' && p.name === name)?.schema ?? { type: 'string' };
      const value =
        focus === `path:${name}` || this.#chance(rate)
          ? aimedAt(`path:${name}`, schema, name)
          : this.plausible(schema, 0, name, 1);
      const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
      return encodePath(text) || '%20';
    });
    const query = new URLSearchParams();
    for (const p of params) {
      const aimed = focus === `query:${p.name}`;
      if (p.in === 'query' && (p.required || aimed || this.#chance(0.5))) {
        const value =
          aimed || this.#chance(rate)
            ? aimedAt(`query:${p.name}`, p.schema ?? {}, p.name)
            : this.plausible(p.schema, 0, p.name, 1);
        for (const v of this.#query(value)) query.append(p.name, v);
      } else if (p.in === 'header' && this.#chance(0.7)) {
        headers[p.name] = this.#chance(rate) ? this.#pick(['', LONG, '\u00ff', ' ']) : `fuzz-${this.#uuid()}`;
      }
    }
    if (this.#chance(rate / 4))
      query.append(this.#pick(['page', 'page_size', 'unknown']), this.#pick(HUGE_NUMBERS.map(String)));
    const search = query.toString();
    if (search) url += `?${search}`;

    const upper = method.toUpperCase() as BuiltRequest['method'];
    if (content['multipart/form-data'] && !aim && this.#chance(0.8)) {
      return { method: upper, url, ...this.#multipart(headers, rate) };
    }
    if (focus?.startsWith('body:')) {
      const key = focus.slice(5);
      const body = this.plausible(schema, 0) as Record<string, unknown>;
      body[key] = aimedAt(focus, properties[key] ?? {}, key);
      headers['content-type'] = 'application/json';
      return { method: upper, url, headers, payload: JSON.stringify(body) };
    }
    if (!schema && upper !== 'POST' && !this.#chance(rate / 2)) return { method: upper, url, headers };
    headers['content-type'] = 'application/json';
    const roll = this.random();
    let payload: string;
    if (rate > 0 && roll < 0.08) {
      payload = this.#pick([
        '{not json',
        '',
        '[]',
        'null',
        '"text"',
        '1e999',
        `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`,
      ]);
    } else if (rate > 0 && roll < 0.15) {
      payload = JSON.stringify(this.hostile(schema ?? {}));
    } else {
      payload = JSON.stringify(this.plausible(schema ?? { type: 'object' }, rate));
      // JSON has no Infinity: a number too large for a double is how one arrives.
      if (rate > 0 && this.#chance(0.1)) payload = payload.replace(/(:)(-?\d+)([,}])/, '$11e999$3');
    }
    return { method: upper, url, headers, payload };
  }

  #multipart(headers: Record<string, string>, rate: number) {
    const boundary = `----fuzz${Math.floor(this.random() * 1e9)}`;
    const parts: Buffer[] = [];
    const field = (name: string, value: string) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
    if (this.#chance(0.5))
      parts.push(
        field(
          'variant',
          this.#chance(rate) ? String(this.hostile({ type: 'string' })) : this.#pick(this.pools.ids),
        ),
      );
    if (this.#chance(0.5))
      parts.push(
        field('alt_text', this.#chance(rate) ? String(this.hostile({ type: 'string' })) : 'A picture'),
      );
    const bytes = Buffer.from(Array.from({ length: 64 }, () => Math.floor(this.random() * 256)));
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="f.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      this.#chance(0.5) ? Buffer.concat([png, bytes]) : bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    );
    return {
      headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat(parts),
    };
  }
}

function typeOf(s: Schema): string | undefined {
  if (Array.isArray(s.type)) return (s.type as string[]).find((t) => t !== 'null') ?? 'null';
  if (typeof s.type === 'string') return s.type;
  if (s.properties) return 'object';
  return undefined;
}

/** Percent-encodes a path segment; a lone surrogate becomes the invalid UTF-8 bytes it stands for. */
function encodePath(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/\p{Surrogate}/gu, '\uFFFD')).replaceAll('%EF%BF%BD', '%ED%A0%80');
  }
}

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}

/** One finding as a reader (and a test reproducing it) wants it. */
export function describeFinding(f: Finding, seed: number): string {
  const { method, url, headers, payload } = f.request;
  return [
    `${f.operation} as ${f.role}: ${f.status} (seed ${seed}, request #${f.index})`,
    `  ${method} ${url}`,
    ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v.slice(0, 200)}`),
    ...(payload === undefined ? [] : [`  body: ${payload.slice(0, 600)}`]),
    `  answer: ${f.body.slice(0, 300)}`,
  ].join('\n');
}
