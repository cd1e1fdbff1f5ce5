import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SiarElement, setWidgetState } from '../../internal/base-element.js';
import type { VideoItem } from '../../internal/events.js';
import { loadFeed } from '../../feed/load-feed.js';
import { FeedController, type FeedResult } from '../../internal/feed-controller.js';
import { formatCount, formatDate, formatDuration } from '../../internal/format.js';
import { heading } from '../../internal/heading.js';
import { holdsImages, renderError, renderTop, renderLoading } from '../../internal/states.js';
import { renderEmpty, renderStale } from '../../internal/results.js';
import { baseStyles } from '../../internal/styles.js';
import type { FeedItem } from '../../feed/types.js';
import { isProviderHost, playerUrl, youtubeThumbnails } from './embed.js';
import { videosStyles } from './videos.styles.js';

/** Layouts of `<siar-videos>`. */
export type VideosLayout = 'grid' | 'carousel' | 'list';
const LAYOUTS: readonly VideosLayout[] = ['grid', 'carousel', 'list'];


let uid = 0;

/**
 * A video feed behind click-to-load facades: no byte from YouTube, TikTok, Instagram or Facebook
 * is requested until the user presses play (thumbnails aside, and none with `thumbnails="local"`).
 * Readers who save data get titles first: no thumbnail is requested until they press
 * "Tampilkan gambar" / "Show images" (see `save-data`).
 *
 * @summary Video feed (YouTube incl. Shorts, TikTok, Instagram, Facebook, MP4) with facades.
 *
 * @slot - Fallback content, shown before the widget runs and in the error state.
 *
 * @event siar-load - Videos are rendered. `detail: { count, stale, errors }`.
 * @event siar-error - Loading failed. `detail: { kind, status?, message }`.
 * @event siar-select - A video's link to the provider was activated (cancelable). `detail: { item }`.
 * @event siar-play - A video's player was loaded. `detail: { item }`.
 *
 * @csspart base - The outer section.
 * @csspart heading - The widget heading.
 * @csspart list - The list of videos.
 * @csspart item - One video.
 * @csspart frame - The box that holds the facade, then the player.
 * @csspart image - A thumbnail.
 * @csspart play-button - The facade's play button.
 * @csspart player - The provider's player (after a click).
 * @csspart duration - A video's duration.
 * @csspart title - A video's title.
 * @csspart link - The link to the video at the provider.
 * @csspart meta - Views and date.
 * @csspart nav-button - The carousel's previous / next buttons.
 * @csspart images-button - The "show images" toggle of text-first (save-data) mode.
 * @csspart status - The loading status.
 * @csspart error - The error state.
 * @csspart empty - The empty state.
 * @csspart stale - The notice shown above a saved copy.
 * @csspart partial - The notice shown when some sources failed while others loaded.
 * @csspart retry-button - The error state's retry button.
 * @csspart source-link - The link to the source in the error and empty states.
 *
 * @cssproperty --siar-videos-columns-min - Smallest column width in the grid (default 15rem).
 * @cssproperty --siar-videos-play-color - Play button background.
 */
export class SiarVideos extends SiarElement {
  static override styles = [baseStyles, videosStyles];

  static override properties: PropertyDeclarations = {
    ...SiarElement.properties,
    // Same meaning in every widget (SiarElement: limit, heading, show).
    limit: { type: Number },
    heading: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    show: { type: String },
    layout: { type: String, reflect: true },
    featured: { type: Boolean, reflect: true },
    thumbnails: { type: String },
    saveData: { type: String, attribute: 'save-data' },
    imagesShown: { state: true },
    playing: { state: true },
    thumbStep: { state: true },
  };

  /** How many videos to show (default 12; `0`: every video). */
  override limit = 12;
  /** Heading text; defaults to "Video" / "Videos". To hide it, leave `heading` out of `show`. */
  override heading = '';
  /** Level of the widget heading (1–6, default 2); video titles are not headings. */
  override headingLevel = 2;
  /** Which parts to show, space-separated: any of `heading duration meta` (default: all). */
  override show = 'heading duration meta';
  /** `grid` (default), `carousel` or `list`. */
  layout: VideosLayout = 'grid';
  /** Show the first video large. */
  featured = false;
  /** `provider` (default): feed images, else YouTube's thumbnails; `local`: never an image from a provider host. */
  thumbnails: 'provider' | 'local' = 'provider';
  /**
   * Text first for readers who save data: `auto` (default) holds thumbnails back when the reader's
   * browser asks to save data (`navigator.connection.saveData`) or the connection is 2G-class;
   * `on` always holds them back; `off` never does. Held-back thumbnails are not requested until
   * the reader presses the "Tampilkan gambar" / "Show images" button; play works either way.
   */
  saveData: 'auto' | 'on' | 'off' = 'auto';

  /** The reader pressed "show images". */
  private imagesShown = false;

  private playing = new Set<string>();
  /** Items that came from the province profile's video feed (labelled with the province's name). */
  private fromProvince = new WeakSet<FeedItem>();
  /** Index into each video's thumbnail chain (advanced when an image fails). */
  private thumbStep = new Map<string, number>();
  private readonly headingId = `siar-videos-${++uid}`;
  private readonly feeds = new FeedController(this, {
    urls: () => this.src.split(/\s+/).filter(Boolean),
    fromProfile: (profile) => [profile.feeds.videos],
    loader: loadFeed,
    count: (result) => this.videos(result).length,
  });

  private videos(result: FeedResult | undefined): VideoItem[] {
    if (!result) return [];
    // Only videos of the profile's own feed carry the province's name; a page's own `src` may be anyone's.
    const profileFeed = this.provinceProfile?.feeds.videos;
    this.fromProvince = new WeakSet(result.feeds.filter((f) => profileFeed && f.url === profileFeed).flatMap((f) => f.items));
    const items = result.feeds.flatMap((f) => f.items).filter((i): i is VideoItem => !!i.video && !i.retracted);
    return this.capped(items.sort((a, b) => (b.published?.getTime() ?? -Infinity) - (a.published?.getTime() ?? -Infinity) || 0));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.layout = this.oneOf(this.layout, LAYOUTS);
    // The limit changed after loading: the state follows what is shown.
    const result = this.feeds.result;
    if (result && changed.has('limit') && (this.state === 'ready' || this.state === 'empty')) {
      setWidgetState(this, this.videos(result).length ? 'ready' : 'empty');
    }
  }

  private get sourceUrl(): string | undefined {
    return this.sourceLink(this.provinceProfile?.feeds.videos);
  }

  /** Thumbnails are held back (text-first mode) and the reader has not asked for them. */
  private get textFirst(): boolean {
    return !this.imagesShown && holdsImages(this.saveData);
  }

  protected override render(): TemplateResult {
    const title = this.heading || this.t('videosHeading');
    const label = this.landmarkName('region', title);
    const toggle = this.imagesShown || holdsImages(this.saveData);
    const showHeading = this.shownParts.has('heading');
    return html`<section
      part="base"
      class="base layout-${this.layout}"
      aria-labelledby=${ifDefined(showHeading && !label ? this.headingId : undefined)}
      aria-label=${ifDefined(label ?? (showHeading ? undefined : title))}
      aria-busy=${this.state === 'loading' ? 'true' : 'false'}
    >
      ${renderTop(
        this,
        showHeading ? heading(this.headingLevel, title, 'heading', this.headingId) : nothing,
        toggle ? { shown: this.imagesShown, toggle: () => (this.imagesShown = !this.imagesShown) } : undefined,
      )}
      ${this.feeds.task.render({
        initial: () => renderLoading(this, 0, this.renderSkeleton()),
        pending: () => renderLoading(this, 0, this.renderSkeleton()),
        complete: (result) => this.renderVideos(result),
        error: () => renderError(this, this.feeds, this.sourceUrl),
      })}
    </section>`;
  }

  /**
   * Placeholder videos built of the same boxes as the real ones (16:9 frame, two-line title box,
   * one-line meta box; the carousel's button row), so nothing shifts on arrival.
   */
  private renderSkeleton(): TemplateResult {
    const count = Math.min(Math.max(Math.floor(this.limit) > 0 ? Math.floor(this.limit) : 12, 1), this.layout === 'carousel' ? 4 : 50);
    return html`${this.layout === 'carousel' ? html`<div class="nav" aria-hidden="true"></div>` : nothing}
      <ul class="list" aria-hidden="true">
        ${Array.from(
          { length: count },
          (_, i) => html`<li class="item ${this.featured && i === 0 ? 'featured' : ''}">
            <div class="frame ratio-16-9 bone"></div>
            <div class="title"><div class="bone line"></div></div>
            <div class="meta"><div class="bone line short"></div></div>
          </li>`,
        )}
      </ul>`;
  }

  private renderVideos(result: FeedResult): TemplateResult {
    const videos = this.videos(result);
    if (!videos.length) return renderEmpty(this, result.feeds.find((f) => f.link)?.link ?? this.sourceUrl);
    const listId = `${this.headingId}-list`;
    return html`${renderStale(this, result.feeds, result.errors.length)}
      ${this.layout === 'carousel'
        ? html`<div class="nav">
            <button part="nav-button" type="button" aria-controls=${listId} aria-label=${this.effectiveLang === 'en' ? 'Previous videos' : 'Video sebelumnya'} @click=${() => this.scrollList(-1)}>‹</button>
            <button part="nav-button" type="button" aria-controls=${listId} aria-label=${this.effectiveLang === 'en' ? 'Next videos' : 'Video berikutnya'} @click=${() => this.scrollList(1)}>›</button>
          </div>`
        : nothing}
      <ul part="list" class="list" id=${listId} role="list" tabindex=${ifDefined(this.layout === 'carousel' ? '0' : undefined)} aria-labelledby=${ifDefined(this.shownParts.has('heading') ? this.headingId : undefined)} aria-label=${ifDefined(this.shownParts.has('heading') ? undefined : this.heading || this.t('videosHeading'))}>
        ${videos.map((item, index) => this.renderVideo(item, index))}
      </ul>`;
  }

  private scrollList(direction: number): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.list');
    list?.scrollBy({ left: direction * list.clientWidth * 0.9, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }

  private thumbnailChain(item: VideoItem): string[] {
    const chain: string[] = [];
    if (this.textFirst) return chain;
    const local = this.thumbnails === 'local';
    if (item.image && !(local && isProviderHost(item.image.url))) chain.push(item.image.url);
    if (!local && item.video.provider === 'youtube') chain.push(...youtubeThumbnails(item.video.id));
    return [...new Set(chain)];
  }

  private renderVideo(item: VideoItem, index: number): TemplateResult {
    const { video } = item;
    const vertical = video.aspect === '9:16';
    const ratio = vertical ? 'ratio-9-16' : video.aspect === '1:1' ? 'ratio-1-1' : 'ratio-16-9';
    const featured = this.featured && index === 0 ? 'featured' : '';
    const title = item.title || video.url;
    const meta = [
      video.views !== undefined ? this.t('views', { count: formatCount(video.views, this.effectiveLang) }) : '',
      item.published ? formatDate(item.published, this.effectiveLang, this.effectiveTimeZone, { time: false }) : '',
      this.provinceProfile && this.fromProvince.has(item) ? this.t('source', { name: this.provinceProfile.shortName }) : '',
    ].filter(Boolean);
    return html`<li part="item" class="item ${featured} ${vertical ? 'vertical' : ''}">
      <div part="frame" class="frame ${ratio}">
        ${this.playing.has(item.id) ? this.renderPlayer(item) : this.renderFacade(item)}
      </div>
      <p part="title" class="title">
        <a part="link" href=${video.url} target="_blank" rel="noopener noreferrer" @click=${(e: MouseEvent) => this.select(e, item)}>${title}<span class="visually-hidden"> ${this.t('newTab')}</span></a>
      </p>
      ${meta.length && this.shownParts.has('meta') ? html`<p part="meta" class="meta">${meta.join(' · ')}</p>` : html`<div class="meta" aria-hidden="true"></div>`}
    </li>`;
  }

  private renderFacade(item: VideoItem): TemplateResult {
    const chain = this.thumbnailChain(item);
    const step = this.thumbStep.get(item.id) ?? 0;
    const src = chain[step];
    return html`${src
        ? html`<img part="image" class="thumb" src=${src} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer"
            @error=${() => {
              this.thumbStep = new Map(this.thumbStep).set(item.id, step + 1);
            }} />`
        : html`<div part="image" class="thumb placeholder" aria-hidden="true"></div>`}
      <button part="play-button" class="play" type="button" aria-label=${this.t('playVideo', { title: item.title || item.video.url })} @click=${() => this.play(item)}>
        <svg viewBox="0 0 68 48" aria-hidden="true" focusable="false"><path class="play-bg" d="M66.5 7.7a8.5 8.5 0 0 0-6-6C55.3.3 34 .3 34 .3s-21.3 0-26.5 1.4a8.5 8.5 0 0 0-6 6C.1 12.9.1 24 .1 24s0 11.1 1.4 16.3a8.5 8.5 0 0 0 6 6C12.7 47.7 34 47.7 34 47.7s21.3 0 26.5-1.4a8.5 8.5 0 0 0 6-6C67.9 35.1 67.9 24 67.9 24s0-11.1-1.4-16.3z"/><path class="play-icon" d="M45 24 27 14v20z"/></svg>
      </button>
      ${item.video.duration && this.shownParts.has('duration') ? html`<span part="duration" class="duration">${formatDuration(item.video.duration)}</span>` : nothing}`;
  }

  private renderPlayer(item: VideoItem): TemplateResult {
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
  private async play(item: VideoItem): Promise<void> {
    this.playing = new Set(this.playing).add(item.id);
    await this.updateComplete;
    const index = this.videos(this.feeds.result).findIndex((v) => v.id === item.id);
    const player = this.renderRoot.querySelectorAll<HTMLElement>('.item')[index]?.querySelector<HTMLElement>('.player');
    player?.focus();
    this.emit('siar-play', { item });
  }

  /** A video's link to the provider: `siar-select`, which a listener may cancel. */
  private select(event: MouseEvent, item: VideoItem): void {
    if (!this.emit('siar-select', { item }, { cancelable: true })) event.preventDefault();
  }
}
