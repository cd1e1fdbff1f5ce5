/**
 * The one item model every Siar widget sees. Parsers for RSS 2.0, RSS 1.0 (RDF), Atom 1.0,
 * YouTube channel Atom and JSON Feed 1.0/1.1 all normalize to these shapes; components never
 * read raw feed text.
 *
 * @module
 */

/** Formats the engine recognises. */
export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'youtube' | 'json';

/** Video providers Siar knows how to put behind a facade. */
export type VideoProvider = 'youtube' | 'tiktok' | 'instagram' | 'facebook' | 'file';

/** A video attached to an item. */
export interface FeedVideo {
  provider: VideoProvider;
  /** Provider's id (YouTube video id, TikTok id, …); for `file`, the absolute media URL. */
  id: string;
  /** Canonical page URL of the video at the provider (always `http(s)`). */
  url: string;
  /** `9:16` for Shorts, TikTok and reels; `16:9` otherwise unless the feed says. */
  aspect?: string;
  /** Duration in seconds, where the feed has it. */
  duration?: number;
  /** View count, where the feed has it. */
  views?: number;
  /** Media type of a self-hosted file (`video/mp4`, `video/webm`). */
  type?: string;
}

/** Priority from the `_siar` extension. */
export type SiarPriority = 'urgent' | 'pinned';

/** Item kind from the `_siar` extension or mapped from categories such as "Hoaks". */
export type SiarKind = 'release' | 'hoax-clarification' | 'announcement';

/** An image with an optional size (reserved by the widgets to avoid layout shift). */
export interface FeedImage {
  url: string;
  width?: number;
  height?: number;
  alt?: string;
}

/** An author as the feed names them. */
export interface FeedAuthor {
  name: string;
  url?: string;
}

/** One normalized item. Every string is plain text unless its name says `html`. */
export interface FeedItem {
  /** Stable id: guid / id / link, never empty. Unique within one feed. */
  id: string;
  /** Plain-text title (may be empty when the feed has none). */
  title: string;
  /** Absolute `http(s)` URL of the item, or `undefined` when the feed has no safe one. */
  url: string | undefined;
  /** Plain-text summary: HTML stripped, entities decoded, white space collapsed. */
  summary: string;
  /**
   * Raw HTML content as the feed sent it (description / content:encoded / content_html).
   * Untrusted: render only through `sanitizeHtml` (in `siar/feed`).
   */
  contentHtml?: string;
  /**
   * Publication date; when the feed gives none, the last update (Atom entries with only
   * `<updated>`, as GitHub and many CMSs write them). `undefined` when both are missing or
   * unreadable. A date-time written without a zone is local time in the feed's zone
   * ({@link ParseOptions.timeZone}).
   */
  published: Date | undefined;
  /**
   * `true` when `published` came from a date without a time of day ("2023-10-16", an RSS
   * `pubDate` of "17 Oktober 2023"): `published` is then the midnight that starts that day in the
   * feed's zone, and widgets print the date alone, never an invented "00.00" or "07.00".
   * Absent for date-times.
   */
  dateOnly?: boolean;
  /** Last update, where the feed has it. */
  updated?: Date;
  /** First usable image (enclosure, media:thumbnail/content, JSON image, first `<img>`). */
  image: FeedImage | undefined;
  /** Category / tag labels, trimmed, without duplicates. */
  categories: string[];
  authors: FeedAuthor[];
  /** A video, where the item is (or links to) one. */
  video?: FeedVideo;
  /** Siar extension: priority. */
  priority?: SiarPriority;
  /** Siar extension or category mapping: kind. Defaults to `release`. */
  kind: SiarKind;
  /** Siar extension: id of the publishing agency in the directory. */
  agency?: string;
  /** Siar extension: the item was withdrawn; widgets hide it. */
  retracted?: boolean;
}

/** A normalized feed. */
export interface Feed {
  format: FeedFormat;
  /** Plain-text feed title. */
  title: string;
  /** Absolute `http(s)` home page of the feed, where given. */
  link: string | undefined;
  /** Plain-text description. */
  description: string;
  /** Feed icon/logo, where given. */
  image: FeedImage | undefined;
  /** BCP 47 language of the feed, where given. */
  language?: string;
  items: FeedItem[];
}

/** Options for `parseFeed` and `parseFeedSync`. */
export interface ParseOptions {
  /** The response's `Content-Type`, used as a hint when the text is ambiguous. */
  contentType?: string;
  /** Absolute URL the text came from; relative links resolve against it. */
  baseUrl?: string;
  /**
   * IANA time zone of the feed's province: dates written without a zone or offset are local
   * time there, and dates without a time stand for midnight there. Default `Asia/Jakarta` (WIB).
   */
  timeZone?: string;
}
