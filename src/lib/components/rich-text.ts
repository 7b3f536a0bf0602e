// The little markup that catalogue sentences carry: [a link](/path/), `code`, **strong** and *emphasis*, parsed into pieces that
// RichText.svelte renders as elements (never as HTML), so translated sentences can place their links where their grammar wants.

export type RichPiece =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'em'; text: string };

const MARKUP = /\[([^\]]+)\]\(([^)\s]+)\)|`([^`]+)`|\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*/g;

export function parseRichText(source: string): RichPiece[] {
  const pieces: RichPiece[] = [];
  let at = 0;
  for (const match of source.matchAll(MARKUP)) {
    if (match.index > at) pieces.push({ kind: 'text', text: source.slice(at, match.index) });
    const [, linkText, href, code, strong, em] = match;
    if (href !== undefined) pieces.push({ kind: 'link', text: linkText, href });
    else if (code !== undefined) pieces.push({ kind: 'code', text: code });
    else if (strong !== undefined) pieces.push({ kind: 'strong', text: strong });
    else pieces.push({ kind: 'em', text: em });
    at = match.index + match[0].length;
  }
  if (at < source.length) pieces.push({ kind: 'text', text: source.slice(at) });
  return pieces;
}

/** Pages keep the reader's language; files (/feed.xml, /data/template.csv) and other sites are the same for everyone. */
export function isPagePath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//') && (href.endsWith('/') || href.includes('/#'));
}
