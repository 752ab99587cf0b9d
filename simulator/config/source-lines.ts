import { type Document, isMap, isNode, isPair, isScalar, isSeq } from 'yaml';

/**
 * The 1-based line of a character offset.
 *
 * @example lineAt('a\nb\nc', 2) // 2
 */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line += 1;
  return line;
}

/**
 * The line of the value at `path` in a parsed YAML (or JSON) document, or of
 * the deepest part of the path that exists: a missing field is reported at
 * its parent, a map entry at its key.
 *
 * @example lineOfPath(doc, text, ['scenarios', 1, 'respond', 'code']) // 9
 */
export function lineOfPath(
  doc: Document,
  text: string,
  path: readonly PropertyKey[],
): number | undefined {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset === undefined ? undefined : lineAt(text, offset);
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

function rangeStart(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}
