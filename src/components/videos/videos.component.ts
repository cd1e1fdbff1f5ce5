import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SiarElement, setWidgetState, withParsedStyles } from '../../internal/base-element.js';
import type { VideoItem } from '../../internal/events.js';
import { loadFeed } from '../../feed/load-feed.js';
import { FeedController, type FeedResult } from '../../internal/feed-controller.js';
import { heading } from '../../internal/heading.js';
import { holdsImages, renderError, renderTop, renderLoading } from '../../internal/states.js';
import { baseStyles } from '../../internal/styles.js';
import type { FeedItem } from '../../feed/types.js';
import { videosStyles } from './videos.styles.js';
import { addStrings } from '../../internal/i18n.js';
import { VIDEOS_STRINGS } from './strings.js';

addStrings(VIDEOS_STRINGS);

/**
 * The video templates (`view.ts`: facades, thumbnails, players, counts and dates) and their styles
 * (`view.styles.ts`), loaded with the first request: the first frame (heading and skeleton) needs
 * none of them.
 */
let view: typeof import('./view.js') | undefined;
const loadView = async () => (view ??= withParsedStyles(await import('./view.js')));

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

  /**
   * @internal The videos whose player was loaded (by their id). Not a declared property (the
   * manifest would list its attribute): the view replaces it and calls `requestUpdate()`.
   */
  playing = new Set<string>();
  /** @internal Items that came from the province profile's video feed (labelled with the province's name). */
  fromProvince = new WeakSet<FeedItem>();
  /** @internal Index into each video's thumbnail chain (advanced when an image fails; updated as `playing` is). */
  thumbStep = new Map<string, number>();
  /** @internal The heading's id (the list's name). */
  readonly headingId = `siar-videos-${++uid}`;
  private readonly feeds = new FeedController(this, {
    urls: () => this.src.split(/\s+/).filter(Boolean),
    fromProfile: (profile) => [profile.feeds.videos],
    loader: loadFeed,
    view: loadView,
    warmUp: () => view?.warmUp(this),
    count: (result) => this.videos(result).length,
  });

  /** @internal The last load's result, when it succeeded. */
  get feedResult(): FeedResult | undefined {
    return this.feeds.result;
  }

  /** @internal The videos on screen: newest first, retracted items and non-videos left out, `limit` applied. */
  videos(result: FeedResult | undefined): VideoItem[] {
    if (!result) return [];
    // Only videos of the profile's own feed carry the province's name; a page's own `src` may be anyone's.
    const profileFeed = this.provinceProfile?.feeds.videos;
    this.fromProvince = new WeakSet(result.feeds.filter((f) => profileFeed && f.url === profileFeed).flatMap((f) => f.items));
    const items = result.feeds.flatMap((f) => f.items).filter((i): i is VideoItem => !!i.video && !i.retracted);
    return this.capped(items.sort((a, b) => (b.published?.getTime() ?? -Infinity) - (a.published?.getTime() ?? -Infinity) || 0));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.layout = this.oneOf(this.layout, LAYOUTS);
    // The videos' own styles come with their templates: adopted before the render that draws them.
    if (view) this.addStyles(view.styles);
    // The limit changed after loading: the state follows what is shown.
    const result = this.feeds.result;
    if (result && changed.has('limit') && (this.state === 'ready' || this.state === 'empty')) {
      setWidgetState(this, this.videos(result).length ? 'ready' : 'empty');
    }
  }

  /** @internal The first source URL: the target of the error and empty states' "open the source" link. */
  get sourceUrl(): string | undefined {
    return this.sourceLink(this.provinceProfile?.feeds.videos);
  }

  /** @internal Thumbnails are held back (text-first mode) and the reader has not asked for them. */
  get textFirst(): boolean {
    return !this.imagesShown && holdsImages(this.saveData);
  }

  protected override render(): TemplateResult {
    const title = this.heading || this.t('videosHeading');
    const toggle = this.imagesShown || holdsImages(this.saveData);
    const showHeading = this.shownParts.has('heading');
    const names = this.regionLabels(title, this.headingId, showHeading);
    return html`<section
      part="base"
      class="base layout-${this.layout}"
      aria-labelledby=${ifDefined(names.labelledby)}
      aria-label=${ifDefined(names.label)}
      aria-busy=${this.state === 'loading'}
    >
      ${renderTop(
        this,
        showHeading ? heading(this.headingLevel, title, 'heading', this.headingId) : nothing,
        toggle ? { shown: this.imagesShown, toggle: () => (this.imagesShown = !this.imagesShown) } : undefined,
      )}
      ${this.feeds.task.render({
        initial: () => renderLoading(this, 0, this.renderSkeleton()),
        pending: () => renderLoading(this, 0, this.renderSkeleton()),
        complete: (result) => view!.renderVideos(this, result),
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
}
