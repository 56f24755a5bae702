import { Type } from 'typebox';

const UserTypeSchema = Type.Union(
  ['customer', 'creator', 'vendor', 'staff', 'manager', 'admin'].map((t) => Type.Literal(t)),
  { description: 'The role.' },
);

export const UserResponse = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    username: Type.String(),
    first_name: Type.String(),
    last_name: Type.String(),
    phone: Type.String(),
    user_type: UserTypeSchema,
    is_staff: Type.Boolean(),
    is_superuser: Type.Boolean(),
    email_verified: Type.Boolean(),
    pending_email: Type.Union([Type.String(), Type.Null()], {
      description:
        'A new address asked for and not yet confirmed with the link mailed to it; `email` stays in force until then.',
    }),
    vendor_status: Type.Union([
      Type.Literal('pending'),
      Type.Literal('approved'),
      Type.Literal('rejected'),
      Type.Null(),
    ]),
    date_joined: Type.String({ format: 'date-time' }),
    last_login: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { $id: 'User', title: 'User' },
);

const Password = Type.String({ minLength: 1, maxLength: 1024 });
const Email = Type.String({ minLength: 3, maxLength: 254, description: 'Email address' });

/** How a browser asks for a cookie session instead of tokens in the body (login and register). */
const SessionChoice = {
  use_cookies: Type.Optional(
    Type.Boolean({ description: 'Set HttpOnly session cookies instead of returning the tokens.' }),
  ),
  remember_me: Type.Optional(
    Type.Boolean({ description: 'With cookies: keep the session across browser restarts.' }),
  ),
};

export const RegisterBody = Type.Object({
  email: Email,
  username: Type.Optional(Type.String({ minLength: 1, maxLength: 150 })),
  password: Password,
  password2: Type.Optional(Password),
  first_name: Type.Optional(Type.String({ maxLength: 150 })),
  last_name: Type.Optional(Type.String({ maxLength: 150 })),
  phone: Type.Optional(Type.String({ maxLength: 32 })),
  user_type: Type.Optional(
    Type.String({ description: 'customer, creator (default) or vendor; staff roles are refused.' }),
  ),
  ...SessionChoice,
});

export const TokenPairResponse = Type.Object(
  { access: Type.String(), refresh: Type.String() },
  { $id: 'TokenPair', title: 'TokenPair' },
);

export const RegisterResponse = Type.Object({
  user: Type.Ref('User'),
  access: Type.Optional(Type.String()),
  refresh: Type.Optional(Type.String()),
  detail: Type.Optional(Type.String()),
});

export const CredentialsBody = Type.Object({
  email: Type.Optional(Type.String({ maxLength: 254 })),
  username: Type.Optional(Type.String({ maxLength: 150 })),
  phone: Type.Optional(Type.String({ maxLength: 32 })),
  password: Password,
});

export const LoginBody = Type.Object({
  email: Type.Optional(Type.String({ maxLength: 254 })),
  username: Type.Optional(Type.String({ maxLength: 150 })),
  phone: Type.Optional(Type.String({ maxLength: 32 })),
  password: Password,
  ...SessionChoice,
});

export const LoginResponse = Type.Object({
  user: Type.Ref('User'),
  access: Type.Optional(Type.String()),
  refresh: Type.Optional(Type.String()),
});

export const RefreshBody = Type.Object({
  refresh: Type.Optional(Type.String({ description: 'Omit to use the session cookie.' })),
});

export const VerifyTokenBody = Type.Object({ token: Type.String({ minLength: 1 }) });
export const Empty = Type.Object({});
export const Detail = Type.Object({ detail: Type.String() }, { $id: 'Detail', title: 'Detail' });

const CurrentPassword = Type.Optional(
  Type.String({
    minLength: 1,
    maxLength: 1024,
    description:
      'Your current password: required to change `email` (the new address must then be confirmed with the link mailed to it).',
  }),
);

export const ProfilePatchBody = Type.Object({
  first_name: Type.Optional(Type.String({ maxLength: 150 })),
  last_name: Type.Optional(Type.String({ maxLength: 150 })),
  username: Type.Optional(Type.String({ minLength: 1, maxLength: 150 })),
  phone: Type.Optional(Type.String({ maxLength: 32 })),
  email: Type.Optional(Email),
  password: CurrentPassword,
});

export const ProfilePutBody = Type.Object({
  first_name: Type.String({ maxLength: 150 }),
  last_name: Type.String({ maxLength: 150 }),
  username: Type.String({ minLength: 1, maxLength: 150 }),
  phone: Type.Optional(Type.String({ maxLength: 32 })),
  email: Type.Optional(Email),
  password: CurrentPassword,
});

export const ChangePasswordBody = Type.Object({ old_password: Password, new_password: Password });
export const ChangePasswordResponse = Type.Object({
  detail: Type.String(),
  access: Type.Optional(Type.String()),
  refresh: Type.Optional(Type.String()),
});

export const EmailBody = Type.Object({ email: Email });
export const ResetConfirmBody = Type.Object({
  token: Type.String({ minLength: 1, maxLength: 200 }),
  new_password: Password,
});

export const LogoutAllResponse = Type.Object({ detail: Type.String(), sessions_revoked: Type.Integer() });

export const SimpleProfileResponse = Type.Object({
  username: Type.String(),
  email: Type.String(),
  timestamp: Type.String({ format: 'date-time' }),
});

export const JwksResponse = Type.Object({ keys: Type.Array(Type.Record(Type.String(), Type.Unknown())) });
