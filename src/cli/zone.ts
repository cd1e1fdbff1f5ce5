/** RFC 3339 timestamps in the province's time zone (WIB +07:00, WITA +08:00, WIT +09:00). */
import { zoneOffset } from '../feed/dates.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * `2026-11-20T07:45:00+08:00` (whole seconds; milliseconds are dropped). The offset comes from
 * the same per-zone `Intl` lookup the date parser uses, so a zone-less source date read as local
 * time in `zone` is written back with the wall-clock time it had.
 */
export function formatInZone(date: Date, zone: string): string {
  const seconds = Math.floor(date.getTime() / 1000) * 1000;
  const offset = zoneOffset(seconds, zone);
  const local = new Date(seconds + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
