// The "report a correction" link for a record, built from the one setting in SITE.correctionsUrl.
import { SITE } from './site';

/**
 * A mailto: address gets a subject line, a web address (e.g. a GitHub "new issue" link) a title parameter,
 * both naming the record; a page on this site (the default, /about/#corrections) is linked as it is.
 */
export function correctionLink(recordId: string, permalink: string, base: string = SITE.correctionsUrl): string {
  const subject = `Correction: ${recordId}`;
  if (base.startsWith('mailto:')) {
    const separator = base.includes('?') ? '&' : '?';
    return `${base}${separator}subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(`Record: ${permalink}\n\nWhat is wrong, and the source that shows it:\n`)}`;
  }
  if (/^https?:\/\//.test(base)) {
    const url = new URL(base);
    url.searchParams.set('title', subject);
    url.searchParams.set('body', `Record: ${permalink}\n\nWhat is wrong, and the source that shows it:\n`);
    return url.toString();
  }
  return base;
}
