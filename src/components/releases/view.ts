import { html, nothing, type TemplateResult } from 'lit';
import { truncate } from '../../feed/collapse.js';
import { dateTimeAttribute, formatDate, formatRelative } from '../../internal/format.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { renderEmpty, renderStale, warmUpOnce } from '../../internal/results.js';
import type { SiarReleases } from './releases.component.js';
import type { ReleaseItem } from './select.js';
import { addStrings } from '../../internal/i18n.js';
import { RELEASES_VIEW_STRINGS } from './strings.js';

/**
 * How `<siar-releases>` draws its items: loaded with its first request, beside the data, so the
 * widget's first frame (heading and skeleton) needs none of it. `releases.component.ts` holds
 * the element, its states and the skeleton.
 */

addStrings(RELEASES_VIEW_STRINGS);

import { selectItems } from './select.js';

export { mergeFeeds } from './select.js';
export { releasesViewStyles as styles } from './view.styles.js';

/** The items `limit`, `category` and `query` select, in order. */
export function selected(host: SiarReleases, items: readonly ReleaseItem[]): ReleaseItem[] {
  return selectItems(items, { limit: host.limit, category: host.category, query: host.query });
}

/**
 * The items on screen. A saved (stale) copy shows one item fewer than `limit`, so its notice sits
 * in the room the widget reserved instead of pushing the page down (and the fresh list that
 * follows takes that room back without a jump).
 */
export function shown(
  host: SiarReleases,
  items: readonly ReleaseItem[],
  feeds: readonly { source: string }[] | undefined,
  failed: number = host.feedResult?.errors.length ?? 0,
): ReleaseItem[] {
  const chosen = selected(host, items);
  // A notice (saved copy, or a source that failed) takes the room of the last item.
  const stale = !!feeds?.some((f) => f.source === 'stale') || failed > 0;
  const rows = host.rows;
  return stale && host.layout !== 'ticker' && rows > 1 && chosen.length >= rows ? chosen.slice(0, rows - 1) : chosen;
}

/** An item that uses every part of a row's markup, image and source logo included, for {@link warmUp}. */
const SAMPLE: ReleaseItem = {
  id: 'siar-warm-up',
  title: 'Siaran pers',
  url: 'https://example.invalid/',
  summary: 'Ringkasan',
  published: new Date(0),
  image: { url: 'https://example.invalid/siar-warm-up.jpg', width: 320, height: 180 },
  categories: [],
  authors: [],
  priority: 'urgent',
  kind: 'announcement',
  source: 'Provinsi Contoh',
  sourceLogo: 'https://example.invalid/siar-warm-up.svg',
};

/** Prepares the row's templates off the page while the feed downloads, a part per task (see `warmUpOnce`). */
export function warmUp(host: SiarReleases): Promise<void> {
  return warmUpOnce('releases', host, [
    () => renderImage(host, SAMPLE),
    () => renderBadges(host, SAMPLE),
    () => renderMeta(host, SAMPLE, host.shownParts),
    () => html`<ul class="list">${renderItem(host, SAMPLE)}</ul>`,
  ]);
}

/** The list (or the ticker), the saved-copy notice, and the announcement of urgent items. */
export function renderItems(host: SiarReleases): TemplateResult {
  const result = host.feedResult;
  const items = shown(host, host.merged, result?.feeds);
  const home = result?.feeds.find((f) => f.link)?.link ?? host.sourceUrl;
  if (!items.length) return renderEmpty(host, home, !!(host.category || host.query) && host.merged.length > 0);
  const urgent = items.filter((i) => i.priority === 'urgent');
  const list = html`<ul part="list" class="list" role="list">
    ${items.map((item) => renderItem(host, item))}
  </ul>`;
  // The saved-copy notice goes below the list, in the room of the item it displaced: when the
  // fresh list arrives, the items above stay where the reader's eyes are.
  return html`${host.layout === 'ticker' ? renderTicker(host, items, list) : list}
    ${result ? renderStale(host, result.feeds, result.errors.length) : nothing}
    <div class="visually-hidden" role="status">${urgent.map((i) => host.t('urgentAnnouncement', { title: i.title }))}</div>`;
}

/**
 * The ticker scrolls a second, inert copy of the titles behind the real list so the loop is
 * seamless. A pause button satisfies WCAG 2.2.2; hover and focus pause it too; under
 * `prefers-reduced-motion` it does not move at all (the list scrolls by hand).
 */
function renderTicker(host: SiarReleases, items: readonly ReleaseItem[], list: TemplateResult): TemplateResult {
  return html`<div class="ticker ${host.tickerPaused ? 'paused' : ''}">
    <button part="pause-button" class="pause" type="button" aria-pressed=${host.tickerPaused ? 'true' : 'false'} @click=${() => (host.tickerPaused = !host.tickerPaused)}>
      ${host.t('pauseTicker')}
    </button>
    <div class="viewport">
      <div class="track">
        ${list}
        <ul class="list clone" aria-hidden="true">
          ${items.map((item) => html`<li class="item"><span class="clone-title">${item.title}</span></li>`)}
        </ul>
      </div>
    </div>
  </div>`;
}

function renderItem(host: SiarReleases, item: ReleaseItem): TemplateResult {
  const parts = host.shownParts;
  const level = Math.min(headingLevel(host.headingLevel) + (parts.has('heading') ? 1 : 0), 6);
  const compact = host.layout === 'compact' || host.layout === 'ticker';
  const title = item.title || item.summary.slice(0, 80) || item.url || '';
  const link = item.url
    ? html`<a part="link" href=${item.url} target="_blank" rel="noopener noreferrer" @click=${(e: MouseEvent) => select(host, e, item)}
        >${title}<span class="visually-hidden"> ${host.t('newTab')}</span></a
      >`
    : title;
  return html`<li part="item" class="item ${item.priority ?? ''} kind-${item.kind}">
    ${host.hasImages ? renderImage(host, item) : nothing}
    <div class="body">
      <div class="headline">${renderBadges(host, item)} ${heading(level, link, 'title')}</div>
      ${parts.has('summary') && !compact && item.summary ? html`<p part="summary" class="summary">${truncate(item.summary, 240)}</p>` : nothing}
      ${renderMeta(host, item, parts)}
    </div>
  </li>`;
}

function renderImage(host: SiarReleases, item: ReleaseItem): TemplateResult {
  const image = item.image;
  // Text first: the same box, empty, until the reader asks for images.
  if (!image || host.brokenImages.has(image.url) || host.textFirst) return html`<div part="image" class="image placeholder" aria-hidden="true"></div>`;
  return html`<img
    part="image"
    class="image"
    src=${image.url}
    alt=""
    width=${image.width ?? 320}
    height=${image.height ?? 180}
    loading="lazy"
    decoding="async"
    referrerpolicy="no-referrer"
    @error=${() => {
      host.brokenImages = new Set(host.brokenImages).add(image.url);
    }}
  />`;
}

function renderBadges(host: SiarReleases, item: ReleaseItem): TemplateResult | typeof nothing {
  const badges: [string, string][] = [];
  if (item.priority === 'urgent') badges.push(['urgent', host.t('badgeUrgent')]);
  else if (item.priority === 'pinned') badges.push(['pinned', host.t('badgePinned')]);
  if (item.kind === 'hoax-clarification') badges.push(['hoax', host.t('badgeHoax')]);
  else if (item.kind === 'announcement') badges.push(['announcement', host.t('badgeAnnouncement')]);
  if (!badges.length) return nothing;
  return html`<p class="badges">${badges.map(([kind, label]) => html`<span part="badge" class="badge badge-${kind}">${label}</span>`)}</p>`;
}

function renderMeta(host: SiarReleases, item: ReleaseItem, parts: ReadonlySet<string>): TemplateResult | typeof nothing {
  const date = parts.has('date') && item.published ? item.published : undefined;
  const source = parts.has('source') && item.source ? item.source : '';
  if (!date && !source) return nothing;
  const lang = host.effectiveLang;
  const zone = host.effectiveTimeZone;
  let dateText = '';
  // A date the feed gave without a time prints as the day alone: no invented time, and no
  // "7 hours ago" counted from a midnight nobody published at.
  const dateOnly = !!item.dateOnly;
  if (date) {
    const absolute = formatDate(date, lang, zone, { time: !dateOnly });
    const relative = dateOnly ? undefined : formatRelative(date, lang);
    dateText = relative ? `${relative} · ${absolute}` : absolute;
  }
  return html`<p class="meta">
    ${date ? html`<time part="date" datetime=${dateTimeAttribute(date, zone, { dateOnly })}>${dateText}</time>` : nothing}
    ${source
      ? html`<span part="source" class="source"
          >${item.sourceLogo && !host.textFirst ? html`<img class="source-logo" src=${item.sourceLogo} alt="" width="16" height="16" />` : nothing}${host.t('source', {
            name: source,
          })}</span
        >`
      : nothing}
  </p>`;
}

/** `siar-select` before the link is followed; a listener's `preventDefault()` keeps the reader here. */
function select(host: SiarReleases, event: MouseEvent, item: ReleaseItem): void {
  if (!host.emit('siar-select', { item }, { cancelable: true })) event.preventDefault();
}
