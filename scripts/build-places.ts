/**
 * Regenerates data/places/{provinces,districts,communes}.csv from the pumi-derived gazetteer.
 *
 *   npx tsx scripts/build-places.ts [gazetteerDir]      (default: ../shared/research/gazetteer)
 *
 * One-off maintenance tool: the build and the tests read the committed CSVs and never run this.
 * Input: a directory with provinces.csv, districts.csv, communes.csv and LICENSE-pumi.txt
 * (columns id,parent_id,unit_en,unit_latin,name_latin,name_km; data © 2022 Seanghay Yath, MIT).
 * Output is deterministic (same input → same bytes): rows sorted by code, UTF-8, LF, trailing newline.
 *
 * What it changes relative to the input:
 *  - codes normalised to NCDD PP / PPDD / PPDDCC (input districts are "000306", communes "30613");
 *  - the unit word is moved out of the name into `unit`: "… Municipality"/ក្រុង…, "… Khan"/ខណ្ឌ…,
 *    "… Sangkat"/សង្កាត់…, "Phnom Penh Capital"/រាជធានី… (the input's unit_en column is always
 *    Province/District/Commune, so the unit is read from the name);
 *  - whitespace runs collapsed, zero-width characters removed from Latin names;
 *  - provinces get the English-press name + every other known spelling as aliases (PROVINCES below);
 *  - districts/communes get the press spellings in DISTRICT_ALIASES / COMMUNE_ALIASES below.
 */
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCsv, parseCsv } from '../src/lib/csv/csv';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = resolve(process.argv[2] ?? join(ROOT, '../shared/research/gazetteer'));
const OUT = join(ROOT, 'data/places');

// ---------------------------------------------------------------------------------------------
// Provinces. iso = ISO 3166-2:KH = NCDD code. `name` is the spelling of the English-language press
// (mostly = CLDR English, cldr-subdivisions-full@48.2.0). `other` lists every other spelling, from
// CLDR EN, ISO/UNGEGN (Debian iso-codes 4.15), Natural Earth `name` and `name_alt`, and common use.
// The gazetteer's own Latin name and "Kompong" variants are added automatically.
// Khmer comes from the gazetteer (cross-checked against `km` here; a mismatch is printed).
// ---------------------------------------------------------------------------------------------
interface ProvinceDef {
  iso: string;
  name: string;
  km: string;
  other: string[];
  /** The province whose shape draws this one on the map (the shown_with column): boundary files older than its creation have none of its own. */
  shownWith?: string;
}
const PROVINCES: ProvinceDef[] = [
  { iso: 'KH-1', name: 'Banteay Meanchey', km: 'បន្ទាយមានជ័យ', other: ['Banteay Mean Choăy', 'Bântéay Méanchey', 'Banteay Mean Cheay'] },
  { iso: 'KH-2', name: 'Battambang', km: 'បាត់ដំបង', other: ['Baat Dambang', 'Batdâmbâng', 'Bat Dâm Bâng'] },
  { iso: 'KH-3', name: 'Kampong Cham', km: 'កំពង់ចាម', other: ['Kampong Chaam', 'Kâmpóng Cham', 'Kompong Cham'] },
  { iso: 'KH-4', name: 'Kampong Chhnang', km: 'កំពង់ឆ្នាំង', other: ['Kâmpóng Chhnang', 'Kompong Chnang', 'Kompong Chhnang'] },
  { iso: 'KH-5', name: 'Kampong Speu', km: 'កំពង់ស្ពឺ', other: ['Kampong Spueu', 'Kâmpóng Spœ', 'Kompong Speu', 'Kompong Spueu'] },
  { iso: 'KH-6', name: 'Kampong Thom', km: 'កំពង់ធំ', other: ['Kampong Thum', 'Kâmpóng Thum', 'Kompong Thom'] },
  { iso: 'KH-7', name: 'Kampot', km: 'កំពត', other: ['Kâmpôt'] },
  { iso: 'KH-8', name: 'Kandal', km: 'កណ្ដាល', other: ['Kandaal', 'Kândal'] },
  { iso: 'KH-9', name: 'Koh Kong', km: 'កោះកុង', other: ['Kaoh Kong', 'Kaôh Kong'] },
  { iso: 'KH-10', name: 'Kratie', km: 'ក្រចេះ', other: ['Kratié', 'Kracheh', 'Krâchéh', 'Kratiê', 'Krâ Chéh', 'Krachen'] },
  { iso: 'KH-11', name: 'Mondulkiri', km: 'មណ្ឌលគិរី', other: ['Mondol Kiri', 'Môndól Kiri', 'Mondul Kiri', 'Mondolkiri', 'Môndul Kiri'] },
  { iso: 'KH-12', name: 'Phnom Penh', km: 'ភ្នំពេញ', other: ['Phnum Pénh'] },
  { iso: 'KH-13', name: 'Preah Vihear', km: 'ព្រះវិហារ', other: ['Preah Vihéar'] },
  { iso: 'KH-14', name: 'Prey Veng', km: 'ព្រៃវែង', other: ['Prey Veaeng', 'Prey Vêng'] },
  { iso: 'KH-15', name: 'Pursat', km: 'ពោធិ៍សាត់', other: ['Pousaat', 'Pouthisat'] },
  { iso: 'KH-16', name: 'Ratanakiri', km: 'រតនគិរី', other: ['Rotanak Kiri', 'Rôtânôkiri', 'Ratana Kiri', 'Râtanakiri', 'Rotanah Kiri', 'Rattanakiri', 'Ratanakkiri'] },
  { iso: 'KH-17', name: 'Siem Reap', km: 'សៀមរាប', other: ['Siem Reab', 'Siemréab', 'Siem Réab', 'Siemreap'] },
  { iso: 'KH-18', name: 'Preah Sihanouk', km: 'ព្រះសីហនុ', other: ['Sihanoukville', 'Krong Preah Sihanouk', 'Kampong Som', 'Kampong Saom'] },
  { iso: 'KH-19', name: 'Stung Treng', km: 'ស្ទឹងត្រែង', other: ['Stoĕng Trêng', 'Stœng Trêng', 'Stueng Traeng'] },
  { iso: 'KH-20', name: 'Svay Rieng', km: 'ស្វាយរៀង', other: ['Svaay Rieng', 'Soairieng'] },
  { iso: 'KH-21', name: 'Takeo', km: 'តាកែវ', other: ['Takéo', 'Taakaev', 'Takêv', 'Takaev'] },
  { iso: 'KH-22', name: 'Oddar Meanchey', km: 'ឧត្ដរមានជ័យ', other: ['Otdar Mean Chey', 'Oddâr Méanchey', 'Oddor Meanchey', 'Ŏtâr Méanchey'] },
  { iso: 'KH-23', name: 'Kep', km: 'កែប', other: ['Kaeb', 'Keb', 'Krong Kaeb'] },
  { iso: 'KH-24', name: 'Pailin', km: 'ប៉ៃលិន', other: ['Krong Pailin'] },
  // Split from Kampong Cham at the end of 2013: Natural Earth's Kampong Cham shape still covers it.
  { iso: 'KH-25', name: 'Tbong Khmum', km: 'ត្បូងឃ្មុំ', other: ['Tboung Khmum', 'Tbaung Khmum'], shownWith: '03' }
];

// ---------------------------------------------------------------------------------------------
// Press spellings, keyed by code. Each code was found by province + district (never by name alone:
// names repeat across provinces, e.g. Champei 070103 Kampot / 210202 Takeo), using the Khmer name
// where one was known. `expect` pins the gazetteer's Latin name (unit word removed) so that a changed
// gazetteer fails loudly instead of attaching an alias to the wrong place. Only spellings that differ
// from the gazetteer name belong here.
// ---------------------------------------------------------------------------------------------
interface AliasDef {
  expect: string;
  aliases: string[];
  note?: string;
}
const DISTRICT_ALIASES: Record<string, AliasDef> = {
  '0214': { expect: 'Rukh Kiri', aliases: ['Rukhak Kiri'] },
  '0504': { expect: 'Aoral', aliases: ['Oral'] },
  '0603': { expect: 'Stueng Saen', aliases: ['Stung Sen', 'Steung Sen'] },
  '0604': { expect: 'Prasat Ballangk', aliases: ['Prasat Balang'] },
  '0707': { expect: 'Tuek Chhou', aliases: ['Teuk Chhou', 'Tuk Chhou'] },
  '1204': { expect: 'Tuol Kouk', aliases: ['Tuol Kok', 'Toul Kork'] },
  '1209': { expect: 'Pur SenChey', aliases: ['Por Sen Chey', 'Pou Senchey', 'Posenchey'] },
  '1405': { expect: 'Me Sang', aliases: ['Mesang'] },
  '1607': { expect: 'Ou Ya Dav', aliases: ['O Yadav', "O'Yadav", 'Oyadav'] },
  '2105': { expect: 'Kaoh Andaet', aliases: ['Koh Andet', 'Koh Andaet'] }
};
const COMMUNE_ALIASES: Record<string, AliasDef> = {
  '020309': { expect: 'Ou Char', aliases: ["O'Char", 'O Char'], note: 'Battambang Municipality, Battambang' },
  '021401': { expect: 'Preaek Chik', aliases: ['Prek Jich', 'Prek Chik'], note: 'Rukh Kiri, Battambang' },
  '030302': { expect: 'Kouk Rovieng', aliases: ['Kok Rovieng'], note: 'Cheung Prey, Kampong Cham; Khmer គោករវៀង matches' },
  '030613': { expect: 'Srak', aliases: [], note: 'Kampong Siem, Kampong Cham; the only Srak in the gazetteer (ស្រក)' },
  '030703': { expect: 'Khchau', aliases: [], note: 'Kang Meas, Kampong Cham; Khmer ខ្ចៅ matches' },
  '040504': { expect: 'Kampong Tralach', aliases: ['Kompong Tralach'], note: 'Kampong Tralach district, Kampong Chhnang; the district 0405 has the same name' },
  '050403': {
    expect: 'Trapeang Chour',
    aliases: ['Trapeang Chor'],
    note: 'Aoral, Kampong Speu; only Trapeang… commune in Aoral; gazetteer Khmer ត្រពាំងជោ vs press ត្រពាំងជោរ'
  },
  '060301': { expect: 'Damrei Choan Khla', aliases: ['Damrei Choankhla'], note: 'Stueng Saen Municipality, Kampong Thom' },
  '060402': { expect: 'Kraya', aliases: [], note: 'Prasat Ballangk, Kampong Thom (another Kraya: 060705 Santuk)' },
  '060602': { expect: 'Dang Kambet', aliases: [], note: 'Sandan, Kampong Thom; Khmer ដងកាំបិត matches' },
  '070315': {
    expect: 'Dechou Akphivoadth',
    aliases: ['Techo Aphivat', 'Techo Aphivath', 'Decho Aphivath'],
    note: 'Chhuk, Kampot; Khmer តេជោអភិវឌ្ឍន៍; the only such name in the gazetteer'
  },
  '070701': { expect: 'Boeng Tuk', aliases: ['Boeung Touk', 'Boeung Tuk'], note: 'Tuek Chhou, Kampot' },
  '120102': { expect: 'Boeng Keng Kang Ti Muoy', aliases: ['Boeng Keng Kang I', 'Boeng Keng Kang 1', 'Boeung Keng Kang I'], note: 'Chamkar Mon, Phnom Penh' },
  '120103': { expect: 'Boeng Keng Kang Ti Pir', aliases: ['Boeng Keng Kang II', 'Boeng Keng Kang 2', 'Boeung Keng Kang II'], note: 'Chamkar Mon, Phnom Penh' },
  '120104': { expect: 'Boeng Keng Kang Ti Bei', aliases: ['Boeng Keng Kang III', 'Boeng Keng Kang 3', 'Boeung Keng Kang III'], note: 'Chamkar Mon, Phnom Penh' },
  '120407': { expect: 'Boeng Kak Ti Muoy', aliases: ['Boeng Kak I', 'Boeng Kak Muoy', 'Boeng Kak 1', 'Boeung Kak I'], note: 'Tuol Kouk, Phnom Penh' },
  '120408': { expect: 'Boeng Kak Ti Pir', aliases: ['Boeng Kak II', 'Boeng Kak Pir', 'Boeng Kak 2', 'Boeung Kak II'], note: 'Tuol Kouk, Phnom Penh' },
  '120703': { expect: 'Svay Pak', aliases: [], note: 'Russey Keo, Phnom Penh' },
  '120909': { expect: 'Kamboul', aliases: ['Kambol'], note: 'Pur SenChey, Phnom Penh (a sangkat in 2017; Khan Kamboul dates from 2019)' },
  '120914': { expect: 'Chaom Chau 1', aliases: ['Chaom Chao I', 'Chaom Chau I', 'Chaom Chau Muoy', 'Chom Chao I', 'Chom Chao 1'], note: 'Pur SenChey, Phnom Penh' },
  '120915': { expect: 'Chaom Chau 2', aliases: ['Chaom Chao II', 'Chaom Chau II', 'Chaom Chau Pir', 'Chom Chao II', 'Chom Chao 2'], note: 'Pur SenChey, Phnom Penh' },
  '120916': { expect: 'Chaom Chau 3', aliases: ['Chaom Chao III', 'Chaom Chau III', 'Chaom Chau Bei', 'Chom Chao III', 'Chom Chao 3'], note: 'Pur SenChey, Phnom Penh' },
  '140504': { expect: 'Prey Khnes', aliases: [], note: 'Me Sang, Prey Veng' },
  '160704': { expect: 'Pa Te', aliases: ['Pate'], note: 'Ou Ya Dav, Ratanakiri; the only Pa Te in the gazetteer' },
  '171001': { expect: 'Sla Kram', aliases: ['Slor Kram', 'Slar Kram'], note: 'Siem Reap Municipality (another Sla Kram: 010803 Banteay Meanchey)' },
  '171003': { expect: 'Kok Chak', aliases: ['Kauk Chork', 'Kouk Chak', 'Kok Chork'], note: 'Siem Reap Municipality' },
  '171004': { expect: 'Sala Kamreuk', aliases: ['Sala Kamroeuk', 'Sala Kamraeuk'], note: 'Siem Reap Municipality' },
  '210202': { expect: 'Champei', aliases: ['Champey'], note: 'Bati, Takeo (another Champei: 070103 Kampot)' },
  '210205': { expect: 'Komar Reachea', aliases: [], note: 'Bati, Takeo' },
  '210503': { expect: 'Prey Khla', aliases: [], note: 'Kaoh Andaet, Takeo (another Prey Khla: 141308 Prey Veng)' },
  '250209': {
    expect: 'Roka Khnor',
    aliases: ['Rokar Khnor'],
    note: 'Krouch Chhmar, Tbong Khmum; gazetteer Khmer រការខ្នុរ vs press រកាខ្នុរ'
  }
};

// ------------------------------------------------------------------------------------ helpers
type Row = Record<string, string>;

/** The gazetteer's rows by header name; a row with more or fewer fields than the header stops the run. */
function readCsv(text: string): Row[] {
  const [header = [], ...body] = parseCsv(text);
  return body.map((fields) => {
    if (fields.length !== header.length) throw new Error(`bad CSV row: ${fields.join(',')}`);
    return Object.fromEntries(header.map((name, i) => [name, fields[i]]));
  });
}
const toCsv = (columns: string[], rows: Row[]) => formatCsv([columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))]);

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const cleanLatin = (s: string) => clean(s.normalize('NFC').replace(/[\u200B-\u200D\uFEFF]/g, ''));
/** Folding used only for the ambiguity check: case, diacritics, punctuation, Kompong→Kampong. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/kompong/g, 'kampong')
    .replace(/[^a-z0-9]/g, '');

function splitUnit(latin: string, km: string, level: 'province' | 'district' | 'commune') {
  let name = cleanLatin(latin);
  let nameKm = clean(km.normalize('NFC'));
  let unit = level === 'province' ? 'Province' : level === 'district' ? 'District' : 'Commune';
  const rules: [RegExp, string, string][] =
    level === 'province'
      ? [[/ Capital$/, 'រាជធានី', 'Capital']]
      : level === 'district'
        ? [
            [/ Municipality$/, 'ក្រុង', 'Municipality'],
            [/ Khan$/, 'ខណ្ឌ', 'Khan']
          ]
        : [[/ Sangkat$/, 'សង្កាត់', 'Sangkat']];
  for (const [re, kmPrefix, u] of rules) {
    const hasLatin = re.test(name);
    const hasKm = nameKm.startsWith(kmPrefix);
    if (hasLatin !== hasKm) throw new Error(`unit mismatch between "${latin}" and "${km}"`);
    if (hasLatin) {
      name = name.replace(re, '');
      nameKm = clean(nameKm.slice(kmPrefix.length));
      unit = u;
    }
  }
  return { name, nameKm, unit };
}

function uniq(list: string[], exclude: string): string[] {
  const seen = new Set([exclude]);
  const out: string[] = [];
  for (const a of list.map(cleanLatin)) {
    if (a && !seen.has(a)) {
      seen.add(a);
      out.push(a);
    }
  }
  return out;
}
function checkAlias(a: string) {
  if (a.includes('|')) throw new Error(`alias contains "|": ${a}`);
}

// -------------------------------------------------------------------------------------- build
const read = (f: string) => readCsv(readFileSync(join(SRC, f), 'utf8'));
const pad = (s: string, n: number) => {
  if (!/^\d+$/.test(s)) throw new Error(`non-numeric code "${s}"`);
  const t = s.replace(/^0+(?=\d)/, '').padStart(n, '0');
  if (t.length !== n) throw new Error(`code "${s}" does not fit ${n} digits`);
  return t;
};
const byCode = (a: Row, b: Row) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const warnings: string[] = [];

const provinces: Row[] = read('provinces.csv').map((r) => {
  const code = pad(r.id, 2);
  const def = PROVINCES[Number(code) - 1];
  if (!def || def.iso !== `KH-${Number(code)}`) throw new Error(`no province definition for ${code}`);
  const { name: gazName, nameKm, unit } = splitUnit(r.name_latin, r.name_km, 'province');
  if (nameKm !== def.km) warnings.push(`province ${code}: gazetteer Khmer ${nameKm} ≠ reference ${def.km}`);
  const spellings = [...def.other, gazName];
  for (const s of [def.name, ...spellings]) if (/^Kampong /.test(s)) spellings.push(s.replace(/^Kampong /, 'Kompong '));
  const aliases = uniq(spellings, def.name);
  aliases.forEach(checkAlias);
  return { code, iso: def.iso, name: def.name, name_km: nameKm, unit, aliases: aliases.join('|'), shown_with: def.shownWith ?? '' };
});
provinces.sort(byCode);

const districts: Row[] = read('districts.csv').map((r) => {
  const code = pad(r.id, 4);
  const province = pad(r.parent_id, 2);
  if (code.slice(0, 2) !== province) throw new Error(`district ${code} not under province ${province}`);
  const { name, nameKm, unit } = splitUnit(r.name_latin, r.name_km, 'district');
  return { code, province, name, name_km: nameKm, unit, aliases: '' };
});
districts.sort(byCode);

const communes: Row[] = read('communes.csv').map((r) => {
  const code = pad(r.id, 6);
  const district = pad(r.parent_id, 4);
  if (code.slice(0, 4) !== district) throw new Error(`commune ${code} not under district ${district}`);
  const { name, nameKm, unit } = splitUnit(r.name_latin, r.name_km, 'commune');
  return { code, district, name, name_km: nameKm, unit, aliases: '' };
});
communes.sort(byCode);

// ---------------------------------------------------------------------------- integrity checks
function assertUnique(rows: Row[], what: string) {
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.code)) throw new Error(`duplicate ${what} code ${r.code}`);
    seen.add(r.code);
  }
  return seen;
}
const pCodes = assertUnique(provinces, 'province');
const dCodes = assertUnique(districts, 'district');
assertUnique(communes, 'commune');
for (const d of districts) if (!pCodes.has(d.province)) throw new Error(`district ${d.code}: unknown province ${d.province}`);
for (const c of communes) if (!dCodes.has(c.district)) throw new Error(`commune ${c.code}: unknown district ${c.district}`);
for (const r of [...provinces, ...districts, ...communes]) if (!r.name || !r.name_km) throw new Error(`empty name in ${r.code}`);

// -------------------------------------------------------------------------------- apply aliases
const provName = new Map(provinces.map((p) => [p.code, p.name]));
const distRow = new Map(districts.map((d) => [d.code, d]));
const table: string[][] = [];
function applyAliases(rows: Row[], defs: Record<string, AliasDef>, level: string) {
  const byCodeMap = new Map(rows.map((r) => [r.code, r]));
  for (const code of Object.keys(defs).sort()) {
    const def = defs[code];
    const row = byCodeMap.get(code);
    if (!row) throw new Error(`${level} alias table: no ${level} ${code}`);
    if (row.name !== def.expect) throw new Error(`${level} ${code} is "${row.name}", alias table expects "${def.expect}"`);
    const aliases = uniq(def.aliases, row.name);
    aliases.forEach(checkAlias);
    row.aliases = aliases.join('|');
    const where =
      level === 'commune'
        ? `${distRow.get(row.district)!.name} ${distRow.get(row.district)!.unit}, ${provName.get(code.slice(0, 2))}`
        : `${provName.get(code.slice(0, 2))}`;
    table.push([level, code, row.name, row.name_km, where, aliases.join(' | ') || '(none needed)']);
  }
}
applyAliases(districts, DISTRICT_ALIASES, 'district');
applyAliases(communes, COMMUNE_ALIASES, 'commune');

// Ambiguity check: within a province, no name/alias of one place may fold to another place's
// name/alias at the same level (e.g. "Kraya" occurs twice in Kampong Thom, so it must be qualified
// by district). Reported, not fatal: the gazetteer itself has such repeats.
for (const [level, rows] of [
  ['district', districts],
  ['commune', communes]
] as const) {
  const keys = new Map<string, Set<string>>();
  for (const r of rows) {
    for (const n of [r.name, ...(r.aliases ? r.aliases.split('|') : [])]) {
      const k = `${r.code.slice(0, 2)}:${fold(n)}`;
      if (!keys.has(k)) keys.set(k, new Set());
      keys.get(k)!.add(r.code);
    }
  }
  const defs = level === 'district' ? DISTRICT_ALIASES : COMMUNE_ALIASES;
  for (const [k, codes] of keys) {
    if (codes.size > 1 && [...codes].some((c) => c in defs))
      warnings.push(`${level} name "${k}" is shared within the province by ${[...codes].join(', ')}: qualify by district`);
  }
}

// ------------------------------------------------------------------------------------- write
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'provinces.csv'), toCsv(['code', 'iso', 'name', 'name_km', 'unit', 'aliases', 'shown_with'], provinces));
writeFileSync(join(OUT, 'districts.csv'), toCsv(['code', 'province', 'name', 'name_km', 'unit', 'aliases'], districts));
writeFileSync(join(OUT, 'communes.csv'), toCsv(['code', 'district', 'name', 'name_km', 'unit', 'aliases'], communes));
copyFileSync(join(SRC, 'LICENSE-pumi.txt'), join(OUT, 'LICENSE-pumi.txt'));

const count = (rows: Row[]) =>
  Object.entries(rows.reduce<Record<string, number>>((a, r) => ((a[r.unit] = (a[r.unit] ?? 0) + 1), a), {}))
    .map(([u, n]) => `${n} ${u}`)
    .join(', ');
console.log(`provinces ${provinces.length} (${count(provinces)})`);
console.log(`districts ${districts.length} (${count(districts)})`);
console.log(`communes  ${communes.length} (${count(communes)})`);
console.log('\nalias table:');
for (const r of table) console.log('  ' + r.join('  ·  '));
for (const w of warnings) console.warn('warning: ' + w);

const expected = { provinces: 25, districts: 197, communes: 1646 };
const got = { provinces: provinces.length, districts: districts.length, communes: communes.length };
if (JSON.stringify(got) !== JSON.stringify(expected)) {
  console.error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
  process.exit(1);
}
console.log(`\nwrote ${OUT}/{provinces,districts,communes}.csv and LICENSE-pumi.txt`);
