/**
 * Phone numbers, which people may sign in with: stored in E.164 form
 * (`+8801712345678`), parsed by libphonenumber-js (Google's metadata), and
 * unique among accounts (a partial unique index on `users.phone`; empty means
 * none). A number written without `+` and a country code is read in
 * `PHONE_DEFAULT_REGION`; without one, it must be international.
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { FieldErrors } from '../../platform/errors.js';
import type { Executor } from '../../platform/transaction.js';
import { findByPhone } from './users.repository.js';

/** `''` for an empty input, the E.164 form of a valid number, or `undefined` when it is not one. */
export function normalizePhone(raw: string, region: string): string | undefined {
  const input = raw.trim();
  if (!input) return '';
  const parsed = parsePhoneNumberFromString(input, region ? { defaultCountry: region as CountryCode } : {});
  return parsed?.isValid() ? parsed.number : undefined;
}

/**
 * The form a login by phone looks for: the normalised number, or what was
 * typed when it does not parse (numbers stored before phones were normalised
 * may not be international).
 */
export function phoneLookupKey(raw: string, region: string): string {
  return normalizePhone(raw, region) || raw.trim();
}

export const PHONE_TAKEN = 'A user with that phone number already exists.';

/**
 * Checks a phone being set on account `selfId` (undefined for a new one):
 * adds a field error to `errors` when it is invalid or someone else's, else
 * returns its stored form.
 */
export async function checkPhone(
  executor: Executor,
  raw: string,
  region: string,
  selfId: string | undefined,
  errors: FieldErrors,
): Promise<string | undefined> {
  const phone = normalizePhone(raw, region);
  if (phone === undefined) {
    errors.phone = [
      region
        ? 'Enter a valid phone number.'
        : 'Enter a valid phone number in international format, with + and the country code (+8801712345678).',
    ];
    return undefined;
  }
  if (phone) {
    const owner = await findByPhone(executor, phone);
    if (owner && owner.id !== selfId) {
      errors.phone = [PHONE_TAKEN];
      return undefined;
    }
  }
  return phone;
}
