/**
 * Siar: one module that registers every widget (releases, videos, directory, social bar, alert
 * banner, province) and exports the programmatic API.
 *
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/siar/cdn/siar.js"></script>
 * <siar-releases src="https://contohprov.go.id/siar/releases.json" limit="5"></siar-releases>
 * ```
 *
 * @module siar
 */
export { SiarReleases } from './components/releases/releases.js';
export { SiarVideos } from './components/videos/videos.js';
export { SiarDirectory } from './components/directory/directory.js';
export { SiarSocial } from './components/social/social.js';
export { SiarProvince } from './components/province/province.js';
export { SiarAlert } from './components/alert/alert.js';
export * from './feed/api.js';
import { addStrings } from './internal/i18n.js';
import { RESULT_STRINGS } from './internal/result-strings.js';
import { RELEASES_VIEW_STRINGS } from './components/releases/strings.js';

// Strings that otherwise come with the widgets' item templates: `DEFAULT_STRINGS` lists them all.
addStrings(RESULT_STRINGS);
addStrings(RELEASES_VIEW_STRINGS);

export { setStrings, DEFAULT_STRINGS, type Lang, type Strings, type StringKey } from './internal/i18n.js';
export type { WidgetState } from './internal/base-element.js';
export { loadProfile, readProfile, type Profile } from './internal/profile.js';
export type {
  SiarErrorDetail,
  SiarLoadDetail,
  SiarSelectDetail,
  SiarSelectItem,
  SiarPlayDetail,
  SiarSearchDetail,
  SiarAlertDetail,
  SiarEventDetails,
  SiarEventMap,
  VideoItem,
  WidgetErrorKind,
} from './internal/events.js';
export type { ReleaseItem } from './components/releases/select.js';
export type { ReleasesLayout } from './components/releases/releases.component.js';
export type { VideosLayout } from './components/videos/videos.component.js';
export type { DirectoryLayout } from './components/directory/directory.component.js';
export type { Agency, Directory, DirectoryGrouping, PhoneNumber, Ppid, SocialLink } from './components/directory/model.js';
export type { Account, Platform } from './components/social/platforms.js';
export type { AlertKind, CapSeverity, ShownAlert } from './feed/alerts.js';
export type { CapAlert, CapArea, CapInfo, CapReference, CapMsgType, CapScope, CapStatus } from './feed/cap.js';
