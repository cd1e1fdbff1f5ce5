import { svg, type SVGTemplateResult } from 'lit';

/**
 * The platforms `<siar-social>` knows, each with its real hosts, how a handle becomes a URL, a
 * brand colour that keeps white icons at WCAG AA contrast, and a small inline SVG icon (no icon
 * font, no third-party request).
 */

export type Platform = 'instagram' | 'facebook' | 'youtube' | 'x' | 'tiktok' | 'whatsapp' | 'threads' | 'telegram' | 'linkedin';

export interface PlatformInfo {
  label: string;
  hosts: readonly string[];
  /** Valid handle (without `@` unless the platform writes one). */
  handle: RegExp;
  url: (handle: string) => string;
  /** Reads the handle back from a URL path, for the optional handle text. */
  handleFromPath: (path: string) => string | undefined;
  color: string;
  icon: SVGTemplateResult;
}

const firstSegment = (path: string) => path.split('/').filter(Boolean)[0];

export const PLATFORMS: Readonly<Record<Platform, PlatformInfo>> = {
  instagram: {
    label: 'Instagram',
    hosts: ['instagram.com'],
    handle: /^[A-Za-z0-9._]{1,30}$/,
    url: (h) => `https://www.instagram.com/${h}/`,
    handleFromPath: (p) => firstSegment(p),
    color: '#c13584',
    icon: svg`<rect x="3" y="3" width="18" height="18" rx="5" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="12" cy="12" r="4" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="17.3" cy="6.7" r="1.3" fill="currentColor"/>`,
  },
  facebook: {
    label: 'Facebook',
    hosts: ['facebook.com', 'fb.com'],
    handle: /^[A-Za-z0-9.]{5,50}$/,
    url: (h) => `https://www.facebook.com/${h}`,
    handleFromPath: (p) => firstSegment(p),
    color: '#1864d6',
    icon: svg`<path fill="currentColor" d="M13.5 21v-7.5h2.6l.4-3h-3V8.6c0-.9.3-1.5 1.6-1.5h1.6V4.4c-.3 0-1.2-.1-2.3-.1-2.3 0-3.9 1.4-3.9 4v2.2H7.9v3h2.6V21z"/>`,
  },
  youtube: {
    label: 'YouTube',
    hosts: ['youtube.com'],
    handle: /^@?[A-Za-z0-9._-]{3,30}$/,
    url: (h) => `https://www.youtube.com/${h.startsWith('@') ? h : `@${h}`}`,
    handleFromPath: (p) => firstSegment(p),
    color: '#cc0000',
    icon: svg`<rect x="2" y="5" width="20" height="14" rx="4" fill="currentColor"/><path d="M10 9v6l5-3z" fill="var(--_icon-bg, #fff)"/>`,
  },
  x: {
    label: 'X (Twitter)',
    hosts: ['x.com', 'twitter.com'],
    handle: /^@?[A-Za-z0-9_]{1,15}$/,
    url: (h) => `https://x.com/${h.replace(/^@/, '')}`,
    handleFromPath: (p) => firstSegment(p),
    color: '#000000',
    icon: svg`<path fill="currentColor" d="M17.8 3h3l-6.6 7.6L22 21h-6.1l-4.8-6.2L5.6 21h-3l7.1-8.1L2.2 3h6.2l4.3 5.7zm-1 16.2h1.7L7.3 4.7H5.5z"/>`,
  },
  tiktok: {
    label: 'TikTok',
    hosts: ['tiktok.com'],
    handle: /^@?[A-Za-z0-9._]{2,24}$/,
    url: (h) => `https://www.tiktok.com/${h.startsWith('@') ? h : `@${h}`}`,
    handleFromPath: (p) => firstSegment(p),
    color: '#000000',
    icon: svg`<path fill="currentColor" d="M16.6 2h-3.3v13.2a2.9 2.9 0 1 1-2.9-2.9c.3 0 .6 0 .9.1V9a6.3 6.3 0 1 0 5.3 6.2V8.6a7.7 7.7 0 0 0 4.4 1.4V6.7a4.4 4.4 0 0 1-4.4-4.4z"/>`,
  },
  whatsapp: {
    label: 'Saluran WhatsApp',
    hosts: ['whatsapp.com'],
    handle: /^[A-Za-z0-9]{10,40}$/,
    url: (h) => `https://whatsapp.com/channel/${h}`,
    handleFromPath: () => undefined,
    color: '#0f7a3d',
    icon: svg`<path fill="currentColor" d="M12 2a10 10 0 0 0-8.6 15.1L2 22l5-1.3A10 10 0 1 0 12 2zm0 18.2a8.2 8.2 0 0 1-4.2-1.2l-.3-.2-3 .8.8-2.9-.2-.3A8.2 8.2 0 1 1 12 20.2zm4.5-6.1c-.2-.1-1.5-.7-1.7-.8s-.4-.1-.6.1l-.8 1c-.1.2-.3.2-.5.1a6.7 6.7 0 0 1-3.3-2.9c-.3-.4.2-.4.7-1.3.1-.2 0-.3 0-.4l-.8-1.8c-.2-.5-.4-.4-.6-.4h-.5a1 1 0 0 0-.7.3 3 3 0 0 0-.9 2.2 5.2 5.2 0 0 0 1.1 2.7 11.8 11.8 0 0 0 4.5 4c1.7.7 2.3.8 3.2.6a2.6 2.6 0 0 0 1.7-1.2 2.1 2.1 0 0 0 .2-1.2c-.1-.1-.3-.2-.5-.3z"/>`,
  },
  threads: {
    label: 'Threads',
    hosts: ['threads.net', 'threads.com'],
    handle: /^@?[A-Za-z0-9._]{1,30}$/,
    url: (h) => `https://www.threads.net/${h.startsWith('@') ? h : `@${h}`}`,
    handleFromPath: (p) => firstSegment(p),
    color: '#000000',
    icon: svg`<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M16.5 11.5c-.4-2.4-2-3.5-4.2-3.5-2.4 0-3.8 1.6-3.8 3.4 0 1.9 1.5 3 3.4 3 2.6 0 3.8-2 3.8-5.1 0 6 4.3 6.3 4.3.7C20 5.6 16.6 3 12 3 7 3 3.5 6.6 3.5 12S7 21 12 21c2.3 0 4.2-.7 5.6-2"/>`,
  },
  telegram: {
    label: 'Telegram',
    hosts: ['t.me', 'telegram.me'],
    handle: /^@?[A-Za-z0-9_]{5,32}$/,
    url: (h) => `https://t.me/${h.replace(/^@/, '')}`,
    handleFromPath: (p) => firstSegment(p),
    color: '#1b6fa8',
    icon: svg`<path fill="currentColor" d="M21.4 4.2 2.9 11.4c-1.3.5-1.2 1.2-.2 1.5l4.7 1.5 1.8 5.6c.2.6.4.8.9.8s.7-.2 1-.5l2.3-2.2 4.8 3.5c.9.5 1.5.2 1.7-.8L22.9 5.6c.3-1.3-.5-1.9-1.5-1.4zM8.8 14l9.6-6.1c.5-.3.9-.1.5.2l-8 7.3-.3 3.3z"/>`,
  },
  linkedin: {
    label: 'LinkedIn',
    hosts: ['linkedin.com'],
    handle: /^[A-Za-z0-9-]{3,100}$/,
    url: (h) => `https://www.linkedin.com/company/${h}`,
    handleFromPath: (p) => p.split('/').filter(Boolean)[1],
    color: '#0a66c2',
    icon: svg`<path fill="currentColor" d="M4 3a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM2.3 8.5h3.4V21H2.3zm5.6 0h3.3v1.7c.5-.9 1.6-1.9 3.4-1.9 3.6 0 4.3 2.4 4.3 5.4V21h-3.4v-6.5c0-1.5 0-3.5-2.1-3.5s-2.4 1.6-2.4 3.4V21H7.9z"/>`,
  },
};

export const PLATFORM_NAMES = Object.keys(PLATFORMS) as Platform[];

/** Attribute and profile key aliases: `twitter` is `x`, `whatsapp_channel` is `whatsapp`. */
export const ALIASES: Record<string, Platform> = { twitter: 'x', whatsapp_channel: 'whatsapp', 'whatsapp-channel': 'whatsapp' };

function onHost(host: string, hosts: readonly string[]): boolean {
  return hosts.some((d) => host === d || host === `www.${d}` || host === `m.${d}` || host === `web.${d}` || host === `mobile.${d}`);
}

/** Which known platform a URL belongs to (exact hosts only: no look-alikes). */
export function platformOfUrl(raw: string): Platform | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase();
  return PLATFORM_NAMES.find((p) => onHost(host, PLATFORMS[p].hosts));
}

/** An official account: where it links and the handle to show. */
export interface Account {
  platform: Platform;
  url: string;
  handle?: string;
}

/**
 * Turns a handle or URL given for `platform` into an account, or explains why it was rejected
 * (a look-alike host, another platform's URL, a `javascript:` link, an invalid handle).
 */
export function toAccount(platform: Platform, value: string): Account | { rejected: string } {
  const info = PLATFORMS[platform];
  const v = value.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(v) || v.startsWith('//')) {
    const url = v.startsWith('//') ? `https:${v}` : v;
    if (platformOfUrl(url) !== platform) return { rejected: `${value} is not an address on ${info.hosts.join(' / ')}` };
    const parsed = new URL(url);
    parsed.protocol = 'https:';
    const handle = info.handleFromPath(parsed.pathname);
    return handle ? { platform, url: parsed.href, handle } : { platform, url: parsed.href };
  }
  if (!info.handle.test(v)) return { rejected: `"${value}" is not a valid ${info.label} handle` };
  return { platform, url: info.url(v), handle: platform === 'whatsapp' ? undefined : v.replace(/^@?/, '@') } as Account;
}
