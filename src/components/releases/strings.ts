/**
 * Strings only `<siar-releases>`' items show (badges, the ticker's pause button,
 * the urgent-item announcement), in Bahasa Indonesia and English. They come with the item templates
 * (view.ts registers them with `addStrings`), and `siar` registers them at once, so its
 * `DEFAULT_STRINGS` lists every string. Overridable like all others.
 */
export const RELEASES_VIEW_STRINGS = {
  id: {
    pauseTicker: 'Jeda',
    badgeUrgent: 'Penting',
    badgePinned: 'Disematkan',
    badgeHoax: 'Klarifikasi Hoaks',
    badgeAnnouncement: 'Pengumuman',
    urgentAnnouncement: 'Informasi penting: {title}',
  },
  en: {
    pauseTicker: 'Pause',
    badgeUrgent: 'Urgent',
    badgePinned: 'Pinned',
    badgeHoax: 'Hoax clarification',
    badgeAnnouncement: 'Announcement',
    urgentAnnouncement: 'Urgent: {title}',
  },
};
