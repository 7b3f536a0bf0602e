// What the build thread (./build-thread) writes, in the order the prerenderer first asks for them.
import type { Dataset } from '$lib/schema';
import { communeSlug } from '$lib/data/slug';
import { buildExport, EXPORT_FILES } from '$lib/export/files.server';
import { LOCALES } from '$lib/i18n/locale';
import { createProfileContext } from '$lib/profiles/context';
import { threadFileKey } from './build-thread-inbox';
import { communePageFile, provincePageFile } from './profile-files';
import { utf8, type FileBytes } from './responses';

export function* threadFiles(data: Dataset): Generator<[key: string, body: FileBytes]> {
  for (const { file } of EXPORT_FILES) yield [threadFileKey.export(file), utf8(buildExport(file, data))];
  const ctx = createProfileContext(data);
  for (const locale of LOCALES) {
    for (const { iso } of data.provinces) yield [threadFileKey.province(iso, locale), utf8(provincePageFile(ctx, iso, locale)!)];
  }
  for (const locale of LOCALES) {
    for (const commune of data.communes) {
      const slug = communeSlug(commune);
      yield [threadFileKey.commune(slug, locale), utf8(communePageFile(ctx, slug, locale)!)];
    }
  }
}
