/**
 * A short-lived process that changes a promotion, as a CLI command does
 * (`createContext` with no job worker, not started, closed at once), composed
 * without loyalty's listeners: nothing in it listens to `promotion.changed`.
 * Prints "ready" once built, makes the promotion when a line arrives on
 * stdin, prints its id and exits. Usage: promotion-entry.ts <admin-user-id> <code>
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { pino } from 'pino';
import { createContext, MODULES } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { AnyModule } from '../src/platform/module.js';

const [adminId, code] = process.argv.slice(2);
if (!adminId || !code) throw new Error('usage: promotion-entry.ts <admin-user-id> <code>');
const modules = MODULES.map((m) =>
  m.name === 'loyalty' ? { ...m, listeners: undefined } : m,
) as AnyModule[];
const config = loadConfig();
const ctx = createContext(config, { jobsMode: 'off', logger: pino({ level: 'warn' }), modules });
try {
  console.log('ready');
  const lines = createInterface({ input: process.stdin });
  await once(lines, 'line');
  lines.close();
  const admin = await ctx.db
    .selectFrom('users')
    .select(['id', 'email', 'username'])
    .where('id', '=', adminId)
    .executeTakeFirstOrThrow();
  const created = await ctx.module('loyalty').promotions.create(
    {
      ...admin,
      user_type: 'admin',
      is_superuser: true,
      is_staff: true,
      vendor_status: null,
      token_id: null,
      session_id: null,
    },
    { code, name: `Made by a command (${code})`, kind: 'free_item' },
    { ip: null, user_agent: null },
  );
  console.log(created.id);
} finally {
  await ctx.close();
}
