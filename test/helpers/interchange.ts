// Documents with emoji and other characters outside the Basic Multilingual Plane, for the
// interchange formats' round-trip tests.
import type { Mode } from "../../src/codebook/types.js";
import type { ExportDocument, ExportSpan } from "../../src/formats/spans.js";

export const span = (text: string, quote: string, strategy: string, mode: Mode, from = 0): ExportSpan => {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`no "${quote}" in the text`);
  return { strategy, mode, start, end: start + quote.length, text: quote, confidence: 0.9, cue: `${strategy}.test` };
};

const A = "🙂 We found and fixed 🐛 this issue.\nThe data is 𝒪𝓁𝒹, and was previously reported. We are sorry 😔.";
const B = "Assuming press volume continues to decline, we're not planning additional statements.";
const C = "No strategy here, just 🦄 unicorns.";

export const DOCS: ExportDocument[] = [
  {
    id: "doc-a",
    text: A,
    spans: [
      span(A, "found and fixed 🐛 this issue", "corrective-action", "enacted"),
      span(A, "this issue.\nThe data is 𝒪𝓁𝒹", "temporal-distancing", "reported"),
      span(A, "previously reported", "temporal-distancing", "enacted"),
      span(A, "sorry 😔", "apology", "enacted"),
    ],
  },
  { id: "doc-b", text: B, spans: [span(B, "not planning additional statements", "strategic-silence", "directive"), span(B, "press volume", "media-management", "directive")] },
  { id: "doc-c", text: C, spans: [] },
];

export const TEXTS: ReadonlyMap<string, string> = new Map(DOCS.map((d) => [d.id, d.text]));
export const STRATEGIES = ["corrective-action", "temporal-distancing", "apology", "strategic-silence", "media-management"].map((id) => ({ id }));

/** What an import should give back: the spans without confidence and cue, in text order. */
export const expected = (docs: readonly ExportDocument[]) =>
  docs.map((d) => ({
    id: d.id,
    spans: [...d.spans].sort((a, b) => a.start - b.start || a.end - b.end).map(({ strategy, mode, start, end, text }) => ({ strategy, mode, start, end, text })),
  }));
