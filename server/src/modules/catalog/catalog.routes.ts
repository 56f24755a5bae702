/**
 * The catalogue over HTTP: the public category list and products,
 * managers' category admin, and vendors' products with images. Handlers
 * validate, call the service and return its DTO.
 */
import multipart from '@fastify/multipart';
import { errorCodes, type FastifyReply, type FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { currentUser, requireManager, requireVendor } from '../../platform/auth.js';
import { type App, routeParam, sendKept } from '../../platform/http.js';
import type { Kept } from '../../platform/kept.js';
import { type PageQuery, Paginated, pageRequest } from '../../platform/pagination.js';
import { CatalogErrors } from './catalog.errors.js';
import {
  CreateCategoryBody,
  IdParams,
  ImageOrderBody,
  ImageParams,
  ImagePatchBody,
  ImageUploadBody,
  ImageUploadFields,
  ListCategoriesQuery,
  ListProductsQuery,
  ListPublicCategoriesQuery,
  ListVendorProductsQuery,
  PatchProductBody,
  ProductBody,
  SHARED_SCHEMAS,
  SlugParams,
  UpdateCategoryBody,
} from './catalog.schemas.js';
import type { CatalogService } from './catalog.service.js';

export interface CatalogRoutesDeps {
  catalog: CatalogService;
  cache: Kept<Buffer>;
  maxUploadBytes: number;
}

export async function catalogRoutes(app: App, deps: CatalogRoutesDeps): Promise<void> {
  const { catalog, cache } = deps;
  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
  const page = (request: { query: PageQuery; url: string }) =>
    pageRequest(request.query, request.url, app.ctx.config.PUBLIC_URL);

  /**
   * Public answers are the same for everybody: served from the response cache
   * when it has them, and computed once for all the requests that miss together.
   */
  const cached = (request: FastifyRequest, reply: FastifyReply, compute: () => Promise<unknown>) =>
    sendKept(cache, request.url, reply, compute);

  // ---- public ----------------------------------------------------------------

  app.get(
    '/api/categories/',
    {
      config: { errors: [] },
      schema: {
        operationId: 'catalog.listCategories',
        summary: 'Categories in menu order, paginated',
        description:
          'Depth-first, each level by name; `parent` and `depth` rebuild the tree. Menus take the whole tree at once from `GET /api/categories/tree/`.',
        tags: ['catalog'],
        querystring: ListPublicCategoriesQuery,
        response: { 200: Paginated(Type.Ref('PublicCategory'), 'PublicCategoryPage') },
      },
    },
    (request, reply) => cached(request, reply, () => catalog.publicCategories(page(request))),
  );

  app.get(
    '/api/categories/tree/',
    {
      config: { errors: [] },
      schema: {
        operationId: 'catalog.categoryTree',
        summary: 'The whole category tree, for menus',
        description: 'The top-level categories, each with its `children`, every level by name.',
        tags: ['catalog'],
        response: { 200: Type.Array(Type.Ref('CategoryNode')) },
      },
    },
    (request, reply) => cached(request, reply, () => catalog.categoryTree()),
  );

  app.get(
    '/api/products/',
    {
      config: { errors: [] },
      schema: {
        operationId: 'catalog.listProducts',
        summary: 'Active products, filtered, ordered and paginated',
        description:
          "`category` includes its subcategories; `search` matches every word in the name or description, in any case; `min_price`, `max_price` and `ordering=price` use each product's `from_price` (the lowest price of a size in stock).",
        tags: ['catalog'],
        querystring: ListProductsQuery,
        response: { 200: Paginated(Type.Ref('ProductListItem'), 'ProductPage') },
      },
    },
    (request, reply) => cached(request, reply, () => catalog.listProducts(request.query, page(request))),
  );

  app.get(
    '/api/products/:slug/',
    {
      config: { errors: [CatalogErrors.productNotFound] },
      schema: {
        operationId: 'catalog.getProduct',
        summary: 'One active product with its variants, sizes, stock and images',
        tags: ['catalog'],
        params: SlugParams,
        response: { 200: Type.Ref('ProductDetail') },
      },
    },
    (request, reply) => cached(request, reply, () => catalog.productBySlug(request.params.slug)),
  );

  // ---- category admin ----------------------------------------------------------

  const adminTags = ['catalog admin'];
  app.get(
    '/api/admin/categories/',
    {
      preHandler: requireManager,
      config: { errors: [] },
      schema: {
        operationId: 'catalog.admin.listCategories',
        summary: 'Categories, by name',
        tags: adminTags,
        querystring: ListCategoriesQuery,
        response: { 200: Paginated(Type.Ref('Category'), 'CategoryPage') },
      },
    },
    async (request) => catalog.listCategories(request.query, page(request)),
  );

  app.post(
    '/api/admin/categories/',
    {
      preHandler: requireManager,
      config: {
        errors: [
          CatalogErrors.slugTaken,
          CatalogErrors.unknownParent,
          CatalogErrors.categoryCycle,
          CatalogErrors.categoryHasProducts,
        ],
      },
      schema: {
        operationId: 'catalog.admin.createCategory',
        summary: 'Create a category (slug from the name when omitted)',
        tags: adminTags,
        body: CreateCategoryBody,
        response: { 201: Type.Ref('Category') },
      },
    },
    async (request, reply) => reply.code(201).send(await catalog.createCategory(request.body)),
  );

  app.get(
    '/api/admin/categories/:id/',
    {
      preHandler: requireManager,
      config: { errors: [CatalogErrors.categoryNotFound] },
      schema: {
        operationId: 'catalog.admin.getCategory',
        summary: 'One category',
        tags: adminTags,
        params: IdParams,
        response: { 200: Type.Ref('Category') },
      },
    },
    async (request) => catalog.getCategory(request.params.id),
  );

  app.patch(
    '/api/admin/categories/:id/',
    {
      // The category must exist before the body is read or validated (401, 403, 404, then 400).
      onRequest: [
        requireManager,
        async (request) => {
          await catalog.getCategory(routeParam(request, 'id'));
        },
      ],
      config: {
        errors: [
          CatalogErrors.categoryNotFound,
          CatalogErrors.slugTaken,
          CatalogErrors.unknownParent,
          CatalogErrors.categoryCycle,
          CatalogErrors.categoryHasProducts,
        ],
      },
      schema: {
        operationId: 'catalog.admin.updateCategory',
        summary: 'Rename, re-slug or move a category (never under itself)',
        tags: adminTags,
        params: IdParams,
        body: UpdateCategoryBody,
        response: { 200: Type.Ref('Category') },
      },
    },
    async (request) => catalog.updateCategory(request.params.id, request.body),
  );

  app.delete(
    '/api/admin/categories/:id/',
    {
      preHandler: requireManager,
      config: {
        errors: [
          CatalogErrors.categoryNotFound,
          CatalogErrors.categoryHasChildren,
          CatalogErrors.categoryHasProducts,
        ],
      },
      schema: {
        operationId: 'catalog.admin.deleteCategory',
        summary: 'Delete a category without products or subcategories',
        tags: adminTags,
        params: IdParams,
        response: { 204: Type.Null({ description: 'Deleted.' }) },
      },
    },
    async (request, reply) => {
      await catalog.deleteCategory(request.params.id);
      return reply.code(204).send(null);
    },
  );

  // ---- vendors' products ----------------------------------------------------------

  const vendorTags = ['vendor products'];
  /** After the guard, before the body is read: another vendor's product is 404 whatever the body. */
  const managed = async (request: FastifyRequest) =>
    catalog.assertManages(currentUser(request), routeParam(request, 'id'));
  const productWriteErrors = [
    CatalogErrors.productNotFound,
    CatalogErrors.unknownCategory,
    CatalogErrors.unknownVariant,
    CatalogErrors.unknownSize,
    CatalogErrors.duplicateVariant,
    CatalogErrors.duplicateSize,
    CatalogErrors.skuTaken,
    CatalogErrors.stockChanged,
  ];
  app.get(
    '/api/vendor/products/',
    {
      preHandler: requireVendor,
      config: { errors: [] },
      schema: {
        operationId: 'catalog.vendor.listProducts',
        summary: 'My products (every product for managers and admins), newest first',
        tags: vendorTags,
        querystring: ListVendorProductsQuery,
        response: { 200: Paginated(Type.Ref('ProductListItem'), 'VendorProductPage') },
      },
    },
    async (request) => catalog.listVendorProducts(currentUser(request), request.query, page(request)),
  );

  app.post(
    '/api/vendor/products/',
    {
      preHandler: requireVendor,
      config: {
        errors: [
          CatalogErrors.unknownCategory,
          CatalogErrors.unknownVariant,
          CatalogErrors.unknownSize,
          CatalogErrors.duplicateVariant,
          CatalogErrors.duplicateSize,
          CatalogErrors.skuTaken,
          CatalogErrors.stockChanged,
        ],
      },
      schema: {
        operationId: 'catalog.vendor.createProduct',
        summary: 'Create a product with its variants and sizes (initial stock is recorded in the ledger)',
        tags: vendorTags,
        body: ProductBody,
        response: { 201: Type.Ref('ProductDetail') },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await catalog.createProduct(currentUser(request), request.body)),
  );

  app.get(
    '/api/vendor/products/:id/',
    {
      preHandler: requireVendor,
      config: { errors: [CatalogErrors.productNotFound] },
      schema: {
        operationId: 'catalog.vendor.getProduct',
        summary: 'One of my products (active or not)',
        tags: vendorTags,
        params: IdParams,
        response: { 200: Type.Ref('ProductDetail') },
      },
    },
    async (request) => catalog.getVendorProduct(currentUser(request), request.params.id),
  );

  app.put(
    '/api/vendor/products/:id/',
    {
      onRequest: [requireVendor, managed],
      config: { errors: [...productWriteErrors] },
      schema: {
        operationId: 'catalog.vendor.replaceProduct',
        summary: 'Replace a product',
        description:
          'With `variants`, the list is complete: variants and sizes with an `id` are updated, without one created, and those left out removed (their stock is written off in the ledger). Without `variants`, they stay as they are.',
        tags: vendorTags,
        params: IdParams,
        body: ProductBody,
        response: { 200: Type.Ref('ProductDetail') },
      },
    },
    async (request) => catalog.updateProduct(currentUser(request), request.params.id, request.body, 'put'),
  );

  app.patch(
    '/api/vendor/products/:id/',
    {
      onRequest: [requireVendor, managed],
      config: { errors: [...productWriteErrors] },
      schema: {
        operationId: 'catalog.vendor.updateProduct',
        summary: 'Change some fields of a product',
        description:
          'Variants and sizes given are updated (with `id`) or created (without); those left out are kept. Use PUT to remove them.',
        tags: vendorTags,
        params: IdParams,
        body: PatchProductBody,
        response: { 200: Type.Ref('ProductDetail') },
      },
    },
    async (request) => catalog.updateProduct(currentUser(request), request.params.id, request.body, 'patch'),
  );

  app.delete(
    '/api/vendor/products/:id/',
    {
      preHandler: requireVendor,
      config: { errors: [CatalogErrors.productNotFound] },
      schema: {
        operationId: 'catalog.vendor.deleteProduct',
        summary: 'Delete a product, its variants, sizes and image files',
        tags: vendorTags,
        params: IdParams,
        response: { 204: Type.Null({ description: 'Deleted.' }) },
      },
    },
    async (request, reply) => {
      await catalog.deleteProduct(currentUser(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  // Multipart only where uploads happen; every other route stays JSON-only.
  await app.register(async (uploads: App) => {
    await uploads.register(multipart, {
      limits: { fileSize: deps.maxUploadBytes, files: 1, fields: 5, fieldSize: 1000, parts: 6 },
    });

    uploads.post(
      '/api/vendor/products/:id/images/',
      {
        onRequest: [requireVendor, managed],
        // The body is streamed and checked in the handler, after the guard (see readUpload), so the route
        // declares no body for Fastify to validate; the API document still shows it.
        config: {
          errors: [
            CatalogErrors.productNotFound,
            CatalogErrors.unknownVariant,
            CatalogErrors.invalidImage,
            CatalogErrors.unreadableImage,
            CatalogErrors.imageTooManyPixels,
            CatalogErrors.fileRequired,
            CatalogErrors.fileTooLarge,
            CatalogErrors.malformedMultipart,
            CatalogErrors.multipartRequired,
            CatalogErrors.mediaStorageUnavailable,
          ],
          swaggerTransform: ({ schema, url }) => ({ schema: { ...schema, body: ImageUploadBody }, url }),
        },
        schema: {
          operationId: 'catalog.vendor.uploadImage',
          summary: 'Upload a product image (JPEG, PNG or WebP, told from its bytes and decoded)',
          description:
            'multipart/form-data with the image in `file`, and optionally `variant` (a variant id) and `alt_text`. Larger than `MEDIA_MAX_UPLOAD_BYTES`: 413. The image is decoded: anything else is 400 (`UNSUPPORTED_IMAGE_TYPE`, `INVALID_IMAGE` when damaged, `IMAGE_DIMENSIONS_TOO_LARGE` past `MEDIA_MAX_IMAGE_PIXELS`). It is stored upright and without metadata (EXIF, GPS), scaled down to `MEDIA_MAX_IMAGE_SIDE`, with a WebP web size and thumbnail (`web_url`, `thumbnail_url`). The first image of a product becomes its main one.',
          tags: vendorTags,
          consumes: ['multipart/form-data'],
          params: IdParams,
          response: { 201: Type.Ref('ProductImage') },
        },
      },
      async (request, reply) => {
        const upload = await readUpload(request, deps.maxUploadBytes);
        const image = await catalog.addImage(currentUser(request), request.params.id, upload);
        return reply.code(201).send(image);
      },
    );
  });

  /** After the guard, before the body is read: an image of another product (or none) is 404 whatever the body. */
  const managedImage = async (request: FastifyRequest) =>
    catalog.assertManagesImage(
      currentUser(request),
      routeParam(request, 'id'),
      routeParam(request, 'image_id'),
    );

  app.put(
    '/api/vendor/products/:id/images/order/',
    {
      onRequest: [requireVendor, managed],
      config: { errors: [CatalogErrors.productNotFound, CatalogErrors.invalidImageOrder] },
      schema: {
        operationId: 'catalog.vendor.orderImages',
        summary: "Reorder a product's images",
        description:
          'Lists every image id of the product in the new order (each exactly once; otherwise 400 `INVALID_IMAGE_ORDER` and nothing changes). Answers the images in that order.',
        tags: vendorTags,
        params: IdParams,
        body: ImageOrderBody,
        response: { 200: Type.Array(Type.Ref('ProductImage')) },
      },
    },
    async (request) => catalog.orderImages(currentUser(request), request.params.id, request.body),
  );

  app.patch(
    '/api/vendor/products/:id/images/:image_id/',
    {
      onRequest: [requireVendor, managedImage],
      config: {
        errors: [CatalogErrors.productNotFound, CatalogErrors.imageNotFound, CatalogErrors.unknownVariant],
      },
      schema: {
        operationId: 'catalog.vendor.updateImage',
        summary: "Change an image's alt text or variant, or make it the main picture",
        tags: vendorTags,
        params: ImageParams,
        body: ImagePatchBody,
        response: { 200: Type.Ref('ProductImage') },
      },
    },
    async (request) => {
      const { id, image_id } = request.params;
      return catalog.updateImage(currentUser(request), id, image_id, request.body);
    },
  );

  app.delete(
    '/api/vendor/products/:id/images/:image_id/',
    {
      preHandler: requireVendor,
      config: { errors: [CatalogErrors.productNotFound, CatalogErrors.imageNotFound] },
      schema: {
        operationId: 'catalog.vendor.deleteImage',
        summary: 'Delete a product image and its file',
        tags: vendorTags,
        params: ImageParams,
        response: { 204: Type.Null({ description: 'Deleted.' }) },
      },
    },
    async (request, reply) => {
      const { id, image_id } = request.params;
      await catalog.deleteImage(currentUser(request), id, image_id);
      return reply.code(204).send(null);
    },
  );
}

/**
 * The `file` part's bytes and the text fields, whatever their order; limits
 * become problems. Read in the handler, so nobody's bytes are taken in before
 * the vendor guard ran; the text fields are then validated against
 * `ImageUploadFields` by the app's own validator, failing as any body does
 * (400 `VALIDATION_ERROR` with field errors).
 */
async function readUpload(request: FastifyRequest, limit: number) {
  if (!request.isMultipart()) {
    throw CatalogErrors.multipartRequired();
  }
  let bytes: Buffer | undefined;
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        if (part.fieldname === 'file') bytes = content;
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw CatalogErrors.fileTooLarge(limit);
    // Whatever else the parser throws is about the client's body: past limits (FST_* codes), and
    // busboy's plain Errors for a body cut short or a multipart content type without a boundary.
    request.log.debug({ err }, 'unreadable multipart body');
    throw CatalogErrors.malformedMultipart();
  }
  if (!bytes || bytes.length === 0) throw CatalogErrors.fileRequired();
  // An empty text part (a form's unset select) is the same as none.
  const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== ''));
  const validate = request.compileValidationSchema(ImageUploadFields, 'body');
  if (!validate(given)) {
    const error = new errorCodes.FST_ERR_VALIDATION("The upload's fields are not valid.");
    throw Object.assign(error, { validation: validate.errors ?? [], validationContext: 'body' });
  }
  const valid = given as ImageUploadFields;
  return { bytes, variant: valid.variant, altText: valid.alt_text };
}
