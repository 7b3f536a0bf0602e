// The facts the profile builders hand to each language's sentences (pages.en.ts, pages.km.ts): shared shapes,
// and the one piece of grammar both languages use (a party as "Name (CODE)").

/** A place as a sentence names it: each language picks the name and where the unit word goes. */
export interface PlaceWords {
  name: string;
  nameKm?: string;
  unit: string;
}

export interface PartyWords {
  code: string;
  name: string;
  nameKm?: string;
}

/** One defection as a commune's opening paragraph names it. */
export interface LeadRecord {
  named: boolean;
  /** The plain name, or a description when no source names anyone. */
  name: string;
  role: string;
  /** The source's own (English) words for a group: "former CNRP commune councillors". */
  groupWording: string;
  people: number;
  /** The date as it reads after a verb. */
  date: string;
  from: PartyWords;
  to: PartyWords;
}

/** "Cambodian People's Party (CPP)"; the code alone when the party has no other name. */
export const partyName = (p: PartyWords) => (p.name === p.code ? p.name : `${p.name} (${p.code})`);
