/**
 * Time-zone arithmetic on `Intl` with one cached formatter per zone: small on purpose, because
 * every widget needs {@link isTimeZone} at start-up while only the feed engine needs the date
 * parser in `dates.ts`.
 *
 * @module
 */

/** The zone of a zone-less date when none is given: Indonesia's most populous, WIB. */
export const DEFAULT_DATE_ZONE = 'Asia/Jakarta';

/**
 * One `Intl.DateTimeFormat` per zone, built on first use and reused (building one costs far more
 * than using it); `null` marks a zone `Intl` does not know.
 */
const zoneFormats = new Map<string, Intl.DateTimeFormat | null>();

function zoneFormat(zone: string): Intl.DateTimeFormat | null {
  let f = zoneFormats.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null; // RangeError: not a zone this engine knows
    }
    zoneFormats.set(zone, f);
  }
  return f;
}

/** Whether `Intl` knows the IANA zone (answered from the per-zone cache). */
export function isTimeZone(zone: string): boolean {
  return zoneFormat(zone) !== null;
}

/**
 * Offset of `zone` from UTC at the instant `time` (ms), in minutes east of UTC (WIB: 420).
 * An unknown zone reads as {@link DEFAULT_DATE_ZONE}.
 */
export function zoneOffset(time: number, zone: string): number {
  const f = zoneFormat(zone) ?? zoneFormat(DEFAULT_DATE_ZONE)!;
  const seconds = Math.floor(time / 1000) * 1000;
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const { type, value } of f.formatToParts(seconds)) {
    if (type === 'year') year = +value;
    else if (type === 'month') month = +value;
    else if (type === 'day') day = +value;
    else if (type === 'hour') hour = +value % 24; // some engines still say "24" at midnight
    else if (type === 'minute') minute = +value;
    else if (type === 'second') second = +value;
  }
  return Math.round((Date.UTC(year, month - 1, day, hour, minute, second) - seconds) / 60_000);
}

/**
 * The instant at which the wall clock in `zone` shows `wall` (the wall-clock fields written as
 * if they were UTC, i.e. `Date.UTC(y, m - 1, d, h, mi, s, ms)`).
 */
export function wallTimeToInstant(wall: number, zone: string): number {
  const guess = wall - zoneOffset(wall, zone) * 60_000;
  // Correct the guess once with the offset in force at the guessed instant (zones whose offset
  // changed between the two, e.g. Jakarta's switches before 1964).
  return wall - zoneOffset(guess, zone) * 60_000;
}
