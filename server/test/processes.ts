/** Runs the server's entry points as real child processes, from source. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

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
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
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

export function startServer(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

export async function waitForUrl(url: string, timeoutMs = 15_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fetch(url);
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
