import { fromC1 } from './c1.js';

/**
 * Collapses runs of white space (incl. no-break and zero-width) into single spaces, maps C1
 * controls, trims. Here, apart from `text.ts`, with {@link truncate}, so that widgets needing only
 * these (the profile reader, the releases list) do not load the HTML reader and its entity table.
 */
export function collapse(text: string): string {
  return fromC1(text)
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

/**
 * Shortens plain text to at most `max` characters on a word boundary (when one is near), without
 * the punctuation the cut leaves behind, adding an ellipsis: "… keempat, kelima" → "… keempat…".
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1); // never half an emoji
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:…–—(\[{“‘«-]+$/u, '')}…`;
}
