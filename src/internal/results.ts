import { css, html, nothing, render, type TemplateResult } from 'lit';
import type { LoadMeta } from '../feed/load.js';
import type { SiarElement } from './base-element.js';
import { formatDate, formatRelative } from './format.js';
import { externalLink } from './states.js';
import { addStrings } from './i18n.js';
import { RESULT_STRINGS } from './result-strings.js';
import { yieldToMain } from '../feed/slices.js';

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

// ---------------------------------------------------------------------------------------------
// Warm-up

const warmed = new Set<string>();
let inert: Document | undefined;

/**
 * Prepares a view's templates before its first real render, once per page: renders samples (items
 * that use every branch of the markup, images included) while the data downloads, one per task
 * (a view's templates prepared in one go were a long task of their own). Lit parses each template
 * the first time it is used and the browser compiles the code behind them, which together made
 * the render of the first items a widget's longest task; the real render then only clones. The
 * samples go into a document that has no browsing context, so nothing in them loads (their images
 * are never requested) and nothing reaches the page or the host.
 */
export async function warmUpOnce(view: string, host: object, samples: (() => unknown)[]): Promise<void> {
  if (warmed.has(view)) return;
  warmed.add(view);
  for (const sample of samples) {
    try {
      inert ??= document.implementation.createHTMLDocument('');
      render(sample(), inert.createElement('div'), { host, creationScope: inert });
    } catch {
      // Only a head start: the real render prepares whatever this did not.
    }
    await yieldToMain();
  }
}

// ---------------------------------------------------------------------------------------------
// Progressive drawing

/**
 * Long lists drawn a few items per task. Drawing a result's whole list in the render that shows it
 * is the longest task a widget has (the directory's 40–60 agencies, twelve video facades: over
 * 50 ms on a phone four times slower than a laptop, a "long task" that delays the host page's taps
 * and scrolling). A view draws the first `step` items, then `step` more in each following task,
 * until every item shows; a widget's `updateComplete` (and so `siar-load`) waits for the last one.
 */

/** A host whose list draws progressively: it awaits {@link ProgressiveHost.drawing} in `getUpdateComplete`. */
export interface ProgressiveHost {
  requestUpdate(): void;
  /** Settles once every item of the current list is drawn; unset when nothing is pending. */
  drawing?: Promise<void> | undefined;
}

interface Drawn {
  /** What the list shows (the loaded result): new data starts again with the first items. */
  key: unknown;
  count: number;
  total: number;
  step: number;
}

const lists = new WeakMap<ProgressiveHost, Drawn>();

/**
 * How many of a list's `total` items to draw in this render: `step` in the first render of `key`
 * (a new result), then `step` more per task; once every item has been drawn, all of them (a
 * re-render, a wider search, `limit` raised: nothing is held back twice).
 */
export function drawnCount(host: ProgressiveHost, key: unknown, total: number, step: number): number {
  let drawn = lists.get(host);
  if (!drawn || drawn.key !== key) lists.set(host, (drawn = { key, count: step, total, step }));
  drawn.total = total;
  if (drawn.count < total) host.drawing ??= grow(host);
  else drawn.count = Infinity;
  return Math.min(drawn.count, total);
}

async function grow(host: ProgressiveHost): Promise<void> {
  try {
    for (;;) {
      // The render that drew the last items finishes in this task; the next ones get their own.
      // (A widget taken off the page finishes too: Lit renders it all the same, and it comes back whole.)
      await yieldToMain();
      const drawn = lists.get(host);
      if (!drawn || drawn.count >= drawn.total) return;
      drawn.count += drawn.step;
      host.requestUpdate();
    }
  } finally {
    host.drawing = undefined;
  }
}
