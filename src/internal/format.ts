import { isTimeZone } from '../feed/zone.js';
import type { Lang } from './i18n.js';

/**
 * Date and number formatting with `Intl`, in the province's time zone. Indonesia's three zones
 * are labelled the way Indonesians read them (WIB, WITA, WIT) rather than "GMT+8".
 */

const ZONE_LABELS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** The province's default zone when nothing says otherwise. */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * A valid IANA zone, or the default (an unknown zone must not break rendering). Called on every
 * render of every widget: the answer comes from a per-zone cache, never a new `Intl` object.
 */
export function validTimeZone(zone: string | null | undefined): string {
  return zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
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
export function formatDate(date: Date, lang: Lang, timeZone: string, options: { time?: boolean } = {}): string {
  const zone = validTimeZone(timeZone);
  const label = zoneLabel(zone);
  const withTime = options.time !== false;
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
  const fmt = cached(`iso|${zone}`, () => new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }));
  const parts = fmt.formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
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
  const fmt = cached(`r|${lang}`, () => new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'auto' }));
  if (seconds < 60) return fmt.format(0, 'minute');
  let unit: Intl.RelativeTimeFormatUnit = 'minute';
  let size = 60;
  for (const [u, s] of UNITS) if (seconds >= s) [unit, size] = [u, s];
  return fmt.format(-Math.floor(seconds / size), unit);
}

/** A short number: "1,2 rb" / "1.2k". */
export function formatCount(value: number, lang: Lang): string {
  return cached(`n|${lang}`, () => new Intl.NumberFormat(LOCALES[lang], { notation: 'compact', maximumFractionDigits: 1 })).format(
    value,
  );
}

/** A duration in seconds as "m:ss" or "h:mm:ss". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
