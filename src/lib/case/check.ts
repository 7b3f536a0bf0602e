// Cross-checks between the files of one case: references (person, parties, places, offices, events), dates against the
// case's period, translations against its languages, and the changelog against its records.
import type { DataFile } from '$lib/data/dataset';
import { defectionInterval, intervalsOverlap, partialDateInterval, type DayInterval } from '$lib/data/dates';
import type { ValidationIssue } from '$lib/data/issues';
import type { DefectionDate } from '$lib/schema/defection';
import { type CaseData, type CaseSource, placesFileName, type Translated } from './schema';

/** Every translatable map of a case, with where it is. */
function translatables(data: CaseData, fileOf: ReadonlyMap<string, string>) {
  const found: { file: string; record?: string; field: string; map: Translated }[] = [];
  const meta = data.meta;
  const metaFile = `${data.dir}/case.yaml`;
  const add = (file: string, record: string | undefined, field: string, map: Translated | undefined) => {
    if (map) found.push({ file, record, field, map });
  };
  add(metaFile, meta.id, 'title', meta.title);
  add(metaFile, meta.id, 'short_title', meta.short_title);
  add(metaFile, meta.id, 'summary', meta.summary);
  add(metaFile, meta.id, 'trigger.label', meta.trigger.label);
  meta.levels.forEach((level, i) => {
    add(metaFile, meta.id, `levels[${i}].name`, level.name);
    add(metaFile, meta.id, `levels[${i}].plural`, level.plural);
  });
  meta.offices.forEach((office, i) => {
    add(metaFile, meta.id, `offices[${i}].name`, office.name);
    add(metaFile, meta.id, `offices[${i}].chamber`, office.chamber);
  });
  meta.denominators.forEach((denominator, i) => add(metaFile, meta.id, `denominators[${i}].what`, denominator.what));
  add(metaFile, meta.id, 'counting.rule', meta.counting.rule);
  add(metaFile, meta.id, 'strings.subject', meta.strings.subject);
  add(metaFile, meta.id, 'strings.subject_one', meta.strings.subject_one);
  add(metaFile, meta.id, 'strings.switched', meta.strings.switched);
  for (const person of data.people) add(fileOf.get(person.id) ?? data.dir, person.id, 'outcome', person.outcome);
  for (const item of data.switches) add(fileOf.get(item.id) ?? data.dir, item.id, 'left.by', item.left.by);
  for (const tally of data.tallies) add(`${data.dir}/tallies.yaml`, tally.id, 'what_was_counted', tally.what_was_counted);
  for (const event of data.events) {
    add(`${data.dir}/events.yaml`, event.id, 'title', event.title);
    add(`${data.dir}/events.yaml`, event.id, 'description', event.description);
  }
  return found;
}

function distinctOutlets(sources: readonly CaseSource[]): number {
  return new Set(sources.map((source) => source.outlet.toLowerCase().replace(/\s*\(.*\)\s*/g, '').trim())).size;
}

const describeDate = (date: DefectionDate) => (date.value ? `"${date.value}"` : `${date.not_before ?? '…'} to ${date.not_after ?? '…'}`);

export function crossCheckCase(data: CaseData, files: readonly DataFile[], fileOf: ReadonlyMap<string, string>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { dir, meta } = data;
  const metaFile = `${dir}/case.yaml`;
  const partiesFile = `${dir}/parties.yaml`;
  const changesFile = `${dir}/changes.yaml`;
  const folder = dir.split('/').at(-1) ?? dir;
  const push = (issue: ValidationIssue) => issues.push(issue);
  const inMeta = (field: string, found: string, expected: string, fix: string) => push({ file: metaFile, record: meta.id, field, found, expected, fix });
  const today = new Date().toISOString().slice(0, 10);
  const period: DayInterval = { start: meta.period.start, end: meta.period.end ?? '9999-12-31' };
  const periodText = `${meta.period.start} to ${meta.period.end ?? 'today'}`;

  // ——— case.yaml ———
  if (meta.id !== folder) {
    inMeta('id', `"${meta.id}"`, `"${folder}" (the folder name)`, `Change the id to "${folder}", or rename the folder to ${dir.replace(/[^/]*$/, meta.id)}/.`);
  }
  if (meta.period.end && meta.period.end < meta.period.start) {
    inMeta('period.end', `"${meta.period.end}", before period.start (${meta.period.start})`, 'an end on or after the start', 'Check both dates of the period.');
  }
  if (!intervalsOverlap(partialDateInterval(meta.trigger.date), period)) {
    inMeta('trigger.date', `"${meta.trigger.date}"`, `a date within the case's period (${periodText})`, 'The trigger opens the period: use its date as period.start, or correct it.');
  }
  const mapLevels = meta.levels.filter((level) => level.map);
  if (mapLevels.length !== 1) {
    inMeta(
      'levels',
      mapLevels.length === 0 ? 'no level with "map: true"' : `"map: true" on ${mapLevels.length} levels (${mapLevels.map((level) => level.key).join(', ')})`,
      'exactly one level with "map: true": the level the dashboard map draws',
      mapLevels.length === 0 ? 'Add "map: true" (and its boundaries file) to the level the map should draw.' : 'Keep "map: true" on one level only.'
    );
  }
  const levelKeys = new Set<string>();
  meta.levels.forEach((level, i) => {
    if (levelKeys.has(level.key)) inMeta(`levels[${i}].key`, `"${level.key}" twice`, 'a unique level key', 'Give each level its own key.');
    if (level.parent !== undefined && !levelKeys.has(level.parent)) {
      inMeta(
        `levels[${i}].parent`,
        `"${level.parent}"`,
        levelKeys.size ? `the key of a level declared above this one (${[...levelKeys].join(', ')})` : 'no parent: the first level is the outermost',
        'Levels are listed outermost first: name an enclosing level declared above, or leave parent out.'
      );
    }
    levelKeys.add(level.key);
  });
  const offices = new Map<string, number>();
  meta.offices.forEach((office, i) => {
    if (offices.has(office.id)) inMeta(`offices[${i}].id`, `"${office.id}" twice`, 'a unique office id', 'Give each office its own id.');
    offices.set(office.id, i);
    if (!levelKeys.has(office.seat_level)) {
      inMeta(`offices[${i}].seat_level`, `"${office.seat_level}"`, `a level key from levels (${[...levelKeys].join(', ')})`, 'Name the level whose places a mandate of this office is held for.');
    }
  });
  const officeList = [...offices.keys()].join(', ');
  meta.denominators.forEach((denominator, i) => {
    if (!offices.has(denominator.office)) {
      inMeta(`denominators[${i}].office`, `"${denominator.office}"`, `an office id from offices (${officeList})`, 'Name the office whose seats the denominator counts.');
    }
  });
  meta.counting.statuses.forEach((status, i) => {
    if (meta.counting.statuses.indexOf(status) !== i) inMeta(`counting.statuses[${i}]`, `"${status}" twice`, 'each counted status once', 'Remove the repeated status.');
  });

  // ——— translations ———
  const languages = meta.languages;
  for (const { file, record, field, map } of translatables(data, fileOf)) {
    const missing = languages.filter((language) => !(map[language] ?? '').trim());
    if (missing.length > 0) {
      push({
        file,
        record,
        field,
        found: `no ${missing.map((language) => `"${language}"`).join(', ')} text (has ${Object.keys(map).join(', ') || 'none'})`,
        expected: `a text in each language the case declares (${languages.join(', ')})`,
        fix: `Add ${missing.map((language) => `${language}: "…"`).join(', ')} to ${field} (case.yaml declares languages: [${languages.join(', ')}]).`
      });
    }
    const extra = Object.keys(map).filter((language) => !languages.includes(language));
    if (extra.length > 0) {
      push({
        file,
        record,
        field,
        found: `a text in ${extra.map((language) => `"${language}"`).join(', ')}, which case.yaml does not declare`,
        expected: `texts in the case's languages only (${languages.join(', ')})`,
        fix: `Remove the ${extra.join(', ')} text, or add ${extra.join(', ')} to languages in case.yaml.`
      });
    }
  }

  // ——— parties.yaml ———
  const parties = new Map(data.parties.map((party) => [party.code, party]));
  const seenParties = new Set<string>();
  const partyList = () => [...parties.keys()].join(', ');
  for (const party of data.parties) {
    const report = (field: string, found: string, expected: string, fix: string) => push({ file: partiesFile, record: party.code, field, found, expected, fix });
    if (seenParties.has(party.code)) report('code', `"${party.code}" twice`, 'a unique code', 'Merge the duplicate entries.');
    seenParties.add(party.code);
    party.coalitions.forEach((membership, i) => {
      const coalition = parties.get(membership.coalition);
      if (!coalition || coalition.kind !== 'coalition') {
        report(
          `coalitions[${i}].coalition`,
          coalition ? `"${membership.coalition}", a ${coalition.kind}` : `"${membership.coalition}"`,
          `the code of an entry with kind: coalition in ${partiesFile}`,
          coalition ? 'Name a coalition, or set kind: coalition on that entry.' : 'Add the coalition to parties.yaml (kind: coalition), or correct the code.'
        );
      }
      if (membership.from && membership.to && membership.to < membership.from) {
        report(`coalitions[${i}].to`, `"${membership.to}", before from (${membership.from})`, 'an end on or after the start', 'Check both dates.');
      }
    });
    const dated = party.founded || party.dissolved || party.coalitions.some((membership) => membership.from || membership.to);
    if (dated && party.sources.length === 0) {
      report('sources', 'dates without a source', 'a source for the dates given (founded, dissolved, coalitions[].from/to)', 'Cite where the dates are stated, or leave the dates out.');
    }
  }

  // ——— places ———
  for (const level of meta.levels) {
    const file = `${dir}/places/${placesFileName(level.key)}`;
    const rows = data.places[level.key] ?? [];
    const codes = new Set<string>();
    for (const place of rows) {
      if (codes.has(place.code)) push({ file, record: place.code, field: 'code', found: `"${place.code}" twice`, expected: 'a unique code', fix: 'Merge the duplicate rows.' });
      codes.add(place.code);
    }
    if (!level.parent || !levelKeys.has(level.parent)) continue;
    const parentCodes = new Set((data.places[level.parent] ?? []).map((place) => place.code));
    for (const place of rows) {
      if (place.parent !== undefined && !parentCodes.has(place.parent)) {
        push({
          file,
          record: place.code,
          field: level.parent,
          found: `"${place.parent}"`,
          expected: `a code from ${dir}/places/${placesFileName(level.parent)}`,
          fix: `Use the code of the ${level.parent} this ${level.key} lies in, as written in ${placesFileName(level.parent)}.`
        });
      }
    }
  }

  const stemsUnder = (sub: string) =>
    files.flatMap((file) => {
      const match = file.path.startsWith(`${dir}/${sub}/`) && /^([^/]+)\.ya?ml$/.exec(file.path.slice(dir.length + sub.length + 2));
      return match ? [match[1]] : [];
    });
  const switchStems = stemsUnder('switches');

  // ——— people ———
  const placeCodes = new Map(meta.levels.map((level) => [level.key, new Set((data.places[level.key] ?? []).map((place) => place.code))]));
  const people = new Map(data.people.map((person) => [person.id, person]));
  const switchedPeople = new Set(data.switches.map((item) => item.person));
  for (const person of data.people) {
    const file = fileOf.get(person.id) ?? `${dir}/people/${person.id}.yaml`;
    const report = (field: string | undefined, found: string, expected: string, fix: string) => push({ file, record: person.id, field, found, expected, fix });
    person.mandates.forEach((mandate, i) => {
      const officeIndex = offices.get(mandate.office);
      if (officeIndex === undefined) {
        report(`mandates[${i}].office`, `"${mandate.office}"`, `an office id from ${metaFile} (${officeList})`, 'Use a declared office, or add the office to case.yaml.');
      } else {
        const level = meta.offices[officeIndex].seat_level;
        const codes = placeCodes.get(level);
        if (codes && !codes.has(mandate.place)) {
          report(`mandates[${i}].place`, `"${mandate.place}"`, `a code from ${dir}/places/${placesFileName(level)} (the seat level of ${mandate.office})`, `Use the seat's code as written in ${placesFileName(level)}, or add the ${level} there first.`);
        }
      }
      for (const key of ['party', 'coalition'] as const) {
        const code = mandate.elected_as?.[key];
        if (code && !parties.has(code)) {
          report(`mandates[${i}].elected_as.${key}`, `"${code}"`, `a code from ${partiesFile} (${partyList()})`, `Use a listed code, or add the ${key} to parties.yaml first.`);
        }
      }
      if (mandate.from && mandate.to && mandate.to < mandate.from) {
        report(`mandates[${i}].to`, `"${mandate.to}", before from (${mandate.from})`, 'an end on or after the start', 'Check both dates of the mandate.');
      }
    });
    // A switch file that failed its schema (reported on its own) still counts, by its name <person-id>-<date>.
    if (!switchedPeople.has(person.id) && !switchStems.some((stem) => stem.startsWith(`${person.id}-`))) {
      report(undefined, `no switch in ${dir}/switches/ with person: ${person.id}`, 'every person to have at least one switch', `Add the person's switch (switches/${person.id}-<left date>.yaml), or delete this file if the person did not switch.`);
    }
  }

  // ——— switches ———
  const eventIds = new Set(data.events.map((event) => event.id));
  for (const item of data.switches) {
    const file = fileOf.get(item.id) ?? `${dir}/switches/${item.id}.yaml`;
    const report = (field: string, found: string, expected: string, fix: string) => push({ file, record: item.id, field, found, expected, fix });
    const person = people.get(item.person);
    if (!person) {
      report('person', `"${item.person}"`, `the id of a person in ${dir}/people/`, `Create ${dir}/people/${item.person}.yaml (name, mandates, sources), or correct the id.`);
    } else if (!person.mandates.some((mandate) => mandate.office === item.office)) {
      report('office', `"${item.office}"`, `an office of one of ${person.id}'s mandates (${[...new Set(person.mandates.map((mandate) => mandate.office))].join(', ')})`, `Add the mandate to ${dir}/people/${person.id}.yaml, or correct the office.`);
    }
    if (!item.id.startsWith(`${item.person}-`)) {
      report('id', `"${item.id}"`, `an id of the form ${item.person}-<left date>`, `Name the switch (and its file) ${item.person}-${item.left.date.value ?? '<left date>'}.`);
    }
    const left = parties.get(item.left.party);
    if (!left) {
      report('left.party', `"${item.left.party}"`, `a party code from ${partiesFile} (${partyList()})`, 'Use a listed code, or add the party to parties.yaml first.');
    } else if (left.kind !== 'party') {
      report('left.party', `"${item.left.party}", a ${left.kind}`, 'the party the person left (kind: party)', left.kind === 'independent' ? 'A switch leaves a party: a move from sitting as an independent into a party is the joined part of the switch that left the previous party.' : 'Name the party the person was a member of, not its coalition.');
    }
    if (item.joined) {
      const joined = parties.get(item.joined.party);
      if (!joined) {
        report(
          'joined.party',
          `"${item.joined.party}"`,
          `a party code from ${partiesFile} (${partyList()})`,
          item.joined.party === 'IND'
            ? `Declare IND in parties.yaml: { code: IND, name: Independent, kind: independent }.`
            : 'Use a listed code, or add the party to parties.yaml first.'
        );
      } else if (joined.kind === 'coalition') {
        report('joined.party', `"${item.joined.party}", a coalition`, 'the party joined (kind: party), or IND (kind: independent)', 'Name the party the person joined; say in notes which coalition they backed.');
      }
      if (item.joined.party === item.left.party) {
        report('joined.party', `"${item.joined.party}", the same as left.party`, 'a different party from left.party', 'A switch moves between two parties: check both fields.');
      }
    }
    const leftInterval = defectionInterval(item.left.date);
    const joinedInterval = item.joined && defectionInterval(item.joined.date);
    for (const [field, date, interval] of [
      ['left.date', item.left.date, leftInterval],
      ['joined.date', item.joined?.date, joinedInterval]
    ] as const) {
      if (!date || !interval) continue;
      if (interval.start > today) report(`${field}.value`, describeDate(date), 'a date that is not in the future', 'Correct the date.');
      else if (!intervalsOverlap(interval, period) && !date.note) {
        report(`${field}.value`, describeDate(date), `a date within the case's period (${periodText})`, `Correct the date, or say in ${field}.note why it falls outside the period.`);
      }
    }
    if (leftInterval && joinedInterval && joinedInterval.end < leftInterval.start) {
      report(
        'joined.date',
        `${describeDate(item.joined!.date)}, before left.date ${describeDate(item.left.date)}`,
        'a joining date on or after the leaving date',
        'Check both dates: a switch joins the new party on or after leaving the old one (if the person joined first, the leaving date is when the old membership ended).'
      );
    }
    if (item.group && !eventIds.has(item.group)) {
      report('group', `"${item.group}"`, `an event id from ${dir}/events.yaml`, 'Add the group move to events.yaml (kind: group-switch), or correct the id.');
    }
    item.reactions.forEach((reaction, i) => {
      if (reaction.source !== undefined && reaction.source >= item.sources.length) {
        report(`reactions[${i}].source`, String(reaction.source), `an index into sources (0 to ${item.sources.length - 1})`, 'Point the reaction at the source that reports it (0 is the first source).');
      }
    });
    if (item.status === 'confirmed' && distinctOutlets(item.sources) < 2) {
      report('status', '"confirmed" with sources from one outlet', 'sources from at least two independent outlets for "confirmed"', 'Add a second, independent source, or set status: reported.');
    }
  }

  // ——— tallies, events ———
  for (const [file, list] of [
    [`${dir}/tallies.yaml`, data.tallies],
    [`${dir}/events.yaml`, data.events]
  ] as const) {
    const ids = new Set<string>();
    for (const entry of list) {
      if (ids.has(entry.id)) push({ file, record: entry.id, field: 'id', found: `"${entry.id}" twice`, expected: 'a unique id', fix: 'Give each entry its own id, or merge duplicates.' });
      ids.add(entry.id);
    }
  }

  if (meta.claims_series && !data.tallies.some((tally) => tally.series === meta.claims_series)) {
    push({
      file: metaFile,
      record: meta.id,
      field: 'claims_series',
      found: `"${meta.claims_series}", the series of no tally`,
      expected: `the series of tallies in ${dir}/tallies.yaml`,
      fix: 'Name a series that tallies.yaml uses (series: …), or leave claims_series out.'
    });
  }

  // ——— changes.yaml ———
  const recordStems = new Set([...stemsUnder('people'), ...switchStems]);
  const known = new Set([...recordStems, ...data.people.map((person) => person.id), ...data.switches.map((item) => item.id)]);
  data.changes.forEach((change, index) => {
    const report = (field: string, found: string, expected: string, fix: string) => push({ file: changesFile, record: `#${index + 1}`, field, found, expected, fix });
    if (change.date > today) report('date', `"${change.date}"`, 'a date that is not in the future', 'Use the day the change was made.');
    change.records.forEach((id, position) => {
      if (!known.has(id)) {
        report(`records[${position}]`, `"${id}"`, `the id of a person in ${dir}/people/ or a switch in ${dir}/switches/`, 'Correct the id; records are never deleted, so an old id stays valid.');
      }
    });
  });
  const added = new Set(data.changes.flatMap((change) => (change.kind === 'added' ? change.records : [])));
  for (const [kind, list] of [
    ['person', data.people],
    ['switch', data.switches]
  ] as const) {
    for (const record of list) {
      if (added.has(record.id)) continue;
      push({
        file: fileOf.get(record.id) ?? changesFile,
        record: record.id,
        found: `no "added" entry in ${changesFile} naming ${record.id}`,
        expected: `every ${kind} logged in public when it was added: an entry of kind added naming its id in ${changesFile}`,
        fix: `Add ${record.id} to the records of an added entry in ${changesFile}, or append one: {date: ${today}, kind: added, records: [${record.id}], summary: …, reason: …}.`
      });
    }
  }
  return issues;
}
