import { css } from 'lit';

/**
 * Shared tokens and the styles of the common states. Public custom properties
 * (`--siar-color-accent`, `--siar-font-family`, …) are mapped to private `--_x` names once here;
 * components read only the private names. Colours meet WCAG AA in light and dark schemes.
 */
export const baseStyles = css`
  :host {
    --_font: var(--siar-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_accent: var(--siar-color-accent, #0b5cad);
    --_text: var(--siar-color-text, #1a1f24);
    --_muted: var(--siar-color-muted, #505a64);
    --_surface: var(--siar-color-surface, #ffffff);
    --_subtle: var(--siar-color-subtle, #eef1f4);
    --_border: var(--siar-color-border, #d5dbe1);
    --_danger: var(--siar-color-danger, #b3261e);
    --_warning-bg: var(--siar-color-warning-surface, #fff4d6);
    --_warning-text: var(--siar-color-warning-text, #5c4300);
    --_radius: var(--siar-radius, 8px);
    --_gap: var(--siar-gap, 1rem);
    --_focus: var(--siar-color-focus, #0b5cad);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    /* The widget paints its own surface, so its text keeps AA contrast in the dark scheme even on a
       light page. Set --siar-color-surface: transparent to let the page show through. */
    background: var(--_surface);
    line-height: 1.5;
    container-type: inline-size;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--siar-color-accent, #8cc4ff);
      --_text: var(--siar-color-text, #e8edf2);
      --_muted: var(--siar-color-muted, #b4bec8);
      --_surface: var(--siar-color-surface, #15191d);
      --_subtle: var(--siar-color-subtle, #242a30);
      --_border: var(--siar-color-border, #3a434c);
      --_danger: var(--siar-color-danger, #ffb4ab);
      --_warning-bg: var(--siar-color-warning-surface, #3d3000);
      --_warning-text: var(--siar-color-warning-text, #ffe08a);
      --_focus: var(--siar-color-focus, #8cc4ff);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .heading {
    margin: 0 0 0.75rem;
    font-size: var(--siar-heading-size, 1.25rem);
    line-height: 1.3;
  }
  /* The heading row: the heading, and in text-first (save-data) mode the "show images" toggle.
     Fixed height, so the toggle appearing never moves what follows. */
  .top {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    min-height: 2.75rem;
    margin: 0 0 0.5rem;
  }
  .top .heading {
    margin: 0;
  }
  .images-toggle {
    flex: none;
    font: inherit;
    font-size: 0.875rem;
    min-height: 44px;
    min-width: 44px;
    padding: 0 0.75rem;
    margin-left: auto;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  /* Narrow slots (issue #17): heading and "show images" toggle stay on one row, so the row keeps
     its height ("Siaran Pers" + "Tampilkan gambar" fit 280px; a longer heading is cut with "…"
     while the toggle is there, and read whole by screen readers). */
  @container (width < 30rem) {
    .top:has(.images-toggle) {
      flex-wrap: nowrap;
      gap: 0.5rem;
    }
    .top:has(.images-toggle) .heading {
      min-width: 0;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .images-toggle {
      padding: 0 0.5rem;
      font-size: 0.8125rem;
    }
  }
  .images-toggle[aria-pressed='true'] {
    background: var(--_subtle);
    color: var(--_text);
    border-color: var(--_border);
  }
  .status,
  .error,
  .empty {
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error {
    border-color: var(--_danger);
  }
  .error p,
  .empty p {
    margin: 0 0 0.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  button.retry {
    font: inherit;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_surface);
    cursor: pointer;
  }
  .skeleton {
    display: grid;
    gap: 0.75rem;
  }
  .bone {
    height: var(--_bone-height, 4.5rem);
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_subtle) 0%, var(--_border) 50%, var(--_subtle) 100%);
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  .bone.line {
    height: 1.1em;
    margin: 0.2em 0;
  }
  .bone.line.short {
    width: 60%;
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
`;
