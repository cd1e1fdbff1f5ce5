import { fixedOffset } from '../feed/zone.js';
import { validTimeZone } from './time-zone.js';
import type { Lang } from './i18n.js';

/**
 * Date and number formatting in the province's time zone. Indonesia's three zones are labelled
 * the way Indonesians read them (WIB, WITA, WIT) rather than "GMT+8".
 *
 * Dates in those zones, relative times and counts are written here by hand, in the words `Intl`
 * uses (the tests compare both): a page's first `Intl` date or number format starts ICU, a single
 * task of about 100 ms on a slow phone, which one releases widget would otherwise add to the host
 * page's blocking time. Other zones go through `Intl`.
 */

const ZONE_LABELS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export { DEFAULT_TIME_ZONE, validTimeZone } from './time-zone.js';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
const cache = new Map<string, Intl.DateTimeFormat>();

function cached<T extends Intl.DateTimeFormat>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}


/** "WIB" / "WITA" / "WIT" for Indonesian zones, `undefined` elsewhere. */
export function zoneLabel(timeZone: string): string | undefined {
  return ZONE_LABELS[timeZone];
}

/**
 * An absolute date, e.g. "17 Okt 2023 10.00 WIB" / "17 Oct 2023, 10:00 WIB". Other zones get
 * `Intl`'s own short zone name. `{ time: false }` prints the day alone ("17 Okt 2023"): for
 * items whose feed gave no time (`FeedItem.dateOnly`) and for compact layouts.
 */
const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};
const pad = (n: number) => String(n).padStart(2, '0');

/** The wall clock of an Indonesian zone at `date`, as a Date whose UTC fields read it; `undefined` elsewhere. */
function wallClock(date: Date, zone: string): Date | undefined {
  const offset = zoneLabel(zone) ? fixedOffset(date.getTime(), zone) : undefined;
  return offset === undefined ? undefined : new Date(date.getTime() + offset * 60_000);
}

export function formatDate(date: Date, lang: Lang, timeZone: string, options: { time?: boolean } = {}): string {
  const zone = validTimeZone(timeZone);
  const label = zoneLabel(zone);
  const withTime = options.time !== false;
  const wall = wallClock(date, zone);
  if (wall) {
    const day = `${wall.getUTCDate()} ${MONTHS[lang][wall.getUTCMonth()]} ${wall.getUTCFullYear()}`;
    if (!withTime) return day;
    const [h, m] = [pad(wall.getUTCHours()), pad(wall.getUTCMinutes())];
    return `${day}, ${lang === 'id' ? `${h}.${m}` : `${h}:${m}`} ${label}`;
  }
  const fmt = cached(
    `d|${lang}|${zone}|${withTime}|${!label}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[lang], {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: zone,
        ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
        ...(withTime && !label ? { timeZoneName: 'short' } : {}),
      }) as Intl.DateTimeFormat,
  );
  const text = fmt.format(date);
  return withTime && label ? `${text} ${label}` : text;
}

/**
 * The value of a `<time datetime>`: the instant in ISO form, or for a date without a time the
 * day alone as it falls in `timeZone` ("2023-10-16"), so no time is claimed there either.
 */
export function dateTimeAttribute(date: Date, timeZone: string, options: { dateOnly?: boolean | undefined } = {}): string {
  if (!options.dateOnly) return date.toISOString();
  const zone = validTimeZone(timeZone);
  const wall = wallClock(date, zone);
  if (wall) return wall.toISOString().slice(0, 10);
  const fmt = cached(`iso|${zone}`, () => new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }));
  const parts = fmt.formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

const UNITS: [Unit, number][] = [
  ['minute', 60],
  ['hour', 3600],
  ['day', 86_400],
];

/**
 * A relative date for recent items ("2 jam lalu" / "2 hours ago"), or `undefined` when the date
 * is more than a week old or in the future beyond a few minutes of clock skew.
 */
export function formatRelative(date: Date, lang: Lang, now: Date = new Date()): string | undefined {
  const seconds = (now.getTime() - date.getTime()) / 1000;
  if (seconds < -300 || seconds >= 7 * 86_400) return undefined;
  if (seconds < 60) return RELATIVE[lang].now;
  let unit: Unit = 'minute';
  let size = 60;
  for (const [u, s] of UNITS) if (seconds >= s) [unit, size] = [u, s];
  return RELATIVE[lang][unit](Math.floor(seconds / size));
}

type Unit = 'minute' | 'hour' | 'day';
/** What `Intl.RelativeTimeFormat(…, { numeric: 'auto' })` says for the past, in both languages. */
const RELATIVE: Record<Lang, { now: string } & Record<Unit, (n: number) => string>> = {
  id: {
    now: 'menit ini',
    minute: (n) => `${n} menit yang lalu`,
    hour: (n) => `${n} jam yang lalu`,
    day: (n) => (n === 1 ? 'kemarin' : n === 2 ? 'kemarin dulu' : `${n} hari yang lalu`),
  },
  en: {
    now: 'this minute',
    minute: (n) => `${n} minute${n === 1 ? '' : 's'} ago`,
    hour: (n) => `${n} hour${n === 1 ? '' : 's'} ago`,
    day: (n) => (n === 1 ? 'yesterday' : `${n} days ago`),
  },
};

/** A short number: "1,2 rb" / "1.2k", as `Intl`'s compact notation writes it. */
export function formatCount(value: number, lang: Lang): string {
  const n = Math.max(0, Math.round(value));
  const units = lang === 'id' ? ['', '\u00a0rb', '\u00a0jt', '\u00a0M', '\u00a0T'] : ['', 'k', 'm', 'bn', 'tn'];
  let i = 0;
  let scaled = n;
  while (i < units.length - 1 && Math.round(scaled * 10) / 10 >= 1000) {
    scaled /= 1000;
    i++;
  }
  // Below 1,000 whole numbers; above, one decimal place at most, as Intl does with maximumFractionDigits: 1.
  const rounded = i === 0 ? scaled : Math.round(scaled * 10) / 10;
  const text = String(rounded);
  return (lang === 'id' ? text.replace('.', ',') : text) + units[i];
}

/** A duration in seconds as "m:ss" or "h:mm:ss". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
