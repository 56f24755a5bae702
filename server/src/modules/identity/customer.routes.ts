/**
 * The point-of-sale customer app (`/api/auth/customer/*`): the same accounts and
 * tokens, in the shapes that app expects. `token` is a normal access token
 * carrying the `customer_id` claim.
 */
import { Type } from 'typebox';
import { originOf } from '../../platform/audit.js';
import { currentUser, requireAuth } from '../../platform/auth.js';
import { AppError } from '../../platform/errors.js';
import type { App } from '../../platform/http.js';
import { loginErrors } from './auth.routes.js';
import type { IdentityService } from './auth.service.js';
import type { UserCache } from './authenticate.js';
import { IdentityErrors } from './identity.errors.js';
import type * as users from './users.repository.js';

const Customer = Type.Object(
  {
    _id: Type.String(),
    customer_id: Type.String({ description: 'The customer code, e.g. CUST-00001.' }),
    email: Type.String(),
    username: Type.String(),
    full_name: Type.String(),
    phone: Type.String(),
    points: Type.Integer({ description: 'Loyalty points balance.' }),
    created_at: Type.String({ format: 'date-time' }),
  },
  { $id: 'Customer', title: 'Customer' },
);

const RegisterBody = Type.Object({
  email: Type.String({ maxLength: 254 }),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
  username: Type.Optional(Type.String({ minLength: 1, maxLength: 150 })),
  full_name: Type.Optional(Type.String({ maxLength: 300 })),
  phone: Type.Optional(Type.String({ maxLength: 32 })),
});

const LoginBody = Type.Object({
  email: Type.Optional(Type.String({ maxLength: 254 })),
  username: Type.Optional(Type.String({ maxLength: 150 })),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
});

const ChangePasswordBody = Type.Object({
  current_password: Type.Optional(Type.String({ maxLength: 1024 })),
  old_password: Type.Optional(Type.String({ maxLength: 1024 })),
  new_password: Type.String({ minLength: 1, maxLength: 1024 }),
});

const TokenAnswer = Type.Object({
  token: Type.String(),
  refresh: Type.String({ description: 'A refresh token for `/api/auth/token/refresh/`.' }),
  customer: Type.Ref('Customer'),
  message: Type.String(),
});

/**
 * Loyalty points come from the loyalty module's ledger; until it is wired in
 * (its issue), every balance is the empty ledger's: zero.
 */
export type PointsBalance = (userId: string) => Promise<number>;

export async function customerRoutes(
  app: App,
  deps: { identity: IdentityService; userCache: UserCache; points: PointsBalance },
) {
  app.addSchema(Customer);
  const tags = ['auth'];
  const { identity } = deps;

  async function toCustomer(u: users.UserRow) {
    if (u.user_type !== 'customer' || !u.customer_code) {
      throw IdentityErrors.notACustomer();
    }
    return {
      _id: u.id,
      customer_id: u.customer_code,
      email: u.email,
      username: u.username,
      full_name: [u.first_name, u.last_name].filter(Boolean).join(' '),
      phone: u.phone,
      points: await deps.points(u.id),
      created_at: u.date_joined,
    };
  }

  app.post(
    '/api/auth/customer/register/',
    {
      config: {
        skipAuth: true,
        errors: [
          IdentityErrors.registeredEmailNotVerified,
          IdentityErrors.notACustomer,
          IdentityErrors.userNotFound,
        ],
      },
      schema: {
        operationId: 'customer.register',
        summary: 'Create a customer account',
        tags,
        body: RegisterBody,
        response: { 201: TokenAnswer },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const [first = '', ...rest] = (body.full_name ?? '').trim().split(/\s+/);
      const { pair, user } = await identity.register(
        {
          email: body.email,
          username: body.username,
          password: body.password,
          phone: body.phone,
          first_name: first,
          last_name: rest.join(' '),
          user_type: 'customer',
        },
        { defaultType: 'customer', origin: originOf(request) },
      );
      if (!pair) throw IdentityErrors.registeredEmailNotVerified();
      const row = await identity.getUserOrThrow(app.ctx.db, user.id);
      reply.code(201);
      return {
        token: pair.access,
        refresh: pair.refresh,
        customer: await toCustomer(row),
        message: 'Registration successful',
      };
    },
  );

  app.post(
    '/api/auth/customer/login/',
    {
      config: { skipAuth: true, errors: [...loginErrors, IdentityErrors.notACustomer] },
      schema: {
        operationId: 'customer.login',
        summary: 'Customer login',
        tags,
        body: LoginBody,
        response: { 200: TokenAnswer },
      },
    },
    async (request) => {
      const { user, pair } = await identity.login(request.body, {
        origin: originOf(request),
        only: 'customer',
        onlyDetail: 'This account is not a customer account.',
      });
      return {
        token: pair.access,
        refresh: pair.refresh,
        customer: await toCustomer(user),
        message: 'Login successful',
      };
    },
  );

  app.get(
    '/api/auth/customer/me/',
    {
      preHandler: requireAuth,
      config: { errors: [IdentityErrors.userNotFound, IdentityErrors.notACustomer] },
      schema: {
        operationId: 'customer.me',
        summary: 'The signed-in customer',
        tags,
        response: { 200: Type.Object({ customer: Type.Ref('Customer') }) },
      },
    },
    async (request) => {
      const row = await deps.userCache.get(currentUser(request).id);
      if (!row) throw IdentityErrors.userNotFound();
      return { customer: await toCustomer(row) };
    },
  );

  app.post(
    '/api/auth/customer/password/change/',
    {
      preHandler: requireAuth,
      config: { errors: [] },
      schema: {
        operationId: 'customer.changePassword',
        summary: 'Change the password; other sessions are signed out',
        tags,
        body: ChangePasswordBody,
        response: { 200: Type.Object({ token: Type.String(), message: Type.String() }) },
      },
    },
    async (request) => {
      const body = request.body;
      const old = body.current_password ?? body.old_password;
      if (old === undefined)
        throw AppError.badRequest('Invalid input: check current_password.', {
          current_password: ['This field is required.'],
        });
      const pair = await identity.changePassword(
        currentUser(request),
        old,
        body.new_password,
        originOf(request),
      );
      return { token: pair.access, message: 'Password changed successfully' };
    },
  );
}
