/**
 * Seed 002's `/api/v1/users/*` on Mercato's one user table (SPEC §3 maps the
 * roles): sign-in, token refresh, the signed-in user, and the staff's user
 * list and detail, all through the identity module's services.
 */
import { Type } from 'typebox';
import { originOf } from '../../platform/audit.js';
import { currentUser, requireAuth, requireStaff } from '../../platform/auth.js';
import type { App } from '../../platform/http.js';
import { PageQuery, Paginated, pageRequest } from '../../platform/pagination.js';
import { IdentityErrors, type IdentityServices } from '../identity/index.js';
import { BillingErrors } from './billing.errors.js';
import { UidParams, UserList } from './billing.schemas.js';
import { roleOf } from './billing.service.js';

const UserDetail = Type.Object(
  {
    ...UserList.properties,
    status: Type.Union([
      Type.Literal('ACTIVE'),
      Type.Literal('DRAFT'),
      Type.Literal('INACTIVE'),
      Type.Literal('REMOVED'),
    ]),
    is_staff: Type.Boolean(),
    is_active: Type.Boolean(),
    date_joined: Type.String({ format: 'date-time' }),
  },
  { $id: 'BillingUserDetail', title: 'UserDetail' },
);

const LoginBody = Type.Object(
  {
    email: Type.Optional(Type.String({ maxLength: 254 })),
    username: Type.Optional(Type.String({ maxLength: 150 })),
    phone: Type.Optional(Type.String({ maxLength: 32 })),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

type IdentityUser = Awaited<ReturnType<IdentityServices['adminUsers']['get']>>;

function userDetail(u: IdentityUser) {
  return {
    uid: u.id,
    username: u.username,
    email: u.email,
    first_name: u.first_name,
    last_name: u.last_name,
    phone: u.phone,
    role: roleOf(u.user_type, u.is_superuser),
    kind: u.kind,
    gender: u.gender,
    status: u.status,
    is_staff: u.is_staff,
    is_active: u.is_active,
    date_joined: new Date(u.date_joined).toISOString(),
  };
}

export async function billingUserRoutes(app: App, identity: IdentityServices): Promise<void> {
  app.addSchema(UserDetail);
  const tags = ['billing'];
  const Detail = Type.Ref('BillingUserDetail');

  app.post(
    '/api/v1/users/login',
    {
      config: {
        skipAuth: true,
        errors: [
          IdentityErrors.invalidCredentials,
          IdentityErrors.accountInactive,
          IdentityErrors.emailNotVerified,
          IdentityErrors.tooManyLoginAttempts,
        ],
      },
      schema: {
        operationId: 'billingUsers.login',
        summary: 'Sign in with email, username or phone (login limits apply)',
        tags,
        body: LoginBody,
        response: { 200: Type.Object({ access: Type.String(), refresh: Type.String(), user: Detail }) },
      },
    },
    async (request) => {
      const { user, pair } = await identity.service.login(request.body, { origin: originOf(request) });
      return {
        access: pair.access,
        refresh: pair.refresh,
        user: userDetail(await identity.adminUsers.get(user, user.id)),
      };
    },
  );

  app.post(
    '/api/v1/users/login/refresh',
    {
      config: { skipAuth: true, errors: [IdentityErrors.tokenInvalid, IdentityErrors.tokenReused] },
      schema: {
        operationId: 'billingUsers.refresh',
        summary: 'A new access and refresh token for a refresh token (the old one is spent)',
        tags,
        body: Type.Object(
          { refresh: Type.String({ minLength: 1, maxLength: 4096 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ access: Type.String(), refresh: Type.String() }) },
      },
    },
    async (request) => {
      const { pair } = await identity.service.refresh(request.body.refresh, originOf(request));
      return { access: pair.access, refresh: pair.refresh };
    },
  );

  app.get(
    '/api/v1/users/me',
    {
      preHandler: requireAuth,
      config: { errors: [IdentityErrors.userNotFound] },
      schema: {
        operationId: 'billingUsers.me',
        summary: 'The signed-in user',
        tags,
        response: { 200: Detail },
      },
    },
    async (request) => {
      const me = currentUser(request);
      return userDetail(await identity.adminUsers.get(me, me.id));
    },
  );

  app.get(
    '/api/v1/users',
    {
      preHandler: requireStaff,
      config: { errors: [] },
      schema: {
        operationId: 'billingUsers.list',
        summary: 'Users (staff, managers and admins)',
        tags,
        querystring: Type.Intersect([
          PageQuery,
          Type.Object({ search: Type.Optional(Type.String({ maxLength: 100 })) }),
        ]),
        response: { 200: Paginated(Detail, 'BillingUserPage') },
      },
    },
    async (request) => {
      const page = pageRequest(request.query, request.url, app.ctx.config.PUBLIC_URL);
      const result = await identity.adminUsers.list(
        currentUser(request),
        request.query.search ? { search: request.query.search } : {},
        page,
      );
      return { ...result, results: result.results.map(userDetail) };
    },
  );

  app.get(
    '/api/v1/users/:uid',
    {
      preHandler: requireAuth,
      config: { errors: [IdentityErrors.userNotFound] },
      schema: {
        operationId: 'billingUsers.get',
        summary: 'A user (staff: anyone; others: themselves, anyone else is 404)',
        tags,
        params: UidParams,
        response: { 200: Detail },
      },
    },
    async (request) => {
      const viewer = currentUser(request);
      if (!viewer.is_staff && viewer.id !== request.params.uid) throw BillingErrors.userNotFound();
      return userDetail(await identity.adminUsers.get(viewer, request.params.uid));
    },
  );
}
