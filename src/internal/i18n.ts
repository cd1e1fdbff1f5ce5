/**
 * Every visible string, in Bahasa Indonesia (the default) and English. A page can override any
 * of them page-wide with {@link setStrings}, or per element with its `strings` property /
 * attribute (JSON), so "Berita Pemprov" instead of "Siaran Pers" needs no fork.
 *
 * Placeholders are written `{name}` and filled as text, never as HTML.
 */

import type { DIRECTORY_STRINGS } from '../components/directory/strings.js';
import type { RELEASES_VIEW_STRINGS } from '../components/releases/strings.js';
import type { VIDEOS_STRINGS } from '../components/videos/strings.js';
import type { SOCIAL_STRINGS } from '../components/social/strings.js';
import type { RESULT_STRINGS } from './result-strings.js';

/** Languages Siar ships. */
export type Lang = 'id' | 'en';

const id = {
  loading: 'Memuat informasi…',
  empty: 'Belum ada informasi untuk ditampilkan.',
  source: 'Sumber: {name}',
  errorNoSource: 'Sumber data belum diatur. Tambahkan atribut src pada widget ini.',
  errorNetwork: 'Sumber informasi tidak dapat dihubungi. Periksa koneksi internet Anda, atau sumbernya belum mengizinkan situs ini.',
  errorHttp: 'Server sumber informasi menjawab dengan galat {status}.',
  errorTimeout: 'Sumber informasi terlalu lama menjawab.',
  errorTooLarge: 'Data dari sumber informasi terlalu besar untuk ditampilkan.',
  errorParse: 'Data dari sumber informasi rusak atau tidak lengkap.',
  errorUnsupported: 'Alamat sumber tidak berisi umpan informasi yang dikenali.',
  retry: 'Coba lagi',
  openSource: 'Buka sumber aslinya',
  newTab: '(membuka tab baru)',
  releasesHeading: 'Siaran Pers',
  moreReleases: 'Lihat semua siaran pers',
  showImages: 'Tampilkan gambar',
} as const;

type CommonKey = keyof typeof id;
/** The keys of every string a widget shows. */
export type StringKey =
  | CommonKey
  | keyof (typeof DIRECTORY_STRINGS)['id']
  | keyof (typeof RELEASES_VIEW_STRINGS)['id']
  | keyof (typeof VIDEOS_STRINGS)['id']
  | keyof (typeof SOCIAL_STRINGS)['id']
  | keyof (typeof RESULT_STRINGS)['id'];
/** A full set of strings for one language. */
export type Strings = Record<StringKey, string>;

const en: Record<CommonKey, string> = {
  loading: 'Loading information…',
  empty: 'Nothing to show yet.',
  source: 'Source: {name}',
  errorNoSource: 'No data source is set. Add a src attribute to this widget.',
  errorNetwork: 'The information source cannot be reached. Check your internet connection, or the source may not allow this site yet.',
  errorHttp: 'The source server answered with error {status}.',
  errorTimeout: 'The information source took too long to answer.',
  errorTooLarge: 'The data from the source is too large to show.',
  errorParse: 'The data from the source is damaged or incomplete.',
  errorUnsupported: 'The source address does not contain a feed Siar recognises.',
  retry: 'Try again',
  openSource: 'Open the original source',
  newTab: '(opens in a new tab)',
  releasesHeading: 'Press releases',
  moreReleases: 'See all press releases',
  showImages: 'Show images',
};

/** The shipped strings of every widget loaded so far (a widget's own strings come with it). */
const shipped: Record<Lang, Partial<Strings>> = { id: { ...id }, en: { ...en } };

/**
 * Adds a widget's own strings to the shipped ones: the directory's ~25 strings per language come
 * with `<siar-directory>`, so the other widgets do not carry them.
 *
 * @internal
 */
export function addStrings(strings: Record<Lang, Partial<Strings>>): void {
  Object.assign(shipped.id, strings.id);
  Object.assign(shipped.en, strings.en);
}

// No `set` trap needed: an assignment ends in `defineProperty`, which refuses (a TypeError in strict code).
const readOnly = <T extends object>(target: T): T => new Proxy(target, { defineProperty: () => false, deleteProperty: () => false });

/**
 * The shipped strings (of every widget `siar` registers), read-only so a page cannot change them
 * by accident: use {@link setStrings} to override.
 */
export const DEFAULT_STRINGS: Readonly<Record<Lang, Readonly<Strings>>> = Object.freeze({
  id: readOnly(shipped.id as Strings),
  en: readOnly(shipped.en as Strings),
});

const pageOverrides: Record<Lang, Partial<Strings>> = { id: {}, en: {} };

/**
 * Overrides strings for every Siar widget on the page, e.g.
 * `setStrings('id', { releasesHeading: 'Berita Pemprov' })`. Widgets already on the page pick
 * the change up at once.
 */
export function setStrings(lang: Lang, strings: Partial<Strings>): void {
  Object.assign(pageOverrides[lang], strings);
  stringsVersion++;
  for (const listener of stringsListeners) listener();
}

let stringsVersion = 0;
const stringsListeners = new Set<() => void>();

/**
 * A number that changes with every {@link setStrings} call: part of the cache key of anything
 * rendered once and kept (the directory's rows).
 *
 * @internal
 */
export function pageStringsVersion(): number {
  return stringsVersion;
}

/**
 * Calls `listener` after every {@link setStrings} call; returns the function that stops it.
 * Connected widgets listen, so a page-wide change reaches them without a render of their own.
 *
 * @internal
 */
export function onStringsChange(listener: () => void): () => void {
  stringsListeners.add(listener);
  return () => stringsListeners.delete(listener);
}

/** Maps any BCP 47 tag to a shipped language: English for `en*`, Indonesian otherwise. */
export function toLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'id';
}

/** Looks a string up (element override, then page override, then default) and fills `{name}`s. */
export function translate(
  lang: Lang,
  key: StringKey,
  params: Record<string, string | number> = {},
  local: Partial<Strings> = {},
): string {
  const template = local[key] ?? pageOverrides[lang][key] ?? shipped[lang][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
