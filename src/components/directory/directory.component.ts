import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { loadResource, type Loaded, type LoadOptions } from '../../feed/load.js';
import { SiarElement, setWidgetState } from '../../internal/base-element.js';
import type { SiarSelectDetail } from '../../internal/events.js';
import { FeedController } from '../../internal/feed-controller.js';
import { setJsonScriptText } from '../../internal/trusted.js';
import { heading, headingLevel } from '../../internal/heading.js';
import type { StringKey } from '../../internal/i18n.js';
import { renderError, renderLoading } from '../../internal/states.js';
import { renderEmpty, renderStale } from '../../internal/results.js';
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

  /** The type chosen in the widget's own filter (within `type`). */
  private typeChoice = '';
  private showAll = false;
  private opened = new Set<string>();
  private announcement = '';
  private brokenLogos = new Set<string>();

  private readonly uid = ++uid;
  private readonly headingId = `siar-directory-${this.uid}`;
  private readonly feeds = new FeedController<Loaded<Directory>>(this, {
    urls: () => (this.src.trim() ? [this.src.trim()] : []),
    fromProfile: (profile) => [profile.directory],
    count: (result) => this.scoped(result.feeds[0]).length,
    loader: loadDirectory,
  });

  private index?: { directory: Directory; lang: string; index: SearchIndex };
  private foundMemo?: { key: unknown[]; value: Agency[] };
  private arrangedMemo?: { key: unknown[]; value: AgencyGroup[] };
  private announceTimer?: ReturnType<typeof setTimeout>;
  private revealedFor?: unknown;
  private countedFor?: unknown;
  private jsonLdScript?: HTMLScriptElement;
  /** The `<li>` of every agency shown so far, by id (see {@link row}). */
  private readonly rows = new Map<string, HTMLLIElement>();
  /** The directory {@link rows} belong to. */
  private rowsFor?: Directory;

  /** The loaded directory, when there is one. */
  get directory(): Directory | undefined {
    return this.feeds.result?.feeds[0];
  }

  /**
   * The on-demand part of the widget (reading, search, grouping, an opened agency's content,
   * JSON-LD). A directory is only held once its load brought it (see {@link loadDirectory}), so
   * code that runs with a directory finds it here.
   */
  private get reader(): Reader {
    const reader = readerIfLoaded();
    if (!reader) throw new Error('siar-directory: a directory is held without its reader');
    return reader;
  }

  /** Agencies within the `type` attribute (the page's choice), in the publisher's order. */
  private scoped(directory = this.directory): Agency[] {
    return directory ? filterByType(directory.agencies, this.type) : [];
  }

  private searchIndex(directory: Directory): SearchIndex {
    const lang = this.effectiveLang;
    if (this.index?.directory !== directory || this.index.lang !== lang) {
      // Built once per load (and language): keystrokes only scan the prepared strings.
      this.index = { directory, lang, index: this.reader.buildSearchIndex(directory.agencies, (type) => [this.typeLabel(type)]) };
    }
    return this.index.index;
  }

  /** Agencies matching the page's `type`, the user's type choice and the search, best first. */
  private found(): Agency[] {
    const directory = this.directory;
    if (!directory) return [];
    const rank = this.group === 'none';
    const key = [directory, this.effectiveLang, this.type, this.typeChoice, this.query, rank];
    if (this.foundMemo && key.every((k, i) => k === this.foundMemo!.key[i])) return this.foundMemo.value;
    const types = typeList(this.type);
    // Only an ungrouped list is ranked; groups keep the publisher's order while the user types.
    // No search yet: every agency in order, without building the index (it waits for the first keystroke).
    const matches = this.reader.queryWords(this.query).length
      ? this.reader.searchAgencies(this.searchIndex(directory), this.query, { rank })
      : directory.agencies;
    const value = matches.filter(
      (a) => (!types.length || types.includes(a.type)) && (!this.typeChoice || a.type === this.typeChoice),
    );
    this.foundMemo = { key, value };
    return value;
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
    const agency = id ? this.scoped().find((a) => a.id === id) : undefined;
    if (!agency) return false;
    if (!this.found().includes(agency)) {
      this.query = '';
      this.typeChoice = '';
    }
    if (!this.arrange().visible.has(agency.id)) this.showAll = true; // past the limit
    this.open(agency.id);
    await this.updateComplete;
    const item = this.itemElement(agency.id);
    const summary = item?.querySelector<HTMLElement>('summary');
    if (!item || !summary) return false;
    item.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    summary.focus({ preventScroll: true });
    this.emit('siar-select', { item: agency });
    return true;
  }

  /** The row of an agency, when it is shown. */
  private itemElement(id: string): HTMLElement | undefined {
    const li = this.rows.get(id);
    return li?.isConnected ? li : undefined;
  }

  private open(id: string): void {
    if (!this.opened.has(id)) this.opened = new Set(this.opened).add(id);
  }

  private close(id: string): void {
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
    const script = this.jsonLdScript ?? document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset['siar'] = 'directory';
    setJsonScriptText(script, this.reader.jsonLdText(this.jsonLd()));
    if (script.parentNode !== this) this.append(script);
    this.jsonLdScript = script;
  }

  private get sourceUrl(): string | undefined {
    return this.sourceLink(this.provinceProfile?.directory);
  }

  protected override render(): TemplateResult {
    const title = this.heading || this.t('directoryHeading');
    const label = this.landmarkName('region', title);
    const showHeading = this.shownParts.has('heading');
    return html`<section
      part="base"
      class="base layout-${this.layout}"
      aria-labelledby=${ifDefined(showHeading && !label ? this.headingId : undefined)}
      aria-label=${ifDefined(label ?? (showHeading ? undefined : title))}
      aria-busy=${this.state === 'loading' ? 'true' : 'false'}
    >
      ${showHeading ? heading(this.headingLevel, title, 'heading', this.headingId) : nothing}
      ${this.feeds.task.render({
        initial: () => renderLoading(this, 4),
        pending: () => (this.directory ? this.renderDirectory() : renderLoading(this, 4)),
        complete: () => this.renderDirectory(),
        error: () => renderError(this, this.feeds, this.sourceUrl),
      })}
    </section>`;
  }

  private renderDirectory(): TemplateResult {
    const directory = this.directory;
    const scoped = this.scoped();
    if (!directory || !scoped.length) {
      return renderEmpty(this, this.sourceUrl, !!this.type && !!directory?.agencies.length);
    }
    const { matches, groups, visible } = this.arrange();
    const more = matches.length - visible.size;
    this.forgetGoneRows(directory);
    return html`${renderStale(this, this.feeds.result?.feeds ?? [], this.feeds.result?.errors.length)} ${this.shownParts.has('search') ? this.renderSearch(scoped) : nothing}
      <p part="count" class="count" role="status">${this.announcement}</p>
      <div class="groups" @click=${this.onListClick} @toggle=${this.toggleListener}>
        ${repeat(
          groups,
          (g) => g.key,
          (g) => this.renderGroup(g),
        )}
      </div>
      ${more > 0
        ? html`<button part="show-all-button" class="show-all" type="button" @click=${this.onShowAll}>
            ${this.t('showAll', { count: matches.length })}
          </button>`
        : nothing}`;
  }

  /**
   * What the list shows: the matching agencies within the limit, grouped, in display order, and
   * their ids. Only these rows are in the DOM: in Chromium, hiding a row that `content-visibility`
   * skips (`hidden`, `display: none`) costs several times more than removing it, and re-inserting a
   * kept row is cheap (see {@link row}).
   */
  private arrange(): { matches: Agency[]; groups: AgencyGroup[]; visible: Set<string> } {
    const matches = this.found();
    const groups: AgencyGroup[] = [];
    const visible = new Set<string>();
    let budget = this.showAll || !(this.limit > 0) ? Infinity : this.limit;
    for (const group of this.ordered(this.scoped(), matches)) {
      if (budget <= 0) break;
      const shown = group.agencies.slice(0, budget);
      budget -= shown.length;
      for (const a of shown) visible.add(a.id);
      if (shown.length) groups.push({ key: group.key, agencies: shown });
    }
    return { matches, groups, visible };
  }

  /**
   * The matches in display order: grouped by type or letter in the publisher's order (the
   * grouping of every agency is memoized: it does not change while typing), or, ungrouped while
   * searching, the best matches first.
   */
  private ordered(scoped: Agency[], matches: Agency[]): AgencyGroup[] {
    const locale = this.effectiveLang === 'en' ? 'en' : 'id';
    if (this.group === 'none' && this.query.trim()) return [{ key: '', agencies: matches }];
    const key = [this.directory, this.type, this.group, locale];
    if (!this.arrangedMemo || key.some((k, i) => k !== this.arrangedMemo!.key[i])) {
      this.arrangedMemo = { key, value: this.reader.groupAgencies(scoped, this.group, locale) };
    }
    const matched = new Set(matches);
    return this.arrangedMemo.value.map((g) => ({ key: g.key, agencies: g.agencies.filter((a) => matched.has(a)) }));
  }

  private renderSearch(scoped: readonly Agency[]): TemplateResult {
    const counts = new Map<string, number>();
    for (const a of scoped) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
    const types = this.reader.groupAgencies(scoped, 'type').map((g) => g.key);
    const searchId = `${this.headingId}-search`;
    const typeId = `${this.headingId}-type`;
    const title = this.heading || this.t('directoryHeading');
    const label = this.landmarkName('search', title);
    const showHeading = this.shownParts.has('heading');
    return html`<form part="search" class="search" role="search" aria-labelledby=${ifDefined(showHeading && !label ? this.headingId : undefined)} aria-label=${ifDefined(label ?? (showHeading ? undefined : title))} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field">
        <label part="search-label" for=${searchId}>${this.t('searchAgencies')}</label>
        <input
          part="search-input"
          id=${searchId}
          type="search"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          .value=${live(this.query)}
          @input=${this.onInput}
        />
      </div>
      ${types.length > 1
        ? html`<div class="field type-field">
            <label for=${typeId}>${this.t('filterType')}</label>
            <select part="type-select" id=${typeId} .value=${live(this.typeChoice)} @change=${this.onTypeChange}>
              <option value="" ?selected=${!this.typeChoice}>${this.t('allTypes')}</option>
              ${types.map((t) => html`<option value=${t} ?selected=${t === this.typeChoice}>${this.typeLabel(t)} (${counts.get(t)})</option>`)}
            </select>
          </div>`
        : nothing}
    </form>`;
  }

  private renderGroup(group: AgencyGroup): TemplateResult {
    const lang = this.effectiveLang;
    const level = Math.min(headingLevel(this.headingLevel) + 1, 6);
    const grouping = this.group;
    const title = grouping === 'type' ? this.typeLabel(group.key) : group.key;
    return html`<div part="group" class="group">
      ${grouping === 'none' ? nothing : heading(level, title, 'group-heading')}
      <ul part="list" class="list" role="list">
        ${repeat(
          group.agencies,
          (a) => a.id,
          (a) => this.row(a, lang),
        )}
      </ul>
    </div>`;
  }

  /**
   * An agency's `<li>`. The list renders only the rows it shows, so typing adds and removes rows;
   * a row that leaves is kept here and moved back in when the search widens again, since building
   * a row (its `<details>` above all) costs several times more than moving one. Its content is
   * rendered again only when something it shows may have changed: a keystroke never changes a
   * row, so typing does not diff hundreds of them either.
   */
  private row(agency: Agency, lang: string): HTMLLIElement {
    let li = this.rows.get(agency.id);
    if (!li) {
      li = document.createElement('li');
      li.setAttribute('part', 'item');
      li.className = 'item';
      li.dataset['id'] = agency.id;
      this.rows.set(agency.id, li);
    }
    // Everything renderAgency() reads.
    const deps = [agency, this.opened.has(agency.id), this.layout, this.group, lang, this.strings, this.textVersion, this.brokenLogos];
    render(guard(deps, () => this.renderAgency(agency)), li, { host: this });
    return li;
  }

  /**
   * New data (a reload, a fresher copy): the rows of agencies it still lists are kept (their
   * content follows, since their agency changed); the others are dropped.
   */
  private forgetGoneRows(directory: Directory): void {
    if (directory === this.rowsFor) return;
    const ids = new Set(directory.agencies.map((a) => a.id));
    for (const id of this.rows.keys()) if (!ids.has(id)) this.rows.delete(id);
    this.rowsFor = directory;
  }

  /**
   * The content of an agency's row. Typing adds and removes hundreds of rows at once and every
   * node counts, so there is no white space between tags except between the words people read,
   * and plain texts are set as properties (no marker comments).
   */
  private renderAgency(agency: Agency): TemplateResult {
    const open = this.opened.has(agency.id);
    const short = agency.shortName && agency.shortName !== agency.name ? agency.shortName : '';
    return html`<details class="agency" ?open=${open}
      ><summary part="toggle" class="summary"
        >${this.layout === 'cards' ? this.renderLogo(agency) : nothing} <span class="names"
          ><span part="name" class="name" .textContent=${agency.name}></span>
          ${short ? html`<span part="short-name" class="short-name" .textContent=${short}></span>` : nothing}
          ${this.group === 'type' ? nothing : html`<span part="type" class="type" .textContent=${this.typeLabel(agency.type)}></span>`}</span
        ></summary
      >${open ? this.reader.renderDetails(this, agency) : nothing}</details
    >`;
  }

  private renderLogo(agency: Agency): TemplateResult {
    if (agency.logo && !this.brokenLogos.has(agency.logo)) {
      const logo = agency.logo;
      return html`<img
        part="logo"
        class="logo"
        src=${logo}
        alt=""
        width="40"
        height="40"
        loading="lazy"
        decoding="async"
        referrerpolicy="no-referrer"
        @error=${() => {
          this.brokenLogos = new Set(this.brokenLogos).add(logo);
        }}
      />`;
    }
    return html`<span part="logo" class="logo monogram" aria-hidden="true" .textContent=${monogram(agency)}></span>`;
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private onTypeChange(event: Event): void {
    this.typeChoice = (event.target as HTMLSelectElement).value;
  }

  /** The agency of the list row an event happened in. */
  private agencyOf(node: EventTarget | null): Agency | undefined {
    const id = node instanceof Element ? node.closest<HTMLElement>('.item')?.dataset['id'] : undefined;
    return id ? this.directory?.agencies.find((a) => a.id === id) : undefined;
  }

  /**
   * The summaries are controlled: a click (or Enter / Space) opens or closes through state, which
   * renders the content before the browser paints. One delegated listener for the whole list,
   * so a re-render never rebinds 500 of them.
   */
  private onListClick(event: MouseEvent): void {
    const summary = event.target instanceof Element ? event.target.closest('summary') : null;
    const agency = summary ? this.agencyOf(summary) : undefined;
    if (!agency) return;
    event.preventDefault();
    if (this.opened.has(agency.id)) this.close(agency.id);
    else {
      this.open(agency.id);
      this.emit('siar-select', { item: agency });
    }
  }

  /** Keeps state in step when something else opens a `<details>` (find-in-page, a script). `toggle` does not bubble: captured. */
  private readonly toggleListener = {
    handleEvent: (event: Event): void => {
      const details = event.target;
      const agency = details instanceof HTMLDetailsElement ? this.agencyOf(details) : undefined;
      if (!agency) return;
      if (details instanceof HTMLDetailsElement && details.open) this.open(agency.id);
      else this.close(agency.id);
    },
    capture: true,
  };

  private async onShowAll(): Promise<void> {
    const first = this.limit;
    this.showAll = true;
    await this.updateComplete;
    // Keyboard users continue where the list was cut.
    this.renderRoot.querySelectorAll<HTMLElement>('.item summary')[first]?.focus();
  }
}

/**
 * Loads a directory with its reader: the reader (validation, search, grouping, an opened agency's
 * content, JSON-LD) is imported as the request starts, so both download together, and a directory
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

/** "DK" for "Dinkes", "BPBD" → "BP": two letters for the placeholder of a missing logo. */
function monogram(agency: Agency): string {
  const source = agency.shortName ?? agency.name;
  const words = source.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  const letters = words.length > 1 ? words.slice(0, 2).map((w) => w[0]) : [...(words[0] ?? source)].slice(0, 2);
  return letters.join('').toUpperCase();
}
