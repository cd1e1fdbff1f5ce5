/**
 * `<siar-videos>`' own strings, in Bahasa Indonesia and English: they come with the widget
 * (registered with `addStrings` by the component module), not with every widget. Overridable like
 * all others (`strings` attribute, `setStrings`).
 */
export const VIDEOS_STRINGS = {
  id: {
    videosHeading: 'Video',
    playVideo: 'Putar video: {title}',
    views: '{count} kali ditonton',
  },
  en: {
    videosHeading: 'Videos',
    playVideo: 'Play video: {title}',
    views: '{count} views',
  },
};
