/** Stage 2: prefilter. One cheap pass over the tokens finds the cues worth trying, and where. */
import type { CompiledCodebook } from "../codebook/compile.js";
import { LETTER } from "./text.js";

export interface Candidate {
  /** Offset of the anchor token in the text. */
  offset: number;
  cues: number[];
}

const TOKEN = new RegExp(`[${LETTER}]+`, "g");

/** Tokens of the text whose lower-case form anchors a cue of the codebook. */
export function prefilter(text: string, compiled: CompiledCodebook): Candidate[] {
  const { anchors, prefixAnchors } = compiled;
  const out: Candidate[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const token = m[0].toLowerCase();
    const cues = anchors.get(token);
    if (cues) out.push({ offset: m.index, cues });
    if (prefixAnchors.length) {
      for (const p of prefixAnchors) {
        if (token.length >= p.prefix.length && token.startsWith(p.prefix)) out.push({ offset: m.index, cues: p.cues });
      }
    }
  }
  return out;
}
