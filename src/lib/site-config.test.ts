import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_ORIGIN, readSiteConfig } from './site-config';

describe('readSiteConfig', () => {
  it('uses the documented default origin and warns that no corrections channel is set', () => {
    const config = readSiteConfig({});
    expect(config.origin).toBe(DEFAULT_SITE_ORIGIN);
    expect(config.correctionsUrl).toBeNull();
    expect(config.warnings).toEqual([expect.stringContaining('PUBLIC_CORRECTIONS_URL is not set')]);
  });

  it('takes the origin from PUBLIC_SITE_ORIGIN without a trailing slash', () => {
    expect(readSiteConfig({ PUBLIC_SITE_ORIGIN: 'https://tracker.example.org/ ' }).origin).toBe('https://tracker.example.org');
  });

  it('refuses an origin with a path, with a warning', () => {
    const config = readSiteConfig({ PUBLIC_SITE_ORIGIN: 'tracker.example.org/x', PUBLIC_CORRECTIONS_URL: 'mailto:a@b.org' });
    expect(config.origin).toBe(DEFAULT_SITE_ORIGIN);
    expect(config.warnings).toEqual([expect.stringContaining('PUBLIC_SITE_ORIGIN="tracker.example.org/x"')]);
  });

  it('accepts a new-issue URL, a mailto: and a bare e-mail address as the corrections channel', () => {
    expect(readSiteConfig({ PUBLIC_CORRECTIONS_URL: 'https://github.com/o/r/issues/new' })).toMatchObject({ correctionsUrl: 'https://github.com/o/r/issues/new', warnings: [] });
    expect(readSiteConfig({ PUBLIC_CORRECTIONS_URL: 'mailto:fix@example.org' }).correctionsUrl).toBe('mailto:fix@example.org');
    expect(readSiteConfig({ PUBLIC_CORRECTIONS_URL: 'fix@example.org' }).correctionsUrl).toBe('mailto:fix@example.org');
  });

  it('ignores a channel that is neither, with a warning', () => {
    const config = readSiteConfig({ PUBLIC_CORRECTIONS_URL: 'javascript:alert(1)' });
    expect(config.correctionsUrl).toBeNull();
    expect(config.warnings.join('\n')).toContain('is neither');
  });
});
