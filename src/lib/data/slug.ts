// URL-safe names: lower-case ASCII, diacritics folded, so "Kâmpóng Cham" and "Kampong Cham" meet.

// Text that normalisation leaves as it is: ASCII and Khmer (no Khmer character decomposes; checked over both blocks).
// Most names are one or the other, and skipping normalize() for them is most of the cost of building search texts.
const UNCHANGED_BY_FOLDING = /^[\t\n\r\u0020-\u007f\u1780-\u17ff\u19e0-\u19ff]*$/;

export function foldDiacritics(text: string): string {
  if (UNCHANGED_BY_FOLDING.test(text)) return text;
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Windows reserves these names for devices, with any extension: a record file named con.yaml cannot be created or
// checked out there, so a record id must never be one of them.
const WINDOWS_DEVICE_NAME = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

export function isWindowsDeviceName(name: string): boolean {
  return WINDOWS_DEVICE_NAME.test(name);
}

/** The id of a new record named after a person: "Ul Pov" → "ul-pov"; empty when the name has no Latin letters or digits. */
export function recordIdFromName(name: string): string {
  const slug = slugify(name);
  return isWindowsDeviceName(slug) ? `${slug}-record` : slug;
}

/** Commune slugs carry the code: names repeat across provinces (two Champei communes). */
export function communeSlug(commune: { name: string; code: string }): string {
  return `${slugify(commune.name) || 'commune'}-${commune.code}`;
}

export function provinceSlug(province: { iso: string }): string {
  return province.iso;
}
