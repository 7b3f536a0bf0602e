// How deep JSON nests, found by a scan of its brackets before JSON.parse: a value nested thousands of levels deep
// parses, but every recursive walk over it (validation, structuredClone, printing it in a message) overflows the stack.

/** Deeper than any record needs (a defections.json export is 5 levels deep), far shallower than the stack allows. */
export const MAX_JSON_DEPTH = 64;

/** The offset of the first bracket nesting deeper than `limit`, or undefined when the text never does. Strings are skipped. */
export function tooDeepAt(text: string, limit = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '[' || char === '{') {
      if (++depth > limit) return i;
    } else if (char === ']' || char === '}') {
      depth--;
    }
  }
  return undefined;
}
