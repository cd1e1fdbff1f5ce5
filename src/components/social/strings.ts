/**
 * `<siar-social>`' own strings, in Bahasa Indonesia and English: they come with the bar (and with
 * the directory's social links, which name accounts the same way), registered with `addStrings`,
 * not with every widget. Overridable like all others (`strings` attribute, `setStrings`).
 */
export const SOCIAL_STRINGS = {
  id: {
    socialHeading: 'Media Sosial Resmi',
    profileFailed: 'Profil provinsi tidak dapat dimuat.',
    socialAccount: '{platform} resmi {name}',
  },
  en: {
    socialHeading: 'Official social media',
    profileFailed: 'The province profile could not be loaded.',
    socialAccount: 'Official {platform} of {name}',
  },
};
