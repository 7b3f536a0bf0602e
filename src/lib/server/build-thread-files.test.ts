import { describe, expect, it } from 'vitest';
import { communeSlug } from '$lib/data/slug';
import { buildExport, EXPORT_FILES } from '$lib/export/files.server';
import { LOCALES } from '$lib/i18n/locale';
import { createProfileContext } from '$lib/profiles/context';
import { threadFileKey } from './build-thread-inbox';
import { threadFiles } from './build-thread-files';
import { communePageFile, provincePageFile } from './profile-files';
import { loadDataset } from './read-data';

const data = loadDataset().dataset;
const files = new Map([...threadFiles(data)].map(([key, body]) => [key, new TextDecoder().decode(body)]));
const ctx = createProfileContext(data);

describe('the build thread’s files', () => {
  it('are every export and the profile.json of every province and commune page, in both languages', () => {
    expect(files.size).toBe(EXPORT_FILES.length + LOCALES.length * (data.provinces.length + data.communes.length));
  });

  it('are the bytes the pages’ own requests would build', () => {
    for (const { file } of EXPORT_FILES) expect(files.get(threadFileKey.export(file)), file).toBe(buildExport(file, data));
    for (const locale of LOCALES) {
      expect(files.get(threadFileKey.province('KH-3', locale))).toBe(provincePageFile(ctx, 'KH-3', locale));
      for (const slug of ['srak-030613', 'champei-070103', communeSlug(data.communes[0])]) {
        expect(files.get(threadFileKey.commune(slug, locale)), `${locale} ${slug}`).toBe(communePageFile(ctx, slug, locale));
      }
    }
  });
});
