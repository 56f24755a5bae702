/**
 * Demo catalogue for `npm start` on an empty database: a small category tree
 * and eight products with colour variants, sizes, stock and a picture per
 * colour drawn in code (the product's silhouette in its colour, demo-pictures.ts),
 * sold by the demo vendor. Does nothing once any category exists.
 */
import { sql } from 'kysely';
import type { AuthUser } from '../../platform/auth.js';
import type { SeedContext } from '../../platform/module.js';
import type { CatalogService } from './catalog.service.js';
import { type DemoShape, demoPicture, type Rgb } from './demo-pictures.js';

const COLOURS: Record<string, Rgb> = {
  Black: [30, 30, 30],
  White: [235, 235, 235],
  Navy: [25, 40, 90],
  Red: [180, 30, 40],
  Olive: [110, 120, 50],
  Sand: [210, 190, 150],
  Grey: [130, 130, 135],
};

const PRODUCTS: Array<{
  name: string;
  category: string;
  shape: DemoShape;
  price: string;
  description: string;
  colours: string[];
  sizes: string[];
}> = [
  {
    name: 'Everyday Cotton T-Shirt',
    category: 't-shirts',
    shape: 'tee',
    price: '19.00',
    colours: ['White', 'Black', 'Navy'],
    sizes: ['S', 'M', 'L', 'XL'],
    description: 'A soft cotton tee for every day.',
  },
  {
    name: 'Heavyweight Pocket Tee',
    category: 't-shirts',
    shape: 'tee',
    price: '29.00',
    colours: ['Olive', 'Sand'],
    sizes: ['S', 'M', 'L'],
    description: 'Thick cotton jersey with a chest pocket.',
  },
  {
    name: 'Coastal Cotton Hoodie',
    category: 'hoodies',
    shape: 'hoodie',
    price: '59.00',
    colours: ['Grey', 'Navy'],
    sizes: ['S', 'M', 'L', 'XL'],
    description: 'Brushed cotton fleece hoodie with a kangaroo pocket.',
  },
  {
    name: 'Zip Fleece Hoodie',
    category: 'hoodies',
    shape: 'hoodie',
    price: '69.50',
    colours: ['Black', 'Red'],
    sizes: ['M', 'L'],
    description: 'Full-zip hoodie in warm recycled fleece.',
  },
  {
    name: 'Canvas Tote Bag',
    category: 'bags',
    shape: 'tote',
    price: '24.00',
    colours: ['Sand', 'Black'],
    sizes: ['One size'],
    description: 'Sturdy cotton canvas tote with inner pocket.',
  },
  {
    name: 'Roll-Top Backpack',
    category: 'bags',
    shape: 'backpack',
    price: '89.00',
    colours: ['Olive', 'Black'],
    sizes: ['20 L', '28 L'],
    description: 'Water-resistant roll-top backpack for commuting.',
  },
  {
    name: 'Wool Beanie',
    category: 'hats',
    shape: 'beanie',
    price: '18.00',
    colours: ['Red', 'Grey', 'Navy'],
    sizes: ['One size'],
    description: 'Ribbed merino wool beanie.',
  },
  {
    name: 'Six-Panel Cap',
    category: 'hats',
    shape: 'cap',
    price: '22.00',
    colours: ['Navy', 'Sand'],
    sizes: ['One size'],
    description: 'Washed cotton cap with an adjustable strap.',
  },
];

export async function seedCatalog(ctx: SeedContext, catalog: CatalogService): Promise<void> {
  const { db } = ctx;
  const existing = await db.selectFrom('categories').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  // The demo vendor sells them; without one, the first manager or admin puts them up as the shop's own.
  const seller = await db
    .selectFrom('users')
    .select(['id', 'email', 'username', 'user_type', 'vendor_status'])
    .where((eb) =>
      eb.or([
        eb.and([eb('user_type', '=', 'vendor'), eb('vendor_status', '=', 'approved')]),
        eb('user_type', 'in', ['manager', 'admin']),
      ]),
    )
    .orderBy(sql`case when user_type = 'vendor' then 0 else 1 end`)
    .orderBy('date_joined')
    .executeTakeFirst();
  if (!seller) return;
  const user: AuthUser = {
    id: seller.id,
    email: seller.email,
    username: seller.username,
    user_type: seller.user_type,
    is_superuser: false,
    is_staff: seller.user_type !== 'vendor',
    vendor_status: seller.vendor_status,
    token_id: null,
    session_id: null,
  };

  const ids = new Map<string, string>();
  const tree: Array<[name: string, slug: string, parent: string | null]> = [
    ['Clothing', 'clothing', null],
    ['T-Shirts', 't-shirts', 'clothing'],
    ['Hoodies', 'hoodies', 'clothing'],
    ['Accessories', 'accessories', null],
    ['Bags', 'bags', 'accessories'],
    ['Hats', 'hats', 'accessories'],
  ];
  for (const [name, slug, parent] of tree) {
    const category = await catalog.createCategory({
      name,
      slug,
      parent: parent ? (ids.get(parent) ?? null) : null,
    });
    ids.set(slug, category.id);
  }

  let n = 0;
  for (const p of PRODUCTS) {
    const product = await catalog.createProduct(user, {
      name: p.name,
      description: p.description,
      price: p.price,
      category: ids.get(p.category) as string,
      is_active: true,
      variants: p.colours.map((colour) => ({
        color: colour,
        sizes: p.sizes.map((size) => {
          n += 1;
          return {
            size,
            sku: `DEMO-${String(n).padStart(4, '0')}`,
            // Some sizes run low or out, so the storefront and inventory show both states.
            stock: n % 7 === 0 ? 0 : n % 5 === 0 ? 3 : 10 + (n % 4) * 5,
          };
        }),
      })),
    });
    for (const variant of product.variants as Array<{ id: string; color: string }>) {
      await catalog.addImage(user, product.id, {
        bytes: await demoPicture(p.shape, COLOURS[variant.color] ?? [128, 128, 128], p.name),
        variant: variant.id,
        altText: `${p.name} in ${variant.color.toLowerCase()}`,
      });
    }
  }
  ctx.print(
    `Demo catalogue: ${tree.length} categories and ${PRODUCTS.length} products${seller.user_type === 'vendor' ? ` sold by ${seller.email}` : ''}.`,
  );
}
