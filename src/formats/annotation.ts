/** Renderings of annotated documents: text (for a person), JSON records, CSV rows and a standalone HTML page. */
import type { CompiledCodebook } from "../codebook/compile.js";
import type { Tag } from "../codebook/types.js";
import { profile, type StrategyScore } from "../tagger/profile.js";
import { csvRow, escapeHtml } from "./escape.js";
import { strategyColor } from "./palette.js";

export interface AnnotatedDocument {
  id: string;
  text: string;
  tags: Tag[];
}

export interface Explanation {
  strategy: string;
  label: string;
  definition: string;
  theory: string;
  questions: string[];
}

/** What the codebook says of each strategy found in the tags (for --explain). */
export function explain(tags: readonly Tag[], codebook: CompiledCodebook): Explanation[] {
  const ids = [...new Set(tags.map((t) => t.strategy))];
  return ids.flatMap((id) => {
    const s = codebook.strategies.get(id);
    return s ? [{ strategy: id, label: s.label, definition: s.definition, theory: s.theory, questions: s.questions }] : [];
  });
}

export interface JsonRecord {
  id: string;
  tags: Tag[];
  strategies: StrategyScore[];
  explain?: Explanation[];
}

/** The machine-readable record of one document (one line of --format jsonl). */
export function jsonRecord(doc: AnnotatedDocument, codebook?: CompiledCodebook): JsonRecord {
  const rec: JsonRecord = { id: doc.id, tags: doc.tags, strategies: profile(doc.tags) };
  if (codebook) rec.explain = explain(doc.tags, codebook);
  return rec;
}

export const CSV_HEADER = ["id", "strategy", "mode", "start", "end", "text", "confidence", "cue"];

/** CSV rows (one per tag) of one document, without the header. */
export function csvRows(doc: AnnotatedDocument): string[] {
  return doc.tags.map((t) => csvRow([doc.id, t.strategy, t.mode, t.start, t.end, t.text, t.confidence, t.cue]));
}

// ---------------------------------------------------------------- text

const ANSI: Record<string, number> = { deny: 31, diminish: 33, rebuild: 32, bolster: 34, evade: 35, manage: 36, other: 37 };

export interface TextOptions {
  /** ANSI colours (otherwise plain brackets). */
  color?: boolean;
  codebook?: CompiledCodebook;
  explain?: boolean;
}

/** Markers around each tagged span: `[` before, `]¹` after (numbers refer to the legend). */
function marked(
  text: string,
  tags: readonly Tag[],
  open: (t: Tag, n: number) => string,
  close: (t: Tag, n: number) => string,
  esc: (s: string) => string = (s) => s,
): string {
  const events: { at: number; kind: 0 | 1; n: number }[] = [];
  tags.forEach((t, n) => {
    events.push({ at: t.start, kind: 1, n });
    events.push({ at: t.end, kind: 0, n });
  });
  // At one offset: closings before openings; inner closings (later start) first.
  events.sort((a, b) => a.at - b.at || a.kind - b.kind || (a.kind === 0 ? tags[b.n].start - tags[a.n].start : tags[b.n].end - tags[a.n].end));
  let out = "";
  let pos = 0;
  for (const e of events) {
    out += esc(text.slice(pos, e.at));
    pos = e.at;
    out += e.kind === 1 ? open(tags[e.n], e.n + 1) : close(tags[e.n], e.n + 1);
  }
  return out + esc(text.slice(pos));
}

/** A readable annotation: the text with its tagged spans marked, then a legend. */
export function renderText(doc: AnnotatedDocument, options: TextOptions = {}): string {
  const { color = false, codebook } = options;
  const family = (id: string) => codebook?.strategies.get(id)?.family ?? "other";
  const paint = (t: Tag, s: string) => (color ? `\x1b[1;${ANSI[family(t.strategy)] ?? 37}m${s}\x1b[0m` : s);
  const body = marked(
    doc.text,
    doc.tags,
    (t) => paint(t, "["),
    (t, n) => paint(t, `]${n}`),
  );
  const lines = [color ? `\x1b[1m${doc.id}\x1b[0m` : `# ${doc.id}`, body, ""];
  if (doc.tags.length === 0) lines.push("  (no framing strategy found)");
  doc.tags.forEach((t, i) => {
    lines.push(`  ${paint(t, `${i + 1}`)} ${paint(t, t.strategy)} (${t.mode}, ${t.confidence.toFixed(2)}) "${t.text}"  cue ${t.cue}  @${t.start}-${t.end}`);
  });
  if (doc.tags.length) {
    const summary = profile(doc.tags).map((p) => `${p.strategy} (${p.mode})`).join(", ");
    lines.push("", `  strategies: ${summary}`);
  }
  if (options.explain && codebook) {
    for (const e of explain(doc.tags, codebook)) {
      lines.push("", `  ${e.label} [${e.strategy}]: ${e.definition}`, `    theory: ${e.theory}`);
      for (const q of e.questions) lines.push(`    ? ${q}`);
    }
  }
  return lines.join("\n") + "\n";
}

// ---------------------------------------------------------------- html

export interface HtmlOptions {
  title?: string;
  codebook?: CompiledCodebook;
  explain?: boolean;
}

/** A standalone HTML page: every document with highlighted spans, and a legend. All input text is escaped. */
export function renderHtml(docs: readonly AnnotatedDocument[], options: HtmlOptions = {}): string {
  const { codebook } = options;
  const title = options.title ?? "framewatch annotation";
  const used = [...new Set(docs.flatMap((d) => d.tags.map((t) => t.strategy)))];
  const sections = docs.map((doc) => {
    const body = marked(
      doc.text,
      doc.tags,
      (t) =>
        `<mark style="--c:${strategyColor(t.strategy)}" title="${escapeHtml(`${t.strategy} (${t.mode}), cue ${t.cue}, confidence ${t.confidence}`)}">`,
      (_, n) => `<sup>${n}</sup></mark>`,
      escapeHtml,
    );
    const rows = doc.tags
      .map(
        (t, i) =>
          `<tr><td>${i + 1}</td><td><span class="sw" style="background:${strategyColor(t.strategy)}"></span>${escapeHtml(t.strategy)}</td><td>${t.mode}</td><td>${t.confidence.toFixed(2)}</td><td>${escapeHtml(t.text)}</td><td><code>${escapeHtml(t.cue)}</code></td></tr>`,
      )
      .join("\n");
    const explained =
      options.explain && codebook
        ? explain(doc.tags, codebook)
            .map((e) => `<dt>${escapeHtml(e.label)}</dt><dd>${escapeHtml(e.definition)}<ul>${e.questions.map((q) => `<li>${escapeHtml(q)}</li>`).join("")}</ul></dd>`)
            .join("\n")
        : "";
    return `<section>
<h2>${escapeHtml(doc.id)}</h2>
<p class="text">${body}</p>
${doc.tags.length ? `<table><thead><tr><th>#</th><th>strategy</th><th>mode</th><th>confidence</th><th>text</th><th>cue</th></tr></thead><tbody>\n${rows}\n</tbody></table>` : "<p><em>No framing strategy found.</em></p>"}
${explained ? `<dl>${explained}</dl>` : ""}
</section>`;
  });
  const legend = used
    .map((id) => `<li><span class="sw" style="background:${strategyColor(id)}"></span>${escapeHtml(codebook?.strategies.get(id)?.label ?? id)} <code>${escapeHtml(id)}</code></li>`)
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
mark { background: color-mix(in srgb, var(--c) 25%, white); border-bottom: 2px solid var(--c); padding: 0 1px; }
sup { font-size: 0.7em; color: #555; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; font-size: 0.9em; }
td, th { border-bottom: 1px solid #ddd; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
.sw { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; border-radius: 2px; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
.text { white-space: pre-wrap; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${used.length ? `<ul class="legend">\n${legend}\n</ul>` : ""}
${sections.join("\n")}
</body>
</html>
`;
}
