/** RFC 3339 timestamps in the province's time zone (WIB +07:00, WITA +08:00, WIT +09:00). */

const formatters = new Map<string, Intl.DateTimeFormat>();

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Offset of `zone` at `date`, in minutes east of UTC. */
function offsetMinutes(date: Date, zone: string): number {
  let f = formatters.get(zone);
  if (!f) {
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
    formatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(date).map((x) => [x.type, Number(x.value)]));
  const local = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return Math.round((local - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/** `2026-11-20T07:45:00+08:00` (whole seconds; milliseconds are dropped). */
export function formatInZone(date: Date, zone: string): string {
  const offset = offsetMinutes(date, zone);
  const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
