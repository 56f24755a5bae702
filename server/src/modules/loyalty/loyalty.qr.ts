/**
 * The signed QR payloads: a customer's card `MC1.CUST-00001.2.<mac>` (code and
 * card version) and a promotion's `MP1.SUMMER10.<mac>`. The MAC is the first
 * 16 base64url characters (96 bits) of an HMAC-SHA256 under a secret kept in
 * the database (made on first use), so a payload fits a small QR, the server
 * checks it offline, and a guessed or altered code is refused.
 */
import { createHmac, randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { DB } from '../../db/dialect.js';
import { nowIso } from '../../platform/ids.js';
import { sameSecret } from '../../platform/secrets.js';

const MAC_LENGTH = 16;
const KEY_NAME = 'qr';
/** Genuine card payloads remembered (see `readCard`); forgotten all at once when full. */
const KNOWN_CARDS = 10_000;

export interface CardPayload {
  readonly customerCode: string;
  readonly version: number;
}

export class QrSigner {
  #secret: Buffer | undefined;
  /**
   * Card payloads that passed the check, and what they say: a card scanned again
   * skips its HMAC (the secret never changes while the process runs). Only
   * genuine payloads are kept, so guesses cannot fill it; a reissued card's old
   * payload stays genuine here, and the scan refuses it by its version, as before.
   */
  readonly #knownCards = new Map<string, CardPayload>();

  constructor(private readonly db: DB) {}

  /** Loads the secret, making it the first time (two processes racing keep the first one written). */
  async init(): Promise<void> {
    if (this.#secret) return;
    await this.db
      .insertInto('loyalty_keys')
      .values({ name: KEY_NAME, secret: randomBytes(32).toString('base64url'), created_at: nowIso() })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const row = await this.db
      .selectFrom('loyalty_keys')
      .select('secret')
      .where('name', '=', KEY_NAME)
      .executeTakeFirstOrThrow();
    this.#secret = Buffer.from(row.secret, 'base64url');
  }

  async #mac(text: string): Promise<string> {
    await this.init();
    return createHmac('sha256', this.#secret as Buffer)
      .update(text)
      .digest('base64url')
      .slice(0, MAC_LENGTH);
  }

  async card(customerCode: string, version: number): Promise<string> {
    const body = `MC1.${customerCode}.${version}`;
    return `${body}.${await this.#mac(body)}`;
  }

  async promotion(code: string): Promise<string> {
    const body = `MP1.${code}`;
    return `${body}.${await this.#mac(body)}`;
  }

  /** The customer code and card version of a genuine card payload; undefined for anything else. */
  async readCard(payload: string): Promise<CardPayload | undefined> {
    const text = payload.trim();
    const known = this.#knownCards.get(text);
    if (known) return known;
    const m = /^MC1\.(CUST-\d{1,12})\.(\d{1,9})\.([A-Za-z0-9_-]{16})$/.exec(text);
    if (!m) return undefined;
    const [, code = '', version = '', mac = ''] = m;
    if (!sameSecret(mac, await this.#mac(`MC1.${code}.${version}`))) return undefined;
    const card: CardPayload = Object.freeze({ customerCode: code, version: Number(version) });
    if (this.#knownCards.size >= KNOWN_CARDS) this.#knownCards.clear();
    this.#knownCards.set(text, card);
    return card;
  }

  /** The promotion code of a genuine promotion payload; undefined for anything else. */
  async readPromotion(payload: string): Promise<string | undefined> {
    const m = /^MP1\.([A-Za-z0-9_-]{1,40})\.([A-Za-z0-9_-]{16})$/.exec(payload.trim());
    if (!m) return undefined;
    const [, code = '', mac = ''] = m;
    return sameSecret(mac, await this.#mac(`MP1.${code}`)) ? code : undefined;
  }
}

export type QrFormat = 'svg' | 'png';

/** Renders `payload` as a QR image (medium error correction, a quiet zone of 2 modules). */
export async function renderQr(payload: string, format: QrFormat, size = 320): Promise<Buffer | string> {
  const options = { errorCorrectionLevel: 'M' as const, margin: 2, width: size };
  if (format === 'svg') return QRCode.toString(payload, { ...options, type: 'svg' });
  return QRCode.toBuffer(payload, { ...options, type: 'png' });
}
