import type { Agency, AgencyGroup, DirectoryGrouping, SearchEntry, SearchIndex } from './model.js';

/**
 * Search and grouping of a loaded directory. Needed only once a directory has arrived, so it comes
 * with the on-demand reader (see `lazy.ts`). Pure functions, tested without a browser page.
 */

// ---------------------------------------------------------------------------------------------
// Search

/**
 * Folds text for matching: lower case, diacritics removed (NFD), apostrophes dropped, anything
 * else that is not a letter or digit turned into a space. "Jum'at, Pol-PP" → "jumat pol pp".
 */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words that do not count towards an agency's initials ("Dinas Pekerjaan Umum dan Penataan Ruang" → "dpupr"). */
const STOPWORDS = new Set(['dan', 'serta', 'di', 'ke', 'dari', 'yang', 'untuk', 'and', 'of', 'the', 'for']);

/** Initials of the significant words of a name: "Badan Penanggulangan Bencana Daerah" → "bpbd". */
export function initials(name: string): string {
  return fold(name)
    .split(' ')
    .filter((w) => w && !STOPWORDS.has(w))
    .map((w) => w[0])
    .join('');
}

/**
 * Prepares agencies for search. `typeLabels` gives the visible name(s) of a type ("Rumah Sakit
 * Umum Daerah" for `rsud`), so people can search by what they read.
 */
export function buildSearchIndex(agencies: readonly Agency[], typeLabels: (type: string) => string[] = () => []): SearchIndex {
  return {
    entries: agencies.map((agency, index) => {
      const acronym = initials(agency.name);
      const exact = [agency.shortName, ...agency.aliases, agency.id, acronym].filter((k): k is string => !!k).map(fold);
      const keys = new Set<string>();
      for (const k of exact) {
        keys.add(k);
        keys.add(k.replace(/ /g, ''));
      }
      const fields = [agency.name, agency.shortName, ...agency.aliases, agency.id, agency.type, ...typeLabels(agency.type), agency.head?.name, acronym];
      return {
        agency,
        index,
        haystack: ` ${fields
          .filter((f): f is string => !!f)
          .map(fold)
          .join('  ')} `,
        keys,
        name: fold(agency.name),
      };
    }),
  };
}

/** The query's words, folded. */
export function queryWords(query: string): string[] {
  // No search (every first render): not even a fold, whose first use prepares Unicode tables.
  return query.trim() ? fold(query).split(' ').filter(Boolean) : [];
}

/**
 * Agencies matching every word of `query` (each a substring of a name, short name, alias, type,
 * head's name or initials, ignoring case and diacritics), best first: an exact short name or
 * alias, then names that start with the query, then word starts, then the publisher's order.
 * With `rank: false` matches keep the publisher's order (a grouped list stays put while typing,
 * so the DOM only loses and gains rows). An empty query returns every agency in order.
 */
export function searchAgencies(index: SearchIndex, query: string, options: { rank?: boolean } = {}): Agency[] {
  const words = queryWords(query);
  if (!words.length) return index.entries.map((e) => e.agency);
  const whole = words.join(' ');
  const compact = words.join('');
  const scored: { entry: SearchEntry; score: number }[] = [];
  for (const entry of index.entries) {
    let score = 0;
    let ok = true;
    for (const w of words) {
      const at = entry.haystack.indexOf(w);
      if (at < 0) {
        ok = false;
        break;
      }
      score += entry.haystack.includes(` ${w}`) ? 2 : 1;
    }
    if (!ok) continue;
    if (options.rank === false) {
      scored.push({ entry, score: 0 });
      continue;
    }
    if (entry.keys.has(whole) || entry.keys.has(compact)) score += 20;
    if (entry.name.startsWith(whole)) score += 5;
    scored.push({ entry, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.entry.index - b.entry.index).map((s) => s.entry.agency);
}

// ---------------------------------------------------------------------------------------------
// Grouping

/** The order of the usual kinds of perangkat daerah; other types follow in order of appearance. */
export const TYPE_ORDER = ['sekretariat', 'inspektorat', 'badan', 'dinas', 'biro', 'rsud', 'satpol-pp', 'kantor', 'uptd'];

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  return c;
}

/** The A–Z letter of a name: its first letter without diacritics, `#` for digits and others. */
export function letterOf(name: string): string {
  const first = fold(name).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/**
 * Groups agencies, keeping the order they come in inside each group (search rank, or the
 * publisher's order): by type (usual types first, `other` last), by first letter (A–Z, sorted
 * by name), or one group.
 */
export function groupAgencies(agencies: readonly Agency[], by: DirectoryGrouping, locale = 'id'): AgencyGroup[] {
  if (by === 'alpha') {
    const sorted = [...agencies].sort((a, b) => collator(locale).compare(a.name, b.name));
    const groups = new Map<string, Agency[]>();
    for (const agency of sorted) {
      const letter = letterOf(agency.name);
      let list = groups.get(letter);
      if (!list) groups.set(letter, (list = []));
      list.push(agency);
    }
    return [...groups.entries()]
      .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
      .map(([key, list]) => ({ key, agencies: list }));
  }
  if (by === 'type') {
    const groups = new Map<string, Agency[]>();
    for (const agency of agencies) {
      let list = groups.get(agency.type);
      if (!list) groups.set(agency.type, (list = []));
      list.push(agency);
    }
    const rank = (type: string) => {
      const i = TYPE_ORDER.indexOf(type);
      return i >= 0 ? i : type === 'other' ? TYPE_ORDER.length + 1 : TYPE_ORDER.length;
    };
    // Array.prototype.sort is stable: unknown types keep their order of appearance.
    return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([key, list]) => ({ key, agencies: list }));
  }
  return agencies.length ? [{ key: '', agencies: [...agencies] }] : [];
}
