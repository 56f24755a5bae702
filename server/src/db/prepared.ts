/**
 * Statements built and compiled once, then run with new values. Kysely builds
 * an immutable tree for every query and compiles it to SQL each time: on the
 * refresh path that cost more than SQLite running the statements (measured in
 * the commit that added this). For the few statements on such hot paths,
 * `prepared()` builds the query once per dialect with a placeholder for each
 * named value it reads, then binds the values of each call in place of the
 * placeholders. The statement still runs through Kysely's executor, so
 * connections, transactions and plugins' result transforms (SQLite's booleans)
 * apply as for any query.
 *
 * Only plain values can be named (strings, numbers, booleans, null): Kysely
 * must see each placeholder as one bound parameter. A value that changes the
 * SQL itself (an `in` list, `is null`) belongs in the builder, not here.
 */
import type { Compilable, CompiledQuery } from 'kysely';
import { type DB, type DialectKind, dialectOf, readNow } from './dialect.js';
import type { Executor } from './executor.js';

type Value = string | number | boolean | null;

interface Compiled {
  query: CompiledQuery;
  /** For each bound parameter: the name of the value it takes, or `undefined` for a constant of the query. */
  names: Array<string | undefined>;
  sqlite: boolean;
}

const PLACEHOLDER = '\u0000mercato-prepared:';

/**
 * A statement taking the named values `V`, returning rows `R`. `build` receives
 * the database and a placeholder for every value.
 */
export function prepared<V extends Record<string, Value>, R>(
  build: (db: DB, values: V) => Compilable<R>,
): (executor: Executor, values: V) => Promise<R[]> {
  const byDialect = new Map<DialectKind, Compiled>();

  function compile(executor: Executor, kind: DialectKind): Compiled {
    const placeholders = new Proxy({} as V, { get: (_, name) => `${PLACEHOLDER}${String(name)}` });
    const query = build(executor as DB, placeholders).compile();
    const names = query.parameters.map((p) =>
      typeof p === 'string' && p.startsWith(PLACEHOLDER) ? p.slice(PLACEHOLDER.length) : undefined,
    );
    const compiled = { query, names, sqlite: kind === 'sqlite' };
    byDialect.set(kind, compiled);
    return compiled;
  }

  return async (executor, values) => {
    const kind = dialectOf(executor);
    const { query, names, sqlite } = byDialect.get(kind) ?? compile(executor, kind);
    const parameters = names.map((name, i) => {
      if (name === undefined) return query.parameters[i];
      const v = values[name];
      // better-sqlite3 binds no booleans (the SQLite compiler writes them as 1/0 likewise).
      return sqlite && typeof v === 'boolean' ? Number(v) : v;
    });
    const compiled = { ...query, parameters };
    // On the embedded database, a read with nothing in its way runs at once (dialect.ts).
    const now = sqlite ? readNow(executor, compiled) : undefined;
    if (now) return now as R[];
    const result = await executor.executeQuery<R>(compiled);
    return result.rows;
  };
}
