import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { loadResource, type Loaded, type LoadOptions } from '../../feed/load.js';
import { SiarElement, setWidgetState } from '../../internal/base-element.js';
import type { SiarSelectDetail } from '../../internal/events.js';
import { FeedController } from '../../internal/feed-controller.js';
import { heading } from '../../internal/heading.js';
import type { StringKey } from '../../internal/i18n.js';
import { renderError, renderLoading } from '../../internal/states.js';
import { baseStyles } from '../../internal/styles.js';
import { directoryStyles } from './directory.styles.js';
import { loadReader, readerIfLoaded, type Reader } from './lazy.js';
import {
  DIRECTORY_CODEC,
  filterByType,
  typeList,
  type Agency,
  type AgencyGroup,
  type Directory,
  type DirectoryGrouping,
  type SearchIndex,
} from './model.js';
import { addStrings } from '../../internal/i18n.js';
import { DIRECTORY_STRINGS } from './strings.js';

addStrings(DIRECTORY_STRINGS);

/** Layouts of `<siar-directory>`. */
export type DirectoryLayout = 'cards' | 'compact';
const LAYOUTS: readonly DirectoryLayout[] = ['cards', 'compact'];
const GROUPINGS: readonly DirectoryGrouping[] = ['type', 'alpha', 'none'];

/** The visible name of each usual agency type. */
const TYPE_KEYS: Record<string, StringKey> = {
  sekretariat: 'typeSekretariat',
  dinas: 'typeDinas',
  badan: 'typeBadan',
  biro: 'typeBiro',
  inspektorat: 'typeInspektorat',
  rsud: 'typeRsud',
  'satpol-pp': 'typeSatpolPp',
  kantor: 'typeKantor',
  uptd: 'typeUptd',
  other: 'typeOther',
};

/** How long typing must pause before the result count is announced (and `siar-search` fires). */
const ANNOUNCE_DELAY = 400;

export type { SiarSearchDetail } from '../../internal/events.js';

/** Detail of `siar-select` on `<siar-directory>`. */
export type SiarDirectorySelectDetail = SiarSelectDetail<Agency>;

let uid = 0;

/**
 * The province's agency (OPD / perangkat daerah) directory: search that forgives how people write,
 * grouping, and for each agency its head, address and map, click-to-call, WhatsApp, e-mail,
 * website, social accounts, PPID info desk and office hours. `#agency-id` in the page URL opens
 * and focuses that agency.
 *
 * @summary Searchable agency (OPD) directory with contact actions and a PPID info desk.
 *
 * @slot - Fallback content (e.g. a link to the directory page), shown before the widget runs and in the error state.
 *
 * @event siar-load - Agencies are rendered. `detail: { count, stale, errors }`.
 * @event siar-error - Loading failed. `detail: { kind, status?, message }`.
 * @event siar-select - An agency was opened (by the user or a deep link). `detail: { item }` (the agency). Not cancelable: it follows no link.
 * @event siar-search - The search or type filter changed and typing paused. `detail: { query, type, count }`.
 *
 * @csspart base - The outer section.
 * @csspart heading - The widget heading.
 * @csspart search - The search form (`role="search"`).
 * @csspart search-label - The search field's label.
 * @csspart search-input - The search field.
 * @csspart type-select - The agency-type filter (shown when there are two types or more).
 * @csspart count - The result count, a polite live region.
 * @csspart group - One group (a type or a letter).
 * @csspart group-heading - A group's heading.
 * @csspart list - The list of agencies in a group.
 * @csspart item - One agency.
 * @csspart toggle - An agency's `<summary>`: the button that opens and closes it.
 * @csspart logo - An agency's logo, or its monogram.
 * @csspart name - An agency's name.
 * @csspart short-name - An agency's short name.
 * @csspart type - An agency's type (when not grouped by type).
 * @csspart details - The content of an opened agency.
 * @csspart action - Every contact link (phone, WhatsApp, e-mail, website, map).
 * @csspart action-phone - A `tel:` link.
 * @csspart action-whatsapp - A `wa.me` link.
 * @csspart action-email - A `mailto:` link.
 * @csspart action-website - A website link.
 * @csspart map-link - The map link under the address.
 * @csspart social - The list of social accounts.
 * @csspart social-link - One social account.
 * @csspart ppid - The PPID info-desk entry.
 * @csspart show-all-button - The "show all (N)" button under a limited list.
 * @csspart status - The loading status.
 * @csspart error - The error state.
 * @csspart empty - The empty state.
 * @csspart stale - The notice shown above a saved copy.
 * @csspart partial - The notice shown when some sources failed while others loaded.
 * @csspart retry-button - The error state's retry button.
 * @csspart source-link - The link to the source in the error and empty states.
 *
 * @cssproperty --siar-color-accent - Links, buttons, the opened agency's border.
 * @cssproperty --siar-font-family - Font of the whole widget.
 * @cssproperty --siar-directory-columns-min - Smallest card width in the cards layout (default 18rem).
 * @cssproperty --siar-directory-logo-size - Logo size (default 2.5rem).
 * @cssproperty --siar-directory-whatsapp - Colour of WhatsApp links.
 */
export class SiarDirectory extends SiarElement {
  static override styles = [baseStyles, directoryStyles];

  static override properties: PropertyDeclarations = {
    ...SiarElement.properties,
    // Same meaning in every widget (SiarElement: limit, heading, show).
    limit: { type: Number },
    heading: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    show: { type: String },
    layout: { type: String, reflect: true },
    group: { type: String },
    type: { type: String },
    query: { type: String },
    seo: { type: Boolean },
    typeChoice: { state: true },
    showAll: { state: true },
    opened: { state: true },
    announcement: { state: true },
    brokenLogos: { state: true },
  };

  /** `cards` (default) or `compact`. */
  layout: DirectoryLayout = 'cards';
  /** Grouping: `type` (default), `alpha` (A–Z) or `none` (the publisher's order; best match first while searching). */
  group: DirectoryGrouping = 'type';
  /** Only agencies of these types, comma-separated, e.g. `dinas,badan` or `rsud`. */
  type = '';
  /** How many agencies to show before a "show all (N)" button (`0`, the default: all). */
  override limit = 0;
  /** Heading text; defaults to "Direktori Perangkat Daerah" / "Agency directory". To hide it, leave `heading` out of `show`. */
  override heading = '';
  /** Level of the widget heading (1–6, default 2); group headings are one level below. */
  override headingLevel = 2;
  /** Which parts to show, space-separated: any of `heading search` (default: both). */
  override show = 'heading search';
  /** The search text: set it for an initial search; it follows what the user types. */
  query = '';
  /** Adds schema.org `GovernmentOrganization` JSON-LD for the listed agencies to the host's light DOM. */
  seo = false;

  /** @internal The type chosen in the widget's own filter (within `type`). */
  typeChoice = '';
  /** @internal The reader pressed "show all": the `limit` is lifted. */
  showAll = false;
  /** @internal Ids of the opened agencies. */
  opened = new Set<string>();
  /** @internal The text of the count's live region. */
  announcement = '';
  /** @internal Logo URLs that failed: their agencies show a monogram. */
  brokenLogos = new Set<string>();

  private readonly uid = ++uid;
  /** @internal Id of the widget heading; the search form's ids derive from it. */
  readonly headingId = `siar-directory-${this.uid}`;
  private readonly feeds = new FeedController<Loaded<Directory>>(this, {
    urls: () => (this.src.trim() ? [this.src.trim()] : []),
    fromProfile: (profile) => [profile.directory],
    count: (result) => this.scoped(result.feeds[0]).length,
    loader: loadDirectory,
    // The reader (with the list's templates) loads beside the directory; its rows are then
    // prepared off the page in a task of their own.
    view: loadReader,
    warmUp: () => readerIfLoaded()?.warmUp(this),
  });

  /** @internal The search index of the loaded directory, per language (built by `view.ts`). */
  index?: { directory: Directory; lang: string; index: SearchIndex };
  /** @internal The last {@link found} result and what it depended on. */
  foundMemo?: { key: unknown[]; value: Agency[] };
  /** @internal The grouping of every agency within `type` and what it depended on. */
  arrangedMemo?: { key: unknown[]; value: AgencyGroup[] };
  private announceTimer?: ReturnType<typeof setTimeout>;
  private revealedFor?: unknown;
  private countedFor?: unknown;
  /** @internal The JSON-LD `<script>` in the light DOM, while `seo` puts one there. */
  jsonLdScript?: HTMLScriptElement;
  /** @internal The `<li>` of every agency shown so far, by id (see `row` in `view.ts`). */
  readonly rows = new Map<string, HTMLLIElement>();
  /** @internal The directory {@link rows} belong to. */
  rowsFor?: Directory;

  /**
   * Keeps state in step when something else opens a `<details>` (find-in-page, a script).
   * `toggle` does not bubble: captured.
   *
   * @internal
   */
  readonly toggleListener = {
    handleEvent: (event: Event): void => this.reader.onToggle(this, event),
    capture: true,
  };

  /** The loaded directory, when there is one. */
  get directory(): Directory | undefined {
    return this.feeds.result?.feeds[0];
  }

  /** @internal The last load's result, when it succeeded. */
  get feedResult() {
    return this.feeds.result;
  }

  /**
   * The on-demand part of the widget (reading, search, grouping, the list and an opened agency's
   * content, JSON-LD). A directory is only held once its load brought it (see {@link loadDirectory}),
   * so code that runs with a directory finds it here.
   */
  private get reader(): Reader {
    const reader = readerIfLoaded();
    if (!reader) throw new Error('siar-directory: a directory is held without its reader');
    return reader;
  }

  /** @internal Agencies within the `type` attribute (the page's choice), in the publisher's order. */
  scoped(directory = this.directory): Agency[] {
    return directory ? filterByType(directory.agencies, this.type) : [];
  }

  /** @internal Agencies matching the page's `type`, the user's type choice and the search, best first. */
  found(): Agency[] {
    const directory = this.directory;
    return directory ? this.reader.found(this, directory) : [];
  }

  /** The visible name of an agency type. */
  typeLabel(type: string): string {
    const key = TYPE_KEYS[type];
    if (key) return this.t(key);
    const words = type.replace(/-/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  /**
   * schema.org `GovernmentOrganization` items for the agencies this widget lists (within `type`),
   * as a JSON-LD graph. With `seo`, the widget puts the same in a `<script type="application/ld+json">`
   * in its light DOM.
   */
  jsonLd(): Record<string, unknown> {
    // No directory, no reader needed: an empty graph.
    const reader = readerIfLoaded();
    return reader ? reader.agenciesJsonLd(this.scoped(), location.href, this.directory?.province) : { '@context': 'https://schema.org', '@graph': [] };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.announceTimer);
  }

  private readonly onHashChange = (): void => {
    void this.reveal(this.hashId());
  };

  protected override willUpdate(changed: PropertyValues): void {
    this.layout = this.oneOf(this.layout, LAYOUTS);
    // The list's styles come with its templates (view.styles.ts): adopted before the render that draws it.
    const reader = readerIfLoaded();
    if (reader) this.addStyles(reader.styles);
    this.group = this.oneOf(this.group, GROUPINGS);
    const pageTypes = typeList(this.type);
    if (changed.has('type') && this.typeChoice && pageTypes.length && !pageTypes.includes(this.typeChoice)) this.typeChoice = '';
    const directory = this.directory;
    if (directory && (changed.has('type') || changed.has('src'))) {
      // The page narrowed the list after loading: the state follows what is shown.
      if (this.state === 'ready' || this.state === 'empty') setWidgetState(this, this.scoped(directory).length ? 'ready' : 'empty');
    }
    const result = this.feeds.result;
    if (result && result !== this.countedFor) {
      // Freshly loaded data: the count is shown at once (a region's first text is not announced).
      this.countedFor = result;
      clearTimeout(this.announceTimer);
      this.announcement = this.countText();
    } else if (changed.has('lang') || changed.has('strings') || changed.has('inheritedLang') || changed.has('pageStrings')) {
      this.announcement = this.countText();
    } else if (changed.has('query') || changed.has('typeChoice') || changed.has('type')) this.scheduleAnnouncement();
  }

  protected override updated(changed: PropertyValues): void {
    const result = this.feeds.result;
    if (result && result !== this.revealedFor && this.state === 'ready') {
      // First render of freshly loaded data: honour a deep link.
      this.revealedFor = result;
      const id = this.hashId();
      // After this update, not inside it: revealing changes state.
      if (id) void this.updateComplete.then(() => this.reveal(id));
    }
    if (changed.has('currentState') || changed.has('seo') || changed.has('type') || changed.has('src')) this.syncJsonLd();
  }

  /** The agency id in the page URL's fragment (`#dinkes`), if any. */
  private hashId(): string {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch {
      return '';
    }
  }

  /**
   * Opens, scrolls to and focuses an agency: clears a search or type choice that hides it and
   * lifts the limit if it is past it. Returns false when this widget does not list it.
   */
  async reveal(id: string): Promise<boolean> {
    // No directory, nothing listed (and no reader needed).
    return this.directory ? this.reader.reveal(this, id) : false;
  }

  /** @internal Opens an agency's row. */
  open(id: string): void {
    if (!this.opened.has(id)) this.opened = new Set(this.opened).add(id);
  }

  /** @internal Closes an agency's row. */
  close(id: string): void {
    if (!this.opened.has(id)) return;
    const next = new Set(this.opened);
    next.delete(id);
    this.opened = next;
  }

  private countText(): string {
    const count = this.found().length;
    return count || !this.query.trim() ? this.t('agenciesFound', { count }) : this.t('noAgencies', { query: this.query.trim() });
  }

  /** Announces the count once typing pauses, so a screen reader is not interrupted per key. */
  private scheduleAnnouncement(): void {
    if (!this.directory) return;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.countText();
      this.emit('siar-search', { query: this.query, type: this.typeChoice, count: this.found().length });
    }, ANNOUNCE_DELAY);
  }

  /** Keeps the JSON-LD `<script>` in the light DOM in step with `seo` and the data. */
  private syncJsonLd(): void {
    if (!this.seo || this.state !== 'ready' || !this.directory) {
      this.jsonLdScript?.remove();
      this.jsonLdScript = undefined;
      return;
    }
    this.reader.writeJsonLd(this, this.reader.jsonLdText(this.jsonLd()));
  }

  /** @internal The profile's directory URL: the target of the error and empty states' source link. */
  get sourceUrl(): string | undefined {
    return this.sourceLink(this.provinceProfile?.directory);
  }

  protected override render(): TemplateResult {
    const title = this.heading || this.t('directoryHeading');
    const showHeading = this.shownParts.has('heading');
    const names = this.regionLabels(title, this.headingId, showHeading);
    return html`<section
      part="base"
      class="base layout-${this.layout}"
      aria-labelledby=${ifDefined(names.labelledby)}
      aria-label=${ifDefined(names.label)}
      aria-busy=${this.state === 'loading'}
    >
      ${showHeading ? heading(this.headingLevel, title, 'heading', this.headingId) : nothing}
      ${this.feeds.task.render({
        initial: () => renderLoading(this, 4),
        // A directory is held only with its reader, which draws it (view.ts).
        pending: () => (this.directory ? this.reader.renderDirectory(this) : renderLoading(this, 4)),
        complete: () => this.reader.renderDirectory(this),
        error: () => renderError(this, this.feeds, this.sourceUrl),
      })}
    </section>`;
  }
}

/**
 * Loads a directory with its reader: the reader (validation, search, grouping, the list, an opened
 * agency's content, JSON-LD) is imported as the request starts, so both download together, and a directory
 * is never held without it, even one from the memory or last-known-good copy, which is not parsed
 * again. A failed import is a `network` error, which the retry button retries.
 */
async function loadDirectory(url: string, options: LoadOptions): Promise<Loaded<Directory>> {
  const reader = loadReader();
  reader.catch(() => {}); // surfaces below, once the request has settled
  const loaded = await loadResource(url, options, DIRECTORY_CODEC);
  await reader;
  return loaded;
}
