/**
 * Lenient date parsing for the dates real feeds send: RFC 3339 / ISO 8601 (Atom, JSON Feed),
 * RFC 822 / 2822 as RSS generators actually write it, and the Indonesian forms government CMSs
 * put in `pubDate` ("Selasa, 17 Oktober 2023 10.00 WIB", "17/10/2023 10:00 WIB").
 *
 * A date-time written without a zone or offset ("2023-10-17T10:00:00", "17 Oktober 2023 10:00")
 * is wall-clock time in the feed's province: the `timeZone` option (an IANA zone, default
 * Asia/Jakarta, WIB). A date without a time of day ("2023-10-16", "Rabu, 18 Oktober 2023") is a
 * calendar date, not an instant: {@link parseFeedDate} says so (`dateOnly`), and its instant is
 * the midnight that starts that day in `timeZone`, so formatting it in the same zone gives back
 * the day as written.
 *
 * We do not use `Date.parse` for any of it: its non-ISO behaviour differs between browsers, it
 * reads zone-less ISO date-times in the *reader's* zone, it knows no Indonesian names, and it
 * silently turns "2023-02-30" into 2 March.
 *
 * @module
 */

import { DEFAULT_DATE_ZONE, wallTimeToInstant } from './zone.js';

export { DEFAULT_DATE_ZONE, isTimeZone, wallTimeToInstant, zoneOffset } from './zone.js';

/** Options for {@link parseDate} and {@link parseFeedDate}. */
export interface DateOptions {
  /**
   * IANA time zone in which a date-time without zone or offset is local time, and whose midnight
   * a date without a time stands for: the widget's `time-zone`, else the province profile's.
   * Default `Asia/Jakarta` (WIB); an unknown zone also falls back to it.
   */
  timeZone?: string | undefined;
}

/** A feed date with what the text said about it. */
export interface FeedDate {
  /** The instant; for a date without a time, the start of that day in the time zone. */
  date: Date;
  /** True when the text named a day but no time of day ("2023-10-16", "17 Oktober 2023"). */
  dateOnly: boolean;
}

/** Builds a name → number lookup; a Map, so tokens like "constructor" never hit a prototype. */
function lookup(rows: Array<[number, string]>): Map<string, number> {
  return new Map(rows.flatMap(([value, names]) => names.split(' ').map((n) => [n, value] as const)));
}

/** English and Indonesian month names and the abbreviations feeds use (incl. old "Nop"/"Pebruari"). */
const MONTHS = lookup([
  [1, 'jan januari january'],
  [2, 'feb peb februari pebruari february'],
  [3, 'mar maret march'],
  [4, 'apr april'],
  [5, 'may mei'],
  [6, 'jun juni june'],
  [7, 'jul juli july'],
  [8, 'aug agu agt ags agustus august'],
  [9, 'sep sept september'],
  [10, 'oct okt oktober october'],
  [11, 'nov nop november nopember'],
  [12, 'dec des desember december'],
]);

/** Offsets in minutes east of UTC. Whole-token lookup, so "wit" never swallows "wita". */
const ZONES = lookup([
  [0, 'ut utc gmt z'],
  [-300, 'est cdt'],
  [-240, 'edt'],
  [-360, 'cst mdt'],
  [-420, 'mst pdt'],
  [-480, 'pst'],
  [420, 'wib'],
  [480, 'wita'],
  [540, 'wit'],
]);

/** Weekdays are ignored (feeds often get them wrong); "jumat" also covers "Jum'at" (quotes are stripped). */
const IGNORED = new Set(
  (
    'sun mon tue tues wed thu thur thurs fri sat sunday monday tuesday wednesday thursday friday saturday ' +
    'senin selasa rabu kamis jumat sabtu minggu ahad sen sel rab kam jum sab min ' +
    // filler words: "pukul 10.00 WIB", "tgl 17 Okt 2023", "17 Oct 2023 at 10:00"
    'pukul pkl jam tanggal tgl at'
  ).split(' '),
);

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?$/;
// "10:00", "10.00", "10:00:00", "10:00:00.123"; a fraction only after seconds, so "17.10.2023" is no time.
const TIME = /^(\d{1,2})([:.])(\d{2})(?:\2(\d{2})(?:[.,](\d+))?)?$/;
const NUMERIC_DATE = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})$/;
const OFFSET = /^([+-])(\d{1,2})(?::?(\d{2}))?$/;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC, or `undefined` when the text gave no zone (local to the time zone). */
  offset: number | undefined;
  /** False when the text gave no time of day. */
  hasTime: boolean;
}

/**
 * Parses a feed date into an instant. Returns `undefined` (never an Invalid Date) for anything it
 * cannot read with certainty. A date-time without a zone is local time in `options.timeZone`
 * (default WIB); a date without a time is the midnight starting that day there. Use
 * {@link parseFeedDate} to learn whether the text had a time at all.
 *
 * @example
 * ```ts
 * parseDate('2023-10-17T10:00:00', { timeZone: 'Asia/Makassar' }); // 02:00 UTC (10.00 WITA)
 * parseDate('Selasa, 17 Oktober 2023 10:00');                      // 03:00 UTC (10.00 WIB)
 * ```
 */
export function parseDate(input: string | undefined | null, options: DateOptions = {}): Date | undefined {
  return parseFeedDate(input, options)?.date;
}

/**
 * Like {@link parseDate}, and also tells a calendar date ("2023-10-16") from a date-time, so that
 * a widget prints the former without inventing a time.
 */
export function parseFeedDate(input: string | undefined | null, options: DateOptions = {}): FeedDate | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.trim().toLowerCase();
  if (!text) return undefined;
  const iso = ISO.exec(text);
  const rfc = iso ? undefined : RFC822.exec(text);
  const parts = iso ? fromIso(iso) : rfc ? fromRfc822(rfc) : fromLoose(text);
  return parts && build(parts, options.timeZone || DEFAULT_DATE_ZONE);
}

const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The canonical RFC 822 form most feeds send ("Tue, 17 Oct 2023 10:00:00 +0700"): a fast path. */
const RFC822 = /^(?:[a-z]{3}, )?(\d{1,2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) (gmt|ut|utc|z|[+-]\d{4})$/;

function fromRfc822(m: RegExpExecArray): Parts | undefined {
  const month = MONTHS_EN.indexOf(m[2]!) + 1;
  if (!month) return fromLoose(m[0]);
  const zone = m[7]!;
  const offset = /^[+-]/.test(zone) ? parseOffset(OFFSET.exec(zone)!) : 0;
  return { year: +m[3]!, month, day: +m[1]!, hour: +m[4]!, minute: +m[5]!, second: +m[6]!, ms: 0, offset, hasTime: true };
}

function fromIso(m: RegExpExecArray): Parts {
  const offset = m[8] === undefined ? undefined : m[8] === 'z' ? 0 : parseOffset(OFFSET.exec(m[8])!);
  return {
    year: +m[1],
    month: +m[2],
    day: +m[3],
    hour: +(m[4] ?? 0),
    minute: +(m[5] ?? 0),
    second: +(m[6] ?? 0),
    ms: fraction(m[7]),
    offset,
    hasTime: m[4] !== undefined,
  };
}

/** RFC 822 and Indonesian forms: classify whitespace-separated tokens, each field at most once. */
function fromLoose(text: string): Parts | undefined {
  const tokens = text
    .replace(/\([^)]*\)/g, ' ') // RFC 822 comments, "(UTC)" tails
    .replace(/['’`]/g, '') // Jum'at → jumat
    .replace(/^(\d{4}-\d{1,2}-\d{1,2})t/, '$1 ') // ISO-ish with a zone name: 2023-10-17T10:00 WIB
    .replace(/(\d)[-/.]([a-z]+)[-/.](\d)/g, '$1 $2 $3') // 17-Oct-2023, 17/Okt/2023
    .replace(/[,|]|\s[-–—/]+\s/g, ' ') // separators: "17 Okt 2023 - 10:00", "2019 | 08:15"
    .replace(/([a-z])\.(?=\s|$)/g, '$1') // abbreviation dots: "Agt.", "Sept."
    .replace(/(:\d{2}(?:\.\d+)?)([+-]\d)/g, '$1 $2') // 10:00:00+0700
    .replace(/(\d)(?=[a-z])/g, '$1 ') // 10.00WIB, 17Oct2023
    .replace(/([a-z])(?=[\d+-])/g, '$1 ') // GMT+7, Oct2023
    .split(/\s+/);

  const p: Partial<Omit<Parts, 'hasTime'>> = {};
  let zone: number | undefined; // from a zone name; a numeric offset wins ("GMT+0700")
  let meridiem: string | undefined;
  // Sets each field once; a second value means we misread the string, so give up.
  const set = (key: Exclude<keyof Parts, 'hasTime'>, value: number): boolean => p[key] === undefined && ((p[key] = value), true);
  let m: RegExpExecArray | null;

  for (const token of tokens) {
    if (!token || IGNORED.has(token)) continue;
    let ok: boolean;
    if (MONTHS.has(token)) {
      ok = set('month', MONTHS.get(token)!);
    } else if ((m = TIME.exec(token))) {
      ok = set('hour', +m[1]) && set('minute', +m[3]) && set('second', +(m[4] ?? 0)) && set('ms', fraction(m[5]));
    } else if ((m = NUMERIC_DATE.exec(token))) {
      const [, a, , b, c] = m;
      // Year first (2023/10/17) or, as Indonesians write it, day/month/year (17/10/2023, 17-10-23).
      const ymd = a.length === 4 && c.length <= 2;
      const dmy = a.length <= 2 && (c.length === 4 || c.length === 2);
      ok = (ymd || dmy) && set('year', ymd ? +a : year(c)) && set('month', +b) && set('day', ymd ? +c : +a);
    } else if ((m = OFFSET.exec(token))) {
      ok = set('offset', parseOffset(m));
    } else if (ZONES.has(token) || /^[a-z]$/.test(token)) {
      // Other single letters are RFC 822 military zones; RFC 2822 says treat them as UTC.
      ok = zone === undefined;
      zone = ZONES.get(token) ?? 0;
    } else if (token === 'am' || token === 'pm') {
      ok = meridiem === undefined;
      meridiem = token;
    } else if (/^\d{1,4}$/.test(token)) {
      // Bare numbers: the day comes first ("17 Oct 2023", "Oct 17 2023"), then the year.
      ok = token.length === 4 ? set('year', +token) : token.length <= 2 && (set('day', +token) || set('year', year(token)));
    } else {
      ok = false; // unknown word: garbage or a language we do not read
    }
    if (!ok) return undefined;
  }

  const { year: y, month, day } = p;
  if (y === undefined || month === undefined || day === undefined) return undefined;
  let hour = p.hour ?? 0;
  if (meridiem) {
    if (p.hour === undefined || hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return {
    year: y,
    month,
    day,
    hour,
    minute: p.minute ?? 0,
    second: p.second ?? 0,
    ms: p.ms ?? 0,
    offset: p.offset ?? zone,
    hasTime: p.hour !== undefined,
  };
}

/** Two-digit years as RFC 2822 reads them: 00–49 → 20xx, 50–99 → 19xx. */
function year(digits: string): number {
  const n = +digits;
  return digits.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

/** ".25" → 250 ms, ".123456" → 123 ms. */
function fraction(digits: string | undefined): number {
  return digits ? +digits.slice(0, 3).padEnd(3, '0') : 0;
}

/** Minutes east of UTC from an OFFSET match, or NaN when out of range (build rejects NaN). */
function parseOffset(m: RegExpExecArray): number {
  const hours = +m[2];
  const minutes = +(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return NaN;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Days in `month` (1–12) of `year` in the proleptic Gregorian calendar, as `Date` counts them. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function build(p: Parts, timeZone: string): FeedDate | undefined {
  // Years before 1000 are placeholders (0000-00-00, Go's 0001-01-01), not real publication dates.
  if (p.year < 1000 || p.month < 1 || p.month > 12 || p.day < 1) return undefined;
  // Rejects 30 February (and 29 February 2023) instead of rolling over into March.
  if (p.day > daysInMonth(p.year, p.month)) return undefined;
  // Second 60 is a leap second (RFC 3339); Date has none, so it rolls into the next minute.
  if (p.hour > 23 || p.minute > 59 || p.second > 60 || Number.isNaN(p.offset)) return undefined;
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms);
  // A calendar date names a day, not an instant: a zone written next to it ("2023-10-16Z") is
  // ignored, so that the day shows as written in the province's zone.
  const time = p.offset === undefined || !p.hasTime ? wallTimeToInstant(wall, timeZone) : wall - p.offset * 60_000;
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? undefined : { date, dateOnly: !p.hasTime };
}
