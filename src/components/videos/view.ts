import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FeedResult } from '../../internal/feed-controller.js';
import type { VideoItem } from '../../internal/events.js';
import { formatCount, formatDate, formatDuration } from '../../internal/format.js';
import { drawnCount, renderEmpty, renderStale, warmUpOnce } from '../../internal/results.js';
import { isProviderHost, playerUrl, youtubeThumbnails } from './embed.js';
import type { SiarVideos } from './videos.component.js';

/**
 * How `<siar-videos>` draws its videos: loaded with its first request, beside the data, so the
 * widget's first frame (heading and skeleton) needs none of it. `videos.component.ts` holds the
 * element, its states and the skeleton.
 */

export { videosViewStyles as styles } from './view.styles.js';

/** Facades drawn per task when videos arrive: a facade (thumbnail, play button, title, meta) is the costliest part of the render. */
const VIDEOS_PER_TASK = 4;

/** A video that uses a facade's markup, thumbnail included, for {@link warmUp}. */
const SAMPLE: VideoItem = {
  id: 'siar-warm-up',
  title: 'Video',
  url: 'https://example.invalid/v.mp4',
  summary: '',
  published: new Date(0),
  image: { url: 'https://example.invalid/siar-warm-up.jpg' },
  categories: [],
  authors: [],
  kind: 'release',
  video: { provider: 'file', id: 'https://example.invalid/v.mp4', url: 'https://example.invalid/v.mp4', duration: 60, views: 1 },
};

/** Prepares the facade and placeholder templates off the page while the feed downloads (see `warmUpOnce`). */
export function warmUp(host: SiarVideos): Promise<void> {
  return warmUpOnce('videos', host, [() => renderFacade(host, SAMPLE), () => html`<ul class="list">${renderVideo(host, SAMPLE, 1)}${renderPlaceholder(SAMPLE)}</ul>`]);
}

/** The saved-copy notice, the carousel's buttons and the list of facades (or the empty state). */
export function renderVideos(host: SiarVideos, result: FeedResult): TemplateResult {
  const videos = host.videos(result);
  if (!videos.length) return renderEmpty(host, result.feeds.find((f) => f.link)?.link ?? host.sourceUrl);
  // A new result's facades are drawn VIDEOS_PER_TASK at a time (one task each), the rest hold their place.
  const drawn = drawnCount(host, result, videos.length, VIDEOS_PER_TASK);
  const listId = `${host.headingId}-list`;
  const headed = host.shownParts.has('heading');
  return html`${renderStale(host, result.feeds, result.errors.length)}
    ${host.layout === 'carousel'
      ? html`<div class="nav">
          <button part="nav-button" type="button" aria-controls=${listId} aria-label=${host.effectiveLang === 'en' ? 'Previous videos' : 'Video sebelumnya'} @click=${() => scrollList(host, -1)}>‹</button>
          <button part="nav-button" type="button" aria-controls=${listId} aria-label=${host.effectiveLang === 'en' ? 'Next videos' : 'Video berikutnya'} @click=${() => scrollList(host, 1)}>›</button>
        </div>`
      : nothing}
    <ul part="list" class="list" id=${listId} role="list" tabindex=${ifDefined(host.layout === 'carousel' ? '0' : undefined)} aria-labelledby=${ifDefined(headed ? host.headingId : undefined)} aria-label=${ifDefined(headed ? undefined : host.heading || host.t('videosHeading'))}>
      ${videos.slice(0, drawn).map((item, index) => renderVideo(host, item, index))}${videos.slice(drawn).map(renderPlaceholder)}
    </ul>`;
}

/**
 * A video not drawn yet: its box (frame of its aspect; the title and meta boxes have fixed
 * heights), so the list already has its final height (see {@link VIDEOS_PER_TASK}); as few nodes
 * as that takes.
 */
function renderPlaceholder(item: VideoItem): TemplateResult {
  const { ratio, vertical } = frameOf(item);
  return html`<li class="item ${vertical}" aria-hidden="true"><div class="frame ${ratio} bone"></div><div class="title"></div><div class="meta"></div></li>`;
}

/** The frame's aspect class, and `vertical` for 9:16 (a narrower item). */
function frameOf(item: VideoItem): { ratio: string; vertical: string } {
  const aspect = item.video.aspect;
  return { ratio: aspect === '9:16' ? 'ratio-9-16' : aspect === '1:1' ? 'ratio-1-1' : 'ratio-16-9', vertical: aspect === '9:16' ? 'vertical' : '' };
}

function scrollList(host: SiarVideos, direction: number): void {
  const list = host.renderRoot.querySelector<HTMLElement>('.list');
  list?.scrollBy({ left: direction * list.clientWidth * 0.9, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

/** The thumbnails to try, best first: none in text-first mode, none from a provider with `thumbnails="local"`. */
function thumbnailChain(host: SiarVideos, item: VideoItem): string[] {
  const chain: string[] = [];
  if (host.textFirst) return chain;
  const local = host.thumbnails === 'local';
  if (item.image && !(local && isProviderHost(item.image.url))) chain.push(item.image.url);
  if (!local && item.video.provider === 'youtube') chain.push(...youtubeThumbnails(item.video.id));
  return [...new Set(chain)];
}

function renderVideo(host: SiarVideos, item: VideoItem, index: number): TemplateResult {
  const { video } = item;
  const { ratio, vertical } = frameOf(item);
  const featured = host.featured && index === 0 ? 'featured' : '';
  const title = item.title || video.url;
  const lang = host.effectiveLang;
  const meta = [
    video.views !== undefined ? host.t('views', { count: formatCount(video.views, lang) }) : '',
    item.published ? formatDate(item.published, lang, host.effectiveTimeZone, { time: false }) : '',
    host.provinceProfile && host.fromProvince.has(item) ? host.t('source', { name: host.provinceProfile.shortName }) : '',
  ].filter(Boolean);
  return html`<li part="item" class="item ${featured} ${vertical}">
    <div part="frame" class="frame ${ratio}">
      ${host.playing.has(item.id) ? renderPlayer(item) : renderFacade(host, item)}
    </div>
    <p part="title" class="title">
      <a part="link" href=${video.url} target="_blank" rel="noopener noreferrer" @click=${(e: MouseEvent) => select(host, e, item)}>${title}<span class="visually-hidden"> ${host.t('newTab')}</span></a>
    </p>
    ${meta.length && host.shownParts.has('meta') ? html`<p part="meta" class="meta">${meta.join(' · ')}</p>` : html`<div class="meta" aria-hidden="true"></div>`}
  </li>`;
}

function renderFacade(host: SiarVideos, item: VideoItem): TemplateResult {
  const chain = thumbnailChain(host, item);
  const step = host.thumbStep.get(item.id) ?? 0;
  const src = chain[step];
  return html`${src
      ? html`<img part="image" class="thumb" src=${src} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer"
          @error=${() => {
            host.thumbStep = new Map(host.thumbStep).set(item.id, step + 1);
            host.requestUpdate();
          }} />`
      : html`<div part="image" class="thumb placeholder" aria-hidden="true"></div>`}
    <button part="play-button" class="play" type="button" aria-label=${host.t('playVideo', { title: item.title || item.video.url })} @click=${() => play(host, item)}>
      <svg viewBox="0 0 68 48" aria-hidden="true" focusable="false"><path class="play-bg" d="M66.5 7.7a8.5 8.5 0 0 0-6-6C55.3.3 34 .3 34 .3s-21.3 0-26.5 1.4a8.5 8.5 0 0 0-6 6C.1 12.9.1 24 .1 24s0 11.1 1.4 16.3a8.5 8.5 0 0 0 6 6C12.7 47.7 34 47.7 34 47.7s21.3 0 26.5-1.4a8.5 8.5 0 0 0 6-6C67.9 35.1 67.9 24 67.9 24s0-11.1-1.4-16.3z"/><path class="play-icon" d="M45 24 27 14v20z"/></svg>
    </button>
    ${item.video.duration && host.shownParts.has('duration') ? html`<span part="duration" class="duration">${formatDuration(item.video.duration)}</span>` : nothing}`;
}

function renderPlayer(item: VideoItem): TemplateResult {
  const { video } = item;
  const title = item.title || video.url;
  if (video.provider === 'file') {
    return html`<video part="player" class="player" src=${video.id} controls autoplay playsinline preload="metadata" aria-label=${title}></video>`;
  }
  return html`<iframe
    part="player"
    class="player"
    src=${playerUrl(video) ?? 'about:blank'}
    title=${title}
    allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
    allowfullscreen
    referrerpolicy="strict-origin-when-cross-origin"
  ></iframe>`;
}

/** Replaces the facade with the provider's player, already playing, and moves focus into it. */
async function play(host: SiarVideos, item: VideoItem): Promise<void> {
  host.playing = new Set(host.playing).add(item.id);
  host.requestUpdate();
  await host.updateComplete;
  const index = host.videos(host.feedResult).findIndex((v) => v.id === item.id);
  const player = host.renderRoot.querySelectorAll<HTMLElement>('.item')[index]?.querySelector<HTMLElement>('.player');
  player?.focus();
  host.emit('siar-play', { item });
}

/** A video's link to the provider: `siar-select`, which a listener may cancel. */
function select(host: SiarVideos, event: MouseEvent, item: VideoItem): void {
  if (!host.emit('siar-select', { item }, { cancelable: true })) event.preventDefault();
}
