/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) as JSON-LD: an AnnotationCollection
 * whose first page holds one Annotation per span.
 *
 * - body: a TextualBody with purpose "tagging" whose value is the strategy, and one with purpose
 *   "classifying" whose value is the mode.
 * - target: {source, selector: [TextQuoteSelector {exact, prefix, suffix}, TextPositionSelector {start, end}]}.
 *   The source of a document is `urn:framewatch:document:<id>` unless given otherwise; on import the
 *   document id is the part after the last ":", "/" or "#".
 * - TextPositionSelector counts Unicode code points, as the model requires (§4.2.5), not UTF-16 units.
 *   On import a span with both selectors must satisfy both; a span with only a TextQuoteSelector
 *   must occur exactly once in the text with its prefix and suffix.
 */
import { MODES } from "../codebook/types.js";
import { offsetMap } from "./offsets.js";
import { codePointSpan, ImportCollector, isObject, type ExportDocument, type Loose } from "./spans.js";

export const W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const DOCUMENT_IRI = "urn:framewatch:document:";
const AFFIX = 32;

export interface W3cOptions {
  /** The IRI of a document (default `urn:framewatch:document:<id>`). */
  source?: (id: string) => string;
  /** Who made the annotations: a program (framewatch@0.1.0) or a person (a coder's name). */
  creator?: { type: "Software" | "Person"; name: string };
  label?: string;
}

const defaultSource = (id: string) => DOCUMENT_IRI + encodeURIComponent(id);

/** One AnnotationCollection with every span of the documents. */
export function toW3c(docs: readonly ExportDocument[], options: W3cOptions = {}): Record<string, unknown> {
  const source = options.source ?? defaultSource;
  const items = docs.flatMap((doc) => {
    const map = offsetMap(doc.text);
    return doc.spans.map((s, i) => {
      const at = codePointSpan(map, s);
      const prefix = doc.text.slice(map.toUtf16(Math.max(0, at.start - AFFIX)), s.start);
      const suffix = doc.text.slice(s.end, map.toUtf16(Math.min(map.codePoints, at.end + AFFIX)));
      return {
        id: `${source(doc.id)}#annotation-${i + 1}`,
        type: "Annotation",
        motivation: "tagging",
        ...(options.creator ? { creator: options.creator } : {}),
        body: [
          { type: "TextualBody", purpose: "tagging", value: s.strategy },
          { type: "TextualBody", purpose: "classifying", value: s.mode },
          ...(s.cue !== undefined ? [{ type: "TextualBody", purpose: "describing", value: `cue ${s.cue}${s.confidence !== undefined ? `, confidence ${s.confidence}` : ""}` }] : []),
        ],
        target: {
          source: source(doc.id),
          selector: [
            { type: "TextQuoteSelector", exact: s.text, prefix, suffix },
            { type: "TextPositionSelector", start: at.start, end: at.end },
          ],
        },
      };
    });
  });
  return {
    "@context": W3C_CONTEXT,
    type: "AnnotationCollection",
    label: options.label ?? "framewatch annotations",
    total: items.length,
    first: { type: "AnnotationPage", startIndex: 0, items },
  };
}

const list = (x: unknown): unknown[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const typed = (x: unknown, type: string) => isObject(x) && list(x.type).includes(type);

/** The document id of a target's source IRI. */
export function documentOfSource(source: string): string {
  const tail = source.startsWith(DOCUMENT_IRI) ? source.slice(DOCUMENT_IRI.length) : source.slice(Math.max(source.lastIndexOf("/"), source.lastIndexOf(":"), source.lastIndexOf("#")) + 1);
  try {
    return decodeURIComponent(tail);
  } catch {
    return tail;
  }
}

/** The annotations of a collection (with embedded pages), a page, a list or one annotation. */
function annotationsOf(input: unknown): unknown[] | string {
  if (Array.isArray(input)) return input;
  if (typed(input, "AnnotationCollection")) {
    const c = input as Loose;
    if (c.first === undefined) return list(c.items);
    if (!isObject(c.first)) return "the collection's pages are not embedded (first is a link); embed them or give the page itself";
    const items: unknown[] = [];
    for (let page: unknown = c.first; isObject(page); page = page.next) items.push(...list(page.items));
    return items;
  }
  if (typed(input, "AnnotationPage")) return list((input as Loose).items);
  if (typed(input, "Annotation")) return [input];
  return 'expected a W3C AnnotationCollection, AnnotationPage, Annotation or a list of annotations (no "type" found)';
}

/** Read W3C Web Annotation JSON-LD (parsed) into the collector. */
export function fromW3c(input: unknown, file: string, into: ImportCollector): void {
  const annotations = annotationsOf(input);
  if (typeof annotations === "string") return into.problem({ where: file, reason: annotations });
  annotations.forEach((a, n) => {
    const label = isObject(a) && typeof a.id === "string" ? a.id : `#${n + 1}`;
    const where = `${file}: annotation ${label}`;
    if (!isObject(a)) return into.problem({ where, reason: "expected an annotation object" });
    const target = list(a.target).find((t) => isObject(t) && typeof t.source === "string") as Loose | undefined;
    if (!target) return into.problem({ where, reason: "expected a target with a source and a selector" });
    const creator = list(a.creator)[0];
    const annotator = typeof creator === "string" ? creator : isObject(creator) && typeof creator.name === "string" ? creator.name : undefined;
    const id = documentOfSource(target.source as string);
    if (!into.document(id, where, annotator, true)) return;
    const bodies = list(a.body).filter(isObject);
    const strategy = bodies.find((b) => b.purpose === "tagging")?.value;
    const mode = bodies.find((b) => b.purpose === "classifying" && MODES.includes(b.value as never))?.value;
    const selectors = list(target.selector).filter(isObject);
    const position = selectors.find((s) => s.type === "TextPositionSelector");
    const quote = selectors.find((s) => s.type === "TextQuoteSelector");
    const spanLabel = `${label} (${typeof strategy === "string" ? strategy : "?"})`;
    if (position) {
      into.span(id, { label: spanLabel, strategy, mode, start: position.start, end: position.end, quote: quote?.exact, unit: "codepoint" }, where);
    } else if (quote) {
      const found = findQuote(into.texts.get(id)!, quote);
      if (typeof found === "string") into.problem({ where, document: id, span: spanLabel, reason: found });
      else into.span(id, { label: spanLabel, strategy, mode, start: found, end: found + (quote.exact as string).length, quote: quote.exact, unit: "utf16" }, where);
    } else into.problem({ where, document: id, span: spanLabel, reason: "expected a TextPositionSelector or a TextQuoteSelector" });
  });
}

/** The one UTF-16 offset where a TextQuoteSelector matches, or why there is none. */
function findQuote(text: string, q: Loose): number | string {
  const { exact, prefix, suffix } = q;
  if (typeof exact !== "string" || !exact) return `expected the TextQuoteSelector's exact text as a string, got ${JSON.stringify(exact)}`;
  const hits: number[] = [];
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    if (typeof prefix === "string" && !text.slice(0, i).endsWith(prefix)) continue;
    if (typeof suffix === "string" && !text.slice(i + exact.length).startsWith(suffix)) continue;
    hits.push(i);
  }
  if (hits.length === 1) return hits[0];
  return hits.length === 0 ? `text ${JSON.stringify(exact)} (with its prefix and suffix) does not occur in the document` : `text ${JSON.stringify(exact)} occurs ${hits.length} times with its prefix and suffix; add a TextPositionSelector`;
}
