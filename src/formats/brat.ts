/**
 * brat standoff (https://brat.nlplab.org/standoff.html): per document a `.txt` (the text) and an
 * `.ann`, and for the collection an `annotation.conf` and a `visual.conf`.
 *
 * - A span is a text-bound annotation `T1<TAB>sector-problem 35 51<TAB>malicious actors`, its mode
 *   an attribute `A1<TAB>Mode T1 enacted`, and the cue and confidence a note
 *   `#1<TAB>AnnotatorNotes T1<TAB>cue ..., confidence ...`.
 * - Offsets are Unicode code points, as brat counts them.
 * - brat cannot draw a span across a line break: such a span is written as fragments, one per line
 *   (`T1<TAB>apology 0 12;13 20<TAB>...`). On import, fragments separated only by white space are
 *   joined into one span; other discontinuous spans are errors.
 */
import { MODES } from "../codebook/types.js";
import { offsetMap, type OffsetMap } from "./offsets.js";
import { strategyColor } from "./palette.js";
import { codePointSpan, ImportCollector, type ExportDocument } from "./spans.js";

/** The fragments of a span (UTF-16 offsets) that do not cross a line break. */
function fragments(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  const re = /\r\n|\r|\n/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    if (m.index > from) out.push({ start: from, end: m.index });
    from = Math.min(end, m.index + m[0].length);
  }
  if (end > from) out.push({ start: from, end });
  return out;
}

/** The `.txt` and `.ann` of one document. */
export function toBrat(doc: ExportDocument): { txt: string; ann: string } {
  const map = offsetMap(doc.text);
  const lines = doc.spans.flatMap((s, i) => {
    const parts = fragments(doc.text, s.start, s.end);
    const offsets = parts.map((f) => codePointSpan(map, f)).map((f) => `${f.start} ${f.end}`).join(";");
    const quote = parts.map((f) => doc.text.slice(f.start, f.end)).join(" ");
    const n = i + 1;
    const note = [s.cue !== undefined ? `cue ${s.cue}` : "", s.confidence !== undefined ? `confidence ${s.confidence}` : ""].filter(Boolean).join(", ");
    return [`T${n}\t${s.strategy} ${offsets}\t${quote}`, `A${n}\tMode T${n} ${s.mode}`, ...(note ? [`#${n}\tAnnotatorNotes T${n}\t${note}`] : [])];
  });
  return { txt: doc.text, ann: lines.map((l) => l + "\n").join("") };
}

/** The collection's `annotation.conf` (strategies as entities, the mode as an attribute) and `visual.conf` (labels and colours). */
export function bratConfig(strategies: readonly { id: string; label?: string }[]): { annotationConf: string; visualConf: string } {
  const annotationConf = `# framewatch: one entity type per strategy; the mode of each span as an attribute.
[entities]
${strategies.map((s) => s.id).join("\n")}

[relations]
# Spans of different strategies may overlap.
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Mode\tArg:<ENTITY>, Value:${MODES.join("|")}
`;
  const visualConf = `[labels]
${strategies.map((s) => `${s.id} | ${s.label ?? s.id}`).join("\n")}

[drawing]
${strategies.map((s) => `${s.id}\tbgColor:${strategyColor(s.id)}`).join("\n")}
`;
  return { annotationConf, visualConf };
}

/**
 * Read one document's `.ann` (and, when given, its `.txt`, which must be the corpus's text) into
 * the collector. `id` is the document id (the file's base name).
 */
export function fromBrat(id: string, ann: string, file: string, into: ImportCollector, txt?: string): void {
  if (!into.document(id, file)) return;
  if (txt !== undefined && !into.sameText(id, txt.endsWith("\n") && !into.texts.get(id)!.endsWith("\n") ? txt.slice(0, -1) : txt, file.replace(/\.ann$/, ".txt"))) return;
  const spans = new Map<string, { line: number; type: string; offsets: string; quote: string }>();
  const modes = new Map<string, string>();
  ann.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    const where = `${file}:${i + 1}`;
    if (!line.trim()) return;
    const [key, body = "", rest] = line.split("\t");
    if (/^T\d+$/.test(key)) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(body);
      if (!m || rest === undefined) return into.problem({ where, document: id, span: key, reason: `expected "${key}<TAB>STRATEGY START END<TAB>TEXT", got ${JSON.stringify(line)}` });
      spans.set(key, { line: i + 1, type: m[1], offsets: m[2], quote: rest });
    } else if (/^[AM]\d+$/.test(key)) {
      const [name, target, value] = body.split(" ");
      if (name?.toLowerCase() === "mode" && target) modes.set(target, value);
      else into.warnings.push(`${where}: attribute ${JSON.stringify(body)} ignored (framewatch reads the Mode attribute)`);
    } else if (/^#\d*$/.test(key)) {
      // An annotator's note: kept in the .ann, not imported.
    } else if (/^[RE*N]\d*$/.test(key)) {
      into.warnings.push(`${where}: ${key[0] === "N" ? "normalisation" : key[0] === "E" ? "event" : "relation"} ${key} ignored (framewatch imports spans only)`);
    } else into.problem({ where, document: id, reason: `unrecognised line ${JSON.stringify(line)}` });
  });
  const text = into.texts.get(id)!;
  const map = offsetMap(text);
  for (const [key, s] of spans) {
    const where = `${file}:${s.line}`;
    const parts = s.offsets.split(";").map((p) => p.split(" ").map(Number) as [number, number]);
    if (parts.length > 1) {
      const joined = joinFragments(text, map, parts);
      if (typeof joined === "string") {
        into.problem({ where, document: id, span: key, reason: joined });
        continue;
      }
      if (joined.quote !== s.quote) into.problem({ where, document: id, span: key, reason: `text ${JSON.stringify(s.quote)} does not match the document's fragments ${s.offsets} (code points): ${JSON.stringify(joined.quote)}` });
      else into.span(id, { label: key, strategy: s.type, mode: modes.get(key), start: parts[0][0], end: parts[parts.length - 1][1], unit: "codepoint" }, where);
      continue;
    }
    into.span(id, { label: key, strategy: s.type, mode: modes.get(key), start: parts[0][0], end: parts[0][1], quote: s.quote, unit: "codepoint" }, where);
  }
}

/** Fragments separated only by white space form one span; returns their quote as brat writes it, or the reason they cannot be joined. */
function joinFragments(text: string, map: OffsetMap, parts: [number, number][]): { quote: string } | string {
  const utf16 = parts.map(([s, e]) => [map.toUtf16(s), map.toUtf16(e)]);
  if (utf16.some(([s, e]) => s === undefined || e === undefined || e <= s)) return `invalid fragment offsets ${parts.map((p) => p.join(" ")).join(";")} for a text of ${map.codePoints} code points`;
  for (let i = 1; i < utf16.length; i++) {
    const gap = text.slice(utf16[i - 1][1]!, utf16[i][0]!);
    if (utf16[i][0]! < utf16[i - 1][1]! || /\S/.test(gap)) return `discontinuous span (fragments ${parts.map((p) => p.join(" ")).join(";")} have text between them); framewatch spans are continuous`;
  }
  return { quote: utf16.map(([s, e]) => text.slice(s, e)).join(" ") };
}
