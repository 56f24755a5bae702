/**
 * The module contract. A module is one folder under `modules/` whose `index.ts`
 * exports one `defineModule({...})`; `app.ts` lists the modules, and
 * `composeModules` builds them in dependency order. Nothing in the contract is
 * HTTP except `routes`: the server, the job worker and every CLI command build
 * the same graph (services, jobs, event handlers, schedules), and only the
 * server adds routes.
 *
 *   export const loyaltyModule = defineModule({
 *     name: 'loyalty',
 *     requires: ['identity'],
 *     services: (ctx, use) => createLoyalty(ctx, use('identity')),
 *     jobs: (loyalty) => ({ 'loyalty.expiry_reminder': (p) => loyalty.remind(p) }),
 *     events: (loyalty) => ({ 'order.paid': (e) => loyalty.creditOrder(e) }),
 *     schedules: (loyalty) => [{ name: 'loyalty.expire', cron: '10 0 * * *', run: () => loyalty.expire() }],
 *     routes: (app, loyalty) => loyaltyRoutes(app, loyalty),
 *   });
 *
 * A module's services are typed through `ModuleServices`, which each module
 * fills by declaration merging, so `use('catalog')` is typed wherever it is
 * called, and allowed only for modules named in `requires`.
 */
import type { Command } from 'commander';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { DB, DialectKind } from '../db/dialect.js';
import type { Broadcast } from './broadcast.js';
import type { EventBus, EventHandlers, EventListeners } from './events.js';
import type { App } from './http.js';
import type { IdempotencyStore } from './idempotency.js';
import type { JobHandlers, JobQueue } from './jobs.js';
import type { Mailer } from './mail.js';
import type { Redis } from './redis.js';
import type { ScheduleDefinition, Scheduler } from './schedules.js';

/** The services of each module by name; every module adds its own with `declare module`. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each module
export interface ModuleServices {}

export type ModuleName = keyof ModuleServices & string;

/** What every module gets from the platform. */
export interface ModuleContext {
  config: Config;
  db: DB;
  database: DialectKind;
  jobs: JobQueue;
  /** Domain events: `events.emit(trx, 'order.paid', payload)`, delivered after commit. */
  events: EventBus;
  /** Calendar schedules (run by the job worker, once per period across all workers). */
  schedules: Scheduler;
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

/** Looks up a required module's services (only modules named in `requires`). */
export type Use = <K extends ModuleName>(name: K) => ModuleServices[K];

/** Runs a CLI command's work with the composed modules (no HTTP, no job worker), then closes them. */
export type CommandRunner = <T>(work: (modules: ComposedContext) => Promise<T>) => Promise<T>;

export interface ComposedContext extends ModuleContext {
  /** The services of any composed module. */
  module<K extends ModuleName>(name: K): ModuleServices[K];
}

export interface ModuleDefinition<N extends ModuleName = ModuleName> {
  name: N;
  /** Modules whose services this one uses; they are built first. */
  requires?: readonly ModuleName[];
  /** Builds the module's services (no HTTP): what its routes, jobs, handlers and other modules use. */
  services(ctx: ModuleContext, use: Use): ModuleServices[N];
  /** Job handlers by job type (safe to run twice: delivery is at least once). */
  jobs?(services: ModuleServices[N], ctx: ModuleContext): JobHandlers;
  /** Durable event handlers: run by a job worker after the emitting transaction commits, at least once. */
  events?(services: ModuleServices[N], ctx: ModuleContext): EventHandlers;
  /** In-process listeners: called after commit in every instance (cache invalidation); never fail the change. */
  listeners?(services: ModuleServices[N], ctx: ModuleContext): EventListeners;
  /** Calendar schedules; each run happens once per period across every worker. */
  schedules?(services: ModuleServices[N], ctx: ModuleContext): ScheduleDefinition[];
  /** Loads what the module keeps in memory once the process starts (signing keys, say). */
  start?(services: ModuleServices[N], ctx: ModuleContext): Promise<void>;
  /** Stops what `start` began. */
  stop?(services: ModuleServices[N]): Promise<void>;
  /** Adds the module's `mercato` commands. */
  commands?(program: Command, run: CommandRunner): void;
  /** Creates the module's demo data; must do nothing when its data is already there. */
  seed?(ctx: SeedContext, services: ModuleServices[N]): Promise<void>;
  /** `mercato seed --bench`: the module's benchmark data, after the catalogue; set-based, deterministic, once. */
  benchSeed?(ctx: SeedContext, services: ModuleServices[N]): Promise<void>;
  /** Registers the module's HTTP routes (the server only). */
  routes?(app: App, services: ModuleServices[N], ctx: ModuleContext): Promise<void>;
}

/** Declares a module; typed by the services it adds to `ModuleServices`. */
export function defineModule<N extends ModuleName>(definition: ModuleDefinition<N>): ModuleDefinition<N> {
  return definition;
}

// A list of modules of different names: each entry is a ModuleDefinition of its own name.
export type AnyModule = { [N in ModuleName]: ModuleDefinition<N> }[ModuleName];

export class ModuleGraphError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModuleGraphError';
  }
}

/**
 * The modules in an order where each comes after the ones it requires. A
 * requirement missing from the list, or a circle of requirements, is an error
 * that names the modules.
 */
export function orderModules<M extends { name: string; requires?: readonly string[] }>(
  modules: readonly M[],
): M[] {
  const byName = new Map<string, M>();
  for (const m of modules) {
    if (byName.has(m.name)) throw new ModuleGraphError(`The module "${m.name}" is listed twice.`);
    byName.set(m.name, m);
  }
  const ordered: M[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (m: M, path: string[]) => {
    const seen = state.get(m.name);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const circle = [...path.slice(path.indexOf(m.name)), m.name];
      throw new ModuleGraphError(`Modules require each other in a circle: ${circle.join(' → ')}.`);
    }
    state.set(m.name, 'visiting');
    for (const name of m.requires ?? []) {
      const required = byName.get(name);
      if (!required) {
        throw new ModuleGraphError(
          `The module "${m.name}" requires "${name}", which is not in the list of modules (MODULES in app.ts).`,
        );
      }
      visit(required, [...path, m.name]);
    }
    state.set(m.name, 'done');
    ordered.push(m);
  };
  for (const m of modules) visit(m, []);
  return ordered;
}

export interface ComposedModule {
  definition: ModuleDefinition;
  services: unknown;
}

/**
 * Builds every module's services in dependency order and registers their jobs,
 * event handlers, listeners and schedules with the platform. Routes are left
 * to the server (`registerModuleRoutes`).
 */
export function composeModules(modules: readonly AnyModule[], ctx: ModuleContext): ComposedModule[] {
  const built = new Map<string, unknown>();
  const composed: ComposedModule[] = [];
  for (const definition of orderModules(modules) as ModuleDefinition[]) {
    const allowed = new Set(definition.requires ?? []);
    const use: Use = (name) => {
      if (!allowed.has(name)) {
        throw new ModuleGraphError(
          `The module "${definition.name}" uses "${name}" without listing it in its requires.`,
        );
      }
      return built.get(name) as ModuleServices[typeof name];
    };
    const services = definition.services(ctx, use);
    built.set(definition.name, services);
    composed.push({ definition, services });
  }
  for (const { definition, services } of composed) {
    const s = services as never;
    for (const [type, handler] of Object.entries(definition.jobs?.(s, ctx) ?? {})) {
      if (handler) ctx.jobs.register(type as never, handler as never);
    }
    for (const [name, handler] of Object.entries(definition.events?.(s, ctx) ?? {})) {
      if (handler) ctx.events.subscribe(definition.name, name as never, handler as never);
    }
    for (const [name, listener] of Object.entries(definition.listeners?.(s, ctx) ?? {})) {
      if (listener) ctx.events.on(name as never, listener as never);
    }
    for (const schedule of definition.schedules?.(s, ctx) ?? []) ctx.schedules.add(schedule);
  }
  return composed;
}

/** The services of a composed module by name. */
export function servicesOf<K extends ModuleName>(
  composed: readonly ComposedModule[],
  name: K,
): ModuleServices[K] {
  const found = composed.find((m) => m.definition.name === name);
  if (!found) throw new ModuleGraphError(`The module "${name}" is not composed.`);
  return found.services as ModuleServices[K];
}
