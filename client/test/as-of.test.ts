import { describe, expect, it } from 'vitest';
import { happenedBy, lastDay } from '@common/partial-date';
import { asOfAt, sliderPosition } from '../src/state/as-of';
import { formatPartialDate } from '../src/i18n/dates';

describe('as-of dates', () => {
  it('count a year or a month from its last day, as the API does', () => {
    expect(lastDay('2012')).toBe('2012-12-31');
    expect(lastDay('2012-02')).toBe('2012-02-29');
    expect(lastDay('2013-02')).toBe('2013-02-28');
    expect(lastDay('2012-01-01')).toBe('2012-01-01');
    expect(happenedBy('2014', '2014-06')).toBe(false);
    expect(happenedBy('2014', '2014')).toBe(true);
    expect(happenedBy('2014-10-10', '2014-10')).toBe(true);
    expect(happenedBy('2008', '2012-01-01')).toBe(true);
    // An undated change is not placed at any date (it counts for the current status only).
    expect(happenedBy(null, '2000')).toBe(false);
  });

  it('map the slider: a year per position, now at the right end', () => {
    expect(sliderPosition(null, 2026)).toBe(2026);
    expect(sliderPosition('2012-01-01', 2026)).toBe(2012);
    expect(sliderPosition('1990', 2026)).toBe(2000);
    expect(asOfAt(2012, 2026)).toBe('2012');
    expect(asOfAt(2026, 2026)).toBeNull();
  });

  it('print a date as precisely as it is known, in each language', () => {
    expect(formatPartialDate('2012', 'en')).toBe('2012');
    expect(formatPartialDate('2020-10', 'en')).toBe('October 2020');
    expect(formatPartialDate('2020-10', 'ru')).toMatch(/^октябрь 2020/);
    expect(formatPartialDate('2020-10-12', 'ru')).toBe('12 октября 2020 г.');
  });
});
