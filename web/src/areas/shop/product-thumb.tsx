/** A product's picture, or a neutral placeholder when it has none. */
export function ProductThumb({
  image,
  alt,
  large,
}: {
  image: string | null | undefined;
  alt: string;
  large?: boolean;
}) {
  const className = large ? 'thumb thumb--large' : 'thumb';
  if (!image) return <div className={`${className} thumb--empty`} aria-hidden="true" />;
  return <img className={className} src={image} alt={alt} loading="lazy" />;
}
