import { render, svg, type SVGTemplateResult } from 'lit';
import type { Platform } from './accounts.js';

/**
 * A small inline SVG icon per platform (no icon font, no third-party request). Loaded after
 * start-up: `<siar-social>` imports it as it connects (and beside its profile request), so its
 * first frame has the links, their names and their brand colours, and the icons follow.
 */
export const ICONS: Readonly<Record<Platform, SVGTemplateResult>> = {
  instagram: svg`<rect x="3" y="3" width="18" height="18" rx="5" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="12" cy="12" r="4" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="17.3" cy="6.7" r="1.3" fill="currentColor"/>`,
  facebook: svg`<path fill="currentColor" d="M13.5 21v-7.5h2.6l.4-3h-3V8.6c0-.9.3-1.5 1.6-1.5h1.6V4.4c-.3 0-1.2-.1-2.3-.1-2.3 0-3.9 1.4-3.9 4v2.2H7.9v3h2.6V21z"/>`,
  youtube: svg`<rect x="2" y="5" width="20" height="14" rx="4" fill="currentColor"/><path d="M10 9v6l5-3z" fill="var(--_icon-bg, #fff)"/>`,
  x: svg`<path fill="currentColor" d="M17.8 3h3l-6.6 7.6L22 21h-6.1l-4.8-6.2L5.6 21h-3l7.1-8.1L2.2 3h6.2l4.3 5.7zm-1 16.2h1.7L7.3 4.7H5.5z"/>`,
  tiktok: svg`<path fill="currentColor" d="M16.6 2h-3.3v13.2a2.9 2.9 0 1 1-2.9-2.9c.3 0 .6 0 .9.1V9a6.3 6.3 0 1 0 5.3 6.2V8.6a7.7 7.7 0 0 0 4.4 1.4V6.7a4.4 4.4 0 0 1-4.4-4.4z"/>`,
  whatsapp: svg`<path fill="currentColor" d="M12 2a10 10 0 0 0-8.6 15.1L2 22l5-1.3A10 10 0 1 0 12 2zm0 18.2a8.2 8.2 0 0 1-4.2-1.2l-.3-.2-3 .8.8-2.9-.2-.3A8.2 8.2 0 1 1 12 20.2zm4.5-6.1c-.2-.1-1.5-.7-1.7-.8s-.4-.1-.6.1l-.8 1c-.1.2-.3.2-.5.1a6.7 6.7 0 0 1-3.3-2.9c-.3-.4.2-.4.7-1.3.1-.2 0-.3 0-.4l-.8-1.8c-.2-.5-.4-.4-.6-.4h-.5a1 1 0 0 0-.7.3 3 3 0 0 0-.9 2.2 5.2 5.2 0 0 0 1.1 2.7 11.8 11.8 0 0 0 4.5 4c1.7.7 2.3.8 3.2.6a2.6 2.6 0 0 0 1.7-1.2 2.1 2.1 0 0 0 .2-1.2c-.1-.1-.3-.2-.5-.3z"/>`,
  threads: svg`<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M16.5 11.5c-.4-2.4-2-3.5-4.2-3.5-2.4 0-3.8 1.6-3.8 3.4 0 1.9 1.5 3 3.4 3 2.6 0 3.8-2 3.8-5.1 0 6 4.3 6.3 4.3.7C20 5.6 16.6 3 12 3 7 3 3.5 6.6 3.5 12S7 21 12 21c2.3 0 4.2-.7 5.6-2"/>`,
  telegram: svg`<path fill="currentColor" d="M21.4 4.2 2.9 11.4c-1.3.5-1.2 1.2-.2 1.5l4.7 1.5 1.8 5.6c.2.6.4.8.9.8s.7-.2 1-.5l2.3-2.2 4.8 3.5c.9.5 1.5.2 1.7-.8L22.9 5.6c.3-1.3-.5-1.9-1.5-1.4zM8.8 14l9.6-6.1c.5-.3.9-.1.5.2l-8 7.3-.3 3.3z"/>`,
  linkedin: svg`<path fill="currentColor" d="M4 3a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM2.3 8.5h3.4V21H2.3zm5.6 0h3.3v1.7c.5-.9 1.6-1.9 3.4-1.9 3.6 0 4.3 2.4 4.3 5.4V21h-3.4v-6.5c0-1.5 0-3.5-2.1-3.5s-2.4 1.6-2.4 3.4V21H7.9z"/>`,
};

/**
 * Prepares every icon's template off the page, in a task of its own before a bar shows them: Lit
 * parses a template the first time it is used, and eight SVG icons parsed inside the render that
 * first shows a profile's accounts made it a long task on a slow phone. Nothing is requested.
 */
export function prepareIcons(): void {
  try {
    render(Object.values(ICONS), document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
  } catch {
    // Only a head start: the first real render prepares whatever this did not.
  }
}
