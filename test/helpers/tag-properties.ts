// The tagger's properties, by name, runnable anywhere (vitest, a worker thread, scripts/fuzz.ts):
// tag never throws, every offset is inside the text on a code-point boundary, text.slice(start, end)
// === tag.text, the output is the same for the same input (also after other inputs), and tags of
// one strategy never overlap. A failure throws with fast-check's counterexample and seed.
import fc from "fast-check";
import { tag, type TagOptions } from "../../src/tagger/tag.js";
import { adversarialText, anyUnicode, bigDocument, lacedSentence, loneSurrogate, oddPiece, reshapedSentence, tagOptions, tagProblems } from "./adversarial-text.js";

export const PROPERTY_NAMES = ["any-unicode", "laced-sentences", "reshaped-sentences", "mixed-documents", "big-document"] as const;
export type PropertyName = (typeof PROPERTY_NAMES)[number];

export interface PropertyRun {
  numRuns: number;
  seed?: number;
  /** Called with each input before it is tagged (to name the input that hangs, if one does). */
  onCase?: (text: string) => void;
}

let previous = "We found and fixed this issue.";

/** Tag the text twice, with another text in between; throw if an invariant fails or the runs differ. */
export function holds(text: string, options: TagOptions = {}): void {
  const first = tag(text, options);
  tag(previous, options);
  const again = tag(text, options);
  previous = text;
  const problems = tagProblems(text, first);
  if (problems.length) throw new Error(problems.join("\n"));
  if (JSON.stringify(again) !== JSON.stringify(first)) throw new Error(`not deterministic: ${JSON.stringify(first)} then ${JSON.stringify(again)}`);
}

const texts: Record<Exclude<PropertyName, "big-document" | "mixed-documents">, fc.Arbitrary<string>> = {
  "any-unicode": fc.array(fc.oneof(anyUnicode, loneSurrogate, oddPiece), { maxLength: 6 }).map((a) => a.join("")),
  "laced-sentences": lacedSentence,
  "reshaped-sentences": reshapedSentence,
};

/** Check one property; throws on failure. Returns the number of cases run. */
export function checkProperty(name: PropertyName, run: PropertyRun): number {
  const params = { numRuns: run.numRuns, ...(run.seed !== undefined ? { seed: run.seed } : {}) };
  if (name === "big-document") {
    const text = bigDocument(1_100_000);
    run.onCase?.(text);
    const tags = tag(text);
    if (tags.length < 1000) throw new Error(`expected the 1 MB document of framing sentences to get more than 1000 tags, got ${tags.length}`);
    const problems = tagProblems(text, tags);
    if (problems.length) throw new Error(problems.slice(0, 20).join("\n"));
    if (JSON.stringify(tag(text)) !== JSON.stringify(tags)) throw new Error("not deterministic on the 1 MB document");
    return 1;
  }
  if (name === "mixed-documents") {
    fc.assert(
      fc.property(fc.tuple(adversarialText, tagOptions), ([text, options]) => {
        run.onCase?.(text);
        holds(text, options);
      }),
      params,
    );
    return run.numRuns;
  }
  fc.assert(
    fc.property(texts[name], (text) => {
      run.onCase?.(text);
      holds(text);
    }),
    params,
  );
  return run.numRuns;
}
