import { html, nothing, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { drawnCount, renderEmpty, renderStale, warmUpOnce } from '../../internal/results.js';
import { setJsonScriptText } from '../../internal/trusted.js';
import type { SiarDirectory } from './directory.component.js';
import { renderDetails } from './details.js';
import { typeList, type Agency, type AgencyGroup, type Directory, type SearchIndex } from './model.js';
import { buildSearchIndex, groupAgencies, queryWords, searchAgencies } from './search.js';

export { directoryViewStyles as styles } from './view.styles.js';

/**
 * How `<siar-directory>` draws a loaded directory: the search form, the count, the groups and
 * their rows, the "show all" button, deep links, and the JSON-LD script. It comes with the reader
 * (`read.ts` re-exports it; see `lazy.ts`), which the widget imports as its request starts: one
 * lazy file, loaded beside the directory. The widget's first frame (heading and skeleton) and its
 * error state need none of it (`directory.component.ts`).
 */

/**
 * Rows drawn per task when a directory arrives: building a row (its `<details>`, logo and names)
 * is the costliest part of the first render, and a province lists 40–60 agencies.
 */
const ROWS_PER_TASK = 8;

/** An agency that uses a row's markup, logo included, for {@link warmUp}. */
const SAMPLE: Agency = {
  id: 'siar-warm-up',
  name: 'Dinas',
  shortName: 'Dinas Contoh',
  aliases: [],
  type: 'dinas',
  social: [],
  logo: 'https://example.invalid/siar-warm-up.svg',
};

/**
 * Prepares the search form's, a group's and a row's templates off the page while the directory
 * downloads, one per task (see `warmUpOnce`); the sample row goes into no row cache.
 */
export function warmUp(host: SiarDirectory): Promise<void> {
  const other: Agency = { ...SAMPLE, type: 'badan' }; // two types: the type filter too
  return warmUpOnce('directory', host, [
    () => renderSearch(host, [SAMPLE, other]),
    () => renderGroup(host, { key: 'dinas', agencies: [] }),
    () => renderAgency(host, SAMPLE),
  ]);
}

/** The list, or the empty state: what the widget shows once a directory has loaded. */
export function renderDirectory(host: SiarDirectory): TemplateResult {
  const directory = host.directory;
  const scoped = host.scoped();
  if (!directory || !scoped.length) {
    return renderEmpty(host, host.sourceUrl, !!host.type && !!directory?.agencies.length);
  }
  const { matches, groups: shown, visible } = arrange(host);
  const more = matches.length - visible.size;
  // A new directory's rows are drawn ROWS_PER_TASK at a time (one task each); then all of them.
  let room = drawnCount(host, directory, visible.size, ROWS_PER_TASK);
  const groups: AgencyGroup[] = [];
  for (const g of shown) {
    if (room <= 0) break;
    groups.push({ key: g.key, agencies: g.agencies.slice(0, room) });
    room -= g.agencies.length;
  }
  forgetGoneRows(host, directory);
  const result = host.feedResult;
  return html`${renderStale(host, result?.feeds ?? [], result?.errors.length)} ${host.shownParts.has('search') ? renderSearch(host, scoped) : nothing}
    <p part="count" class="count" role="status">${host.announcement}</p>
    <div class="groups" @click=${onListClick} @toggle=${host.toggleListener}>
      ${repeat(
        groups,
        (g) => g.key,
        (g) => renderGroup(host, g),
      )}
    </div>
    ${more > 0
      ? html`<button part="show-all-button" class="show-all" type="button" @click=${onShowAll}>
          ${host.t('showAll', { count: matches.length })}
        </button>`
      : nothing}`;
}

function searchIndex(host: SiarDirectory, directory: Directory): SearchIndex {
  const lang = host.effectiveLang;
  if (host.index?.directory !== directory || host.index.lang !== lang) {
    // Built once per load (and language): keystrokes only scan the prepared strings.
    host.index = { directory, lang, index: buildSearchIndex(directory.agencies, (type) => [host.typeLabel(type)]) };
  }
  return host.index.index;
}

/** Agencies matching the page's `type`, the user's type choice and the search, best first. */
export function found(host: SiarDirectory, directory: Directory): Agency[] {
  const rank = host.group === 'none';
  const key = [directory, host.effectiveLang, host.type, host.typeChoice, host.query, rank];
  const memo = host.foundMemo;
  if (memo && key.every((k, i) => k === memo.key[i])) return memo.value;
  const types = typeList(host.type);
  // Only an ungrouped list is ranked; groups keep the publisher's order while the user types.
  // No search yet: every agency in order, without building the index (it waits for the first keystroke).
  const matches = queryWords(host.query).length ? searchAgencies(searchIndex(host, directory), host.query, { rank }) : directory.agencies;
  const value = matches.filter((a) => (!types.length || types.includes(a.type)) && (!host.typeChoice || a.type === host.typeChoice));
  host.foundMemo = { key, value };
  return value;
}

/**
 * What the list shows: the matching agencies within the limit, grouped, in display order, and
 * their ids. Only these rows are in the DOM: in Chromium, hiding a row that `content-visibility`
 * skips (`hidden`, `display: none`) costs several times more than removing it, and re-inserting a
 * kept row is cheap (see {@link row}).
 */
function arrange(host: SiarDirectory): { matches: Agency[]; groups: AgencyGroup[]; visible: Set<string> } {
  const matches = host.found();
  const groups: AgencyGroup[] = [];
  const visible = new Set<string>();
  let budget = host.showAll || !(host.limit > 0) ? Infinity : host.limit;
  for (const group of ordered(host, host.scoped(), matches)) {
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
function ordered(host: SiarDirectory, scoped: Agency[], matches: Agency[]): AgencyGroup[] {
  const locale = host.effectiveLang === 'en' ? 'en' : 'id';
  if (host.group === 'none' && host.query.trim()) return [{ key: '', agencies: matches }];
  const key = [host.directory, host.type, host.group, locale];
  let memo = host.arrangedMemo;
  if (!memo || key.some((k, i) => k !== memo!.key[i])) {
    memo = host.arrangedMemo = { key, value: groupAgencies(scoped, host.group, locale) };
  }
  const matched = new Set(matches);
  return memo.value.map((g) => ({ key: g.key, agencies: g.agencies.filter((a) => matched.has(a)) }));
}

function renderSearch(host: SiarDirectory, scoped: readonly Agency[]): TemplateResult {
  const counts = new Map<string, number>();
  for (const a of scoped) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
  const types = groupAgencies(scoped, 'type').map((g) => g.key);
  const searchId = `${host.headingId}-search`;
  const typeId = `${host.headingId}-type`;
  const title = host.heading || host.t('directoryHeading');
  const label = host.landmarkName('search', title);
  const showHeading = host.shownParts.has('heading');
  return html`<form part="search" class="search" role="search" aria-labelledby=${ifDefined(showHeading && !label ? host.headingId : undefined)} aria-label=${ifDefined(label ?? (showHeading ? undefined : title))} @submit=${(e: Event) => e.preventDefault()}>
    <div class="field">
      <label part="search-label" for=${searchId}>${host.t('searchAgencies')}</label>
      <input
        part="search-input"
        id=${searchId}
        type="search"
        autocomplete="off"
        spellcheck="false"
        enterkeyhint="search"
        .value=${live(host.query)}
        @input=${onInput}
      />
    </div>
    ${types.length > 1
      ? html`<div class="field type-field">
          <label for=${typeId}>${host.t('filterType')}</label>
          <select part="type-select" id=${typeId} .value=${live(host.typeChoice)} @change=${onTypeChange}>
            <option value="" ?selected=${!host.typeChoice}>${host.t('allTypes')}</option>
            ${types.map((t) => html`<option value=${t} ?selected=${t === host.typeChoice}>${host.typeLabel(t)} (${counts.get(t)})</option>`)}
          </select>
        </div>`
      : nothing}
  </form>`;
}

function renderGroup(host: SiarDirectory, group: AgencyGroup): TemplateResult {
  const lang = host.effectiveLang;
  const level = Math.min(headingLevel(host.headingLevel) + 1, 6);
  const grouping = host.group;
  const title = grouping === 'type' ? host.typeLabel(group.key) : group.key;
  return html`<div part="group" class="group">
    ${grouping === 'none' ? nothing : heading(level, title, 'group-heading')}
    <ul part="list" class="list" role="list">
      ${repeat(
        group.agencies,
        (a) => a.id,
        (a) => row(host, a, lang),
      )}
    </ul>
  </div>`;
}

/**
 * An agency's `<li>`. The list renders only the rows it shows, so typing adds and removes rows;
 * a row that leaves is kept (`host.rows`) and moved back in when the search widens again, since
 * building a row (its `<details>` above all) costs several times more than moving one. Its
 * content is rendered again only when something it shows may have changed: a keystroke never
 * changes a row, so typing does not diff hundreds of them either.
 */
function row(host: SiarDirectory, agency: Agency, lang: string): HTMLLIElement {
  let li = host.rows.get(agency.id);
  if (!li) {
    li = document.createElement('li');
    li.setAttribute('part', 'item');
    li.className = 'item';
    li.dataset['id'] = agency.id;
    host.rows.set(agency.id, li);
  }
  // Everything renderAgency() reads.
  const deps = [agency, host.opened.has(agency.id), host.layout, host.group, lang, host.strings, host.textVersion, host.brokenLogos];
  render(guard(deps, () => renderAgency(host, agency)), li, { host });
  return li;
}

/**
 * New data (a reload, a fresher copy): the rows of agencies it still lists are kept (their
 * content follows, since their agency changed); the others are dropped.
 */
function forgetGoneRows(host: SiarDirectory, directory: Directory): void {
  if (directory === host.rowsFor) return;
  const ids = new Set(directory.agencies.map((a) => a.id));
  for (const id of host.rows.keys()) if (!ids.has(id)) host.rows.delete(id);
  host.rowsFor = directory;
}

/**
 * The content of an agency's row. Typing adds and removes hundreds of rows at once and every
 * node counts, so there is no white space between tags except between the words people read,
 * and plain texts are set as properties (no marker comments).
 */
function renderAgency(host: SiarDirectory, agency: Agency): TemplateResult {
  const open = host.opened.has(agency.id);
  const short = agency.shortName && agency.shortName !== agency.name ? agency.shortName : '';
  return html`<details class="agency" ?open=${open}
    ><summary part="toggle" class="summary"
      >${host.layout === 'cards' ? renderLogo(host, agency) : nothing} <span class="names"
        ><span part="name" class="name" .textContent=${agency.name}></span>
        ${short ? html`<span part="short-name" class="short-name" .textContent=${short}></span>` : nothing}
        ${host.group === 'type' ? nothing : html`<span part="type" class="type" .textContent=${host.typeLabel(agency.type)}></span>`}</span
      ></summary
    >${open ? renderDetails(host, agency) : nothing}</details
  >`;
}

function renderLogo(host: SiarDirectory, agency: Agency): TemplateResult {
  if (agency.logo && !host.brokenLogos.has(agency.logo)) {
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
        host.brokenLogos = new Set(host.brokenLogos).add(logo);
      }}
    />`;
  }
  return html`<span part="logo" class="logo monogram" aria-hidden="true" .textContent=${monogram(agency)}></span>`;
}

/** "DK" for "Dinkes", "BPBD" → "BP": two letters for the placeholder of a missing logo. */
function monogram(agency: Agency): string {
  const source = agency.shortName ?? agency.name;
  const words = source.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  const letters = words.length > 1 ? words.slice(0, 2).map((w) => w[0]) : [...(words[0] ?? source)].slice(0, 2);
  return letters.join('').toUpperCase();
}

// ---------------------------------------------------------------------------------------------
// Events. Lit calls a listener with the element as `this` (the rows render with `host` too).

function onInput(this: SiarDirectory, event: Event): void {
  this.query = (event.target as HTMLInputElement).value;
}

function onTypeChange(this: SiarDirectory, event: Event): void {
  this.typeChoice = (event.target as HTMLSelectElement).value;
}

/** The agency of the list row an event happened in. */
function agencyOf(host: SiarDirectory, node: EventTarget | null): Agency | undefined {
  const id = node instanceof Element ? node.closest<HTMLElement>('.item')?.dataset['id'] : undefined;
  return id ? host.directory?.agencies.find((a) => a.id === id) : undefined;
}

/**
 * The summaries are controlled: a click (or Enter / Space) opens or closes through state, which
 * renders the content before the browser paints. One delegated listener for the whole list,
 * so a re-render never rebinds 500 of them.
 */
function onListClick(this: SiarDirectory, event: MouseEvent): void {
  const summary = event.target instanceof Element ? event.target.closest('summary') : null;
  const agency = summary ? agencyOf(this, summary) : undefined;
  if (!agency) return;
  event.preventDefault();
  if (this.opened.has(agency.id)) this.close(agency.id);
  else {
    this.open(agency.id);
    this.emit('siar-select', { item: agency });
  }
}

/** Keeps state in step when something else opens a `<details>` (find-in-page, a script). */
export function onToggle(host: SiarDirectory, event: Event): void {
  const details = event.target;
  const agency = details instanceof HTMLDetailsElement ? agencyOf(host, details) : undefined;
  if (!agency) return;
  if (details instanceof HTMLDetailsElement && details.open) host.open(agency.id);
  else host.close(agency.id);
}

async function onShowAll(this: SiarDirectory): Promise<void> {
  const first = this.limit;
  this.showAll = true;
  await this.updateComplete;
  // Keyboard users continue where the list was cut.
  this.renderRoot.querySelectorAll<HTMLElement>('.item summary')[first]?.focus();
}

// ---------------------------------------------------------------------------------------------
// Deep links and JSON-LD

/** See `SiarDirectory.reveal`. */
export async function reveal(host: SiarDirectory, id: string): Promise<boolean> {
  const agency = id ? host.scoped().find((a) => a.id === id) : undefined;
  if (!agency) return false;
  if (!host.found().includes(agency)) {
    host.query = '';
    host.typeChoice = '';
  }
  if (!arrange(host).visible.has(agency.id)) host.showAll = true; // past the limit
  host.open(agency.id);
  await host.updateComplete;
  const li = host.rows.get(agency.id);
  const item = li?.isConnected ? li : undefined;
  const summary = item?.querySelector<HTMLElement>('summary');
  if (!item || !summary) return false;
  item.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  summary.focus({ preventScroll: true });
  host.emit('siar-select', { item: agency });
  return true;
}

/** Puts the JSON-LD `<script>` (`json`, from `jsonLdText`) in the host's light DOM, or updates it. */
export function writeJsonLd(host: SiarDirectory, json: string): void {
  const script = host.jsonLdScript ?? document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset['siar'] = 'directory';
  setJsonScriptText(script, json);
  if (script.parentNode !== host) host.append(script);
  host.jsonLdScript = script;
}
