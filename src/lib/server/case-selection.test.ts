import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildsCambodia, CAMBODIA, selectedCases } from './case-selection.js';

const root = mkdtempSync(join(tmpdir(), 'case-selection-'));
for (const id of ['malaysia-2018', 'zeta-2020', '.hidden']) mkdirSync(join(root, 'data', 'cases', id), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the cases a build makes (CASES)', () => {
  it('is every case when CASES is unset or empty: Cambodia first, then the folders in order, then EXTRA_CASES', () => {
    const all = [CAMBODIA, 'malaysia-2018', 'zeta-2020', 'examplia-2011'];
    expect(selectedCases({ DATA_ROOT: root, EXTRA_CASES: 'tests/fixtures/cases/examplia-2011' })).toEqual(all);
    expect(selectedCases({ DATA_ROOT: root, EXTRA_CASES: 'tests/fixtures/cases/examplia-2011', CASES: ' , ' })).toEqual(all);
  });

  it('is the cases CASES names, in the data’s order, spaces ignored', () => {
    expect(selectedCases({ DATA_ROOT: root, CASES: 'zeta-2020, malaysia-2018' })).toEqual(['malaysia-2018', 'zeta-2020']);
    expect(buildsCambodia({ DATA_ROOT: root, CASES: 'zeta-2020' })).toBe(false);
    expect(buildsCambodia({ DATA_ROOT: root, CASES: `${CAMBODIA}` })).toBe(true);
    expect(buildsCambodia({ DATA_ROOT: root })).toBe(true);
  });

  it('refuses a case the data does not hold, naming the ones it does', () => {
    expect(() => selectedCases({ DATA_ROOT: root, CASES: 'malaysia-2018,malaysia-2019' })).toThrow(
      'CASES names "malaysia-2019", which the data does not hold. Cases: cambodia-2017, malaysia-2018, zeta-2020.'
    );
  });
});
