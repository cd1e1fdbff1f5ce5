/** `siar.json`: the province profile that configures every widget from one URL. */
import type { Config } from './config.js';

export interface Profile {
  version: 1;
  name: string;
  short_name?: string;
  logo?: string;
  home_page_url?: string;
  time_zone: string;
  language: string;
  feeds?: { releases?: string; videos?: string; alerts?: string };
  directory?: string;
  social?: Record<string, string>;
}

/** The profile, naming only the files this output directory actually has. */
export function buildProfile(config: Config, present: { releases: boolean; videos: boolean; alerts?: boolean; directory: boolean }): Profile {
  const p = config.province;
  const ordered: Profile = { version: 1, name: p.name } as Profile;
  if (p.short_name) ordered.short_name = p.short_name;
  if (p.logo) ordered.logo = p.logo;
  if (p.home_page_url) ordered.home_page_url = p.home_page_url;
  ordered.time_zone = p.time_zone ?? 'Asia/Jakarta';
  ordered.language = p.language ?? 'id';
  const feeds: Profile['feeds'] = {};
  if (present.releases) feeds.releases = 'releases.json';
  if (present.videos) feeds.videos = 'videos.json';
  if (present.alerts) feeds.alerts = 'alerts.json';
  if (Object.keys(feeds).length) ordered.feeds = feeds;
  if (present.directory) ordered.directory = 'directory.json';
  if (p.social && Object.keys(p.social).length) ordered.social = { ...p.social };
  return ordered;
}
