import { describe, expect, it } from 'vitest';
import { defaultFilterState, type FilterState } from '$lib/filters/state';
import type { RowIndex } from '$lib/filters/row-index';
import { indexOver, row } from '../../../tests/fixtures/rows';
import { DEFAULT_WAVE } from '../../../tests/fixtures/waves';
import { typicalChanges, warmUp, WARM_UP_ROWS, type WarmUpHost } from './warm-up';

/** A host whose background tasks run when the test says, and whose clock moves 1 ms a reading. */
function testHost() {
  const tasks: (() => void)[] = [];
  let clock = 0;
  const host: WarmUpHost = { schedule: (task) => tasks.push(task), input: new EventTarget(), now: () => (clock += 1) };
  const runAll = () => {
    while (tasks.length) tasks.shift()!();
  };
  return { host, tasks, runAll };
}

const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => row({ id: `r${i}`, name: `Name ${i}` }));
const state = defaultFilterState(DEFAULT_WAVE);

describe('warmUp', () => {
  it('runs the views on a sample of the first rows only, never on the reader’s index, then prepares every search text', () => {
    const index = indexOver(rowsOf(WARM_UP_ROWS + 500));
    const drawn: { size: number; state: FilterState }[] = [];
    const { host, runAll } = testHost();
    warmUp(index, [state, { ...state, q: 'n' }], (sample: RowIndex, s) => drawn.push({ size: sample.size, state: s }), host);
    expect(drawn).toEqual([]);
    runAll();
    expect(drawn.length).toBe(6);
    expect(drawn.every((d) => d.size === WARM_UP_ROWS)).toBe(true);
    expect(index.prepareSearch(0)).toBe(true);
  });

  it('samples nothing when the rows are no more than the sample would hold', () => {
    const index = indexOver(rowsOf(50));
    let draws = 0;
    const { host, runAll } = testHost();
    warmUp(index, [state], () => (draws += 1), host);
    runAll();
    expect(draws).toBe(0);
    expect(index.prepareSearch(0)).toBe(true);
  });

  it('stops drawing at the reader’s first input, but still finishes the search texts', () => {
    const index = indexOver(rowsOf(WARM_UP_ROWS + 1));
    let draws = 0;
    const { host, tasks, runAll } = testHost();
    warmUp(index, [state, state], () => (draws += 1), host);
    tasks.shift()!();
    expect(draws).toBe(1);
    host.input.dispatchEvent(new Event('keydown'));
    runAll();
    expect(draws).toBe(1);
    expect(index.prepareSearch(0)).toBe(true);
  });

  it('prepares search texts in slices of a few milliseconds, each its own task', () => {
    const index = indexOver(rowsOf(3_000));
    const { host, tasks } = testHost();
    warmUp(index, [], () => {}, host);
    let slices = 0;
    while (tasks.length) {
      tasks.shift()!();
      slices += 1;
    }
    // 250 rows a step, and the clock moves 1 ms each reading: more than one task, each short.
    expect(slices).toBeGreaterThan(1);
    expect(index.prepareSearch(0)).toBe(true);
  });
});

describe('typicalChanges', () => {
  it('changes one filter at a time from the reader’s view, from the first row and the middle of the timeline', () => {
    const index = indexOver([row({ id: 'a', name: 'Ul Pov', provinceIso: 'KH-21', role: 'commune-chief', tags: ['keep-position'] })]);
    const changes = typicalChanges(index, state, ['2017-10-01', '2017-10-31']);
    expect(changes).toContainEqual({ ...state, province: ['KH-21'] });
    expect(changes).toContainEqual({ ...state, from: '2017-10-08', to: '2017-10-24' });
    expect(changes).toContainEqual({ ...state, q: 'Ul' });
    expect(changes).toContainEqual({ ...state, role: ['commune-chief'] });
    expect(changes).toContainEqual({ ...state, reason: ['keep-position'] });
    expect(typicalChanges(indexOver([]), state, ['2017-10-01', '2017-10-31'])).toEqual([]);
  });
});
