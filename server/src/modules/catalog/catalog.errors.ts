/** The catalogue's business errors: a stable code, a status and a sentence. */
import { AppError } from '../../platform/errors.js';

export const CatalogErrors = {
  categoryNotFound: () => AppError.notFound('No such category.', 'CATEGORY_NOT_FOUND'),
  productNotFound: () => AppError.notFound('No such product.', 'PRODUCT_NOT_FOUND'),
  imageNotFound: () => AppError.notFound('No such image of this product.', 'IMAGE_NOT_FOUND'),
  slugTaken: () =>
    AppError.badRequest(
      'A category with this slug already exists.',
      { slug: ['A category with this slug already exists.'] },
      'SLUG_TAKEN',
    ),
  unknownParent: () =>
    AppError.badRequest(
      'The parent category does not exist.',
      { parent: ['No such category.'] },
      'INVALID_PARENT',
    ),
  categoryCycle: () =>
    AppError.badRequest(
      'A category cannot sit under itself or one of its descendants.',
      { parent: ['A category cannot sit under itself or one of its descendants.'] },
      'CATEGORY_CYCLE',
    ),
  categoryHasChildren: () =>
    AppError.conflict('This category has subcategories: move or delete them first.', 'CATEGORY_HAS_CHILDREN'),
  categoryHasProducts: () =>
    AppError.conflict('This category has products: move or delete them first.', 'CATEGORY_HAS_PRODUCTS'),
  unknownCategory: () =>
    AppError.badRequest(
      'The category does not exist.',
      { category: ['No such category.'] },
      'INVALID_CATEGORY',
    ),
  skuTaken: (field: string, sku: string) =>
    AppError.badRequest(
      `SKU ${sku} is already used by another size.`,
      { [field]: ['This SKU is already used.'] },
      'SKU_TAKEN',
    ),
  unknownVariant: (field: string) =>
    AppError.badRequest(
      'A variant id does not belong to this product.',
      { [field]: ['No such variant of this product.'] },
      'INVALID_VARIANT',
    ),
  unknownSize: (field: string) =>
    AppError.badRequest(
      'A size id does not belong to this variant.',
      { [field]: ['No such size of this variant.'] },
      'INVALID_SIZE',
    ),
  duplicateVariant: (field: string) =>
    AppError.badRequest(
      'A variant id is given more than once.',
      { [field]: ['This variant is already given above.'] },
      'DUPLICATE_VARIANT',
    ),
  duplicateSize: (field: string) =>
    AppError.badRequest(
      'A size id is given more than once.',
      { [field]: ['This size is already given above.'] },
      'DUPLICATE_SIZE',
    ),
  invalidImage: () =>
    AppError.badRequest(
      'The file is not a JPEG, PNG or WebP image.',
      { file: ['Upload a JPEG, PNG or WebP image.'] },
      'UNSUPPORTED_IMAGE_TYPE',
    ),
  fileRequired: () =>
    AppError.badRequest(
      'Send the image as the multipart field "file".',
      { file: ['This field is required.'] },
      'FILE_REQUIRED',
    ),
  fileTooLarge: (limit: number) =>
    new AppError({
      code: 'FILE_TOO_LARGE',
      status: 413,
      detail: `The image is larger than the limit of ${limit} bytes.`,
    }),
};
