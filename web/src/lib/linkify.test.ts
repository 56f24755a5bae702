import { describe, expect, it } from 'vitest';
import { linkify } from './linkify.js';

describe('linkify', () => {
  it('cuts links out of a mail, leaving the sentence around them', () => {
    expect(linkify('Open http://127.0.0.1:8000/reset-password/abc.\nThanks')).toEqual([
      { kind: 'text', text: 'Open ' },
      { kind: 'link', href: 'http://127.0.0.1:8000/reset-password/abc' },
      { kind: 'text', text: '.\nThanks' },
    ]);
  });

  it('keeps query strings, finds several links, and leaves text without links alone', () => {
    expect(linkify('(https://shop.example/orders/1?x=1) and https://a.example/')).toEqual([
      { kind: 'text', text: '(' },
      { kind: 'link', href: 'https://shop.example/orders/1?x=1' },
      { kind: 'text', text: ') and ' },
      { kind: 'link', href: 'https://a.example/' },
    ]);
    expect(linkify('No link here.')).toEqual([{ kind: 'text', text: 'No link here.' }]);
    expect(linkify('javascript:alert(1) ftp://x')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) ftp://x' },
    ]);
  });
});
