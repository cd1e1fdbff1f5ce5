/**
 * Registers a custom element once. A second definition (two copies of Siar on one page, e.g. a
 * CDN script and a bundled one) warns instead of throwing, so the page keeps working.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, element);
  else if (existing !== element) console.warn(`[siar] <${tag}> is already defined by another copy of Siar; keeping the first.`);
}
