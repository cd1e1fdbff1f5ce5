/**
 * Strings of the states that follow a result (nothing matching the filters, saved copy, partly failed load), in Bahasa
 * Indonesia and English: they come with `results.ts` (loaded with a widget's item templates), and
 * `siar` registers them at once, so its `DEFAULT_STRINGS` lists every string.
 */
export const RESULT_STRINGS = {
  id: {
    emptyFiltered: 'Tidak ada informasi yang cocok dengan pilihan ini.',
    stale: 'Koneksi ke sumber gagal; yang tampil adalah salinan tersimpan dari {time}, mungkin bukan yang terbaru.',
    partial: '{failed} dari {total} sumber tidak dapat dimuat; yang tampil hanya dari sumber lainnya.',
  },
  en: {
    emptyFiltered: 'Nothing matches these choices.',
    stale: 'The source could not be reached; this is a copy saved {time} and may be out of date.',
    partial: '{failed} of {total} sources could not be loaded; only the others are shown.',
  },
};
