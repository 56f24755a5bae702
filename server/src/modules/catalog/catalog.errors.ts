/** The catalogue's business errors: a stable code, a status and a sentence. */
import { defineErrors } from '../../platform/error-codes.js';

export const CatalogErrors = defineErrors({
  mediaStorageUnavailable: {
    code: 'MEDIA_STORAGE_UNAVAILABLE',
    status: 503,
    detail: 'Pictures cannot be stored right now. Try again later.',
    headers: { 'retry-after': '30' },
  },
  categoryNotFound: { code: 'CATEGORY_NOT_FOUND', status: 404, detail: 'No such category.' },
  productNotFound: { code: 'PRODUCT_NOT_FOUND', status: 404, detail: 'No such product.' },
  imageNotFound: { code: 'IMAGE_NOT_FOUND', status: 404, detail: 'No such image of this product.' },
  slugTaken: {
    code: 'SLUG_TAKEN',
    status: 400,
    detail: 'A category with this slug already exists.',
    errors: { slug: ['A category with this slug already exists.'] },
  },
  unknownParent: {
    code: 'INVALID_PARENT',
    status: 400,
    detail: 'The parent category does not exist.',
    errors: { parent: ['No such category.'] },
  },
  categoryCycle: {
    code: 'CATEGORY_CYCLE',
    status: 400,
    detail: 'A category cannot sit under itself or one of its descendants.',
    errors: { parent: ['A category cannot sit under itself or one of its descendants.'] },
  },
  categoryHasChildren: {
    code: 'CATEGORY_HAS_CHILDREN',
    status: 409,
    detail: 'This category has subcategories: move or delete them first.',
  },
  categoryHasProducts: {
    code: 'CATEGORY_HAS_PRODUCTS',
    status: 409,
    detail: 'This category has products: move or delete them first.',
  },
  unknownCategory: {
    code: 'INVALID_CATEGORY',
    status: 400,
    detail: 'The category does not exist.',
    errors: { category: ['No such category.'] },
  },
  skuTaken: {
    code: 'SKU_TAKEN',
    status: 400,
    detail: (_field: string, sku: string) => `SKU ${sku} is already used by another size.`,
    errors: (field: string) => ({ [field]: ['This SKU is already used.'] }),
  },
  /** A SKU taken by a concurrent write (the unique index refused it). */
  skuTakenMeanwhile: {
    code: 'SKU_TAKEN',
    status: 400,
    detail: 'A SKU is already used by another size.',
    errors: { variants: ['A SKU is already used by another size.'] },
  },
  unknownVariant: {
    code: 'INVALID_VARIANT',
    status: 400,
    detail: (_field: string) => 'A variant id does not belong to this product.',
    errors: (field: string) => ({ [field]: ['No such variant of this product.'] }),
  },
  unknownSize: {
    code: 'INVALID_SIZE',
    status: 400,
    detail: (_field: string) => 'A size id does not belong to this variant.',
    errors: (field: string) => ({ [field]: ['No such size of this variant.'] }),
  },
  duplicateVariant: {
    code: 'DUPLICATE_VARIANT',
    status: 400,
    detail: (_field: string) => 'A variant id is given more than once.',
    errors: (field: string) => ({ [field]: ['This variant is already given above.'] }),
  },
  duplicateSize: {
    code: 'DUPLICATE_SIZE',
    status: 400,
    detail: (_field: string) => 'A size id is given more than once.',
    errors: (field: string) => ({ [field]: ['This size is already given above.'] }),
  },
  invalidImage: {
    code: 'UNSUPPORTED_IMAGE_TYPE',
    status: 400,
    detail: 'The file is not a JPEG, PNG or WebP image.',
    errors: { file: ['Upload a JPEG, PNG or WebP image.'] },
  },
  unreadableImage: {
    code: 'INVALID_IMAGE',
    status: 400,
    detail: 'The file could not be read as an image: it is damaged or incomplete.',
    errors: { file: ['The file is damaged or incomplete: upload the picture again.'] },
  },
  imageTooManyPixels: {
    code: 'IMAGE_DIMENSIONS_TOO_LARGE',
    status: 400,
    detail: (maxPixels: number) => `The image has more than ${maxPixels} pixels.`,
    errors: (maxPixels: number) => ({
      file: [`The picture is too large: at most ${maxPixels} pixels (width × height).`],
    }),
  },
  invalidImageOrder: {
    code: 'INVALID_IMAGE_ORDER',
    status: 400,
    detail: "The order must list each of the product's images exactly once.",
    errors: { images: ["List each of the product's images exactly once."] },
  },
  fileRequired: {
    code: 'FILE_REQUIRED',
    status: 400,
    detail: 'Send the image as the multipart field "file".',
    errors: { file: ['This field is required.'] },
  },
  fileTooLarge: {
    code: 'FILE_TOO_LARGE',
    status: 413,
    detail: (limit: number) => `The image is larger than the limit of ${limit} bytes.`,
  },
  stockChanged: { code: 'STOCK_CHANGED', status: 409, detail: 'The stock changed while saving; try again.' },
  malformedMultipart: {
    code: 'MALFORMED_MULTIPART',
    status: 400,
    detail: 'The multipart body could not be read.',
  },
  importInvalid: {
    code: 'IMPORT_INVALID',
    status: 400,
    detail: (count: number, _errors: Record<string, string[]>) =>
      `The file has ${count === 1 ? 'a problem' : `${count} problems`}; nothing was imported. A dry run (\`?dry_run=true\`) lists them.`,
    errors: (_count: number, errors: Record<string, string[]>) => errors,
  },
  importConflict: {
    code: 'IMPORT_CONFLICT',
    status: 409,
    detail:
      'Another change to the catalogue met this import (a SKU or product taken meanwhile); nothing was imported. Run it again.',
  },
  importUnreadable: {
    code: 'IMPORT_UNREADABLE',
    status: 400,
    detail: (why: string) => why,
    errors: (why: string) => ({ file: [why] }),
  },
  importMediaType: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
    detail: 'Send the CSV file as multipart/form-data (field "file") or as a text/csv body.',
  },
  importTooLarge: {
    code: 'IMPORT_TOO_LARGE',
    status: 413,
    detail: (limit: number) => `The file is larger than the limit of ${limit} bytes.`,
  },
  multipartRequired: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
    detail: 'Send the image as multipart/form-data.',
  },
});
