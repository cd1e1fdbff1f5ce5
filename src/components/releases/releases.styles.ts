import { css } from 'lit';

export const releasesStyles = css`
  :host {
    --_image-width: var(--siar-releases-image-width, 8rem);
    --_columns-min: var(--siar-releases-columns-min, 16rem);
    --_urgent: var(--siar-releases-urgent, #b3261e);
    --_hoax: var(--siar-releases-hoax, #6a1b9a);
    --_pinned: var(--siar-releases-pinned, #0b5cad);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_urgent: var(--siar-releases-urgent, #ffb4ab);
      --_hoax: var(--siar-releases-hoax, #e1bee7);
      --_pinned: var(--siar-releases-pinned, #8cc4ff);
    }
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
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
  .image {
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
  }
  .title {
    margin: 0;
    font-size: 1rem;
    line-height: 1.35;
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
    color: var(--_muted);
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .meta {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
    color: var(--_muted);
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .ticker-bone {
    height: 3.5rem;
  }
  .meta-line {
    height: 0.9em;
  }
  .source {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .source-logo {
    width: 1rem;
    height: 1rem;
    object-fit: contain;
  }
  .badges {
    margin: 0 0 0.25rem;
    display: flex;
    gap: 0.375rem;
    flex-wrap: wrap;
  }
  .badge {
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 1.4;
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
  .more {
    margin: var(--_gap) 0 0;
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
    margin: 0 0.5rem 0 0;
  }
  .layout-ticker .item .body {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    white-space: nowrap;
  }
  .clone-title {
    font-weight: 700;
    white-space: nowrap;
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
