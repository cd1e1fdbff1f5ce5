import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SiarElement, setWidgetState, withParsedStyles } from '../../internal/base-element.js';
import { loadFeed } from '../../feed/load-feed.js';
import { FeedController } from '../../internal/feed-controller.js';
import { heading } from '../../internal/heading.js';
import { externalLink, holdsImages, renderError, renderTop, renderLoading } from '../../internal/states.js';
import { pageUrl, safeUrl } from '../../feed/url.js';
import { baseStyles } from '../../internal/styles.js';
import type { ReleaseItem } from './select.js';
import { releasesStyles } from './releases.styles.js';

/** The item templates (`view.ts`), loaded with the first request: the first frame needs none of them. */
let view: typeof import('./view.js') | undefined;
const loadView = async () => (view ??= withParsedStyles(await import('./view.js')));

/** Layouts of `<siar-releases>`. */
export type ReleasesLayout = 'list' | 'cards' | 'compact' | 'ticker';
const LAYOUTS: readonly ReleasesLayout[] = ['list', 'cards', 'compact', 'ticker'];

let uid = 0;

/**
 * The province's latest press releases, always linking back to the official source.
 *
 * @summary Latest releases from one or more RSS / Atom / JSON feeds.
 *
 * @slot - Fallback content (e.g. a link to the news page), shown before the widget runs and in the error state.
 *
 * @event siar-load - Items are rendered. `detail: { count, stale, errors }`.
 * @event siar-error - Loading failed. `detail: { kind, status?, message }`.
 * @event siar-select - An item's link was activated (cancelable). `detail: { item }`.
 *
 * @csspart base - The outer section.
 * @csspart heading - The widget heading.
 * @csspart list - The list of items.
 * @csspart item - One item.
 * @csspart image - An item's image or placeholder.
 * @csspart title - An item's title.
 * @csspart link - An item's link.
 * @csspart badge - An urgent / pinned / hoax-clarification / announcement badge.
 * @csspart date - An item's `<time>`.
 * @csspart summary - An item's summary.
 * @csspart source - An item's source label.
 * @csspart more-link - The "all releases" link.
 * @csspart pause-button - The ticker's pause button.
 * @csspart images-button - The "show images" toggle of text-first (save-data) mode.
 * @csspart status - The loading status.
 * @csspart error - The error state.
 * @csspart empty - The empty state.
 * @csspart stale - The notice shown below a saved copy (in the room of the item it displaces).
 * @csspart partial - The notice shown when some feeds failed while others loaded (in the same room).
 * @csspart retry-button - The error state's retry button.
 * @csspart source-link - The link to the source in the error and empty states.
 *
 * @cssproperty --siar-color-accent - Links and buttons.
 * @cssproperty --siar-font-family - Font of the whole widget.
 * @cssproperty --siar-releases-image-width - Image width in the list layout (default 8rem).
 * @cssproperty --siar-releases-title-size - Font size of item titles (default 1rem); badges and title share three lines of it.
 * @cssproperty --siar-releases-columns-min - Smallest card width in the cards layout (default 16rem).
 * @cssproperty --siar-releases-urgent - Colour of urgent items' marker and badge.
 * @cssproperty --siar-releases-hoax - Colour of the hoax-clarification badge.
 * @cssproperty --siar-releases-pinned - Colour of the pinned badge.
 * @cssproperty --siar-releases-ticker-duration - Time the ticker takes for one pass (default 45s).
 */
export class SiarReleases extends SiarElement {
  static override styles = [baseStyles, releasesStyles];

  static override properties: PropertyDeclarations = {
    ...SiarElement.properties,
    // Same meaning in every widget (SiarElement: limit, heading, show).
    limit: { type: Number },
    heading: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    show: { type: String },
    layout: { type: String, reflect: true },
    category: { type: String },
    query: { type: String },
    moreHref: { type: String, attribute: 'more-href' },
    saveData: { type: String, attribute: 'save-data' },
    imagesShown: { state: true },
    brokenImages: { state: true },
    tickerPaused: { state: true },
  };

  /** How many items to show (default 5; `0`: every item). */
  override limit = 5;
  /** `list` (default), `cards`, `compact` or `ticker`. */
  layout: ReleasesLayout = 'list';
  /** Only items of these categories or kinds (comma-separated), e.g. `Kesehatan` or `hoax-clarification`. */
  category = '';
  /** Only items whose title or summary contain these words. */
  query = '';
  /** Heading text; defaults to "Siaran Pers" / "Press releases". To hide it, leave `heading` out of `show`. */
  override heading = '';
  /** Level of the widget heading (1–6, default 2); item titles are one level below. */
  override headingLevel = 2;
  /** Which parts to show, space-separated: any of `heading image date summary source` (default: all). */
  override show = 'heading image date summary source';
  /** URL of the page with all releases, shown as a link below the list. */
  moreHref = '';
  /**
   * Text first for readers who save data: `auto` (default) holds images back when the reader's
   * browser asks to save data (`navigator.connection.saveData`) or the connection is 2G-class;
   * `on` always holds them back; `off` never does. Held-back images are not requested until the
   * reader presses the "Tampilkan gambar" / "Show images" button.
   */
  saveData: 'auto' | 'on' | 'off' = 'auto';

  /** The reader pressed "show images". */
  private imagesShown = false;

  /** @internal Image URLs that failed: their boxes stay empty. */
  brokenImages = new Set<string>();
  /** @internal The reader paused the ticker. */
  tickerPaused = false;
  private readonly headingId = `siar-releases-${++uid}`;
  private readonly feeds: FeedController = new FeedController(this, {
    urls: () => this.src.split(/\s+/).filter(Boolean),
    fromProfile: (profile) => [profile.feeds.releases],
    loader: loadFeed,
    view: loadView,
    warmUp: () => view?.warmUp(this),
    count: (result) => view!.shown(this, view!.mergeFeeds(result.feeds, this.sourceLabel), result.feeds, result.errors.length).length,
  });

  /** The province's name and logo label the province's own feed, when a profile gives them. */
  private readonly sourceLabel = (feed: { url: string }) => {
    const profile = this.provinceProfile;
    return profile && feed.url === profile.feeds.releases ? { name: profile.shortName, ...(profile.logo ? { logo: profile.logo } : {}) } : undefined;
  };
  /** @internal Every loaded item, merged across feeds (before `limit` and the filters). */
  merged: ReleaseItem[] = [];
  private mergedFrom: unknown;

  /** @internal The last load's result, when it succeeded. */
  get feedResult() {
    return this.feeds.result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.layout = this.oneOf(this.layout, LAYOUTS);
    if (view) this.addStyles(view.styles);
    const result = this.feeds.result;
    if (result && result !== this.mergedFrom) {
      this.merged = view!.mergeFeeds(result.feeds, this.sourceLabel);
      this.mergedFrom = result;
    }
    // Filters changed after loading: the state follows what is shown.
    if (result && (changed.has('category') || changed.has('query') || changed.has('limit'))) {
      if (this.state === 'ready' || this.state === 'empty') setWidgetState(this, view!.selected(this, this.merged).length ? 'ready' : 'empty');
    }
  }

  /** @internal The first source URL: the target of the error state's "open the source" link. */
  get sourceUrl(): string | undefined {
    return this.sourceLink(this.provinceProfile?.feeds.releases);
  }

  /** @internal Images are held back (text-first mode) and the reader has not asked for them. */
  get textFirst(): boolean {
    return !this.imagesShown && holdsImages(this.saveData);
  }

  /** @internal Items have image boxes in this layout and `show`. */
  get hasImages(): boolean {
    return this.shownParts.has('image') && this.layout !== 'compact' && this.layout !== 'ticker';
  }

  /**
   * Rows the widget reserves: `limit`, whether or not the feed has that many (ticker: one strip).
   * Without a cap (`limit="0"`): 5 while loading, then as many as there are items (up to 50).
   *
   * @internal
   */
  get rows(): number {
    if (this.layout === 'ticker') return 1;
    const cap = Math.floor(this.limit);
    // Items exist only once the view (and its selection code) has loaded.
    const rows = cap > 0 ? cap : this.feeds.result && view ? view.selected(this, this.merged).length : 5;
    return Math.min(Math.max(rows, 1), 50);
  }

  protected override render(): TemplateResult {
    const parts = this.shownParts;
    const showHeading = parts.has('heading');
    const title = this.heading || this.t('releasesHeading');
    const names = this.regionLabels(title, this.headingId, showHeading);
    // The toggle stays after a press (aria-pressed), so focus is not lost and images can go again.
    const toggle = this.hasImages && (this.imagesShown || holdsImages(this.saveData));
    const geometry = [
      parts.has('summary') ? '' : 'no-summary',
      parts.has('date') || parts.has('source') ? '' : 'no-meta',
      this.hasImages ? '' : 'no-image',
      showHeading || toggle ? 'has-top' : '',
      this.moreHref ? 'has-more' : '',
    ].join(' ');
    return html`<section
      part="base"
      class="base layout-${this.layout} ${geometry}"
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
        pending: () => (this.merged.length && view ? view.renderItems(this) : renderLoading(this, 0, this.renderSkeleton())),
        complete: () => view!.renderItems(this),
        error: () => renderError(this, this.feeds, this.sourceUrl),
      })}
      ${this.moreHref ? html`<p class="more">${externalLink(this, safeUrl(this.moreHref, pageUrl()), this.t('moreReleases'), 'more-link')}</p>` : nothing}
    </section>`;
  }

  /**
   * The widget reserves the height of `limit` rows from the first frame to the last (styles:
   * `--_rows` × the fixed row height), so the skeleton, the list, a shorter list, the empty state
   * and a stale copy (one item fewer, see `shown`) all take the same room. CSSOM, not a style
   * attribute: CSP-safe.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const base = this.renderRoot.querySelector<HTMLElement>('.base');
    if (!base) return;
    base.style.setProperty('--_rows', String(this.rows));
  }

  /** Placeholder items laid out like the real ones, so the page does not shift when they arrive. */
  private renderSkeleton(): TemplateResult {
    if (this.layout === 'ticker') return html`<div class="bone ticker-bone" aria-hidden="true"></div>`;
    const parts = this.shownParts;
    const compact = this.layout === 'compact';
    // The same .item / .headline / .summary / .meta boxes as a real row: their heights are fixed in
    // the styles, so a skeleton row is exactly as tall as the row that replaces it.
    return html`<ul class="list" aria-hidden="true">
      ${Array.from(
        { length: this.rows },
        () => html`<li class="item">
          ${this.hasImages ? html`<div class="image bone"></div>` : nothing}
          <div class="body">
            <div class="headline"><div class="bone line"></div></div>
            ${parts.has('summary') && !compact ? html`<div class="summary"><div class="bone line"></div><div class="bone line short"></div></div>` : nothing}
            ${parts.has('date') || parts.has('source') ? html`<div class="meta"><div class="bone line short"></div></div>` : nothing}
          </div>
        </li>`,
      )}
    </ul>`;
  }
}
