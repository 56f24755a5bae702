/**
 * The back office's `/api/v1/users/*` on Mercato's one user table (README maps the
 * roles): sign-in, token refresh, the signed-in user, and the staff's user
 * list and detail, all through the identity module's services.
 */
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { originOf } from '../../platform/audit.js';
import { currentUser, requireAuth, requireStaff } from '../../platform/auth.js';
import { type App, NoBody, routeParam } from '../../platform/http.js';
import { isUuid } from '../../platform/ids.js';
import { PageQuery, Paginated, pageRequest } from '../../platform/pagination.js';
import { IdentityErrors, type IdentityServices } from '../identity/index.js';
import { BillingErrors } from './billing.errors.js';
import { GENDERS, literals, ROLES, STATUSES, UidParams, UserList } from './billing.schemas.js';
import { roleOf } from './billing.service.js';
import { BillingUsers } from './billing-users.service.js';

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

const Role = literals(
  ROLES,
  'Mercato user types: SUPER_ADMIN an admin who is a superuser, ADMIN admin, MANAGER manager, STAFF staff, CUSTOMER customer, OTHER a creator or vendor.',
);
const Gender = literals(GENDERS, 'Gender.');
const Status = literals(STATUSES, 'INACTIVE and REMOVED deactivate the account.');
const Name = Type.String({ maxLength: 150 });
const Phone = Type.String({ maxLength: 32 });

const RegisterBody = Type.Object(
  {
    first_name: Name,
    last_name: Name,
    phone: Phone,
    email: Type.String({ maxLength: 254 }),
    username: Type.Optional(Type.String({ minLength: 1, maxLength: 150 })),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
    confirm_password: Type.String({ maxLength: 1024 }),
  },
  { additionalProperties: false },
);

/** What staff set on a user (`PUT /users/{uid}`), and with the account on `POST /users`. */
const UpdateUserBody = Type.Object(
  {
    first_name: Type.Optional(Name),
    last_name: Type.Optional(Name),
    phone: Type.Optional(Phone),
    role: Type.Optional(Role),
    gender: Type.Optional(Gender),
    kind: Type.Optional(Type.String({ maxLength: 100 })),
    status: Type.Optional(Status),
  },
  { additionalProperties: false },
);

const CreateUserBody = Type.Object(
  {
    email: Type.String({ maxLength: 254 }),
    username: Type.Optional(Type.String({ minLength: 1, maxLength: 150 })),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
    ...UpdateUserBody.properties,
  },
  { additionalProperties: false },
);

/** What users change on themselves; `role`, `status` and the like are ignored (and audited). */
const UpdateMeBody = Type.Object({
  first_name: Type.Optional(Name),
  last_name: Type.Optional(Name),
  username: Type.Optional(Type.String({ minLength: 1, maxLength: 150 })),
  phone: Type.Optional(Phone),
  email: Type.Optional(Type.String({ maxLength: 254 })),
  password: Type.Optional(
    Type.String({ maxLength: 1024, description: 'Your current password: needed to change your email.' }),
  ),
});

/** Fields a user may not set on themselves: ignored, and the attempt audited. */
const PROTECTED_FIELDS = ['uid', 'role', 'status', 'is_staff', 'is_active', 'kind', 'gender', 'date_joined'];

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
  const users = new BillingUsers(identity);
  /** Before the body: the user exists for this viewer (404) and is theirs to change (403). */
  const manages = async (request: FastifyRequest) => {
    const uid = routeParam(request, 'uid');
    if (!isUuid(uid)) throw IdentityErrors.userNotFound();
    await users.assertManages(currentUser(request), uid);
  };
  const manageErrors = [
    IdentityErrors.userNotFound,
    BillingErrors.adminRequired,
    IdentityErrors.cannotChangeSelf,
    IdentityErrors.superuserRequired,
  ];

  app.post(
    '/api/v1/users/register',
    {
      config: { skipAuth: true, errors: [] },
      schema: {
        operationId: 'billingUsers.register',
        summary:
          'Sign up as a subscriber (a customer account; the same rules as Mercato registration). With email verification required, no tokens until verified.',
        tags,
        body: RegisterBody,
        response: {
          201: Type.Object({
            access: Type.Optional(Type.String()),
            refresh: Type.Optional(Type.String()),
            detail: Type.Optional(Type.String()),
            user: Detail,
          }),
        },
      },
    },
    async (request, reply) => {
      const { confirm_password, ...body } = request.body;
      const { user, pair } = await identity.service.register(
        { ...body, password2: confirm_password, user_type: 'customer' },
        { defaultType: 'customer', origin: originOf(request), confirmField: 'confirm_password' },
      );
      const detail = userDetail(await identity.adminUsers.get({ user_type: 'customer' }, user.id));
      reply.code(201);
      if (!pair)
        return {
          user: detail,
          detail: 'Account created. Check your email to verify your address, then sign in.',
        };
      return { access: pair.access, refresh: pair.refresh, user: detail };
    },
  );

  app.post(
    '/api/v1/users',
    {
      preHandler: requireStaff,
      config: { errors: [BillingErrors.adminRequired, IdentityErrors.superuserToCreateAdmin] },
      schema: {
        operationId: 'billingUsers.create',
        summary:
          'Create a user (staff: customers and other non-staff roles; staff roles by an administrator, admins by a superuser)',
        tags,
        body: CreateUserBody,
        response: { 201: Detail },
      },
    },
    async (request, reply) => {
      const created = await users.create(currentUser(request), request.body, originOf(request));
      return reply.code(201).send(userDetail(created));
    },
  );

  app.put(
    '/api/v1/users/me',
    {
      preHandler: requireAuth,
      config: { errors: [IdentityErrors.userNotFound] },
      schema: {
        operationId: 'billingUsers.updateMe',
        summary:
          'Change your own names, username, phone or email (email: with your current password, confirmed by a link); role and status are ignored',
        tags,
        body: UpdateMeBody,
        response: { 200: Detail },
      },
    },
    async (request) => {
      const me = currentUser(request);
      const body = request.body;
      const ignored = Object.keys(body).filter((k) => PROTECTED_FIELDS.includes(k));
      await identity.service.updateProfile(
        me,
        {
          ...(body.first_name !== undefined ? { first_name: body.first_name } : {}),
          ...(body.last_name !== undefined ? { last_name: body.last_name } : {}),
          ...(body.username !== undefined ? { username: body.username } : {}),
          ...(body.phone !== undefined ? { phone: body.phone } : {}),
          ...(body.email !== undefined ? { email: body.email } : {}),
          ...(body.password !== undefined ? { password: body.password } : {}),
        },
        ignored,
        originOf(request),
      );
      return userDetail(await identity.adminUsers.get(me, me.id));
    },
  );

  app.put(
    '/api/v1/users/:uid',
    {
      onRequest: [requireStaff, manages],
      config: { errors: manageErrors },
      schema: {
        operationId: 'billingUsers.update',
        summary:
          'Change a user (staff: users below staff; roles and staff accounts: administrators; fields left out stay)',
        tags,
        params: UidParams,
        body: UpdateUserBody,
        response: { 200: Detail },
      },
    },
    async (request) =>
      userDetail(
        await users.update(currentUser(request), request.params.uid, request.body, originOf(request)),
      ),
  );

  app.delete(
    '/api/v1/users/:uid',
    {
      onRequest: [requireStaff, manages],
      config: { errors: manageErrors },
      schema: {
        operationId: 'billingUsers.deactivate',
        summary: 'Deactivate a user (never yourself; accounts are never deleted)',
        tags,
        params: UidParams,
        response: { 204: NoBody('Deactivated.') },
      },
    },
    async (request, reply) => {
      await users.deactivate(currentUser(request), request.params.uid, originOf(request));
      return reply.code(204).send();
    },
  );

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
