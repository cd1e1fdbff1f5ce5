import { isTimeZone } from '../feed/zone.js';

/** The province's default zone when nothing says otherwise. */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/**
 * A valid IANA zone, or the default (an unknown zone must not break rendering). Called on every
 * render of every widget: the answer comes from a per-zone cache, never a new `Intl` object.
 * Apart from `format.ts`, so that a widget's first frame does not load the date formatting.
 */
export function validTimeZone(zone: string | null | undefined): string {
  return zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}
