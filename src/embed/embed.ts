/**
 * The iframe embed page (`dist/embed.html`): for CMSs that strip `<script>`, one widget rendered
 * from the page's query string, e.g.
 *
 * ```html
 * <iframe src="https://contohprov.go.id/siar/embed.html?widget=releases&amp;src=https%3A%2F%2Fcontohprov.go.id%2Fsiar%2Freleases.json&amp;limit=5&amp;id=berita"
 *         title="Siaran Pers Pemprov Contoh" loading="lazy" style="border:0;width:100%" height="600"></iframe>
 * ```
 *
 * Only whitelisted parameters are used (see `params.ts`), and only data from the page's own
 * origin or its built-in allowlist (`allow.ts`): a link naming any other source gets a refusal,
 * and nothing is loaded. The page loads just that widget's module from its own folder, and tells
 * its parent how tall it is whenever that changes: `postMessage({ type: 'siar:resize', height,
 * id })`, which `embed-resize.js` on the host page applies to the iframe.
 */
import { ALLOW_META, parseAllowlist } from './allow.js';
import { embedId, parseEmbedParams, type EmbedConfig } from './params.js';

/** The message an embed posts to its parent whenever its height changes. */
export interface SiarResizeMessage {
  type: 'siar:resize';
  /** The content height in CSS pixels (rounded up). */
  height: number;
  /** The `id` parameter of the embed URL (`''` when none was given). */
  id: string;
}

const DEFAULT_TITLES: Record<EmbedConfig['widget'], { id: string; en: string }> = {
  releases: { id: 'Siaran Pers', en: 'Press releases' },
  videos: { id: 'Video', en: 'Videos' },
  directory: { id: 'Direktori Perangkat Daerah', en: 'Agency directory' },
  social: { id: 'Media Sosial Resmi', en: 'Official social media' },
  alert: { id: 'Peringatan Dini', en: 'Warnings' },
};

/** Creates the configured widget (attributes only: the widget renders them as text). */
export function createWidget(doc: Document, config: EmbedConfig): HTMLElement {
  const el = doc.createElement(config.tag);
  for (const [name, value] of Object.entries(config.attributes)) el.setAttribute(name, value);
  // CSSOM, not a style attribute: allowed by the page's `style-src 'self'`.
  if (config.accent) el.style.setProperty('--siar-color-accent', config.accent);
  // The widget's light DOM is its fallback, shown until it renders and if it fails. Links inside
  // <siar-social> are read as accounts, so it gets none; <siar-alert> takes no room when nothing
  // is in force (or its sources fail), so it gets none either.
  if (config.fallback && config.widget !== 'social' && config.widget !== 'alert') {
    const link = doc.createElement('a');
    link.href = config.fallback;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = config.attributes.lang === 'en' ? 'Open the official source' : 'Buka sumber resminya';
    el.append(link);
  }
  return el;
}

/** The origins this page may read data from besides its own: its `siar-embed-allow` meta element. */
export function pageAllowlist(doc: Document): string[] {
  return parseAllowlist(doc.querySelector(`meta[name="${ALLOW_META}"]`)?.getAttribute('content'));
}

/**
 * The refusal shown instead of a widget whose parameters name sources this page does not allow,
 * in both languages (the `lang` parameter cannot be trusted to pick one here: the link is the
 * stranger's). Names the refused hosts; loads nothing.
 */
export function renderRefusal(doc: Document, refused: readonly string[], own: string): HTMLElement {
  const hosts = [...new Set(refused.map((origin) => new URL(origin).host))].join(', ');
  const box = doc.createElement('div');
  box.className = 'siar-embed-refusal';
  const say = (lang: string, text: string) => {
    const p = doc.createElement('p');
    p.className = 'siar-embed-note';
    p.lang = lang;
    p.textContent = text;
    box.append(p);
  };
  say('id', `Sumber ditolak: ${hosts}. Halaman ini hanya menampilkan informasi dari ${own} dan sumber yang diizinkan penerbitnya; tidak ada yang dimuat dari sumber lain.`);
  say('en', `Source refused: ${hosts}. This page shows information only from ${own} and the sources its publisher allows; nothing was loaded from anywhere else.`);
  return box;
}

/**
 * Posts the document's height to `target` now and whenever it changes. Returns a function that
 * stops observing.
 */
export function reportHeight(doc: Document, target: Window, id: string): () => void {
  let last = -1;
  const post = () => {
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: SiarResizeMessage = { type: 'siar:resize', height, id };
    // The height is not a secret and the host's origin is unknown: any parent may read it. The
    // host snippet checks that the message comes from its own iframe.
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(doc.documentElement);
  post();
  return () => observer.disconnect();
}

/** Boots the embed page: reads the query string, loads the widget's module, renders, reports height. */
export async function start(win: Window = window): Promise<HTMLElement | undefined> {
  const doc = win.document;
  const params = new URLSearchParams(win.location.search);
  const config = parseEmbedParams(params, win.location.href, pageAllowlist(doc));
  const main = doc.createElement('main');
  doc.body.append(main);
  if (win.parent !== win) reportHeight(doc, win.parent, embedId(params));
  if (!config) {
    const note = doc.createElement('p');
    note.className = 'siar-embed-note';
    note.textContent = 'Widget Siar tidak dikenal. Pilih widget=releases, videos, directory, social atau alert. / Unknown Siar widget.';
    main.append(note);
    return undefined;
  }
  if (config.refused?.length) {
    doc.title = 'Sumber ditolak / Source refused';
    main.append(renderRefusal(doc, config.refused, win.location.host));
    return undefined;
  }
  const lang = config.attributes.lang ?? 'id';
  doc.documentElement.lang = lang;
  const names = DEFAULT_TITLES[config.widget];
  doc.title = config.attributes.heading ?? (lang === 'en' ? names.en : names.id);
  const el = createWidget(doc, config);
  main.append(el);
  // Only this widget's module (and the chunks it shares), from the folder this script is in.
  await import(/* @vite-ignore */ new URL(`./elements/${config.tag}.js`, import.meta.url).href);
  return el;
}
