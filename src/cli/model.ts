/**
 * The shapes the publisher writes: JSON Feed 1.1 items with the `_siar` extension (read back by
 * src/feed/parse-json.ts and readSiar in src/feed/normalize.ts), and the raw entries the source
 * readers hand over before normalization.
 */

export type Kind = 'release' | 'hoax-clarification' | 'announcement';
export type Priority = 'urgent' | 'pinned';
export type Provider = 'youtube' | 'tiktok' | 'instagram' | 'facebook' | 'file';

export interface OutVideo {
  provider: Provider;
  /** Provider id; for `file`, the media URL (absolute, or relative to the feed). */
  id?: string;
  aspect?: string;
  duration?: number;
  views?: number;
}

export interface OutSiar {
  kind: Kind;
  priority?: Priority;
  agency?: string;
  retracted?: true;
  /**
   * `date_published` stands for a day the source gave without a time of day: it is written as the
   * midnight starting that day in the province's zone (JSON Feed requires a date-time), and Siar
   * widgets show the date alone.
   */
  date_only?: true;
  video?: OutVideo;
  /** Size of `image` in pixels, where it is a file next to the feeds (lean.ts): widgets reserve its box. */
  image_width?: number;
  image_height?: number;
  /** Id of the configured source (lets a later run keep the item when its source is down). */
  source: string;
}

export interface OutAttachment {
  url: string;
  mime_type: string;
  title?: string;
  size_in_bytes?: number;
  duration_in_seconds?: number;
}

/** One JSON Feed item as written, keys in this order. */
export interface OutItem {
  id: string;
  url?: string;
  title: string;
  summary?: string;
  content_html?: string;
  content_text?: string;
  date_published?: string;
  date_modified?: string;
  image?: string;
  tags?: string[];
  authors?: Array<{ name: string; url?: string }>;
  attachments?: OutAttachment[];
  _siar: OutSiar;
}

export interface OutFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  icon?: string;
  favicon?: string;
  language?: string;
  authors?: Array<{ name: string; url?: string }>;
  /** On a lean widget feed: the archive with every item and its full content (lean.ts). */
  _siar?: { archive_url: string };
  items: OutItem[];
}

/** An enclosure / attachment as a source gives it. */
export interface RawEnclosure {
  url: string;
  type?: string;
  length?: number;
  duration?: number;
  medium?: string;
}

/** One entry of a source, as read, before normalization. Strings are as the source sent them. */
export interface RawEntry {
  id?: string;
  link?: string;
  title?: string;
  /** HTML (RSS description, Atom html summary). */
  summaryHtml?: string;
  /** Plain text (JSON summary, Atom text summary, Media RSS description). */
  summaryText?: string;
  contentHtml?: string;
  contentText?: string;
  published?: string;
  updated?: string;
  categories: string[];
  authors: string[];
  /** Image candidates, best first. */
  images: string[];
  enclosures: RawEnclosure[];
  /** YouTube entry data. */
  youtube?: { id: string; views?: number; duration?: number };
  views?: number;
  duration?: number;
  /** The `_siar` object of an upstream Siar JSON Feed. */
  siar?: unknown;
  /** For list entries: fields given by the publisher. */
  agency?: string;
  kind?: Kind;
}

/** A parsed source document. */
export interface RawFeed {
  format: 'rss' | 'rdf' | 'atom' | 'json' | 'list';
  title?: string;
  entries: RawEntry[];
}
