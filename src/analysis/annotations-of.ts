/** The annotations of a document that an analysis counts: gold or machine, in one mode or all. */
import type { Tag } from "../codebook/types.js";
import type { AnalysisConfig, BundleDocument } from "./options.js";

/** One annotated span, whichever its source (gold spans without a confidence count as 1). */
export type AnnotatedSpan = Pick<Tag, "strategy" | "mode" | "start" | "end" | "text" | "confidence">;

/** A document's spans from the configured source, in the configured mode. */
export function annotationsOf(document: BundleDocument, config: Pick<AnalysisConfig, "source" | "mode">): AnnotatedSpan[] {
  const spans: AnnotatedSpan[] =
    config.source === "gold"
      ? document.gold.map((a) => ({ strategy: a.strategy, mode: a.mode, start: a.start, end: a.end, text: a.text, confidence: a.confidence ?? 1 }))
      : document.machine.map((t) => ({ strategy: t.strategy, mode: t.mode, start: t.start, end: t.end, text: t.text, confidence: t.confidence }));
  return config.mode ? spans.filter((s) => s.mode === config.mode) : spans;
}

/** The strategies a document carries (document level: each counts once). */
export function strategiesOf(document: BundleDocument, config: Pick<AnalysisConfig, "source" | "mode">): Set<string> {
  return new Set(annotationsOf(document, config).map((s) => s.strategy));
}
