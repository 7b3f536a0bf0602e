// URL-safe names: lower-case ASCII, diacritics folded, so "Kâmpóng Cham" and "Kampong Cham" meet.

export function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Commune slugs carry the code: names repeat across provinces (two Champei communes). */
export function communeSlug(commune: { name: string; code: string }): string {
  return `${slugify(commune.name) || 'commune'}-${commune.code}`;
}

export function provinceSlug(province: { iso: string }): string {
  return province.iso;
}
