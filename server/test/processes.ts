/** Runs the server's entry points as real child processes, from source. */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { TEST_BILLING_KEY } from './helpers.js';

const root = path.resolve(import.meta.dirname, '..');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A prompt to wait for on stdout and the line to type when it appears. */
export interface Answer {
  when: string;
  send: string;
}

export function runNode(
  script: string,
  args: string[],
  env: Record<string, string>,
  input?: Answer[],
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        LOG_LEVEL: 'warn',
        BILLING_CREDENTIALS_KEY: TEST_BILLING_KEY,
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    if (input) {
      // Answer each prompt once its text has appeared (after the previous answer's echo).
      let next = 0;
      let seenUpTo = 0;
      child.stdout.on('data', () => {
        const pending = input[next];
        if (!pending) return;
        const at = stdout.indexOf(pending.when, seenUpTo);
        if (at === -1) return;
        seenUpTo = at + pending.when.length;
        next += 1;
        child.stdin.write(`${pending.send}\n`);
      });
    } else child.stdin.end();
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function cli(args: string[], env: Record<string, string>, input?: Answer[]): Promise<Run> {
  return runNode('test/cli-entry.ts', args, env, input);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A long-running node process from source (`script` with `args`), its output collected. */
export function startNode(
  script: string,
  args: string[],
  env: Record<string, string>,
): {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LOG_LEVEL: 'warn',
      BILLING_CREDENTIALS_KEY: TEST_BILLING_KEY,
      ...env,
    },
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

export function startServer(env: Record<string, string>): ReturnType<typeof startNode> {
  return startNode('src/main.ts', [], env);
}

/** A `mercato worker` process (the CLI from source). */
export function startWorker(env: Record<string, string>): ReturnType<typeof startNode> {
  return startNode('test/cli-entry.ts', ['worker'], env);
}

/** Polls `probe` until it gives a value, or fails after `timeoutMs` naming `what`. */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 60_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Polls `url` until it answers, the server process exits, or the time is up;
 * the error says which and carries what the process printed.
 */
export async function waitForUrl(
  url: string,
  server: ReturnType<typeof startServer>,
  timeoutMs = 15_000,
): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  let exit: number | null | undefined;
  server.exited.then((code) => {
    exit = code;
  });
  for (;;) {
    try {
      return await fetch(url);
    } catch (err) {
      if (exit !== undefined || Date.now() > deadline) {
        const why = exit !== undefined ? `the server exited (${exit})` : `no answer in ${timeoutMs} ms`;
        throw new Error(`${url}: ${why}. It printed:\n${server.output()}`, { cause: err });
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Starts the server on a free port and waits until `path` answers. The port is
 * free when picked but may be taken (by any socket of the tests running
 * alongside) before the server binds it: then it starts again on another.
 */
export async function startServerOnFreePort(
  env: (port: number) => Record<string, string>,
  path: string,
  timeoutMs: number,
): Promise<{ server: ReturnType<typeof startServer>; base: string; ready: Response }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const server = startServer(env(port));
    const base = `http://127.0.0.1:${port}`;
    try {
      return { server, base, ready: await waitForUrl(`${base}${path}`, server, timeoutMs) };
    } catch (err) {
      if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
      await server.exited;
      if (attempt < 3 && server.output().includes('The port is already in use')) continue;
      throw err;
    }
  }
}
