import { describe, expect, it } from 'vitest';
import { CASE_WORDS, caseWords } from './words';

describe('caseWords', () => {
  const w = caseWords('en');

  it('falls back to English for a language without a catalogue, and for none', () => {
    expect(caseWords('ms')).toBe(CASE_WORDS.en);
    expect(caseWords('km')).toBe(CASE_WORDS.en);
    expect(caseWords(undefined)).toBe(CASE_WORDS.en);
    expect(caseWords('toString')).toBe(CASE_WORDS.en);
  });

  it('writes one switch in the singular and every other count in the plural', () => {
    expect(w.switches(0)).toBe('0 switches');
    expect(w.switches(1)).toBe('1 switch');
    expect(w.switches(2)).toBe('2 switches');
    expect(w.count(1, 'MP', 'MPs')).toBe('1 MP');
    expect(w.count(39, 'MP', 'MPs')).toBe('39 MPs');
    expect(w.dashboard.alsoShown(1)).toBe('Also shown: 1 switch whose status is not counted.');
    expect(w.dashboard.alsoShown(3)).toBe('Also shown: 3 switches whose status is not counted.');
    expect(w.dashboard.switchesDetail(44)).toBe('(44 switches)');
    expect(w.dashboard.records(1, false)).toBe('1 switch');
    expect(w.dashboard.records(12, true)).toBe('12 switches matching the filters');
    expect(w.person.switchesHere(1)).toBe('1 switch in this case.');
    expect(w.person.switchesHere(2)).toBe('2 switches in this case, in date order.');
  });

  it('writes shares to one decimal place, in the sentences the pages show', () => {
    expect(w.percent((39 / 222) * 100)).toBe('17.6%');
    expect(w.percent(0)).toBe('0.0%');
    expect(w.dashboard.share(w.percent((39 / 222) * 100), 222, 'MPs in the Dewan Rakyat')).toBe('That is 17.6% of the 222 MPs in the Dewan Rakyat');
    expect(w.overview.shareOfSeats('17.6%', '222', 'seats')).toBe('17.6% of the 222 seats');
    expect(w.overview.chartLabel('Malaysia', '17.6%', 222, 'seats.')).toBe('Malaysia: 17.6% of 222 seats. in sourced records');
  });

  it('writes dates, labels and the person page as before', () => {
    expect(w.dates.from('1 Jan 2019')).toBe('from 1 Jan 2019');
    expect(w.dates.by('1 Jan 2019')).toBe('by 1 Jan 2019');
    expect(w.dates.range('1 Jan 2019', '3 Jan 2019')).toBe('1 Jan 2019 – 3 Jan 2019');
    expect(w.dates.between('1 Jan 2019')).toBe('between 1 Jan 2019 and …');
    expect(w.dates.between(undefined, '3 Jan 2019')).toBe('between … and 3 Jan 2019');
    expect(w.dates.unknown).toBe('date unknown');
    expect(w.inline('Resigned from the party')).toBe('resigned from the party');
    expect(w.person.left('UMNO', 'resigned')).toBe('Left UMNO (resigned)');
    expect(w.person.left('PKR', 'expelled', 'the party')).toBe('Left PKR (expelled, by the party)');
    expect(w.dashboard.runningTotal('people')).toBe('Sourced records, running total (people)');
    expect(w.dashboard.runningTotal('switches')).toBe('Sourced records, running total (switches)');
    expect(w.dashboard.mapTitle('States', '39 MPs switched')).toBe('Map of states: 39 MPs switched');
    expect(w.overview.dayZero('24 Feb 2020', 'Sheraton Move')).toBe('Day 0: 24 Feb 2020, Sheraton Move');
  });
});
