/** Stage 3: match. Run the candidate cues' expressions over one sentence. */
import type { CompiledCodebook, CompiledCue } from "../codebook/compile.js";

export interface Match {
  cue: CompiledCue;
  /** Offsets in the document. */
  start: number;
  end: number;
}

/**
 * Every match of the given cues inside a sentence. `lower` is the sentence lower-cased with its
 * length kept (see lowerSameLength); `offset` is where the sentence starts in the document.
 */
export function matchSentence(lower: string, offset: number, cueIndexes: Iterable<number>, compiled: CompiledCodebook): Match[] {
  const out: Match[] = [];
  // Conditions shared by several cues are tested once per sentence.
  const tested = new Map<RegExp, boolean>();
  const holds = (re: RegExp) => {
    let v = tested.get(re);
    if (v === undefined) tested.set(re, (v = re.test(lower)));
    return v;
  };
  for (const i of cueIndexes) {
    const cue = compiled.cues[i];
    const re = cue.regex;
    re.lastIndex = 0;
    let m = re.exec(lower);
    if (!m) continue;
    // The sentence-wide conditions run only for a cue that matched (most candidates do not).
    if (cue.requires && !holds(cue.requires)) continue;
    if (cue.unless && holds(cue.unless)) continue;
    for (; m; m = re.exec(lower)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ cue, start: offset + m.index, end: offset + m.index + m[0].length });
    }
  }
  return out;
}
