// Siar configurator: pick a widget and its options, see it live, copy a script-tag or an iframe
// snippet. A plain ES module with no build step; no inline script or style, no innerHTML, so it
// runs under the page's strict Content-Security-Policy and Trusted Types.
//
// The preview is built from the same attribute list as the snippets, so what you see is what you
// paste. The iframe snippet's query string comes from the embed page's own whitelist
// (cdn/embed-params.js), so it carries exactly what embed.html accepts.
import '../cdn/siar.js';
import { embedQuery, parseEmbedParams } from '../cdn/embed-params.js';
import { reservationStyle } from './configurator.reserve.js';

// ---------------------------------------------------------------------------------------------
// Interface strings (Bahasa Indonesia first). Keys match the data-i18n attributes in the page.

const STRINGS = {
  id: {
    pageTitle: 'Konfigurator widget · Siar demo',
    skip: 'Langsung ke pengaturan',
    title: 'Konfigurator widget',
    navLabel: 'Halaman demo',
    navHome: 'Beranda',
    navReleases: 'Siaran pers',
    navVideos: 'Video',
    navDirectory: 'Direktori',
    navConfigurator: 'Konfigurator',
    navReact: 'Contoh React',
    intro:
      'Pilih widget dan pilihannya; pratinjau berubah seketika. Lalu salin kode tag script (bila CMS Anda mengizinkan script) atau kode iframe (bila CMS membuang script).',
    widgetLegend: '1. Widget',
    wReleases: 'Siaran pers',
    wVideos: 'Video',
    wDirectory: 'Direktori perangkat daerah',
    wSocial: 'Media sosial resmi',
    wAlert: 'Peringatan dini dan pengumuman penting',
    sourceLegend: '2. Sumber data',
    sourceSrc: 'Alamat umpan',
    sourceProfile: 'Profil provinsi',
    srcLabel: 'Alamat umpan (RSS, Atom, JSON Feed, directory.json atau CAP)',
    srcHint: 'Alamat relatif dihitung dari halaman ini. Siaran pers, video dan peringatan boleh beberapa alamat, dipisah spasi.',
    profileLabel: 'Alamat profil provinsi (siar.json)',
    profileHint: 'Satu profil mengatur semua widget: umpan, direktori, zona waktu dan akun resmi.',
    optionsReleases: '3. Pilihan siaran pers',
    optionsVideos: '3. Pilihan video',
    optionsDirectory: '3. Pilihan direktori',
    optionsSocial: '3. Pilihan media sosial',
    optionsAlert: '3. Pilihan peringatan',
    area: 'Wilayah',
    areaHint: 'Nama kabupaten/kota atau provinsi, atau titik lat,lon. Kosong: semua wilayah.',
    minSeverity: 'Tingkat bahaya terendah',
    sevExtreme: 'Ekstrem (Extreme)',
    sevSevere: 'Berat (Severe)',
    sevModerate: 'Sedang (Moderate)',
    sevMinor: 'Ringan (Minor)',
    sevUnknown: 'Semua, juga yang tidak diketahui (Unknown)',
    minMagnitude: 'Magnitudo gempa terendah',
    minMagnitudeHint: 'Dari 0 sampai 10, mis. 5 atau 4,5.',
    refresh: 'Perbarui setiap (detik)',
    refreshHint: 'Paling sedikit 30 detik.',
    kinds: 'Jenis peringatan',
    kindWeather: 'cuaca',
    kindEarthquake: 'gempa bumi',
    kindAnnouncement: 'pengumuman',
    layout: 'Tata letak',
    limit: 'Jumlah',
    category: 'Kategori atau jenis',
    categoryHint: 'Dipisah koma, mis. Kesehatan atau hoax-clarification.',
    query: 'Kata kunci',
    timeZone: 'Zona waktu',
    timeZoneAuto: 'Dari profil, atau WIB',
    moreHref: 'Alamat halaman semua berita',
    show: 'Bagian yang ditampilkan',
    showHeading: 'judul widget',
    showImage: 'gambar',
    showDate: 'tanggal',
    showSummary: 'ringkasan',
    showSource: 'sumber',
    thumbnails: 'Gambar pratinjau video',
    thumbProvider: 'Dari umpan atau penyedia video',
    thumbLocal: 'Hanya dari umpan (tanpa server penyedia)',
    featured: 'Video pertama besar',
    group: 'Pengelompokan',
    groupType: 'Menurut jenis',
    groupAlpha: 'Abjad A–Z',
    groupNone: 'Tanpa kelompok',
    types: 'Jenis perangkat daerah',
    typesHint: 'Dipisah koma, mis. dinas,badan atau rsud. Kosong: semua.',
    limitDirectory: 'Jumlah sebelum tombol “tampilkan semua”',
    limitDirectoryHint: '0: semua sekaligus.',
    queryDirectory: 'Pencarian awal',
    socialName: 'Nama pemilik akun',
    socialNameHint: 'Untuk nama yang dibacakan, mis. “Instagram resmi Pemprov Contoh”.',
    horizontal: 'mendatar (horizontal)',
    vertical: 'tegak (vertical)',
    floating: 'mengambang di sisi layar (floating)',
    size: 'Ukuran',
    small: 'kecil',
    medium: 'sedang',
    large: 'besar',
    variant: 'Warna ikon',
    brand: 'warna merek',
    mono: 'satu warna',
    showHandle: 'Tampilkan nama akun',
    accounts: 'Akun (nama akun atau alamat; kosong: dari profil)',
    lookLegend: '4. Bahasa, judul dan warna',
    lang: 'Bahasa widget',
    langAuto: 'Ikuti halaman',
    heading: 'Judul widget',
    headingHint: 'Kosong: judul bawaan, mis. “Siaran Pers”.',
    headingLevel: 'Tingkat judul',
    headingLevelHint: 'Sesuaikan dengan kerangka halaman Anda.',
    accentOn: 'Warna aksen sendiri',
    accent: 'Warna aksen',
    accentHint: 'Untuk tautan dan tombol (--siar-color-accent).',
    fallback: 'Tautan cadangan (tanpa JavaScript atau bila gagal)',
    fallbackHint: 'Mis. halaman berita situs provinsi.',
    libraryLegend: '5. Alamat pustaka Siar',
    libraryCdn: 'CDN jsDelivr, versi dipatok dengan SRI',
    librarySelf: 'Server sendiri',
    base: 'Alamat folder cdn/ Siar di server Anda',
    baseHint: 'Iframe selalu memakai alamat ini: halaman embed.html harus di-host sendiri (jsDelivr tidak menyajikan halaman HTML).',
    previewHeading: 'Pratinjau',
    previewAs: 'Tampilkan sebagai',
    previewScript: 'tag script',
    previewIframe: 'iframe',
    codeHeading: 'Kode untuk disalin',
    scriptHeading: 'Tag script',
    scriptHint: 'Untuk halaman dan CMS yang mengizinkan script, mis. blok HTML Khusus di WordPress.',
    iframeHeading: 'Iframe',
    iframeHint: 'Untuk CMS yang membuang script. Baris script kedua (opsional) menyesuaikan tinggi iframe dengan isinya.',
    copyScript: 'Salin kode tag script',
    copyIframe: 'Salin kode iframe',
    footer: 'Siar — satu sumber, semua kanal. Data contoh fiktif.',
    // Messages
    invalidUrl: 'Alamat harus diawali http:// atau https:// (atau relatif terhadap halaman ini).',
    invalidNumber: 'Masukkan angka dari {min} sampai {max}.',
    invalidInteger: 'Masukkan bilangan bulat dari {min} sampai {max}.',
    kindsRequired: 'Pilih paling sedikit satu jenis peringatan.',
    iframeAlertNote: 'Peringatan tidak memakan tempat bila tidak ada yang berlaku: iframe-nya setinggi 0 dan baris script kedua wajib dipasang agar tumbuh saat peringatan tiba.',
    copied: 'Kode {what} sudah disalin.',
    copyManual: 'Tidak dapat menyalin otomatis. Kode sudah dipilih: tekan Ctrl+C (⌘C di Mac).',
    whatScript: 'tag script',
    whatIframe: 'iframe',
    previewLoading: 'Pratinjau sedang memuat…',
    previewReady: 'Pratinjau siap.',
    previewReadyCount: 'Pratinjau siap: {count} butir.',
    previewEmpty: 'Pratinjau: belum ada informasi untuk ditampilkan.',
    previewError: 'Pratinjau: sumber tidak dapat dimuat ({kind}).',
    iframeDropped: 'Tidak berlaku dalam iframe dan dilewati: {list}.',
    fallbackText: { releases: 'Siaran Pers', videos: 'Video', directory: 'Direktori Perangkat Daerah', social: 'Media Sosial Resmi', alert: 'Peringatan Dini' },
    iframeTitle: { releases: 'Siaran Pers', videos: 'Video', directory: 'Direktori Perangkat Daerah', social: 'Media Sosial Resmi', alert: 'Peringatan Dini' },
  },
  en: {
    pageTitle: 'Widget configurator · Siar demo',
    skip: 'Skip to the settings',
    title: 'Widget configurator',
    navLabel: 'Demo pages',
    navHome: 'Home',
    navReleases: 'Press releases',
    navVideos: 'Videos',
    navDirectory: 'Directory',
    navConfigurator: 'Configurator',
    navReact: 'React example',
    intro:
      'Choose a widget and its options; the preview follows at once. Then copy the script-tag code (if your CMS allows scripts) or the iframe code (if your CMS strips scripts).',
    widgetLegend: '1. Widget',
    wReleases: 'Press releases',
    wVideos: 'Videos',
    wDirectory: 'Agency directory',
    wSocial: 'Official social media',
    wAlert: 'Warnings and urgent announcements',
    sourceLegend: '2. Data source',
    sourceSrc: 'Feed address',
    sourceProfile: 'Province profile',
    srcLabel: 'Feed address (RSS, Atom, JSON Feed, directory.json or CAP)',
    srcHint: 'Relative addresses resolve against this page. Releases, videos and warnings take several addresses, separated by spaces.',
    profileLabel: 'Province profile address (siar.json)',
    profileHint: 'One profile configures every widget: feeds, directory, time zone and official accounts.',
    optionsReleases: '3. Press release options',
    optionsVideos: '3. Video options',
    optionsDirectory: '3. Directory options',
    optionsSocial: '3. Social media options',
    optionsAlert: '3. Warning options',
    area: 'Area',
    areaHint: 'A regency, city or province name, or a lat,lon point. Empty: every area.',
    minSeverity: 'Least severity shown',
    sevExtreme: 'Extreme',
    sevSevere: 'Severe',
    sevModerate: 'Moderate',
    sevMinor: 'Minor',
    sevUnknown: 'All, including unknown (Unknown)',
    minMagnitude: 'Least earthquake magnitude',
    minMagnitudeHint: 'From 0 to 10, e.g. 5 or 4.5.',
    refresh: 'Refresh every (seconds)',
    refreshHint: 'At least 30 seconds.',
    kinds: 'Kinds of warning',
    kindWeather: 'weather',
    kindEarthquake: 'earthquake',
    kindAnnouncement: 'announcement',
    layout: 'Layout',
    limit: 'Number of items',
    category: 'Category or kind',
    categoryHint: 'Comma-separated, e.g. Kesehatan or hoax-clarification.',
    query: 'Keywords',
    timeZone: 'Time zone',
    timeZoneAuto: 'From the profile, else WIB',
    moreHref: 'Address of the page with all releases',
    show: 'Parts to show',
    showHeading: 'widget heading',
    showImage: 'image',
    showDate: 'date',
    showSummary: 'summary',
    showSource: 'source',
    thumbnails: 'Video thumbnails',
    thumbProvider: 'From the feed or the video provider',
    thumbLocal: 'From the feed only (no provider server)',
    featured: 'First video large',
    group: 'Grouping',
    groupType: 'By type',
    groupAlpha: 'Alphabetical A–Z',
    groupNone: 'No groups',
    types: 'Agency types',
    typesHint: 'Comma-separated, e.g. dinas,badan or rsud. Empty: all.',
    limitDirectory: 'Agencies shown before “show all”',
    limitDirectoryHint: '0: all at once.',
    queryDirectory: 'Initial search',
    socialName: 'Account owner’s name',
    socialNameHint: 'Used in spoken names, e.g. “Official Instagram of Pemprov Contoh”.',
    horizontal: 'horizontal',
    vertical: 'vertical',
    floating: 'floating at the side of the screen',
    size: 'Size',
    small: 'small',
    medium: 'medium',
    large: 'large',
    variant: 'Icon colours',
    brand: 'brand colours',
    mono: 'one colour',
    showHandle: 'Show account names',
    accounts: 'Accounts (handle or address; empty: from the profile)',
    lookLegend: '4. Language, heading and colour',
    lang: 'Widget language',
    langAuto: 'Follow the page',
    heading: 'Widget heading',
    headingHint: 'Empty: the default heading, e.g. “Press releases”.',
    headingLevel: 'Heading level',
    headingLevelHint: 'Match your page’s outline.',
    accentOn: 'Own accent colour',
    accent: 'Accent colour',
    accentHint: 'For links and buttons (--siar-color-accent).',
    fallback: 'Fallback link (without JavaScript or on failure)',
    fallbackHint: 'E.g. the news page of the province’s site.',
    libraryLegend: '5. Where Siar is loaded from',
    libraryCdn: 'jsDelivr CDN, version pinned with SRI',
    librarySelf: 'Own server',
    base: 'Address of Siar’s cdn/ folder on your server',
    baseHint: 'The iframe always uses this address: embed.html must be self-hosted (jsDelivr does not serve HTML pages).',
    previewHeading: 'Preview',
    previewAs: 'Show as',
    previewScript: 'script tag',
    previewIframe: 'iframe',
    codeHeading: 'Code to copy',
    scriptHeading: 'Script tag',
    scriptHint: 'For pages and CMSs that allow scripts, e.g. a Custom HTML block in WordPress.',
    iframeHeading: 'Iframe',
    iframeHint: 'For CMSs that strip scripts. The second, optional script line fits the iframe’s height to its content.',
    copyScript: 'Copy the script-tag code',
    copyIframe: 'Copy the iframe code',
    footer: 'Siar — one source, every channel. Sample data is fictional.',
    invalidUrl: 'The address must start with http:// or https:// (or be relative to this page).',
    invalidNumber: 'Enter a number from {min} to {max}.',
    invalidInteger: 'Enter a whole number from {min} to {max}.',
    kindsRequired: 'Choose at least one kind of warning.',
    iframeAlertNote: 'Warnings take no room when none is in force: the iframe starts 0 high, and the second script line is required so that it grows when a warning arrives.',
    copied: 'The {what} code is copied.',
    copyManual: 'Could not copy automatically. The code is selected: press Ctrl+C (⌘C on a Mac).',
    whatScript: 'script-tag',
    whatIframe: 'iframe',
    previewLoading: 'The preview is loading…',
    previewReady: 'The preview is ready.',
    previewReadyCount: 'The preview is ready: {count} items.',
    previewEmpty: 'Preview: nothing to show yet.',
    previewError: 'Preview: the source could not be loaded ({kind}).',
    iframeDropped: 'Not available in an iframe, left out: {list}.',
    fallbackText: { releases: 'Press releases', videos: 'Videos', directory: 'Agency directory', social: 'Official social media', alert: 'Warnings' },
    iframeTitle: { releases: 'Press releases', videos: 'Videos', directory: 'Agency directory', social: 'Official social media', alert: 'Warnings' },
  },
};

const DEFAULT_SOURCES = {
  releases: 'data/releases.json',
  videos: 'data/videos.json',
  directory: 'data/directory.json',
  social: '',
  alert: 'data/alerts.json',
};
const DEFAULT_PROFILE = 'data/siar.json';
/**
 * A rough height for an iframe whose host page has no resize script. The alert banner takes no
 * room when nothing is in force, so its iframe starts at 0 and needs the resize script to grow.
 */
const IFRAME_HEIGHT = { releases: 640, videos: 720, directory: 900, social: 96, alert: 0 };
/** Widgets without a light-DOM fallback link: social reads its links as accounts; alert takes no room. */
const NO_FALLBACK = new Set(['social', 'alert']);
/** Widgets without a heading (the banner has none). */
const NO_HEADING = new Set(['alert']);
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
const VIDEO_ALLOW = 'fullscreen; autoplay; encrypted-media; picture-in-picture';

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];
const form = $('#config');

let uiLang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'id';
/** cdn/sri.json, when it could be read: the version and integrity of cdn/siar.js. */
let sri;
const distUrl = new URL('../cdn/', import.meta.url).href;

function t(key, params = {}) {
  const text = STRINGS[uiLang][key] ?? STRINGS.id[key] ?? key;
  return typeof text === 'string' ? text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? '')) : text;
}

// ---------------------------------------------------------------------------------------------
// Reading the form into one configuration.

/** `value` as an absolute http(s) URL (relative to this page), `''` when empty, `null` when invalid. */
function absoluteUrl(value) {
  const text = value.trim();
  if (!text) return '';
  try {
    const url = new URL(text, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Checks a URL field (one URL, or several separated by spaces) and shows its error. */
function urlField(input, { multiple = false } = {}) {
  const parts = multiple ? input.value.split(/\s+/).filter(Boolean) : [input.value];
  const urls = parts.map(absoluteUrl);
  const invalid = urls.some((u) => u === null);
  const error = document.getElementById(`${input.id}-error`);
  input.setAttribute('aria-invalid', String(invalid));
  if (error) {
    error.hidden = !invalid;
    error.textContent = invalid ? t('invalidUrl') : '';
  }
  return invalid ? '' : urls.filter(Boolean).join(' ');
}

/** Shows or clears the error paragraph `${id}-error` of a control. */
function showError(control, message) {
  const error = document.getElementById(`${control.id}-error`);
  if (control.matches('input, select, textarea')) control.setAttribute('aria-invalid', String(!!message));
  if (error) {
    error.hidden = !message;
    error.textContent = message;
  }
}

/**
 * A number field that refuses rather than clamps (`data-strict`): the value as the attribute
 * writes it, `''` when empty, `null` when it is not a number in [min, max] (or not whole, with
 * `data-integer`). The error is shown beside the field.
 */
function strictNumber(control) {
  const text = control.value.trim();
  const min = Number(control.min);
  const max = Number(control.max);
  const integer = control.hasAttribute('data-integer');
  const n = Number(text);
  const ok = !control.validity.badInput && (text === '' || (/^-?\d+(\.\d+)?$/.test(text) && n >= min && n <= max && (!integer || Number.isInteger(n))));
  showError(control, ok ? '' : t(integer ? 'invalidInteger' : 'invalidNumber', { min, max }));
  return !ok ? null : text === '' ? '' : String(n);
}

function currentWidget() {
  return $('input[name="widget"]:checked', form).value;
}

/**
 * The configuration: the tag, its attributes in a stable order (only those that differ from the
 * widget's defaults), the accent colour and the fallback link.
 */
function readConfig() {
  const widget = currentWidget();
  const attributes = [];
  const add = (name, value) => attributes.push([name, value]);

  const mode = widget === 'social' ? 'profile' : $('input[name="source"]:checked', form).value;
  if (mode === 'src') {
    const src = urlField($('#src'), { multiple: widget === 'releases' || widget === 'videos' || widget === 'alert' });
    if (src) add('src', src);
  } else {
    const profile = urlField($('#profile'));
    if (profile) add('profile', profile);
  }

  const panel = $(`fieldset[data-widget="${widget}"]`, form);
  for (const control of $$('[data-attr]', panel)) {
    const name = control.dataset.attr;
    if (control.matches('fieldset.tokens')) {
      const chosen = $$('input[type="checkbox"]', control).filter((c) => c.checked).map((c) => c.value);
      const all = $$('input[type="checkbox"]', control).map((c) => c.value);
      // A required list (the alert's kinds) cannot be empty: none chosen is an error, not "none".
      const missing = control.hasAttribute('data-required') && chosen.length === 0;
      if (control.hasAttribute('data-required')) showError(control, missing ? t('kindsRequired') : '');
      if (!missing && chosen.length !== all.length) add(name, chosen.join(' '));
    } else if (control.type === 'checkbox') {
      if (control.checked) add(name, '');
    } else if (control.type === 'number' && control.hasAttribute('data-strict')) {
      const value = strictNumber(control);
      if (value && value !== control.dataset.default) add(name, value);
    } else if (control.type === 'number') {
      const n = Math.round(Number(control.value));
      if (control.value.trim() !== '' && Number.isFinite(n)) {
        const clamped = String(Math.min(Number(control.max), Math.max(Number(control.min), n)));
        if (clamped !== control.dataset.default) add(name, clamped);
      }
    } else if (control.hasAttribute('data-url')) {
      const url = urlField(control);
      if (url) add(name, url);
    } else {
      // (`maxlength` stops typing, not pasting through script: the cap holds here too.)
      const value = [...control.value.trim()].slice(0, control.maxLength > 0 ? control.maxLength : undefined).join('').trim();
      if (value && value !== (control.dataset.default ?? '')) add(name, value);
    }
  }

  for (const id of NO_HEADING.has(widget) ? ['lang'] : ['lang', 'heading', 'heading-level']) {
    const control = document.getElementById(id);
    const value = control.value.trim();
    if (value && value !== (control.dataset.default ?? '')) add(control.dataset.attr, value);
  }

  const accent = $('#accent-on').checked ? $('#accent').value.toLowerCase() : '';
  const fallback = NO_FALLBACK.has(widget) ? '' : urlField($('#fallback'));
  return { widget, tag: `siar-${widget}`, attributes, accent, fallback };
}

/** Where the snippets load Siar from. */
function readLibrary() {
  const base = urlField($('#base'));
  const self = (base || distUrl).replace(/\/?$/, '/');
  const cdn = $('input[name="library"]:checked', form).value === 'cdn';
  const script = cdn ? (sri?.url ?? 'https://cdn.jsdelivr.net/npm/siar/cdn/siar.js') : `${self}siar.js`;
  // SRI pins the CDN's copy of this exact version. A self-hosted copy is the webmaster's own
  // file: a hash there would only break every embed on the day they update it.
  const integrity = sri && cdn ? sri.integrity : undefined;
  return { script, integrity, embed: `${self}embed.html`, resize: `${self}embed-resize.js` };
}

// ---------------------------------------------------------------------------------------------
// Snippets.

const escapeAttr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function attributeText([name, value]) {
  return value === '' && name !== 'show' ? name : `${name}="${escapeAttr(value)}"`;
}

/** `<tag a="1" b="2">` on one line, or (`wrap`) one attribute per line when long. */
function openTag(tag, attributes, wrap = true) {
  const parts = attributes.map(attributeText);
  const line = `<${[tag, ...parts].join(' ')}>`;
  return !wrap || line.length <= 100 ? line : `<${tag}\n  ${parts.join('\n  ')}\n>`;
}

function fallbackLabel(config) {
  const heading = config.attributes.find(([name]) => name === 'heading')?.[1];
  const lang = config.attributes.find(([name]) => name === 'lang')?.[1] || uiLang;
  return heading || STRINGS[lang === 'en' ? 'en' : 'id'].fallbackText[config.widget];
}

function scriptSnippet(config, library) {
  const script = [['type', 'module'], ['src', library.script]];
  if (library.integrity) script.push(['integrity', library.integrity], ['crossorigin', 'anonymous']);
  const attributes = [...config.attributes];
  if (config.accent) attributes.push(['style', `--siar-color-accent: ${config.accent}`]);
  const lines = [`${openTag('script', script, false)}</script>`];
  // The room the widget will take, held before the script has defined it (no layout shift).
  if (config.widget === 'releases') {
    const attr = Object.fromEntries(config.attributes);
    const style = reservationStyle({ layout: attr.layout, limit: attr.limit, show: attr.show, moreHref: attr['more-href'] });
    if (style) lines.push(style);
  }
  if (config.fallback) {
    lines.push(openTag(config.tag, attributes));
    lines.push(`  <a href="${escapeAttr(config.fallback)}">${escapeText(fallbackLabel(config))}</a>`);
    lines.push(`</${config.tag}>`);
  } else {
    lines.push(`${openTag(config.tag, attributes)}</${config.tag}>`);
  }
  return lines.join('\n');
}

function iframeUrl(config, library) {
  const query = embedQuery(config.widget, Object.fromEntries(config.attributes), {
    accent: config.accent || undefined,
    fallback: config.fallback || undefined,
    id: `siar-${config.widget}`,
  });
  return `${library.embed}?${query}`;
}

function iframeTitle(config) {
  return fallbackLabel(config) || t('iframeTitle')[config.widget];
}

function iframeSnippet(config, library) {
  const attributes = [
    ['src', iframeUrl(config, library)],
    ['title', iframeTitle(config)],
    ['loading', 'lazy'],
    ['style', 'border:0;width:100%'],
    ['height', String(IFRAME_HEIGHT[config.widget])],
    ['sandbox', SANDBOX],
  ];
  if (config.widget === 'videos') attributes.push(['allow', VIDEO_ALLOW]);
  return [`${openTag('iframe', attributes)}</iframe>`, `<script src="${escapeAttr(library.resize)}" async></script>`].join('\n');
}

/** Options the embed page will not take (its whitelist), to tell the user. */
function droppedInIframe(config, library) {
  const parsed = parseEmbedParams(new URL(iframeUrl(config, library)).searchParams, library.embed);
  if (!parsed) return [];
  return config.attributes.filter(([name, value]) => parsed.attributes[name] !== value).map(([name, value]) => `${name}="${value}"`);
}

// ---------------------------------------------------------------------------------------------
// Preview.

const preview = $('#preview');
const previewStatus = $('#preview-status');
let previewKey = '';
let stateObserver;

/** What the preview widget reported (`siar-load` count, `siar-error` kind): kept off its attributes. */
const reported = new WeakMap();

function announcePreview(el) {
  const state = el.getAttribute('state');
  const { count, kind } = reported.get(el) ?? {};
  if (state === 'loading' || !state) previewStatus.textContent = t('previewLoading');
  else if (state === 'ready') previewStatus.textContent = count !== undefined ? t('previewReadyCount', { count }) : t('previewReady');
  else if (state === 'empty') previewStatus.textContent = t('previewEmpty');
  else if (state === 'error') previewStatus.textContent = t('previewError', { kind: kind ?? '' });
}

/** The widget exactly as the script snippet writes it (CSSOM for the colour: CSP-safe). */
function createWidget(config) {
  const el = document.createElement(config.tag);
  for (const [name, value] of config.attributes) el.setAttribute(name, value);
  if (config.accent) el.style.setProperty('--siar-color-accent', config.accent);
  if (config.fallback) {
    const link = document.createElement('a');
    link.href = config.fallback;
    link.textContent = fallbackLabel(config);
    el.append(link);
  }
  el.addEventListener('siar-load', (event) => reported.set(el, { count: event.detail?.count }));
  el.addEventListener('siar-error', (event) => reported.set(el, { kind: event.detail?.kind }));
  return el;
}

function renderPreview(config, library, force = false) {
  const mode = $('input[name="preview-mode"]:checked').value;
  const key = JSON.stringify([mode, config, mode === 'iframe' ? library.embed : '', uiLang]);
  if (key === previewKey && !force) return;
  previewKey = key;
  stateObserver?.disconnect();
  if (mode === 'iframe') {
    const frame = document.createElement('iframe');
    frame.src = iframeUrl(config, library);
    frame.title = iframeTitle(config);
    frame.height = String(IFRAME_HEIGHT[config.widget]);
    frame.className = 'preview-frame';
    frame.setAttribute('sandbox', SANDBOX);
    if (config.widget === 'videos') frame.allow = VIDEO_ALLOW;
    preview.replaceChildren(frame);
    previewStatus.textContent = '';
    return;
  }
  const el = createWidget(config);
  preview.replaceChildren(el);
  stateObserver = new MutationObserver(() => announcePreview(el));
  stateObserver.observe(el, { attributes: true, attributeFilter: ['state'] });
}

// ---------------------------------------------------------------------------------------------
// Updating everything.

function syncVisibility() {
  const widget = currentWidget();
  for (const panel of $$('fieldset[data-widget]', form)) {
    const on = panel.dataset.widget === widget;
    panel.hidden = !on;
    panel.disabled = !on;
  }
  const social = widget === 'social';
  const mode = $('input[name="source"]:checked', form).value;
  $('#source-choices').hidden = social;
  $('#field-src').hidden = social || mode !== 'src';
  $('#field-profile').hidden = !social && mode !== 'profile';
  $('#field-fallback').hidden = NO_FALLBACK.has(widget);
  $('#field-heading').hidden = NO_HEADING.has(widget);
  $('#field-heading-level').hidden = NO_HEADING.has(widget);
  $('#accent').disabled = !$('#accent-on').checked;
}

function update({ force = false } = {}) {
  syncVisibility();
  const config = readConfig();
  const library = readLibrary();
  $('#snippet-script').value = scriptSnippet(config, library);
  $('#snippet-iframe').value = iframeSnippet(config, library);
  const dropped = droppedInIframe(config, library);
  const notes = [];
  if (dropped.length) notes.push(t('iframeDropped', { list: dropped.join(', ') }));
  if (IFRAME_HEIGHT[config.widget] === 0) notes.push(t('iframeAlertNote'));
  const note = $('#iframe-note');
  note.hidden = !notes.length;
  note.textContent = notes.join(' ');
  renderPreview(config, library, force);
}

let timer;
function updateSoon() {
  clearTimeout(timer);
  timer = setTimeout(update, 300);
}

/** A new widget keeps a custom source, but trades one default sample for another. */
function onWidgetChange() {
  const widget = currentWidget();
  const src = $('#src');
  if (!src.value.trim() || Object.values(DEFAULT_SOURCES).includes(src.value.trim())) src.value = DEFAULT_SOURCES[widget];
  update();
}

// ---------------------------------------------------------------------------------------------
// Copying.

const copyStatus = $('#copy-status');

function say(message) {
  // Cleared first so that the same message twice is announced twice.
  copyStatus.textContent = '';
  setTimeout(() => {
    copyStatus.textContent = message;
  }, 50);
}

async function copy(button) {
  const area = document.getElementById(button.dataset.copy);
  const what = t(area.id === 'snippet-script' ? 'whatScript' : 'whatIframe');
  try {
    await navigator.clipboard.writeText(area.value);
    say(t('copied', { what }));
  } catch {
    area.focus();
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    say(ok ? t('copied', { what }) : t('copyManual'));
  }
}

// ---------------------------------------------------------------------------------------------
// Language of the interface.

function setUiLang(lang) {
  uiLang = lang;
  document.documentElement.lang = lang;
  document.title = t('pageTitle');
  for (const node of $$('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of $$('[data-i18n-aria-label]')) node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
  for (const button of $$('.lang-switch button')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  const url = new URL(location.href);
  if (lang === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  history.replaceState(null, '', url);
  // A widget without `lang` follows the page, so the preview is rebuilt in the new language.
  update({ force: true });
}

// ---------------------------------------------------------------------------------------------
// Start.

$('#src').value = DEFAULT_SOURCES.releases;
$('#profile').value = DEFAULT_PROFILE;
$('#base').value = distUrl;

form.addEventListener('input', (event) => {
  if (event.target.matches('input[type="text"], input[type="search"], input[type="number"], input[type="color"]')) updateSoon();
});
form.addEventListener('change', (event) => {
  if (event.target.name === 'widget') onWidgetChange();
  else update();
});
form.addEventListener('submit', (event) => event.preventDefault());
for (const radio of $$('input[name="preview-mode"]')) radio.addEventListener('change', () => update());
for (const button of $$('button[data-copy]')) button.addEventListener('click', () => copy(button));
for (const button of $$('.lang-switch button')) button.addEventListener('click', () => setUiLang(button.dataset.lang));

try {
  const response = await fetch(new URL('sri.json', distUrl));
  if (response.ok) sri = await response.json();
} catch {
  // Without sri.json the CDN snippet is unpinned and without integrity; it still works.
}
if (uiLang === 'en') setUiLang('en');
else update();
document.documentElement.dataset.ready = '';
