import type { Codec } from '../../feed/load.js';
import type { Platform } from '../social/platforms.js';
import { loadReader } from './lazy.js';

/**
 * The agency directory as data: its types, and what the widget needs at once to show it: search,
 * grouping, links. Reading and validating `directory.json` (and the JSON-LD) live in `read.ts`,
 * which the widget imports on demand while the directory downloads. Pure functions, so they are
 * tested without a browser page and reused by the CLI later.
 */

/** A phone number as published, and the links it allows. */
export interface PhoneNumber {
  /** As the publisher wrote it (white space collapsed), for display. */
  text: string;
  /** `tel:` link: `tel:+62…` for Indonesian numbers, `tel:<digits>` for short and toll-free ones. */
  tel?: string;
  /** Digits for `https://wa.me/<digits>` (`62…`), when the number is reachable from abroad. */
  wa?: string;
}

/** Social platforms the directory links to: those `<siar-social>` knows. */
export type SocialPlatform = Platform;

/** One official social account, already turned into a safe URL. */
export interface SocialLink {
  platform: SocialPlatform;
  /** Display name of the platform ("Instagram", "X"). */
  label: string;
  url: string;
}

/** The agency's information desk (PPID). */
export interface Ppid {
  name: string;
  phone?: PhoneNumber;
  email?: string;
  website?: string;
}

/** One agency (perangkat daerah), validated and normalized. */
export interface Agency {
  /** Stable id, also the deep-link fragment (`#dinkes`). */
  id: string;
  name: string;
  shortName?: string;
  aliases: string[];
  /** `dinas`, `badan`, `biro`, … (lower case); `other` when the data has none. */
  type: string;
  /** Id of the agency this one belongs to (e.g. an RSUD under the health office). */
  parent?: string;
  head?: { name: string; title?: string };
  address?: string;
  phone?: PhoneNumber;
  whatsapp?: PhoneNumber;
  email?: string;
  website?: string;
  ppid?: Ppid;
  social: SocialLink[];
  geo?: { lat: number; lon: number };
  hours?: string;
  /** Absolute http(s) URL of the logo. */
  logo?: string;
}

/** Marks the normalized form, so a stored copy of another shape is discarded. */
export const DIRECTORY_FORMAT = 'siar-directory/1';

/** A parsed directory. */
export interface Directory {
  format: typeof DIRECTORY_FORMAT;
  /** Name of the province (or regency) that publishes it. */
  province?: string;
  /** When the publisher last changed it (as written, ISO 8601). */
  updated?: string;
  agencies: Agency[];
}

/** Why an entry was skipped, or a field of it ignored. */
export interface DirectoryProblem {
  /** Position in the `agencies` array. */
  index: number;
  /** The entry's id, when it has a usable one. */
  id?: string;
  /** `skipped`: the entry is not shown; `ignored`: one field is not shown, the entry is. */
  effect: 'skipped' | 'ignored';
  reason: string;
}

/** Ids are deep-link fragments and element ids: letters, digits, `-`, `_`, `.`, at most 100. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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

/** One agency, prepared for search once per load. */
export interface SearchEntry {
  agency: Agency;
  /** Position in the directory (the publisher's order). */
  index: number;
  /** Every searchable field, folded, space-separated (words never span two fields). */
  haystack: string;
  /** Folded short name, aliases, id and initials, each with and without spaces: exact hits rank first. */
  keys: Set<string>;
  /** Folded name, for "starts with" ranking. */
  name: string;
}

/** The directory prepared for search: build once per load (and language), query per keystroke. */
export interface SearchIndex {
  entries: SearchEntry[];
}

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
  return fold(query).split(' ').filter(Boolean);
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

/** Agencies whose type is one of `types` (comma- or space-separated; empty: all). */
export function filterByType(agencies: readonly Agency[], types: string): Agency[] {
  const wanted = typeList(types);
  return wanted.length ? agencies.filter((a) => wanted.includes(a.type)) : [...agencies];
}

/** `"dinas, RSUD"` → `['dinas', 'rsud']`. */
export function typeList(types: string | undefined): string[] {
  return (types ?? '')
    .split(/[\s,]+/)
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Grouping

/** How the list is grouped. */
export type DirectoryGrouping = 'type' | 'alpha' | 'none';

/** One group of the list: `key` is the type or the letter (`''` when not grouped). */
export interface AgencyGroup {
  key: string;
  agencies: Agency[];
}

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

// ---------------------------------------------------------------------------------------------
// Loading

/**
 * How `loadResource` reads a directory: JSON.parse, then `parseDirectory` (see `readDirectory` in
 * `read.ts`, loaded on first use). Problems are reported in one `console.warn` per fetch (cached
 * copies do not warn again).
 */
export const DIRECTORY_CODEC: Codec<Directory> = {
  name: 'directory',
  parse: async (body, { baseUrl }) => (await loadReader()).readDirectory(body, baseUrl),
  restore(stored) {
    if (!isObject(stored) || stored['format'] !== DIRECTORY_FORMAT || !Array.isArray(stored['agencies'])) {
      throw new Error('stored directory has another format');
    }
    return stored as unknown as Directory;
  },
};
