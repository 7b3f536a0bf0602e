import { describe, expect, it } from 'vitest';
import { SITE } from '$lib/site';
import { exportMeta } from './meta';

describe('exportMeta', () => {
  it('links the exports at the site’s one configured address', () => {
    const meta = exportMeta([{ date: '2017-11-30' }]);
    expect(meta.url).toBe(`${SITE.origin}/data/`);
    expect(meta.citation).toContain(`${SITE.origin}/data/`);
    expect(meta.citation).not.toContain('.example');
  });

  it('dates the data by the newest changelog entry', () => {
    expect(exportMeta([{ date: '2017-11-30' }, { date: '2018-01-02' }]).generated).toBe('2018-01-02T00:00:00Z');
  });
});
