import type { SeedContext } from '../../platform/module.js';
import { webAreaClients } from './api-clients.repository.js';
import { generatePassword } from './passwords.js';
import * as users from './users.repository.js';
import { createSuperuser, createUser } from './users.service.js';

export const DEMO_ADMIN_EMAIL = 'admin@example.com';

/**
 * On an empty database: an admin whose password is generated and printed once,
 * a creator, a customer and an approved vendor (sharing another generated
 * password). The web app's areas are public API clients made by migration 0020.
 */
export async function seedIdentity(ctx: SeedContext): Promise<void> {
  if ((await users.count(ctx.db)) > 0) return;
  const adminPassword = generatePassword('', [{ email: DEMO_ADMIN_EMAIL, username: 'admin' }]);
  await createSuperuser(ctx.db, { email: DEMO_ADMIN_EMAIL, username: 'admin', password: adminPassword });
  const people = [
    {
      email: 'creator@example.com',
      username: 'creator',
      user_type: 'creator',
      first_name: 'Cora',
      last_name: 'Creator',
    },
    {
      email: 'customer@example.com',
      username: 'customer',
      user_type: 'customer',
      first_name: 'Cass',
      last_name: 'Customer',
    },
    {
      email: 'vendor@example.com',
      username: 'vendor',
      user_type: 'vendor',
      first_name: 'Vera',
      last_name: 'Vendor',
    },
  ] as const;
  const demoPassword = generatePassword('Demo-', [...people]);
  for (const p of people) {
    const row = await createUser(ctx.db, { ...p, password: demoPassword, email_verified: true });
    if (p.user_type === 'vendor')
      await ctx.db.updateTable('users').set({ vendor_status: 'approved' }).where('id', '=', row.id).execute();
  }
  const clients = await webAreaClients(ctx.db);
  ctx.print(
    `Demo admin created: ${DEMO_ADMIN_EMAIL} / ${adminPassword}  (shown once; change it after signing in)`,
  );
  ctx.print(
    `Demo users creator@example.com, customer@example.com, vendor@example.com share the password ${demoPassword}`,
  );
  ctx.print(
    `The web app's areas are public API clients (no key; the page names them): ${clients.map((c) => `${c.area} = ${c.client_id}`).join(', ')}`,
  );
}
