/**
 * Which size a shopper means. The wishlist API keeps products, not sizes, so the
 * colour and size picked on a product page when saving it are remembered in this
 * browser and offered first when the product moves to the cart.
 */

interface SizeLike {
  id: string;
  size: string;
  stock: number;
}
interface VariantLike {
  id: string;
  color: string;
  sizes: readonly SizeLike[];
}

export interface SizeChoice {
  sizeId: string;
  variantId: string;
  /** "Tan, size S" (the colour only when there are several). */
  label: string;
  stock: number;
}

/** The sizes in stock, in catalogue order, as a shopper would name them. */
export function sizeChoices(variants: readonly VariantLike[]): SizeChoice[] {
  const colours = variants.length > 1;
  return variants.flatMap((variant) =>
    variant.sizes
      .filter((size) => size.stock > 0)
      .map((size) => ({
        sizeId: size.id,
        variantId: variant.id,
        label: colours ? `${variant.color}, size ${size.size}` : `Size ${size.size}`,
        stock: size.stock,
      })),
  );
}

/** The one size in stock of a colour, picked for the shopper; undefined when there is a choice (or none). */
export function onlySizeInStock(variant: VariantLike | undefined): string | undefined {
  const inStock = variant?.sizes.filter((size) => size.stock > 0) ?? [];
  return inStock.length === 1 ? inStock[0]!.id : undefined;
}

export interface RememberedChoice {
  variantId?: string;
  sizeId?: string;
}

const PREFIX = 'mercato.wishlist-choice.';

export function rememberChoice(
  storage: Pick<Storage, 'setItem'>,
  productId: string,
  choice: RememberedChoice,
): void {
  try {
    storage.setItem(PREFIX + productId, JSON.stringify(choice));
  } catch {
    // Storage full or refused (private mode): the shopper is asked again, nothing breaks.
  }
}

export function rememberedChoice(storage: Pick<Storage, 'getItem'>, productId: string): RememberedChoice {
  try {
    const value: unknown = JSON.parse(storage.getItem(PREFIX + productId) ?? '{}');
    if (typeof value !== 'object' || value === null) return {};
    const { variantId, sizeId } = value as Record<string, unknown>;
    return {
      ...(typeof variantId === 'string' ? { variantId } : {}),
      ...(typeof sizeId === 'string' ? { sizeId } : {}),
    };
  } catch {
    return {};
  }
}

/** The choice to offer first: the remembered size if still in stock, else the first of the remembered colour, else the first. */
export function preferredChoice(
  choices: readonly SizeChoice[],
  remembered: RememberedChoice,
): SizeChoice | undefined {
  return (
    choices.find((c) => c.sizeId === remembered.sizeId) ??
    choices.find((c) => c.variantId === remembered.variantId) ??
    choices[0]
  );
}
