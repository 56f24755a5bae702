import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import {
  argon2VerificationCount,
  dummyVerify,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  passwordProblems,
  verifyPassword,
} from './passwords.js';

const TOO_SHORT = `This password is too short. It must contain at least ${MIN_PASSWORD_LENGTH} characters.`;
const TOO_LONG = `This password is too long. It must contain at most ${MAX_PASSWORD_LENGTH} characters.`;
const COMMON = 'This password is too common.';
const NUMERIC = 'This password is entirely numeric.';

/** A hash in Django's PBKDF2PasswordHasher format, computed here with node:crypto. */
function djangoHash(
  password: string,
  salt: string,
  iterations: number,
  digest: 'sha256' | 'sha1' = 'sha256',
) {
  const bytes = digest === 'sha256' ? 32 : 20;
  const b64 = pbkdf2Sync(password, salt, iterations, bytes, digest).toString('base64');
  return `pbkdf2_${digest}$${iterations}$${salt}$${b64}`;
}

describe('passwordProblems', () => {
  it('accepts a good password, with or without user details', () => {
    expect(passwordProblems('Bench-Passw0rd!')).toEqual([]);
    expect(
      passwordProblems('Bench-Passw0rd!', {
        email: 'bench@example.com',
        username: 'bench',
        first_name: 'Bench',
        last_name: 'User',
      }),
    ).toEqual([]);
  });

  it('refuses a short password, counting characters rather than UTF-16 units', () => {
    expect(passwordProblems('Xk7#pq2!')).toEqual([TOO_SHORT]);
    expect(passwordProblems('Xk7#pq2!w')).toEqual([TOO_SHORT]);
    expect(passwordProblems('Xk7#pq2!wz')).toEqual([]);
    // Nine characters, eighteen UTF-16 units; then ten.
    expect(passwordProblems('😀😁😂😃😄😅😆😇😈')).toEqual([TOO_SHORT]);
    expect(passwordProblems('😀😁😂😃😄😅😆😇😈😉')).toEqual([]);
  });

  it('refuses a password longer than the maximum, and nothing else is computed', () => {
    expect(passwordProblems('Zq8!'.repeat(MAX_PASSWORD_LENGTH / 4))).toEqual([]);
    expect(passwordProblems(`${'Zq8!'.repeat(MAX_PASSWORD_LENGTH / 4)}a`)).toEqual([TOO_LONG]);
    expect(passwordProblems('1'.repeat(1_000_000), { email: 'a@b.co' })).toEqual([TOO_LONG]);
  });

  it('refuses common passwords, whatever their case and surrounding spaces', () => {
    expect(passwordProblems('password123')).toEqual([COMMON]);
    expect(passwordProblems('qwertyuiop')).toEqual([COMMON]);
    expect(passwordProblems('QwertyUIOP')).toEqual([COMMON]);
    expect(passwordProblems(' iloveyou12 ')).toEqual([COMMON]);
    // From deep in the list (past its 30,000th entry): the whole list is loaded, not a top-100.
    expect(passwordProblems('studioworks')).toEqual([COMMON]);
    expect(passwordProblems('kaliningrad')).toEqual([COMMON]);
  });

  it('refuses entirely numeric passwords', () => {
    expect(passwordProblems('73920184657')).toEqual([NUMERIC]);
    expect(passwordProblems('1234567890')).toEqual([COMMON, NUMERIC]);
    expect(passwordProblems('7392')).toEqual([TOO_SHORT, NUMERIC]);
    expect(passwordProblems('7392018465x')).toEqual([]);
  });

  it('refuses a password too similar to the email address', () => {
    const email = 'ada.lovelace@example.com';
    expect(passwordProblems('lovelace1815', { email })).toEqual([
      'The password is too similar to the email address.',
    ]);
    expect(passwordProblems('Ada.Lovelace@example.com', { email })).toEqual([
      'The password is too similar to the email address.',
    ]);
    expect(passwordProblems('Analytical-Engine-77', { email })).toEqual([]);
  });

  it('refuses a password too similar to the username or the names', () => {
    expect(passwordProblems('hamilton-margaret', { username: 'margaret_hamilton' })).toEqual([
      'The password is too similar to the username.',
    ]);
    expect(passwordProblems('Hopper1906', { first_name: 'Grace', last_name: 'Hopper' })).toEqual([
      'The password is too similar to the last name.',
    ]);
    expect(passwordProblems('graceful1906', { first_name: 'Graceful' })).toEqual([
      'The password is too similar to the first name.',
    ]);
  });

  it('ignores a short attribute inside a much longer password, as Django does', () => {
    // "al" against a 25-character password: 10 × 2 ≤ 25, and 2 < 0.35 × 25.
    expect(passwordProblems('al-wanders-the-long-road!', { username: 'al' })).toEqual([]);
  });

  it('lists every problem at once', () => {
    expect(passwordProblems('123456', { username: '123456' })).toEqual([
      TOO_SHORT,
      'The password is too similar to the username.',
      COMMON,
      NUMERIC,
    ]);
  });
});

describe('hashPassword and verifyPassword (argon2id)', () => {
  it('hashes with argon2id and the OWASP parameters, verifying the right password only', async () => {
    const stored = await hashPassword('Bench-Passw0rd!');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'Bench-Passw0rd!')).toEqual({ ok: true, needsRehash: false });
    expect(await verifyPassword(stored, 'bench-passw0rd!')).toEqual({ ok: false, needsRehash: false });
  });

  it('asks for a rehash when the stored hash used other parameters or another argon2 variant', async () => {
    const weaker = await hash('Bench-Passw0rd!', {
      algorithm: 2,
      memoryCost: 4096,
      timeCost: 1,
      parallelism: 1,
    });
    expect(await verifyPassword(weaker, 'Bench-Passw0rd!')).toEqual({ ok: true, needsRehash: true });
    expect(await verifyPassword(weaker, 'wrong-password')).toEqual({ ok: false, needsRehash: false });
    const argon2i = await hash('Bench-Passw0rd!', {
      algorithm: 1,
      memoryCost: 19456,
      timeCost: 2,
      parallelism: 1,
    });
    expect(await verifyPassword(argon2i, 'Bench-Passw0rd!')).toEqual({ ok: true, needsRehash: true });
  });

  it("accepts Django's own argon2 format (argon2$argon2id$...) and upgrades it", async () => {
    const phc = await hash('Bench-Passw0rd!', {
      algorithm: 2,
      memoryCost: 19456,
      timeCost: 2,
      parallelism: 1,
    });
    expect(await verifyPassword(`argon2${phc}`, 'Bench-Passw0rd!')).toEqual({ ok: true, needsRehash: true });
    expect(await verifyPassword(`argon2${phc}`, 'nope-nope-nope')).toEqual({ ok: false, needsRehash: false });
  });
});

describe('verifyPassword (Django PBKDF2)', () => {
  it('verifies a pbkdf2_sha256 hash made with node:crypto and always asks for the upgrade', async () => {
    const stored = djangoHash('Bench-Passw0rd!', randomBytes(9).toString('base64url'), 1000);
    expect(await verifyPassword(stored, 'Bench-Passw0rd!')).toEqual({ ok: true, needsRehash: true });
    expect(await verifyPassword(stored, 'Bench-Passw0rd?')).toEqual({ ok: false, needsRehash: false });
  });

  it("verifies Django 3.2's published test vector (tests/auth_tests/test_hashers.py)", async () => {
    // make_password("lètmein", "seasalt", "pbkdf2_sha256") with Django 3.2's 260,000 iterations;
    // also the vector of the rust-djangohashers test suite.
    const stored = 'pbkdf2_sha256$260000$seasalt$YlZ2Vggtqdc61YjArZuoApoBh9JNGYoDRBUGu6tcJQo=';
    expect(await verifyPassword(stored, 'lètmein')).toEqual({ ok: true, needsRehash: true });
    expect(await verifyPassword(stored, 'lètmeinz')).toEqual({ ok: false, needsRehash: false });
    // Our own computation agrees with the published one.
    expect(djangoHash('lètmein', 'seasalt', 260000)).toBe(stored);
  });

  it('verifies pbkdf2_sha1 hashes too', async () => {
    const stored = djangoHash('Bench-Passw0rd!', 'seasalt', 1000, 'sha1');
    expect(await verifyPassword(stored, 'Bench-Passw0rd!')).toEqual({ ok: true, needsRehash: true });
    expect(await verifyPassword(stored, 'lètmein')).toEqual({ ok: false, needsRehash: false });
  });

  it('refuses unusable, unknown and malformed hashes without throwing', async () => {
    const good = djangoHash('Bench-Passw0rd!', 'seasalt', 1000);
    const [, , , b64] = good.split('$');
    const malformed = [
      '',
      '!',
      '!Kq1dQz2nF8uXbC7vT0wYpLmR3sHeJ5aG9iNoU4',
      'Bench-Passw0rd!',
      'md5$seasalt$0123456789abcdef0123456789abcdef',
      'bcrypt_sha256$$2b$12$abcdefghijklmnopqrstuv',
      'pbkdf2_sha256',
      'pbkdf2_sha256$1000$seasalt',
      `pbkdf2_sha256$1000$seasalt$${b64}$extra`,
      `pbkdf2_sha256$abc$seasalt$${b64}`,
      `pbkdf2_sha256$0$seasalt$${b64}`,
      `pbkdf2_sha256$-1000$seasalt$${b64}`,
      `pbkdf2_sha256$99999999999$seasalt$${b64}`,
      `pbkdf2_sha512$1000$seasalt$${b64}`,
      'pbkdf2_sha256$1000$seasalt$',
      'pbkdf2_sha256$1000$$abc',
      `pbkdf2_sha256$1000$seasalt$${b64?.slice(0, -4)}`,
      '$argon2id$',
      '$argon2id$v=19$m=19456,t=2,p=1$garbage',
      '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$!!!',
      'argon2$argon2id$v=19$oops',
    ];
    for (const stored of malformed) {
      await expect(verifyPassword(stored, 'Bench-Passw0rd!'), stored).resolves.toEqual({
        ok: false,
        needsRehash: false,
      });
    }
    // Not even a string (a NULL read from a broken row).
    await expect(verifyPassword(null as unknown as string, 'x')).resolves.toEqual({
      ok: false,
      needsRehash: false,
    });
  });

  it('refuses an absurdly long password before doing any work', async () => {
    const stored = djangoHash('x'.repeat(5000), 'seasalt', 1000);
    expect(await verifyPassword(stored, 'x'.repeat(5000))).toEqual({ ok: false, needsRehash: false });
  });
});

/** How many argon2 verifications `work` ran. */
async function verificationsOf(work: () => Promise<unknown>): Promise<number> {
  const before = argon2VerificationCount();
  await work();
  return argon2VerificationCount() - before;
}

describe('dummyVerify', () => {
  it('fails, after doing the work of one argon2id verification, as a real check does', async () => {
    const stored = await hashPassword('Bench-Passw0rd!');
    expect(await verificationsOf(() => verifyPassword(stored, 'wrong-password'))).toBe(1);
    expect(await verificationsOf(() => dummyVerify('wrong-password'))).toBe(1);
    expect(await dummyVerify('Bench-Passw0rd!')).toEqual({ ok: false, needsRehash: false });
    // The counter counts work done: nothing before it is asked for.
    expect(await verificationsOf(async () => {})).toBe(0);
  });

  it('is what an unusable or unknown stored hash costs too: the work never tells such accounts apart', async () => {
    for (const unusable of ['!', '!Xq7Tf2', 'md5$abc$def', '$argon2id$broken']) {
      let check: unknown;
      const work = await verificationsOf(async () => {
        check = await verifyPassword(unusable, 'wrong-password');
      });
      expect(check).toEqual({ ok: false, needsRehash: false });
      expect(work, unusable).toBe(1);
    }
  });

  it('a Django PBKDF2 hash is checked by PBKDF2 alone (no argon2 work on top)', async () => {
    const stored = djangoHash('Bench-Passw0rd!', 'seasalt', 1000);
    expect(await verificationsOf(() => verifyPassword(stored, 'Bench-Passw0rd!'))).toBe(0);
  });
});
