import { css } from 'lit';

export const releasesStyles = css`
  :host {
    --_image-width: var(--siar-releases-image-width, 8rem);
    --_columns-min: var(--siar-releases-columns-min, 16rem);
    --_urgent: var(--siar-releases-urgent, #b3261e);
    --_hoax: var(--siar-releases-hoax, #6a1b9a);
    --_pinned: var(--siar-releases-pinned, #0b5cad);
    --_title-size: var(--siar-releases-title-size, 1rem);
    /* Sizes in rem, not inherited from the host page, so the reserved height is what the docs say. */
    font-size: 1rem;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_urgent: var(--siar-releases-urgent, #ffb4ab);
      --_hoax: var(--siar-releases-hoax, #e1bee7);
      --_pinned: var(--siar-releases-pinned, #8cc4ff);
    }
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
  .item.urgent {
    border-left: 4px solid var(--_urgent);
    padding-left: 0.75rem;
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
  .placeholder {
    background: var(--_subtle)
      url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='%23808a94' stroke-width='1.5'%3E%3Crect x='3' y='5' width='18' height='14' rx='2'/%3E%3Cpath d='M3 16l5-5 4 4 3-3 6 6'/%3E%3C/svg%3E")
      center / 2rem no-repeat;
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
  .title {
    display: inline;
    margin: 0;
    font-size: var(--_title-size);
    line-height: 1.35;
  }
  .title a:focus-visible {
    outline-offset: 0;
  }
  .title a {
    color: var(--_text);
    text-decoration-color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .title a:hover {
    color: var(--_accent);
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
  .meta > time {
    margin-right: 0.75rem;
  }
  .ticker-bone {
    height: 3.5rem;
  }
  .source-logo {
    width: 1rem;
    height: 1rem;
    object-fit: contain;
    vertical-align: -0.2em;
    margin-right: 0.25rem;
  }
  .badges {
    display: inline;
    margin: 0;
  }
  .badge {
    display: inline-block;
    margin-right: 0.375rem;
    vertical-align: 0.1em;
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 1.3;
    padding: 0 0.5rem;
    border-radius: 999px;
    border: 1px solid currentColor;
  }
  .badge-urgent {
    color: var(--_urgent);
  }
  .badge-pinned {
    color: var(--_pinned);
  }
  .badge-hoax {
    color: var(--_hoax);
  }
  .badge-announcement {
    color: var(--_muted);
  }
  .stale {
    margin: var(--_list-gap) 0 0;
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
  /* An urgent card is outlined, not indented: its image keeps the width, and so the height, of the others. */
  .layout-cards .item.urgent {
    padding-left: 0;
    border: 1px solid var(--_urgent);
    box-shadow: 0 0 0 2px var(--_urgent);
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

  /* ticker: one line that scrolls; a pause button; static (scrollable by hand) when motion is reduced */
  .ticker {
    height: 3.5rem;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.5rem;
  }
  .pause {
    flex: none;
    font: inherit;
    font-size: 0.875rem;
    min-height: 44px;
    min-width: 44px;
    padding: 0 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .pause[aria-pressed='true'] {
    background: var(--_subtle);
  }
  .viewport {
    overflow: hidden;
    flex: 1;
    min-width: 0;
  }
  .track {
    display: flex;
    gap: 2rem;
    width: max-content;
    animation: ticker var(--siar-releases-ticker-duration, 45s) linear infinite;
  }
  .layout-ticker .list {
    display: flex;
    gap: 2rem;
    width: max-content;
  }
  .ticker.paused .track,
  .viewport:hover .track,
  .viewport:focus-within .track {
    animation-play-state: paused;
  }
  .layout-ticker .meta,
  .layout-ticker .badges {
    display: inline-flex;
    height: auto;
    margin: 0 0.5rem 0 0;
  }
  .layout-ticker .headline {
    display: contents;
  }
  .layout-ticker .item .body {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    white-space: nowrap;
    height: auto;
    overflow: visible;
  }
  .clone-title {
    font-weight: 700;
    white-space: nowrap;
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
    .pause {
      padding: 0 0.5rem;
    }
  }
  @keyframes ticker {
    from {
      transform: translateX(0);
    }
    to {
      transform: translateX(calc(-50% - 1rem));
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .track {
      animation: none;
    }
    .layout-ticker .clone,
    .pause {
      display: none;
    }
    .viewport {
      overflow-x: auto;
    }
  }
`;
