/**
 * Each request's logger is a pino child carrying the request id. Making one
 * serializes its bindings, on every request, though most requests log nothing
 * at `warn` and above. `lazyChildLogger` (Fastify's `childLoggerFactory`) hands
 * out a stand-in that makes the child the first time something is logged at an
 * enabled level, or when its level or a grandchild is asked for.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Bindings, ChildLoggerOptions, Level, LogFn } from 'pino';

type Method = Level | 'silent';

class LazyChildLogger {
  #child: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
  ) {}

  #real(): FastifyBaseLogger {
    this.#child ??= this.parent.child(this.bindings);
    return this.#child;
  }

  get level(): string {
    return (this.#child ?? this.parent).level;
  }

  set level(level: string) {
    this.#real().level = level;
  }

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.#real().child(bindings, options);
  }

  /** A level the parent would drop: nothing to make. Loggers without `isLevelEnabled` always log. */
  enabled(level: Level): boolean {
    if (this.#child !== undefined) return true;
    const check = (this.parent as { isLevelEnabled?: (level: string) => boolean }).isLevelEnabled;
    return check === undefined || check.call(this.parent, level);
  }

  log(method: Method, args: unknown[]): void {
    (this.#real()[method] as (...args: unknown[]) => void)(...args);
  }
}

for (const level of ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const) {
  Object.defineProperty(LazyChildLogger.prototype, level, {
    value: function (this: LazyChildLogger, ...args: unknown[]) {
      if (this.enabled(level)) this.log(level, args);
    } satisfies (...args: unknown[]) => void as unknown as LogFn,
  });
}
Object.defineProperty(LazyChildLogger.prototype, 'silent', { value: () => {} });

export const lazyChildLogger = (
  logger: FastifyBaseLogger,
  bindings: Bindings,
  options: ChildLoggerOptions,
): FastifyBaseLogger =>
  // A route with its own level or serializers gets its real child at once.
  options.level !== undefined || options.serializers !== undefined
    ? logger.child(bindings, options)
    : (new LazyChildLogger(logger, bindings) as unknown as FastifyBaseLogger);
