/**
 * Siar: one module that registers all four widgets and exports the programmatic API.
 *
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/siar/dist/siar.js"></script>
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
export * from './feed/api.js';
export { setStrings, DEFAULT_STRINGS, type Lang, type Strings, type StringKey } from './internal/i18n.js';
export type { WidgetState } from './internal/base-element.js';
export { loadProfile, readProfile, type Profile } from './internal/profile.js';
export type { SiarErrorDetail, SiarLoadDetail, WidgetErrorKind } from './internal/feed-controller.js';
