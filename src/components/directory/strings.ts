const id = {
  directoryHeading: 'Direktori Perangkat Daerah',
  searchAgencies: 'Cari instansi',
  agenciesFound: '{count} instansi ditemukan',
  noAgencies: 'Tidak ada instansi yang cocok dengan “{query}”.',
  filterType: 'Jenis instansi',
  allTypes: 'Semua jenis',
  showAll: 'Tampilkan semua ({count})',
  head: 'Kepala',
  address: 'Alamat',
  map: 'Lihat peta lokasi {name}',
  whatsapp: 'WhatsApp {name}',
  ppid: 'Layanan informasi (PPID)',
  hours: 'Jam layanan',
  typeSekretariat: 'Sekretariat',
  typeDinas: 'Dinas',
  typeBadan: 'Badan',
  typeBiro: 'Biro',
  typeInspektorat: 'Inspektorat',
  typeRsud: 'Rumah Sakit Umum Daerah',
  typeSatpolPp: 'Satuan Polisi Pamong Praja',
  typeKantor: 'Kantor',
  typeUptd: 'Unit Pelaksana Teknis Daerah',
  typeOther: 'Lainnya',
  phone: 'Telepon {name}',
  email: 'Kirim surel ke {name}',
  website: 'Situs web {name}',
} as const;

const en: Record<keyof typeof id, string> = {
  directoryHeading: 'Agency directory',
  searchAgencies: 'Search agencies',
  agenciesFound: '{count} agencies found',
  noAgencies: 'No agency matches “{query}”.',
  filterType: 'Agency type',
  allTypes: 'All types',
  showAll: 'Show all ({count})',
  head: 'Head',
  address: 'Address',
  map: 'Map of {name}',
  whatsapp: 'WhatsApp {name}',
  ppid: 'Information desk (PPID)',
  hours: 'Office hours',
  typeSekretariat: 'Secretariat',
  typeDinas: 'Department (dinas)',
  typeBadan: 'Agency (badan)',
  typeBiro: 'Bureau (biro)',
  typeInspektorat: 'Inspectorate',
  typeRsud: 'Regional public hospital',
  typeSatpolPp: 'Civil service police',
  typeKantor: 'Office',
  typeUptd: 'Technical unit (UPTD)',
  typeOther: 'Other',
  phone: 'Call {name}',
  email: 'E-mail {name}',
  website: 'Website of {name}',
};

/**
 * The directory's own strings, in Bahasa Indonesia and English: they come with
 * `<siar-directory>` rather than with every widget (registered with `addStrings` by the
 * component module: a bare side-effect import would be dropped by bundlers that trust the
 * package's `sideEffects` list). Overridable like all others (`strings` attribute, `setStrings`).
 */
export const DIRECTORY_STRINGS = { id, en };
