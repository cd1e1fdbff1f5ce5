/**
 * The one event contract every Siar widget keeps (docs/events.md), typed for TypeScript users:
 * `el.addEventListener('siar-load', (e) => e.detail.count)` needs no cast.
 *
 * Every event is a `CustomEvent` that bubbles and is composed (it crosses shadow roots).
 */
import type { Agency } from '../components/directory/model.js';
import type { ReleaseItem } from '../components/releases/select.js';
import type { Account } from '../components/social/platforms.js';
import type { ShownAlert } from '../feed/alerts.js';
import type { FeedErrorKind } from '../feed/errors.js';
import type { FeedItem, FeedVideo } from '../feed/types.js';

/** Error kinds a widget reports: the engine's, plus a widget without a source. */
export type WidgetErrorKind = FeedErrorKind | 'no-source';

/** Detail of `siar-error`, and of each failed source in `siar-load`'s `errors`. */
export interface SiarErrorDetail {
  kind: WidgetErrorKind;
  /** The HTTP status, for `http` errors. */
  status?: number;
  /** What went wrong, in the words of the engine (not translated). */
  message: string;
  /** The URL that failed, where there is one. */
  url?: string;
}

/** Detail of `siar-load`: fired once the items are in the widget's shadow DOM. */
export interface SiarLoadDetail {
  /** How many items (releases, videos, agencies, accounts) the widget shows. */
  count: number;
  /** True when at least one source is a last-known-good copy. */
  stale: boolean;
  /** The sources that failed while others loaded (empty when every source loaded). */
  errors: SiarErrorDetail[];
}

/** A video as `<siar-videos>` shows it: a feed item with its video. */
export type VideoItem = FeedItem & { video: FeedVideo };

/** What `siar-select` carries, by widget: a release, a video, an agency or a social account. */
export type SiarSelectItem = ReleaseItem | VideoItem | Agency | Account;

/** Detail of `siar-select`: the item whose link was followed (or, in the directory, opened). */
export interface SiarSelectDetail<T extends SiarSelectItem = SiarSelectItem> {
  item: T;
}

/** Detail of `siar-play` on `<siar-videos>`: the video whose player was loaded. */
export interface SiarPlayDetail {
  item: VideoItem;
}

/** Detail of `siar-search` on `<siar-directory>`. */
export interface SiarSearchDetail {
  query: string;
  type: string;
  count: number;
}

/** Detail of `siar-alert` (an alert is shown for the first time) and `siar-dismiss` on `<siar-alert>`. */
export interface SiarAlertDetail {
  alert: ShownAlert;
}

/** Every Siar event and its detail. */
export interface SiarEventDetails {
  'siar-alert': SiarAlertDetail;
  'siar-dismiss': SiarAlertDetail;
  'siar-load': SiarLoadDetail;
  'siar-error': SiarErrorDetail;
  'siar-select': SiarSelectDetail;
  'siar-play': SiarPlayDetail;
  'siar-search': SiarSearchDetail;
}

/** Every Siar event as the `CustomEvent` a listener receives. */
export type SiarEventMap = { [K in keyof SiarEventDetails]: CustomEvent<SiarEventDetails[K]> };

declare global {
  // Siar's events bubble and are composed, so any element (a wrapper, `document.body`) may hear them.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends SiarEventMap {}
}
