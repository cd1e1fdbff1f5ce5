import { FeedError } from '../../feed/errors.js';
import { Slicer } from '../../feed/slices.js';
import { safeUrl } from '../../feed/url.js';
import { ALIASES, PLATFORMS, toAccount } from '../social/platforms.js';
import { DIRECTORY_FORMAT, ID_PATTERN, type Agency, type Directory, type DirectoryProblem, type PhoneNumber, type Ppid, type SocialLink, type SocialPlatform } from './model.js';

/**
 * Reading `directory.json`: parse and validate it, normalize Indonesian phone numbers for `tel:`
 * and `wa.me`, e-mail addresses and social accounts, and describe what was skipped; and the
 * schema.org JSON-LD of agencies; with them, search and grouping (`search.ts`), the list's
 * templates and events (`view.ts`) and what an opened agency shows (`details.ts`). Needed only
 * once a directory has arrived, so the widget imports this module on demand (see `lazy.ts`),
 * while the directory downloads.
 */

// ---------------------------------------------------------------------------------------------
// Parsing and validation

const TYPE_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;
/** One address, no display name, no header fields (`?cc=`), no spaces or brackets. */
const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"?&#/]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A trimmed, white-space-collapsed string, or `undefined` for anything else or empty. */
function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const collapsed = value.replace(/\s+/g, ' ').trim();
  return collapsed || undefined;
}

/**
 * Validates a parsed `directory.json` and normalizes it. Entries that cannot be shown (not an
 * object, no valid `id`, a duplicate `id`, no `name`) are skipped; malformed optional fields are
 * dropped; every skip and drop is listed in `problems`. Throws `FeedError('unsupported')` when the
 * value is not a directory at all.
 */
export function parseDirectory(data: unknown, baseUrl?: string): ParsedDirectory {
  const steps = parsing(data, baseUrl);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

type ParsedDirectory = { directory: Directory; problems: DirectoryProblem[] };

/** {@link parseDirectory} one entry at a time: it yields after each, so a reader can pause between them. */
function* parsing(data: unknown, baseUrl?: string): Generator<void, ParsedDirectory> {
  const list = Array.isArray(data) ? data : isObject(data) ? data['agencies'] : undefined;
  if (!Array.isArray(list)) throw new FeedError('unsupported', 'This JSON is not an agency directory: it has no "agencies" array.');
  const problems: DirectoryProblem[] = [];
  const seen = new Set<string>();
  const agencies: Agency[] = [];
  const read = (entry: unknown, index: number) => {
    const skip = (reason: string, id?: string) => problems.push({ index, ...(id ? { id } : {}), effect: 'skipped', reason });
    if (!isObject(entry)) return skip('not an object');
    const rawId = typeof entry['id'] === 'number' ? String(entry['id']) : text(entry['id']);
    if (!rawId) return skip('no id');
    if (!ID_PATTERN.test(rawId)) return skip(`id "${rawId.slice(0, 40)}" may only hold letters, digits, ".", "-" and "_"`);
    if (seen.has(rawId)) return skip('duplicate id', rawId);
    const name = text(entry['name']);
    if (!name) return skip('no name', rawId);
    seen.add(rawId);
    const ignore = (field: string, why = 'invalid') => problems.push({ index, id: rawId, effect: 'ignored', reason: `${field} ${why}` });
    agencies.push(parseAgency(entry, rawId, name, baseUrl, ignore));
  };
  for (let index = 0; index < list.length; index++) {
    read(list[index], index);
    yield;
  }
  const directory: Directory = { format: DIRECTORY_FORMAT, agencies };
  if (isObject(data)) {
    const province = text(data['province']) ?? (isObject(data['province']) ? text(data['province']['name']) : undefined);
    if (province) directory.province = province;
    const updated = text(data['updated']);
    if (updated) directory.updated = updated;
  }
  return { directory, problems };
}

type Ignore = (field: string, why?: string) => void;

function parseAgency(entry: Record<string, unknown>, id: string, name: string, baseUrl: string | undefined, ignore: Ignore): Agency {
  const agency: Agency = { id, name, aliases: [], type: 'other', social: [] };
  // Optional fields: present but unusable → dropped and reported; absent → silently absent.
  const has = (key: string) => entry[key] !== undefined && entry[key] !== null && entry[key] !== '';

  const shortName = text(entry['short_name']);
  if (shortName) agency.shortName = shortName;
  else if (has('short_name')) ignore('short_name');

  if (Array.isArray(entry['aliases'])) agency.aliases = entry['aliases'].map(text).filter((a): a is string => !!a);
  else if (has('aliases')) ignore('aliases', 'is not a list');

  const type = text(entry['type'])?.toLowerCase();
  if (type && TYPE_PATTERN.test(type)) agency.type = type;
  else if (has('type')) ignore('type');

  const parent = text(entry['parent']);
  if (parent && ID_PATTERN.test(parent) && parent !== id) agency.parent = parent;
  else if (has('parent')) ignore('parent');

  const head = entry['head'];
  const headName = isObject(head) ? text(head['name']) : text(head);
  if (headName) {
    agency.head = { name: headName };
    const title = isObject(head) ? text(head['title']) : undefined;
    if (title) agency.head.title = title;
  } else if (has('head')) ignore('head');

  const address = text(entry['address']);
  if (address) agency.address = address;
  else if (has('address')) ignore('address');

  for (const key of ['phone', 'whatsapp'] as const) {
    const phone = phoneNumber(entry[key]);
    if (phone) agency[key] = phone;
    else if (has(key)) ignore(key);
  }

  const email = emailAddress(entry['email']);
  if (email) agency.email = email;
  else if (has('email')) ignore('email');

  const website = webUrl(entry['website'], baseUrl);
  if (website) agency.website = website;
  else if (has('website')) ignore('website', 'is not an http(s) address');

  if (isObject(entry['ppid'])) {
    const ppid = parsePpid(entry['ppid'], baseUrl);
    if (ppid) agency.ppid = ppid;
    else ignore('ppid', 'has no name, phone, e-mail or website');
  } else if (has('ppid')) ignore('ppid');

  if (isObject(entry['social'])) {
    for (const [key, value] of Object.entries(entry['social'])) {
      const platform = platformOf(key);
      if (!platform) continue; // platforms of the future: not an error
      const link = socialUrl(platform, value);
      if (link && !agency.social.some((s) => s.url === link.url)) agency.social.push(link);
      else if (!link && value) ignore(`social.${key}`);
    }
  } else if (has('social')) ignore('social');

  const geo = entry['geo'];
  if (isObject(geo)) {
    const lat = coordinate(geo['lat']);
    const lon = coordinate(geo['lon'] ?? geo['lng']);
    if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) agency.geo = { lat, lon };
    else ignore('geo', 'is not a valid latitude / longitude');
  } else if (has('geo')) ignore('geo');

  const hours = text(entry['hours']);
  if (hours) agency.hours = hours;
  else if (has('hours')) ignore('hours');

  const logo = webUrl(entry['logo'], baseUrl);
  if (logo) agency.logo = logo;
  else if (has('logo')) ignore('logo', 'is not an http(s) address');

  return agency;
}

function parsePpid(raw: Record<string, unknown>, baseUrl: string | undefined): Ppid | undefined {
  const ppid: Ppid = { name: text(raw['name']) ?? 'PPID' };
  const phone = phoneNumber(raw['phone']);
  if (phone) ppid.phone = phone;
  const email = emailAddress(raw['email']);
  if (email) ppid.email = email;
  const website = webUrl(raw['website'], baseUrl);
  if (website) ppid.website = website;
  return text(raw['name']) || phone || email || website ? ppid : undefined;
}

/** A number, or a numeric string; NaN for anything else (so range checks fail). */
function coordinate(value: unknown): number {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && value.trim() ? Number(value) : NaN;
}

function phoneNumber(value: unknown): PhoneNumber | undefined {
  const raw = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : text(value);
  if (!raw || !/\d{3}/.test(raw.replace(/[\s().-]/g, ''))) return undefined;
  return { text: raw, ...normalizePhone(raw) };
}

/** A bare e-mail address (no `mailto:`, no query), or `undefined`. */
export function emailAddress(value: unknown): string | undefined {
  const raw = text(value)?.replace(/^mailto:/i, '');
  return raw && raw.length <= 254 && EMAIL_PATTERN.test(raw) ? raw : undefined;
}

function webUrl(value: unknown, baseUrl: string | undefined): string | undefined {
  // Not collapsed first: safeUrl must see "java\tscript:" the way a browser would.
  return typeof value === 'string' && value.trim() ? safeUrl(value, baseUrl) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

/**
 * Normalizes a phone number as Indonesians write it into a `tel:` link and, for numbers reachable
 * from abroad, `wa.me` digits:
 *
 * | written            | `tel:`             | `wa.me`         |
 * |--------------------|--------------------|-----------------|
 * | `0401-312345`      | `tel:+62401312345` | `62401312345`   |
 * | `(0401) 312345`    | `tel:+62401312345` | `62401312345`   |
 * | `+62 (0)401 312345`| `tel:+62401312345` | `62401312345`   |
 * | `0812 3456 7891`   | `tel:+6281234567891` | `6281234567891` |
 * | `6281234567816`    | `tel:+6281234567816` | `6281234567816` |
 * | `112`, `1500-117`  | `tel:112`, `tel:1500117` | —         |
 * | `0800-1-234567`    | `tel:08001234567` (toll-free, domestic only) | — |
 *
 * Only the first of several numbers (`0401-312345 / 312346`) is linked; an extension
 * (`psw. 204`, `ext. 12`), a label (`Telp.`) and remarks in brackets (`(hunting)`) are left out. Returns `{}` for text that is not a number.
 */
export function normalizePhone(raw: string): { tel?: string; wa?: string } {
  const cleaned = raw
    .replace(/^\s*(?:telp?|tlp|telepon|phone|hp|wa|whatsapp)\.?\s*:?\s*/i, '') // "Telp. (0401) …"
    .replace(/\([^)]*\p{L}[^)]*\)/gu, ' '); // "(hunting)", "(WA only)"
  const first = cleaned.split(/[/,;]|\s(?:atau|or|dan|and)\s/i)[0] ?? '';
  const main = first.split(/(?:\b(?:ext|ekst|psw|pes|pesawat)\b|\bx\b)\.?/i)[0] ?? '';
  if (/[^\d\s+().\-\u2010-\u2015]/.test(main.trim())) return {}; // letters left: not a number we understand
  const plus = /^\s*\+/.test(main);
  const digits = main.replace(/\D/g, '');
  if (!digits) return {};
  let national: string | undefined;
  if (plus) {
    if (!digits.startsWith('62')) {
      // Another country: dial as written (E.164 has 8 to 15 digits).
      return digits.length >= 8 && digits.length <= 15 ? { tel: `tel:+${digits}`, wa: digits } : {};
    }
    national = digits.slice(2).replace(/^0/, '');
  } else if (digits.startsWith('62') && digits.length >= 10) {
    national = digits.slice(2).replace(/^0/, '');
  } else if (/^0(?:800|807|809)/.test(digits)) {
    // Toll-free and premium numbers only work inside Indonesia.
    return digits.length >= 8 && digits.length <= 13 ? { tel: `tel:${digits}` } : {};
  } else if (digits.startsWith('0')) {
    national = digits.slice(1);
  } else {
    // Emergency (112), call centres (1500-xxx, 14xxx) and numbers without an area code: local.
    return digits.length >= 3 && digits.length <= 8 ? { tel: `tel:${digits}` } : {};
  }
  // Area code (2–3 digits) + subscriber (5–8), or a mobile number 8xx…: 7 to 12 digits.
  if (!/^[1-9]\d{6,11}$/.test(national)) return {};
  return { tel: `tel:+62${national}`, wa: `62${national}` };
}


// ---------------------------------------------------------------------------------------------
// Social accounts

/**
 * A handle (`dinkesprovcontoh`, `@dinkesprovcontoh`) or a URL on the platform's own host, checked
 * by the same rules as `<siar-social>`: a link labelled "Instagram resmi" must go to Instagram.
 */
export function socialUrl(platform: SocialPlatform, value: unknown): SocialLink | undefined {
  const raw = text(value);
  if (!raw || !Object.hasOwn(PLATFORMS, platform)) return undefined;
  let account = toAccount(platform, raw);
  // "@handle" is how people write Instagram and Facebook handles too.
  if (!('url' in account) && raw.startsWith('@')) account = toAccount(platform, raw.slice(1));
  return 'url' in account ? { platform, label: PLATFORMS[platform].label, url: account.url } : undefined;
}

/** A `social` key as a platform: the names `<siar-social>` knows, and its aliases (`twitter`). */
function platformOf(key: string): SocialPlatform | undefined {
  const name = key.toLowerCase();
  if (Object.hasOwn(ALIASES, name)) return ALIASES[name];
  return Object.hasOwn(PLATFORMS, name) ? (name as SocialPlatform) : undefined;
}

// ---------------------------------------------------------------------------------------------
// schema.org

function telephone(phone: PhoneNumber | undefined): string | undefined {
  return phone?.tel?.replace(/^tel:/, '') ?? phone?.text;
}

/**
 * schema.org `GovernmentOrganization` items for agencies, as one JSON-LD graph. `pageUrl` (the
 * page without its fragment) gives each agency its `@id`: the page's deep link to it.
 */
export function agenciesJsonLd(agencies: readonly Agency[], pageUrl: string, province?: string): Record<string, unknown> {
  const base = pageUrl.split('#')[0] ?? pageUrl;
  const ids = new Set(agencies.map((a) => a.id));
  const graph = agencies.map((a) => {
    const item: Record<string, unknown> = { '@type': 'GovernmentOrganization', '@id': `${base}#${a.id}`, name: a.name };
    const alternate = [a.shortName, ...a.aliases].filter((x): x is string => !!x && x !== a.name);
    if (alternate.length) item['alternateName'] = alternate.length === 1 ? alternate[0] : alternate;
    if (a.website) item['url'] = a.website;
    if (a.logo) item['logo'] = a.logo;
    if (a.email) item['email'] = a.email;
    const tel = telephone(a.phone);
    if (tel) item['telephone'] = tel;
    if (a.address) item['address'] = { '@type': 'PostalAddress', streetAddress: a.address, addressCountry: 'ID', ...(province ? { addressRegion: province } : {}) };
    if (a.geo) item['geo'] = { '@type': 'GeoCoordinates', latitude: a.geo.lat, longitude: a.geo.lon };
    if (a.social.length) item['sameAs'] = a.social.map((s) => s.url);
    if (a.head) item['employee'] = { '@type': 'Person', name: a.head.name, ...(a.head.title ? { jobTitle: a.head.title } : {}) };
    if (a.parent && ids.has(a.parent)) item['parentOrganization'] = { '@id': `${base}#${a.parent}` };
    const points: Record<string, unknown>[] = [];
    const wa = telephone(a.whatsapp);
    if (wa) points.push({ '@type': 'ContactPoint', contactType: 'WhatsApp', telephone: wa });
    if (a.ppid) {
      const p: Record<string, unknown> = { '@type': 'ContactPoint', contactType: 'PPID', name: a.ppid.name };
      const ppidTel = telephone(a.ppid.phone);
      if (ppidTel) p['telephone'] = ppidTel;
      if (a.ppid.email) p['email'] = a.ppid.email;
      if (a.ppid.website) p['url'] = a.ppid.website;
      points.push(p);
    }
    if (points.length) item['contactPoint'] = points;
    return item;
  });
  return { '@context': 'https://schema.org', '@graph': graph };
}


/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no value can close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

// ---------------------------------------------------------------------------------------------
// Loading

/** Describes skipped entries and ignored fields in one line each. */
export function describeProblems(problems: readonly DirectoryProblem[]): string {
  return problems
    .map((p) => `  #${p.index}${p.id ? ` (${p.id})` : ''}: ${p.effect === 'skipped' ? 'skipped, ' : ''}${p.reason}`)
    .join('\n');
}

/**
 * `directory.json` text to a {@link Directory}: JSON.parse, then {@link parseDirectory} in slices of
 * a few milliseconds (a province's 40–60 agencies, their phone numbers, addresses and accounts,
 * are a long task on a slow phone in one go); the directory codec's `parse`. Problems are reported
 * in one `console.warn`. Throws `FeedError` `parse` (not JSON) or `unsupported` (not a directory).
 */
export async function readDirectory(body: string, baseUrl: string): Promise<Directory> {
  let data: unknown;
  try {
    data = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new FeedError('parse', `The directory is not valid JSON: ${(cause as Error).message}`, { url: baseUrl, cause });
  }
  let parsed: ParsedDirectory;
  try {
    const steps = parsing(data, baseUrl);
    const slicer = new Slicer();
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        parsed = step.value;
        break;
      }
      if (slicer.due()) await slicer.next();
    }
  } catch (cause) {
    if (cause instanceof FeedError) throw new FeedError(cause.kind, cause.message, { url: baseUrl });
    throw cause;
  }
  const { directory, problems } = parsed;
  if (problems.length) {
    const skipped = problems.filter((p) => p.effect === 'skipped').length;
    console.warn(
      `[siar] <siar-directory> ${baseUrl}: ${skipped} ${skipped === 1 ? 'entry' : 'entries'} skipped, ${problems.length - skipped} ${problems.length - skipped === 1 ? 'field' : 'fields'} ignored; the rest is shown.\n${describeProblems(problems)}`,
    );
  }
  return directory;
}

export { displayHost, mapUrl, renderDetails, whatsappUrl } from './details.js';
export { buildSearchIndex, groupAgencies, queryWords, searchAgencies } from './search.js';
// The list itself: it draws only a loaded directory, so it comes in this same file.
export { found, onToggle, renderDirectory, reveal, styles, warmUp, writeJsonLd } from './view.js';
