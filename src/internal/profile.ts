import { FeedError } from '../feed/errors.js';
import { loadResource, type Codec, type Loaded, type LoadOptions } from '../feed/load.js';
import { collapse } from '../feed/collapse.js';
import { safeUrl } from '../feed/url.js';
import { validTimeZone } from './time-zone.js';

/**
 * The province profile (`siar.json`): one URL that configures every widget — *satu pintu*.
 * Relative URLs in it resolve against the profile's own URL. Read defensively: a field that is
 * missing or malformed is simply absent.
 */
export interface Profile {
  name: string;
  shortName: string;
  logo?: string;
  homePage?: string;
  /** IANA zone, validated (`Asia/Jakarta` when missing or unknown). */
  timeZone: string;
  language?: string;
  feeds: { releases?: string; videos?: string; alerts?: string };
  directory?: string;
  /** Platform → handle or URL, as written in the profile (checked by `<siar-social>`). */
  social: Record<string, string>;
}

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Reads a parsed `siar.json`. Throws `unsupported` when it is not a profile at all. */
export function readProfile(data: unknown, baseUrl: string): Profile {
  if (!data || typeof data !== 'object' || Array.isArray(data) || typeof (data as Json).name !== 'string') {
    throw new FeedError('unsupported', 'This JSON is not a Siar province profile (siar.json needs at least "name").');
  }
  const d = data as Json;
  const feeds = (d.feeds && typeof d.feeds === 'object' ? d.feeds : {}) as Json;
  const social: Record<string, string> = {};
  if (d.social && typeof d.social === 'object') {
    for (const [key, value] of Object.entries(d.social as Json)) {
      const v = str(value);
      if (v) social[key] = v;
    }
  }
  const profile: Profile = {
    name: collapse(d.name as string),
    shortName: collapse(str(d.short_name) ?? (d.name as string)),
    timeZone: validTimeZone(str(d.time_zone)),
    feeds: {},
    social,
  };
  const logo = safeUrl(str(d.logo), baseUrl);
  const home = safeUrl(str(d.home_page_url), baseUrl);
  const releases = safeUrl(str(feeds.releases), baseUrl);
  const videos = safeUrl(str(feeds.videos), baseUrl);
  const directory = safeUrl(str(d.directory), baseUrl);
  if (logo) profile.logo = logo;
  if (home) profile.homePage = home;
  if (releases) profile.feeds.releases = releases;
  if (videos) profile.feeds.videos = videos;
  const alerts = safeUrl(str(feeds.alerts), baseUrl);
  if (alerts) profile.feeds.alerts = alerts;
  if (directory) profile.directory = directory;
  if (str(d.language)) profile.language = str(d.language)!;
  return profile;
}

const PROFILE_CODEC: Codec<Profile> = {
  name: 'profile',
  parse(text, { baseUrl }) {
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (cause) {
      throw new FeedError('parse', 'The province profile is not valid JSON.', { cause });
    }
    return readProfile(data, baseUrl);
  },
};

/** Loads a province profile: once per page however many widgets ask, cached like a feed. */
export function loadProfile(url: string, options: LoadOptions = {}): Promise<Loaded<Profile>> {
  return loadResource(url, options, PROFILE_CODEC);
}
