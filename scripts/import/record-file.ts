// How imported records and changelog entries are written into data/: YAML like the hand-written files, defaults left out.
import { isSeq, parseDocument, stringify, YAMLSeq } from 'yaml';
import type { Change, Defection } from '../../src/lib/schema';

const YAML_OPTIONS = { lineWidth: 100 } as const;

/** Drops what the schema fills in by default (empty lists, people: 1, romanisation_tentative: false) so files stay short. */
function pruneDefaults(record: Defection): Record<string, unknown> {
  type Fields = Record<string, unknown>;
  const pruned = JSON.parse(JSON.stringify(record)) as Fields & { person: Fields; reason?: Fields };
  if (pruned.person.romanisation_tentative === false) delete pruned.person.romanisation_tentative;
  if (record.person.other_spellings.length === 0) delete pruned.person.other_spellings;
  if (record.people === 1) delete pruned.people;
  const reason = pruned.reason!;
  if (record.reason.tags.length === 0) delete reason.tags;
  if (Object.keys(reason).length === 0) delete pruned.reason;
  if (record.reactions.length === 0) delete pruned.reactions;
  return pruned;
}

export function recordYaml(record: Defection): string {
  return stringify(pruneDefaults(record), YAML_OPTIONS);
}

function pruneChange(change: Change): Record<string, unknown> {
  const { fields, sources, ...rest } = change;
  return { ...rest, ...(fields.length > 0 && { fields }), ...(sources.length > 0 && { sources }) };
}

/** Appends entries to data/changes.yaml, keeping its comments and existing entries byte for byte. */
export function appendChanges(text: string | undefined, entries: readonly Change[]): string {
  const document = parseDocument(text ?? '');
  // A block list is extended by writing after it: the earlier entries keep their exact bytes, so git diff shows
  // only what was added.
  if (text && isSeq(document.contents) && !document.contents.flow && document.contents.items.length > 0) {
    return `${text.endsWith('\n') ? text : `${text}\n`}${stringify(entries.map(pruneChange), YAML_OPTIONS)}`;
  }
  const list = isSeq(document.contents) ? document.contents : new YAMLSeq();
  list.flow = false;
  document.contents = list as typeof document.contents;
  for (const entry of entries) list.items.push(document.createNode(pruneChange(entry)));
  return document.toString(YAML_OPTIONS);
}
