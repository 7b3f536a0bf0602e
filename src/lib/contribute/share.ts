// What a contributor takes away from /contribute/: the record as a one-row CSV in the spreadsheet template's layout
// (what `npm run import` reads), and links that hand it to the editors — a pre-filled "new file" page on the data's
// GitHub repository, or the corrections address. Nothing is sent: each is a file or a link the reader chooses to open.
import { placeIndex } from '$lib/export/columns';
import { toSheetCsv } from '$lib/export/template-sheet';
import type { Defection } from '$lib/schema';
import type { Reference } from './check';

/** The file name the CSV is offered under, and the path proposed in the repository. */
export function contributionFileName(record: Pick<Defection, 'id'>): string {
  return `contribution-${record.id}.csv`;
}

export function contributionCsv(record: Defection, reference: Pick<Reference, 'provinces' | 'districts' | 'communes'>): string {
  return toSheetCsv([record], placeIndex(reference));
}

/** Where contributions wait for an editor's `npm run import`, in the repository. */
export const CONTRIBUTIONS_DIR = 'contributions';

/**
 * GitHub's "new file" page with the file's name and text filled in (https://github.com/<owner>/<repo>/new/<branch>
 * ?filename=…&value=…): the contributor reviews it and proposes it as a pull request. The branch is the one named in
 * the repository address (…/tree/<branch>), else the repository's default (GitHub reads HEAD as that).
 */
export function newFileLink(repositoryUrl: string, fileName: string, text: string): string {
  const match = /^(https:\/\/github\.com\/[^/]+\/[^/]+?)(?:\/tree\/(.+))?$/.exec(repositoryUrl);
  if (!match) throw new Error(`Not a GitHub repository address: ${repositoryUrl}`);
  const [, repository, branch = 'HEAD'] = match;
  const url = new URL(`${repository}/new/${branch}`);
  url.searchParams.set('filename', `${CONTRIBUTIONS_DIR}/${fileName}`);
  url.searchParams.set('value', text);
  return url.toString();
}

function contributionBody(fileName: string, text: string, fenced: boolean): string {
  const file = fenced ? `\`\`\`csv\n${text}\`\`\`` : text;
  return `A new record from the site's contribution form, for npm run import (save it as ${fileName}):\n\n${file}\n`;
}

/** The corrections address (PUBLIC_CORRECTIONS_URL) with the record in the message: mailto: subject and body, or a new-issue page's title and body. */
export function sendLink(correctionsUrl: string, record: Pick<Defection, 'id'>, text: string): string {
  const subject = `New record: ${record.id}`;
  const email = correctionsUrl.startsWith('mailto:');
  // An issue page reads Markdown: the CSV goes in a code block so its lines stay lines.
  const body = contributionBody(contributionFileName(record), text, !email);
  if (email) {
    const separator = correctionsUrl.includes('?') ? '&' : '?';
    return `${correctionsUrl}${separator}subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(correctionsUrl);
  url.searchParams.set('title', subject);
  url.searchParams.set('body', body);
  return url.toString();
}
