/**
 * The JS decoder reads a real customer card: a QR code made by the server's
 * QR library (`qrcode`, as `GET /api/loyalty/me/qr/` draws it) holding a
 * signed `MC1.CUST-…` payload, drawn into a camera-sized frame.
 */
import { createHmac, randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeQrFrame, type Frame } from './qr-scan.js';

/** A card payload as the server signs it: `MC1.<code>.<version>.<16 base64url characters of HMAC-SHA256>`. */
function cardPayload(code: string, version: number): string {
  const body = `MC1.${code}.${version}`;
  return `${body}.${createHmac('sha256', randomBytes(32)).update(body).digest('base64url').slice(0, 16)}`;
}

/**
 * A `width` × `height` grey frame with the QR code of `text` drawn at (x, y),
 * `scale` pixels a module, with the quiet zone of 2 modules the server draws.
 */
function frameWithQr(
  text: string,
  opts: { width: number; height: number; x: number; y: number; scale: number },
) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const data = new Uint8ClampedArray(opts.width * opts.height * 4).fill(180);
  const set = (px: number, py: number, v: number) => {
    const i = (py * opts.width + px) * 4;
    data[i] = v;
    data[i + 1] = v;
    data[i + 2] = v;
    data[i + 3] = 255;
  };
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  const quiet = 2;
  const side = (modules.size + quiet * 2) * opts.scale;
  for (let py = 0; py < side; py++) {
    for (let px = 0; px < side; px++) {
      const row = Math.floor(py / opts.scale) - quiet;
      const col = Math.floor(px / opts.scale) - quiet;
      const dark = row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col);
      set(opts.x + px, opts.y + py, dark ? 20 : 245);
    }
  }
  return { data, width: opts.width, height: opts.height } satisfies Frame;
}

describe('decodeQrFrame', () => {
  it("reads a customer card's signed payload from a camera-sized frame", async () => {
    const payload = cardPayload('CUST-00042', 3);
    expect(payload).toMatch(/^MC1\.CUST-00042\.3\.[A-Za-z0-9_-]{16}$/);
    const frame = frameWithQr(payload, { width: 640, height: 480, x: 170, y: 90, scale: 6 });
    expect(await decodeQrFrame(frame)).toBe(payload);
  });

  it('reads a small card off-centre, as held at arm’s length', async () => {
    const payload = cardPayload('CUST-10000', 1);
    const frame = frameWithQr(payload, { width: 640, height: 480, x: 420, y: 300, scale: 3 });
    expect(await decodeQrFrame(frame)).toBe(payload);
  });

  it('finds nothing in a frame without a code, or with half of one', async () => {
    const blank: Frame = { data: new Uint8ClampedArray(320 * 240 * 4).fill(180), width: 320, height: 240 };
    expect(await decodeQrFrame(blank)).toBeUndefined();
    const payload = cardPayload('CUST-00001', 1);
    const cut = frameWithQr(payload, { width: 640, height: 480, x: 170, y: 90, scale: 6 });
    // Paint the lower half grey: the finder patterns at the bottom are gone.
    cut.data.fill(180, cut.width * 4 * 240);
    expect(await decodeQrFrame(cut)).toBeUndefined();
  });
});
