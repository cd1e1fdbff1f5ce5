// Helpers for tests that open real pages (the embed page, the configurator, the React example)
// in iframes of the test page, the way a host page would.

/** Polls `check` until it returns something truthy (default: 8 s). */
export async function waitFor<T>(check: () => T | undefined | null | false | '' | 0, what: string, timeout = 8000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const opened: HTMLIFrameElement[] = [];

/** Adds an iframe to the test page (`src` or `srcdoc`) and waits for its load event. */
export async function openFrame(options: { src?: string; srcdoc?: string; width?: number; height?: number }): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${options.width ?? 800}px`;
  frame.style.height = `${options.height ?? 600}px`;
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (options.srcdoc !== undefined) frame.srcdoc = options.srcdoc;
  else frame.src = options.src ?? 'about:blank';
  document.body.append(frame);
  opened.push(frame);
  await loaded;
  return frame;
}

/** Removes every iframe `openFrame` added. */
export function closeFrames(): void {
  for (const frame of opened.splice(0)) frame.remove();
}

/** The document of a same-origin frame. */
export function docOf(frame: HTMLIFrameElement): Document {
  return frame.contentDocument!;
}

type Widget = HTMLElement & { state?: string; updateComplete?: Promise<unknown> };

/** Waits until a widget (from any frame) exists and has left `loading`. */
export async function settledIn(doc: () => Document | null | undefined, selector: string, timeout = 8000): Promise<Widget> {
  return waitFor(
    () => {
      const el = doc()?.querySelector<Widget>(selector);
      return el && el.shadowRoot && el.getAttribute('state') && el.getAttribute('state') !== 'loading' ? el : undefined;
    },
    `${selector} to settle`,
    timeout,
  );
}

/** What each widget reflects on its host by itself (defaults), as opposed to what a page wrote. */
const REFLECTED_DEFAULTS: Record<string, Record<string, string>> = {
  'siar-releases': { lang: '', layout: 'list' },
  'siar-videos': { lang: '', layout: 'grid' },
  'siar-directory': { lang: '', layout: 'cards' },
  'siar-social': { lang: '', layout: 'horizontal', size: 'medium', variant: 'brand' },
  'siar-alert': { lang: '' },
};

/** Every attribute, name → value, sorted; without `state` (reflected) and `style` (CSSOM). */
export function allAttributes(el: Element): Record<string, string> {
  return Object.fromEntries(
    el
      .getAttributeNames()
      .filter((n) => n !== 'state' && n !== 'style')
      .sort()
      .map((n) => [n, el.getAttribute(n) ?? '']),
  );
}

/** The attributes a page wrote: {@link allAttributes} minus the defaults the widget reflects itself. */
export function attributesOf(el: Element): Record<string, string> {
  const defaults = REFLECTED_DEFAULTS[el.localName] ?? {};
  return Object.fromEntries(Object.entries(allAttributes(el)).filter(([n, v]) => defaults[n] !== v));
}

/** The visible item titles of a widget (its shadow root's `[part~=title]`, screen-reader-only text removed). */
export function titlesOf(el: Element): string[] {
  return [...(el.shadowRoot?.querySelectorAll('[part~="title"], [part~="name"], [part~="link"]') ?? [])].map((t) => {
    const copy = t.cloneNode(true) as Element;
    copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}
