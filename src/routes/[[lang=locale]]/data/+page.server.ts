import { COLUMNS } from '$lib/export/columns';
import { currentExportMeta, EXPORT_FILES, exportBody } from '$lib/export/files.server';
import { cambodiaEntries, inEveryLanguage } from '$lib/profiles/entries';
import { getDataset } from '$lib/server/dataset';

export const entries = cambodiaEntries(() => inEveryLanguage([{}]));

export async function load() {
  const data = getDataset();
  return {
    meta: currentExportMeta(data),
    records: data.defections.length,
    files: await Promise.all(EXPORT_FILES.map(async ({ file, format, description }) => ({ file, format, description, bytes: (await exportBody(file)).byteLength }))),
    columns: COLUMNS.map(({ name, type, description, required, values, list, kind }) => ({ name, type, description, required, values, list, exportOnly: kind === 'name' }))
  };
}
