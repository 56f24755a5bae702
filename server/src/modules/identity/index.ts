/**
 * Identity: accounts and roles, tokens and sessions, the audit log. Every other
 * module trusts what it puts in `request.user`.
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { registerApiClients } from '../../platform/api-clients.js';
import type { ModuleContext, ModuleDefinition } from '../../platform/module.js';
import { adminRoutes } from './admin.routes.js';
import { AdminUsersService } from './admin-users.service.js';
import { apiClientAdminRoutes } from './api-clients.routes.js';
import { authRoutes } from './auth.routes.js';
import { IdentityService } from './auth.service.js';
import { registerAuthentication, sessionCookies, UserCache } from './authenticate.js';
import { customerRoutes } from './customer.routes.js';
import { seedIdentity } from './identity.seed.js';
import { KeyStore } from './keys.js';
import { LoginThrottle } from './login-throttle.js';
import { MailLinkCaps } from './mail-caps.js';
import { RevocationList } from './revocations.js';
import { TokenService } from './tokens.js';

export { KeyStore, rotateSigningKey } from './keys.js';
export { hashPassword, verifyPassword } from './passwords.js';
export { createSuperuser, createUser } from './users.service.js';

declare module 'fastify' {
  interface FastifyInstance {
    identity: { service: IdentityService; tokens: TokenService; keys: KeyStore };
  }
}

export function createKeyStore(ctx: Pick<ModuleContext, 'db' | 'config'>): KeyStore {
  return new KeyStore(ctx.db, ctx.config.REFRESH_TOKEN_TTL_SECONDS * 1000, ctx.config.PUBLIC_URL);
}

async function register(app: FastifyInstance, ctx: ModuleContext): Promise<void> {
  const { db, config, redis, log } = ctx;
  const keys = createKeyStore(ctx);
  const revocations = new RevocationList({ db, broadcast: ctx.broadcast });
  const tokens = new TokenService({ db, config, keys, revocations });
  const userCache = new UserCache(db);
  const throttle = new LoginThrottle(config, redis);
  const service = new IdentityService({
    db,
    config,
    tokens,
    mailer: ctx.mailer,
    jobs: ctx.jobs,
    throttle,
    mailCaps: new MailLinkCaps(config, redis),
    onUserChanged: (id) => userCache.forget(id),
  });
  app.decorate('identity', { service, tokens, keys });

  let stopFollowingKeys = () => {};
  app.addHook('onClose', async () => stopFollowingKeys());
  app.addHook('onReady', async () => {
    stopFollowingKeys = await keys.follow({
      intervalMs: config.SIGNING_KEYS_CHECK_INTERVAL_MS,
      broadcast: ctx.broadcast,
      log,
    });
    try {
      await keys.init();
      await revocations.init();
    } catch (err) {
      // An unmigrated database: /readyz says so, and sign-in fails until `mercato migrate` has run.
      log.warn({ err }, 'identity could not load its keys; is the database migrated?');
    }
  });
  ctx.jobs.every(60 * 60 * 1000, async () => {
    await revocations.purgeExpired();
    await tokens.purgeExpired();
  });

  await app.register(cookie);
  registerApiClients(app, ctx);
  registerAuthentication(app, { tokens, userCache });
  await authRoutes(app, { identity: service, tokens, keys, cookies: sessionCookies(config), userCache });
  // The loyalty module will supply balances from its ledger; before it exists every ledger is empty.
  await customerRoutes(app, { identity: service, userCache, points: async () => 0 });
  const adminUsers = new AdminUsersService({
    db,
    tokens,
    mailer: ctx.mailer,
    onUserChanged: (id) => userCache.forget(id),
    publicUrl: config.PUBLIC_URL,
    phoneRegion: config.PHONE_DEFAULT_REGION,
  });
  await adminRoutes(app, { users: adminUsers });
  await apiClientAdminRoutes(app, ctx);
}

export const identityModule: ModuleDefinition = {
  name: 'identity',
  register,
  seed: seedIdentity,
};
