// Readies the dashboard for the reader's first changes while the page is idle, without touching what they see.
// A page's filtering code starts unoptimised: V8 runs a loop over every row in its interpreter until it has optimised
// it, so the first changes after loading would take several times the work of later ones. Run on a sample of the rows
// with the reader's likely first changes, the same code is optimised before the first change. Search texts are built
// in small slices too, so the first letter typed does not pay for every row's.
import { addDays, daysBetween } from '$lib/timeline/scales';
import { firstRows } from '$lib/filters/columns';
import { RowIndex } from '$lib/filters/row-index';
import type { FilterState } from '$lib/filters/state';

/** Rows in the sample: below this many rows, the first change costs no more than warming up would. */
export const WARM_UP_ROWS = 2_000;
/** Work per background task: an input or a frame never waits longer for one. */
const SLICE_MS = 4;
const ROUNDS = 3;

export interface WarmUpHost {
  /** Runs a task when nothing more urgent waits. */
  schedule(task: () => void): void;
  /** Where the reader's first input is heard: the warm-up stops there. */
  input: EventTarget;
  now(): number;
}

/**
 * Runs a background-priority task where the browser has a scheduler (input, rendering and the page's own work go
 * first), else a timer.
 */
const browserHost = (): WarmUpHost => ({
  schedule: (task) => ('scheduler' in globalThis ? void scheduler.postTask(task, { priority: 'background' }) : setTimeout(task)),
  input: globalThis,
  now: () => performance.now()
});

/** A reader's likely first changes to `state`: a province, a date range, a typed name, a role, a reason. */
export function typicalChanges(index: RowIndex, state: FilterState, [first, last]: [string, string]): FilterState[] {
  if (index.size === 0) return [];
  const row = index.rowAt(0);
  // The middle half of the timeline, as a brush would select: rows fall outside it, so the count's code for them runs.
  const span = daysBetween(first, last);
  return [
    { ...state, province: row.provinceIso ? [row.provinceIso] : [] },
    { ...state, from: addDays(first, Math.floor(span / 4)), to: addDays(first, Math.ceil((span * 3) / 4)) },
    { ...state, q: row.name.slice(0, 1) },
    { ...state, q: row.name.slice(0, 2) },
    { ...state, role: [row.role] },
    { ...state, reason: row.tags.slice(0, 1) }
  ];
}

/**
 * Runs `draw` (the views' code, results discarded) on a sample index of the first WARM_UP_ROWS rows for each state,
 * ROUNDS times (nothing is sampled when the rows are fewer), then prepares `index`'s search texts a slice at a time.
 * The sample stops at the reader's first pointer or key input. Never reads or writes the reader's view: the sample is an index of
 * its own, and preparing search texts changes no result.
 */
export function warmUp(index: RowIndex, states: readonly FilterState[], draw: (index: RowIndex, state: FilterState) => void, host: WarmUpHost = browserHost()): void {
  let acted = false;
  const stop = () => (acted = true);
  for (const type of ['pointerdown', 'keydown']) host.input.addEventListener(type, stop, { capture: true, once: true });
  const sample = index.size > WARM_UP_ROWS ? new RowIndex(firstRows(index.encoded, WARM_UP_ROWS), index.filters) : undefined;
  const later = (task: () => void) => host.schedule(() => acted || task());

  // Tasks run in the order they are scheduled: the sample's views first (a click is the likelier first change).
  if (sample) for (let round = 0; round < ROUNDS; round++) for (const state of states) later(() => draw(sample, state));
  // Not stopped by input: a search after it would otherwise build every text left in one long task.
  const prepare = () =>
    host.schedule(() => {
      const start = host.now();
      let done: boolean;
      do done = index.prepareSearch();
      while (!done && host.now() - start < SLICE_MS);
      if (!done) prepare();
    });
  prepare();
}
