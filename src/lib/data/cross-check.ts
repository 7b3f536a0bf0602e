// Checks between records and the reference lists: places, parties, waves, source counts, dates.
import type { Dataset, Defection, Refusal } from '$lib/schema';
import { defectionInterval, intervalsOverlap, partialDateInterval } from './dates';
import type { ValidationIssue } from './issues';

type Place = Defection['place'];

function checkPlace(place: Place, report: (field: string, found: string, expected: string, fix: string) => void, data: Dataset) {
  if (!place.province) {
    if (place.district || place.commune) {
      report('place.province', 'nothing', 'the province of the district or commune given', 'Add the two-digit province code: a district or commune code starts with it.');
    }
    return;
  }
  const province = data.provinces.find((p) => p.code === place.province);
  if (!province) {
    report('place.province', `"${place.province}"`, 'a province code from data/places/provinces.csv ("01" to "25")', 'Look the province up in data/places/provinces.csv and use its two-digit code.');
    return;
  }
  if (place.district) {
    const district = data.districts.find((d) => d.code === place.district);
    if (!district) {
      report('place.district', `"${place.district}"`, 'a district code from data/places/districts.csv', `Find the district among the codes starting with "${place.province}" in data/places/districts.csv, or leave it out if no source names it.`);
    } else if (district.province !== place.province) {
      report('place.district', `"${place.district}" (${district.name}, in province ${district.province})`, `a district of province ${place.province} (${province.name})`, 'Correct the district or the province: a district code starts with its province code.');
    }
  }
  if (place.commune) {
    const commune = data.communes.find((c) => c.code === place.commune);
    if (!commune) {
      report('place.commune', `"${place.commune}"`, 'a commune code from data/places/communes.csv', `Find the commune in data/places/communes.csv (codes starting with "${place.district ?? place.province}"); names repeat across provinces, so match by province and district. Leave it out if no source names it.`);
    } else if (!commune.code.startsWith(place.province) || (place.district && commune.district !== place.district)) {
      report('place.commune', `"${place.commune}" (${commune.name}, district ${commune.district})`, `a commune of ${place.district ? `district ${place.district}` : `province ${place.province}`}`, 'Correct the commune code, or the district/province: a commune code starts with its district code.');
    } else if (!place.district) {
      report('place.district', 'nothing', `"${commune.district}" (the district of commune ${commune.code})`, `Add district: "${commune.district}" — it follows from the commune code.`);
    }
  }
}

function distinctOutlets(record: Defection): number {
  return new Set(record.sources.map((source) => source.outlet.toLowerCase().replace(/\s*\(.*\)\s*/g, '').trim())).size;
}

export function crossCheck(data: Dataset, fileOf: Map<string, string>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const partyCodes = new Set(data.parties.map((party) => party.code));
  const waves = new Map(data.waves.map((wave) => [wave.id, wave]));
  const today = new Date().toISOString().slice(0, 10);

  const reporterFor = (record: Defection | Refusal) => (field: string, found: string, expected: string, fix: string) =>
    issues.push({ file: fileOf.get(record.id) ?? 'data/', record: record.id, field, found, expected, fix });

  for (const record of data.defections) {
    const report = reporterFor(record);
    checkPlace(record.place, report, data);
    for (const field of ['from_party', 'to_party'] as const) {
      if (!partyCodes.has(record[field])) {
        report(field, `"${record[field]}"`, `a party code from data/parties.yaml (${[...partyCodes].join(', ')})`, 'Use a listed code, or add the party to data/parties.yaml first.');
      }
    }
    if (record.from_party === record.to_party) {
      report('to_party', `"${record.to_party}", the same as from_party`, 'a different party from from_party', 'A defection moves between two parties: check both fields.');
    }
    if (record.status === 'confirmed' && distinctOutlets(record) < 2) {
      report('status', '"confirmed" with sources from one outlet', 'sources from at least two independent outlets for "confirmed"', 'Add a second, independent source, or set status: reported.');
    }
    record.reactions.forEach((reaction, index) => {
      if (reaction.source >= record.sources.length) {
        report(`reactions[${index}].source`, String(reaction.source), `an index into sources (0 to ${record.sources.length - 1})`, 'Point the reaction at the source that reports it (0 is the first source).');
      }
    });
    const interval = defectionInterval(record.date);
    if (interval && interval.start > interval.end) {
      report('date', `${interval.start} … ${interval.end}`, 'not_before and not_after that leave at least one possible day', 'Check the date value and its bounds.');
    }
    if (interval && interval.start > today) {
      report('date.value', `"${record.date.value}"`, 'a date that is not in the future', 'Correct the date.');
    }
    const wave = waves.get(record.wave);
    if (!wave) {
      report('wave', `"${record.wave}"`, `a wave id from data/waves.yaml (${[...waves.keys()].join(', ')})`, 'Use a listed wave, or add the wave to data/waves.yaml.');
    } else if (interval && !intervalsOverlap(interval, { start: wave.start, end: wave.end ?? '9999-12-31' })) {
      report('date.value', `${record.date.value ?? ''} (${interval.start} to ${interval.end})`, `a date within the wave "${wave.id}" (${wave.start} to ${wave.end ?? 'today'})`, 'Correct the date, or assign the record to the wave its date falls in.');
    }
    if (record.retracted && record.retracted.date < (interval?.start ?? '0000')) {
      report('retracted.date', `"${record.retracted.date}"`, 'a retraction dated after the defection', 'Use the day the record was retracted.');
    }
  }

  for (const refusal of data.refusals) {
    const report = reporterFor(refusal);
    checkPlace(refusal.place, report, data);
    if (!partyCodes.has(refusal.party)) {
      report('party', `"${refusal.party}"`, 'a party code from data/parties.yaml', 'Use a listed code, or add the party to data/parties.yaml first.');
    }
  }

  const ids = new Map<string, string>();
  for (const [file, list] of [
    ['data/tallies.yaml', data.tallies],
    ['data/events.yaml', data.events],
    ['data/waves.yaml', data.waves]
  ] as const) {
    ids.clear();
    for (const entry of list) {
      if (ids.has(entry.id)) {
        issues.push({ file, record: entry.id, field: 'id', found: `"${entry.id}" twice`, expected: 'a unique id', fix: 'Give each entry its own id, or merge duplicates.' });
      }
      ids.set(entry.id, file);
    }
  }
  const defaults = data.waves.filter((wave) => wave.default);
  // With no wave at all, the missing or empty waves.yaml is what to fix, and every record's wave is reported already.
  if (data.waves.length > 0 && defaults.length !== 1) {
    issues.push({
      file: 'data/waves.yaml',
      record: defaults[1]?.id,
      field: 'default',
      found: defaults.length === 0 ? 'no wave with "default: true"' : `"default: true" on ${defaults.length} waves (${defaults.map((wave) => wave.id).join(', ')})`,
      expected: 'exactly one wave with "default: true": the wave the dashboard opens on',
      fix: defaults.length === 0 ? 'Add "default: true" to the wave the dashboard should open on.' : 'Keep "default: true" on one wave only.'
    });
  }
  // A typo among the series the tallies have; with no tallies yet (a new case, one record checked) nothing is charted.
  const series = new Set(data.tallies.map((tally) => tally.series));
  for (const wave of data.waves) {
    if (wave.claims_series && series.size > 0 && !series.has(wave.claims_series)) {
      const known = [...series].map((s) => `"${s}"`).join(', ');
      issues.push({ file: 'data/waves.yaml', record: wave.id, field: 'claims_series', found: `"${wave.claims_series}"`, expected: `the series of some tally in data/tallies.yaml (${known})`, fix: 'Use a series the tallies have, or leave the field out.' });
    }
  }
  for (const tally of data.tallies) {
    if (partialDateInterval(tally.date).start > today) {
      issues.push({ file: 'data/tallies.yaml', record: tally.id, field: 'date', found: tally.date, expected: 'a date that is not in the future', fix: 'Correct the date.' });
    }
    if (tally.province && !data.provinces.some((p) => p.code === tally.province)) {
      issues.push({ file: 'data/tallies.yaml', record: tally.id, field: 'province', found: `"${tally.province}"`, expected: 'a province code from data/places/provinces.csv', fix: 'Use a two-digit province code.' });
    }
    if (tally.seats_of && !data.parties.some((p) => p.code === tally.seats_of!.party)) {
      issues.push({ file: 'data/tallies.yaml', record: tally.id, field: 'seats_of.party', found: `"${tally.seats_of.party}"`, expected: 'a party code from data/parties.yaml', fix: 'Use the code of the party that held the seats, e.g. "CNRP".' });
    }
    if (tally.seats_of && tally.count === undefined) {
      issues.push({ file: 'data/tallies.yaml', record: tally.id, field: 'count', found: 'no count', expected: 'the number of seats, as seats_of is given', fix: 'Add the count of seats, or remove seats_of.' });
    }
  }
  const provinceByCode = new Map(data.provinces.map((province) => [province.code, province]));
  for (const province of data.provinces.filter((p) => p.shown_with)) {
    const shape = provinceByCode.get(province.shown_with!);
    if (!shape || shape === province || shape.shown_with) {
      issues.push({
        file: 'data/places/provinces.csv',
        record: province.code,
        field: 'shown_with',
        found: `"${province.shown_with}"${shape === province ? ', the province itself' : shape ? `, ${shape.name}, which is itself shown with ${shape.shown_with}` : ''}`,
        expected: 'the code of another province in data/places/provinces.csv that has a shape of its own',
        fix: 'Give the code of the province whose boundary shape covers this one, or leave the cell empty if the boundary file draws it.'
      });
    }
  }
  const seenParties = new Set<string>();
  for (const party of data.parties) {
    if (seenParties.has(party.code)) {
      issues.push({ file: 'data/parties.yaml', record: party.code, field: 'code', found: `"${party.code}" twice`, expected: 'a unique code', fix: 'Merge the duplicate entries.' });
    }
    seenParties.add(party.code);
  }
  return issues;
}
