// The tagger's properties, by name, runnable anywhere (vitest, a worker thread, scripts/fuzz.ts):
// tag never throws, every offset is inside the text on a code-point boundary, text.slice(start, end)
// === tag.text, the output is the same for the same input (also after other inputs), and tags of
// one strategy never overlap; and a text that the tagger reads as a Latin-1 copy with the
// expressions' folded spelling (workingCopy) gets the tags it gets when it is not folded. A failure
// throws with fast-check's counterexample and seed.
import fc from "fast-check";
import { tag, type TagOptions } from "../../src/tagger/tag.js";
import { workingCopy } from "../../src/tagger/text.js";
import { adversarialText, anyUnicode, bigDocument, lacedSentence, loneSurrogate, oddPiece, reshapedSentence, tagOptions, tagProblems, typesetText } from "./adversarial-text.js";

export const PROPERTY_NAMES = ["any-unicode", "laced-sentences", "reshaped-sentences", "mixed-documents", "typeset-folded", "big-document"] as const;
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

/**
 * A text the tagger reads folded must get the tags it gets unfolded: an emoji in a paragraph of its own
 * keeps a text from folding and adds no tag.
 */
function foldsAsUnfolded(text: string, options: TagOptions = {}): void {
  if (!workingCopy(text).folded) return;
  const folded = JSON.stringify(tag(text, options));
  const unfolded = JSON.stringify(tag(`${text}\n\n🙂`, options));
  if (folded !== unfolded) throw new Error(`folded: ${folded}\nunfolded: ${unfolded}`);
}

const texts: Record<Exclude<PropertyName, "big-document" | "mixed-documents" | "typeset-folded">, fc.Arbitrary<string>> = {
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
  // Each case: a text (with options), checked by the property's function.
  const [cases, check]: [fc.Arbitrary<[string, TagOptions]>, (text: string, options: TagOptions) => void] =
    name === "typeset-folded"
      ? [fc.tuple(typesetText, tagOptions), foldsAsUnfolded]
      : name === "mixed-documents"
        ? [fc.tuple(adversarialText, tagOptions), holds]
        : [texts[name].map((text): [string, TagOptions] => [text, {}]), holds];
  fc.assert(
    fc.property(cases, ([text, options]) => {
      run.onCase?.(text);
      check(text, options);
    }),
    params,
  );
  return run.numRuns;
}
