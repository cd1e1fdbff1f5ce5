import { css } from 'lit';

/**
 * A banner per alert, coloured by severity (text keeps WCAG AA contrast on each colour; the
 * severity is also written in words, never colour alone). Nothing in force: the host has no
 * content and no height. Adopted with the banner templates (`view.ts`), when data arrives: the
 * empty first frame needs none of it (its one rule, a transparent host, is in the component).
 */
export const alertStyles = css`
  :host {
    --_extreme: var(--siar-alert-extreme, #7f0000);
    --_severe: var(--siar-alert-severe, #b3261e);
    --_moderate: var(--siar-alert-moderate, #ffd54f);
    --_minor: var(--siar-alert-minor, #e3f2fd);
  }
  .base {
    display: grid;
    gap: 0.5rem;
  }
  .banner {
    position: relative;
    border-radius: var(--_radius);
    padding: 0.75rem 3.25rem 0.75rem 1rem;
    background: var(--_minor);
    color: #102a43;
  }
  .banner.severity-extreme {
    background: var(--_extreme);
    color: #ffffff;
  }
  .banner.severity-severe {
    background: var(--_severe);
    color: #ffffff;
  }
  .banner.severity-moderate {
    background: var(--_moderate);
    color: #1a1a1a;
  }
  .banner p {
    margin: 0.125rem 0;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }
  .severity {
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 0.8125rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.5rem;
  }
  .event {
    font-weight: 600;
  }
  .headline {
    font-size: 1.0625rem;
    font-weight: 700;
  }
  .instruction {
    font-weight: 600;
  }
  .area,
  .time,
  .quake,
  .bottom {
    font-size: 0.9375rem;
  }
  .bottom {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .banner a {
    color: inherit;
    text-decoration: underline;
    font-weight: 600;
  }
  .banner :focus-visible {
    outline-color: currentColor;
  }
  .dismiss {
    position: absolute;
    top: 0.375rem;
    right: 0.375rem;
    width: 2.75rem;
    height: 2.75rem;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    font-size: 1.5rem;
    line-height: 1;
    cursor: pointer;
  }
  .dismiss:hover {
    background: color-mix(in srgb, currentColor 15%, transparent);
  }
  /* Narrow slots (issue #17): the text takes the full width; only the first row (severity and
     event) keeps clear of the dismiss button, and is as tall as it, so the headline starts below. */
  @container (width < 30rem) {
    .banner {
      padding-right: 1rem;
    }
    .top {
      min-height: 2.25rem;
      padding-right: 2.5rem;
    }
  }
  .more {
    justify-self: start;
    min-height: 2.75rem;
    padding: 0 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
`;
