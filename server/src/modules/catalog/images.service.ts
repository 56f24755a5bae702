/**
 * Product images: the file is decoded and re-encoded (catalog.media.ts) and
 * stored under a random name before its row is written; a file is removed only
 * once the row that pointed at it is gone for good. A product's images have an
 * order (`position`) and one main picture, the first uploaded until another is chosen.
 */
import { isForeignKeyViolation } from '../../db/dialect.js';
import type { AuthUser } from '../../platform/auth.js';
import { isUuid, newId, nowIso } from '../../platform/ids.js';
import { type Executor, type Trx, transaction } from '../../platform/transaction.js';
import { CatalogErrors } from './catalog.errors.js';
import {
  filesOf,
  type ImageLimits,
  ImageRejected,
  type ProcessedImage,
  processImage,
  type RebuiltSizes,
  readStored,
  rebuildSizes,
  removeImages,
  storeImage,
  storeSizes,
} from './catalog.media.js';
import * as repo from './catalog.repository.js';
import type { ImageOrderBody, ImagePatchBody, ProductImageDto } from './catalog.schemas.js';
import { imageDto, type ProductService } from './products.service.js';

export interface ImageServiceDeps {
  db: Executor;
  mediaRoot: string;
  limits: ImageLimits;
  products: ProductService;
  productChanged(trx: Trx, productId: string): Promise<void>;
}

export class ImageService {
  constructor(private readonly deps: ImageServiceDeps) {}

  async addImage(
    user: AuthUser,
    productId: string,
    file: { bytes: Buffer; variant?: string | undefined; altText?: string | undefined },
  ): Promise<ProductImageDto> {
    const { db, mediaRoot } = this.deps;
    const product = await this.deps.products.owned(db, user, productId);
    if (file.variant) await this.#checkVariant(db, product.id, file.variant);
    const image = await this.#decode(file.bytes);
    const stored = await storeImage(mediaRoot, image);
    const id = newId();
    try {
      await transaction(db, async (trx) => {
        await repo.lockProductImages(trx, product.id);
        await this.deps.products.owned(trx, user, productId);
        // The colour may have been removed while the picture was decoded.
        if (file.variant) await this.#checkVariant(trx, product.id, file.variant);
        const position = (await repo.maxImagePosition(trx, product.id)) + 1;
        await repo.insertImage(trx, {
          id,
          product_id: product.id,
          variant_id: file.variant ?? null,
          path: stored.path,
          web_path: stored.webPath,
          thumb_path: stored.thumbPath,
          content_type: image.type,
          size_bytes: image.original.length,
          width: image.width,
          height: image.height,
          alt_text: (file.altText ?? '').slice(0, 300),
          position,
          is_main: false,
          created_at: nowIso(),
        });
        await repo.ensureMainImage(trx, product.id);
        await this.deps.productChanged(trx, product.id);
      });
    } catch (err) {
      await removeImages(mediaRoot, [stored.path, stored.webPath, stored.thumbPath]).catch(() => undefined);
      // Removed by another transaction between the check and the insert (PostgreSQL).
      if (file.variant && isForeignKeyViolation(err)) throw CatalogErrors.unknownVariant('variant');
      throw err;
    }
    return this.#dto(db, product.id, id);
  }

  /** Changes an image's alt text or variant, or makes it the main picture. */
  async updateImage(
    user: AuthUser,
    productId: string,
    imageId: string,
    body: ImagePatchBody,
  ): Promise<ProductImageDto> {
    await transaction(this.deps.db, async (trx) => {
      if (isUuid(productId)) await repo.lockProductImages(trx, productId);
      const image = await this.#find(trx, user, productId, imageId);
      if (body.variant) await this.#checkVariant(trx, productId, body.variant);
      await repo.updateImage(trx, image.id, {
        ...(body.alt_text !== undefined ? { alt_text: body.alt_text } : {}),
        ...(body.variant !== undefined ? { variant_id: body.variant } : {}),
      });
      if (body.is_main) await repo.setMainImage(trx, productId, image.id);
      await this.deps.productChanged(trx, productId);
    });
    return this.#dto(this.deps.db, productId, imageId);
  }

  /** Puts the product's images in the given order: every id exactly once, or 400 and nothing changes. */
  async orderImages(user: AuthUser, productId: string, body: ImageOrderBody): Promise<ProductImageDto[]> {
    await transaction(this.deps.db, async (trx) => {
      if (isUuid(productId)) await repo.lockProductImages(trx, productId);
      await this.deps.products.owned(trx, user, productId);
      const current = await repo.imagesOf(trx, productId);
      const wanted = new Set(body.images);
      if (
        wanted.size !== body.images.length ||
        wanted.size !== current.length ||
        current.some((i) => !wanted.has(i.id))
      ) {
        throw CatalogErrors.invalidImageOrder();
      }
      for (const [position, id] of body.images.entries()) await repo.updateImage(trx, id, { position });
      await this.deps.productChanged(trx, productId);
    });
    return (await repo.imagesOf(this.deps.db, productId)).map(imageDto);
  }

  async deleteImage(user: AuthUser, productId: string, imageId: string): Promise<void> {
    const paths = await transaction(this.deps.db, async (trx) => {
      if (isUuid(productId)) await repo.lockProductImages(trx, productId);
      const image = await this.#find(trx, user, productId, imageId);
      await repo.deleteImage(trx, image.id);
      await repo.ensureMainImage(trx, productId);
      await this.deps.productChanged(trx, productId);
      return filesOf(image);
    });
    await removeImages(this.deps.mediaRoot, paths).catch(() => undefined);
  }

  /**
   * Makes the missing web sizes and thumbnails of pictures stored before they
   * were made on upload, from the stored pictures, `batch` at a time. A repeat
   * finds nothing left to do; two runs at once write each picture once (the
   * loser's files are removed). A picture whose file is gone or does not decode
   * keeps falling back to itself and is counted, not fatal.
   */
  async rebuildSizes(
    batch: number,
    onProgress: (done: number) => void = () => {},
  ): Promise<{ rebuilt: number; missing: number; unreadable: number }> {
    const { db, mediaRoot, limits } = this.deps;
    const outcome = { rebuilt: 0, missing: 0, unreadable: 0 };
    let after: string | undefined;
    for (;;) {
      const rows = await repo.imagesMissingSizes(db, after, batch);
      if (rows.length === 0) return outcome;
      for (const row of rows) {
        after = row.id;
        const stored = await readStored(mediaRoot, row.path);
        if (!stored) outcome.missing += 1;
        else {
          const sizes = await rebuildSizes(stored, limits.maxPixels).catch((err: unknown) => {
            if (err instanceof ImageRejected) return undefined;
            throw err;
          });
          if (!sizes) outcome.unreadable += 1;
          else if (await this.#saveSizes(row, sizes)) outcome.rebuilt += 1;
        }
        onProgress(outcome.rebuilt + outcome.missing + outcome.unreadable);
      }
    }
  }

  async #saveSizes(
    row: { id: string; product_id: string; web_path: string | null; thumb_path: string | null },
    sizes: RebuiltSizes,
  ): Promise<boolean> {
    const { db, mediaRoot } = this.deps;
    const files = await storeSizes(mediaRoot, sizes);
    let won = false;
    try {
      won = await transaction(db, async (trx) => {
        const written = await repo.setImageSizes(trx, row, {
          web_path: files.webPath,
          thumb_path: files.thumbPath,
          width: sizes.width,
          height: sizes.height,
        });
        if (written) await this.deps.productChanged(trx, row.product_id);
        return written;
      });
    } finally {
      // Lost to another run or a delete (or failed): its files are nobody's. Won: a lone old size is replaced.
      const unused = won ? [row.web_path, row.thumb_path] : [files.webPath, files.thumbPath];
      await removeImages(
        mediaRoot,
        unused.filter((p): p is string => p !== null),
      ).catch(() => undefined);
    }
    return won;
  }

  /** How many pictures lack a web size or a thumbnail. */
  countMissingSizes(): Promise<number> {
    return repo.countImagesMissingSizes(this.deps.db);
  }

  async #decode(bytes: Buffer): Promise<ProcessedImage> {
    const { limits } = this.deps;
    try {
      return await processImage(bytes, limits);
    } catch (err) {
      if (!(err instanceof ImageRejected)) throw err;
      if (err.reason === 'unsupported') throw CatalogErrors.invalidImage();
      if (err.reason === 'too_many_pixels') throw CatalogErrors.imageTooManyPixels(limits.maxPixels);
      throw CatalogErrors.unreadableImage();
    }
  }

  async #checkVariant(executor: Executor, productId: string, variantId: string): Promise<void> {
    const variants = await repo.variantsOf(executor, productId);
    if (!variants.some((v) => v.id === variantId)) throw CatalogErrors.unknownVariant('variant');
  }

  /** 404 unless this user may manage the product and it has this image: checked before the body is read. */
  async assertManagesImage(user: AuthUser, productId: string, imageId: string): Promise<void> {
    if (isUuid(productId)) await this.#find(this.deps.db, user, productId, imageId);
  }

  async #find(executor: Executor, user: AuthUser, productId: string, imageId: string) {
    await this.deps.products.owned(executor, user, productId);
    const image = isUuid(imageId)
      ? (await repo.imagesOf(executor, productId)).find((i) => i.id === imageId)
      : undefined;
    if (!image) throw CatalogErrors.imageNotFound();
    return image;
  }

  async #dto(executor: Executor, productId: string, imageId: string): Promise<ProductImageDto> {
    const row = (await repo.imagesOf(executor, productId)).find((i) => i.id === imageId);
    if (!row) throw CatalogErrors.imageNotFound();
    return imageDto(row);
  }
}
