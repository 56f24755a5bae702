import { type Static, Type } from 'typebox';
import { PageQuery, Paginated } from '../../platform/pagination.js';
import { DEFAULT_RATE_LIMIT, MAX_ALLOWED_ORIGINS, MAX_RATE_LIMIT } from './api-clients.service.js';

export const ApiClientTypeSchema = Type.Union(
  [
    Type.Literal('web'),
    Type.Literal('admin'),
    Type.Literal('mobile'),
    Type.Literal('server'),
    Type.Literal('pos'),
  ],
  { description: 'What kind of frontend or service the client is.' },
);

const Timestamp = Type.String({ format: 'date-time' });
const NullableTimestamp = Type.Union([Timestamp, Type.Null()]);

const Name = Type.String({ minLength: 1, maxLength: 100 });
const RateLimit = Type.Integer({ minimum: 1, maximum: MAX_RATE_LIMIT, description: 'Requests per minute.' });
const AllowedOrigins = Type.Array(Type.String({ minLength: 1, maxLength: 300 }), {
  maxItems: MAX_ALLOWED_ORIGINS,
  description:
    "Origins (`https://app.example.com`) the client's browser requests may come from; empty: any (a public client: only the web app's own).",
});

const clientFields = {
  id: Type.String({ format: 'uuid' }),
  client_id: Type.String({ description: 'Public id, sent in `X-Client-ID`.' }),
  name: Type.String(),
  type: ApiClientTypeSchema,
  key_prefix: Type.String({ description: 'The first characters of the key, to tell keys apart.' }),
  rate_limit: Type.Integer({ description: 'Requests per minute.' }),
  allowed_origins: Type.Array(Type.String()),
  is_active: Type.Boolean(),
  is_public: Type.Boolean({
    description:
      "A public client (the web app's areas): no key; accepted only from its allowed origins and the app's own.",
  }),
  web_area: Type.Union(
    [
      Type.Literal('storefront'),
      Type.Literal('account'),
      Type.Literal('pos'),
      Type.Literal('admin'),
      Type.Null(),
    ],
    { description: "The bundled web app's area this public client is, or null." },
  ),
  created_by: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  created_at: Timestamp,
  updated_at: Timestamp,
  last_used_at: NullableTimestamp,
  revoked_at: NullableTimestamp,
};

export const ApiClientResponse = Type.Object(clientFields, { title: 'ApiClient' });
export type ApiClientResponse = Static<typeof ApiClientResponse>;

export const ApiClientWithKeyResponse = Type.Object(
  {
    ...clientFields,
    api_key: Type.String({
      description: 'The key, to send in `X-API-Key`. Shown this once: only its hash is stored.',
    }),
  },
  { title: 'ApiClientWithKey' },
);

export const ApiClientList = Paginated(ApiClientResponse, 'ApiClientList');

export const ListApiClientsQuery = Type.Object({
  ...PageQuery.properties,
  type: Type.Optional(ApiClientTypeSchema),
  is_active: Type.Optional(Type.Boolean()),
});
export type ListApiClientsQuery = Static<typeof ListApiClientsQuery>;

export const CreateApiClientBody = Type.Object(
  {
    name: Name,
    type: ApiClientTypeSchema,
    rate_limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: MAX_RATE_LIMIT,
        default: DEFAULT_RATE_LIMIT,
        description: 'Requests per minute.',
      }),
    ),
    allowed_origins: Type.Optional(AllowedOrigins),
  },
  { additionalProperties: false },
);
export type CreateApiClientBody = Static<typeof CreateApiClientBody>;

export const UpdateApiClientBody = Type.Object(
  {
    name: Type.Optional(Name),
    rate_limit: Type.Optional(RateLimit),
    allowed_origins: Type.Optional(AllowedOrigins),
    is_active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type UpdateApiClientBody = Static<typeof UpdateApiClientBody>;

export const ApiClientParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 100, description: "The client's `id` or its `client_id`." }),
});
export type ApiClientParams = Static<typeof ApiClientParams>;

export const UsageQuery = Type.Object({
  since: Type.Optional(
    Type.String({ format: 'date-time', description: 'Start (ISO 8601); default: 7 days ago.' }),
  ),
});
export type UsageQuery = Static<typeof UsageQuery>;

const counts = {
  requests: Type.Integer(),
  status_2xx: Type.Integer(),
  status_3xx: Type.Integer(),
  status_4xx: Type.Integer(),
  status_5xx: Type.Integer(),
};

export const ApiClientUsageResponse = Type.Object(
  {
    client_id: Type.String(),
    since: Timestamp,
    total_requests: Type.Integer(),
    by_hour: Type.Array(Type.Object({ hour: Timestamp, ...counts })),
    by_day: Type.Array(Type.Object({ day: Type.String({ format: 'date' }), ...counts })),
  },
  { title: 'ApiClientUsage' },
);
