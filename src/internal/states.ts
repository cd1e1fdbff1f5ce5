import { html, nothing, type TemplateResult } from 'lit';
import type { LoadMeta } from '../feed/load.js';
import { safeUrl } from '../feed/url.js';
import type { SiarElement } from './base-element.js';
import type { FeedController } from './feed-controller.js';
import type { WidgetErrorKind } from './events.js';
import type { StringKey } from './i18n.js';

/**
 * Templates for the states every widget shares before it has data: loading and error (the empty
 * state and the saved-copy notice follow a result: `results.ts`, loaded with the item templates).
 */

/** The string of an error kind: `no-source` → `errorNoSource`, `too-large` → `errorTooLarge`, … */
const errorKey = (kind: WidgetErrorKind) => `error${kind.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())}` as StringKey;

/**
 * The loading state, announced once as "Memuat…": a skeleton that reserves the widget's height.
 * Widgets pass a skeleton shaped like their own layout (so nothing shifts when content arrives);
 * otherwise `rows` plain bones.
 */
export function renderLoading(host: SiarElement, rows = 3, skeleton?: TemplateResult): TemplateResult {
  return html`<div part="status" class="loading" role="status">
    <span class="visually-hidden">${host.t('loading')}</span>
    ${skeleton ?? html`<div class="skeleton" aria-hidden="true">${Array.from({ length: rows }, () => html`<div class="bone"></div>`)}</div>`}
  </div>`;
}

/** A link that opens in a new tab, safely, with its new-tab hint for screen readers. */
export function externalLink(host: SiarElement, href: string | undefined, label: string, part = 'link'): TemplateResult | typeof nothing {
  const url = safeUrl(href);
  if (!url) return nothing;
  return html`<a part=${part} href=${url} target="_blank" rel="noopener noreferrer"
    >${label}<span class="visually-hidden"> ${host.t('newTab')}</span></a
  >`;
}

/**
 * The error state: what went wrong in plain words, a retry button, a link to the source, and the
 * page's own light-DOM fallback (slotted).
 */
export function renderError(host: SiarElement, controller: FeedController<LoadMeta>, sourceUrl: string | undefined): TemplateResult {
  const detail = controller.errorDetail();
  return html`<div part="error" class="error" role="alert">
    <p>${host.t(errorKey(detail.kind), { status: detail.status ?? '' })}</p>
    <div class="actions">
      ${detail.kind === 'no-source'
        ? nothing
        : html`<button part="retry-button" class="retry" type="button" @click=${() => controller.retry()}>${host.t('retry')}</button>`}
      ${externalLink(host, sourceUrl, host.t('openSource'), 'source-link')}
    </div>
    <slot></slot>
  </div>`;
}

/** How a widget treats images for readers who ask to save data: the `save-data` attribute. */
export type SaveDataMode = 'auto' | 'on' | 'off';

/**
 * Whether the reader asked the browser to save data (the Save-Data setting, `navigator.connection.saveData`)
 * or sits on a 2G-class connection (`effectiveType` `2g` / `slow-2g`). Browsers without the Network
 * Information API answer `false`.
 */
export function readerSavesData(): boolean {
  const connection = (globalThis.navigator as { connection?: { saveData?: boolean; effectiveType?: string } } | undefined)?.connection;
  return !!connection && (connection.saveData === true || connection.effectiveType === '2g' || connection.effectiveType === 'slow-2g');
}

/** `save-data` in force: `on` holds images back, `off` never does, `auto` (default) follows the reader. */
export function holdsImages(mode: string | undefined): boolean {
  return mode === 'on' || (mode !== 'off' && readerSavesData());
}

/**
 * The row above a list: the widget heading (when shown) and, in text-first (save-data) mode, the
 * "Tampilkan gambar" / "Show images" toggle, which stays after a press (`aria-pressed`) so focus
 * is not lost and images can go again. Nothing when neither is there.
 */
export function renderTop(
  host: SiarElement,
  headingTemplate: TemplateResult | typeof nothing,
  images: { shown: boolean; toggle: () => void } | undefined,
): TemplateResult | typeof nothing {
  if (headingTemplate === nothing && !images) return nothing;
  return html`<div class="top">
    ${headingTemplate}
    ${images
      ? html`<button part="images-button" class="images-toggle" type="button" aria-pressed=${images.shown ? 'true' : 'false'} @click=${images.toggle}>
          ${host.t('showImages')}
        </button>`
      : nothing}
  </div>`;
}
