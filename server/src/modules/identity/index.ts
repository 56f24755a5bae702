/**
 * Identity: accounts and roles, tokens and sessions, API clients. Every other
 * module trusts what it puts in `request.user`.
 */
import cookie from '@fastify/cookie';
import { ApiClientGate, registerApiClients } from '../../platform/api-clients.js';
import { defineModule, type ModuleContext } from '../../platform/module.js';
import { adminRoutes } from './admin.routes.js';
import { AdminUsersService } from './admin-users.service.js';
import { apiClientAdminRoutes } from './api-clients.routes.js';
import { apiClientStore } from './api-clients.service.js';
import { authRoutes } from './auth.routes.js';
import { IdentityService } from './auth.service.js';
import { registerAuthentication, sessionCookies, UserCache } from './authenticate.js';
import { customerRoutes, type PointsBalance } from './customer.routes.js';
import { identityCommands } from './identity.commands.js';
import { seedIdentity } from './identity.seed.js';
import { KeyStore } from './keys.js';
import { LoginThrottle } from './login-throttle.js';
import { MailLinkCaps } from './mail-caps.js';
import { identityReportRoutes } from './reports.routes.js';
import { IdentityReportsService } from './reports.service.js';
import { RevocationList } from './revocations.js';
import { TokenService } from './tokens.js';

export { IdentityErrors } from './identity.errors.js';
export type { IdentityEvents } from './identity.events.js';
export { KeyStore, rotateSigningKey } from './keys.js';
export { generatePassword, hashPassword, verifyPassword } from './passwords.js';
export { normalizePhone } from './phones.js';
export type { UserSummary } from './user-reads.repository.js';
export * as userReads from './user-reads.repository.js';
export { createBenchUsers, createSuperuser, createUser } from './users.service.js';

export interface IdentityServices {
  service: IdentityService;
  adminUsers: AdminUsersService;
  tokens: TokenService;
  keys: KeyStore;
  revocations: RevocationList;
  userCache: UserCache;
  /** The API-client check (its cache follows `api_client.changed`); the server registers it on every request. */
  apiClients: ApiClientGate;
  /** Figures for the admin dashboard (new customers). */
  reports: IdentityReportsService;
  /**
   * Where a customer's points balance comes from (the customer API shows it).
   * The loyalty module provides its ledger's; without it every balance is zero.
   */
  points: { balance: PointsBalance; provide(balance: PointsBalance): void };
  /** Stops watching for signing keys made elsewhere (`mercato rotate-keys`); set by `start`. */
  stopFollowingKeys: () => void;
}

declare module '../../platform/module.js' {
  interface ModuleServices {
    identity: IdentityServices;
  }
}

export function createKeyStore(ctx: Pick<ModuleContext, 'db' | 'config'>): KeyStore {
  return new KeyStore(ctx.db, ctx.config.REFRESH_TOKEN_TTL_SECONDS * 1000, ctx.config.PUBLIC_URL);
}

function createIdentity(ctx: ModuleContext): IdentityServices {
  const { db, config, redis } = ctx;
  const keys = createKeyStore(ctx);
  const revocations = new RevocationList({ db, broadcast: ctx.broadcast, log: ctx.log });
  const tokens = new TokenService({ db, config, keys, revocations, events: ctx.events });
  const userCache = new UserCache(db);
  const throttle = new LoginThrottle(config, redis);
  const forget = (id: string) => userCache.forget(id);
  const service = new IdentityService({
    db,
    config,
    tokens,
    mailer: ctx.mailer,
    jobs: ctx.jobs,
    events: ctx.events,
    throttle,
    mailCaps: new MailLinkCaps(config, redis),
    onUserChanged: forget,
  });
  const adminUsers = new AdminUsersService({
    db,
    tokens,
    mailer: ctx.mailer,
    events: ctx.events,
    onUserChanged: forget,
    publicUrl: config.PUBLIC_URL,
    phoneRegion: config.PHONE_DEFAULT_REGION,
  });
  const points: IdentityServices['points'] = {
    balance: async () => 0,
    provide(balance) {
      points.balance = balance;
    },
  };
  const apiClients = new ApiClientGate(ctx, apiClientStore(db));
  return {
    service,
    adminUsers,
    tokens,
    keys,
    revocations,
    userCache,
    apiClients,
    reports: new IdentityReportsService({ db }),
    points,
    stopFollowingKeys: () => {},
  };
}

export const identityModule = defineModule({
  name: 'identity',
  services: createIdentity,
  jobs: ({ service }) => ({
    // The requests that must not tell which emails have accounts only queue these:
    // the answer costs one insert, known email or not, and the work happens here.
    'identity.password_reset': ({ email, origin }) => service.sendPasswordReset(email, origin),
    'identity.verification_resend': ({ email }) => service.sendVerificationAgain(email),
  }),
  listeners: ({ apiClients, userCache }) => ({
    'api_client.changed': ({ clientId }) => apiClients.invalidate(clientId),
    // The user changed on another instance: what this one keeps of them goes too.
    'user.changed': ({ userId }) => userCache.forget(userId),
  }),
  schedules: ({ revocations, tokens }) => [
    {
      name: 'identity.purge',
      cron: '15 * * * *',
      run: async () => {
        await revocations.purgeExpired();
        await tokens.purgeExpired();
      },
    },
  ],
  async start(identity, ctx) {
    const { keys, revocations, apiClients } = identity;
    // Changes may have been missed while Redis was away: forget every cached client.
    ctx.events.onMissed(() => apiClients.invalidate());
    identity.stopFollowingKeys = await keys.follow({
      intervalMs: ctx.config.SIGNING_KEYS_CHECK_INTERVAL_MS,
      broadcast: ctx.broadcast,
      log: ctx.log,
    });
    try {
      await keys.init();
      await revocations.init();
    } catch (err) {
      // An unmigrated database: /readyz says so, and sign-in fails until `mercato migrate` has run.
      ctx.log.warn({ err }, 'identity could not load its keys; is the database migrated?');
    }
  },
  async stop({ revocations, stopFollowingKeys }) {
    stopFollowingKeys();
    revocations.close();
  },
  commands: identityCommands,
  seed: (ctx) => seedIdentity(ctx),
  async routes(app, identity, ctx) {
    const { service, tokens, keys, userCache, adminUsers } = identity;
    await app.register(cookie);
    registerApiClients(app, ctx, identity.apiClients);
    registerAuthentication(app, { tokens, userCache, service });
    await authRoutes(app, {
      identity: service,
      tokens,
      keys,
      cookies: sessionCookies(ctx.config),
      userCache,
    });
    await customerRoutes(app, { identity: service, userCache, points: (id) => identity.points.balance(id) });
    await adminRoutes(app, { users: adminUsers });
    await apiClientAdminRoutes(app, ctx);
    await identityReportRoutes(app, { reports: identity.reports });
  },
});
