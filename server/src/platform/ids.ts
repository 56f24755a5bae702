import { randomFillSync } from 'node:crypto';

/**
 * Ids are UUIDv7 (RFC 9562), made by the application: time-ordered, so new rows
 * land at the end of an index. Layout and ordering follow the `uuid` package's
 * v7: 48 bits of Unix milliseconds, then a 32-bit counter seeded at random each
 * millisecond and incremented within it (so ids made in one millisecond still
 * sort in the order they were made), then random bits.
 *
 * Made here rather than by `uuid`, whose v7 fills its random bytes through Web
 * Crypto's `getRandomValues` on every call: about 9 µs an id on the development
 * machine, three ids for each token refresh. Random bytes come from a pool
 * refilled by `randomFillSync` (Node's own `randomUUID` pools the same way).
 */
const POOL_IDS = 256;
const pool = Buffer.alloc(16 * POOL_IDS);
let poolOffset = pool.length;

let lastMs = Number.NEGATIVE_INFINITY;
let seq = 0;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function newId(): string {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const r = poolOffset;
  poolOffset += 16;
  let ms = Date.now();
  if (ms > lastMs) {
    // A fresh millisecond: the counter starts at a random 31-bit value.
    seq =
      (((pool[r + 6] as number) & 0x7f) << 24) |
      ((pool[r + 7] as number) << 16) |
      ((pool[r + 8] as number) << 8) |
      (pool[r + 9] as number);
    lastMs = ms;
  } else {
    seq = (seq + 1) | 0;
    // The counter wrapped: borrow the next millisecond, as `uuid` does.
    if (seq === 0) lastMs++;
    ms = lastMs;
  }
  const b = [
    (ms / 0x10000000000) & 0xff,
    (ms / 0x100000000) & 0xff,
    (ms / 0x1000000) & 0xff,
    (ms / 0x10000) & 0xff,
    (ms / 0x100) & 0xff,
    ms & 0xff,
    0x70 | ((seq >>> 28) & 0x0f),
    (seq >>> 20) & 0xff,
    0x80 | ((seq >>> 14) & 0x3f),
    (seq >>> 6) & 0xff,
    ((seq << 2) & 0xff) | ((pool[r + 10] as number) & 0x03),
    pool[r + 11] as number,
    pool[r + 12] as number,
    pool[r + 13] as number,
    pool[r + 14] as number,
    pool[r + 15] as number,
  ];
  const h = b.map((byte) => HEX[byte] as string);
  return `${h[0]}${h[1]}${h[2]}${h[3]}-${h[4]}${h[5]}-${h[6]}${h[7]}-${h[8]}${h[9]}-${h[10]}${h[11]}${h[12]}${h[13]}${h[14]}${h[15]}`;
}

/** The current time as the ISO-8601 UTC string every table stores. */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` can be an id: PostgreSQL refuses to compare anything else with a uuid column (a 500). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
