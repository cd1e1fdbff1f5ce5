import { fromC1 } from './decode.js';

/**
 * Collapses runs of white space (incl. no-break and zero-width) into single spaces, maps C1
 * controls, trims. Apart from `text.ts` so that widgets needing only this (the profile reader)
 * do not load the HTML reader and its entity table.
 */
export function collapse(text: string): string {
  return fromC1(text)
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}
