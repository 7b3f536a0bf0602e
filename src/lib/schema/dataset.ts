// The dataset: every collection of data/, each a list of records of its schema. Parsing data/ ($lib/data/dataset)
// produces one; everything after reads it.
import type { Change } from './change';
import type { Defection } from './defection';
import type { KeyEvent } from './event';
import type { Party } from './party';
import type { Commune, District, Province } from './place';
import type { Refusal } from './refusal';
import type { Tally } from './tally';
import type { Wave } from './wave';

export interface Dataset {
  defections: Defection[];
  refusals: Refusal[];
  parties: Party[];
  waves: Wave[];
  tallies: Tally[];
  events: KeyEvent[];
  provinces: Province[];
  districts: District[];
  communes: Commune[];
  changes: Change[];
}
