/**
 * Reading QR codes from the camera at the POS. The browser's own
 * `BarcodeDetector` where it exists and knows `qr_code` (Chrome on Android,
 * macOS, ChromeOS); elsewhere (Chromium on Linux, Firefox, Safari desktop) the
 * jsQR decoder, loaded on first use only, reads frames drawn from the video
 * onto a canvas. Both answer the same way: the code's text, or undefined.
 */

/** A picture's pixels, RGBA row by row (what `getImageData` gives). */
export interface Frame {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats?(): Promise<string[]>;
}
declare global {
  interface Window {
    BarcodeDetector?: BarcodeDetectorClass;
  }
}

/** Reads one frame of the video: the QR code's text, or undefined when none is seen. */
export type QrReader = (video: HTMLVideoElement) => Promise<string | undefined>;

/** Frames are scaled down to this width before decoding: enough for a card held near, quick to read. */
const MAX_WIDTH = 640;

/** The text of the QR code in `frame`, or undefined; the decoder is loaded on the first call. */
export async function decodeQrFrame(frame: Frame): Promise<string | undefined> {
  const { default: jsQR } = await import('jsqr');
  const found = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' });
  return found?.data || undefined;
}

/** Whether the browser's BarcodeDetector exists and reads QR codes. */
async function nativeQr(): Promise<BarcodeDetectorClass | undefined> {
  const Detector = typeof window === 'undefined' ? undefined : window.BarcodeDetector;
  if (!Detector) return undefined;
  try {
    const formats = (await Detector.getSupportedFormats?.()) ?? ['qr_code'];
    return formats.includes('qr_code') ? Detector : undefined;
  } catch {
    return undefined;
  }
}

/** The JS decoder's reader: draws the current frame, scaled down, onto a canvas of its own. */
function canvasReader(): QrReader {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || video.readyState < video.HAVE_CURRENT_DATA || !video.videoWidth) return undefined;
    const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    return decodeQrFrame(context.getImageData(0, 0, canvas.width, canvas.height));
  };
}

/** A reader for this browser: the native detector if it reads QR codes, otherwise the JS decoder. */
export async function qrReader(): Promise<QrReader> {
  const Detector = await nativeQr();
  if (!Detector) return canvasReader();
  const detector = new Detector({ formats: ['qr_code'] });
  return async (video) => {
    const found = await detector.detect(video).catch(() => []);
    return found[0]?.rawValue || undefined;
  };
}

/** Whether this browser can open a camera at all (a secure page with `getUserMedia`). */
export function canUseCamera(): boolean {
  return typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);
}
