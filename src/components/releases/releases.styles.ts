import { css } from 'lit';

export const releasesStyles = css`
  :host {
    --_image-width: var(--siar-releases-image-width, 8rem);
    --_columns-min: var(--siar-releases-columns-min, 16rem);
    --_title-size: var(--siar-releases-title-size, 1rem);
    /* Sizes in rem, not inherited from the host page, so the reserved height is what the docs say. */
    font-size: 1rem;
  }
  /*
   * Fixed row geometry (issue #12, no layout shift): a title box of three lines (badges share
   * it), a summary box of two, a meta box of two (date and source), an image box of 16:9. Every row of a layout has the
   * same height, the skeleton is built of the same boxes, and the widget reserves
   * top + rows × row + (rows − 1) × gap (+ the "all releases" link) from its first frame, whatever
   * arrives. docs/embed.md gives the same sum for the page's own reservation before the script runs.
   */
  .base {
    --_list-gap: var(--_gap);
    --_t: calc(3 * 1.35 * var(--_title-size));
    --_s: 3.25rem;
    --_m: 2.875rem;
    --_img: calc(var(--_image-width) * 9 / 16);
    --_body: calc(var(--_t) + var(--_s) + var(--_m));
    --_row: max(var(--_body), var(--_img));
    --_top: 0rem;
    --_more: 0rem;
    min-height: calc(var(--_top) + var(--_rows, 0) * var(--_row) + max(var(--_rows, 0) - 1, 0) * var(--_list-gap) + var(--_more));
  }
  .base.has-top {
    --_top: 3.25rem;
  }
  .base.has-more {
    --_more: calc(var(--_gap) + 1.5rem);
  }
  .base.no-summary,
  .layout-compact,
  .layout-ticker {
    --_s: 0rem;
  }
  .base.no-meta {
    --_m: 0rem;
  }
  .base.no-image,
  .layout-compact,
  .layout-ticker {
    --_img: 0rem;
  }
  .layout-compact {
    --_list-gap: 0.5rem;
  }
  .layout-ticker {
    --_row: 3.5rem;
  }
  /* Cards: the image follows the card's width, so only the rows are fixed, not the whole widget. */
  .layout-cards {
    min-height: 0;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_list-gap);
  }
  .item {
    display: grid;
    grid-template-columns: var(--_image-width) 1fr;
    gap: 0.75rem;
    align-items: start;
    padding-left: 0;
  }
  .item:not(:has(.image)) {
    grid-template-columns: 1fr;
  }
  .image,
  .image.bone {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .body {
    min-width: 0;
    height: var(--_body);
    overflow: hidden;
  }
  /* Badges and title share one box of two lines. */
  .headline {
    height: var(--_t);
    font-size: var(--_title-size);
    line-height: 1.35;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .headline .bone.line {
    margin: 0.1em 0;
  }
  .summary {
    margin: 0.25rem 0 0;
    height: 3rem;
    line-height: 1.5;
    color: var(--_muted);
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .meta {
    margin: 0.25rem 0 0;
    height: 2.625rem;
    font-size: 0.875rem;
    line-height: 1.5;
    color: var(--_muted);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .ticker-bone {
    height: 3.5rem;
  }
  .more {
    margin: var(--_gap) 0 0;
    line-height: 1.5;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  /* cards */
  .layout-cards .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_columns-min)), 1fr));
  }
  .layout-cards .item {
    grid-template-columns: 1fr;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    gap: 0;
    background: var(--_surface);
  }
  .layout-cards .image {
    border-radius: 0;
  }
  .layout-cards .body {
    padding: 0.75rem;
    height: calc(var(--_body) + 1.5rem);
  }

  /* compact */
  .layout-compact .list {
    gap: 0.5rem;
  }
  .layout-compact .item,
  .layout-ticker .item {
    grid-template-columns: 1fr;
  }

  /*
   * Narrow slots (issue #17): below a container width of 30rem (480px: a sidebar, a phone column)
   * the title takes the full width of the row and a smaller image (5rem, or the image width if that
   * is smaller, so 2.8125rem tall at most) sits beside the summary and the date. The row keeps the
   * wide geometry's height (title box + summary box + meta box = --_row), so the reservation in
   * docs/embed.md holds at every width. Without summary and date the image stays beside the title.
   */
  @container (width < 30rem) {
    .layout-list .item:has(> .image) {
      --_image-narrow: min(var(--_image-width), 5rem);
      grid-template-columns: var(--_image-narrow) minmax(0, 1fr);
      grid-template-rows: var(--_t) var(--_s) var(--_m);
      grid-template-areas: 'head head' 'image summary' 'image meta';
      gap: 0 0.75rem;
      height: var(--_row);
    }
    .layout-list.no-summary.no-meta .item:has(> .image) {
      grid-template-rows: var(--_t);
      grid-template-areas: 'image head';
    }
    .layout-list .item:has(> .image) > .body {
      display: contents;
    }
    .layout-list .item > .image {
      grid-area: image;
    }
    .layout-list .item .headline {
      grid-area: head;
    }
    .layout-list .item .summary {
      grid-area: summary;
    }
    .layout-list .item .meta {
      grid-area: meta;
    }
    .layout-cards .list {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
