/**
 * Passwords: the policy a new password must meet (Django's default validators,
 * with a minimum of 10), argon2id hashing with OWASP's parameters
 * (19 MiB, 2 iterations, 1 lane), and verification of argon2id hashes and of
 * the `pbkdf2_sha256$...` hashes carried over from the Django app.
 *
 * The heavy work never blocks the event loop: @node-rs/argon2 runs on libuv's
 * thread pool, and PBKDF2 uses the asynchronous `crypto.pbkdf2`. And it never
 * takes every core either: at most one hash fewer than there are cores runs at
 * once (at least one), so a burst of logins queues instead of starving the
 * event loop that answers everybody else.
 */
import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { hash, parseOptions, verify } from '@node-rs/argon2';
import pLimit from 'p-limit';

// `algorithm: 2` is Algorithm.Argon2id (a const enum, which isolated modules cannot read).
const ARGON2ID = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
/** Version.V0x13 (argon2 version 19), the only version worth keeping. */
const ARGON2_VERSION_19 = 1;

export const MIN_PASSWORD_LENGTH = 10;
/** New passwords are capped so nobody can make the server hash megabytes. */
export const MAX_PASSWORD_LENGTH = 128;
/** Verification refuses longer input outright (Django's historical limit). */
const MAX_VERIFIED_LENGTH = 4096;
/** PBKDF2 iteration counts above this are treated as a corrupt hash, not as work to do. */
const MAX_PBKDF2_ITERATIONS = 10_000_000;

/** Hashes and verifications running at once. */
export const HASH_CONCURRENCY = Math.max(1, availableParallelism() - 1);
const hashing = pLimit(HASH_CONCURRENCY);

export function hashPassword(password: string): Promise<string> {
  return hashing(() => hash(password, ARGON2ID));
}

export interface PasswordCheck {
  ok: boolean;
  /** True when the password was right but the stored hash should be replaced by `hashPassword(password)`. */
  needsRehash: boolean;
}

const NO: PasswordCheck = { ok: false, needsRehash: false };

let argon2Verifications = 0;

/** Runs argon2's verification and counts it once done (a hash it cannot parse throws, uncounted). */
async function argon2Verify(stored: string, password: string): Promise<boolean> {
  const ok = await verify(stored, password);
  argon2Verifications++;
  return ok;
}

/**
 * How many argon2 verifications this process has run (real ones and the dummy
 * one alike): a test can tell that a check did the work without timing it.
 */
export function argon2VerificationCount(): number {
  return argon2Verifications;
}

/**
 * Checks `password` against a stored hash: argon2 (`$argon2...`, as written by
 * `hashPassword`) or Django's `pbkdf2_sha256$<iterations>$<salt>$<base64>` (also
 * `pbkdf2_sha1` and Django's `argon2$argon2id$...`). Hashes in an older format or
 * with other parameters verify with `needsRehash: true`. Unusable (`!...`),
 * unknown or malformed hashes give `{ ok: false }`, after the work of a real
 * check (else the time taken would tell which accounts have no usable
 * password); this never throws.
 */
export function verifyPassword(stored: string, password: string): Promise<PasswordCheck> {
  return hashing(() => verifyAny(stored, password));
}

async function verifyAny(stored: string, password: string): Promise<PasswordCheck> {
  if (typeof stored !== 'string' || typeof password !== 'string') return NO;
  if (password.length > MAX_VERIFIED_LENGTH) return NO;
  try {
    if (stored.startsWith('$argon2')) return await verifyArgon2(stored, password, false);
    if (stored.startsWith('argon2$argon2')) return await verifyArgon2(stored.slice(6), password, true);
    if (stored.startsWith('pbkdf2_')) return await verifyDjangoPbkdf2(stored, password);
  } catch {
    // A malformed hash is a failed login, never a 500.
  }
  await argon2Verify(DUMMY_HASH, password).catch(() => false);
  return NO;
}

async function verifyArgon2(stored: string, password: string, foreign: boolean): Promise<PasswordCheck> {
  if (!(await argon2Verify(stored, password))) return NO;
  const p = parseOptions(stored);
  const current =
    p.algorithm === ARGON2ID.algorithm &&
    p.version === ARGON2_VERSION_19 &&
    p.memoryCost === ARGON2ID.memoryCost &&
    p.timeCost === ARGON2ID.timeCost &&
    p.parallelism === ARGON2ID.parallelism;
  return { ok: true, needsRehash: foreign || !current };
}

const pbkdf2Async = promisify(pbkdf2);
const DJANGO_PBKDF2_DIGESTS: Record<string, { digest: string; bytes: number }> = {
  pbkdf2_sha256: { digest: 'sha256', bytes: 32 },
  pbkdf2_sha1: { digest: 'sha1', bytes: 20 },
};

/** Django's PBKDF2PasswordHasher: base64(pbkdf2(password, salt, iterations)); always upgraded on success. */
async function verifyDjangoPbkdf2(stored: string, password: string): Promise<PasswordCheck> {
  const parts = stored.split('$');
  if (parts.length !== 4) return NO;
  const [algorithm, iterationsText, salt, expected] = parts as [string, string, string, string];
  const hasher = DJANGO_PBKDF2_DIGESTS[algorithm];
  if (!hasher || !/^\d{1,8}$/.test(iterationsText) || !salt || !expected) return NO;
  const iterations = Number(iterationsText);
  if (iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS) return NO;
  const derived = await pbkdf2Async(password, salt, iterations, hasher.bytes, hasher.digest);
  const actual = Buffer.from(derived.toString('base64'));
  const wanted = Buffer.from(expected);
  const ok = actual.length === wanted.length && timingSafeEqual(actual, wanted);
  return ok ? { ok: true, needsRehash: true } : NO;
}

/** An argon2id hash, with the current parameters, of a random password nobody knows. */
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$S9M4h1EPUwnwtWwdou6mvw$lkIn9LnBdudZaJHcmfY9nSot+8wf6ELntVd2AvraFTQ';

/**
 * Does the work of one argon2id verification and fails (`{ ok: false }`). Run it
 * when no user matches the login, so the response time does not tell which
 * accounts exist: `user ? verifyPassword(user.password_hash, pw) : dummyVerify(pw)`.
 */
export async function dummyVerify(password = ''): Promise<PasswordCheck> {
  await verifyPassword(DUMMY_HASH, password);
  return NO;
}

/** The user fields a password must not resemble, as in Django's UserAttributeSimilarityValidator. */
export interface PasswordContext {
  email?: string;
  username?: string;
  first_name?: string;
  last_name?: string;
}

const SIMILARITY_ATTRIBUTES = [
  ['username', 'username'],
  ['first_name', 'first name'],
  ['last_name', 'last name'],
  ['email', 'email address'],
] as const;
const MAX_SIMILARITY = 0.7;

/**
 * The problems with a new password, as Django's sentences (empty when it is
 * acceptable): too short or too long, too similar to the user's own details,
 * among the ~49,000 most common passwords, entirely numeric.
 */
export function passwordProblems(password: string, context: PasswordContext = {}): string[] {
  // Code points, as Django counts; the cheap check first so a huge input costs nothing more.
  if (password.length > 2 * MAX_PASSWORD_LENGTH || [...password].length > MAX_PASSWORD_LENGTH) {
    return [`This password is too long. It must contain at most ${MAX_PASSWORD_LENGTH} characters.`];
  }
  const problems: string[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    problems.push(`This password is too short. It must contain at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  const similarTo = similarAttribute(password, context);
  if (similarTo) problems.push(`The password is too similar to the ${similarTo}.`);
  if (commonPasswords().has(password.trim().toLowerCase())) problems.push('This password is too common.');
  if (/^\p{Nd}+$/u.test(password)) problems.push('This password is entirely numeric.');
  return problems;
}

/**
 * A random password (`prefix` and 96 random bits) that the validators accept
 * for every one of `people` (a random one can, rarely, resemble an address:
 * then another is drawn). For generated demo and admin passwords.
 */
export function generatePassword(prefix: string, people: PasswordContext[]): string {
  for (;;) {
    const password = `${prefix}${randomBytes(12).toString('base64url')}`;
    if (people.every((p) => passwordProblems(password, p).length === 0)) return password;
  }
}

/** The name of the first attribute the password resembles (Django: quick ratio ≥ 0.7 to the value or one of its words). */
function similarAttribute(password: string, context: PasswordContext): string | undefined {
  const pw = password.toLowerCase();
  const pwLength = [...pw].length;
  for (const [field, name] of SIMILARITY_ATTRIBUTES) {
    const value = context[field]?.toLowerCase();
    if (!value) continue;
    for (const part of [...value.split(/[^\p{L}\p{N}_]+/u), value]) {
      const partLength = [...part].length;
      // Django's exceeds_maximum_length_ratio: a short word inside a much longer password is no match.
      if (pwLength >= 10 * partLength && partLength < (MAX_SIMILARITY / 2) * pwLength) continue;
      if (quickRatio(pw, part) >= MAX_SIMILARITY) return name;
    }
  }
  return undefined;
}

/** difflib's SequenceMatcher.quick_ratio: 2·(characters in common, as multisets) / (total length). */
function quickRatio(a: string, b: string): number {
  const available = new Map<string, number>();
  let total = 0;
  for (const ch of b) {
    available.set(ch, (available.get(ch) ?? 0) + 1);
    total++;
  }
  let matches = 0;
  for (const ch of a) {
    total++;
    const n = available.get(ch) ?? 0;
    if (n > 0) {
      available.set(ch, n - 1);
      matches++;
    }
  }
  return total === 0 ? 1 : (2 * matches) / total;
}

let common: Set<string> | undefined;

/**
 * zxcvbn-ts's list of ~49,000 common passwords (from leaked-password frequency
 * lists; a superset in spirit of Django's 20,000), lower-cased, loaded on first use.
 */
function commonPasswords(): Set<string> {
  if (!common) {
    const require = createRequire(import.meta.url);
    const { dictionary } =
      require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    common = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  }
  return common;
}
