import { describe, expect, it } from 'vitest';
import { startScripts, withStartScripts, type Manifest } from './start-scripts';

const manifest: Manifest = {
  '.svelte-kit/generated/client-optimized/nodes/1.js': { file: '_app/immutable/nodes/1.abc.js', imports: ['_shared.js', '_error.js'] },
  '.svelte-kit/generated/client-optimized/nodes/2.js': { file: '_app/immutable/nodes/2.def.js', imports: ['_shared.js'] },
  '_shared.js': { file: '_app/immutable/chunks/shared.js' },
  '_error.js': { file: '_app/immutable/chunks/error.js', imports: ['_shared.js'] },
  'src/lib/i18n/messages/en.ts': { file: '_app/immutable/chunks/en.js', imports: ['_words.js'] },
  'src/lib/i18n/messages/km.ts': { file: '_app/immutable/chunks/km.js', imports: ['_words.js'] },
  '_words.js': { file: '_app/immutable/chunks/words.js' }
};

describe('the scripts a page imports at start that SvelteKit does not name', () => {
  it('are the error page node and the page language’s messages, with what they import, each once', () => {
    expect(startScripts('km', manifest).sort()).toEqual(
      ['/_app/immutable/nodes/1.abc.js', '/_app/immutable/chunks/shared.js', '/_app/immutable/chunks/error.js', '/_app/immutable/chunks/km.js', '/_app/immutable/chunks/words.js'].sort()
    );
    expect(startScripts('en', {})).toEqual([]);
  });

  it('are added to the head, except those it names already', () => {
    const html = '<html><head><link href="/_app/immutable/chunks/shared.js" rel="modulepreload">\n\t</head><body></body></html>';
    const out = withStartScripts(html, 'en', manifest);
    expect(out.match(/chunks\/shared\.js/g)).toHaveLength(1);
    expect(out).toContain('<link href="/_app/immutable/chunks/en.js" rel="modulepreload">');
    expect(out).not.toContain('km.js');
    expect(out.indexOf('en.js')).toBeLessThan(out.indexOf('</head>'));
    expect(withStartScripts(html, 'en', {})).toBe(html);
  });
});
