/**
 * Stage 2: prefilter. One pass over the tokens of the text finds, for each sentence, the cues
 * whose every required item has a token there (a conjunctive check over the anchor index built
 * when the codebook was compiled). Only those cues' expressions run on that sentence.
 */
import type { CompiledCodebook } from "../codebook/compile.js";
import type { Span } from "./sentences.js";
import { anchorTrie, isTokenChar, lowerCode, slotOf } from "./anchor-trie.js";

export interface Candidate {
  /** Index of the sentence. */
  sentence: number;
  /** Indexes of the cues to try there. */
  cues: number[];
}


/** Scratch arrays per compiled codebook: which items of each cue the current sentence holds. */
interface Scratch {
  stamp: Int32Array;
  mask: Int32Array;
  epoch: number;
}
const scratches = new WeakMap<CompiledCodebook, Scratch>();

function scratchFor(compiled: CompiledCodebook): Scratch {
  let s = scratches.get(compiled);
  if (!s) scratches.set(compiled, (s = { stamp: new Int32Array(compiled.cues.length), mask: new Int32Array(compiled.cues.length), epoch: 0 }));
  return s;
}

/** The sentences worth matching, with their candidate cues, in order. */
export function prefilter(text: string, sentences: Span[], compiled: CompiledCodebook): Candidate[] {
  const { cues } = compiled;
  const scratch = scratchFor(compiled);
  const { stamp, mask } = scratch;
  const out: Candidate[] = [];
  const touched: number[] = [];
  let s = 0;
  const finish = () => {
    if (touched.length) {
      const list: number[] = [];
      for (const cue of touched) if (mask[cue] === cues[cue].fullMask) list.push(cue);
      if (list.length) out.push({ sentence: s, cues: list });
      touched.length = 0;
    }
    if (++scratch.epoch > 0x3fffffff) {
      scratch.epoch = 1;
      stamp.fill(0);
    }
  };
  const mark = (entries: number[]) => {
    const epoch = scratch.epoch + 1;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      const cue = e >> 5;
      if (stamp[cue] !== epoch) {
        stamp[cue] = epoch;
        mask[cue] = 0;
        touched.push(cue);
      }
      mask[cue] |= 1 << (e & 31);
    }
  };
  if (sentences.length === 0) return out;
  const { table, other, whole, prefix } = anchorTrie(compiled);
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isTokenChar(c)) {
      i++;
      continue;
    }
    // A token starts at i: close the sentences that end before it, then walk the trie along it.
    while (s < sentences.length && i >= sentences[s].end) {
      finish();
      s++;
    }
    if (s >= sentences.length) break;
    let node = 0;
    while (i < n && isTokenChar((c = text.charCodeAt(i)))) {
      if (node >= 0) {
        const l = lowerCode(c);
        const slot = slotOf(l);
        const next = slot >= 0 ? table[node * 36 + slot] : other[node].get(l) ?? 0;
        node = next > 0 ? next : -1;
        if (node > 0 && prefix[node]) mark(prefix[node]!);
      }
      i++;
    }
    if (node > 0 && whole[node]) mark(whole[node]!);
  }
  if (s < sentences.length) finish();
  return out;
}
