import { css, html, nothing, type TemplateResult } from 'lit';
import type { LoadMeta } from '../feed/load.js';
import type { SiarElement } from './base-element.js';
import { formatDate, formatRelative } from './format.js';
import { externalLink } from './states.js';
import { addStrings } from './i18n.js';
import { RESULT_STRINGS } from './result-strings.js';

/**
 * The states that follow a result, shared by every widget: empty, and the notice beside a saved
 * copy or a partly failed load. Loaded with a widget's item templates (never at start-up).
 */

addStrings(RESULT_STRINGS);

/**
 * The saved-copy / partial-failure notice's look. Each widget's view styles start with it (they are
 * adopted, with the view, before the first render that can show the notice).
 */
export const resultStyles = css`
  .stale {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    color: var(--_warning-text);
    font-size: 0.875rem;
  }
`;

/** The empty state: a clear sentence and the source link. */
export function renderEmpty(host: SiarElement, sourceUrl: string | undefined, filtered = false): TemplateResult {
  return html`<div part="empty" class="empty" role="status">
    <p>${host.t(filtered ? 'emptyFiltered' : 'empty')}</p>
    ${externalLink(host, sourceUrl, host.t('openSource'), 'source-link')}
  </div>`;
}

/**
 * The quiet notice beside what loaded: a last-known-good copy (part `stale`), and sources that
 * failed while others loaded (part `partial`). One line of text, so it takes one item's room.
 */
export function renderStale(host: SiarElement, feeds: readonly LoadMeta[], failed = 0): TemplateResult | typeof nothing {
  const stale = feeds.filter((f) => f.source === 'stale');
  if (!stale.length && !failed) return nothing;
  const texts: string[] = [];
  const parts: string[] = [];
  if (stale.length) {
    const oldest = new Date(Math.min(...stale.map((f) => f.fetchedAt.getTime())));
    const lang = host.effectiveLang;
    const time = formatRelative(oldest, lang) ?? formatDate(oldest, lang, host.effectiveTimeZone);
    texts.push(host.t('stale', { time }));
    parts.push('stale');
  }
  if (failed) {
    texts.push(host.t('partial', { failed, total: failed + feeds.length }));
    parts.push('partial');
  }
  return html`<p part=${parts.join(' ')} class="stale" role="note">${texts.join(' ')}</p>`;
}
