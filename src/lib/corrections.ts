// The "report a correction" link for a record, built from the one setting SITE.correctionsUrl (PUBLIC_CORRECTIONS_URL).
import { CORRECTIONS_PAGE } from './site-config';
import { SITE } from './site';

function correctionBody(permalink: string): string {
  return `Record: ${permalink}\n\nWhat is wrong, and the source that shows it:\n`;
}

/**
 * A mailto: address gets a subject and body, a web address (e.g. a GitHub "new issue" link) title and body parameters,
 * each naming the record and its address; with no channel configured, the About page's corrections section.
 */
export function correctionLink(recordId: string, permalink: string, base: string | null = SITE.correctionsUrl): string {
  const subject = `Correction: ${recordId}`;
  if (!base) return CORRECTIONS_PAGE;
  if (base.startsWith('mailto:')) {
    const separator = base.includes('?') ? '&' : '?';
    return `${base}${separator}subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(correctionBody(permalink))}`;
  }
  if (/^https?:\/\//.test(base)) {
    const url = new URL(base);
    url.searchParams.set('title', subject);
    url.searchParams.set('body', correctionBody(permalink));
    return url.toString();
  }
  return base;
}

/** What the About page shows as the channel: the e-mail address, or the web address; null when none is configured. */
export function correctionChannel(base: string | null = SITE.correctionsUrl): { href: string; text: string; kind: 'email' | 'web' } | null {
  if (!base) return null;
  if (base.startsWith('mailto:')) {
    const address = decodeURIComponent(base.slice('mailto:'.length).split('?')[0]);
    return { href: `mailto:${address}?subject=${encodeURIComponent('Correction')}&body=${encodeURIComponent(correctionBody(''))}`, text: address, kind: 'email' };
  }
  return { href: base, text: base.replace(/^https?:\/\//, '').replace(/\?.*$/, ''), kind: 'web' };
}
