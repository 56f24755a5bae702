/**
 * Who is asking, and the guards routes put in front of their handlers. The
 * identity module authenticates the request (Bearer token, cookie session or
 * Basic on /api/v1) and sets `request.user`; guards only read it, so they work
 * the same whichever way the user signed in.
 *
 *   app.get('/api/admin/users/', { preHandler: requireAdmin, schema }, handler)
 *
 * Checks run in Django REST Framework's order: authentication
 * (401), permission (403), the object (404), then the body (400). A guard given
 * as a `preHandler`, which Fastify would run after validation, is moved to the
 * front of the route's `onRequest` hooks (right after authentication), so nobody
 * learns a body's rules, or gets a body parsed, before being let in.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { UserType } from '../db/schema.js';
import { isUnder, requestPath } from './api-clients.js';
import { AppError } from './errors.js';

export interface AuthUser {
  id: string;
  email: string;
  username: string;
  user_type: UserType;
  is_superuser: boolean;
  /** Staff, managers and admins. */
  is_staff: boolean;
  vendor_status: 'pending' | 'approved' | 'rejected' | null;
  /** The access token's id, for logout to refuse it for the rest of its life. */
  token_id: string | null;
  /** The session (`sessions` row) the access token belongs to. */
  session_id: string | null;
}

export type AuthMethod = 'bearer' | 'cookie' | 'basic';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null for an anonymous request. */
    user: AuthUser | null;
    authMethod: AuthMethod | null;
  }
  interface FastifyContextConfig {
    /** Ignore any user credentials the request carries (login, refresh, health checks, metrics scrapes). */
    skipAuth?: boolean;
  }
}

export const STAFF_TYPES: readonly UserType[] = ['staff', 'manager', 'admin'];

export function isStaffType(type: UserType): boolean {
  return STAFF_TYPES.includes(type);
}

type Guard = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/** Who each guard lets in, in words: the API docs show it on every guarded operation. */
const guardAudience = new WeakMap<object, string>();

type RouteHooks = Pick<RouteOptions, 'onRequest' | 'preHandler'>;

const hooksOf = (hooks: unknown): unknown[] => (Array.isArray(hooks) ? hooks : hooks ? [hooks] : []);
const isGuard = (hook: unknown) => typeof hook === 'function' && guardAudience.has(hook);

/** The audience of the first guard of a route (in its `onRequest` or `preHandler` hooks), if it has one. */
export function guardedFor(route: RouteHooks): string | undefined {
  const guard = [...hooksOf(route.onRequest), ...hooksOf(route.preHandler)].find(isGuard);
  return guard ? guardAudience.get(guard as object) : undefined;
}

/** `onRoute`: a route's guards leave its `preHandler` hooks for the front of its `onRequest` ones. */
function guardsFirst(route: RouteOptions): void {
  const preHandler = hooksOf(route.preHandler);
  const guards = preHandler.filter(isGuard);
  if (guards.length === 0) return;
  route.preHandler = preHandler.filter((hook) => !isGuard(hook)) as RouteOptions['preHandler'];
  route.onRequest = [...guards, ...hooksOf(route.onRequest)] as RouteOptions['onRequest'];
}

function guard(audience: string, allowed: (user: AuthUser) => boolean, detail?: string): Guard {
  const check: Guard = async (request) => {
    const user = request.user;
    if (!user) throw AppError.unauthorized();
    if (!allowed(user)) throw AppError.forbidden(detail);
  };
  guardAudience.set(check, audience);
  return check;
}

/** The user of an authenticated request (use after a guard). */
export function currentUser(request: FastifyRequest): AuthUser {
  if (!request.user) throw AppError.unauthorized();
  return request.user;
}

export const requireAuth: Guard = guard('any signed-in user', () => true);
export const requireCreator: Guard = guard(
  'creators (and superusers)',
  (u) => u.user_type === 'creator' || u.is_superuser,
);
export const requireVendor: Guard = guard(
  'approved vendors, managers and admins',
  (u) =>
    (u.user_type === 'vendor' && u.vendor_status === 'approved') ||
    u.user_type === 'manager' ||
    u.user_type === 'admin',
  'Only approved vendors can do this.',
);
export const requireStaff: Guard = guard('staff, managers and admins', (u) => u.is_staff);
export const requireManager: Guard = guard(
  'managers and admins',
  (u) => u.user_type === 'manager' || u.user_type === 'admin',
);
export const requireAdmin: Guard = guard('admins', (u) => u.user_type === 'admin');
export const requireSuperuser: Guard = guard('superusers', (u) => u.is_superuser);

/**
 * Owner-of-resource: staff see everything, others only what they own. Answers
 * 404, never 403, so nobody learns that another user's resource exists.
 */
export function assertOwnerOrStaff(
  user: AuthUser,
  ownerId: string | null | undefined,
  what = 'Not found.',
): void {
  if (user.is_staff) return;
  if (!ownerId || ownerId !== user.id) throw AppError.notFound(what);
}

/**
 * Declares `request.user` / `request.authMethod` (null until the identity module
 * authenticates the request), runs guards first (see above), and marks every
 * API answer to a signed-in user, and every answer of the auth endpoints (which
 * hand out tokens), `Cache-Control: no-store`: no shared or browser cache keeps them.
 * Call it before any route is registered.
 */
export function registerAuthDecorators(app: FastifyInstance): void {
  app.decorateRequest('user', null);
  app.decorateRequest('authMethod', null);
  app.addHook('onRoute', guardsFirst);
  app.addHook('onSend', (request, reply, payload, done) => {
    const url = requestPath(request);
    if (isUnder(url, '/api') && (request.user !== null || isUnder(url, '/api/auth'))) {
      reply.header('cache-control', 'no-store');
    }
    done(null, payload);
  });
}
