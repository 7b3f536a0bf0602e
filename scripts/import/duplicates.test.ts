// The duplicates a newsroom really produces: the same defection reported on nearby days, or dated only roughly.
import { describe, expect, it } from 'vitest';
import { Defection, type DefectionDate } from '../../src/lib/schema';
import { defectionInput } from '../../tests/fixtures/records';
import { findDuplicate } from './duplicates';

const ulPov = Defection.parse(
  defectionInput({ id: 'ul-pov', person: { name: 'Ul Pov' }, place: { province: '03', district: '0306', commune: '030613' }, date: { value: '2017-10-28', precision: 'day' } })
);

/** The same person at the same commune, in a row with its own id and this date. */
const reportedAgain = (date: DefectionDate, name = 'Oul Pov'): Defection => ({ ...ulPov, id: 'oul-pov', person: { ...ulPov.person, name }, date });

describe('findDuplicate', () => {
  it.each<[string, DefectionDate]>([
    ['the same day', { value: '2017-10-28', precision: 'day' }],
    ['"about 29 Oct" (approximate) for 28 Oct', { value: '2017-10-29', precision: 'approximate' }],
    ['a report date a few days after the event: 1 Nov for 28 Oct', { value: '2017-11-01', precision: 'day' }],
    ['26 Oct, before the event', { value: '2017-10-26', precision: 'day' }],
    ['an approximate date a little further off: about 7 Nov', { value: '2017-11-07', precision: 'approximate' }],
    ['the month', { value: '2017-10', precision: 'month' }],
    ['a range ending a few days before', { precision: 'range', not_before: '2017-10-01', not_after: '2017-10-24', note: 'Between two reports.' }],
    ['no date at all', { precision: 'unknown', note: 'Not reported.' }]
  ])('catches %s', (_, date) => {
    expect(findDuplicate(reportedAgain(date), [ulPov])?.id).toBe('ul-pov');
  });

  it('catches 26 Oct against 1 Nov, six days apart, whichever is in data/', () => {
    const first = { ...ulPov, date: { value: '2017-10-26', precision: 'day' as const } };
    expect(findDuplicate(reportedAgain({ value: '2017-11-01', precision: 'day' }), [first])?.id).toBe('ul-pov');
    expect(findDuplicate({ ...first, id: 'oul-pov' }, [{ ...ulPov, date: { value: '2017-11-01', precision: 'day' } }])?.id).toBe('ul-pov');
  });

  it.each<[string, DefectionDate]>([
    ['1 Oct against 20 Nov', { value: '2017-10-01', precision: 'day' }],
    ['nine days before', { value: '2017-11-11', precision: 'day' }],
    ['an approximate date six weeks earlier', { value: '2017-10-08', precision: 'approximate' }]
  ])('does not catch %s: another defection', (_, date) => {
    expect(findDuplicate(reportedAgain(date), [{ ...ulPov, date: { value: '2017-11-20', precision: 'day' } }])).toBeUndefined();
  });

  it('does not catch another person, or the same name in another commune', () => {
    expect(findDuplicate(reportedAgain(ulPov.date, 'Sem Kosal'), [ulPov])).toBeUndefined();
    expect(findDuplicate({ ...reportedAgain(ulPov.date), place: { province: '03', district: '0306', commune: '030614' } }, [ulPov])).toBeUndefined();
  });
});
