import { css } from 'lit';
import { resultStyles } from '../../internal/results.js';

/**
 * `<siar-directory>`'s styles for what only a loaded directory has (the search form, the count,
 * groups, rows, an opened agency's details, logos and monograms, the "show all" button): adopted
 * with the list's templates (view.ts, via read.ts) before the render that first draws them
 * (`addStyles` in the component's `willUpdate`). The first frame's styles (tokens, the skeleton's
 * bone height, the error state's actions) stay in directory.styles.ts, which comes before these:
 * later rules here win ties as they did when both were one sheet.
 */
export const directoryViewStyles = css`
  ${resultStyles}
  /* search and filter */
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin: 0 0 0.5rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    flex: 1 1 14rem;
    min-width: 0;
  }
  .field.type-field {
    flex: 0 1 14rem;
  }
  .field label {
    font-size: 0.875rem;
    font-weight: 600;
  }
  input[type='search'],
  select {
    font: inherit;
    width: 100%;
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .count {
    margin: 0 0 0.75rem;
    font-size: 0.875rem;
    color: var(--_muted);
    min-height: 1.5em;
  }

  /* groups and list */
  .groups {
    display: grid;
    gap: var(--_gap);
  }
  .group {
    /* A group away from the screen skips style and layout as a whole, so the rows a widened search
       puts back into it cost little until it is scrolled to (halves the cost of showing all 500
       again). Until a group has been shown once, its height is a guess. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 20rem;
    /* content-visibility clips painting to the group's box; cards whose border ends on that edge
       at a fractional pixel would lose it. */
    overflow-clip-margin: 1px;
  }
  .group-heading {
    margin: 0 0 0.5rem;
    font-size: 1rem;
    line-height: 1.3;
    color: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .layout-cards .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_columns-min)), 1fr));
    align-items: start;
    gap: 0.75rem;
  }
  .item {
    min-width: 0;
    scroll-margin-top: 1rem;
    /* 500 agencies: rows off screen skip layout and paint until scrolled to */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 3.75rem;
  }
  .agency {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .agency[open] {
    border-color: var(--_accent);
  }

  /* the summary: logo, name, short name, type; the whole row is the toggle */
  .summary {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 44px;
    padding: 0.625rem 0.75rem;
    cursor: pointer;
    list-style: none;
    border-radius: var(--_radius);
  }
  .summary::-webkit-details-marker {
    display: none;
  }
  .summary::after {
    content: '';
    flex: none;
    width: 0.5rem;
    height: 0.5rem;
    margin-left: auto;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 0.15s;
    color: var(--_muted);
  }
  .agency[open] > .summary::after {
    transform: rotate(-135deg);
  }
  .summary:hover .name {
    color: var(--_accent);
  }
  .names {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .name {
    font-weight: 600;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .short-name,
  .type {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .type {
    align-self: flex-start;
    margin-top: 0.125rem;
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.75rem;
    line-height: 1.5;
  }
  .layout-compact .type {
    align-self: center;
    margin-top: 0;
  }
  .logo {
    flex: none;
    width: var(--_logo-size);
    height: var(--_logo-size);
    border-radius: calc(var(--_radius) / 2);
    object-fit: contain;
  }
  .monogram {
    display: grid;
    place-items: center;
    background: var(--_subtle);
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.02em;
  }

  /* the opened agency */
  .details {
    padding: 0 0.75rem 0.75rem;
    display: grid;
    gap: 0.75rem;
    font-size: 0.9375rem;
  }
  .facts {
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  .facts dt {
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .head-title,
  .ppid-name {
    display: block;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .ppid-name {
    color: var(--_text);
    font-size: inherit;
  }
  .map {
    display: inline-block;
    margin-top: 0.125rem;
  }
  .ppid .actions {
    margin-top: 0.25rem;
  }
  .action {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 44px;
    overflow-wrap: anywhere;
  }
  .action svg {
    flex: none;
    width: 1.125rem;
    height: 1.125rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .action-whatsapp {
    color: var(--_whatsapp);
  }
  .social {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .social a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    text-decoration: none;
    font-size: 0.875rem;
  }
  .social svg {
    flex: none;
    width: 1rem;
    height: 1rem;
    margin-right: 0.375rem;
  }
  .social a:hover {
    border-color: var(--_accent);
  }
  .show-all {
    font: inherit;
    margin-top: var(--_gap);
    min-height: 44px;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }

  /* compact: a dense list, one line per agency until opened */
  .layout-compact .list {
    gap: 0;
  }
  .layout-compact .agency {
    border-width: 0 0 1px;
    border-radius: 0;
    background: transparent;
  }
  .layout-compact .item:first-child .agency {
    border-top-width: 1px;
  }
  .layout-compact .summary {
    padding: 0.375rem 0.25rem;
  }
  .layout-compact .names {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5rem;
  }
  .layout-compact .details {
    padding: 0 0.25rem 0.75rem;
  }

  @media (prefers-reduced-motion: reduce) {
    .summary::after {
      transition: none;
    }
  }
`;
