/**
 * React wrappers for the Siar widgets (`siar/react`), made with `@lit/react`: attributes become
 * typed props, events become `on…` props, and a `ref` gives the element itself.
 *
 * ```tsx
 * import { SiarReleases } from 'siar/react';
 *
 * <SiarReleases
 *   src="https://contohprov.go.id/siar/releases.json"
 *   limit={5}
 *   layout="cards"
 *   onSiarLoad={(event) => console.log(event.detail.count)}
 * />
 * ```
 *
 * React is a peer dependency: it is never bundled. Importing this module registers the elements.
 *
 * @module siar/react
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SiarReleases as SiarReleasesElement } from '../components/releases/releases.js';
import { SiarVideos as SiarVideosElement } from '../components/videos/videos.js';
import { SiarDirectory as SiarDirectoryElement } from '../components/directory/directory.js';
import { SiarSocial as SiarSocialElement } from '../components/social/social.js';
import { SiarAlert as SiarAlertElement } from '../components/alert/alert.js';
import type { Agency } from '../components/directory/model.js';
import type { ReleaseItem } from '../components/releases/select.js';
import type { Account } from '../components/social/platforms.js';
import type { SiarAlertDetail, SiarErrorDetail, SiarLoadDetail, SiarPlayDetail, SiarSearchDetail, SiarSelectDetail, VideoItem } from '../internal/events.js';

export type { SiarIntrinsicElements } from './jsx.js';

/** `siar-load`: items are shown (rendered). */
export type SiarLoadEvent = CustomEvent<SiarLoadDetail>;
/** `siar-error`: loading failed. */
export type SiarErrorEvent = CustomEvent<SiarErrorDetail>;
/** `siar-select` on `<siar-releases>`: an item's link was activated (cancelable). */
export type SiarReleaseSelectEvent = CustomEvent<SiarSelectDetail<ReleaseItem>>;
/** `siar-select` on `<siar-videos>`: a video's link to the provider was activated (cancelable). */
export type SiarVideoSelectEvent = CustomEvent<SiarSelectDetail<VideoItem>>;
/** `siar-play` on `<siar-videos>`: a video's player was loaded. */
export type SiarPlayEvent = CustomEvent<SiarPlayDetail>;
/** `siar-select` on `<siar-directory>`: an agency was opened. */
export type SiarDirectorySelectEvent = CustomEvent<SiarSelectDetail<Agency>>;
/** `siar-search` on `<siar-directory>`: the search changed and typing paused. */
export type SiarSearchEvent = CustomEvent<SiarSearchDetail>;
/** `siar-select` on `<siar-social>`: an account link was activated (cancelable). */
export type SiarSocialSelectEvent = CustomEvent<SiarSelectDetail<Account>>;

/** `siar-alert` on `<siar-alert>`: an alert is shown for the first time on this page. */
export type SiarAlertEvent = CustomEvent<SiarAlertDetail>;
/** `siar-dismiss` on `<siar-alert>`: the reader dismissed an alert. */
export type SiarDismissEvent = CustomEvent<SiarAlertDetail>;

const feedEvents = {
  onSiarLoad: 'siar-load' as EventName<SiarLoadEvent>,
  onSiarError: 'siar-error' as EventName<SiarErrorEvent>,
};

/** `<siar-releases>`: the latest press releases. Events: `onSiarLoad`, `onSiarError`, `onSiarSelect`. */
export const SiarReleases = createComponent({
  react: React,
  tagName: 'siar-releases',
  elementClass: SiarReleasesElement,
  displayName: 'SiarReleases',
  events: { ...feedEvents, onSiarSelect: 'siar-select' as EventName<SiarReleaseSelectEvent> },
});

/** `<siar-videos>`: a video feed behind click-to-load facades. Events: `onSiarLoad`, `onSiarError`, `onSiarSelect`, `onSiarPlay`. */
export const SiarVideos = createComponent({
  react: React,
  tagName: 'siar-videos',
  elementClass: SiarVideosElement,
  displayName: 'SiarVideos',
  events: { ...feedEvents, onSiarSelect: 'siar-select' as EventName<SiarVideoSelectEvent>, onSiarPlay: 'siar-play' as EventName<SiarPlayEvent> },
});

/** `<siar-directory>`: the agency directory. Events: `onSiarLoad`, `onSiarError`, `onSiarSelect`, `onSiarSearch`. */
export const SiarDirectory = createComponent({
  react: React,
  tagName: 'siar-directory',
  elementClass: SiarDirectoryElement,
  displayName: 'SiarDirectory',
  events: {
    ...feedEvents,
    onSiarSelect: 'siar-select' as EventName<SiarDirectorySelectEvent>,
    onSiarSearch: 'siar-search' as EventName<SiarSearchEvent>,
  },
});

/** `<siar-social>`: the official social account bar. Events: `onSiarLoad`, `onSiarError`, `onSiarSelect`. */
export const SiarSocial = createComponent({
  react: React,
  tagName: 'siar-social',
  elementClass: SiarSocialElement,
  displayName: 'SiarSocial',
  events: { ...feedEvents, onSiarSelect: 'siar-select' as EventName<SiarSocialSelectEvent> },
});

/** `<siar-alert>`: the warning banner (CAP, BMKG). Events: `onSiarLoad`, `onSiarError`, `onSiarAlert`, `onSiarDismiss`. */
export const SiarAlert = createComponent({
  react: React,
  tagName: 'siar-alert',
  elementClass: SiarAlertElement,
  displayName: 'SiarAlert',
  events: { ...feedEvents, onSiarAlert: 'siar-alert' as EventName<SiarAlertEvent>, onSiarDismiss: 'siar-dismiss' as EventName<SiarDismissEvent> },
});
