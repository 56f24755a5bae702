/** A mail's plain text cut into text and web links, so the links can be shown clickable. Pure. */

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; href: string };

// http(s) URLs up to a space or an angle bracket; a full stop, comma or closing bracket at the end is the sentence's.
const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
const TRAILING = /[.,;:!?)\]}'"]+$/;

export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const href = match[0].replace(TRAILING, '');
    if (!URL.canParse(href)) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', href });
    last = start + href.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
