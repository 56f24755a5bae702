/**
 * Product images on disk: the type is read from the file's first bytes (never
 * from its name or the client's Content-Type), the file gets a random name under
 * `MEDIA_ROOT/products/`, and files are removed only after the database change
 * that forgot them has committed.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ProductImagesTable } from '../../db/schema.js';

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

/** Writes the bytes under `mediaRoot` with a random name; returns the path relative to it. */
export async function storeImage(mediaRoot: string, bytes: Uint8Array, type: ImageType): Promise<string> {
  const relative = `products/${randomBytes(16).toString('hex')}.${EXTENSIONS[type]}`;
  const target = path.join(mediaRoot, relative);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, bytes, { flag: 'wx' });
  return relative;
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
