/**
 * The API status line on the home page: pure functions from what `GET /readyz`
 * returned to what the user reads. No fetching here, so it is unit-tested in Node.
 */

export type ApiStatusState = 'loading' | 'ready' | 'error';

export interface ApiStatus {
  state: ApiStatusState;
  text: string;
}

/** How one `GET /readyz` ended (or has not ended yet). */
export type ReadinessResult =
  | { kind: 'loading' }
  /** The server answered; `body` is the parsed JSON (readiness or a problem), if any. */
  | { kind: 'response'; status: number; body: unknown }
  /** No answer at all: the request failed before a response (server down, offline). */
  | { kind: 'network-error'; error: unknown };

const DATABASE_NAMES: Record<string, string> = {
  sqlite: 'SQLite',
  postgres: 'PostgreSQL',
};

export const LOADING_TEXT = 'Checking the API…';
export const UNREACHABLE_TEXT = 'API unreachable';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function describeReady(body: Record<string, unknown>): ApiStatus | undefined {
  const { database, migrations, version } = body;
  if (body.status !== 'ready' || typeof database !== 'string' || !isRecord(migrations)) return undefined;
  if (!isCount(migrations.applied)) return undefined;
  const parts = [
    'API ready',
    DATABASE_NAMES[database] ?? database,
    `${plural(migrations.applied, 'migration')} applied`,
  ];
  if (isCount(migrations.pending) && migrations.pending > 0) parts.push(`${migrations.pending} pending`);
  if (typeof version === 'string' && version !== '')
    parts.push(version.startsWith('v') ? version : `v${version}`);
  return { state: 'ready', text: parts.join(' · ') };
}

/** The sentence for a non-2xx answer: the problem's `detail`, else its `title`, else the status code. */
function describeProblem(status: number, body: unknown): string {
  if (isRecord(body)) {
    for (const key of ['detail', 'title'] as const) {
      const value = body[key];
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
    }
  }
  return `API not ready (HTTP ${status})`;
}

export function describeReadiness(result: ReadinessResult): ApiStatus {
  switch (result.kind) {
    case 'loading':
      return { state: 'loading', text: LOADING_TEXT };
    case 'network-error':
      return { state: 'error', text: UNREACHABLE_TEXT };
    case 'response': {
      if (result.status >= 200 && result.status < 300) {
        const ready = isRecord(result.body) ? describeReady(result.body) : undefined;
        return ready ?? { state: 'error', text: 'API answered /readyz with an unexpected body' };
      }
      return { state: 'error', text: describeProblem(result.status, result.body) };
    }
  }
}
