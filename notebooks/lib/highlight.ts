/** A text with its tagged spans highlighted, as DOM (text goes in through textContent, never as HTML). */
import { strategyColor } from "../../src/formats/palette.js";

/** A span to highlight: a machine tag or a gold annotation. */
export interface HighlightSpan {
  strategy: string;
  mode: string;
  start: number;
  end: number;
  cue?: string;
  confidence?: number;
  annotator?: string;
}

export interface HighlightOptions {
  /** The strategy's label for tooltips (default: its id). */
  label?: (strategy: string) => string;
  /** The document that creates the elements (default: the global one). */
  document?: Document;
}

/** One line of a span's tooltip: strategy, mode, and why (cue, confidence, or annotator). */
export function spanTitle(span: HighlightSpan, label: (strategy: string) => string = (s) => s): string {
  const why = [
    span.cue === undefined ? "" : `cue ${span.cue}`,
    span.confidence === undefined ? "" : `confidence ${span.confidence.toFixed(2)}`,
    span.annotator === undefined ? "" : `annotator ${span.annotator}`,
  ].filter(Boolean);
  return `${label(span.strategy)} (${span.mode})${why.length ? ` · ${why.join(" · ")}` : ""}`;
}

/**
 * The text in a `<p class="fw-text">`, each stretch covered by spans in a `<mark>`: `data-strategy` lists the
 * strategies covering it, `data-tags` the indexes of the spans, the title says strategy, mode and cue. Overlapping
 * spans split the text at every span edge, so each character is highlighted once, with all its spans named.
 */
export function highlight(text: string, spans: readonly HighlightSpan[], options: HighlightOptions = {}): HTMLElement {
  const doc = options.document ?? document;
  const label = options.label ?? ((s: string) => s);
  const valid = spans.map((s, i) => ({ s, i })).filter(({ s }) => s.start < s.end && s.start >= 0 && s.end <= text.length);
  const edges = [...new Set([0, text.length, ...valid.flatMap(({ s }) => [s.start, s.end])])].sort((a, b) => a - b);
  const p = doc.createElement("p");
  p.className = "fw-text";
  for (let k = 0; k + 1 < edges.length; k++) {
    const [a, b] = [edges[k], edges[k + 1]];
    const piece = text.slice(a, b);
    const covering = valid.filter(({ s }) => s.start <= a && s.end >= b);
    if (covering.length === 0) {
      p.append(doc.createTextNode(piece));
      continue;
    }
    // The innermost span (the shortest) gives the colour.
    const inner = covering.reduce((x, y) => (y.s.end - y.s.start < x.s.end - x.s.start ? y : x));
    const strategies = [...new Set(covering.map(({ s }) => s.strategy))];
    const mark = doc.createElement("mark");
    mark.textContent = piece;
    mark.dataset.strategy = strategies.join(" ");
    mark.dataset.tags = covering.map(({ i }) => i).join(" ");
    mark.dataset.mode = [...new Set(covering.map(({ s }) => s.mode))].join(" ");
    mark.style.setProperty("--c", strategyColor(inner.s.strategy));
    if (strategies.length > 1) mark.classList.add("fw-overlap");
    mark.title = covering.map(({ s }) => spanTitle(s, label)).join("\n");
    p.append(mark);
  }
  return p;
}
