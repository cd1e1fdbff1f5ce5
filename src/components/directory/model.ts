import type { Codec } from '../../feed/load.js';
import type { Platform } from '../social/platforms.js';
import { loadReader } from './lazy.js';

/**
 * The agency directory as data: its types, the codec, and the little the widget needs before a
 * directory arrives. Reading and validating `directory.json`, search, grouping and the JSON-LD
 * live in modules the widget imports on demand while the directory downloads (`read.ts`,
 * `search.ts`, `details.ts`; see `lazy.ts`). Pure functions, so they are tested without a browser
 * page and reused by the CLI later.
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
