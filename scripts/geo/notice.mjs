// Step 5 of scripts/build-geo.sh: a case's NOTICE.md, from the lines in its case file (notice.naturalEarth, or
// notice.from for a file you supply) with the {{placeholders}} filled in.
//
//   node scripts/geo/notice.mjs --case CASE --source ne|from --out NOTICE.md KEY=VALUE…
//
// KEYs: version, mapshaper, interval, quantization, command, attribution, from, codeField. {{names}} is filled from
// the case (the CSV its names come from, or the case file itself). An unknown {{placeholder}} is an error.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGeoCase, namesSource } from './case.mjs';

/**
 * @param {readonly string[]} lines
 * @param {Record<string, string>} values
 */
export function fillNotice(lines, values) {
  return (
    lines
      .join('\n')
      .replace(/\{\{(\w+)\}\}/g, (_, key) => {
        if (!(key in values)) throw new Error(`no value for {{${key}}}`);
        return values[key];
      }) + '\n'
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  /** @type {Record<string, string>} */
  const values = {};
  let caseRef, source, out;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--case') caseRef = args[++i];
    else if (args[i] === '--source') source = args[++i];
    else if (args[i] === '--out') out = args[++i];
    else {
      const eq = args[i].indexOf('=');
      values[args[i].slice(0, eq)] = args[i].slice(eq + 1);
    }
  }
  try {
    if (!out || !['ne', 'from'].includes(source ?? '')) throw new Error('usage: notice.mjs --case CASE --source ne|from --out FILE KEY=VALUE…');
    const geoCase = loadGeoCase(caseRef);
    writeFileSync(out, fillNotice(source === 'ne' ? geoCase.notice.naturalEarth : geoCase.notice.from, { ...values, names: namesSource(geoCase) }));
  } catch (error) {
    console.error(`notice: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
