/**
 * The iframe embed's parameters (`embed.html?widget=releases&src=…`), checked against a
 * whitelist per widget. The query string is written by whoever makes the iframe snippet, so it is
 * untrusted input: unknown names are ignored, URLs must be `http:`/`https:`, numbers are clamped,
 * words must come from the widget's own list, and free text is length-capped (it only ever
 * becomes an attribute value, which the widget renders as text).
 *
 * The embed page also passes its allowlist (see allow.ts): then every URL that the page would
 * load or link to as the province's (`src`, `profile`, `more-href`, `fallback`) must be on the
 * page's own origin or on that list. Anything else is *refused*: left out and named in
 * `refused`, so the page shows a refusal instead of someone else's content under its address.
 */
import { allowOrigin } from './allow.js';

/** The widgets an iframe can show. `<siar-province>` is not one: `profile` is a parameter. */
export type EmbedWidget = 'releases' | 'videos' | 'directory' | 'social' | 'alert';

/** What `embed.html` renders: a tag, its attributes, and the page-level settings. */
export interface EmbedConfig {
  widget: EmbedWidget;
  tag: `siar-${EmbedWidget}`;
  /** Attribute name → value, only whitelisted and valid ones. Boolean attributes have `''`. */
  attributes: Record<string, string>;
  /** `--siar-color-accent` as `#rrggbb`, when given. */
  accent?: string;
  /** A human page to link to when the widget cannot load (`fallback`, else `more-href`, else the source). */
  fallback?: string;
  /** The `id` echoed in every `siar:resize` message (letters, digits, `-`, `_`; at most 64). */
  id: string;
  /**
   * Only when an allowlist was given: the origins of http(s) URLs that are neither the page's own
   * nor on the list, in the order met. Their parameters are left out of `attributes` and
   * `fallback`; the embed page shows a refusal instead of the widget when this is not empty.
   */
  refused?: string[];
}

type Rule =
  | { kind: 'url'; multiple?: number }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'tokens'; values: readonly string[] }
  | { kind: 'text'; max: number }
  | { kind: 'slug-list' }
  | { kind: 'flag' };

const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

/** Parameters every widget takes. */
const COMMON: Record<string, Rule> = {
  profile: { kind: 'url' },
  lang: { kind: 'enum', values: ['id', 'en'] },
  heading: { kind: 'text', max: 120 },
  'heading-level': { kind: 'int', min: 1, max: 6 },
};

/** Per widget: the attributes an iframe may set. Anything else in the query string is ignored. */
export const EMBED_RULES: Readonly<Record<EmbedWidget, Readonly<Record<string, Rule>>>> = Object.freeze({
  releases: {
    ...COMMON,
    src: { kind: 'url', multiple: 5 },
    layout: { kind: 'enum', values: ['list', 'cards', 'compact', 'ticker'] },
    limit: { kind: 'int', min: 1, max: 50 },
    category: { kind: 'text', max: 200 },
    query: { kind: 'text', max: 200 },
    show: { kind: 'tokens', values: ['image', 'date', 'summary', 'source', 'heading'] },
    'more-href': { kind: 'url' },
    'time-zone': { kind: 'enum', values: TIME_ZONES },
  },
  videos: {
    ...COMMON,
    src: { kind: 'url', multiple: 5 },
    layout: { kind: 'enum', values: ['grid', 'carousel', 'list'] },
    limit: { kind: 'int', min: 1, max: 50 },
    featured: { kind: 'flag' },
    thumbnails: { kind: 'enum', values: ['provider', 'local'] },
    'time-zone': { kind: 'enum', values: TIME_ZONES },
  },
  directory: {
    ...COMMON,
    src: { kind: 'url' },
    layout: { kind: 'enum', values: ['cards', 'compact'] },
    group: { kind: 'enum', values: ['type', 'alpha', 'none'] },
    type: { kind: 'slug-list' },
    limit: { kind: 'int', min: 0, max: 500 },
    query: { kind: 'text', max: 200 },
  },
  social: {
    ...COMMON,
    name: { kind: 'text', max: 120 },
    // `floating` is fixed to the viewport: inside an iframe it would have no height to report.
    layout: { kind: 'enum', values: ['horizontal', 'vertical'] },
    size: { kind: 'enum', values: ['small', 'medium', 'large'] },
    variant: { kind: 'enum', values: ['brand', 'mono'] },
    'show-handle': { kind: 'flag' },
    // Handles or URLs: `<siar-social>` itself accepts only each platform's real hosts.
    instagram: { kind: 'text', max: 200 },
    facebook: { kind: 'text', max: 200 },
    youtube: { kind: 'text', max: 200 },
    x: { kind: 'text', max: 200 },
    tiktok: { kind: 'text', max: 200 },
    whatsapp: { kind: 'text', max: 200 },
    threads: { kind: 'text', max: 200 },
    telegram: { kind: 'text', max: 200 },
    linkedin: { kind: 'text', max: 200 },
  },
  // No `heading`/`heading-level`: the banner has no heading. No fallback link either (embed.ts):
  // when nothing is in force the banner takes no room at all.
  alert: {
    profile: COMMON.profile!,
    lang: COMMON.lang!,
    src: { kind: 'url', multiple: 5 },
    // A regency or province name, or a `lat,lon` point: text either way, matched by the widget.
    area: { kind: 'text', max: 120 },
    'min-severity': { kind: 'enum', values: ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] },
    'min-magnitude': { kind: 'number', min: 0, max: 10 },
    kinds: { kind: 'tokens', values: ['weather', 'earthquake', 'announcement'] },
    // At least 30 s (as the widget); at most a day.
    refresh: { kind: 'int', min: 30, max: 86400 },
    'time-zone': { kind: 'enum', values: TIME_ZONES },
  },
});

/** The widget names, in the order the configurator offers them. */
export const EMBED_WIDGETS = Object.keys(EMBED_RULES) as EmbedWidget[];

/** An absolute `http:`/`https:` URL, or `undefined`. Relative URLs resolve against `base`. */
export function httpUrl(value: string, base: string): string | undefined {
  // Control characters and white space inside a URL are how `java\tscript:` hides; refuse them.
  if (!value || /[\u0000-\u0020\u007f]/.test(value.trim())) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** One parameter through its rule: the attribute value, or `undefined` to leave it out. */
function check(rule: Rule, raw: string, base: string): string | undefined {
  switch (rule.kind) {
    case 'url': {
      // One URL: the whole value (white space inside makes it invalid). Several: split as the widget does.
      if (!rule.multiple) return httpUrl(raw, base);
      const urls = raw
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, rule.multiple)
        .map((u) => httpUrl(u, base))
        .filter((u): u is string => !!u);
      return urls.length ? urls.join(' ') : undefined;
    }
    case 'int': {
      if (!/^\s*-?\d{1,12}\s*$/.test(raw)) return undefined;
      return String(Math.min(rule.max, Math.max(rule.min, Number(raw))));
    }
    case 'number': {
      // A plain decimal (`5`, `5.5`, `-1`): no exponents, hex, `Infinity` or `NaN`.
      if (!/^\s*-?\d{1,3}(?:\.\d{1,2})?\s*$/.test(raw)) return undefined;
      return String(Math.min(rule.max, Math.max(rule.min, Number(raw))));
    }
    case 'enum':
      return rule.values.includes(raw.trim()) ? raw.trim() : undefined;
    case 'tokens': {
      const tokens = [...new Set(raw.split(/[\s,]+/).filter((t) => rule.values.includes(t)))];
      // An empty list is meaningful (`show=""` hides every optional part), but only when asked for.
      return tokens.length || raw.trim() === '' ? tokens.join(' ') : undefined;
    }
    case 'text': {
      const text = raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
      return text ? [...text].slice(0, rule.max).join('') : undefined;
    }
    case 'slug-list': {
      const slugs = raw
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => /^[a-z0-9][a-z0-9-]{0,39}$/.test(s))
        .slice(0, 20);
      return slugs.length ? slugs.join(',') : undefined;
    }
    case 'flag':
      return ['', '1', 'true', 'yes', 'ya'].includes(raw.trim().toLowerCase()) ? '' : undefined;
  }
}

/** `#rgb` or `#rrggbb` → `#rrggbb`; anything else (named colours, `url()`, `;`) → `undefined`. */
export function hexColour(value: string): string | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m) return undefined;
  const hex = m[1]!.toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

/** The `id` parameter when it is letters, digits, `-` and `_` (at most 64), else `''`. */
export function embedId(params: URLSearchParams): string {
  const id = params.get('id') ?? '';
  return /^[\w-]{1,64}$/.test(id) ? id : '';
}

/**
 * Reads an embed query string. Returns `undefined` when `widget` is missing or unknown; otherwise
 * only the parameters that passed their rule. `base` is the page the URLs resolve against (the
 * embed page itself).
 *
 * With `allow` (origins, see allow.ts), URLs must also be on `base`'s origin or on that list: a
 * parameter holding any other URL is left out and its origin listed in `refused`. Without it
 * (the configurator, which cannot know a remote page's list) origins are not checked.
 */
export function parseEmbedParams(search: string | URLSearchParams, base: string, allow?: readonly string[]): EmbedConfig | undefined {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const widget = params.get('widget')?.trim() as EmbedWidget | undefined;
  if (!widget || !Object.hasOwn(EMBED_RULES, widget)) return undefined;
  const rules = EMBED_RULES[widget];
  const attributes: Record<string, string> = {};
  const refused: string[] = [];
  const allowed = allow ? new Set([new URL(base).origin, ...allow.map(allowOrigin).filter((o): o is string => !!o)]) : undefined;
  /** True when every URL of a value is allowed; otherwise records the refused origins. */
  const permitted = (urls: string[]): boolean => {
    if (!allowed) return true;
    const off = urls.map((u) => new URL(u).origin).filter((o) => !allowed.has(o));
    for (const origin of off) if (!refused.includes(origin)) refused.push(origin);
    return off.length === 0;
  };
  for (const [name, rule] of Object.entries(rules)) {
    const raw = params.get(name);
    if (raw === null) continue;
    const value = check(rule, raw, base);
    if (value === undefined) continue;
    // A list with one foreign URL is refused whole: mixed in with the province's own feed, a
    // stranger's items would look just as official.
    if (rule.kind === 'url' && !permitted(value.split(' '))) continue;
    attributes[name] = value;
  }
  const config: EmbedConfig = { widget, tag: `siar-${widget}`, attributes, id: embedId(params) };
  const accent = hexColour(params.get('accent') ?? '');
  if (accent) config.accent = accent;
  let fallback = httpUrl(params.get('fallback') ?? '', base);
  if (fallback && !permitted([fallback])) fallback = undefined;
  fallback ??= attributes['more-href'] ?? attributes.src?.split(' ')[0];
  if (fallback) config.fallback = fallback;
  if (allowed) config.refused = refused;
  return config;
}

/**
 * The embed query string for a configuration: the inverse of {@link parseEmbedParams}, used by
 * the configurator so that what it writes is exactly what the embed page accepts. Attributes the
 * widget cannot take in an iframe (or values its rules refuse) are left out.
 */
export function embedQuery(widget: EmbedWidget, attributes: Record<string, string>, extra: { accent?: string; fallback?: string; id?: string } = {}, base = 'https://example.invalid/'): string {
  const params = new URLSearchParams({ widget });
  const rules = EMBED_RULES[widget];
  for (const [name, value] of Object.entries(attributes)) {
    const rule = Object.hasOwn(rules, name) ? rules[name]! : undefined;
    if (!rule || check(rule, value, base) === undefined) continue;
    params.set(name, rule.kind === 'flag' ? '1' : value);
  }
  if (extra.accent && hexColour(extra.accent)) params.set('accent', hexColour(extra.accent)!);
  if (extra.fallback && httpUrl(extra.fallback, base)) params.set('fallback', extra.fallback);
  if (extra.id && /^[\w-]{1,64}$/.test(extra.id)) params.set('id', extra.id);
  return params.toString();
}
