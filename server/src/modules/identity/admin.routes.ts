/**
 * `/api/admin/` for people: users and vendor approval, the audit log, the dev
 * mail outbox, and background jobs (dead ones can be retried).
 */
import { Type } from 'typebox';
import { originOf } from '../../platform/audit.js';
import { currentUser, requireAdmin, requireManager, requireSuperuser } from '../../platform/auth.js';
import { AppError } from '../../platform/errors.js';
import { type App, NoBody, routeParam } from '../../platform/http.js';
import { PageQuery, Paginated, pageRequest, toPage } from '../../platform/pagination.js';
import { type AdminUsersService, toAdminUserDto } from './admin-users.service.js';
import { IdentityErrors } from './identity.errors.js';

const USER_TYPES = ['customer', 'creator', 'vendor', 'staff', 'manager', 'admin'] as const;
const UserTypeEnum = Type.Union(USER_TYPES.map((t) => Type.Literal(t)));

const AdminUser = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    username: Type.String(),
    first_name: Type.String(),
    last_name: Type.String(),
    phone: Type.String(),
    user_type: UserTypeEnum,
    is_staff: Type.Boolean(),
    is_superuser: Type.Boolean(),
    is_active: Type.Boolean(),
    email_verified: Type.Boolean(),
    vendor_status: Type.Union([
      Type.Literal('pending'),
      Type.Literal('approved'),
      Type.Literal('rejected'),
      Type.Null(),
    ]),
    status: Type.Union(['ACTIVE', 'DRAFT', 'INACTIVE', 'REMOVED'].map((s) => Type.Literal(s))),
    gender: Type.Union(['FEMALE', 'MALE', 'UNKNOWN'].map((s) => Type.Literal(s))),
    kind: Type.String(),
    date_joined: Type.String({ format: 'date-time' }),
    last_login: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { $id: 'AdminUser', title: 'AdminUser' },
);

const ListUsersQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    search: Type.Optional(Type.String({ maxLength: 200 })),
    user_type: Type.Optional(UserTypeEnum),
    is_active: Type.Optional(Type.Boolean()),
    vendor_status: Type.Optional(
      Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('rejected')]),
    ),
  }),
]);

const CreateUserBody = Type.Object({
  email: Type.String({ maxLength: 254 }),
  username: Type.Optional(Type.String({ maxLength: 150 })),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
  user_type: UserTypeEnum,
  first_name: Type.Optional(Type.String({ maxLength: 150 })),
  last_name: Type.Optional(Type.String({ maxLength: 150 })),
  is_superuser: Type.Optional(Type.Boolean()),
});

const UpdateUserBody = Type.Object({
  first_name: Type.Optional(Type.String({ maxLength: 150 })),
  last_name: Type.Optional(Type.String({ maxLength: 150 })),
  phone: Type.Optional(Type.String({ maxLength: 32 })),
  user_type: Type.Optional(UserTypeEnum),
  is_superuser: Type.Optional(Type.Boolean()),
  is_active: Type.Optional(Type.Boolean()),
  status: Type.Optional(Type.Union(['ACTIVE', 'DRAFT', 'INACTIVE', 'REMOVED'].map((s) => Type.Literal(s)))),
  gender: Type.Optional(Type.Union(['FEMALE', 'MALE', 'UNKNOWN'].map((s) => Type.Literal(s)))),
  kind: Type.Optional(Type.String({ maxLength: 100 })),
});

/**
 * A `date-time` query value as the ISO string the table stores. JSON Schema's
 * format admits a leap second (`23:59:60`), which JavaScript's Date does not.
 */
function instant(value: string, field: string): string {
  const time = new Date(value).getTime();
  if (Number.isNaN(time))
    throw AppError.badRequest(`Invalid input: check ${field}.`, {
      [field]: ['Enter a valid date and time.'],
    });
  return new Date(time).toISOString();
}

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

const AuditEntry = Type.Object(
  {
    id: Type.String(),
    action: Type.String(),
    actor_id: Type.Union([Type.String(), Type.Null()]),
    actor_email: Type.Union([Type.String(), Type.Null()]),
    target_type: Type.Union([Type.String(), Type.Null()]),
    target_id: Type.Union([Type.String(), Type.Null()]),
    ip: Type.Union([Type.String(), Type.Null()]),
    user_agent: Type.Union([Type.String(), Type.Null()]),
    details: Type.Record(Type.String(), Type.Unknown()),
    created_at: Type.String({ format: 'date-time' }),
  },
  { $id: 'AuditEntry', title: 'AuditEntry' },
);

const AuditQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    user: Type.Optional(
      Type.String({ description: 'Actor or target user id, or an email fragment.', maxLength: 200 }),
    ),
    action: Type.Optional(
      Type.String({ maxLength: 100, description: 'Exact action, or a prefix ending in a dot (`auth.`).' }),
    ),
    since: Type.Optional(Type.String({ format: 'date-time' })),
    until: Type.Optional(Type.String({ format: 'date-time' })),
  }),
]);

const MailEntry = Type.Object({
  id: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  text: Type.String(),
  html: Type.Union([Type.String(), Type.Null()]),
  created_at: Type.String({ format: 'date-time' }),
});

const JobEntry = Type.Object({
  id: Type.String(),
  type: Type.String(),
  payload: Type.Unknown(),
  status: Type.Union([
    Type.Literal('pending'),
    Type.Literal('running'),
    Type.Literal('done'),
    Type.Literal('dead'),
  ]),
  attempts: Type.Integer(),
  max_attempts: Type.Integer(),
  run_at: Type.String(),
  last_error: Type.Union([Type.String(), Type.Null()]),
  created_at: Type.String(),
  finished_at: Type.Union([Type.String(), Type.Null()]),
});

const VendorDecisionBody = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 1000 })) });

export async function adminRoutes(app: App, deps: { users: AdminUsersService }): Promise<void> {
  app.addSchema(AdminUser);
  app.addSchema(AuditEntry);
  const tags = ['admin'];
  const { users } = deps;
  const page = (request: { query: PageQuery; url: string }) =>
    pageRequest(request.query, request.url, app.ctx.config.PUBLIC_URL);

  app.get(
    '/api/admin/users/',
    {
      preHandler: requireManager,
      config: { errors: [] },
      schema: {
        operationId: 'admin.users.list',
        summary: 'Users, searched and filtered (managers see every user but admins)',
        tags,
        querystring: ListUsersQuery,
        response: { 200: Paginated(Type.Ref('AdminUser'), 'AdminUserPage') },
      },
    },
    async (request) => {
      const q = request.query;
      return users.list(
        currentUser(request),
        { search: q.search, user_type: q.user_type, is_active: q.is_active, vendor_status: q.vendor_status },
        page(request),
      );
    },
  );

  app.post(
    '/api/admin/users/',
    {
      preHandler: requireAdmin,
      config: { errors: [IdentityErrors.superuserRequired] },
      schema: {
        operationId: 'admin.users.create',
        summary: 'Create a user of any role',
        tags,
        body: CreateUserBody,
        response: { 201: Type.Ref('AdminUser') },
      },
    },
    async (request, reply) => {
      const user = await users.create(currentUser(request), request.body, originOf(request));
      return reply.code(201).send(user);
    },
  );

  app.get(
    '/api/admin/users/:id/',
    {
      preHandler: requireManager,
      config: { errors: [IdentityErrors.userNotFound] },
      schema: {
        operationId: 'admin.users.get',
        summary: 'One user',
        tags,
        params: IdParams,
        response: { 200: Type.Ref('AdminUser') },
      },
    },
    async (request) => users.get(currentUser(request), request.params.id),
  );

  app.patch(
    '/api/admin/users/:id/',
    {
      // The user must exist before the body is read or validated (401, 403, 404, then 400).
      onRequest: [
        requireAdmin,
        async (request) => {
          await users.get(currentUser(request), routeParam(request, 'id'));
        },
      ],
      config: {
        errors: [
          IdentityErrors.userNotFound,
          IdentityErrors.cannotChangeSelf,
          IdentityErrors.superuserRequired,
        ],
      },
      schema: {
        operationId: 'admin.users.update',
        summary: 'Change a user (role changes are audited and sign the user out)',
        tags,
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: Type.Ref('AdminUser') },
      },
    },
    async (request) => users.update(currentUser(request), request.params.id, request.body, originOf(request)),
  );

  app.delete(
    '/api/admin/users/:id/',
    {
      preHandler: requireAdmin,
      config: {
        errors: [
          IdentityErrors.userNotFound,
          IdentityErrors.cannotChangeSelf,
          IdentityErrors.superuserRequired,
        ],
      },
      schema: {
        operationId: 'admin.users.deactivate',
        summary: 'Deactivate a user (accounts are never deleted)',
        tags,
        params: IdParams,
        response: { 204: NoBody('Deactivated.') },
      },
    },
    async (request, reply) => {
      await users.deactivate(currentUser(request), request.params.id, originOf(request));
      return reply.code(204).send();
    },
  );

  for (const [path, decision, operationId] of [
    ['approve-vendor', 'approved', 'admin.users.approveVendor'],
    ['reject-vendor', 'rejected', 'admin.users.rejectVendor'],
  ] as const) {
    app.post(
      `/api/admin/users/:id/${path}/`,
      {
        preHandler: requireManager,
        config: { errors: [IdentityErrors.userNotFound, IdentityErrors.notAVendor] },
        preValidation: async (request) => {
          request.body ??= {};
        },
        schema: {
          operationId,
          summary: `Mark a vendor ${decision} and tell them by mail`,
          tags,
          params: IdParams,
          body: VendorDecisionBody,
          response: { 200: Type.Ref('AdminUser') },
        },
      },
      async (request) =>
        users.decideVendor(
          currentUser(request),
          request.params.id,
          decision,
          originOf(request),
          request.body.reason,
        ),
    );
  }

  app.get(
    '/api/admin/audit-log/',
    {
      preHandler: requireAdmin,
      config: { errors: [] },
      schema: {
        operationId: 'admin.auditLog',
        summary: 'Security events: who, what, when, from where',
        tags,
        querystring: AuditQuery,
        response: { 200: Paginated(Type.Ref('AuditEntry'), 'AuditEntryPage') },
      },
    },
    async (request) => {
      const q = request.query;
      return users.auditLog(
        {
          user: q.user,
          action: q.action,
          since: q.since ? instant(q.since, 'since') : undefined,
          until: q.until ? instant(q.until, 'until') : undefined,
        },
        page(request),
      );
    },
  );

  app.get(
    '/api/admin/mail/',
    {
      // Superusers only: the mails hold links that act as their recipients (a password
      // reset), so whoever reads them can become anyone, administrators included.
      preHandler: requireSuperuser,
      config: { errors: [] },
      schema: {
        operationId: 'admin.mail',
        summary: 'The dev mail outbox (mail is stored here when SMTP_URL is not set); superusers only',
        tags,
        querystring: Type.Intersect([
          PageQuery,
          Type.Object({ to: Type.Optional(Type.String({ maxLength: 254 })) }),
        ]),
        response: { 200: Paginated(MailEntry, 'MailPage') },
      },
    },
    async (request) => {
      const q = request.query;
      const p = page(request);
      const { count, results } = await app.ctx.mailer.outbox({
        ...(q.to ? { to: q.to.toLowerCase() } : {}),
        limit: p.pageSize,
        offset: (p.page - 1) * p.pageSize,
      });
      return toPage(p, count, results);
    },
  );

  app.get(
    '/api/admin/jobs/',
    {
      preHandler: requireAdmin,
      config: { errors: [] },
      schema: {
        operationId: 'admin.jobs.list',
        summary: 'Background jobs, newest first (dead ones failed for good)',
        tags,
        querystring: Type.Object({
          status: Type.Optional(
            Type.Union([
              Type.Literal('pending'),
              Type.Literal('running'),
              Type.Literal('done'),
              Type.Literal('dead'),
            ]),
          ),
          type: Type.Optional(Type.String({ maxLength: 100 })),
        }),
        response: { 200: Type.Object({ results: Type.Array(JobEntry) }) },
      },
    },
    async (request) => {
      const q = request.query;
      return {
        results: await app.ctx.jobs.list({
          ...(q.status ? { status: q.status } : {}),
          ...(q.type ? { type: q.type } : {}),
        }),
      };
    },
  );

  app.post(
    '/api/admin/jobs/:id/retry/',
    {
      preHandler: requireAdmin,
      config: { errors: [IdentityErrors.jobNotFound] },
      schema: {
        operationId: 'admin.jobs.retry',
        summary: 'Queue a dead job again',
        tags,
        params: IdParams,
        response: { 200: Type.Object({ detail: Type.String() }) },
      },
    },
    async (request) => {
      if (!(await app.ctx.jobs.retry(request.params.id))) throw IdentityErrors.jobNotFound();
      return { detail: 'The job is queued again.' };
    },
  );
}

export { toAdminUserDto };
