import { Writable } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { lazyChildLogger } from './logging.js';

function capture(level: string) {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const logger = pino({ level }, stream);
  let children = 0;
  // Counts children made from the root (its children inherit this method, so they count too).
  const child = logger.child;
  logger.child = function (this: typeof logger, ...args: Parameters<typeof child>) {
    children++;
    return child.apply(this, args);
  } as typeof logger.child;
  return { lines, logger: logger as unknown as FastifyBaseLogger, children: () => children };
}

describe("requests' loggers", () => {
  it('make no pino child for messages below the level, and log the others with the request id', () => {
    const { lines, logger, children } = capture('warn');
    const log = lazyChildLogger(logger, { reqId: 'r-1' }, {});
    log.info('not written');
    log.debug({ detail: 1 }, 'not written either');
    expect(children()).toBe(0);
    expect(log.level).toBe('warn');
    log.warn({ field: 'x' }, 'written');
    log.error('also written');
    expect(children()).toBe(1);
    expect(lines.map((l) => [l.reqId, l.msg, l.field])).toEqual([
      ['r-1', 'written', 'x'],
      ['r-1', 'also written', undefined],
    ]);
  });

  it('gives grandchildren the request id, and a route with its own level its real child at once', () => {
    const { lines, logger, children } = capture('info');
    lazyChildLogger(logger, { reqId: 'r-2' }, {}).child({ job: 'j' }).info('from a grandchild');
    expect(lines[0]).toMatchObject({ reqId: 'r-2', job: 'j', msg: 'from a grandchild' });
    expect(children()).toBe(2);
    const quiet = lazyChildLogger(logger, { reqId: 'r-3' }, { level: 'error' });
    expect(children()).toBe(3);
    quiet.warn('dropped by the route level');
    expect(lines).toHaveLength(1);
  });
});
