// The room a <siar-releases> takes, so a page can reserve it before the script runs (issue #12:
// no layout shift). The widget's rows have a fixed geometry (src/components/releases/releases.styles.ts):
//   heading row          2.75rem + 0.5rem below        (when `show` has `heading`)
//   badges and title     3 lines × 1.35rem
//   summary              0.25rem + 2 lines × 1.5rem    (list and cards, when `show` has `summary`)
//   date and source      0.25rem + 2 lines × 1.3125rem (when `show` has `date` or `source`)
//   image                16:9 of 8rem = 4.5rem         (list; a row is as tall as the taller column)
//   ticker               one strip of 3.5rem
//   gap between rows     1rem (compact 0.5rem); "all releases" link 1rem + 1.5rem
// The widget reserves the same sum from its first frame, so skeleton, list, a shorter list and the
// empty state take the same room. The sum does not depend on the slot's width: below 30rem (issue
// #17) the list puts the title across the row and a 5rem image beside summary and date, and the row
// keeps this height (checked at 280–768px by test/components/widths.test.ts). Cards follow the width of the page (the image is 16:9 of the
// card), so there is no width-free figure for them: reservedHeight() returns undefined.
// Used by the configurator's snippet and checked against the rendered widget by
// test/components/releases-layout-shift.test.ts. Plain ES module, no build step.

const round = (n) => Math.round(n * 10000) / 10000;

/**
 * Height in rem (root font size) of a `<siar-releases>` with these attributes, or `undefined` for
 * the cards layout.
 * @param {{ layout?: string, limit?: number | string, show?: string, moreHref?: string | boolean }} options
 * @returns {number | undefined}
 */
export function reservedHeight({ layout = 'list', limit = 5, show = 'image date summary source heading', moreHref = '' } = {}) {
  if (!['list', 'cards', 'compact', 'ticker'].includes(layout)) layout = 'list';
  if (layout === 'cards') return undefined;
  const parts = new Set(String(show).split(/[\s,]+/).filter(Boolean));
  const rows = layout === 'ticker' ? 1 : Math.min(Math.max(Math.round(Number(limit)) || 1, 1), 50);
  const top = parts.has('heading') ? 3.25 : 0;
  const title = 3 * 1.35;
  const summary = layout === 'list' && parts.has('summary') ? 0.25 + 2 * 1.5 : 0;
  const meta = parts.has('date') || parts.has('source') ? 0.25 + 2 * 0.875 * 1.5 : 0;
  const image = layout === 'list' && parts.has('image') ? (8 * 9) / 16 : 0;
  const row = layout === 'ticker' ? 3.5 : Math.max(title + summary + meta, image);
  const gap = layout === 'compact' ? 0.5 : 1;
  const more = moreHref ? 1 + 1.5 : 0;
  return round(top + rows * row + (rows - 1) * gap + more);
}

/**
 * The `<style>` a snippet carries so the page keeps the widget's room before the script has
 * defined it (`:not(:defined)`); '' for cards.
 * @param {{ layout?: string, limit?: number | string, show?: string, moreHref?: string | boolean }} options
 */
export function reservationStyle(options = {}) {
  const rem = reservedHeight(options);
  return rem === undefined ? '' : `<style>siar-releases:not(:defined){display:block;min-height:${rem}rem}</style>`;
}
