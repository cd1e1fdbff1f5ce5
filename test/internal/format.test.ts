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
});
