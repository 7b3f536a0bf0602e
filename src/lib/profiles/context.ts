// What every profile builder needs: the dataset plus lookups, built once per build.
import { indexPlaces, type PlaceIndex } from '$lib/data/places';
import type { Dataset, Defection, Party, Refusal, Wave } from '$lib/schema';

/** What wording one record needs: the places, parties and periods it refers to (the client-rendered person page has only these). */
export interface RecordContext {
  places: PlaceIndex;
  parties: Map<string, Party>;
  waves: Map<string, Wave>;
}

export interface ProfileContext extends RecordContext {
  data: Dataset;
  /** Defections and refusals by id: ids are unique across both (the validator checks). */
  defectionById: Map<string, Defection>;
  refusalById: Map<string, Refusal>;
}

export function createProfileContext(data: Dataset): ProfileContext {
  return {
    data,
    places: indexPlaces(data),
    parties: new Map(data.parties.map((party) => [party.code, party])),
    waves: new Map(data.waves.map((wave) => [wave.id, wave])),
    defectionById: new Map(data.defections.map((record) => [record.id, record])),
    refusalById: new Map(data.refusals.map((record) => [record.id, record]))
  };
}
