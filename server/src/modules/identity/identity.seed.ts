import { randomBytes } from 'node:crypto';
import type { SeedContext } from '../../platform/module.js';
import * as users from './users.repository.js';
import { createSuperuser } from './users.service.js';

export const DEMO_ADMIN_EMAIL = 'admin@example.com';

/** On an empty database: an admin whose password is generated and printed once. */
export async function seedIdentity(ctx: SeedContext): Promise<void> {
  if ((await users.count(ctx.db)) > 0) return;
  const password = randomBytes(12).toString('base64url');
  await createSuperuser(ctx.db, { email: DEMO_ADMIN_EMAIL, username: 'admin', password });
  ctx.print(
    `Demo admin created: ${DEMO_ADMIN_EMAIL} / ${password}  (shown once; change it after signing in)`,
  );
}
