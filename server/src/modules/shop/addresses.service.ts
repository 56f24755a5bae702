/**
 * A customer's address book: saved shipping addresses that checkout offers
 * (the default preselected). Every write takes the customer's lock (their
 * cart row, as checkout does), so the cap and the one default are decided by
 * one writer at a time on both databases; the partial unique index on the
 * default is the backstop. Orders keep their own snapshot of the address.
 */
import type { DB } from '../../db/dialect.js';
import { countryCode } from '../../platform/countries.js';
import type { FieldErrors } from '../../platform/errors.js';
import { AppError } from '../../platform/errors.js';
import { newId, nowIso } from '../../platform/ids.js';
import type { Page, PageRequest } from '../../platform/pagination.js';
import { type Executor, transaction } from '../../platform/transaction.js';
import { normalizePhone } from '../identity/index.js';
import * as repo from './addresses.repository.js';
import {
  type AddressBody,
  type AddressDto,
  type AddressPatchBody,
  MAX_ADDRESSES,
} from './addresses.schemas.js';
import { lockCartOfUser } from './cart.repository.js';
import { ShopErrors } from './shop.errors.js';

export function addressDto(row: repo.AddressRow): AddressDto {
  return {
    id: row.id,
    label: row.label,
    full_name: row.full_name,
    line1: row.line1,
    line2: row.line2,
    city: row.city,
    region: row.region,
    postal_code: row.postal_code,
    country: row.country,
    phone: row.phone,
    is_default: Boolean(row.is_default),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

const REQUIRED = ['full_name', 'line1', 'city', 'postal_code'] as const;
const OPTIONAL = ['label', 'line2', 'region'] as const;

/**
 * The stored form of what was sent (trimmed; country upper case; phone in
 * E.164), or a 400 naming each bad field. `current` is the address being
 * changed: a phone is read in the country the address will have.
 */
function cleanFields(
  body: AddressPatchBody,
  current: repo.AddressRow | undefined,
  phoneRegion: string,
): Partial<repo.AddressFields> {
  const errors: FieldErrors = {};
  const out: Partial<repo.AddressFields> = {};
  for (const field of REQUIRED) {
    const value = body[field];
    if (value === undefined) continue;
    if (!value.trim()) errors[field] = ['This field may not be blank.'];
    else out[field] = value.trim();
  }
  for (const field of OPTIONAL) {
    const value = body[field];
    if (value !== undefined) out[field] = value.trim();
  }
  if (body.country !== undefined) {
    const code = countryCode(body.country);
    if (code) out.country = code;
    else errors.country = ['Enter a country as its ISO 3166-1 two-letter code (GB, US, BD).'];
  }
  if (body.phone !== undefined) {
    const region = out.country ?? current?.country ?? phoneRegion;
    const phone = normalizePhone(body.phone, region);
    if (phone === undefined) {
      errors.phone = [
        'Enter a valid phone number for this address’s country, or an international one (+ and the country code).',
      ];
    } else out.phone = phone;
  }
  if (Object.keys(errors).length > 0) {
    throw AppError.badRequest(`Invalid address: check ${Object.keys(errors).join(', ')}.`, errors);
  }
  return out;
}

export class AddressesService {
  constructor(private readonly deps: { db: DB; phoneRegion: string }) {}

  async list(userId: string, page: PageRequest): Promise<Page<AddressDto>> {
    const result = await repo.listAddresses(this.deps.db, userId, page);
    return { ...result, results: result.results.map(addressDto) };
  }

  /** Every address of the customer, the default first (staff's customer page). */
  async all(executor: Executor, userId: string): Promise<AddressDto[]> {
    return (await repo.allAddresses(executor, userId)).map(addressDto);
  }

  async get(userId: string, id: string): Promise<AddressDto> {
    return addressDto(await this.#ownOrThrow(this.deps.db, userId, id));
  }

  /** 404 unless the address is this user's (before the body is read). */
  async assertOwns(userId: string, id: string): Promise<void> {
    await this.#ownOrThrow(this.deps.db, userId, id);
  }

  async create(userId: string, body: AddressBody): Promise<AddressDto> {
    const fields = cleanFields(body, undefined, this.deps.phoneRegion);
    return transaction(this.deps.db, async (trx) => {
      await lockCartOfUser(trx, userId);
      const count = await repo.countAddresses(trx, userId);
      if (count >= MAX_ADDRESSES) throw ShopErrors.addressLimitReached(MAX_ADDRESSES);
      const isDefault = count === 0 || body.is_default === true;
      if (isDefault) await repo.clearDefault(trx, userId);
      const now = nowIso();
      const row: repo.ShippingAddressesTable = {
        id: newId(),
        user_id: userId,
        label: fields.label ?? '',
        full_name: fields.full_name ?? '',
        line1: fields.line1 ?? '',
        line2: fields.line2 ?? '',
        city: fields.city ?? '',
        region: fields.region ?? '',
        postal_code: fields.postal_code ?? '',
        country: fields.country ?? '',
        phone: fields.phone ?? '',
        is_default: isDefault,
        created_at: now,
        updated_at: now,
      };
      await repo.insertAddress(trx, row);
      return addressDto(row);
    });
  }

  async update(userId: string, id: string, body: AddressPatchBody): Promise<AddressDto> {
    return transaction(this.deps.db, async (trx) => {
      await lockCartOfUser(trx, userId);
      const current = await this.#ownOrThrow(trx, userId, id);
      const changes = cleanFields(body, current, this.deps.phoneRegion);
      if (body.is_default === true && !current.is_default) {
        await repo.clearDefault(trx, userId);
        changes.is_default = true;
      } else if (body.is_default === false) {
        changes.is_default = false;
      }
      const row = await repo.updateAddress(trx, userId, id, changes);
      if (!row) throw ShopErrors.addressNotFound();
      return addressDto(row);
    });
  }

  /** Deletes it; when it was the default, the newest other address becomes the default. */
  async remove(userId: string, id: string): Promise<void> {
    await transaction(this.deps.db, async (trx) => {
      await lockCartOfUser(trx, userId);
      const current = await this.#ownOrThrow(trx, userId, id);
      await repo.deleteAddress(trx, userId, id);
      if (current.is_default) await repo.promoteNewest(trx, userId);
    });
  }

  async #ownOrThrow(executor: Executor, userId: string, id: string): Promise<repo.AddressRow> {
    const row = await repo.findAddress(executor, userId, id);
    if (!row) throw ShopErrors.addressNotFound();
    return row;
  }
}
