/**
 * Product images: the file is checked by its bytes and stored under a random
 * name before its row is written; a file is removed only once the row that
 * pointed at it is gone for good.
 */
import type { AuthUser } from '../../platform/auth.js';
import { isUuid, newId, nowIso } from '../../platform/ids.js';
import { type Executor, type Trx, transaction } from '../../platform/transaction.js';
import { CatalogErrors } from './catalog.errors.js';
import { detectImageType, type ImageType, removeImages, storeImage } from './catalog.media.js';
import * as repo from './catalog.repository.js';
import type { ProductImageDto } from './catalog.schemas.js';
import { imageDto, type ProductService } from './products.service.js';

export interface ImageServiceDeps {
  db: Executor;
  mediaRoot: string;
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
    const type: ImageType | undefined = detectImageType(file.bytes);
    if (!type) throw CatalogErrors.invalidImage();
    let variantId: string | null = null;
    if (file.variant) {
      const variants = await repo.variantsOf(db, product.id);
      if (!variants.some((v) => v.id === file.variant)) throw CatalogErrors.unknownVariant('variant');
      variantId = file.variant;
    }
    const relative = await storeImage(mediaRoot, file.bytes, type);
    const id = newId();
    try {
      await transaction(db, async (trx) => {
        await this.deps.products.owned(trx, user, productId);
        const position = (await repo.maxImagePosition(trx, product.id)) + 1;
        await repo.insertImage(trx, {
          id,
          product_id: product.id,
          variant_id: variantId,
          path: relative,
          content_type: type,
          size_bytes: file.bytes.length,
          alt_text: (file.altText ?? '').slice(0, 300),
          position,
          created_at: nowIso(),
        });
        await this.deps.productChanged(trx, product.id);
      });
    } catch (err) {
      await removeImages(mediaRoot, [relative]).catch(() => undefined);
      throw err;
    }
    const row = (await repo.imagesOf(db, product.id)).find((i) => i.id === id);
    if (!row) throw CatalogErrors.productNotFound();
    return imageDto(row);
  }

  async deleteImage(user: AuthUser, productId: string, imageId: string): Promise<void> {
    const path = await transaction(this.deps.db, async (trx) => {
      await this.deps.products.owned(trx, user, productId);
      const image = isUuid(imageId)
        ? (await repo.imagesOf(trx, productId)).find((i) => i.id === imageId)
        : undefined;
      if (!image) throw CatalogErrors.imageNotFound();
      await repo.deleteImage(trx, image.id);
      await this.deps.productChanged(trx, productId);
      return image.path;
    });
    await removeImages(this.deps.mediaRoot, [path]).catch(() => undefined);
  }
}
