/**
 * `/api/auth/*` and `/api/profile/` and
 * `/.well-known/jwks.json`. Thin: validate, call the service, shape the answer.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Static, Type } from 'typebox';
import { originOf } from '../../platform/audit.js';
import { currentUser, requireAuth } from '../../platform/auth.js';
import { AppError } from '../../platform/errors.js';
import { type App, NoBody } from '../../platform/http.js';
import * as S from './auth.schemas.js';
import type { IdentityService } from './auth.service.js';
import type { UserCache } from './authenticate.js';
import { CSRF_COOKIE, CSRF_HEADER, REFRESH_COOKIE, type SessionCookies } from './authenticate.js';
import { IdentityErrors } from './identity.errors.js';
import type { KeyStore } from './keys.js';
import type { TokenService } from './tokens.js';
import { toAuthUser, toUserDto } from './users.service.js';

/** Fields users may not set on themselves: ignored (and audited) when sent. */
const PROTECTED_FIELDS = [
  'id',
  'user_type',
  'is_staff',
  'is_superuser',
  'is_active',
  'email_verified',
  'vendor_status',
  'date_joined',
  'last_login',
  'password',
  'status',
];

export interface AuthRouteDeps {
  identity: IdentityService;
  tokens: TokenService;
  keys: KeyStore;
  cookies: SessionCookies;
  userCache: UserCache;
}

const publicRoute = { skipAuth: true };

/** What signing in with a password can answer besides a token pair. */
export const loginErrors = [
  IdentityErrors.invalidCredentials,
  IdentityErrors.accountInactive,
  IdentityErrors.emailNotVerified,
  IdentityErrors.tooManyLoginAttempts,
];

/** Refresh and logout may come with no body at all (the session cookie carries the token). */
async function noBodyIsEmpty(request: FastifyRequest): Promise<void> {
  request.body ??= {};
}

/** Cookie-based calls to refresh and logout must echo the CSRF token too. */
function checkCookieCsrf(request: FastifyRequest): void {
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || sent !== request.cookies[CSRF_COOKIE]) {
    throw IdentityErrors.csrfFailed();
  }
}

export async function authRoutes(app: App, deps: AuthRouteDeps): Promise<void> {
  const { identity, tokens, keys, cookies, userCache } = deps;
  app.addSchema(S.UserResponse);
  app.addSchema(S.TokenPairResponse);
  app.addSchema(S.Detail);
  const tags = ['auth'];
  // Credentials are read on every route that does not skip them: a bad bearer token is refused,
  // and so is a cookie session's unsafe request without the CSRF echo.
  app.addCommonErrors((route) =>
    route.skipAuth
      ? []
      : [IdentityErrors.tokenInvalid, ...(route.hasBody ? [IdentityErrors.csrfFailed] : [])],
  );

  app.post(
    '/api/auth/register/',
    {
      config: { ...publicRoute, errors: [] },
      schema: {
        operationId: 'auth.register',
        summary: 'Create an account (creator by default)',
        tags,
        body: S.RegisterBody,
        response: { 201: S.RegisterResponse },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const { user, pair } = await identity.register(body, {
        defaultType: 'creator',
        origin: originOf(request),
        remember: Boolean(body.use_cookies && body.remember_me),
      });
      reply.code(201);
      if (!pair)
        return { user, detail: 'Account created. Check your email to verify your address, then sign in.' };
      if (body.use_cookies) {
        cookies.setSession(reply, pair);
        return { user };
      }
      return { user, access: pair.access, refresh: pair.refresh };
    },
  );

  app.post(
    '/api/auth/token/',
    {
      config: { ...publicRoute, errors: loginErrors },
      schema: {
        operationId: 'auth.token',
        summary: 'Obtain a token pair',
        tags,
        body: S.CredentialsBody,
        response: { 200: Type.Ref('TokenPair') },
      },
    },
    async (request) => {
      const { pair } = await identity.login(request.body, {
        origin: originOf(request),
      });
      return { access: pair.access, refresh: pair.refresh };
    },
  );

  app.post(
    '/api/auth/login/',
    {
      config: { ...publicRoute, errors: loginErrors },
      schema: {
        operationId: 'auth.login',
        summary: 'Log in: tokens and user, or with use_cookies a browser session',
        tags,
        body: S.LoginBody,
        response: { 200: S.LoginResponse },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const { user, pair } = await identity.login(body, {
        origin: originOf(request),
        remember: Boolean(body.use_cookies && body.remember_me),
      });
      if (body.use_cookies) {
        cookies.setSession(reply, pair);
        return { user: toUserDto(user) };
      }
      return { user: toUserDto(user), access: pair.access, refresh: pair.refresh };
    },
  );

  app.post(
    '/api/auth/token/refresh/',
    {
      config: {
        ...publicRoute,
        errors: [IdentityErrors.tokenInvalid, IdentityErrors.tokenReused, IdentityErrors.csrfFailed],
      },
      schema: {
        operationId: 'auth.refresh',
        summary: 'Spend a refresh token for a new pair (from the body, or the session cookie)',
        tags,
        body: S.RefreshBody,
        response: { 200: Type.Ref('TokenPair') },
      },
      preValidation: noBodyIsEmpty,
    },
    async (request, reply) => {
      const body = request.body;
      const fromCookie = !body.refresh;
      const token = body.refresh ?? request.cookies[REFRESH_COOKIE];
      if (!token)
        throw AppError.badRequest('Invalid input: check refresh.', { refresh: ['This field is required.'] });
      if (fromCookie) checkCookieCsrf(request);
      const { pair } = await identity.refresh(token, originOf(request));
      if (fromCookie) cookies.setSession(reply, pair);
      return { access: pair.access, refresh: pair.refresh };
    },
  );

  app.post(
    '/api/auth/token/verify/',
    {
      config: { ...publicRoute, errors: [IdentityErrors.tokenInvalid] },
      schema: {
        operationId: 'auth.verify',
        summary: 'Check that a token is valid',
        tags,
        body: S.VerifyTokenBody,
        response: { 200: S.Empty },
      },
    },
    async (request) => {
      await tokens.verifyAny(request.body.token);
      return {};
    },
  );

  app.post(
    '/api/auth/logout/',
    {
      config: { ...publicRoute, errors: [IdentityErrors.tokenInvalid, IdentityErrors.csrfFailed] },
      schema: {
        operationId: 'auth.logout',
        summary: 'End this session: its refresh tokens and this access token stop working',
        tags,
        body: S.RefreshBody,
        response: { 205: NoBody('Signed out; cookies cleared.') },
      },
      preValidation: noBodyIsEmpty,
    },
    async (request, reply) => {
      const body = request.body;
      const bearer = request.headers.authorization?.startsWith('Bearer ')
        ? request.headers.authorization.slice(7)
        : undefined;
      const cookieAccess = request.cookies.mercato_access;
      const fromCookie = !bearer && !body.refresh && Boolean(request.cookies[REFRESH_COOKIE] || cookieAccess);
      if (fromCookie) checkCookieCsrf(request);
      const accessToken = bearer ?? cookieAccess;
      const claims = accessToken ? await tokens.verifyAccess(accessToken).catch(() => null) : null;
      const row = claims ? await userCache.get(claims.sub) : undefined;
      await identity.logout(
        row && claims ? toAuthUser(row, claims) : null,
        body.refresh ?? request.cookies[REFRESH_COOKIE],
        claims,
        originOf(request),
      );
      cookies.clear(reply);
      return reply.code(205).send();
    },
  );

  app.post(
    '/api/auth/logout-all/',
    {
      preHandler: requireAuth,
      config: { errors: [] },
      schema: {
        operationId: 'auth.logoutAll',
        summary: 'End every session of this user',
        tags,
        response: { 200: S.LogoutAllResponse },
      },
    },
    async (request, reply) => {
      const count = await identity.logoutAll(currentUser(request), originOf(request));
      cookies.clear(reply);
      return { detail: 'Signed out everywhere.', sessions_revoked: count };
    },
  );

  const profileSchema = { tags, response: { 200: Type.Ref('User') } };
  app.get(
    '/api/auth/profile/',
    {
      preHandler: requireAuth,
      config: { errors: [IdentityErrors.userNotFound] },
      schema: { ...profileSchema, operationId: 'auth.profile', summary: 'The signed-in user' },
    },
    async (request) => {
      // The row the authentication step just loaded (cached for a few seconds): no second query.
      const row = await userCache.get(currentUser(request).id);
      if (!row) throw IdentityErrors.userNotFound();
      return toUserDto(row);
    },
  );

  const updateProfile = async (request: FastifyRequest, body: Static<typeof S.ProfilePatchBody>) => {
    const ignored = Object.keys(body).filter((k) => PROTECTED_FIELDS.includes(k));
    if (ignored.length)
      request.log.warn(
        { fields: ignored, user: currentUser(request).id },
        'ignored attempt to set protected profile fields',
      );
    return identity.updateProfile(currentUser(request), body, ignored, originOf(request));
  };
  app.patch(
    '/api/auth/profile/',
    {
      preHandler: requireAuth,
      config: { errors: [] },
      schema: {
        ...profileSchema,
        operationId: 'auth.updateProfile',
        summary: 'Change some of your fields',
        body: S.ProfilePatchBody,
      },
    },
    async (request) => updateProfile(request, request.body),
  );
  app.put(
    '/api/auth/profile/',
    {
      preHandler: requireAuth,
      config: { errors: [] },
      schema: {
        ...profileSchema,
        operationId: 'auth.replaceProfile',
        summary: 'Replace your editable fields',
        body: S.ProfilePutBody,
      },
    },
    async (request) => updateProfile(request, request.body),
  );

  app.post(
    '/api/auth/change-password/',
    {
      preHandler: requireAuth,
      config: { errors: [] },
      schema: {
        operationId: 'auth.changePassword',
        summary: 'Change your password; every other session is signed out',
        tags,
        body: S.ChangePasswordBody,
        response: { 200: S.ChangePasswordResponse },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const viaCookie = request.authMethod === 'cookie';
      const pair = await identity.changePassword(
        currentUser(request),
        body.old_password,
        body.new_password,
        originOf(request),
      );
      if (viaCookie) {
        cookies.setSession(reply, pair);
        return { detail: 'Password changed.' };
      }
      return { detail: 'Password changed.', access: pair.access, refresh: pair.refresh };
    },
  );

  app.get(
    '/api/auth/verify-email/:token/',
    {
      config: { ...publicRoute, errors: [IdentityErrors.linkInvalid, IdentityErrors.emailTaken] },
      schema: {
        operationId: 'auth.verifyEmail',
        summary: 'Confirm an email address with the link from the mail',
        tags,
        params: Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }) }),
        response: { 200: Type.Object({ detail: Type.String(), user: Type.Ref('User') }) },
      },
    },
    async (request) => {
      const user = await identity.verifyEmail(request.params.token, originOf(request));
      return { detail: 'Email verified.', user };
    },
  );

  const sameAnswer = (detail: string) => ({ detail });
  app.post(
    '/api/auth/verify-email/resend/',
    {
      config: { ...publicRoute, errors: [] },
      schema: {
        operationId: 'auth.resendVerification',
        summary: 'Send the verification link again',
        tags,
        body: S.EmailBody,
        response: { 200: Type.Ref('Detail') },
      },
    },
    async (request) => {
      await identity.resendVerification(request.body.email, originOf(request));
      return sameAnswer('If that address belongs to an unverified account, a new link is on its way.');
    },
  );

  app.post(
    '/api/auth/password-reset/',
    {
      config: { ...publicRoute, errors: [] },
      schema: {
        operationId: 'auth.passwordReset',
        summary: 'Mail a password-reset link',
        tags,
        body: S.EmailBody,
        response: { 200: Type.Ref('Detail') },
      },
    },
    async (request) => {
      await identity.requestPasswordReset(request.body.email, originOf(request));
      return sameAnswer('If that address belongs to an account, a link to reset the password is on its way.');
    },
  );

  app.post(
    '/api/auth/password-reset/confirm/',
    {
      config: { ...publicRoute, errors: [IdentityErrors.linkInvalid] },
      schema: {
        operationId: 'auth.passwordResetConfirm',
        summary: 'Set a new password with the link from the mail',
        tags,
        body: S.ResetConfirmBody,
        response: { 200: Type.Ref('Detail') },
      },
    },
    async (request) => {
      const body = request.body;
      await identity.confirmPasswordReset(body.token, body.new_password, originOf(request));
      return { detail: 'Password has been reset. Sign in with the new password.' };
    },
  );

  app.get(
    '/api/profile/',
    {
      preHandler: requireAuth,
      config: { errors: [] },
      schema: {
        operationId: 'profile.simple',
        summary: 'Who am I',
        tags: ['profile'],
        response: { 200: S.SimpleProfileResponse },
      },
    },
    async (request) => {
      const user = currentUser(request);
      return { username: user.username, email: user.email, timestamp: new Date().toISOString() };
    },
  );

  app.get(
    '/.well-known/jwks.json',
    {
      config: { ...publicRoute, errors: [] },
      schema: {
        operationId: 'auth.jwks',
        summary: 'Public keys that verify Mercato tokens',
        tags,
        response: { 200: S.JwksResponse },
      },
    },
    async (_request, reply: FastifyReply) => {
      reply.header('Cache-Control', 'public, max-age=300');
      return keys.jwks();
    },
  );
}
