import { define, HTMLElementBase } from '../../internal/define.js';

// On a server (SSR) there is no HTMLElement: declaring the class must not throw there.
const HTMLElement = HTMLElementBase;

/**
 * Shares one province profile with every Siar widget inside it — *satu pintu*:
 *
 * ```html
 * <siar-province profile="https://contohprov.go.id/siar/siar.json">
 *   <siar-releases></siar-releases>
 *   <siar-videos></siar-videos>
 * </siar-province>
 * ```
 *
 * It renders nothing of its own (`display: contents`). The profile is fetched once per page
 * however many widgets read it.
 *
 * @summary Gives the widgets inside it a province profile.
 * @slot - Siar widgets (and any other content).
 */
export class SiarProvince extends HTMLElement {
  static observedAttributes = ['profile'];

  /** URL of the province profile (`siar.json`). */
  get profile(): string {
    return this.getAttribute('profile') ?? '';
  }
  set profile(value: string) {
    this.setAttribute('profile', value);
  }

  connectedCallback(): void {
    // CSSOM, not a style attribute: allowed under a strict style-src policy.
    this.style.display = 'contents';
  }

  /** A new profile reaches every widget inside, in the light DOM and in (open) shadow roots. */
  attributeChangedCallback(): void {
    for (const el of widgetsIn(this)) el.requestUpdate?.();
  }
}

const WIDGETS = new Set(['siar-releases', 'siar-videos', 'siar-directory', 'siar-social', 'siar-alert']);

/** The Siar widgets under `root`, including those inside the open shadow roots of its descendants. */
function widgetsIn(root: Element | ShadowRoot): (HTMLElement & { requestUpdate?: () => void })[] {
  const found: (HTMLElement & { requestUpdate?: () => void })[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (WIDGETS.has(el.localName)) found.push(el);
    // A widget's own shadow root holds no widget; another component's may (a widget reads its
    // profile across shadow roots, see SiarElement.profileUrl).
    else if (el.shadowRoot) found.push(...widgetsIn(el.shadowRoot));
  }
  return found;
}

define('siar-province', SiarProvince);

declare global {
  interface HTMLElementTagNameMap {
    'siar-province': SiarProvince;
  }
}
