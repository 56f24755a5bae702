/** A real redis-server process of a test's own, which the test stops and starts again. */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { freePort } from './processes.js';

/** Whether `redis-server` can be run here (tests that need their own skip without it). */
export const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;

export class RedisServer {
  #child: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  /** A redis-server on a free port, accepting connections. */
  static async start(): Promise<RedisServer> {
    const server = new RedisServer(await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts it (again, on the same port) and waits until it accepts connections. */
  async start(): Promise<void> {
    if (this.#child) return;
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    this.#child = child;
    const deadline = Date.now() + 10_000;
    while (!(await accepts(this.port))) {
      if (child.exitCode !== null || Date.now() > deadline) {
        this.#child = undefined;
        throw new Error(`redis-server on port ${this.port} did not start (exit code ${child.exitCode})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Stops it, as an outage would, and waits until it has exited. */
  async stop(): Promise<void> {
    const child = this.#child;
    if (!child) return;
    this.#child = undefined;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
