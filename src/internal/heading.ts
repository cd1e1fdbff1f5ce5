import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Clamps a `heading-level` attribute to 1–6 (default `fallback`). */
export function headingLevel(value: unknown, fallback = 2): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && n >= 1 && n <= 6 ? n : fallback;
}

/**
 * A real `<hN>` element at the configured level, so a widget fits the host page's outline.
 * (Six literal templates keep Lit's static-html helper out of the bundle.)
 */
export function heading(level: number, content: unknown, part: string, id?: string): TemplateResult {
  switch (headingLevel(level)) {
    case 1:
      return html`<h1 part=${part} class=${part} id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${part} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part} id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${part} id=${ifDefined(id)}>${content}</h6>`;
  }
}
