// Query and name normalisation shared by the index builder and the browser, so both sides fold text the same way.

/** Romanisations of the same Khmer word that sources mix freely; each is rewritten to one form. */
const VARIANTS: Record<string, string> = {
  kompong: 'kampong',
  kg: 'kampong',
  phnum: 'phnom',
  stueng: 'stung',
  steung: 'stung',
  stoeng: 'stung',
  stoung: 'stung',
  preaek: 'prek',
  preak: 'prek',
  boeung: 'boeng',
  beung: 'boeng',
  bueng: 'boeng',
  toul: 'tuol',
  kaoh: 'koh'
};

/** Unit words ("Srak commune", "Khum Srak", "Takeo province") that say what a place is, not which. */
const UNIT_WORDS = new Set(['province', 'khet', 'khaet', 'khum', 'commune', 'sangkat', 'srok', 'district', 'khan', 'krong', 'municipality', 'city', 'capital']);

/** The Khmer unit prefixes: ខេត្ត province, ស្រុក district, ឃុំ commune, សង្កាត់ sangkat, ខណ្ឌ khan, ក្រុង krong, រាជធានី capital. */
const KHMER_UNIT_PREFIX = /^(ខេត្ត|ស្រុក|ឃុំ|សង្កាត់|ខណ្ឌ|ក្រុង|រាជធានី)/;

const KHMER = /[\u1780-\u17ff]/;

/**
 * Lower-case, diacritics folded, punctuation dropped, spelling variants unified (Kompong → Kampong),
 * unit words stripped, spaces collapsed. Khmer script is kept, with its unit prefixes stripped.
 */
export function normaliseQuery(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^a-z0-9\u1780-\u17ff]+/g, ' ');
  return folded
    .split(' ')
    .filter(Boolean)
    .map((word) => (KHMER.test(word) ? word.replace(KHMER_UNIT_PREFIX, '') : (VARIANTS[word] ?? word)))
    .filter((word) => word && !UNIT_WORDS.has(word))
    .join(' ');
}

/** Spaces removed, so "Damrei Choankhla" meets "Damrei Choan Khla". */
export function compact(normalised: string): string {
  return normalised.replace(/ /g, '');
}

export function hasKhmer(text: string): boolean {
  return KHMER.test(text);
}
