// The small lists the dashboard's page carries beside the default view: provinces, parties, waves, claimed tallies,
// key events and seats. view.ts reads the dated ones for the timeline's span; view-data.ts builds them from the dataset.

export interface DashboardLists {
  recordCount: number;
  provinces: { code: string; iso: string; name: string; nameKm: string }[];
  parties: { code: string; name: string }[];
  waves: { id: string; title: string; titleKm?: string; start: string; end?: string; default?: true }[];
  claims: {
    id: string;
    day: string;
    count: number;
    countText: string;
    /** Short form for chart labels: "≥650", "~2,500". */
    label: string;
    qualifier: string;
    claimedBy: string;
    claimantKind: string;
    what: string;
    url: string;
  }[];
  events: { id: string; day: string; title: string }[];
  /** Posts a party held in some roles (tallies with `seats_of`): the seats that could have defected, with their source. */
  seats: { id: string; party: string; roles: string[]; count: number; countText: string; day: string; outlet: string; url: string }[];
  refusals: number;
}
