/** The corpus bundle: documents, gold annotations and the current tagger's tags in one JSON file. */
import type { CompiledCodebook } from "../codebook/compile.js";
import { tagWith } from "../tagger/pipeline.js";
import type { Corpus } from "./load.js";
import type { CorpusBundle } from "./types.js";

export function bundleCorpus(corpus: Corpus, codebook: CompiledCodebook, by: string): CorpusBundle {
  return {
    generated: { by, codebook: codebook.codebook.version },
    strategies: codebook.codebook.strategies.map((s) => {
      const first = s.hits[0];
      return {
        id: s.id,
        label: s.label,
        family: s.family,
        definition: s.definition,
        theory: s.theory,
        example: first === undefined ? "" : typeof first === "string" ? first : first.text,
      };
    }),
    incidents: corpus.incidents,
    documents: corpus.documents.map((d) => {
      const gold = corpus.gold.get(d.id);
      return { ...d, gold: gold?.annotations ?? [], ...(gold ? { goldAnnotator: gold.annotator } : {}), machine: tagWith(d.text, codebook) };
    }),
  };
}
