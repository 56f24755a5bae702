/**
 * The catalogue's wire shapes: one TypeBox source for validation,
 * serialization, the OpenAPI document and the SDK. Money is a decimal string.
 */
import { type Static, Type } from 'typebox';
import { Money, PriceInput } from '../../platform/money.js';
import { PageQuery } from '../../platform/pagination.js';

const Id = Type.String({ format: 'uuid' });
const NullablePrice = Type.Union([PriceInput, Type.Null()]);

// ---- categories -------------------------------------------------------------

export const Category = Type.Object(
  {
    id: Id,
    name: Type.String(),
    slug: Type.String(),
    parent: Type.Union([Id, Type.Null()], { description: 'The parent category id; null at the top.' }),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
  },
  { $id: 'Category', title: 'Category' },
);
export type CategoryDto = Static<typeof Category>;

export const PublicCategory = Type.Object(
  {
    id: Id,
    name: Type.String(),
    slug: Type.String(),
    parent: Type.Union([Id, Type.Null()]),
    depth: Type.Integer({ description: '0 for a top-level category, 1 for its children, ...' }),
  },
  { $id: 'PublicCategory', title: 'PublicCategory' },
);
export type PublicCategoryDto = Static<typeof PublicCategory>;

/** A category with its subcategories, for menus: the tree at once (`GET /api/categories/tree/`). */
export const CategoryNode = Type.Object(
  {
    ...PublicCategory.properties,
    children: Type.Array(Type.Ref('CategoryNode'), { description: 'Its subcategories, by name.' }),
  },
  { $id: 'CategoryNode', title: 'CategoryNode' },
);
export interface CategoryNodeDto extends PublicCategoryDto {
  children: CategoryNodeDto[];
}

export const ListPublicCategoriesQuery = PageQuery;
export type ListPublicCategoriesQuery = Static<typeof ListPublicCategoriesQuery>;

const Slug = Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' });

export const CreateCategoryBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  slug: Type.Optional(Slug),
  parent: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
});
export type CreateCategoryBody = Static<typeof CreateCategoryBody>;

export const UpdateCategoryBody = Type.Partial(CreateCategoryBody);
export type UpdateCategoryBody = Static<typeof UpdateCategoryBody>;

export const ListCategoriesQuery = Type.Intersect([
  PageQuery,
  Type.Object({ search: Type.Optional(Type.String({ maxLength: 100 })) }),
]);
export type ListCategoriesQuery = Static<typeof ListCategoriesQuery>;

// ---- products: public ---------------------------------------------------------

export const CategorySummary = Type.Object(
  { id: Id, name: Type.String(), slug: Type.String() },
  { $id: 'CategorySummary', title: 'CategorySummary' },
);
export const VendorSummary = Type.Object(
  { id: Id, username: Type.String(), name: Type.String() },
  { $id: 'VendorSummary', title: 'VendorSummary' },
);

/** What a buyer pays at least: `price` is the product's own, which variants without their own price use. */
const FromPrice = Type.Unsafe<string>({
  ...Money,
  description:
    'The lowest price among the sizes in stock (among all sizes when none is; `price` without sizes). `min_price`, `max_price` and `ordering=price` use it.',
});

export const ProductListItem = Type.Object(
  {
    id: Id,
    name: Type.String(),
    slug: Type.String(),
    price: Money,
    from_price: FromPrice,
    category: Type.Ref('CategorySummary'),
    vendor: Type.Union([Type.Ref('VendorSummary'), Type.Null()]),
    image: Type.Union([Type.String(), Type.Null()], {
      description: 'URL of the first image (`/media/...`).',
    }),
    in_stock: Type.Boolean({ description: 'Some size has stock.' }),
    is_active: Type.Boolean(),
    created_at: Type.String({ format: 'date-time' }),
  },
  { $id: 'ProductListItem', title: 'ProductListItem' },
);
export type ProductListItemDto = Static<typeof ProductListItem>;

export const ProductImage = Type.Object(
  {
    id: Id,
    url: Type.String({
      description:
        '`/media/...`: the picture in its uploaded format (JPEG, PNG or WebP), upright, without metadata, at most `MEDIA_MAX_IMAGE_SIDE` pixels a side.',
    }),
    web_url: Type.String({ description: 'A WebP of at most 1200 pixels a side, for pages.' }),
    thumbnail_url: Type.String({ description: 'A WebP of at most 320 pixels a side, for lists.' }),
    width: Type.Union([Type.Integer(), Type.Null()], { description: 'Pixels of `url` (null if unknown).' }),
    height: Type.Union([Type.Integer(), Type.Null()]),
    variant: Type.Union([Id, Type.Null()], { description: 'Set when the image shows one colour variant.' }),
    alt_text: Type.String(),
    content_type: Type.String(),
    size_bytes: Type.Integer({ description: 'Bytes of `url`.' }),
    position: Type.Integer({ description: 'Order in the gallery, from 0.' }),
    is_main: Type.Boolean({ description: "The product's main picture (lists show it)." }),
  },
  { $id: 'ProductImage', title: 'ProductImage' },
);
export type ProductImageDto = Static<typeof ProductImage>;

/** The text parts of an image upload, validated once the multipart stream is read. */
export const ImageUploadFields = Type.Object({
  variant: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'The id of the variant (colour) the image shows.',
    }),
  ),
  alt_text: Type.Optional(
    Type.String({ maxLength: 300, description: 'What the image shows, for screen readers.' }),
  ),
});
export type ImageUploadFields = Static<typeof ImageUploadFields>;

/** The upload's `multipart/form-data` body as the API document shows it: the image file plus the text parts. */
export const ImageUploadBody = Type.Object({
  file: Type.String({
    format: 'binary',
    description: 'The image: JPEG, PNG or WebP, told from its bytes; at most `MEDIA_MAX_UPLOAD_BYTES`.',
  }),
  ...ImageUploadFields.properties,
});

export const ProductSize = Type.Object(
  {
    id: Id,
    size: Type.String(),
    sku: Type.String(),
    stock: Type.Integer(),
    in_stock: Type.Boolean(),
  },
  { $id: 'ProductSize', title: 'ProductSize' },
);

export const ProductVariant = Type.Object(
  {
    id: Id,
    color: Type.String(),
    price: Type.Union([Money, Type.Null()], { description: "The variant's own price; null: the product's." }),
    effective_price: Money,
    sizes: Type.Array(Type.Ref('ProductSize')),
  },
  { $id: 'ProductVariant', title: 'ProductVariant' },
);

export const ProductDetail = Type.Object(
  {
    id: Id,
    name: Type.String(),
    slug: Type.String(),
    description: Type.String(),
    price: Money,
    from_price: FromPrice,
    category: Type.Ref('CategorySummary'),
    vendor: Type.Union([Type.Ref('VendorSummary'), Type.Null()]),
    is_active: Type.Boolean(),
    in_stock: Type.Boolean(),
    images: Type.Array(Type.Ref('ProductImage')),
    variants: Type.Array(Type.Ref('ProductVariant')),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
  },
  { $id: 'ProductDetail', title: 'ProductDetail' },
);
export type ProductDetailDto = Static<typeof ProductDetail>;

export const PRODUCT_ORDERINGS = ['price', '-price', 'name', '-name', 'created_at', '-created_at'] as const;
export type ProductOrdering = (typeof PRODUCT_ORDERINGS)[number];

export const ListProductsQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    category: Type.Optional(
      Type.String({ maxLength: 100, description: 'A category slug; its descendants are included.' }),
    ),
    search: Type.Optional(
      Type.String({ maxLength: 100, description: 'Words in the name or description (any case).' }),
    ),
    min_price: Type.Optional(Money),
    max_price: Type.Optional(Money),
    in_stock: Type.Optional(Type.Boolean({ description: 'true: some size has stock; false: none has.' })),
    vendor: Type.Optional(Type.String({ maxLength: 150, description: 'The vendor id or username.' })),
    ordering: Type.Optional(
      Type.Union(
        [
          Type.Literal('price'),
          Type.Literal('-price'),
          Type.Literal('name'),
          Type.Literal('-name'),
          Type.Literal('created_at'),
          Type.Literal('-created_at'),
        ],
        { description: `One of ${PRODUCT_ORDERINGS.join(', ')}; default \`-created_at\` (newest first).` },
      ),
    ),
  }),
]);
export type ListProductsQuery = Static<typeof ListProductsQuery>;

export const SlugParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 200 }) });
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
export const ImagePatchBody = Type.Object(
  {
    alt_text: Type.Optional(
      Type.String({ maxLength: 300, description: 'What the image shows, for screen readers.' }),
    ),
    variant: Type.Optional(
      Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()], {
        description: 'The id of the variant (colour) the image shows; null for the whole product.',
      }),
    ),
    is_main: Type.Optional(
      Type.Literal(true, {
        description: "Makes this the product's main picture (the others stop being it).",
      }),
    ),
  },
  { additionalProperties: false },
);
export type ImagePatchBody = Static<typeof ImagePatchBody>;

export const ImageOrderBody = Type.Object(
  {
    images: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), {
      maxItems: 200,
      description: 'Every image id of the product, in the new order (each exactly once).',
    }),
  },
  { additionalProperties: false },
);
export type ImageOrderBody = Static<typeof ImageOrderBody>;

export const ImageParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  image_id: Type.String({ minLength: 1, maxLength: 64 }),
});

// ---- products: vendors ----------------------------------------------------------

const SizeInput = Type.Object({
  id: Type.Optional(
    Type.String({ maxLength: 64, description: 'An existing size of this variant, to update.' }),
  ),
  size: Type.String({ minLength: 1, maxLength: 20 }),
  sku: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' }),
  stock: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
});
export type SizeInput = Static<typeof SizeInput>;

const VariantInput = Type.Object({
  id: Type.Optional(
    Type.String({ maxLength: 64, description: 'An existing variant of this product, to update.' }),
  ),
  color: Type.String({ minLength: 1, maxLength: 50 }),
  price: Type.Optional(NullablePrice),
  sizes: Type.Array(SizeInput, { maxItems: 50 }),
});
export type VariantInput = Static<typeof VariantInput>;

export const ProductBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 10_000 })),
  price: PriceInput,
  category: Type.String({ minLength: 1, maxLength: 64, description: 'The category id.' }),
  is_active: Type.Optional(Type.Boolean()),
  variants: Type.Optional(Type.Array(VariantInput, { maxItems: 50 })),
});
export type ProductBody = Static<typeof ProductBody>;

export const PatchProductBody = Type.Partial(ProductBody);
export type PatchProductBody = Static<typeof PatchProductBody>;

export const ListVendorProductsQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    search: Type.Optional(Type.String({ maxLength: 100 })),
    is_active: Type.Optional(Type.Boolean()),
  }),
]);
export type ListVendorProductsQuery = Static<typeof ListVendorProductsQuery>;

/** Every shared schema the routes refer to by `$ref`, in dependency order. */
export const SHARED_SCHEMAS = [
  Category,
  PublicCategory,
  CategoryNode,
  CategorySummary,
  VendorSummary,
  ProductListItem,
  ProductImage,
  ProductSize,
  ProductVariant,
  ProductDetail,
];
