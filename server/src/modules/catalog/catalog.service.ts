/**
 * The catalogue's use cases, one service per area: the category tree
 * (`categories.service.ts`), products with their variants and sizes
 * (`products.service.ts`) and images (`images.service.ts`). `CatalogService`
 * puts them together behind one object for the routes, the seed and other
 * modules. Knows nothing of HTTP; each use case owns its transaction; stock
 * changes go through the `StockLedger`.
 */
import type { EventBus } from '../../platform/events.js';
import type { Executor, Trx } from '../../platform/transaction.js';
import type { ImageLimits } from './catalog.media.js';
import { CategoryService } from './categories.service.js';
import { ImageService } from './images.service.js';
import { ProductService } from './products.service.js';
import type { StockLedger } from './stock.js';

export { slugify } from './catalog.slugs.js';

export interface CatalogServiceDeps {
  db: Executor;
  mediaRoot: string;
  /** Bounds of uploaded pictures (`MEDIA_MAX_IMAGE_SIDE`, `MEDIA_MAX_IMAGE_PIXELS`). */
  imageLimits: ImageLimits;
  /** Where `product.changed` / `category.changed` go (the response cache forgets what it holds). */
  events: EventBus;
  stock: StockLedger;
}

export class CatalogService {
  readonly categories: CategoryService;
  readonly products: ProductService;
  readonly images: ImageService;

  readonly publicCategories: CategoryService['publicCategories'];
  readonly categoryTree: CategoryService['categoryTree'];
  readonly categoryWithDescendants: CategoryService['categoryWithDescendants'];
  readonly listCategories: CategoryService['listCategories'];
  readonly getCategory: CategoryService['getCategory'];
  readonly createCategory: CategoryService['createCategory'];
  readonly updateCategory: CategoryService['updateCategory'];
  readonly deleteCategory: CategoryService['deleteCategory'];

  readonly listProducts: ProductService['listProducts'];
  readonly productBySlug: ProductService['productBySlug'];
  readonly listVendorProducts: ProductService['listVendorProducts'];
  readonly getVendorProduct: ProductService['getVendorProduct'];
  readonly assertManages: ProductService['assertManages'];
  readonly createProduct: ProductService['createProduct'];
  readonly updateProduct: ProductService['updateProduct'];
  readonly deleteProduct: ProductService['deleteProduct'];

  readonly addImage: ImageService['addImage'];
  readonly deleteImage: ImageService['deleteImage'];
  readonly updateImage: ImageService['updateImage'];
  readonly orderImages: ImageService['orderImages'];
  readonly assertManagesImage: ImageService['assertManagesImage'];

  constructor(deps: CatalogServiceDeps) {
    const { db, mediaRoot, imageLimits, events, stock } = deps;
    const productChanged = (trx: Trx, productId: string) =>
      events.emit(trx, 'product.changed', { productId });
    const categories = new CategoryService({ db, events });
    const products = new ProductService({ db, mediaRoot, categories, stock, productChanged });
    const images = new ImageService({ db, mediaRoot, limits: imageLimits, products, productChanged });
    this.categories = categories;
    this.products = products;
    this.images = images;

    this.publicCategories = categories.publicCategories.bind(categories);
    this.categoryTree = categories.categoryTree.bind(categories);
    this.categoryWithDescendants = categories.categoryWithDescendants.bind(categories);
    this.listCategories = categories.listCategories.bind(categories);
    this.getCategory = categories.getCategory.bind(categories);
    this.createCategory = categories.createCategory.bind(categories);
    this.updateCategory = categories.updateCategory.bind(categories);
    this.deleteCategory = categories.deleteCategory.bind(categories);

    this.listProducts = products.listProducts.bind(products);
    this.productBySlug = products.productBySlug.bind(products);
    this.listVendorProducts = products.listVendorProducts.bind(products);
    this.getVendorProduct = products.getVendorProduct.bind(products);
    this.assertManages = products.assertManages.bind(products);
    this.createProduct = products.createProduct.bind(products);
    this.updateProduct = products.updateProduct.bind(products);
    this.deleteProduct = products.deleteProduct.bind(products);

    this.addImage = images.addImage.bind(images);
    this.deleteImage = images.deleteImage.bind(images);
    this.updateImage = images.updateImage.bind(images);
    this.orderImages = images.orderImages.bind(images);
    this.assertManagesImage = images.assertManagesImage.bind(images);
  }
}
