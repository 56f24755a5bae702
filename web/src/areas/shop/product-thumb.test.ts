import { describe, expect, it } from 'vitest';
import { pictureSrcSet } from './product-thumb.js';

const sizes = {
  url: '/media/products/a.jpg',
  web_url: '/media/products/a.web.webp',
  thumbnail_url: '/media/products/a.thumb.webp',
};

describe('pictureSrcSet', () => {
  it('offers the thumbnail, the web size and the original with their real widths', () => {
    expect(pictureSrcSet({ ...sizes, width: 2000, height: 1000 })).toBe(
      '/media/products/a.thumb.webp 320w, /media/products/a.web.webp 1200w, /media/products/a.jpg 2000w',
    );
    // A tall picture: its longest side is the height.
    expect(pictureSrcSet({ ...sizes, width: 1000, height: 2000 })).toBe(
      '/media/products/a.thumb.webp 160w, /media/products/a.web.webp 600w, /media/products/a.jpg 1000w',
    );
  });

  it('names each file and each width once when the sizes are no larger than the picture', () => {
    expect(pictureSrcSet({ ...sizes, width: 300, height: 200 })).toBe('/media/products/a.thumb.webp 300w');
    expect(pictureSrcSet({ ...sizes, width: 800, height: 800 })).toBe(
      '/media/products/a.thumb.webp 320w, /media/products/a.web.webp 800w',
    );
  });

  it('gives nothing to choose from for a picture stored before sizes were made', () => {
    // Its sizes fall back to the picture itself; its dimensions may be unknown.
    const legacy = { url: sizes.url, web_url: sizes.url, thumbnail_url: sizes.url };
    expect(pictureSrcSet({ ...legacy, width: null, height: null })).toBeUndefined();
    expect(pictureSrcSet({ ...legacy, width: 900, height: 600 })).toBe('/media/products/a.jpg 900w');
  });
});
