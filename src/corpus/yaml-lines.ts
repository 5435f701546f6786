/** YAML parsing that keeps line numbers, so that every problem can name its line. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";

export interface ParsedYaml {
  value: unknown;
  /** The 1-based line of a path like ["annotations", 2, "start"] (the nearest existing ancestor). */
  lineOf(path: (string | number)[]): number | undefined;
  error?: { line?: number; message: string };
}

/** Parse YAML; `lineOffset` is added to every line (for front matter after a `---` line). */
export function parseYamlWithLines(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  if (doc.errors.length) {
    const e = doc.errors[0];
    // With prettyErrors off the error has no linePos; its offset gives the line.
    const line = e.linePos?.[0]?.line ?? (e.pos?.[0] !== undefined ? lineCounter.linePos(e.pos[0]).line : undefined);
    return { value: undefined, lineOf: () => undefined, error: { line: line !== undefined ? line + lineOffset : undefined, message: e.message.split("\n")[0] } };
  }
  const lineOf = (path: (string | number)[]) => {
    let node: unknown = doc.contents;
    let line = node && (node as YamlNode).range ? lineAt((node as YamlNode).range![0]) : undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (!pair) break;
        if (isScalar(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        const item = node.items[key] as YamlNode | undefined;
        if (!item) break;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };
  return { value: doc.toJS(), lineOf };
}
