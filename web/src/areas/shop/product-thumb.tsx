/** The stored sizes of one product picture, as the API gives them (`ProductImage`). */
export interface PictureSizes {
  url: string;
  web_url: string;
  thumbnail_url: string;
  width: number | null;
  height: number | null;
}

/** The longest sides of the web size and of the thumbnail the server makes (never larger than the picture). */
const WEB_SIDE = 1200;
const THUMB_SIDE = 320;

/**
 * `srcset` of a picture: its thumbnail, web size and original, each with its
 * real width, so the browser fetches the smallest one that fills the slot. A
 * picture stored before sizes were made (its sizes fall back to itself, and
 * its dimensions may be unknown) gives what it has, once each.
 */
export function pictureSrcSet(picture: PictureSizes): string | undefined {
  const { width, height } = picture;
  if (!width || !height) return undefined;
  const widthAt = (side: number) =>
    Math.max(1, Math.round(width * Math.min(1, side / Math.max(width, height))));
  // By width: at each width the smallest file (a size no larger than the picture is the same width as it).
  const candidates = new Map<number, string>([[width, picture.url]]);
  if (picture.web_url !== picture.url) candidates.set(widthAt(WEB_SIDE), picture.web_url);
  if (picture.thumbnail_url !== picture.url && picture.thumbnail_url !== picture.web_url)
    candidates.set(widthAt(THUMB_SIDE), picture.thumbnail_url);
  return [...candidates]
    .sort(([a], [b]) => a - b)
    .map(([w, url]) => `${url} ${w}w`)
    .join(', ');
}

/**
 * A product's picture, or a neutral placeholder when it has none. `image` is a
 * URL already chosen (a list's thumbnail); `picture`, a stored picture whose
 * sizes are offered with `srcset`/`sizes` (the web size by default).
 */
export function ProductThumb({
  image,
  picture,
  alt,
  large,
  sizes,
}: {
  image?: string | null | undefined;
  picture?: PictureSizes | undefined;
  alt: string;
  large?: boolean;
  /** How wide the picture shows, for the browser's choice among `srcset`. */
  sizes?: string;
}) {
  const className = large ? 'thumb thumb--large' : 'thumb';
  const src = picture ? picture.web_url : image;
  if (!src) return <div className={`${className} thumb--empty`} aria-hidden="true" />;
  const srcSet = picture ? pictureSrcSet(picture) : undefined;
  return (
    <img
      className={className}
      src={src}
      srcSet={srcSet}
      sizes={srcSet ? sizes : undefined}
      width={picture?.width ?? undefined}
      height={picture?.height ?? undefined}
      alt={alt}
      loading={large ? 'eager' : 'lazy'}
    />
  );
}
