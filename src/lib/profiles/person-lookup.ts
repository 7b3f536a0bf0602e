// What the client-rendered person page (/person/?id=<id>) needs to find one record and word it as the prerendered
// pages do: which /records/<n>.json chunk holds an id, and the places, parties and periods records refer to.
import { RECORDS_PER_CHUNK, chunkUrl } from '$lib/dashboard/record-chunks';
import { indexPlaces } from '$lib/data/places';
import type { Dataset, Defection, Refusal } from '$lib/schema';
import type { RecordContext } from './context';

export interface PersonLookups {
  /** The id of the first defection in each chunk. Chunks hold the dataset's defections in order, and that order is by id. */
  chunkStarts: string[];
  /** Refusals are few and not in the chunks: the page carries them all. */
  refusals: Refusal[];
  /** Only the places some record names, so the page stays small while the dataset is. */
  places: Pick<Dataset, 'provinces' | 'districts' | 'communes'>;
  parties: Dataset['parties'];
  waves: Dataset['waves'];
}

export type FoundRecord = { kind: 'defection'; record: Defection } | { kind: 'refusal'; record: Refusal };

/** Built once per build, for the page's prerendered data. Throws if the defections are not in id order (see chunkStarts). */
export function personLookups(data: Dataset): PersonLookups {
  const chunkStarts: string[] = [];
  const provinces = new Set<string>();
  const districts = new Set<string>();
  const communes = new Set<string>();
  const note = ({ place }: Defection | Refusal) => {
    if (place.province) provinces.add(place.province);
    if (place.district) districts.add(place.district);
    if (place.commune) communes.add(place.commune);
  };
  data.defections.forEach((record, index) => {
    const previous = data.defections[index - 1];
    if (previous && !(previous.id < record.id)) {
      throw new Error(
        `Defections are not in id order ("${previous.id}" comes before "${record.id}"), so /person/?id= cannot tell which /records/<n>.json holds a record. parseDataset sorts them by id: keep that order.`
      );
    }
    if (index % RECORDS_PER_CHUNK === 0) chunkStarts.push(record.id);
    note(record);
  });
  data.refusals.forEach(note);
  return {
    chunkStarts,
    refusals: data.refusals,
    places: {
      provinces: data.provinces.filter((province) => provinces.has(province.code)),
      districts: data.districts.filter((district) => districts.has(district.code)),
      communes: data.communes.filter((commune) => communes.has(commune.code))
    },
    parties: data.parties,
    waves: data.waves
  };
}

/** The chunk that would hold `id` (the last one starting at or before it), or -1 when every chunk starts after it. */
export function chunkOfId(id: string, chunkStarts: readonly string[]): number {
  let low = 0;
  let high = chunkStarts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (chunkStarts[middle] <= id) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The record with this id, fetched from its chunk; undefined when no record has it. Network failures throw. */
export async function findRecord(id: string, lookups: PersonLookups, fetcher: typeof fetch = fetch): Promise<FoundRecord | undefined> {
  const refusal = lookups.refusals.find((record) => record.id === id);
  if (refusal) return { kind: 'refusal', record: refusal };
  const chunk = chunkOfId(id, lookups.chunkStarts);
  if (chunk < 0) return undefined;
  const response = await fetcher(chunkUrl(chunk));
  if (!response.ok) throw new Error(`${chunkUrl(chunk)} answered ${response.status}`);
  const records = (await response.json()) as Defection[];
  const record = records.find((candidate) => candidate.id === id);
  return record && { kind: 'defection', record };
}

export function lookupContext(lookups: PersonLookups): RecordContext {
  return {
    places: indexPlaces(lookups.places),
    parties: new Map(lookups.parties.map((party) => [party.code, party])),
    waves: new Map(lookups.waves.map((wave) => [wave.id, wave]))
  };
}
