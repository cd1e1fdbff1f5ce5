import { css } from 'lit';
import { resultStyles } from '../../internal/results.js';

/**
 * `<siar-releases>`' styles for what only real items have (titles and links, badges, the source
 * logo, the image placeholder, the notice, the ticker's moving parts): adopted with the item
 * templates (view.ts), when data arrives. The row geometry the skeleton and the reservation need
 * stays in releases.styles.ts.
 */
export const releasesViewStyles = css`
  ${resultStyles}
  /* The badges' and the urgent marker's colours (nothing in the first frame uses them). */
  :host {
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
  .item.urgent {
    border-left: 4px solid var(--_urgent);
    padding-left: 0.75rem;
  }
  .placeholder {
    background: var(--_subtle)
      url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='%23808a94' stroke-width='1.5'%3E%3Crect x='3' y='5' width='18' height='14' rx='2'/%3E%3Cpath d='M3 16l5-5 4 4 3-3 6 6'/%3E%3C/svg%3E")
      center / 2rem no-repeat;
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
  .meta > time {
    margin-right: 0.75rem;
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
  /* An urgent card is outlined, not indented: its image keeps the width, and so the height, of the others. */
  .layout-cards .item.urgent {
    padding-left: 0;
    border: 1px solid var(--_urgent);
    box-shadow: 0 0 0 2px var(--_urgent);
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
  @container (width < 30rem) {
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
