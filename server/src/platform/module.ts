/**
 * What a module gets from the platform, and what it gives back: its routes and
 * its demo data. `app.ts` lists the modules; nothing else needs editing to add one.
 */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { DB, DialectKind } from '../db/dialect.js';
import type { Broadcast } from './broadcast.js';
import type { IdempotencyStore } from './idempotency.js';
import type { JobQueue } from './jobs.js';
import type { Mailer } from './mail.js';
import type { Redis } from './redis.js';

export interface ModuleContext {
  config: Config;
  db: DB;
  database: DialectKind;
  jobs: JobQueue;
  mailer: Mailer;
  idempotency: IdempotencyStore;
  /** Set when `REDIS_URL` is: state shared by all instances. */
  redis: Redis | undefined;
  /** Tells other instances about changes to what they hold in memory (no-op without Redis). */
  broadcast: Broadcast;
  log: FastifyBaseLogger;
}

export interface SeedContext extends ModuleContext {
  /** Tells the person running the seed something once (a generated password, say). */
  print(line: string): void;
}

export interface ModuleDefinition {
  name: string;
  /** Registers the module's routes and job handlers. */
  register?(app: FastifyInstance, ctx: ModuleContext): Promise<void>;
  /** Creates the module's demo data; must do nothing when its data is already there. */
  seed?(ctx: SeedContext): Promise<void>;
}
