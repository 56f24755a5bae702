/** TypeBox schemas of the saved shipping addresses (`/api/addresses/`). */
import { type Static, Type } from 'typebox';
import { PageQuery } from '../../platform/pagination.js';

/** Addresses one customer may keep. */
export const MAX_ADDRESSES = 20;

const text = (max: number, description?: string) =>
  Type.String({ minLength: 1, maxLength: max, ...(description ? { description } : {}) });
const optionalText = (max: number, description?: string) =>
  Type.Optional(Type.String({ maxLength: max, ...(description ? { description } : {}) }));

const fields = {
  label: optionalText(50, 'What the customer calls it ("Home", "Office"); may be empty.'),
  full_name: text(200, 'Who receives the parcel.'),
  line1: text(200),
  line2: optionalText(200),
  city: text(100),
  region: optionalText(100, 'State, province or county (`state` in an order’s shipping address).'),
  postal_code: text(20),
  country: Type.String({
    minLength: 2,
    maxLength: 2,
    description: 'ISO 3166-1 alpha-2 code (`GB`, `BD`), any case; stored in upper case.',
  }),
  phone: optionalText(
    32,
    'Read in the address’s country when written without + and a country code; stored in E.164 form.',
  ),
  is_default: Type.Optional(
    Type.Boolean({
      description:
        'Make it the default (checkout preselects it; the previous default stops being one). A customer’s first address is the default.',
    }),
  ),
};

export const AddressBody = Type.Object(fields);
export type AddressBody = Static<typeof AddressBody>;

export const AddressPatchBody = Type.Partial(Type.Object(fields));
export type AddressPatchBody = Static<typeof AddressPatchBody>;

export const AddressResponse = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    label: Type.String(),
    full_name: Type.String(),
    line1: Type.String(),
    line2: Type.String(),
    city: Type.String(),
    region: Type.String(),
    postal_code: Type.String(),
    country: Type.String(),
    phone: Type.String(),
    is_default: Type.Boolean(),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
  },
  { $id: 'Address', title: 'Address' },
);

export type AddressDto = Static<typeof AddressResponse>;

export const AddressParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const ListAddressesQuery = PageQuery;
