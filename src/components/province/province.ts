import { define } from '../../internal/define.js';

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

  attributeChangedCallback(): void {
    for (const el of this.querySelectorAll<HTMLElement & { requestUpdate?: () => void }>('siar-releases, siar-videos, siar-directory, siar-social')) {
      el.requestUpdate?.();
    }
  }
}

define('siar-province', SiarProvince);

declare global {
  interface HTMLElementTagNameMap {
    'siar-province': SiarProvince;
  }
}
