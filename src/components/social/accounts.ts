/**
 * The platforms `<siar-social>` knows, each with its real hosts, how a handle becomes a URL and a
 * brand colour that keeps white icons at WCAG AA contrast: what reading and checking accounts
 * needs, at start-up. The icons are apart (`icons.ts`, loaded after start-up); `platforms.ts`
 * joins both for the directory.
 */

export type Platform = 'instagram' | 'facebook' | 'youtube' | 'x' | 'tiktok' | 'whatsapp' | 'threads' | 'telegram' | 'linkedin';

/** A platform without its icon. */
export interface PlatformData {
  label: string;
  hosts: readonly string[];
  /** Valid handle (without `@` unless the platform writes one). */
  handle: RegExp;
  url: (handle: string) => string;
  /** Reads the handle back from a URL path, for the optional handle text. */
  handleFromPath: (path: string) => string | undefined;
  color: string;
  /** Two letters shown in the icon's place when the icons could not be loaded. */
  short: string;
}

const firstSegment = (path: string) => path.split('/').filter(Boolean)[0];

export const PLATFORM_DATA: Readonly<Record<Platform, PlatformData>> = {
  instagram: {
    label: 'Instagram',
    hosts: ['instagram.com'],
    handle: /^[A-Za-z0-9._]{1,30}$/,
    url: (h) => `https://www.instagram.com/${h}/`,
    handleFromPath: (p) => firstSegment(p),
    color: '#c13584',
    short: 'IG',
  },
  facebook: {
    label: 'Facebook',
    hosts: ['facebook.com', 'fb.com'],
    handle: /^[A-Za-z0-9.]{5,50}$/,
    url: (h) => `https://www.facebook.com/${h}`,
    handleFromPath: (p) => firstSegment(p),
    color: '#1864d6',
    short: 'FB',
  },
  youtube: {
    label: 'YouTube',
    hosts: ['youtube.com'],
    handle: /^@?[A-Za-z0-9._-]{3,30}$/,
    url: (h) => `https://www.youtube.com/${h.startsWith('@') ? h : `@${h}`}`,
    handleFromPath: (p) => firstSegment(p),
    color: '#cc0000',
    short: 'YT',
  },
  x: {
    label: 'X (Twitter)',
    hosts: ['x.com', 'twitter.com'],
    handle: /^@?[A-Za-z0-9_]{1,15}$/,
    url: (h) => `https://x.com/${h.replace(/^@/, '')}`,
    handleFromPath: (p) => firstSegment(p),
    color: '#000000',
    short: 'X',
  },
  tiktok: {
    label: 'TikTok',
    hosts: ['tiktok.com'],
    handle: /^@?[A-Za-z0-9._]{2,24}$/,
    url: (h) => `https://www.tiktok.com/${h.startsWith('@') ? h : `@${h}`}`,
    handleFromPath: (p) => firstSegment(p),
    color: '#000000',
    short: 'TT',
  },
  whatsapp: {
    label: 'Saluran WhatsApp',
    hosts: ['whatsapp.com'],
    handle: /^[A-Za-z0-9]{10,40}$/,
    url: (h) => `https://whatsapp.com/channel/${h}`,
    handleFromPath: () => undefined,
    color: '#0f7a3d',
    short: 'WA',
  },
  threads: {
    label: 'Threads',
    hosts: ['threads.net', 'threads.com'],
    handle: /^@?[A-Za-z0-9._]{1,30}$/,
    url: (h) => `https://www.threads.net/${h.startsWith('@') ? h : `@${h}`}`,
    handleFromPath: (p) => firstSegment(p),
    color: '#000000',
    short: 'TH',
  },
  telegram: {
    label: 'Telegram',
    hosts: ['t.me', 'telegram.me'],
    handle: /^@?[A-Za-z0-9_]{5,32}$/,
    url: (h) => `https://t.me/${h.replace(/^@/, '')}`,
    handleFromPath: (p) => firstSegment(p),
    color: '#1b6fa8',
    short: 'TG',
  },
  linkedin: {
    label: 'LinkedIn',
    hosts: ['linkedin.com'],
    handle: /^[A-Za-z0-9-]{3,100}$/,
    url: (h) => `https://www.linkedin.com/company/${h}`,
    handleFromPath: (p) => p.split('/').filter(Boolean)[1],
    color: '#0a66c2',
    short: 'in',
  },
};

export const PLATFORM_NAMES = Object.keys(PLATFORM_DATA) as Platform[];

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
  return PLATFORM_NAMES.find((p) => onHost(host, PLATFORM_DATA[p].hosts));
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
  const info = PLATFORM_DATA[platform];
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
