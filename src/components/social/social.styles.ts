import { css } from 'lit';

// Brand colours keep a white icon at WCAG AA contrast (4.5:1 or more).
export const socialStyles = css`
  :host {
    --_gap-social: var(--siar-social-gap, 0.5rem);
    --_mono: var(--siar-social-color, var(--_text));
  }
  :host([size='small']) {
    --_size: var(--siar-social-size, 2.25rem);
  }
  :host,
  :host([size='medium']) {
    --_size: var(--siar-social-size, 2.75rem);
  }
  :host([size='large']) {
    --_size: var(--siar-social-size, 3.5rem);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap-social);
  }
  .layout-vertical .list,
  .layout-floating .list {
    flex-direction: column;
  }
  .layout-floating {
    position: fixed;
    inset-inline-end: 0;
    top: 50%;
    transform: translateY(-50%);
    z-index: var(--siar-social-z-index, 1000);
    padding: 0.375rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-end: 0;
    border-radius: var(--_radius) 0 0 var(--_radius);
  }
  .link {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-width: max(var(--_size), 24px);
    min-height: max(var(--_size), 24px);
    justify-content: center;
    border-radius: 999px;
    color: #fff;
    background: var(--_brand);
    --_icon-bg: var(--_brand);
    text-decoration: none;
    padding-inline: 0;
  }
  .link:has(.handle) {
    padding-inline: calc(var(--_size) * 0.25) calc(var(--_size) * 0.4);
  }
  .icon {
    width: calc(var(--_size) * 0.55);
    height: calc(var(--_size) * 0.55);
    flex: none;
  }
  .handle {
    font-size: 0.875rem;
    font-weight: 600;
  }
  :host([variant='mono']) .link {
    background: transparent;
    color: var(--_mono);
    border: 1px solid var(--_border);
    --_icon-bg: var(--_surface);
  }
  .link:hover {
    filter: brightness(1.15);
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }
  .platform-instagram {
    --_brand: #c13584;
  }
  .platform-facebook {
    --_brand: #1864d6;
  }
  .platform-youtube {
    --_brand: #cc0000;
  }
  .platform-x {
    --_brand: #000000;
  }
  .platform-tiktok {
    --_brand: #000000;
  }
  .platform-whatsapp {
    --_brand: #0f7a3d;
  }
  .platform-threads {
    --_brand: #000000;
  }
  .platform-telegram {
    --_brand: #1b6fa8;
  }
  .platform-linkedin {
    --_brand: #0a66c2;
  }
`;
