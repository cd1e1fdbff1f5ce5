import { expect } from '@open-wc/testing';
import { parseDate, parseFeedDate } from '../../src/feed/dates.js';

// Every expected instant below was worked out by hand (local time minus the zone's offset),
// never by asking Date.parse, so a wrong offset or month table makes these fail. Dates written
// without a zone are WIB (UTC+7) unless a case names another zone: 10:00 → 03:00Z, and a day
// without a time starts at 17:00Z the evening before.
type Case = [input: string, expected: string];

function check(cases: Case[], timeZone?: string): void {
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)}${timeZone ? ` in ${timeZone}` : ''} → ${expected}`, () => {
      expect(parseDate(input, timeZone ? { timeZone } : {})?.toISOString()).to.equal(expected);
    });
  }
}

describe('parseDate', () => {
  describe('RFC 3339 / ISO 8601', () => {
    check([
      ['2023-10-17T10:00:00Z', '2023-10-17T10:00:00.000Z'],
      ['2023-10-17T10:00:00+07:00', '2023-10-17T03:00:00.000Z'],
      ['2023-10-17T10:00:00.123+0700', '2023-10-17T03:00:00.123Z'],
      ['2023-10-17T10:00:00+07', '2023-10-17T03:00:00.000Z'],
      ['2023-10-17T10:00:00-05:00', '2023-10-17T15:00:00.000Z'],
      ['2023-10-17T10:00:00+05:30', '2023-10-17T04:30:00.000Z'],
      ['2023-10-17T01:00:00+07:00', '2023-10-16T18:00:00.000Z'],
      ['2023-10-17 10:00:00', '2023-10-17T03:00:00.000Z'],
      ['2023-10-17T10:00', '2023-10-17T03:00:00.000Z'],
      ['2023-10-17', '2023-10-16T17:00:00.000Z'],
      ['2023-10-17t10:00:00z', '2023-10-17T10:00:00.000Z'],
      ['2003-12-13T18:30:02.25+01:00', '2003-12-13T17:30:02.250Z'],
      ['2023-10-17T10:00:00.123456Z', '2023-10-17T10:00:00.123Z'],
      ['  2023-10-17T10:00:00Z\n', '2023-10-17T10:00:00.000Z'],
      ['2023-10-17 10:00:00 WIB', '2023-10-17T03:00:00.000Z'],
      ['2023-10-17T10:00:00 GMT', '2023-10-17T10:00:00.000Z'],
      ['2024-02-29', '2024-02-28T17:00:00.000Z'],
      ['2000-02-29T10:00:00Z', '2000-02-29T10:00:00.000Z'],
      ['2023-12-31T10:00:00Z', '2023-12-31T10:00:00.000Z'],
      ['2023-01-31T10:00:00Z', '2023-01-31T10:00:00.000Z'],
      ['2023-04-30T10:00:00Z', '2023-04-30T10:00:00.000Z'],
      // RFC 3339 allows a leap second; Date has none, so it rolls into the next minute.
      ['1990-12-31T23:59:60Z', '1991-01-01T00:00:00.000Z'],
    ]);
  });

  describe('RFC 822 / 2822 as RSS feeds send it', () => {
    check([
      ['Tue, 17 Oct 2023 10:00:00 +0700', '2023-10-17T03:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 GMT', '2023-10-17T10:00:00.000Z'],
      ['17 Oct 2023 10:00:00 +0000', '2023-10-17T10:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 -0000', '2023-10-17T10:00:00.000Z'],
      ['17 Oct 03 10:00 GMT', '2003-10-17T10:00:00.000Z'],
      ['Fri, 17 Oct 97 10:00:00 GMT', '1997-10-17T10:00:00.000Z'],
      ['17 Oct 49 10:00 GMT', '2049-10-17T10:00:00.000Z'],
      ['17 Oct 50 10:00 GMT', '1950-10-17T10:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00 +0700', '2023-10-17T03:00:00.000Z'],
      ['Thu, 5 Oct 2023 10:00:00 GMT', '2023-10-05T10:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 UT', '2023-10-17T10:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 UTC', '2023-10-17T10:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 Z', '2023-10-17T10:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 EST', '2023-10-17T15:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 EDT', '2023-10-17T14:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 CST', '2023-10-17T16:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 CDT', '2023-10-17T15:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 MST', '2023-10-17T17:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 MDT', '2023-10-17T16:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 PST', '2023-10-17T18:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 PDT', '2023-10-17T17:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 A', '2023-10-17T10:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 +07:00', '2023-10-17T03:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 +07', '2023-10-17T03:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 -0430', '2023-10-17T14:30:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 GMT+0700', '2023-10-17T03:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00+0700', '2023-10-17T03:00:00.000Z'],
      ['  Tue,   17  Oct   2023  10:00:00    +0700  ', '2023-10-17T03:00:00.000Z'],
      ['Tue 17 Oct 2023 10:00:00 +0700', '2023-10-17T03:00:00.000Z'],
      ['Mon, 17 Oct 2023 10:00:00 +0700', '2023-10-17T03:00:00.000Z'],
      ['Tuesday, 17 October 2023 10:00:00 GMT', '2023-10-17T10:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 GMT (UTC)', '2023-10-17T10:00:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00 +0700 (WIB)', '2023-10-17T03:00:00.000Z'],
      ['tue, 17 oct 2023 10:00:00 gmt', '2023-10-17T10:00:00.000Z'],
      ['TUE, 17 OCT 2023 10:00:00 GMT', '2023-10-17T10:00:00.000Z'],
      ['17-Oct-2023 10:00:00 +0700', '2023-10-17T03:00:00.000Z'],
      ['Oct 17, 2023 10:00 AM', '2023-10-17T03:00:00.000Z'],
      ['Oct 17, 2023 10:00 PM', '2023-10-17T15:00:00.000Z'],
      ['Oct 17, 2023 12:30am', '2023-10-16T17:30:00.000Z'],
      ['Tue, 17 Oct 2023 10:00:00.5 GMT', '2023-10-17T10:00:00.500Z'],
    ]);
  });

  describe('Indonesian', () => {
    check([
      ['Selasa, 17 Oktober 2023 10:00 WIB', '2023-10-17T03:00:00.000Z'],
      ['05 Agustus 2019', '2019-08-04T17:00:00.000Z'],
      ['17 Oktober 2023, 10:00 WITA', '2023-10-17T02:00:00.000Z'],
      ['17 Oktober 2023 10:00 WIT', '2023-10-17T01:00:00.000Z'],
      ['17 Okt 2023 - 10:00 WIT', '2023-10-17T01:00:00.000Z'],
      ['Senin, 5 Agustus 2019 | 08:15 WIB', '2019-08-05T01:15:00.000Z'],
      ['17/10/2023 10:00 WIB', '2023-10-17T03:00:00.000Z'],
      ['17-10-2023 10:00 WIB', '2023-10-17T03:00:00.000Z'],
      ['17/10/2023', '2023-10-16T17:00:00.000Z'],
      ['5/8/2019 08.15 WIB', '2019-08-05T01:15:00.000Z'],
      ['17/10/23 10:00', '2023-10-17T03:00:00.000Z'],
      ['2023/10/17 10:00 WIB', '2023-10-17T03:00:00.000Z'],
      ['Selasa, 17 Oktober 2023 10.00 WIB', '2023-10-17T03:00:00.000Z'],
      ['17 Oktober 2023 10.00.30 WIB', '2023-10-17T03:00:30.000Z'],
      ['Selasa, 17 Oktober 2023 pukul 10.00 WIB', '2023-10-17T03:00:00.000Z'],
      ["Jum'at, 20 Oktober 2023 14:30 WIB", '2023-10-20T07:30:00.000Z'],
      ['Jum’at, 20 Oktober 2023 14:30 WIB', '2023-10-20T07:30:00.000Z'],
      ['Jumat, 20 Oktober 2023 14.30 WIB', '2023-10-20T07:30:00.000Z'],
      ['Sabtu, 21 Okt 2023 08:00 WITA', '2023-10-21T00:00:00.000Z'],
      ['Minggu, 22 Oktober 2023 23:00 WIT', '2023-10-22T14:00:00.000Z'],
      ['Ahad, 22 Oktober 2023 06:00 WIT', '2023-10-21T21:00:00.000Z'],
      ['Rabu, 18 Oktober 2023', '2023-10-17T17:00:00.000Z'],
      ['Kamis, 19 Oktober 2023', '2023-10-18T17:00:00.000Z'],
      ['17 OKTOBER 2023 10:00 wib', '2023-10-17T03:00:00.000Z'],
      ['selasa, 17 oktober 2023 10:00 wita', '2023-10-17T02:00:00.000Z'],
      ['17 Oktober 2023 10:00WIB', '2023-10-17T03:00:00.000Z'],
      ['10:00 WIB, 17 Oktober 2023', '2023-10-17T03:00:00.000Z'],
      ['17 Agt. 2019', '2019-08-16T17:00:00.000Z'],
      ['29 Februari 2024', '2024-02-28T17:00:00.000Z'],
      ['17 Oktober 2023 10:00 +07:00', '2023-10-17T03:00:00.000Z'],
    ]);
  });

  describe('month names', () => {
    const months: Array<[string, number]> = [
      ['Januari', 1], ['Jan', 1], ['January', 1],
      ['Februari', 2], ['Feb', 2], ['Pebruari', 2],
      ['Maret', 3], ['Mar', 3], ['March', 3],
      ['April', 4], ['Apr', 4],
      ['Mei', 5], ['May', 5],
      ['Juni', 6], ['Jun', 6], ['June', 6],
      ['Juli', 7], ['Jul', 7], ['July', 7],
      ['Agustus', 8], ['Agu', 8], ['Agt', 8], ['Ags', 8], ['Aug', 8], ['August', 8],
      ['September', 9], ['Sep', 9], ['Sept', 9],
      ['Oktober', 10], ['Okt', 10], ['Oct', 10],
      ['November', 11], ['Nov', 11], ['Nop', 11], ['Nopember', 11],
      ['Desember', 12], ['Des', 12], ['Dec', 12], ['December', 12],
    ];
    check(months.map(([name, n]): Case => [`15 ${name} 2023 10:00 GMT`, `2023-${String(n).padStart(2, '0')}-15T10:00:00.000Z`]));
  });

  describe('a date-time without a zone is local time in the province (WIB, WITA, WIT)', () => {
    // Issue #14: these were read as UTC, so 10.00 showed as 17.00 WIB.
    check([
      ['Selasa, 17 Oktober 2023 10:00', '2023-10-17T03:00:00.000Z'],
      ['2023-10-17T10:00:00', '2023-10-17T03:00:00.000Z'],
      ['2023-10-17T10:00:00.250', '2023-10-17T03:00:00.250Z'],
      ['Tue, 17 Oct 2023 10:00:00', '2023-10-17T03:00:00.000Z'],
      ['17/10/2023 10.00', '2023-10-17T03:00:00.000Z'],
      ['Senin, 1 Januari 2024 06:30', '2023-12-31T23:30:00.000Z'],
    ]);
    check(
      [
        ['Selasa, 17 Oktober 2023 10:00', '2023-10-17T02:00:00.000Z'],
        ['2023-10-17T10:00:00', '2023-10-17T02:00:00.000Z'],
        ["Jum'at, 20 Oktober 2023 pukul 07.15", '2023-10-19T23:15:00.000Z'],
      ],
      'Asia/Makassar',
    );
    check(
      [
        ['Selasa, 17 Oktober 2023 10:00', '2023-10-17T01:00:00.000Z'],
        ['2023-10-17T10:00:00', '2023-10-17T01:00:00.000Z'],
        ['Minggu, 22 Okt 2023 08:00', '2023-10-21T23:00:00.000Z'],
      ],
      'Asia/Jayapura',
    );
    // West Kalimantan is WIB under its own IANA name.
    check([['2023-10-17T10:00:00', '2023-10-17T03:00:00.000Z']], 'Asia/Pontianak');
    // Jakarta kept UTC+7:30 until 1964: the offset in force on the day counts, not today's.
    check([['1960-06-01T10:00:00', '1960-06-01T02:30:00.000Z']]);
    // An offset or zone name in the text wins over the province's zone.
    check(
      [
        ['2023-10-17T10:00:00+07:00', '2023-10-17T03:00:00.000Z'],
        ['2023-10-17T10:00:00Z', '2023-10-17T10:00:00.000Z'],
        ['Selasa, 17 Oktober 2023 10:00 WIB', '2023-10-17T03:00:00.000Z'],
        ['Tue, 17 Oct 2023 10:00:00 GMT', '2023-10-17T10:00:00.000Z'],
      ],
      'Asia/Jayapura',
    );
    // An unknown zone must not break parsing: WIB.
    check([['2023-10-17T10:00:00', '2023-10-17T03:00:00.000Z']], 'Mars/Olympus');
  });

  describe('parseFeedDate: a day without a time is a calendar date', () => {
    const cases: Array<[input: string, timeZone: string | undefined, instant: string, dateOnly: boolean]> = [
      ['2023-10-16', undefined, '2023-10-15T17:00:00.000Z', true],
      ['2023-10-16', 'Asia/Makassar', '2023-10-15T16:00:00.000Z', true],
      ['2023-10-16', 'Asia/Jayapura', '2023-10-15T15:00:00.000Z', true],
      ['Senin, 16 Oktober 2023', 'Asia/Makassar', '2023-10-15T16:00:00.000Z', true],
      ['16 Okt 2023', undefined, '2023-10-15T17:00:00.000Z', true],
      ['16/10/2023', 'Asia/Jayapura', '2023-10-15T15:00:00.000Z', true],
      ['Mon, 16 Oct 2023', undefined, '2023-10-15T17:00:00.000Z', true],
      // A zone written next to a bare day does not move the day.
      ['2023-10-16Z', 'Asia/Jayapura', '2023-10-15T15:00:00.000Z', true],
      // Midnight written out is a time.
      ['2023-10-16T00:00:00', undefined, '2023-10-15T17:00:00.000Z', false],
      ['16 Oktober 2023 00.00 WITA', undefined, '2023-10-15T16:00:00.000Z', false],
      ['Tue, 17 Oct 2023 10:00:00 +0700', undefined, '2023-10-17T03:00:00.000Z', false],
    ];
    for (const [input, timeZone, instant, dateOnly] of cases) {
      it(`${JSON.stringify(input)}${timeZone ? ` in ${timeZone}` : ''} → ${instant}${dateOnly ? ', date only' : ''}`, () => {
        const parsed = parseFeedDate(input, { timeZone });
        expect(parsed?.date.toISOString()).to.equal(instant);
        expect(parsed?.dateOnly).to.equal(dateOnly);
      });
    }
    it('is undefined where parseDate is', () => {
      expect(parseFeedDate('2023-02-30')).to.equal(undefined);
      expect(parseFeedDate('kemarin sore', { timeZone: 'Asia/Makassar' })).to.equal(undefined);
    });
  });

  describe('rejects what it cannot read', () => {
    const bad: Array<string | null | undefined> = [
      undefined,
      null,
      '',
      '   ',
      'garbage',
      'not a date',
      'Invalid Date',
      'NaN',
      'null',
      'undefined',
      '12345',
      '1697536800',
      '2023',
      '17',
      '0000-00-00 00:00:00',
      '0000-00-00',
      '0001-01-01T00:00:00Z',
      '2023-13-01',
      '2023-00-10',
      '2023-10-32',
      '2023-10-00',
      '2023-02-29',
      '2023-02-30T10:00:00Z',
      '2023-04-31',
      '1900-02-29',
      '2100-02-29T10:00:00Z',
      '2023-06-31',
      '2023-09-31',
      '2023-11-31',
      '2023-10-17T25:00:00Z',
      '2023-10-17T24:00:00Z',
      '2023-10-17T10:60:00Z',
      '2023-10-17T10:00:00+07:00 extra',
      '2023-10-17T10:00:00+25:00',
      '32 Oct 2023',
      '0 Oct 2023',
      '30 Februari 2024',
      '31/04/2023',
      '17/13/2023',
      '17 Oct 2023 25:00 GMT',
      'Tue, 17 Foo 2023 10:00:00 GMT',
      'Tue, 17 Oct 2023 10:00:00 XYZ',
      'Tue, 17 Oct 2023 10:00:00 +2500',
      'Oktober 2023',
      '17 Oktober',
      '17 Oct 2023 10:00 13:00',
      '17 Oct Nov 2023',
      '17 Oct 2023 13:00 PM',
      '17 Oct 2023 2024',
      '10:00 WIB',
    ];
    for (const input of bad) {
      it(`${JSON.stringify(input)} → undefined`, () => {
        expect(parseDate(input)).to.equal(undefined);
      });
    }
  });
});
