/**
 * JSX types for React users who write the raw tags (`<siar-releases limit={5}>`) instead of the
 * wrappers: every public property of the element is a typed prop. React 19 sets a prop as a
 * property when the element has one, else as an attribute, so kebab-case attributes
 * (`heading-level="3"`) work too, and events are `onsiar-load`-style props.
 *
 * ```ts
 * import type {} from 'siar/react'; // once, anywhere: brings these types in
 * ```
 */
import type { WebComponentProps } from '@lit/react';
import type { SiarReleases } from '../components/releases/releases.component.js';
import type { SiarVideos } from '../components/videos/videos.component.js';
import type { SiarDirectory } from '../components/directory/directory.component.js';
import type { SiarSocial } from '../components/social/social.component.js';
import type { SiarProvince } from '../components/province/province.js';
import type { SiarAlert } from '../components/alert/alert.component.js';

/** The Siar tags and their props, as added to React's `JSX.IntrinsicElements`. */
export interface SiarIntrinsicElements {
  'siar-releases': WebComponentProps<SiarReleases>;
  'siar-videos': WebComponentProps<SiarVideos>;
  'siar-directory': WebComponentProps<SiarDirectory>;
  'siar-social': WebComponentProps<SiarSocial>;
  'siar-province': WebComponentProps<SiarProvince>;
  'siar-alert': WebComponentProps<SiarAlert>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends SiarIntrinsicElements {}
  }
}
