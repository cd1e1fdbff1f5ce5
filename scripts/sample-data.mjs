#!/usr/bin/env node
// Writes Siar's built-in sample data for the FICTIONAL "Provinsi Contoh" (capital Kota Contoh,
// time zone WITA / Asia/Makassar): feeds, directory, province profile and small SVG images.
//
//   node scripts/sample-data.mjs
//
// Plain Node 20 ESM, no dependencies, deterministic: a seeded PRNG and a fixed base date, so
// running it twice writes byte-identical files. Every name, number, address and handle is
// invented; https://contohprov.go.id does not exist. All images are local SVG files.
//
// Output (relative URLs inside each file resolve against that file's own location):
//   demo/data/releases.json        JSON Feed 1.1, 64 items, `_siar` extension
//   demo/data/releases.xml         RSS 2.0, the 20 "Dinas Kesehatan" items of the same feed
//   demo/data/videos.json          JSON Feed 1.1, 20 video items
//   demo/data/videos-youtube.xml   YouTube channel Atom feed, 6 entries
//   demo/data/directory.json       44 agencies (OPD)
//   demo/data/siar.json            province profile
//   demo/img/...                   logo, release illustrations, video thumbnails, agency logos

import { mkdirSync, writeFileSync, readdirSync, rmSync, existsSync, statSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'demo/data');
const IMG = join(ROOT, 'demo/img');

const SITE = 'https://contohprov.go.id';
const TZ_OFFSET_MS = 8 * 3600_000; // WITA, UTC+8, no daylight saving
/** 2026-11-20T09:00:00+08:00 */
const BASE = Date.UTC(2026, 10, 20, 1, 0, 0);
/** 2026-11-20T00:00:00+08:00 */
const BASE_MIDNIGHT = Date.UTC(2026, 10, 19, 16, 0, 0);
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Deterministic helpers

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20261120);
const rint = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const pad = (n, w = 2) => String(n).padStart(w, '0');

const escXml = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (s) => `<![CDATA[${String(s).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

function slugify(s, maxWords = 9) {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\[|\]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(/\s+/)
    .slice(0, maxWords)
    .join('-');
}

// ---------------------------------------------------------------------------------------------
// Dates (all published in WITA)

const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const DAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const wita = (ms) => new Date(ms + TZ_OFFSET_MS); // read with getUTC*()
function rfc3339(ms) {
  const d = wita(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`;
}
function rfc822(ms) {
  const d = wita(ms);
  return `${DAYS_EN[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS_EN[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0800`;
}
const rfc822Gmt = (ms) => new Date(ms).toUTCString();
function indonesianDate(ms) {
  const d = wita(ms);
  return `${DAYS_ID[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS_ID[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} WITA`;
}
const isoUtc = (ms) => new Date(ms).toISOString().replace('.000Z', '+00:00');

/**
 * `count` timestamps, newest first, spread over `days` days before the base date, at office-ish
 * hours (07:00–20:55 WITA; before 09:00 on the base day itself).
 */
function spreadDates(count, days, first) {
  const out = [];
  for (let i = 0; i < count; i++) {
    if (i === 0 && first !== undefined) {
      out.push(first);
      continue;
    }
    const day = Math.floor(((i + rand()) * days) / count);
    const minutes = day === 0 ? rint(72, 92) * 5 /* 06:00–07:40 */ : rint(84, 251) * 5; /* 07:00–20:55 */
    out.push(BASE_MIDNIGHT - day * DAY + minutes * 60_000);
  }
  const head = first !== undefined ? [out.shift()] : [];
  return head.concat(out.sort((a, b) => b - a));
}

// ---------------------------------------------------------------------------------------------
// Province people (fictional)

const GOVERNOR = { name: 'Dr. H. Andi Pratama, M.Si.', title: 'Gubernur Provinsi Contoh' };
const VICE_GOVERNOR = { name: 'Hj. Nurul Fitriani Hasan, S.E., M.M.', title: 'Wakil Gubernur Provinsi Contoh' };

// ---------------------------------------------------------------------------------------------
// Directory: 44 agencies (OPD) in the usual structure of an Indonesian province

const HOURS = 'Senin–Kamis 07.30–16.00 WITA; Jumat 07.30–16.30 WITA';

// [id, name, short_name, type, head name, head title, aliases?, extra?]
const AGENCIES = [
  ['setda', 'Sekretariat Daerah', 'Setda', 'sekretariat', 'Dr. H. Arifin Mappaseng, M.Si.', 'Sekretaris Daerah', ['Sekretariat Daerah Provinsi', 'Sekda']],
  ['setwan', 'Sekretariat DPRD', 'Setwan', 'sekretariat', 'Drs. La Ode Harun Wasita, M.M.', 'Sekretaris DPRD', ['Sekretariat Dewan', 'Setwan DPRD']],
  ['inspektorat', 'Inspektorat Daerah', 'Inspektorat', 'inspektorat', 'Hj. Sitti Rahmawati Lamato, S.E., M.Ak.', 'Inspektur'],
  ['bappeda', 'Badan Perencanaan Pembangunan Daerah', 'Bappeda', 'badan', 'Dr. Ir. Wahyu Setiadi Kusuma, M.T.', 'Kepala Bappeda', ['Bapperida']],
  ['bpkad', 'Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD', 'badan', 'Ahmad Fauzan Ramli, S.E., M.Si.', 'Kepala BPKAD'],
  ['bapenda', 'Badan Pendapatan Daerah', 'Bapenda', 'badan', 'Hj. Nurhayati Tandiawan, S.Sos., M.Si.', 'Kepala Badan Pendapatan Daerah', ['Dispenda', 'Samsat']],
  ['bkd', 'Badan Kepegawaian Daerah', 'BKD', 'badan', 'Rusdin Hartawan Basri, S.IP., M.Si.', 'Kepala Badan Kepegawaian Daerah', ['BKPSDM', 'Badan Kepegawaian']],
  ['kesbangpol', 'Badan Kesatuan Bangsa dan Politik', 'Kesbangpol', 'badan', 'Drs. Abdul Gafur Tahir, M.Si.', 'Kepala Badan Kesbangpol', ['Badan Kesbangpol']],
  ['bpbd', 'Badan Penanggulangan Bencana Daerah', 'BPBD', 'badan', 'Ir. Muh. Nasrun Abidin, M.T.', 'Kepala Pelaksana BPBD', ['Pusdalops', 'Penanggulangan Bencana'], { hours: 'Pusdalops 24 jam; kantor Senin–Kamis 07.30–16.00 WITA; Jumat 07.30–16.30 WITA' }],
  ['brida', 'Badan Riset dan Inovasi Daerah', 'BRIDA', 'badan', 'Prof. Dr. Irwan Sudirja, M.Sc.', 'Kepala BRIDA', ['Balitbangda']],
  ['disdik', 'Dinas Pendidikan', 'Disdik', 'dinas', 'Dr. Hj. Andi Nurlela Syarif, M.Pd.', 'Kepala Dinas Pendidikan', ['Diknas', 'Dinas Pendidikan dan Kebudayaan']],
  ['dinkes', 'Dinas Kesehatan', 'Dinkes', 'dinas', 'dr. Fitri Handayani Saleh, M.Kes.', 'Kepala Dinas Kesehatan'],
  ['rsud', 'Rumah Sakit Umum Daerah Provinsi Contoh', 'RSUD Provinsi', 'rsud', 'dr. Bambang Eko Susilo, Sp.PD.', 'Direktur RSUD Provinsi Contoh', ['Rumah Sakit Provinsi'], { hours: 'IGD 24 jam; poliklinik Senin–Kamis 08.00–14.00 WITA; Jumat 08.00–11.00 WITA', parent: 'dinkes' }],
  ['rsj', 'Rumah Sakit Jiwa Provinsi Contoh', 'RSJ Provinsi', 'rsud', 'dr. Maria Lumbantoruan, Sp.KJ.', 'Direktur RSJ Provinsi Contoh', ['Rumah Sakit Jiwa'], { hours: 'IGD 24 jam; poliklinik Senin–Jumat 08.00–13.00 WITA', parent: 'dinkes' }],
  ['pupr', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas PUPR', 'dinas', 'Ir. Gunadi Lamba Pasolang, M.T.', 'Kepala Dinas PUPR', ['PU', 'Bina Marga', 'Dinas PU']],
  ['dishub', 'Dinas Perhubungan', 'Dishub', 'dinas', 'Drs. Ilham Kadir Tamsil, M.Si.', 'Kepala Dinas Perhubungan'],
  ['diskominfo', 'Dinas Komunikasi, Informatika dan Statistik', 'Diskominfo', 'dinas', 'Rina Kartikasari, S.Kom., M.T.', 'Kepala Dinas Komunikasi, Informatika dan Statistik', ['Kominfo', 'Diskominfotik']],
  ['dinsos', 'Dinas Sosial', 'Dinsos', 'dinas', 'Drs. Saharuddin Mone, M.Si.', 'Kepala Dinas Sosial'],
  ['dispar', 'Dinas Pariwisata', 'Dispar', 'dinas', 'Hj. Wa Ode Sitti Marlina, S.E., M.M.', 'Kepala Dinas Pariwisata', ['Dinas Pariwisata dan Ekonomi Kreatif', 'Disparekraf']],
  ['dpmptsp', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP', 'dinas', 'Ir. Teguh Santoso Wibisono, M.M.', 'Kepala DPMPTSP', ['DPM-PTSP', 'Perizinan', 'Mal Pelayanan Publik'], { hours: 'Senin–Jumat 08.00–15.30 WITA' }],
  ['satpol-pp', 'Satuan Polisi Pamong Praja', 'Satpol PP', 'satpol-pp', 'Drs. La Ode Samsul Alam, M.H.', 'Kepala Satuan Polisi Pamong Praja', ['Pol PP', 'Satpol PP dan Damkar']],
  ['biro-hukum', 'Biro Hukum', 'Biro Hukum', 'biro', 'Dr. Yusuf Efendi Ranteallo, S.H., M.H.', 'Kepala Biro Hukum', undefined, { parent: 'setda' }],
  ['biro-umum', 'Biro Umum', 'Biro Umum', 'biro', 'Sumarni Daeng Caya, S.Sos., M.AP.', 'Kepala Biro Umum', undefined, { parent: 'setda' }],
  ['biro-adpim', 'Biro Administrasi Pimpinan', 'Biro Adpim', 'biro', 'Andi Kurniawan Patiroi, S.STP., M.Si.', 'Kepala Biro Administrasi Pimpinan', ['Humas Pemprov', 'Biro Humas dan Protokol'], { parent: 'setda' }],
  ['biro-pemerintahan', 'Biro Pemerintahan dan Otonomi Daerah', 'Biro Pemotda', 'biro', 'Dr. Hery Setiawan Lambang, S.STP., M.Si.', 'Kepala Biro Pemerintahan dan Otonomi Daerah', ['Biro Pemerintahan'], { parent: 'setda' }],
  ['biro-kesra', 'Biro Kesejahteraan Rakyat', 'Biro Kesra', 'biro', 'Drs. H. Muhlis Amiruddin, M.Pd.I.', 'Kepala Biro Kesejahteraan Rakyat', undefined, { parent: 'setda' }],
  ['biro-ekbang', 'Biro Perekonomian dan Administrasi Pembangunan', 'Biro Ekbang', 'biro', 'Desi Anggraeni Putri, S.E., M.Ec.Dev.', 'Kepala Biro Perekonomian dan Administrasi Pembangunan', ['Biro Perekonomian'], { parent: 'setda' }],
  ['biro-pbj', 'Biro Pengadaan Barang dan Jasa', 'Biro PBJ', 'biro', 'Ir. Sriwahyuni Tahang, M.T.', 'Kepala Biro Pengadaan Barang dan Jasa', ['UKPBJ', 'LPSE'], { parent: 'setda' }],
  ['dlhk', 'Dinas Lingkungan Hidup dan Kehutanan', 'DLHK', 'dinas', 'Dr. Ir. Benny Rahadian Lubis, M.Sc.', 'Kepala Dinas Lingkungan Hidup dan Kehutanan', ['DLH', 'Dinas Kehutanan']],
  ['dkp', 'Dinas Kelautan dan Perikanan', 'DKP', 'dinas', 'Ir. La Ode Azis Pawiro, M.Si.', 'Kepala Dinas Kelautan dan Perikanan'],
  ['distanhorti', 'Dinas Tanaman Pangan dan Hortikultura', 'Distanhorti', 'dinas', 'Ir. Made Suarjana, M.P.', 'Kepala Dinas Tanaman Pangan dan Hortikultura', ['Dinas Pertanian', 'Distan']],
  ['disnakkeswan', 'Dinas Peternakan dan Kesehatan Hewan', 'Disnakkeswan', 'dinas', 'drh. Anton Wijaya Siregar, M.Si.', 'Kepala Dinas Peternakan dan Kesehatan Hewan', ['Dinas Peternakan']],
  ['disperindag', 'Dinas Perindustrian dan Perdagangan', 'Disperindag', 'dinas', 'Hj. Ratna Dewi Mallarangan, S.E., M.Si.', 'Kepala Dinas Perindustrian dan Perdagangan'],
  ['diskop-ukm', 'Dinas Koperasi dan Usaha Kecil Menengah', 'Diskop UKM', 'dinas', 'Drs. Eko Prasetyo Nugroho, M.M.', 'Kepala Dinas Koperasi dan UKM', ['Dinas Koperasi & UKM', 'Diskop']],
  ['disnakertrans', 'Dinas Tenaga Kerja dan Transmigrasi', 'Disnakertrans', 'dinas', 'Dr. Lukman Arsyad Tuasikal, M.Si.', 'Kepala Dinas Tenaga Kerja dan Transmigrasi', ['Disnaker']],
  ['dpmd', 'Dinas Pemberdayaan Masyarakat dan Desa', 'DPMD', 'dinas', 'Drs. Yosep Kanan Palimbong, M.Si.', 'Kepala Dinas Pemberdayaan Masyarakat dan Desa'],
  ['dp3a', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'DP3A', 'dinas', 'Dra. Hj. Sri Wulandari Rahim, M.Si.', 'Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak', ['DPPPA']],
  ['dppkb', 'Dinas Pengendalian Penduduk dan Keluarga Berencana', 'DPPKB', 'dinas', 'Dr. Nuraeni Kaharu, M.Kes.', 'Kepala Dinas Pengendalian Penduduk dan KB', ['Dinas KB']],
  ['dispora', 'Dinas Pemuda dan Olahraga', 'Dispora', 'dinas', 'Andi Baso Tenri, S.Pd., M.Pd.', 'Kepala Dinas Pemuda dan Olahraga'],
  ['dispusip', 'Dinas Perpustakaan dan Kearsipan', 'Dispusip', 'dinas', 'Drs. Haerul Anam Saleh, M.Hum.', 'Kepala Dinas Perpustakaan dan Kearsipan', ['Perpustakaan Daerah', 'Perpusda']],
  ['esdm', 'Dinas Energi dan Sumber Daya Mineral', 'Dinas ESDM', 'dinas', 'Ir. Firman Jaya Tobing, M.T.', 'Kepala Dinas Energi dan Sumber Daya Mineral', ['Distamben']],
  ['kantor-penghubung', 'Kantor Penghubung Provinsi Contoh di Jakarta', 'Kantor Penghubung', 'kantor', 'Yulia Citra Maharani, S.STP., M.Si.', 'Kepala Kantor Penghubung', ['Badan Penghubung'], {
    address: 'Jl. Contoh Raya No. 17, Menteng, Jakarta Pusat 10310',
    hours: 'Senin–Jumat 08.00–16.00 WIB',
    geo: { lat: -6.1951, lon: 106.8322 },
    phone: '(021) 3900123',
  }],
  ['uptd-labkes', 'UPTD Laboratorium Kesehatan Daerah', 'Labkesda', 'uptd', 'Apt. Wiwin Suryaningsih, S.Si., M.Kes.', 'Kepala UPTD Laboratorium Kesehatan Daerah', ['Labkes'], { parent: 'dinkes', hours: 'Senin–Jumat 08.00–14.00 WITA', noWebsite: true, noPpid: true }],
  ['uptd-samsat-kota', 'UPTD Pengelolaan Pendapatan Daerah Wilayah Kota Contoh', 'Samsat Kota Contoh', 'uptd', 'Arman Syahputra Lasimpo, S.E.', 'Kepala UPTD PPD Wilayah Kota Contoh', ['Samsat Kota Contoh', 'Samsat Induk'], { parent: 'bapenda', hours: 'Senin–Jumat 08.00–15.00 WITA; Sabtu 08.00–12.00 WITA', noWebsite: true, noPpid: true }],
];

// Agencies that get a local logo, with the initials drawn on it and a colour.
const LOGOS = {
  diskominfo: ['KOM', '#1d4ed8'],
  dinkes: ['DK', '#059669'],
  bpbd: ['BPBD', '#ea580c'],
  disdik: ['DD', '#2563eb'],
  pupr: ['PU', '#b45309'],
  bapenda: ['BPD', '#7c3aed'],
  rsud: ['RS', '#0d9488'],
  dishub: ['DH', '#0369a1'],
  dispar: ['DP', '#db2777'],
  'satpol-pp': ['PP', '#334155'],
  'biro-adpim': ['AP', '#b91c1c'],
};

// Social handles for some agencies: which networks each has.
const SOCIAL = {
  setda: ['instagram', 'facebook'],
  bapenda: ['instagram', 'facebook', 'tiktok'],
  bpbd: ['instagram', 'facebook', 'x', 'youtube'],
  disdik: ['instagram', 'facebook', 'youtube'],
  dinkes: ['instagram', 'facebook', 'youtube', 'x', 'tiktok'],
  rsud: ['instagram', 'facebook'],
  pupr: ['instagram', 'youtube'],
  dishub: ['instagram', 'facebook', 'x'],
  diskominfo: ['instagram', 'facebook', 'youtube', 'x', 'tiktok'],
  dinsos: ['instagram', 'facebook'],
  dispar: ['instagram', 'facebook', 'youtube', 'tiktok'],
  dpmptsp: ['instagram', 'facebook'],
  'satpol-pp': ['instagram', 'tiktok'],
  'biro-adpim': ['instagram', 'facebook', 'youtube', 'x', 'tiktok'],
  dlhk: ['instagram'],
  dkp: ['facebook'],
  dispora: ['instagram', 'tiktok'],
  dispusip: ['instagram', 'facebook'],
  disnakertrans: ['facebook', 'instagram'],
};

const NO_GEO = new Set(['biro-hukum', 'biro-kesra', 'biro-pbj', 'dppkb', 'esdm']);
const NO_WHATSAPP = new Set(['setwan', 'inspektorat', 'brida', 'biro-hukum', 'biro-pemerintahan', 'biro-pbj', 'esdm', 'dppkb', 'kesbangpol', 'kantor-penghubung']);

const STREETS = ['Jl. Pahlawan', 'Jl. Jenderal Sudirman', 'Jl. Ahmad Yani', 'Jl. Diponegoro', 'Jl. Sultan Hasanuddin', 'Jl. Imam Bonjol', 'Jl. Bunga Anggrek', 'Jl. Teluk Harapan', 'Jl. Mayjen Sutoyo', 'Jl. Kapten Pierre Tendean', 'Jl. Poros Tanjung Harapan', 'Jl. Kesehatan'];
const KELURAHAN = [
  ['Contoh Indah', 'Contoh Barat'],
  ['Bumi Praja', 'Contoh Barat'],
  ['Tanjung Harapan', 'Teluk Contoh'],
  ['Lepo Baru', 'Contoh Timur'],
  ['Kampung Salo', 'Kota Lama'],
  ['Wua Indah', 'Contoh Timur'],
  ['Anduonohu Contoh', 'Poasia Contoh'],
];
const POSTCODES = { 'Contoh Barat': '93111', 'Teluk Contoh': '93112', 'Contoh Timur': '93117', 'Kota Lama': '93121', 'Poasia Contoh': '93232' };
const SETDA_ADDRESS = 'Kompleks Kantor Gubernur Contoh, Jl. Bumi Praja No. 1, Kel. Bumi Praja, Kec. Contoh Barat, Kota Contoh 93111';

function phoneForm(n, i) {
  // Mixed on purpose: widgets must normalize these for tel: links.
  const local = `31${pad(2300 + n, 4)}`;
  switch (i % 4) {
    case 0: return `0401-${local}`;
    case 1: return `(0401) ${local}`;
    case 2: return `+62 401 ${local}`;
    default: return `0401 ${local.slice(0, 3)} ${local.slice(3)}`;
  }
}
function whatsappForm(n, i) {
  const tail = pad(n, 2);
  switch (i % 4) {
    case 0: return `+62 812-3456-78${tail}`;
    case 1: return `0812 3456 78${tail}`;
    case 2: return `62812345678${tail}`; // wa.me form
    default: return `0812-3456-78${tail}`;
  }
}

const hostOf = (id) => id.replace(/-/g, '');

function buildDirectory() {
  return AGENCIES.map(([id, name, short_name, type, headName, headTitle, aliases, extra = {}], i) => {
    const h = hostOf(id);
    const a = { id, name, short_name };
    if (aliases) a.aliases = aliases;
    a.type = type;
    if (extra.parent) a.parent = extra.parent;
    a.head = { name: headName, title: headTitle };
    if (extra.address) a.address = extra.address;
    else if (type === 'biro' || id === 'setda') a.address = SETDA_ADDRESS;
    else {
      const [kel, kec] = pick(KELURAHAN);
      a.address = `${pick(STREETS)} No. ${rint(1, 120)}, Kel. ${kel}, Kec. ${kec}, Kota Contoh ${POSTCODES[kec]}`;
    }
    a.phone = extra.phone ?? phoneForm(i * 7 + 11, i);
    if (!NO_WHATSAPP.has(id)) a.whatsapp = whatsappForm(10 + i, i);
    a.email = `${h}@contohprov.go.id`;
    if (!extra.noWebsite) a.website = `https://${h}.contohprov.go.id`;
    if (!extra.noPpid) {
      a.ppid =
        id === 'diskominfo'
          ? { name: 'PPID Utama Provinsi Contoh', phone: phoneForm(999, 0), email: 'ppid@contohprov.go.id', website: 'https://ppid.contohprov.go.id' }
          : { name: `PPID Pelaksana ${short_name}`, phone: phoneForm(i * 7 + 12, i + 1), email: `ppid.${h}@contohprov.go.id` };
    }
    if (SOCIAL[id]) {
      const handle = `${h}provcontoh`;
      a.social = {};
      for (const net of SOCIAL[id]) {
        if (net === 'youtube' || net === 'tiktok') a.social[net] = `@${handle}`;
        else if (net === 'x') a.social[net] = `${h}contoh`.length <= 15 ? `${h}contoh` : `${slugify(aliases?.[0] ?? h).replace(/-/g, '')}contoh`.slice(0, 15); // X: at most 15 characters
        else a.social[net] = handle;
      }
    }
    if (extra.geo) a.geo = extra.geo;
    else if (!NO_GEO.has(id)) {
      const [lat, lon] = type === 'biro' || id === 'setda' ? [-3.9712, 122.5134] : [-3.99 + (rand() - 0.5) * 0.06, 122.51 + (rand() - 0.5) * 0.08];
      a.geo = { lat: Number(lat.toFixed(5)), lon: Number(lon.toFixed(5)) };
    }
    a.hours = extra.hours ?? HOURS;
    if (LOGOS[id]) a.logo = `../img/agencies/${id}.svg`;
    return a;
  });
}

// ---------------------------------------------------------------------------------------------
// Releases (newest first). Detail text marks the <strong> phrase with *asterisks*.
// sp: 'gub' / 'wagub' quotes the governor / vice governor instead of the agency head.

const R = [
  { a: 'bpbd', k: 'announcement', p: 'urgent', t: 'bencana', title: 'Peringatan Dini Cuaca Ekstrem 20–22 November, Warga Bantaran Sungai dan Pesisir Diminta Siaga',
    sum: 'BPBD Provinsi Contoh meneruskan peringatan dini potensi hujan lebat disertai angin kencang dan gelombang tinggi selama tiga hari ke depan. Warga di bantaran sungai, lereng perbukitan dan pesisir diminta menyiapkan tas siaga dan memantau kanal resmi.',
    det: 'Wilayah dengan potensi dampak tertinggi meliputi Kota Contoh, Kabupaten Contoh Utara dan Kabupaten Kepulauan Contoh. *Pusdalops BPBD siaga 24 jam* dan menerima laporan kejadian melalui telepon maupun WhatsApp.',
    q: 'Jangan menunggu air naik. Bila hujan deras lebih dari dua jam, segera amankan dokumen penting dan pindahkan keluarga ke tempat yang lebih tinggi.',
    tags: ['Kebencanaan', 'Peringatan Dini', 'Cuaca Ekstrem'] },
  { a: 'dinkes', t: 'kesehatan', title: 'Dinkes Siagakan Posko Kesehatan di Lima Titik Rawan Banjir',
    sum: 'Dinas Kesehatan Provinsi Contoh menyiagakan posko kesehatan, tenaga medis dan obat-obatan di lima titik rawan banjir selama musim hujan. Layanan di posko gratis bagi seluruh warga.',
    det: 'Setiap posko dilengkapi *dokter jaga, perawat, bidan dan ambulans* yang terhubung dengan puskesmas dan RSUD Provinsi. Stok obat untuk diare, ISPA dan penyakit kulit telah dikirim ke kabupaten/kota.',
    q: 'Kami minta warga tidak ragu datang ke posko, terutama ibu hamil, balita dan lansia yang paling rentan saat banjir.',
    tags: ['Kesehatan', 'Kebencanaan', 'Layanan Publik'] },
  { a: 'biro-adpim', sp: 'gub', t: 'infrastruktur', title: 'Gubernur Resmikan Jembatan Teluk Harapan, Waktu Tempuh ke Pelabuhan Terpangkas 40 Menit',
    sum: 'Gubernur Provinsi Contoh meresmikan Jembatan Teluk Harapan sepanjang 320 meter yang menghubungkan Kota Contoh dengan kawasan Pelabuhan Tanjung Harapan. Jembatan ini memangkas waktu tempuh hingga 40 menit.',
    det: 'Pembangunan jembatan menelan anggaran *Rp148,6 miliar* dari APBD Provinsi tahun jamak 2024–2026 dan selesai dua bulan lebih cepat dari jadwal.',
    q: 'Jembatan ini milik masyarakat. Mari kita jaga bersama, termasuk tidak membuang sampah dan tidak memarkir kendaraan di badan jembatan.',
    tags: ['Infrastruktur', 'Gubernur', 'Jembatan'] },
  { a: 'dinkes', t: 'kesehatan', title: 'Cakupan Imunisasi Dasar Lengkap Provinsi Contoh Capai 92 Persen',
    sum: 'Cakupan imunisasi dasar lengkap bayi di Provinsi Contoh hingga Oktober 2026 mencapai 92 persen, naik enam poin dari tahun lalu. Dinkes menargetkan 95 persen pada akhir tahun.',
    det: 'Kenaikan tertinggi tercatat di *Kabupaten Kepulauan Contoh* berkat layanan imunisasi keliling dengan kapal puskesmas. Tiga kabupaten masih di bawah 85 persen dan akan mendapat pendampingan khusus.',
    q: 'Imunisasi gratis di posyandu dan puskesmas. Orang tua cukup membawa buku KIA.',
    tags: ['Kesehatan', 'Imunisasi', 'Anak'] },
  { a: 'diskominfo', k: 'hoax-clarification', t: 'hoaks', title: '[HOAKS] Pendaftaran CPNS Pemprov Contoh Lewat Tautan WhatsApp',
    sum: 'Beredar pesan berantai berisi tautan pendaftaran CPNS Pemerintah Provinsi Contoh melalui WhatsApp dengan biaya administrasi. Informasi tersebut dipastikan hoaks.',
    det: 'Seleksi ASN hanya diumumkan melalui *portal resmi seleksi ASN nasional dan laman BKD Provinsi Contoh*, serta tidak dipungut biaya apa pun. Tautan dalam pesan berantai mengarah ke situs tiruan yang meminta data pribadi dan nomor rekening.',
    q: 'Jangan klik tautannya, jangan isi data pribadi dan jangan mentransfer uang. Laporkan nomor pengirim ke kanal aduan kami.',
    tags: ['Hoaks', 'Klarifikasi', 'Kepegawaian'] },
  { a: 'disdik', t: 'pendidikan', title: 'Disdik Salurkan Seragam dan Perlengkapan Sekolah untuk 12.000 Siswa SMA/SMK',
    sum: 'Dinas Pendidikan Provinsi Contoh menyalurkan bantuan seragam dan perlengkapan sekolah bagi 12.000 siswa SMA, SMK dan SLB dari keluarga kurang mampu. Penyaluran dilakukan langsung ke sekolah.',
    det: 'Penerima ditetapkan berdasarkan *Data Terpadu Kesejahteraan Sosial (DTKS)* dan usulan sekolah. Penyaluran tahap pertama menjangkau 147 sekolah di 17 kabupaten/kota.',
    q: 'Tidak boleh ada anak yang berhenti sekolah karena tidak punya seragam atau sepatu.',
    tags: ['Pendidikan', 'Bantuan Sosial'] },
  { a: 'dinkes', k: 'hoax-clarification', t: 'hoaks', title: 'Klarifikasi: Air Rebusan Daun Pepaya Tidak Menyembuhkan DBD dalam Sehari',
    sum: 'Pesan berantai yang menyebut air rebusan daun pepaya dapat menyembuhkan demam berdarah dalam sehari adalah hoaks. Penderita DBD tetap harus diperiksa dan dipantau tenaga kesehatan.',
    det: 'Fase kritis DBD umumnya terjadi pada *hari ketiga hingga kelima demam*, saat panas turun tetapi risiko syok justru meningkat. Menunda ke fasilitas kesehatan karena percaya ramuan dapat berakibat fatal.',
    q: 'Minum cukup cairan boleh, tetapi jangan ganti pemeriksaan dokter dengan ramuan. Segera ke puskesmas bila demam tinggi lebih dari dua hari.',
    tags: ['Hoaks', 'Klarifikasi', 'DBD'] },
  { a: 'pupr', t: 'infrastruktur', title: 'Perbaikan Ruas Jalan Kota Contoh–Tanjung Harapan Rampung 85 Persen',
    sum: 'Dinas PUPR Provinsi Contoh melaporkan perbaikan ruas jalan provinsi Kota Contoh–Tanjung Harapan sepanjang 18,4 kilometer telah mencapai 85 persen. Pengerjaan ditargetkan selesai pertengahan Desember.',
    det: 'Selama pengerjaan, *sistem buka-tutup berlaku pukul 09.00–16.00 WITA* di kilometer 7 hingga 11. Pengguna jalan diimbau mengurangi kecepatan dan mengikuti arahan petugas.',
    q: 'Kami kejar sebelum libur Natal dan Tahun Baru agar arus perjalanan antarkabupaten lancar.',
    tags: ['Infrastruktur', 'Jalan', 'Lalu Lintas'] },
  { a: 'dinkes', t: 'kesehatan', title: 'Kasus DBD Naik Jelang Musim Hujan, Dinkes Ajak Warga Lakukan 3M Plus',
    sum: 'Dinas Kesehatan mencatat 214 kasus demam berdarah sepanjang Oktober, naik dibanding bulan sebelumnya. Warga diajak menguras, menutup dan mendaur ulang wadah air serta mencegah gigitan nyamuk.',
    det: 'Dinkes juga mengaktifkan kembali *Gerakan Satu Rumah Satu Jumantik* di seluruh kabupaten/kota. Pengasapan (fogging) hanya dilakukan berdasarkan hasil penyelidikan epidemiologi, bukan atas permintaan.',
    q: 'Fogging hanya membunuh nyamuk dewasa. Kuncinya tetap memberantas jentik di rumah masing-masing.',
    tags: ['Kesehatan', 'DBD'] },
  { a: 'dishub', k: 'announcement', t: 'perhubungan', title: 'Pengumuman: Penyesuaian Jadwal Kapal Penyeberangan Selama Cuaca Buruk',
    sum: 'Dinas Perhubungan mengumumkan penyesuaian jadwal kapal penyeberangan lintas Kota Contoh–Pulau Harapan selama periode cuaca buruk. Calon penumpang diminta memeriksa jadwal sebelum berangkat.',
    det: 'Keberangkatan pukul 14.00 WITA *ditiadakan sementara* dan dialihkan ke pukul 08.00 WITA. Penyesuaian berlaku hingga ada pemberitahuan lebih lanjut dari syahbandar.',
    q: 'Keselamatan penumpang adalah prioritas. Kami mohon maaf atas ketidaknyamanan ini.',
    tags: ['Perhubungan', 'Pengumuman', 'Penyeberangan'] },
  { a: 'dinkes', t: 'kesehatan', title: 'Dinkes Latih 320 Kader Posyandu Deteksi Dini Stunting',
    sum: 'Dinas Kesehatan melatih 320 kader posyandu dari 17 kabupaten/kota untuk mendeteksi dini risiko stunting. Pelatihan mencakup cara mengukur yang benar dan konseling gizi bagi orang tua.',
    det: 'Setiap kader menerima *alat ukur panjang badan terstandar* untuk menggantikan alat lama yang kurang akurat. Prevalensi stunting Provinsi Contoh ditargetkan turun di bawah 18 persen pada 2027.',
    q: 'Data yang akurat di posyandu adalah awal dari intervensi yang tepat sasaran.',
    tags: ['Kesehatan', 'Stunting', 'Gizi'] },
  { a: 'bapenda', k: 'hoax-clarification', t: 'hoaks', title: '[HOAKS] Tautan Bayar Pajak Kendaraan dengan Diskon 50 Persen',
    sum: 'Bapenda Provinsi Contoh menegaskan tautan pembayaran pajak kendaraan bermotor berdiskon 50 persen yang beredar di media sosial adalah penipuan. Pembayaran resmi hanya melalui Samsat dan bank mitra.',
    det: 'Situs tiruan tersebut *meniru logo dan tampilan aplikasi Samsat Digital* lalu meminta pembayaran ke rekening pribadi. Bapenda telah melaporkan situs itu untuk diblokir.',
    q: 'Bapenda tidak pernah menagih pajak melalui pesan pribadi. Periksa alamat situs sebelum membayar.',
    tags: ['Hoaks', 'Klarifikasi', 'Pajak Daerah'] },
  { a: 'disperindag', t: 'ekonomi', retracted: true, title: 'Harga Beras Medium di Pasar Kota Contoh Turun Rp1.500 per Kilogram',
    sum: 'Disperindag mencatat penurunan harga beras medium di tiga pasar utama Kota Contoh. Penurunan disebut dipicu masuknya hasil panen dari sentra produksi.',
    det: 'Pemantauan dilakukan di *Pasar Sentral Kota Lama, Pasar Contoh Baru dan Pasar Tanjung Harapan*.',
    q: 'Kami akan terus memantau harga bahan pokok setiap hari.',
    tags: ['Ekonomi', 'Harga Pangan'] },
  { a: 'dinkes', t: 'layanan', title: 'Antrean Daring Kini Tersedia di 48 Puskesmas',
    sum: 'Dinas Kesehatan bersama kabupaten/kota memperluas layanan antrean daring ke 48 puskesmas. Pasien dapat mengambil nomor antrean melalui aplikasi atau WhatsApp sebelum datang.',
    det: 'Uji coba di 12 puskesmas sebelumnya *memangkas waktu tunggu rata-rata dari 95 menjadi 35 menit*. Pasien lansia dan penyandang disabilitas tetap dilayani melalui loket prioritas.',
    q: 'Antrean daring tidak menggantikan loket. Warga yang tidak punya ponsel tetap kami layani seperti biasa.',
    tags: ['Kesehatan', 'Layanan Publik', 'Digital'] },
  { a: 'biro-adpim', sp: 'gub', t: 'pemerintahan', title: 'Gubernur Minta Bupati dan Wali Kota Percepat Realisasi Belanja Jelang Akhir Tahun',
    sum: 'Gubernur Provinsi Contoh meminta seluruh bupati dan wali kota mempercepat realisasi belanja daerah yang hingga pertengahan November rata-rata baru mencapai 71 persen. Belanja tepat waktu dinilai penting untuk menjaga daya beli masyarakat.',
    det: 'Rapat koordinasi juga menyepakati *pembentukan tim percepatan di setiap kabupaten/kota* yang melapor setiap pekan kepada Sekretaris Daerah.',
    q: 'Anggaran yang terlambat dibelanjakan berarti manfaat yang terlambat dirasakan rakyat.',
    tags: ['Pemerintahan', 'Keuangan Daerah', 'Gubernur'] },
  { a: 'dinkes', k: 'announcement', t: 'pengumuman', title: 'Jadwal Pemeriksaan Kesehatan Gratis di Puskesmas Bulan Desember 2026',
    sum: 'Dinas Kesehatan mengumumkan jadwal pemeriksaan kesehatan gratis di puskesmas seluruh Provinsi Contoh untuk Desember 2026. Warga cukup membawa KTP atau Kartu Identitas Anak.',
    det: 'Pemeriksaan meliputi *tekanan darah, gula darah, kolesterol, skrining mata dan gigi* sesuai kelompok usia. Jadwal lengkap per puskesmas tersedia di laman Dinas Kesehatan.',
    extra: '<ul><li>Minggu pertama: Kota Contoh dan Kabupaten Contoh Selatan</li><li>Minggu kedua: Kabupaten Contoh Utara dan Contoh Tengah</li><li>Minggu ketiga: Kabupaten Kepulauan Contoh</li></ul>',
    q: 'Datanglah pagi dalam keadaan puasa bila ingin memeriksa gula darah dan kolesterol.',
    tags: ['Kesehatan', 'Pengumuman', 'Layanan Publik'] },
  { a: 'dinsos', t: 'sosial', title: 'Dinsos Salurkan Bantuan Logistik untuk 1.200 Warga Terdampak Banjir di Contoh Utara',
    sum: 'Dinas Sosial Provinsi Contoh menyalurkan bantuan logistik bagi 1.200 warga terdampak banjir di Kabupaten Contoh Utara. Bantuan berupa beras, makanan siap saji, selimut dan perlengkapan bayi.',
    det: 'Dapur umum yang dikelola *Taruna Siaga Bencana (Tagana)* menyiapkan 3.000 porsi makanan setiap hari selama masa tanggap darurat.',
    q: 'Kami pastikan kebutuhan dasar pengungsi, terutama anak-anak dan lansia, terpenuhi setiap hari.',
    tags: ['Sosial', 'Kebencanaan', 'Bantuan Sosial'] },
  { a: 'dinkes', t: 'kesehatan', title: 'Dinkes Perkuat Layanan Kesehatan Jiwa di Puskesmas',
    sum: 'Dinas Kesehatan menambah layanan kesehatan jiwa di 30 puskesmas dengan melatih dokter dan perawat untuk deteksi dini gangguan kecemasan dan depresi. Konsultasi tersedia tanpa biaya.',
    det: 'Puskesmas terlatih terhubung dengan *layanan rujukan RSJ Provinsi Contoh* sehingga pasien yang membutuhkan penanganan lanjutan tidak perlu menunggu lama.',
    q: 'Kesehatan jiwa sama pentingnya dengan kesehatan fisik. Jangan malu untuk meminta bantuan.',
    tags: ['Kesehatan', 'Kesehatan Jiwa'] },
  { a: 'bapenda', k: 'announcement', p: 'pinned', t: 'ekonomi', title: 'Pemutihan Denda Pajak Kendaraan Bermotor Diperpanjang hingga 31 Desember 2026',
    sum: 'Pemerintah Provinsi Contoh memperpanjang program pemutihan denda pajak kendaraan bermotor dan bebas bea balik nama kendaraan bekas hingga 31 Desember 2026. Program berlaku di seluruh Samsat.',
    det: 'Wajib pajak cukup membayar pokok pajak tahun berjalan; *seluruh denda keterlambatan dihapus*. Pembayaran dapat dilakukan di Samsat, Samsat Keliling, gerai bank mitra dan aplikasi Samsat Digital.',
    q: 'Manfaatkan kesempatan ini. Pajak kendaraan kembali ke masyarakat dalam bentuk jalan dan layanan publik.',
    tags: ['Pajak Daerah', 'Pengumuman', 'Samsat'] },
  { a: 'dpmptsp', t: 'layanan', title: 'Mal Pelayanan Publik Provinsi Contoh Layani 45 Jenis Izin dalam Satu Gedung',
    sum: 'Mal Pelayanan Publik Provinsi Contoh kini melayani 45 jenis perizinan dan nonperizinan dari instansi pusat dan daerah dalam satu gedung. Rata-rata pengunjung mencapai 600 orang per hari.',
    det: 'Layanan yang tersedia antara lain *perizinan berusaha, paspor, BPJS, pajak kendaraan dan layanan kependudukan*. Pengunjung dapat memesan antrean secara daring.',
    q: 'Satu pintu berarti warga tidak perlu lagi berpindah kantor untuk satu urusan.',
    tags: ['Layanan Publik', 'Perizinan', 'Investasi'] },
  { a: 'dinkes', t: 'kesehatan', title: 'Dinkes dan BPJS Kesehatan Percepat Reaktivasi JKN bagi Warga Kurang Mampu',
    sum: 'Dinas Kesehatan bersama BPJS Kesehatan mempercepat pengaktifan kembali kepesertaan JKN bagi warga kurang mampu yang kartunya nonaktif. Pengurusan dapat dilakukan di puskesmas.',
    det: 'Sejak awal tahun, *41.600 peserta* telah diaktifkan kembali melalui skema iuran yang dibiayai APBD Provinsi dan kabupaten/kota.',
    q: 'Tidak boleh ada warga yang ditolak berobat hanya karena kartunya nonaktif.',
    tags: ['Kesehatan', 'JKN', 'Layanan Publik'] },
  { a: 'disdik', t: 'pendidikan', title: 'Disdik Tempatkan 240 Guru Kontrak di Sekolah Pulau-Pulau Kecil',
    sum: 'Dinas Pendidikan menempatkan 240 guru kontrak di SMA dan SMK yang berada di pulau-pulau kecil dan daerah terpencil. Penempatan untuk mengatasi kekurangan guru mata pelajaran.',
    det: 'Guru yang bertugas di daerah terpencil menerima *tunjangan khusus dan fasilitas rumah dinas*. Mata pelajaran yang paling dibutuhkan adalah matematika, fisika dan bahasa Inggris.',
    q: 'Mutu pendidikan di pulau harus sama dengan di kota.',
    tags: ['Pendidikan', 'Guru'] },
  { a: 'bpbd', k: 'hoax-clarification', t: 'hoaks', title: 'Klarifikasi: Tidak Ada Prediksi Gempa Besar dan Tsunami pada Tanggal Tertentu',
    sum: 'BPBD Provinsi Contoh menegaskan pesan berantai tentang gempa besar dan tsunami yang akan terjadi pada tanggal tertentu adalah hoaks. Hingga kini tidak ada teknologi yang mampu memprediksi waktu gempa secara tepat.',
    det: 'Informasi resmi gempa dan peringatan dini tsunami hanya berasal dari *BMKG* dan diteruskan oleh BPBD melalui kanal resmi.',
    q: 'Tetap waspada itu baik, tetapi jangan panik karena pesan yang tidak jelas sumbernya.',
    tags: ['Hoaks', 'Klarifikasi', 'Kebencanaan'] },
  { a: 'dinkes', t: 'kesehatan', title: 'Skrining TBC Massal Digelar di 30 Desa Prioritas',
    sum: 'Dinas Kesehatan menggelar skrining tuberkulosis massal di 30 desa prioritas dengan rontgen dada portabel. Warga yang batuk lebih dari dua minggu diminta ikut diperiksa.',
    det: 'Pasien yang terdiagnosis TBC mendapat *pengobatan gratis hingga tuntas* dan didampingi kader selama enam bulan masa pengobatan.',
    q: 'TBC bisa disembuhkan asalkan ditemukan sejak dini dan obatnya diminum sampai tuntas.',
    tags: ['Kesehatan', 'TBC'] },
  { a: 'biro-adpim', sp: 'gub', t: 'ekonomi', title: 'Inflasi Provinsi Contoh Terkendali di 2,1 Persen, Gubernur Apresiasi TPID',
    sum: 'Inflasi tahunan Provinsi Contoh pada Oktober 2026 tercatat 2,1 persen, berada dalam rentang sasaran nasional. Gubernur mengapresiasi kerja Tim Pengendalian Inflasi Daerah.',
    det: 'Pengendalian dilakukan melalui *pasar murah, gerakan tanam cabai dan subsidi ongkos angkut* bahan pokok ke pulau-pulau.',
    q: 'Harga yang stabil adalah perlindungan paling nyata bagi daya beli keluarga.',
    tags: ['Ekonomi', 'Inflasi', 'Gubernur'] },
  { a: 'dispar', t: 'pariwisata', title: 'Festival Budaya Pesisir 2026 Sedot 38 Ribu Pengunjung',
    sum: 'Festival Budaya Pesisir 2026 selama empat hari di Kota Contoh dikunjungi 38 ribu orang. Perputaran uang di sektor kuliner dan kerajinan ditaksir mencapai Rp9 miliar.',
    det: 'Festival menampilkan *lomba perahu tradisional, tarian kolosal dan pameran 120 UMKM* dari 17 kabupaten/kota.',
    q: 'Festival ini membuktikan budaya kita bisa menjadi penggerak ekonomi warga.',
    tags: ['Pariwisata', 'Budaya', 'UMKM'] },
  { a: 'dinkes', t: 'kesehatan', title: 'Ibu Hamil Diimbau Periksa Kehamilan Minimal Enam Kali',
    sum: 'Dinas Kesehatan mengimbau ibu hamil memeriksakan kehamilan minimal enam kali, termasuk dua kali pemeriksaan oleh dokter. Pemeriksaan rutin menurunkan risiko kematian ibu dan bayi.',
    det: 'Pemeriksaan *USG oleh dokter di puskesmas* kini tersedia di seluruh kabupaten/kota dan ditanggung JKN.',
    q: 'Kehamilan yang dipantau sejak awal adalah kunci persalinan yang selamat.',
    tags: ['Kesehatan', 'Ibu dan Anak'] },
  { a: 'dishub', t: 'perhubungan', title: 'Dishub Uji Coba Bus Trans Contoh Rute Bandara–Pusat Kota',
    sum: 'Dinas Perhubungan memulai uji coba layanan bus Trans Contoh rute Bandara–Pusat Kota dengan tarif Rp5.000. Selama dua pekan pertama, penumpang tidak dikenai biaya.',
    det: 'Bus beroperasi *setiap 20 menit mulai pukul 05.30 hingga 21.00 WITA* dan dapat dibayar dengan uang elektronik atau kode QR.',
    q: 'Angkutan umum yang nyaman akan mengurangi kemacetan dan biaya perjalanan warga.',
    tags: ['Perhubungan', 'Transportasi Umum'] },
  { a: 'pupr', t: 'infrastruktur', title: 'Dinas PUPR Bangun 12 Sumur Bor untuk Desa Rawan Kekeringan',
    sum: 'Dinas PUPR membangun 12 sumur bor dan jaringan perpipaan di desa-desa rawan kekeringan. Setiap sumur diperkirakan melayani 150 hingga 300 kepala keluarga.',
    det: 'Pengelolaan sumur diserahkan kepada *kelompok pengelola air desa* yang telah dilatih merawat pompa dan jaringan pipa.',
    q: 'Air bersih adalah kebutuhan paling dasar. Kami prioritaskan desa yang paling lama kesulitan air.',
    tags: ['Infrastruktur', 'Air Bersih'] },
  { a: 'dinkes', t: 'kesehatan', title: 'Puskesmas Keliling Laut Jangkau 21 Pulau Kecil Sepanjang Oktober',
    sum: 'Puskesmas keliling laut Dinas Kesehatan menjangkau 21 pulau kecil sepanjang Oktober dan melayani lebih dari 4.000 warga. Layanan meliputi pengobatan umum, imunisasi dan pemeriksaan ibu hamil.',
    det: 'Kapal puskesmas dilengkapi *ruang periksa, laboratorium sederhana dan lemari pendingin vaksin* bertenaga surya.',
    q: 'Jarak dan ombak tidak boleh menjadi alasan warga pulau tidak terlayani.',
    tags: ['Kesehatan', 'Daerah Terpencil'] },
  { a: 'diskominfo', t: 'layanan', title: 'Diskominfo Perluas Internet Gratis di 150 Titik Layanan Publik',
    sum: 'Dinas Komunikasi, Informatika dan Statistik menambah akses internet gratis di 150 titik layanan publik, termasuk puskesmas, sekolah dan kantor desa. Totalnya kini 420 titik.',
    det: 'Titik baru diprioritaskan di *desa yang belum terjangkau sinyal 4G*. Peta titik layanan dapat dilihat di portal Satu Data Provinsi Contoh.',
    q: 'Internet adalah jalan warga desa menuju layanan digital pemerintah.',
    tags: ['Layanan Publik', 'Digital', 'Internet'] },
  { a: 'dinkes', k: 'hoax-clarification', t: 'hoaks', title: 'Klarifikasi: Imunisasi di Sekolah Gratis, Tidak Ada Iuran Vaksin',
    sum: 'Dinas Kesehatan menegaskan imunisasi anak sekolah tidak dipungut biaya. Pesan yang meminta orang tua membayar iuran vaksin melalui transfer adalah hoaks dan modus penipuan.',
    det: 'Program *Bulan Imunisasi Anak Sekolah* dibiayai pemerintah dan dilaksanakan oleh petugas puskesmas yang membawa surat tugas.',
    q: 'Jika ada yang meminta uang atas nama imunisasi, segera laporkan ke puskesmas atau Dinas Kesehatan.',
    tags: ['Hoaks', 'Klarifikasi', 'Imunisasi'] },
  { a: 'bkd', k: 'announcement', t: 'pengumuman', title: 'Pengumuman Hasil Seleksi Administrasi PPPK Pemprov Contoh Tahun 2026',
    sum: 'Badan Kepegawaian Daerah mengumumkan hasil seleksi administrasi Pegawai Pemerintah dengan Perjanjian Kerja (PPPK) Pemerintah Provinsi Contoh Tahun 2026. Peserta dapat memeriksa hasilnya di akun masing-masing.',
    det: 'Peserta yang tidak memenuhi syarat dapat mengajukan *sanggahan paling lambat tiga hari* setelah pengumuman melalui akun pendaftaran.',
    q: 'Seluruh tahapan seleksi gratis. Waspadai pihak yang menjanjikan kelulusan dengan imbalan.',
    tags: ['Kepegawaian', 'Pengumuman', 'PPPK'] },
  { a: 'biro-adpim', sp: 'wagub', t: 'pemerintahan', title: 'Wakil Gubernur Minta ASN Jaga Kualitas Layanan dan Netralitas',
    sum: 'Wakil Gubernur Provinsi Contoh meminta seluruh ASN menjaga kualitas pelayanan publik dan netralitas dalam apel gabungan di halaman Kantor Gubernur. Disiplin jam layanan akan diawasi langsung.',
    det: 'Inspektorat diminta *menindaklanjuti setiap aduan layanan dalam tiga hari kerja* dan melaporkan hasilnya setiap bulan.',
    q: 'ASN digaji oleh rakyat. Melayani dengan ramah dan tepat waktu adalah kewajiban, bukan pilihan.',
    tags: ['Pemerintahan', 'ASN'] },
  { a: 'dinkes', t: 'kesehatan', title: 'Kasus Diabetes Meningkat, Dinkes Ajak Warga Batasi Gula, Garam dan Lemak',
    sum: 'Dinas Kesehatan mencatat peningkatan kasus diabetes dan hipertensi pada usia produktif. Warga diajak membatasi konsumsi gula, garam dan lemak serta rutin memeriksa kesehatan.',
    det: 'Batas anjuran harian adalah *4 sendok makan gula, 1 sendok teh garam dan 5 sendok makan minyak* per orang.',
    q: 'Penyakit tidak menular bisa dicegah dengan kebiasaan kecil yang dilakukan setiap hari.',
    tags: ['Kesehatan', 'Penyakit Tidak Menular'] },
  { a: 'dinkes', k: 'announcement', p: 'pinned', t: 'pengumuman', title: 'Daftar Fasilitas Kesehatan dengan Layanan Gawat Darurat 24 Jam',
    sum: 'Dinas Kesehatan merilis daftar rumah sakit dan puskesmas dengan layanan gawat darurat 24 jam di Provinsi Contoh. Daftar diperbarui setiap bulan.',
    det: 'Dalam keadaan darurat, warga dapat menghubungi *layanan ambulans gratis* melalui nomor darurat daerah.',
    extra: '<ul><li>RSUD Provinsi Contoh, Kota Contoh</li><li>RSJ Provinsi Contoh, Kota Contoh (kegawatdaruratan jiwa)</li><li>Puskesmas rawat inap di seluruh ibu kota kabupaten</li></ul>',
    q: 'Simpan daftar ini. Dalam keadaan darurat, setiap menit sangat berarti.',
    tags: ['Kesehatan', 'Pengumuman', 'Gawat Darurat'] },
  { a: 'dlhk', t: 'lingkungan', title: 'Gerakan Tanam 50 Ribu Mangrove di Pesisir Teluk Contoh',
    sum: 'Dinas Lingkungan Hidup dan Kehutanan bersama pelajar, nelayan dan komunitas menanam 50 ribu bibit mangrove di pesisir Teluk Contoh. Mangrove melindungi pantai dari abrasi dan gelombang.',
    det: 'Bibit berasal dari *kebun bibit desa yang dikelola kelompok perempuan pesisir*, sehingga kegiatan ini juga menambah pendapatan warga.',
    q: 'Menanam mangrove hari ini berarti melindungi kampung pesisir puluhan tahun ke depan.',
    tags: ['Lingkungan', 'Mangrove'] },
  { a: 'disdik', t: 'pendidikan', title: 'Siswa SMA Provinsi Contoh Raih Tiga Medali di Olimpiade Sains Nasional',
    sum: 'Tiga siswa SMA dari Provinsi Contoh meraih medali perak dan perunggu pada Olimpiade Sains Nasional bidang matematika, kimia dan astronomi. Prestasi ini yang terbaik dalam lima tahun terakhir.',
    det: 'Ketiga siswa akan menerima *beasiswa Contoh Cerdas* hingga jenjang perguruan tinggi.',
    q: 'Prestasi ini milik guru, orang tua dan seluruh warga sekolah.',
    tags: ['Pendidikan', 'Prestasi'] },
  { a: 'dinkes', t: 'kesehatan', title: 'Dinkes Bagikan 50 Ribu Kelambu Berinsektisida di Daerah Endemis Malaria',
    sum: 'Dinas Kesehatan membagikan 50 ribu kelambu berinsektisida kepada warga di daerah endemis malaria. Pembagian disertai edukasi cara memasang dan merawat kelambu.',
    det: 'Kelambu berinsektisida *efektif hingga tiga tahun* bila tidak dicuci terlalu sering.',
    q: 'Tidur di bawah kelambu setiap malam adalah perlindungan termurah dari malaria.',
    tags: ['Kesehatan', 'Malaria'] },
  { a: 'dinsos', t: 'sosial', title: 'Warga Bisa Usul dan Sanggah Data Penerima Bantuan Lewat Aplikasi',
    sum: 'Dinas Sosial membuka fitur usul dan sanggah data penerima bantuan sosial melalui aplikasi dan kantor desa. Pemutakhiran data dilakukan untuk memastikan bantuan tepat sasaran.',
    det: 'Setiap usulan diverifikasi melalui *musyawarah desa/kelurahan* sebelum diteruskan ke kementerian.',
    q: 'Data yang benar membuat bantuan sampai kepada yang benar-benar membutuhkan.',
    tags: ['Sosial', 'Bantuan Sosial', 'Data'] },
  { a: 'biro-adpim', sp: 'gub', t: 'kesehatan', title: 'Gubernur Letakkan Batu Pertama Rumah Sakit Pratama di Kepulauan Contoh',
    sum: 'Gubernur Provinsi Contoh meletakkan batu pertama pembangunan rumah sakit pratama di Kabupaten Kepulauan Contoh. Rumah sakit berkapasitas 50 tempat tidur ini ditargetkan beroperasi akhir 2027.',
    det: 'Selama ini warga kepulauan harus *menyeberang hingga empat jam* untuk mendapatkan layanan rumah sakit.',
    q: 'Warga kepulauan berhak atas layanan kesehatan yang sama dekatnya dengan warga kota.',
    tags: ['Kesehatan', 'Infrastruktur', 'Gubernur'] },
  { a: 'dpmptsp', k: 'announcement', t: 'pengumuman', title: 'Layanan Perizinan Daring Tidak Dapat Diakses Sementara karena Pemeliharaan Sistem',
    sum: 'DPMPTSP mengumumkan layanan perizinan daring tidak dapat diakses sementara karena pemeliharaan sistem. Layanan tatap muka di Mal Pelayanan Publik tetap buka seperti biasa.',
    det: 'Pemeliharaan berlangsung *Sabtu pukul 20.00 hingga Minggu pukul 06.00 WITA*. Permohonan yang sudah diajukan tidak terpengaruh.',
    q: 'Kami mohon maaf atas ketidaknyamanan ini. Pemeliharaan dilakukan agar layanan lebih cepat dan aman.',
    tags: ['Layanan Publik', 'Pengumuman', 'Perizinan'] },
  { a: 'bpbd', t: 'bencana', title: 'BPBD Bentuk 25 Desa Tangguh Bencana Baru',
    sum: 'BPBD Provinsi Contoh membentuk 25 desa tangguh bencana baru di wilayah rawan banjir, longsor dan tsunami. Setiap desa memiliki peta risiko, jalur evakuasi dan relawan terlatih.',
    det: 'Desa tangguh bencana juga menerima *perlengkapan sirene, tandu dan perahu karet* untuk tanggap darurat awal.',
    q: 'Warga desa adalah penolong pertama. Mereka harus siap sebelum bantuan dari luar tiba.',
    tags: ['Kebencanaan', 'Desa Tangguh'] },
  { a: 'satpol-pp', t: 'layanan', title: 'Satpol PP Tertibkan 86 Reklame Tanpa Izin di Jalan Protokol',
    sum: 'Satuan Polisi Pamong Praja menertibkan 86 reklame tanpa izin yang dipasang di jalan protokol Kota Contoh. Reklame tersebut membahayakan pengguna jalan saat angin kencang.',
    det: 'Pemilik reklame dapat mengurus izin melalui *Mal Pelayanan Publik* dan mengambil kembali materi reklame dalam 14 hari.',
    q: 'Penertiban ini demi keselamatan dan keindahan kota.',
    tags: ['Ketertiban Umum', 'Reklame'] },
  { a: 'bpbd', t: 'bencana', title: 'Simulasi Evakuasi Tsunami Serentak Digelar di 12 Desa Pesisir',
    sum: 'BPBD Provinsi Contoh menggelar simulasi evakuasi tsunami serentak di 12 desa pesisir yang diikuti lebih dari 6.000 warga dan pelajar. Waktu evakuasi rata-rata tercatat 14 menit.',
    det: 'Hasil simulasi menunjukkan *dua jalur evakuasi perlu diperlebar* dan satu titik kumpul harus dipindahkan ke lokasi yang lebih tinggi.',
    q: 'Latihan yang rutin membuat warga tahu harus ke mana tanpa menunggu perintah.',
    tags: ['Kebencanaan', 'Tsunami', 'Simulasi'] },
  { a: 'dinkes', t: 'kesehatan', title: 'Tiga Kabupaten di Provinsi Contoh Raih Sertifikat Eliminasi Malaria',
    sum: 'Tiga kabupaten di Provinsi Contoh meraih sertifikat eliminasi malaria setelah tiga tahun berturut-turut tanpa kasus penularan setempat. Dinkes menargetkan seluruh kabupaten/kota bebas malaria pada 2030.',
    det: 'Keberhasilan ini ditopang *kader malaria desa* yang memeriksa setiap warga demam dengan tes cepat.',
    q: 'Sertifikat ini bukan akhir. Pengawasan harus tetap jalan agar malaria tidak kembali.',
    tags: ['Kesehatan', 'Malaria'] },
  { a: 'rsud', t: 'kesehatan', title: 'RSUD Provinsi Contoh Buka Layanan Kateterisasi Jantung',
    sum: 'RSUD Provinsi Contoh membuka layanan kateterisasi jantung pertama di provinsi ini. Pasien serangan jantung tidak perlu lagi dirujuk ke luar daerah.',
    det: 'Layanan ini *ditanggung JKN* dan didukung dua dokter spesialis jantung intervensi serta tim perawat terlatih.',
    q: 'Pada serangan jantung, waktu adalah otot jantung. Layanan ini akan menyelamatkan banyak nyawa.',
    tags: ['Kesehatan', 'Rumah Sakit'] },
  { a: 'dishub', t: 'perhubungan', title: 'Dishub Pasang 40 Lampu Jalan Tenaga Surya di Jalur Rawan Kecelakaan',
    sum: 'Dinas Perhubungan memasang 40 lampu penerangan jalan tenaga surya di ruas jalan provinsi yang rawan kecelakaan. Pemasangan diprioritaskan di tikungan tajam dan tanjakan.',
    det: 'Lampu tenaga surya *tetap menyala saat listrik padam* sehingga cocok untuk daerah yang sering mengalami gangguan listrik.',
    q: 'Jalan yang terang mengurangi risiko kecelakaan pada malam hari.',
    tags: ['Perhubungan', 'Keselamatan Jalan'] },
  { a: 'biro-adpim', sp: 'gub', t: 'ekonomi', title: 'Pemprov Contoh Teken Kerja Sama Hilirisasi Rumput Laut dengan Tiga Investor',
    sum: 'Pemerintah Provinsi Contoh menandatangani kerja sama hilirisasi rumput laut dengan tiga investor. Pabrik pengolahan akan menyerap hasil panen pembudi daya dengan harga yang disepakati.',
    det: 'Nilai investasi mencapai *Rp420 miliar* dan diperkirakan menyerap 1.100 tenaga kerja lokal.',
    q: 'Kita tidak boleh lagi hanya menjual bahan mentah. Nilai tambah harus dinikmati warga kita.',
    tags: ['Ekonomi', 'Investasi', 'Kelautan'] },
  { a: 'pupr', t: 'infrastruktur', title: 'Dinas PUPR Tuntaskan Rehabilitasi 24 Jaringan Irigasi',
    sum: 'Dinas PUPR menuntaskan rehabilitasi 24 jaringan irigasi kewenangan provinsi. Perbaikan ini mengairi kembali sekitar 5.400 hektare sawah.',
    det: 'Pengerjaan melibatkan *padat karya tunai* dengan mempekerjakan petani setempat.',
    q: 'Irigasi yang baik adalah kunci dua kali panen dalam setahun.',
    tags: ['Infrastruktur', 'Irigasi', 'Pertanian'] },
  { a: 'pupr', t: 'infrastruktur', title: 'Bendungan Contoh Hulu Mulai Alirkan Air ke 3.200 Hektare Sawah',
    sum: 'Bendungan Contoh Hulu mulai mengalirkan air ke 3.200 hektare sawah di dua kabupaten. Bendungan juga berfungsi mengendalikan banjir di hilir.',
    det: 'Pengisian awal waduk berjalan *sesuai rencana* dan dipantau setiap hari oleh tim keamanan bendungan.',
    q: 'Petani kini bisa menanam tanpa hanya bergantung pada hujan.',
    tags: ['Infrastruktur', 'Bendungan', 'Pertanian'] },
  { a: 'dkp', t: 'pangan', title: 'Nelayan Kecil Terima 150 Mesin Tempel dan Alat Tangkap Ramah Lingkungan',
    sum: 'Dinas Kelautan dan Perikanan menyerahkan 150 unit mesin tempel dan alat tangkap ramah lingkungan kepada kelompok nelayan kecil. Bantuan diharapkan meningkatkan hasil tangkapan dan keselamatan melaut.',
    det: 'Setiap penerima juga didaftarkan dalam *asuransi nelayan* yang preminya ditanggung pemerintah daerah.',
    q: 'Nelayan yang sejahtera adalah tulang punggung provinsi kepulauan.',
    tags: ['Kelautan', 'Perikanan', 'Bantuan'] },
  { a: 'dinkes', t: 'kesehatan', title: 'Waspadai Penyakit Pascabanjir: Diare, Leptospirosis dan Penyakit Kulit',
    sum: 'Dinas Kesehatan mengimbau warga di daerah terdampak banjir mewaspadai diare, leptospirosis dan penyakit kulit. Warga diminta memakai alas kaki dan memasak air sebelum diminum.',
    det: 'Gejala leptospirosis berupa *demam mendadak, nyeri betis dan mata merah*. Warga yang mengalaminya setelah terpapar air banjir harus segera ke puskesmas.',
    q: 'Setelah air surut, bersihkan rumah dengan sarung tangan dan sepatu bot.',
    tags: ['Kesehatan', 'Kebencanaan'] },
  { a: 'disdik', t: 'pendidikan', title: 'Pendaftaran Beasiswa Contoh Cerdas 2026 untuk Mahasiswa Berprestasi Dibuka',
    sum: 'Dinas Pendidikan membuka pendaftaran Beasiswa Contoh Cerdas 2026 bagi mahasiswa berprestasi dari keluarga kurang mampu. Kuota tahun ini 1.500 penerima.',
    det: 'Pendaftaran dilakukan *secara daring dan tidak dipungut biaya*. Beasiswa mencakup biaya kuliah dan bantuan biaya hidup.',
    q: 'Kami ingin anak-anak terbaik daerah ini bisa kuliah tanpa terbebani biaya.',
    tags: ['Pendidikan', 'Beasiswa'] },
  { a: 'diskominfo', t: 'layanan', title: 'Pemprov Contoh Luncurkan Portal Satu Data dan Layanan PPID Daring',
    sum: 'Pemerintah Provinsi Contoh meluncurkan portal Satu Data dan layanan permohonan informasi publik secara daring. Warga dapat mengunduh data dan mengajukan permohonan informasi tanpa datang ke kantor.',
    det: 'Portal memuat *lebih dari 1.200 set data* dari seluruh perangkat daerah dan diperbarui setiap triwulan.',
    q: 'Keterbukaan informasi adalah hak warga dan kewajiban pemerintah.',
    tags: ['Keterbukaan Informasi', 'PPID', 'Digital'] },
  { a: 'dinkes', t: 'kesehatan', title: 'Dinkes Tambah 15 Ambulans untuk Puskesmas di Daerah Terpencil',
    sum: 'Dinas Kesehatan menyerahkan 15 unit ambulans baru kepada puskesmas di daerah terpencil. Lima di antaranya ambulans air untuk wilayah kepulauan.',
    det: 'Ambulans dapat dipanggil *gratis* melalui puskesmas terdekat selama 24 jam.',
    q: 'Rujukan yang cepat menentukan keselamatan pasien, terutama ibu melahirkan.',
    tags: ['Kesehatan', 'Ambulans'] },
  { a: 'distanhorti', t: 'pangan', title: 'Panen Raya Padi di Contoh Selatan, Produksi Diprediksi Naik 8 Persen',
    sum: 'Panen raya padi di Kabupaten Contoh Selatan menandai musim panen di provinsi ini. Produksi gabah tahun ini diprediksi naik 8 persen dibanding tahun lalu.',
    det: 'Kenaikan didorong *benih unggul, pupuk tepat waktu dan irigasi yang membaik*.',
    q: 'Petani kita membuktikan Provinsi Contoh mampu mencukupi kebutuhan berasnya sendiri.',
    tags: ['Pertanian', 'Pangan'] },
  { a: 'biro-adpim', sp: 'gub', t: 'pemerintahan', title: 'Gubernur Lantik 112 Pejabat Administrator dan Pengawas',
    sum: 'Gubernur Provinsi Contoh melantik 112 pejabat administrator dan pengawas di lingkup pemerintah provinsi. Pelantikan dilakukan untuk mengisi jabatan yang kosong dan penyegaran organisasi.',
    det: 'Seluruh pejabat yang dilantik telah melalui *uji kompetensi dan penilaian kinerja*.',
    q: 'Jabatan adalah amanah. Ukuran keberhasilannya adalah layanan yang dirasakan masyarakat.',
    tags: ['Pemerintahan', 'ASN', 'Gubernur'] },
  { a: 'dinsos', t: 'sosial', title: 'Dinsos Buka Layanan Pengaduan Terpadu bagi Penyandang Disabilitas',
    sum: 'Dinas Sosial membuka layanan pengaduan terpadu bagi penyandang disabilitas, termasuk melalui video call dengan juru bahasa isyarat. Layanan mencakup bantuan alat bantu dan rehabilitasi sosial.',
    det: 'Pengaduan dapat disampaikan *melalui WhatsApp, telepon atau datang langsung* ke kantor Dinas Sosial.',
    q: 'Layanan publik harus bisa diakses oleh semua warga tanpa kecuali.',
    tags: ['Sosial', 'Disabilitas', 'Layanan Publik'] },
  { a: 'diskominfo', t: 'pendidikan', title: 'Diskominfo Latih 500 Pelajar Kenali Hoaks & Jaga Data Pribadi',
    sum: 'Dinas Komunikasi, Informatika dan Statistik melatih 500 pelajar SMA dan SMK mengenali hoaks dan menjaga keamanan data pribadi. Peserta akan menjadi duta literasi digital di sekolah masing-masing.',
    det: 'Materi meliputi *cara memeriksa sumber berita, mengenali tautan penipuan dan mengatur privasi akun*.',
    q: 'Pelajar adalah benteng pertama melawan hoaks di grup keluarga.',
    tags: ['Literasi Digital', 'Pendidikan', 'Hoaks'] },
  { a: 'disperindag', t: 'ekonomi', title: 'Disperindag Gelar Pasar Murah di 17 Kabupaten/Kota untuk Jaga Stabilitas Harga',
    sum: 'Dinas Perindustrian dan Perdagangan menggelar pasar murah di 17 kabupaten/kota. Beras, minyak goreng, gula dan telur dijual di bawah harga pasar.',
    det: 'Setiap warga dapat membeli *maksimal dua paket* agar lebih banyak warga yang kebagian.',
    q: 'Pasar murah adalah cara cepat menahan lonjakan harga di tingkat konsumen.',
    tags: ['Ekonomi', 'Harga Pangan', 'Pasar Murah'] },
  { a: 'biro-adpim', sp: 'gub', t: 'pemerintahan', title: 'Pemprov Contoh Raih Opini WTP Tujuh Kali Berturut-turut',
    sum: 'Pemerintah Provinsi Contoh kembali meraih opini Wajar Tanpa Pengecualian atas laporan keuangan daerah. Capaian ini yang ketujuh kali berturut-turut.',
    det: 'Gubernur meminta seluruh perangkat daerah *menindaklanjuti rekomendasi pemeriksaan paling lambat 60 hari*.',
    q: 'WTP bukan tujuan akhir. Yang utama adalah anggaran yang benar-benar bermanfaat bagi rakyat.',
    tags: ['Pemerintahan', 'Keuangan Daerah'] },
  { a: 'dispar', t: 'pariwisata', title: 'Desa Wisata Bahari Provinsi Contoh Dipromosikan di Pameran Pariwisata Nasional',
    sum: 'Dinas Pariwisata mempromosikan sepuluh desa wisata bahari Provinsi Contoh di pameran pariwisata nasional. Paket wisata selam dan budaya pesisir menarik minat biro perjalanan.',
    det: 'Sebanyak *23 kesepakatan awal* dengan biro perjalanan ditandatangani selama pameran.',
    q: 'Keindahan laut kita harus dinikmati wisatawan dan memberi penghasilan bagi warga desa.',
    tags: ['Pariwisata', 'Desa Wisata'] },
  { a: 'dinkes', t: 'kesehatan', title: 'Pekan Imunisasi Kejar untuk Anak yang Tertinggal Jadwal',
    sum: 'Dinas Kesehatan menggelar pekan imunisasi kejar bagi anak usia di bawah lima tahun yang tertinggal jadwal imunisasi. Layanan tersedia di posyandu dan puskesmas.',
    det: 'Orang tua cukup membawa *buku KIA atau catatan imunisasi* anak. Petugas akan menentukan vaksin yang perlu dilengkapi.',
    q: 'Belum terlambat untuk melengkapi imunisasi anak.',
    tags: ['Kesehatan', 'Imunisasi', 'Anak'] },
];

const TOPIC = {
  kesehatan: ['KESEHATAN', '#047857', '#34d399'],
  infrastruktur: ['INFRASTRUKTUR', '#92400e', '#f59e0b'],
  pendidikan: ['PENDIDIKAN', '#1e40af', '#60a5fa'],
  bencana: ['KEBENCANAAN', '#9a3412', '#fb923c'],
  ekonomi: ['EKONOMI', '#5b21b6', '#a78bfa'],
  layanan: ['LAYANAN PUBLIK', '#0e7490', '#22d3ee'],
  hoaks: ['CEK FAKTA', '#991b1b', '#f87171'],
  pariwisata: ['PARIWISATA', '#be185d', '#f9a8d4'],
  sosial: ['SOSIAL', '#9d174d', '#fb7185'],
  lingkungan: ['LINGKUNGAN', '#166534', '#86efac'],
  perhubungan: ['PERHUBUNGAN', '#075985', '#7dd3fc'],
  pemerintahan: ['PEMERINTAHAN', '#7f1d1d', '#fbbf24'],
  pangan: ['PANGAN', '#3f6212', '#bef264'],
  pengumuman: ['PENGUMUMAN', '#334155', '#94a3b8'],
};

// Pictograms in a 120×120 box, filled white.
const ICON = {
  kesehatan: '<path d="M45 10h30v35h35v30H75v35H45V75H10V45h35z"/>',
  infrastruktur: '<path d="M0 78h120v10H0z"/><path d="M8 78a52 40 0 0 1 104 0H98a38 28 0 0 0-76 0z"/><path d="M20 60h8v18h-8zM92 60h8v18h-8zM56 40h8v38h-8z"/>',
  pendidikan: '<path d="M60 15l58 22-58 22L2 37z"/><path d="M28 55v22c0 12 64 12 64 0V55L60 67zM104 42h5v36h-5z"/>',
  bencana: '<path fill-rule="evenodd" d="M60 6l58 102H2zM54 40h12v38H54zM54 86h12v12H54z"/>',
  ekonomi: '<path d="M12 100V70h20v30zM44 100V50h20v50zM76 100V28h20v72z"/><path d="M6 104h108v8H6z"/><path d="M10 55l35-30 25 15 40-30v10l-40 30-25-15-35 30z"/>',
  layanan: '<path d="M60 6l54 28H6z"/><path d="M12 38h96v8H12zM18 50h14v44H18zM53 50h14v44H53zM88 50h14v44H88zM6 98h108v12H6z"/>',
  hoaks: '<path fill-rule="evenodd" d="M48 6a42 42 0 1 1 0 84a42 42 0 1 1 0-84zm0 13a29 29 0 1 0 0 58a29 29 0 1 0 0-58z"/><path d="M76 86l10-10 30 30-10 10z"/><path d="M33 40l7-7 8 8 8-8 7 7-8 8 8 8-7 7-8-8-8 8-7-7 8-8z"/>',
  pariwisata: '<circle cx="92" cy="26" r="16"/><path d="M2 108l40-62 24 36 16-20 36 46z"/>',
  sosial: '<circle cx="38" cy="32" r="17"/><circle cx="82" cy="32" r="17"/><path d="M6 104c0-36 64-36 64 0zM50 104c0-36 64-36 64 0z"/>',
  lingkungan: '<path d="M60 4c34 22 42 62 0 80C18 66 26 26 60 4z"/><path d="M55 56h10v58H55z"/>',
  perhubungan: '<path fill-rule="evenodd" d="M22 10h76a12 12 0 0 1 12 12v70H10V22a12 12 0 0 1 12-12zM22 26v32h76V26z"/><circle cx="32" cy="98" r="12"/><circle cx="88" cy="98" r="12"/>',
  pemerintahan: '<path fill-rule="evenodd" d="M60 4l50 16v34c0 32-22 52-50 64C32 106 10 86 10 54V20zM60 30l8 18h19l-15 11 6 19-18-12-18 12 6-19-15-11h19z"/>',
  pangan: '<path d="M4 60c26-34 70-34 92 0-22 34-66 34-92 0zM94 60l24-22v44z"/><circle cx="28" cy="54" r="5" fill="#0003"/>',
  pengumuman: '<path d="M10 44h22l56-30v92L32 76H10z"/><path d="M36 80l12 32h16l-10-32zM96 40h14v8H96zM96 56h18v8H96zM96 72h14v8H96z"/>',
  video: '<path d="M4 30h78v60H4z"/><path d="M88 48l28-18v60L88 72z"/>',
};

// ---------------------------------------------------------------------------------------------
// SVG makers (each file < 2 KB)

function gradientSvg({ w, h, c1, c2, icon, label, sub, lines = [], gid, circle }) {
  const landscape = w > h;
  const iconSize = landscape ? 120 : 130;
  const ix = (w - iconSize) / 2;
  const iy = landscape ? (lines.length ? 40 : 70) : 150;
  const scale = iconSize / 120;
  const ly = landscape ? (lines.length ? 206 : 240) : 350;
  const titleLines = lines
    .map((l, i) => `<text x="${w / 2}" y="${ly + 40 + i * 30}" font-size="24" font-weight="600">${escXml(l)}</text>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escXml(label)}">` +
    `<title>${escXml(label)}${sub ? ` – ${escXml(sub)}` : ''}</title>` +
    `<defs><linearGradient id="${gid}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${c1}"/><stop offset="1" stop-color="${c2}"/></linearGradient></defs>` +
    `<rect width="${w}" height="${h}" fill="url(#${gid})"/>` +
    `<circle cx="${circle[0]}" cy="${circle[1]}" r="${circle[2]}" fill="#fff" opacity=".1"/>` +
    `<circle cx="${circle[3]}" cy="${circle[4]}" r="${circle[5]}" fill="#000" opacity=".08"/>` +
    `<g transform="translate(${ix} ${iy}) scale(${scale})" fill="#fff" opacity=".92">${icon}</g>` +
    `<g fill="#fff" font-family="system-ui,-apple-system,'Segoe UI',Roboto,sans-serif" text-anchor="middle">` +
    `<text x="${w / 2}" y="${ly}" font-size="${landscape ? 30 : 28}" font-weight="700" letter-spacing="3">${escXml(label)}</text>` +
    titleLines +
    (sub ? `<text x="${w / 2}" y="${h - 24}" font-size="16" opacity=".85">${escXml(sub)}</text>` : '') +
    `</g></svg>\n`
  );
}

function circles(w, h) {
  return [rint(0, w), rint(0, h / 2), rint(90, 180), rint(0, w), rint(h / 2, h), rint(60, 140)];
}

function wrap(text, max, maxLines) {
  const words = text.split(/\s+/);
  const lines = [''];
  for (const word of words) {
    const cur = lines[lines.length - 1];
    if (!cur) lines[lines.length - 1] = word;
    else if ((cur + ' ' + word).length <= max) lines[lines.length - 1] = cur + ' ' + word;
    else lines.push(word);
  }
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = lines[maxLines - 1].replace(/\s*\S*$/, '') + ' …';
  }
  return lines;
}

function logoSvg() {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img" aria-label="Lambang Pemerintah Provinsi Contoh (fiktif)">` +
    `<title>Lambang Pemerintah Provinsi Contoh (fiktif)</title>` +
    `<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#0f5fa8"/><stop offset="1" stop-color="#0a3d6b"/></linearGradient></defs>` +
    `<path d="M128 8l104 30v70c0 70-44 116-104 140C68 224 24 178 24 108V38z" fill="#f2b705"/>` +
    `<path d="M128 22l90 26v60c0 62-38 102-90 124C76 210 38 170 38 108V48z" fill="url(#s)"/>` +
    `<path d="M128 36l9 20h22l-18 13 7 21-20-13-20 13 7-21-18-13h22z" fill="#f2b705"/>` +
    `<path d="M60 160l34-32 22 20 24-30 42 42z" fill="#fff" opacity=".9"/>` +
    `<path d="M52 166c16-10 28-10 38 0s26 10 38 0 26-10 38 0 26 10 38 0v14c-12 10-26 10-38 0s-26-10-38 0-26 10-38 0-22-10-38 0z" fill="#7fd3ff"/>` +
    `<path d="M62 196c14-8 24-8 33 0s22 8 33 0 22-8 33 0 22 8 33 0v10c-12 8-24 8-33 0s-22-8-33 0-22 8-33 0-20-8-33 0z" fill="#7fd3ff" opacity=".7"/>` +
    `<text x="128" y="118" fill="#f2b705" font-family="system-ui,sans-serif" font-size="18" font-weight="800" text-anchor="middle" letter-spacing="2">CONTOH</text>` +
    `</svg>\n`
  );
}

function agencyLogoSvg(id, initials, color, name) {
  const size = initials.length >= 4 ? 32 : initials.length === 3 ? 42 : 56;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128" role="img" aria-label="${escXml(name)}">` +
    `<title>${escXml(name)}</title>` +
    `<rect width="128" height="128" rx="24" fill="${color}"/>` +
    `<circle cx="64" cy="64" r="50" fill="none" stroke="#fff" stroke-width="4" opacity=".35"/>` +
    `<path d="M64 14l6 12h-12z" fill="#f2b705"/>` +
    `<text x="64" y="${64 + size * 0.35}" fill="#fff" font-family="system-ui,sans-serif" font-size="${size}" font-weight="800" text-anchor="middle">${escXml(initials)}</text>` +
    `</svg>\n`
  );
}

// ---------------------------------------------------------------------------------------------
// Build

const written = [];
function write(rel, text) {
  const abs = join(ROOT, rel);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, text);
  written.push(rel);
}
const json = (v) => JSON.stringify(v, null, 2) + '\n';

// Start from clean image folders so renumbering never leaves stale files behind.
for (const sub of ['releases', 'videos', 'agencies']) rmSync(join(IMG, sub), { recursive: true, force: true });

const directory = buildDirectory();
const byId = Object.fromEntries(directory.map((a) => [a.id, a]));

// --- releases -----------------------------------------------------------------------------------

const releaseDates = spreadDates(R.length, 60, BASE - 75 * 60_000 /* 07:45 WITA */);

// About 1 in 6 items without an image, chosen by the PRNG (never the urgent item).
const noImage = new Set();
while (noImage.size < 10) noImage.add(rint(1, R.length - 1));

const releaseItems = [];
let imgNo = 0;
R.forEach((e, i) => {
  const ag = byId[e.a];
  if (!ag) throw new Error(`unknown agency ${e.a}`);
  const kind = e.k ?? 'release';
  const slug = slugify(e.title);
  const seq = 2400 - i * 3 - (i % 2); // publisher's own numbering, descending
  const speaker = e.sp === 'gub' ? GOVERNOR : e.sp === 'wagub' ? VICE_GOVERNOR : { name: ag.head.name, title: ag.head.title.includes('Provinsi Contoh') ? ag.head.title : `${ag.head.title} Provinsi Contoh` };
  const det = escXml(e.det).replace(/\*([^*]+)\*/g, '<strong>$1</strong>');
  const paras = [
    `<p>KOTA CONTOH – ${escXml(e.sum)}</p>`,
    `<p>${det}</p>`,
    e.extra ?? '',
    `<p>“${escXml(e.q.replace(/\.$/, ','))}” kata ${escXml(speaker.name)}, ${escXml(speaker.title)}.</p>`,
  ];
  if (kind === 'hoax-clarification') {
    paras.push(`<p><strong>Kesimpulan: informasi tersebut tidak benar (hoaks).</strong> Masyarakat diimbau tidak menyebarkan ulang pesan tersebut dan memeriksa kebenaran informasi melalui kanal resmi di <a href="${SITE}">contohprov.go.id</a>.</p>`);
  } else if (ag.ppid) {
    paras.push(`<p>Informasi lebih lanjut: ${escXml(ag.ppid.name)}, telepon ${escXml(ag.ppid.phone)}, surel <a href="mailto:${ag.ppid.email}">${ag.ppid.email}</a>.</p>`);
  }
  if (e.retracted) {
    paras.unshift('<p><em>Catatan redaksi: siaran pers ini ditarik karena data harga belum terverifikasi. Mohon tidak dikutip.</em></p>');
  }
  const item = {
    id: `tag:contohprov.go.id,2026:siaran-pers-${seq}`,
    url: `${SITE}/berita/${slug}`,
    title: e.title,
    summary: e.sum,
    content_html: paras.filter(Boolean).join(''),
    date_published: rfc3339(releaseDates[i]),
  };
  if (i === 0) item.date_modified = rfc3339(releaseDates[i] + 65 * 60_000);
  if (e.retracted) item.date_modified = rfc3339(releaseDates[i] + 26 * 3600_000);
  if (!noImage.has(i)) {
    imgNo++;
    const n = pad(imgNo);
    const [label, c1, c2] = TOPIC[e.t];
    write(
      `demo/img/releases/${n}.svg`,
      gradientSvg({ w: 640, h: 360, c1, c2, icon: ICON[e.t], label, sub: `Pemprov Contoh · Ilustrasi ${n}`, gid: `g${n}`, circle: circles(640, 360) }),
    );
    item.image = `../img/releases/${n}.svg`;
  }
  item.tags = e.tags;
  item.authors = [{ name: ag.name, url: ag.website ?? SITE }];
  item._siar = { kind, agency: ag.id };
  if (e.p) item._siar.priority = e.p;
  if (e.retracted) item._siar.retracted = true;
  item._meta = { t: e.t, at: releaseDates[i] }; // internal, stripped below
  releaseItems.push(item);
});

const stripMeta = (items) => items.map(({ _meta, ...rest }) => rest);

const releasesFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Siaran Pers Pemerintah Provinsi Contoh',
  home_page_url: `${SITE}/berita`,
  feed_url: `${SITE}/siar/releases.json`,
  description: 'Siaran pers, pengumuman dan klarifikasi hoaks resmi Pemerintah Provinsi Contoh. DATA CONTOH FIKTIF untuk demo Siar: semua nama, nomor, alamat dan angka adalah rekaan.',
  icon: '../img/logo.svg',
  favicon: '../img/logo.svg',
  language: 'id',
  authors: [{ name: 'Biro Administrasi Pimpinan', url: 'https://biroadpim.contohprov.go.id' }],
  items: stripMeta(releaseItems),
};
write('demo/data/releases.json', json(releasesFeed));

// --- releases.xml: RSS 2.0 of the Dinas Kesehatan items ----------------------------------------

const dinkes = byId.dinkes;
const dinkesItems = releaseItems.filter((it) => it._siar.agency === 'dinkes');
const rssItems = dinkesItems.map((it, n) => {
  const at = it._meta.at;
  // Mostly RFC 822 with +0800; two in GMT; two in the Indonesian form some CMSs emit.
  const pubDate = n === 1 || n === 9 ? indonesianDate(at) : n === 5 || n === 14 ? rfc822Gmt(at) : rfc822(at);
  const cats = it.tags.map((t) => `      <category>${escXml(t)}</category>`).join('\n');
  let enclosure = '';
  if (it.image) {
    const bytes = statSync(join(DATA, it.image)).size;
    enclosure = `\n      <enclosure url="${escXml(it.image)}" length="${bytes}" type="image/svg+xml"/>`;
  }
  return `    <item>
      <title>${escXml(it.title)}</title>
      <link>${escXml(it.url)}</link>
      <guid isPermaLink="false">${escXml(it.id)}</guid>
      <pubDate>${pubDate}</pubDate>
      <dc:creator>${escXml(dinkes.name)}</dc:creator>
${cats}
      <description>${escXml(it.summary)}</description>
      <content:encoded>${cdata(it.content_html)}</content:encoded>${enclosure}
    </item>`;
});
const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Berita Dinas Kesehatan Provinsi Contoh</title>
    <link>${dinkes.website}/</link>
    <atom:link href="${dinkes.website}/feed/" rel="self" type="application/rss+xml"/>
    <description>Siaran pers dan pengumuman Dinas Kesehatan Provinsi Contoh (data contoh fiktif).</description>
    <language>id</language>
    <lastBuildDate>${rfc822(BASE)}</lastBuildDate>
    <generator>Siar sample-data</generator>
    <ttl>30</ttl>
    <image>
      <url>../img/agencies/dinkes.svg</url>
      <title>Berita Dinas Kesehatan Provinsi Contoh</title>
      <link>${dinkes.website}/</link>
      <width>128</width>
      <height>128</height>
    </image>
${rssItems.join('\n')}
  </channel>
</rss>
`;
write('demo/data/releases.xml', rss);

// --- videos ------------------------------------------------------------------------------------

// [provider, aspect-ish variant, agency, topic, title, summary, duration s]
const V = [
  ['youtube', 'watch', 'bpbd', 'bencana', 'Simulasi Evakuasi Tsunami Serentak di Pesisir Provinsi Contoh', 'Rangkuman simulasi evakuasi tsunami yang diikuti lebih dari 6.000 warga dan pelajar di 12 desa pesisir.', 405],
  ['youtube', 'shorts', 'bpbd', 'bencana', '60 Detik: Isi Tas Siaga Bencana', 'Dokumen penting, obat, senter, air minum dan makanan ringan: siapkan tas siaga sebelum musim hujan.', 58],
  ['youtube', 'watch', 'biro-adpim', 'infrastruktur', 'Gubernur Resmikan Jembatan Teluk Harapan', 'Peresmian Jembatan Teluk Harapan sepanjang 320 meter yang memangkas waktu tempuh ke pelabuhan.', 252],
  ['tiktok', 'tiktok', 'bapenda', 'ekonomi', 'Info Samsat Keliling Pekan Ini', 'Lokasi dan jam layanan Samsat Keliling di Kota Contoh sepekan ke depan.', 35],
  ['youtube', 'watch', 'dinkes', 'kesehatan', 'Cegah DBD dari Rumah: Praktik 3M Plus', 'Panduan singkat menguras, menutup dan mendaur ulang wadah air untuk mencegah demam berdarah.', 135],
  ['instagram', 'reel', 'dlhk', 'lingkungan', 'Gerakan Tanam Mangrove di Pesisir Teluk Contoh', 'Pelajar, nelayan dan komunitas menanam 50 ribu bibit mangrove.', 55],
  ['youtube', 'watch', 'diskominfo', 'layanan', 'Dialog Publik: Kesiapan Menghadapi Musim Hujan 2026/2027', 'Siaran ulang dialog publik bersama BPBD, Dinas PUPR dan Dinas Kesehatan tentang kesiapan menghadapi musim hujan.', 3490],
  ['file', 'mp4', 'diskominfo', 'layanan', 'Panduan Layanan PPID: Cara Mengajukan Permohonan Informasi', 'Video panduan langkah demi langkah mengajukan permohonan informasi publik secara daring.', 150],
  ['youtube', 'watch', 'diskominfo', 'hoaks', 'Klarifikasi Hoaks Rekrutmen CPNS Lewat WhatsApp', 'Penjelasan resmi tentang pesan berantai pendaftaran CPNS berbayar yang beredar di WhatsApp.', 108],
  ['youtube', 'shorts', 'dinkes', 'kesehatan', 'Imunisasi Lengkap, Anak Sehat!', 'Imunisasi gratis di posyandu dan puskesmas. Bawa buku KIA anak Anda.', 45],
  ['youtube', 'watch', 'bapenda', 'ekonomi', 'Cara Cek dan Bayar Pajak Kendaraan Lewat Aplikasi Samsat Digital', 'Tutorial memeriksa tagihan dan membayar pajak kendaraan bermotor tanpa antre.', 208],
  ['facebook', 'fb', 'biro-ekbang', 'ekonomi', 'Siaran Ulang: Rapat Koordinasi Pengendalian Inflasi Daerah', 'Rapat koordinasi Tim Pengendalian Inflasi Daerah bersama 17 kabupaten/kota.', 2712],
  ['youtube', 'watch', 'dpmptsp', 'layanan', 'Mengenal Mal Pelayanan Publik Provinsi Contoh', 'Tur singkat 45 layanan perizinan dan nonperizinan dalam satu gedung.', 302],
  ['tiktok', 'tiktok', 'diskominfo', 'hoaks', 'Kenali Ciri Pesan Hoaks di Grup WhatsApp', 'Tiga ciri pesan hoaks yang sering beredar di grup keluarga.', 41],
  ['youtube', 'watch', 'dispar', 'pariwisata', 'Festival Budaya Pesisir 2026: Rangkuman Hari Pertama', 'Lomba perahu tradisional, tarian kolosal dan pameran UMKM pada hari pertama festival.', 510],
  ['instagram', 'reel', 'biro-umum', 'kesehatan', 'Senam Sehat Bersama ASN Pemprov Contoh', 'Senam pagi rutin setiap Jumat di halaman Kantor Gubernur.', 30],
  ['youtube', 'shorts', 'dispar', 'pariwisata', 'Kuliner Pesisir yang Wajib Dicoba', 'Tiga kuliner khas pesisir Provinsi Contoh dalam satu menit.', 52],
  ['youtube', 'watch', 'pupr', 'infrastruktur', 'Progres Perbaikan Ruas Jalan Kota Contoh–Tanjung Harapan', 'Pantauan udara progres perbaikan jalan provinsi sepanjang 18,4 kilometer.', 280],
  ['file', 'mp4', 'biro-adpim', 'pemerintahan', 'Video Profil Provinsi Contoh 2026', 'Mengenal Provinsi Contoh: potensi, layanan publik dan program prioritas.', 180],
  ['youtube', 'watch', 'bkd', 'pemerintahan', 'Pelantikan Pejabat Administrator dan Pengawas Lingkup Pemprov Contoh', 'Siaran ulang pelantikan 112 pejabat administrator dan pengawas.', 740],
];

const videoDates = spreadDates(V.length, 45);
let ytNo = 0;
let igNo = 0;
const videoItems = V.map(([provider, variant, a, t, title, sum, duration], i) => {
  const ag = byId[a];
  if (!ag) throw new Error(`unknown agency ${a}`);
  const n = pad(i + 1);
  const vertical = ['shorts', 'tiktok', 'reel'].includes(variant);
  const aspect = vertical ? '9:16' : '16:9';
  let url;
  let id;
  if (provider === 'youtube') {
    id = `cOnToH${pad(++ytNo, 5)}`;
    url = variant === 'shorts' ? `https://www.youtube.com/shorts/${id}` : `https://www.youtube.com/watch?v=${id}`;
  } else if (provider === 'tiktok') {
    id = '7' + Array.from({ length: 18 }, () => rint(0, 9)).join('');
    url = `https://www.tiktok.com/@humasprovcontoh/video/${id}`;
  } else if (provider === 'instagram') {
    id = `DContohRl${pad(++igNo)}`;
    url = `https://www.instagram.com/reel/${id}/`;
  } else if (provider === 'facebook') {
    id = '10' + Array.from({ length: 14 }, () => rint(0, 9)).join('');
    url = `https://www.facebook.com/humasprovcontoh/videos/${id}/`;
  } else {
    url = `${SITE}/video/${slugify(title)}`;
  }
  const views = vertical ? rint(2_000, 120_000) : duration > 1800 ? rint(300, 3_000) : rint(800, 25_000);
  const [label, c1, c2] = TOPIC[t];
  const providerLabel = { youtube: variant === 'shorts' ? 'YouTube Shorts' : 'YouTube', tiktok: 'TikTok', instagram: 'Instagram Reels', facebook: 'Facebook', file: 'Video Pemprov Contoh' }[provider];
  const [w, h] = vertical ? [360, 640] : [640, 360];
  write(
    `demo/img/videos/v${n}.svg`,
    gradientSvg({ w, h, c1, c2, icon: ICON[t], label, sub: providerLabel, lines: wrap(title, vertical ? 24 : 40, vertical ? 4 : 2), gid: `v${n}`, circle: circles(w, h) }),
  );
  const item = {
    id: `tag:contohprov.go.id,2026:video-${n}`,
    url,
    title,
    summary: sum,
    content_text: sum,
    date_published: rfc3339(videoDates[i]),
    image: `../img/videos/v${n}.svg`,
    tags: ['Video', ...(t === 'hoaks' ? ['Hoaks', 'Klarifikasi'] : [label.toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase())])],
    authors: [{ name: ag.name, url: ag.website ?? SITE }],
  };
  if (provider === 'file') {
    item.attachments = [{ url: '../media/contoh.mp4', mime_type: 'video/mp4', title, duration_in_seconds: duration }];
  }
  const video = { provider };
  if (id) video.id = id;
  Object.assign(video, { aspect, duration, views });
  item._siar = { kind: t === 'hoaks' ? 'hoax-clarification' : 'release', agency: ag.id, video };
  item._meta = { at: videoDates[i], variant };
  return item;
});

write(
  'demo/data/videos.json',
  json({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Video Pemerintah Provinsi Contoh',
    home_page_url: `${SITE}/video`,
    feed_url: `${SITE}/siar/videos.json`,
    description: 'Video resmi Pemerintah Provinsi Contoh dari YouTube, TikTok, Instagram, Facebook dan server sendiri. DATA CONTOH FIKTIF untuk demo Siar.',
    icon: '../img/logo.svg',
    language: 'id',
    authors: [{ name: 'Humas Pemerintah Provinsi Contoh', url: SITE }],
    items: stripMeta(videoItems),
  }),
);

// --- videos-youtube.xml: a YouTube channel Atom feed (6 newest YouTube items) -----------------

const CHANNEL = 'UCcOnToHpRoViNsI00000000';
const CHANNEL_NAME = 'Humas Provinsi Contoh';
const ytEntries = videoItems.filter((v) => v._siar.video.provider === 'youtube').slice(0, 6);
const atomEntries = ytEntries.map((v) => {
  const vid = v._siar.video.id;
  const at = v._meta.at;
  const likes = Math.max(3, Math.round(v._siar.video.views / rint(25, 60)));
  return ` <entry>
  <id>yt:video:${vid}</id>
  <yt:videoId>${vid}</yt:videoId>
  <yt:channelId>${CHANNEL}</yt:channelId>
  <title>${escXml(v.title)}</title>
  <link rel="alternate" href="${v.url}"/>
  <author>
   <name>${CHANNEL_NAME}</name>
   <uri>https://www.youtube.com/channel/${CHANNEL}</uri>
  </author>
  <published>${isoUtc(at)}</published>
  <updated>${isoUtc(at + rint(2, 40) * 3600_000)}</updated>
  <media:group>
   <media:title>${escXml(v.title)}</media:title>
   <media:content url="https://www.youtube.com/v/${vid}?version=3" type="application/x-shockwave-flash" width="640" height="390"/>
   <media:thumbnail url="${v.image}" width="480" height="360"/>
   <media:description>${escXml(`${v.summary}\n\nIkuti kanal resmi Pemerintah Provinsi Contoh:\nInstagram @humasprovcontoh · TikTok @humasprovcontoh\n${SITE}`)}</media:description>
   <media:community>
    <media:starRating count="${likes}" average="5.00" min="1" max="5"/>
    <media:statistics views="${v._siar.video.views}"/>
   </media:community>
  </media:group>
 </entry>`;
});
write(
  'demo/data/videos-youtube.xml',
  `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
 <link rel="self" href="http://www.youtube.com/feeds/videos.xml?channel_id=${CHANNEL}"/>
 <id>yt:channel:${CHANNEL.slice(2)}</id>
 <yt:channelId>${CHANNEL.slice(2)}</yt:channelId>
 <title>${CHANNEL_NAME}</title>
 <link rel="alternate" href="https://www.youtube.com/channel/${CHANNEL}"/>
 <author>
  <name>${CHANNEL_NAME}</name>
  <uri>https://www.youtube.com/channel/${CHANNEL}</uri>
 </author>
 <published>2019-03-11T02:15:07+00:00</published>
${atomEntries.join('\n')}
</feed>
`,
);

// --- directory, profile, logos -----------------------------------------------------------------

write(
  'demo/data/directory.json',
  json({ version: 1, province: 'Provinsi Contoh', updated: '2026-11-18T14:00:00+08:00', agencies: directory }),
);

write(
  'demo/data/siar.json',
  json({
    version: 1,
    name: 'Pemerintah Provinsi Contoh',
    short_name: 'Pemprov Contoh',
    logo: '../img/logo.svg',
    home_page_url: SITE,
    time_zone: 'Asia/Makassar',
    language: 'id',
    feeds: { releases: 'releases.json', videos: 'videos.json' },
    directory: 'directory.json',
    social: {
      instagram: 'humasprovcontoh',
      facebook: 'humasprovcontoh',
      youtube: '@humasprovcontoh',
      x: 'humasprovcontoh',
      tiktok: '@humasprovcontoh',
      whatsapp_channel: 'https://whatsapp.com/channel/0029VaContoh0000000000',
      threads: 'humasprovcontoh',
      telegram: 'humasprovcontoh',
    },
  }),
);

write('demo/img/logo.svg', logoSvg());
for (const [id, [initials, color]] of Object.entries(LOGOS)) {
  write(`demo/img/agencies/${id}.svg`, agencyLogoSvg(id, initials, color, byId[id].name));
}

// ---------------------------------------------------------------------------------------------
// Self-checks: ids unique, local references exist, dates valid, SVGs small.

const problems = [];
const check = (cond, msg) => cond || problems.push(msg);
function checkFeed(name, items) {
  const ids = new Set();
  for (const it of items) {
    check(!ids.has(it.id), `${name}: duplicate id ${it.id}`);
    ids.add(it.id);
    check(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/.test(it.date_published) && !Number.isNaN(Date.parse(it.date_published)), `${name}: bad date ${it.date_published}`);
    check(Date.parse(it.date_published) <= BASE, `${name}: date after base ${it.date_published}`);
    for (const ref of [it.image, ...(it.attachments ?? []).map((a) => a.url)].filter(Boolean)) {
      if (ref.startsWith('../media/')) continue; // the MP4 is deliberately not generated
      check(existsSync(join(DATA, ref)), `${name}: missing ${ref}`);
    }
  }
  const dates = items.map((it) => Date.parse(it.date_published));
  check(dates.every((d, i) => i === 0 || d <= dates[i - 1]), `${name}: not newest first`);
}
checkFeed('releases', releasesFeed.items);
check(new Set(releasesFeed.items.map((i) => i.url)).size === releasesFeed.items.length, 'releases: duplicate url');
checkFeed('videos', videoItems);
const dirIds = new Set(directory.map((a) => a.id));
check(dirIds.size === directory.length, 'directory: duplicate ids');
check(directory.length === 44, `directory: ${directory.length} agencies`);
for (const a of directory) {
  if (a.logo) check(existsSync(join(DATA, a.logo)), `directory: missing ${a.logo}`);
  if (a.parent) check(dirIds.has(a.parent), `directory: unknown parent ${a.parent}`);
}
for (const it of releasesFeed.items) check(dirIds.has(it._siar.agency), `releases: unknown agency ${it._siar.agency}`);
for (const dir of ['releases', 'videos', 'agencies']) {
  for (const f of readdirSync(join(IMG, dir))) {
    const size = statSync(join(IMG, dir, f)).size;
    check(size < 2048, `img/${dir}/${f} is ${size} bytes`);
  }
}
check(statSync(join(IMG, 'logo.svg')).size < 2048, 'logo.svg too big');

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const count = (pred) => releasesFeed.items.filter(pred).length;
console.log(
  [
    `releases.json: ${releasesFeed.items.length} items, ${new Set(releasesFeed.items.map((i) => i._siar.agency)).size} agencies, ` +
      `${count((i) => i.image)} with image, ${count((i) => i._siar.kind === 'hoax-clarification')} hoax, ` +
      `${count((i) => i._siar.kind === 'announcement')} announcements, ${count((i) => i._siar.priority === 'urgent')} urgent, ` +
      `${count((i) => i._siar.priority === 'pinned')} pinned, ${count((i) => i._siar.retracted)} retracted; ` +
      `${releasesFeed.items.at(-1).date_published} … ${releasesFeed.items[0].date_published}`,
    `releases.xml: ${rssItems.length} items (Dinas Kesehatan)`,
    `videos.json: ${videoItems.length} items; videos-youtube.xml: ${atomEntries.length} entries`,
    `directory.json: ${directory.length} agencies`,
    `${written.length} files written`,
  ].join('\n'),
);
