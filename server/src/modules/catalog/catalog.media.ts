/**
 * Product images on disk: the type is read from the file's first bytes (never
 * from its name or the client's Content-Type), then the whole image is decoded
 * with sharp (libvips): what does not decode is refused, the pixels are turned
 * upright and re-encoded without their metadata (EXIF, GPS, XMP, comments),
 * bounded to `MEDIA_MAX_IMAGE_SIDE`, and stored three times under one random
 * name in `MEDIA_ROOT/products/`: the picture in its own format, a WebP web
 * size and a WebP thumbnail. Files are removed only after the database change
 * that forgot them has committed.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import type { ProductImagesTable } from '../../db/schema.js';
import { CatalogErrors } from './catalog.errors.js';

// Decoded pixels are not kept between uploads (an upload is decoded once), and one
// image uses one libvips thread: uploads are rare, requests must not wait behind them.
sharp.cache(false);
sharp.concurrency(1);

export type ImageType = ProductImagesTable['content_type'];

const EXTENSIONS: Record<ImageType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/** JPEG, PNG or WebP by their signatures; undefined for anything else. */
export function detectImageType(bytes: Uint8Array): ImageType | undefined {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (b.length >= 8 && png.every((v, i) => b[i] === v)) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

/** The longest side of the web size and of the thumbnail (never larger than the picture itself). */
export const WEB_SIDE = 1200;
export const THUMB_SIDE = 320;

export interface ImageLimits {
  /** Longest side of the stored picture; larger ones are scaled down. */
  maxSide: number;
  /** Pixels (width × height) a file may declare before it is decoded at all. */
  maxPixels: number;
}

export interface ProcessedImage {
  type: ImageType;
  width: number;
  height: number;
  /** The picture in its own format, upright, bounded, without metadata. */
  original: Buffer;
  web: Buffer;
  thumb: Buffer;
}

/** Why an upload that looked like an image was refused. */
export class ImageRejected extends Error {
  constructor(readonly reason: 'unsupported' | 'unreadable' | 'too_many_pixels') {
    super(reason);
  }
}

const SHARP_FORMATS: Record<ImageType, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/**
 * Decodes `bytes` and makes the three stored versions. Throws `ImageRejected`
 * for anything but a whole JPEG, PNG or WebP image within `limits.maxPixels`.
 */
export async function processImage(bytes: Buffer, limits: ImageLimits): Promise<ProcessedImage> {
  const type = detectImageType(bytes);
  if (!type) throw new ImageRejected('unsupported');
  // failOn 'error': a truncated or corrupt file is refused rather than stored half grey.
  const input = () => sharp(bytes, { failOn: 'error', limitInputPixels: limits.maxPixels, pages: 1 });
  let meta: Metadata;
  try {
    // The header only: the dimensions are checked before any pixel is decoded.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageRejected('unreadable');
  }
  if (meta.format !== SHARP_FORMATS[type]) throw new ImageRejected('unsupported');
  if (!meta.width || !meta.height) throw new ImageRejected('unreadable');
  if (meta.width * meta.height > limits.maxPixels) throw new ImageRejected('too_many_pixels');
  try {
    // rotate() applies the EXIF orientation; sharp writes no metadata unless asked (none is).
    const upright = await input()
      .rotate()
      .resize({ width: limits.maxSide, height: limits.maxSide, fit: 'inside', withoutEnlargement: true })
      .toBuffer({ resolveWithObject: true });
    const base = () => sharp(upright.data);
    const encoded =
      type === 'image/jpeg'
        ? base().jpeg({ quality: 85, mozjpeg: true })
        : type === 'image/png'
          ? base().png({ compressionLevel: 9 })
          : base().webp({ quality: 82 });
    const [original, { web, thumb }] = await Promise.all([encoded.toBuffer(), webSizes(upright.data)]);
    return { type, width: upright.info.width, height: upright.info.height, original, web, thumb };
  } catch {
    throw new ImageRejected('unreadable');
  }
}

/** The WebP web size and thumbnail of an upright picture (never larger than it). */
async function webSizes(upright: Buffer): Promise<{ web: Buffer; thumb: Buffer }> {
  const sized = (side: number) =>
    sharp(upright)
      .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
  const [web, thumb] = await Promise.all([sized(WEB_SIDE), sized(THUMB_SIDE)]);
  return { web, thumb };
}

export interface RebuiltSizes {
  width: number;
  height: number;
  web: Buffer;
  thumb: Buffer;
}

/**
 * The web size and thumbnail of a picture already stored (one uploaded before
 * they were made on upload): decoded whole, turned upright, measured. Throws
 * `ImageRejected('unreadable')` when the stored file does not decode.
 */
export async function rebuildSizes(stored: Buffer, maxPixels: number): Promise<RebuiltSizes> {
  try {
    const upright = await sharp(stored, { failOn: 'error', limitInputPixels: maxPixels, pages: 1 })
      .rotate()
      .toBuffer({ resolveWithObject: true });
    return { width: upright.info.width, height: upright.info.height, ...(await webSizes(upright.data)) };
  } catch {
    throw new ImageRejected('unreadable');
  }
}

/** Writes a rebuilt web size and thumbnail under `mediaRoot` with a new random name; their paths relative to it. */
export async function storeSizes(
  mediaRoot: string,
  sizes: { web: Buffer; thumb: Buffer },
): Promise<{ webPath: string; thumbPath: string }> {
  const name = `products/${randomBytes(16).toString('hex')}`;
  const stored = { webPath: `${name}.web.webp`, thumbPath: `${name}.thumb.webp` };
  await mkdir(path.join(mediaRoot, 'products'), { recursive: true });
  try {
    await writeFile(path.join(mediaRoot, stored.webPath), sizes.web, { flag: 'wx' });
    await writeFile(path.join(mediaRoot, stored.thumbPath), sizes.thumb, { flag: 'wx' });
  } catch (err) {
    await removeImages(mediaRoot, [stored.webPath, stored.thumbPath]).catch(() => undefined);
    throw err;
  }
  return stored;
}

/** Reads a stored file (a path under MEDIA_ROOT); undefined when it is gone or the path leaves MEDIA_ROOT. */
export async function readStored(mediaRoot: string, relativePath: string): Promise<Buffer | undefined> {
  const root = path.resolve(mediaRoot);
  const target = path.resolve(root, relativePath);
  if (!target.startsWith(`${root}${path.sep}`)) return undefined;
  try {
    return await readFile(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

export interface StoredImage {
  path: string;
  webPath: string;
  thumbPath: string;
}

/** Errors of a file system that cannot take a file (not a fault of the request, nor a bug). */
const STORAGE_ERRORS = new Set([
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOSPC',
  'EDQUOT',
  'EIO',
  'ENOTDIR',
  'EEXIST',
  'ENOENT',
]);

/** Whether `err` says MEDIA_ROOT cannot take files now: unwritable, full, gone or not a directory. */
export function isMediaStorageError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STORAGE_ERRORS.has(code);
}

/**
 * Writes the three versions under `mediaRoot` with one random name; returns their
 * paths relative to it. A file system that cannot take them is 503
 * `MEDIA_STORAGE_UNAVAILABLE` (logged with its cause), never a crash or a 500.
 */
export async function storeImage(mediaRoot: string, image: ProcessedImage): Promise<StoredImage> {
  try {
    return await writeImage(mediaRoot, image);
  } catch (err) {
    if (!isMediaStorageError(err)) throw err;
    throw Object.assign(CatalogErrors.mediaStorageUnavailable(), { cause: err });
  }
}

async function writeImage(mediaRoot: string, image: ProcessedImage): Promise<StoredImage> {
  const name = `products/${randomBytes(16).toString('hex')}`;
  const stored = {
    path: `${name}.${EXTENSIONS[image.type]}`,
    webPath: `${name}.web.webp`,
    thumbPath: `${name}.thumb.webp`,
  };
  await mkdir(path.join(mediaRoot, 'products'), { recursive: true });
  try {
    await writeFile(path.join(mediaRoot, stored.path), image.original, { flag: 'wx' });
    await writeFile(path.join(mediaRoot, stored.webPath), image.web, { flag: 'wx' });
    await writeFile(path.join(mediaRoot, stored.thumbPath), image.thumb, { flag: 'wx' });
  } catch (err) {
    await removeImages(mediaRoot, [stored.path, stored.webPath, stored.thumbPath]).catch(() => undefined);
    throw err;
  }
  return stored;
}

/** Every file of an image row: the picture and, when it has them, its web size and thumbnail. */
export function filesOf(row: { path: string; web_path: string | null; thumb_path: string | null }): string[] {
  return [row.path, row.web_path, row.thumb_path].filter((p): p is string => p !== null);
}

/** Removes stored files; a file already gone is not an error. */
export async function removeImages(mediaRoot: string, relativePaths: readonly string[]): Promise<void> {
  const root = path.resolve(mediaRoot);
  await Promise.all(
    relativePaths.map(async (p) => {
      const target = path.resolve(root, p);
      // Only ever inside MEDIA_ROOT, whatever a row says.
      if (!target.startsWith(`${root}${path.sep}`)) return;
      await rm(target, { force: true });
    }),
  );
}

/** The public URL of a stored file (a path under MEDIA_ROOT); null for none. */
export function mediaUrl(relativePath: string): string;
export function mediaUrl(relativePath: string | null): string | null;
export function mediaUrl(relativePath: string | null): string | null {
  return relativePath ? `/media/${relativePath}` : null;
}
