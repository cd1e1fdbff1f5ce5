/**
 * Time-zone arithmetic: Indonesia's zones by their fixed offsets, any other zone on `Intl` with
 * one cached formatter per zone. Small on purpose, because every widget needs
 * {@link isTimeZone} at start-up while only the feed engine needs the date parser in `dates.ts`.
 *
 * @module
 */

/** The zone of a zone-less date when none is given: Indonesia's most populous, WIB. */
export const DEFAULT_DATE_ZONE = 'Asia/Jakarta';

/**
 * Zones whose offset (minutes east of UTC) has not changed since the instant given (ms): WIB,
 * WITA and WIT since 1964 (Pontianak moved from WITA to WIB in 1988), and UTC. For these no `Intl`
 * object is needed at all, which matters: a page's first `Intl.DateTimeFormat` starts ICU, about
 * 25 ms on a laptop and 100 ms on a slow phone, in one task.
 */
const FIXED: Record<string, readonly [offset: number, since: number]> = {
  'Asia/Jakarta': [420, -189_388_800_000],
  'Asia/Makassar': [480, -189_388_800_000],
  'Asia/Ujung_Pandang': [480, -189_388_800_000],
  'Asia/Jayapura': [540, -189_388_800_000],
  'Asia/Pontianak': [420, 567_964_800_000],
  UTC: [0, -Infinity],
  'Etc/UTC': [0, -Infinity],
};

/** The offset of `zone` at `time` when it is one of Indonesia's fixed-offset zones (or UTC), else `undefined`. */
export function fixedOffset(time: number, zone: string): number | undefined {
  const fixed = Object.hasOwn(FIXED, zone) ? FIXED[zone] : undefined;
  return fixed && time >= fixed[1] ? fixed[0] : undefined;
}

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

/** Whether the IANA zone is known: Indonesia's without `Intl`, others answered from the per-zone cache. */
export function isTimeZone(zone: string): boolean {
  return Object.hasOwn(FIXED, zone) || zoneFormat(zone) !== null;
}

/**
 * Offset of `zone` from UTC at the instant `time` (ms), in minutes east of UTC (WIB: 420).
 * An unknown zone reads as {@link DEFAULT_DATE_ZONE}.
 */
export function zoneOffset(time: number, zone: string): number {
  const fixed = fixedOffset(time, zone);
  if (fixed !== undefined) return fixed;
  const f = zoneFormat(zone);
  if (!f) return zoneOffset(time, DEFAULT_DATE_ZONE);
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
