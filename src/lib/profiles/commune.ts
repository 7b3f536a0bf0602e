// A commune's profile: a short article built from its records, or, where there are none, its district's and province's picture.
import { communeSlug } from '$lib/data/slug';
import { formatNumber, listJoin } from '$lib/format';
import { claimsAbout } from './claims';
import type { ProfileContext } from './context';
import type { Commune } from '$lib/schema';
import { normaliseQuery } from '$lib/search/normalise';
import { capitalise, countPhrase, countWord, englishRoleInSource, plainName, withArticle } from './describe';
import { countRecords, type CommuneCount, type RecordCount } from './province';
import {
  byDate,
  detailDefection,
  detailRefusal,
  SourceList,
  summariseDefection,
  type CitedSource,
  type RecordDetail,
  type RecordSummary,
  type RefusalDetail
} from './records';

export interface CommuneProfile {
  commune: { code: string; name: string; nameKm: string; unit: string; slug: string; aliases: string[] };
  district: { code: string; name: string; nameKm: string; unit: string };
  province: { code: string; iso: string; name: string; nameKm: string; unit: string };
  /** The opening paragraph. */
  lead: string;
  records: RecordDetail[];
  refusals: RefusalDetail[];
  /** Known context for the commune (e.g. the June 2017 seat split), one entry per distinct text. */
  contexts: string[];
  sources: CitedSource[];
  /** Records elsewhere in the same district, including those that name only the district. */
  districtRecords: RecordSummary[];
  provincePicture: {
    counted: RecordCount;
    /** Other communes of the province with records. */
    communesWithRecords: (CommuneCount & { district: string })[];
    /** Claimed tallies that mention the province: listed on the province page. */
    claims: number;
  };
  /** The other communes of the same district. */
  neighbours: CommuneCount[];
  /** Communes elsewhere with the same name, so a reader who landed on the wrong one can find theirs. */
  namesakes: { name: string; slug: string; district: string; province: string }[];
}

/** The opening paragraph: what is recorded here, in sentences a resident can read aloud. */
export function communeLead(communeName: string, records: readonly RecordDetail[], refusals: readonly RefusalDetail[]): string {
  const shown = records.filter((record) => !record.retracted);
  const sentences: string[] = [];
  if (shown.length === 0) {
    sentences.push(`No defection is recorded in ${communeName}.`);
    sentences.push('That means no source we have found names an official from here who switched party, not that nobody did.');
  } else if (shown.length === 1) {
    const [record] = shown;
    const move = `left the ${partyName(record.fromParty)} for the ${partyName(record.toParty)} ${record.datePhrase}`;
    const others = record.people > 1 ? ` and ${formatNumber(record.people - 1)} others` : '';
    const who = record.name.named ? `${plainName(record.name)}, ${withArticle(record.roleNoun)},${others}` : capitalise(whoInLead(record));
    sentences.push(`One defection is recorded in ${communeName}. ${who} ${move}.`);
  } else {
    sentences.push(`${capitalise(countWord(shown.length))} defections are recorded in ${communeName}: ${listJoin(shown.map(whoInLead))}.`);
    const moves = new Set(shown.map((record) => `the ${partyName(record.fromParty)} for the ${partyName(record.toParty)}`));
    if (moves.size === 1) sentences.push(`All of them left ${[...moves][0]}; the dates are below.`);
  }
  const uncounted = shown.filter((record) => !record.counted).length;
  if (uncounted > 0) {
    sentences.push(
      uncounted < shown.length
        ? `Sources or the parties dispute ${countWord(uncounted)} of them, which ${uncounted === 1 ? 'is' : 'are'} not counted in the totals.`
        : shown.length === 1
          ? 'Sources or the parties dispute that this was a defection, so it is not counted in the totals.'
          : 'Sources or the parties dispute that these were defections, so they are not counted in the totals.'
    );
  }
  const retracted = records.length - shown.length;
  if (retracted > 0) {
    sentences.push(`${countPhrase(retracted, 'record')} ${retracted === 1 ? 'was' : 'were'} retracted; ${retracted === 1 ? 'it is' : 'they are'} kept below with the reason and not counted.`);
  }
  const refused = refusals.filter((record) => record.certainty === 'refused');
  if (refused.length > 0) {
    sentences.push(`${listJoin(refused.map((record) => plainName(record.name)))} refused to defect; ${refused.length === 1 ? 'that refusal is' : 'those refusals are'} described below and never counted as a defection.`);
  }
  return sentences.join(' ');
}

function partyName(party: { code: string; name: string }): string {
  return party.name === party.code ? party.name : `${party.name} (${party.code})`;
}

/** "Ul Pov (commune councillor)", "an unnamed commune chief", "a group of 6 former CNRP commune councillors". */
function whoInLead(record: RecordDetail): string {
  if (record.name.named) return `${plainName(record.name)} (${record.roleNoun}${record.people > 1 ? `, one of a group of ${formatNumber(record.people)}` : ''})`;
  if (record.people > 1) return `a group of ${formatNumber(record.people)} ${englishRoleInSource(record.roleInSource)}`;
  return withArticle(`unnamed ${record.roleNoun}`);
}

const namesByContext = new WeakMap<ProfileContext, Map<string, Commune[]>>();

/** Communes grouped by folded name (Champei in Kampot and in Takeo), built once per build. */
function communesByName(ctx: ProfileContext): Map<string, Commune[]> {
  let byName = namesByContext.get(ctx);
  if (!byName) {
    byName = new Map();
    for (const commune of ctx.data.communes) {
      const key = normaliseQuery(commune.name);
      byName.set(key, [...(byName.get(key) ?? []), commune]);
    }
    namesByContext.set(ctx, byName);
  }
  return byName;
}

export function communeProfile(ctx: ProfileContext, slug: string): CommuneProfile | undefined {
  const commune = ctx.places.communeBySlug.get(slug);
  if (!commune) return undefined;
  const district = ctx.places.districtByCode.get(commune.district)!;
  const province = ctx.places.provinceByCode.get(district.province)!;
  const sources = new SourceList();
  const records = ctx.data.defections
    .filter((record) => record.place.commune === commune.code)
    .map((record) => detailDefection(record, ctx, sources))
    .sort(byDate);
  const refusals = ctx.data.refusals
    .filter((record) => record.place.commune === commune.code)
    .map((record) => detailRefusal(record, ctx, sources));
  const contexts = [...new Set(records.map((record) => record.context).filter((text): text is string => Boolean(text)))];

  const inProvince = ctx.data.defections.filter((record) => record.place.province === province.code);
  const provinceSummaries = inProvince.map((record) => summariseDefection(record, ctx));
  const districtRecords = provinceSummaries
    .filter((record) => record.place.district?.code === district.code && record.place.commune?.code !== commune.code && !record.retracted)
    .sort(byDate);
  const recordsByCommune = new Map<string, number>();
  for (const record of provinceSummaries) {
    const code = record.place.commune?.code;
    if (code && !record.retracted) recordsByCommune.set(code, (recordsByCommune.get(code) ?? 0) + 1);
  }
  const communesWithRecords = [...recordsByCommune]
    .filter(([code]) => code !== commune.code)
    .map(([code, count]) => {
      const other = ctx.places.communeByCode.get(code)!;
      return { name: other.name, nameKm: other.name_km, slug: communeSlug(other), records: count, district: ctx.places.districtByCode.get(other.district)!.name };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const neighbours = (ctx.places.communesOf.get(district.code) ?? [])
    .filter((other) => other.code !== commune.code)
    .map((other) => ({ name: other.name, nameKm: other.name_km, slug: communeSlug(other), records: recordsByCommune.get(other.code) ?? 0 }));

  const namesakes = (communesByName(ctx).get(normaliseQuery(commune.name)) ?? [])
    .filter((other) => other.code !== commune.code)
    .map((other) => {
      const otherDistrict = ctx.places.districtByCode.get(other.district)!;
      return { name: other.name, slug: communeSlug(other), district: otherDistrict.name, province: ctx.places.provinceByCode.get(otherDistrict.province)!.name };
    });

  return {
    commune: { code: commune.code, name: commune.name, nameKm: commune.name_km, unit: commune.unit, slug, aliases: commune.aliases },
    district: { code: district.code, name: district.name, nameKm: district.name_km, unit: district.unit },
    province: { code: province.code, iso: province.iso, name: province.name, nameKm: province.name_km, unit: province.unit },
    lead: communeLead(commune.name, records, refusals),
    records,
    refusals,
    contexts,
    sources: sources.sources,
    districtRecords,
    provincePicture: { counted: countRecords(provinceSummaries), communesWithRecords, claims: claimsAbout(ctx.data.tallies, province).length },
    neighbours,
    namesakes
  };
}
