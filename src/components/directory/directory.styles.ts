import { css } from 'lit';

export const directoryStyles = css`
  :host {
    --_columns-min: var(--siar-directory-columns-min, 18rem);
    --_logo-size: var(--siar-directory-logo-size, 2.5rem);
    --_whatsapp: var(--siar-directory-whatsapp, #0a7d3b);
    --_bone-height: 3.5rem;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_whatsapp: var(--siar-directory-whatsapp, #6fdc9a);
    }
  }

  [hidden] {
    display: none !important;
  }

  /* The error state's actions (its retry button and source link) and an opened agency's contact
     links share this class: it stays at start-up so the error state looks the same whether or not the
     list's styles (view.styles.ts) have arrived. */
  .actions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }

  /* Read by scripts/docs.mjs (slot widths in docs/theming.md); it changes nothing before an agency
     is opened. */
  @container (min-width: 40rem) {
    .layout-compact .facts {
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    }
  }
`;
