import { yieldToMain } from '../feed/slices.js';

/**
 * Registers a custom element once, one task after the script that asks for it: evaluating
 * `dist/siar.js` and upgrading and rendering every widget on the page would otherwise be one long
 * task on the host page's main thread (200–300 ms on a slow phone for the four widgets). Each tag's
 * class is prepared (see {@link prepare}) in one task, then the tag is defined, and its elements
 * upgraded and first rendered, in the next; until then the
 * elements are `:not(:defined)`, so the page's reservation (docs/embed.md) and the light-DOM
 * fallback stay in place, and the first render follows the upgrade at once (no empty frame).
 * Code that needs the class at once can `await customElements.whenDefined(tag)`.
 *
 * A second definition (two copies of Siar on one page, e.g. a CDN script and a bundled one) warns
 * instead of throwing, so the page keeps working.
 *
 * Where there is no custom element registry (Node, when an SSR framework imports `siar` on the
 * server) nothing is registered and nothing is scheduled: importing Siar there must not throw.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || typeof customElements.define !== 'function') return;
  void yieldToMain()
    .then(() => {
      prepare(element);
      return yieldToMain();
    })
    .then(() => {
      const existing = customElements.get(tag);
      if (!existing) customElements.define(tag, element);
      else if (existing !== element) console.warn(`[siar] <${tag}> is already defined by another copy of Siar; keeping the first.`);
    });
}

/** What a Lit element class offers to be readied before its first instance. */
interface Preparable {
  finalize?: () => void;
  elementStyles?: readonly (CSSStyleSheet | { styleSheet?: CSSStyleSheet })[];
}

/**
 * The class-wide work of a Lit element, in a task of its own before the upgrade: its reactive
 * properties (accessors, attribute names) and its style sheets (a CSS parse). Otherwise both fall
 * into the task that upgrades and first renders the elements, which then passes 50 ms on a slow
 * phone. Anything else (a plain `HTMLElement`) has nothing to prepare.
 */
function prepare(element: CustomElementConstructor): void {
  const lit = element as unknown as Preparable;
  try {
    lit.finalize?.();
    for (const style of lit.elementStyles ?? []) if (!(style instanceof CSSStyleSheet)) void style.styleSheet;
  } catch {
    // Preparation is an optimisation: the upgrade does the same work if it failed here.
  }
}

/**
 * `HTMLElement`, or an empty stand-in where there is none (Node during server rendering), for
 * elements that extend it directly: declaring their class must not throw when `siar` is imported
 * on a server. (Lit elements get the same from Lit's own `node` build.)
 */
export const HTMLElementBase: typeof HTMLElement = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;
