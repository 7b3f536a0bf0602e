// No module under src/ imports itself through others: a cycle makes load order matter (a module can read another's
// exports before they are set) and blurs which of the two is the base. Type-only and dynamic imports count too — a cycle
// is not removed by making one of its imports lazy, but by moving the shared piece to the module both depend on.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LIB = join(SRC, 'lib');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// `import … from '…'`, `import '…'`, `export … from '…'` and `import('…')`, across lines.
const SPECIFIER = /(?:\bimport|\bexport)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The specifiers a file imports. */
export function importedSpecifiers(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((match) => match[1] ?? match[2]);
}

/** The file under src/ a specifier names ($lib or relative), or undefined for packages and SvelteKit's virtual modules. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('$lib/') || specifier === '$lib'
    ? join(LIB, specifier.slice('$lib'.length))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : undefined;
  if (base === undefined) return undefined;
  const candidates = [base, `${base}.ts`, `${base}.svelte.ts`, `${base}.js`, join(base, 'index.ts')];
  return candidates.find((path) => /\.(ts|svelte)$/.test(path) && existsSync(path) && statSync(path).isFile());
}

/** The import graph of every .ts and .svelte file under a folder: file → files it imports. */
function importGraph(root: string): Map<string, string[]> {
  return new Map(
    sourceFiles(root).map((file) => [
      file,
      [...new Set(importedSpecifiers(readFileSync(file, 'utf8')).flatMap((specifier) => resolveImport(file, specifier) ?? []))]
    ])
  );
}

/** Every strongly connected group of more than one module (or a module importing itself): each holds a cycle. */
function cycles(graph: Map<string, string[]>): string[][] {
  // Tarjan's algorithm.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || graph.get(node)?.includes(node)) groups.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return groups;
}

describe('imports', () => {
  it('reads every kind of import statement', () => {
    const source = [
      "import a from './a';",
      "import type { B } from '$lib/b';",
      "import {\n  c,\n  type C\n} from '../c';",
      "import * as d from './d';",
      "import './e.css';",
      "export { f } from './f';",
      "export * from './g';",
      "const h = await import('./h');",
      "const text = 'not an import from here';"
    ].join('\n');
    expect(importedSpecifiers(source)).toEqual(['./a', '$lib/b', '../c', './d', './e.css', './f', './g', './h']);
  });

  it('finds a cycle', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
  });

  it('the modules under src/ form no cycle', () => {
    const found = cycles(importGraph(SRC)).map((group) => group.map((file) => relative(SRC, file)));
    expect(found).toEqual([]);
  });

  it('only tests import the reference definitions (tests/reference/filters.ts): the page never runs them', () => {
    const reference = join(SRC, '..', 'tests', 'reference', 'filters.ts');
    const importers = [...importGraph(SRC)].filter(([, imported]) => imported.includes(reference)).map(([file]) => relative(SRC, file));
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((file) => !file.endsWith('.test.ts'))).toEqual([]);
  });
});
