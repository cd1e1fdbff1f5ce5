import { expect } from '@open-wc/testing';
import { dateTimeAttribute, formatCount, formatDate, formatDuration, formatRelative, validTimeZone, zoneLabel } from '../../src/internal/format.js';

const when = new Date('2023-10-17T03:00:00Z');

describe('format', () => {
  it('labels Indonesian zones WIB, WITA and WIT', () => {
    expect(zoneLabel('Asia/Jakarta')).to.equal('WIB');
    expect(zoneLabel('Asia/Makassar')).to.equal('WITA');
    expect(zoneLabel('Asia/Jayapura')).to.equal('WIT');
    expect(zoneLabel('Europe/Amsterdam')).to.equal(undefined);
  });

  it('formats absolute dates in the province time zone, in Indonesian and English', () => {
    expect(formatDate(when, 'id', 'Asia/Jakarta')).to.equal('17 Okt 2023, 10.00 WIB');
    expect(formatDate(when, 'id', 'Asia/Makassar')).to.equal('17 Okt 2023, 11.00 WITA');
    expect(formatDate(when, 'id', 'Asia/Jayapura')).to.equal('17 Okt 2023, 12.00 WIT');
    expect(formatDate(when, 'en', 'Asia/Jakarta')).to.equal('17 Oct 2023, 10:00 WIB');
    expect(formatDate(when, 'id', 'Asia/Jakarta', { time: false })).to.equal('17 Okt 2023');
  });

  it('crosses midnight correctly per zone', () => {
    const late = new Date('2023-10-17T16:30:00Z');
    expect(formatDate(late, 'id', 'Asia/Jakarta')).to.equal('17 Okt 2023, 23.30 WIB');
    expect(formatDate(late, 'id', 'Asia/Jayapura')).to.equal('18 Okt 2023, 01.30 WIT');
  });

  it('falls back to WIB for an unknown zone instead of throwing', () => {
    expect(validTimeZone('Mars/Olympus')).to.equal('Asia/Jakarta');
    expect(formatDate(when, 'id', 'Mars/Olympus')).to.equal('17 Okt 2023, 10.00 WIB');
  });

  it('validates zones from a cache: no new Intl.DateTimeFormat per call (issue #12: ~150 ms per render at 4x CPU)', () => {
    const Real = Intl.DateTimeFormat;
    let built = 0;
    Intl.DateTimeFormat = new Proxy(Real, {
      construct(target, args) {
        built++;
        return Reflect.construct(target, args) as object;
      },
      apply(target, self, args) {
        built++;
        return Reflect.apply(target, self, args) as unknown;
      },
    });
    try {
      for (let i = 0; i < 200; i++) {
        expect(validTimeZone('Asia/Makassar')).to.equal('Asia/Makassar');
        expect(validTimeZone('Mars/Olympus')).to.equal('Asia/Jakarta');
        expect(validTimeZone('Asia/Jayapura')).to.equal('Asia/Jayapura');
      }
    } finally {
      Intl.DateTimeFormat = Real;
    }
    // At most one per zone, ever (zero when an earlier test already asked about it).
    expect(built).to.be.at.most(3);
  });

  it('prints a date without a time as the day alone, with a day-only datetime', () => {
    // 16 Oct 2023 in WITA starts at 16:00Z on the 15th.
    const day = new Date('2023-10-15T16:00:00Z');
    expect(formatDate(day, 'id', 'Asia/Makassar', { time: false })).to.equal('16 Okt 2023');
    expect(dateTimeAttribute(day, 'Asia/Makassar', { dateOnly: true })).to.equal('2023-10-16');
    expect(dateTimeAttribute(day, 'Asia/Jakarta', { dateOnly: true })).to.equal('2023-10-15');
    expect(dateTimeAttribute(day, 'Asia/Makassar')).to.equal('2023-10-15T16:00:00.000Z');
  });

  it('gives relative times for the last week only', () => {
    const now = new Date('2023-10-17T05:00:00Z');
    expect(formatRelative(when, 'id', now)).to.equal('2 jam yang lalu');
    expect(formatRelative(when, 'en', now)).to.equal('2 hours ago');
    expect(formatRelative(new Date('2023-10-17T04:59:30Z'), 'en', now)).to.equal('this minute');
    expect(formatRelative(new Date('2023-10-15T05:00:00Z'), 'id', now)).to.equal('kemarin dulu');
    expect(formatRelative(new Date('2023-10-14T05:00:00Z'), 'id', now)).to.equal('3 hari yang lalu');
    expect(formatRelative(new Date('2023-10-01T05:00:00Z'), 'id', now)).to.equal(undefined);
    expect(formatRelative(new Date('2023-10-18T05:00:00Z'), 'id', now)).to.equal(undefined);
  });

  it('formats counts and durations', () => {
    expect(formatCount(1234, 'id').replace(/\u00a0/g, ' ')).to.equal('1,2 rb');
    expect(formatCount(1234, 'en')).to.equal('1.2k');
    expect(formatDuration(61)).to.equal('1:01');
    expect(formatDuration(3725)).to.equal('1:02:05');
  });

  describe('without Intl for Indonesian zones (a page\'s first Intl format starts ICU: ~100 ms at 4x CPU)', () => {
    /** Counts constructions of Intl formatters while `run` runs. */
    function intlBuilt(run: () => void): number {
      const saved = { DateTimeFormat: Intl.DateTimeFormat, RelativeTimeFormat: Intl.RelativeTimeFormat, NumberFormat: Intl.NumberFormat };
      let built = 0;
      const counting = <T extends object>(Real: T): T =>
        new Proxy(Real as unknown as new (...a: unknown[]) => object, {
          construct(target, args) {
            built++;
            return Reflect.construct(target, args) as object;
          },
        }) as unknown as T;
      const intl = Intl as unknown as Record<string, unknown>;
      intl.DateTimeFormat = counting(saved.DateTimeFormat);
      intl.RelativeTimeFormat = counting(saved.RelativeTimeFormat);
      intl.NumberFormat = counting(saved.NumberFormat);
      try {
        run();
      } finally {
        Object.assign(Intl, saved);
      }
      return built;
    }

    it('formats WIB/WITA/WIT dates, day-only datetimes, relative times and counts with no Intl object', () => {
      const built = intlBuilt(() => {
        for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Asia/Pontianak']) {
          expect(validTimeZone(zone)).to.equal(zone);
          formatDate(when, 'id', zone);
          formatDate(when, 'en', zone, { time: false });
          dateTimeAttribute(when, zone, { dateOnly: true });
        }
        formatRelative(when, 'id', new Date('2023-10-17T05:00:00Z'));
        formatCount(1234, 'en');
      });
      expect(built).to.equal(0);
    });

    it('writes exactly what Intl writes, for instants all over the year and the day', () => {
      // Every 7 h 13 min across two years (crossing midnights, month ends, a leap day), in all zones and both languages.
      const step = (7 * 60 + 13) * 60_000;
      for (let t = Date.UTC(2023, 11, 1); t < Date.UTC(2025, 11, 1); t += step) {
        const date = new Date(t);
        for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Asia/Pontianak']) {
          for (const [lang, locale] of [['id', 'id-ID'], ['en', 'en-GB']] as const) {
            const intl = new Intl.DateTimeFormat(locale, {
              day: 'numeric', month: 'short', year: 'numeric', timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
            }).format(date);
            expect(formatDate(date, lang, zone), `${date.toISOString()} ${zone} ${lang}`).to.equal(`${intl} ${zoneLabel(zone)}`);
          }
          const day = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }).format(date);
          expect(dateTimeAttribute(date, zone, { dateOnly: true })).to.equal(day);
        }
      }
    });

    it('says relative times as Intl.RelativeTimeFormat does', () => {
      const now = new Date('2023-10-17T05:00:00Z');
      for (const [lang, locale] of [['id', 'id-ID'], ['en', 'en-GB']] as const) {
        const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
        for (const [seconds, n, unit] of [
          [30, 0, 'minute'], [60, 1, 'minute'], [59 * 60, 59, 'minute'], [3600, 1, 'hour'], [5 * 3600 + 10, 5, 'hour'],
          [86_400, 1, 'day'], [2 * 86_400 + 5, 2, 'day'], [6 * 86_400, 6, 'day'],
        ] as const) {
          const then = new Date(now.getTime() - seconds * 1000);
          expect(formatRelative(then, lang, now), `${lang} ${seconds}s`).to.equal(rtf.format(-n, unit));
        }
      }
    });

    it('shortens counts as the compact notation of Intl does', () => {
      for (const [lang, locale] of [['id', 'id-ID'], ['en', 'en-GB']] as const) {
        const nf = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
        for (const n of [0, 7, 950, 999, 1000, 1049, 1050, 1234, 9950, 15_500, 99_999, 999_999, 1_200_000, 123_456_789, 2_500_000_000]) {
          expect(formatCount(n, lang), `${lang} ${n}`).to.equal(nf.format(n));
        }
      }
    });

    it('still uses Intl for other zones', () => {
      expect(formatDate(when, 'en', 'Europe/Amsterdam')).to.match(/^17 Oct 2023, 05:00 /);
      expect(formatDate(when, 'id', 'UTC')).to.match(/^17 Okt 2023, 03\.00 /);
    });
  });
});
