/** `--help` texts, Bahasa Indonesia and English. */
import type { Lang } from './i18n.js';

const MAIN: Record<Lang, string> = {
  id: `siar {version} — perangkat penerbit Siar

Mengubah sumber yang sudah ada (RSS/Atom/JSON Feed situs OPD, kanal YouTube, daftar video
TikTok/Instagram/Facebook, spreadsheet direktori) menjadi berkas statis yang dibaca widget Siar.

Pemakaian:
  siar build <konfigurasi> --out <folder> [opsi]   membangun releases.json, videos.json,
                                                   directory.json dan siar.json
  siar validate <berkas-atau-url> [opsi]           memeriksa umpan, profil atau direktori

Opsi umum:
  --lang id|en     bahasa pesan (bawaan: id, atau variabel SIAR_LANG)
  --json           laporan JSON yang bisa dibaca mesin di stdout
  -h, --help       bantuan (juga: siar build --help, siar validate --help)
  -v, --version    versi

Panduan lengkap: docs/publisher.md`,
  en: `siar {version} — the Siar publisher kit

Turns existing sources (agency RSS/Atom/JSON feeds, YouTube channels, lists of TikTok/Instagram/
Facebook videos, a directory spreadsheet) into the static files the Siar widgets read.

Usage:
  siar build <config> --out <folder> [options]     builds releases.json, videos.json,
                                                   directory.json and siar.json
  siar validate <file-or-url> [options]            checks a feed, profile or directory

Common options:
  --lang id|en     language of messages (default: id, or the SIAR_LANG variable)
  --json           machine-readable JSON report on stdout
  -h, --help       help (also: siar build --help, siar validate --help)
  -v, --version    version

Full guide: docs/publisher.md`,
};

const BUILD: Record<Lang, string> = {
  id: `Pemakaian: siar build <konfigurasi.json> --out <folder> [opsi]

Mengambil semua sumber di konfigurasi (paralel, dengan batas waktu, coba ulang dan permintaan
bersyarat ETag/Last-Modified), menormalkan dan membersihkan isinya, lalu menulis ke <folder>:
  releases.json  videos.json   umpan widget ramping: JSON Feed 1.1 dengan objek _siar,
                               item terbaru (widget_items, bawaan 20), ringkasan saja
  releases-archive.json  videos-archive.json
                               arsip: semua item (max_items) dengan isi lengkap
  directory.json               direktori instansi (dari CSV atau JSON)
  siar.json                    profil provinsi
  .siar-state.json             status permintaan bersyarat (jangan disajikan ke publik)

Sumber yang gagal (galat server, waktu habis, XML rusak, DNS) tetap menyumbang item terakhirnya
dari keluaran sebelumnya: umpan tidak pernah kosong atau menyusut hanya karena satu sumber mati.
Berkas ditulis secara atomik dan hanya bila isinya berubah; keluaran deterministik.

Opsi:
  -o, --out <folder>   folder keluaran (atau "out" di konfigurasi)
  --strict             masalah apa pun (sumber gagal, baris direktori tidak sah) = gagal;
                       tidak ada berkas yang ditulis
  --json               laporan JSON di stdout (tanpa progres)
  -q, --quiet          hanya galat dan peringatan di stderr
  --lang id|en         bahasa pesan

Variabel lingkungan:
  SIAR_YOUTUBE_FEED_BASE   ganti https://www.youtube.com/feeds/videos.xml (uji, proksi)
  SOURCE_DATE_EPOCH        waktu "updated" direktori bila tak ada sumber lain (build reprodusibel)
  SIAR_NOW                 "sekarang" bagi alerts.json (RFC 3339 atau detik Unix; uji, demo)
  \${NAMA}                  dipakai di nilai konfigurasi: "\${NAMA}" atau "\${NAMA:-bawaan}"

Kode keluar:
  0  keluaran lengkap (sumber yang gagal, jika ada, tertutup item terakhirnya)
  1  galat fatal: konfigurasi tidak sah, folder tidak dapat ditulis, build lain sedang berjalan
  2  pemakaian salah (opsi atau argumen)
  3  keluaran lebih buruk dari sebelumnya (sumber gagal tanpa item cadangan, umpan akan kosong),
     atau --strict dan ada masalah`,
  en: `Usage: siar build <config.json> --out <folder> [options]

Fetches every source in the config (in parallel, with time-outs, retries and ETag/Last-Modified
conditional requests), normalizes and sanitizes it, and writes to <folder>:
  releases.json  videos.json   lean widget feeds: JSON Feed 1.1 with the _siar object,
                               the newest items (widget_items, default 20), summaries only
  releases-archive.json  videos-archive.json
                               archives: every item (max_items) with its full content
  directory.json               agency directory (from CSV or JSON)
  siar.json                    province profile
  .siar-state.json             conditional-request state (do not serve it publicly)

A source that fails (server error, time-out, broken XML, DNS) still contributes its last items
from the previous output: a feed never goes empty or shrinks because one source is down.
Files are written atomically and only when their content changed; output is deterministic.

Options:
  -o, --out <folder>   output folder (or "out" in the config)
  --strict             any problem (failed source, invalid directory row) is a failure;
                       nothing is written
  --json               JSON report on stdout (no progress)
  -q, --quiet          only errors and warnings on stderr
  --lang id|en         language of messages

Environment:
  SIAR_YOUTUBE_FEED_BASE   replaces https://www.youtube.com/feeds/videos.xml (tests, proxies)
  SOURCE_DATE_EPOCH        the directory's "updated" time when nothing else gives one
  SIAR_NOW                 "now" for alerts.json (RFC 3339 or Unix seconds; tests, demos)
  \${NAME}                  usable in config values: "\${NAME}" or "\${NAME:-default}"

Exit codes:
  0  output complete (failed sources, if any, were covered by their last items)
  1  fatal error: invalid config, output folder not writable, another build running
  2  usage error (options or arguments)
  3  output worse than before (a failed source with nothing to keep, a feed that would be
     empty), or --strict and there were problems`,
};

const VALIDATE: Record<Lang, string> = {
  id: `Pemakaian: siar validate <berkas-atau-url> [opsi]

Mengenali jenis berkas (umpan JSON Feed termasuk alerts.json, profil siar.json, direktori,
umpan RSS/Atom, atau dokumen peringatan CAP 1.1/1.2), memeriksanya dengan JSON Schema Siar dan
aturan umpan (CAP: pembaca CAP Siar; DOCTYPE ditolak, kolom wajib diperiksa), dan melaporkan
setiap masalah dengan penunjuk JSON serta baris:kolom di berkas.

Opsi:
  --type feed|profile|directory   paksa jenis berkas
  --json                          laporan JSON di stdout
  --lang id|en                    bahasa pesan

Kode keluar:
  0  sah (peringatan boleh ada)
  1  ada galat di berkas
  2  pemakaian salah
  3  berkas atau URL tidak dapat dibaca`,
  en: `Usage: siar validate <file-or-url> [options]

Recognises the kind of file (JSON Feed including alerts.json, siar.json profile, directory,
RSS/Atom feed, or a CAP 1.1/1.2 alert document), checks it against Siar's JSON Schemas and the
feed rules (CAP: Siar's CAP reader; a DOCTYPE is refused, required fields are checked), and
reports each problem with its JSON pointer and line:column in the file.

Options:
  --type feed|profile|directory   force the kind of file
  --json                          JSON report on stdout
  --lang id|en                    language of messages

Exit codes:
  0  valid (warnings allowed)
  1  errors in the file
  2  usage error
  3  the file or URL cannot be read`,
};

export function helpText(topic: 'main' | 'build' | 'validate', lang: Lang, version: string): string {
  const text = (topic === 'main' ? MAIN : topic === 'build' ? BUILD : VALIDATE)[lang];
  return `${text.replace('{version}', version)}\n`;
}
