/**
 * Stage 2: prefilter. One pass over the tokens of the text finds, for each sentence, the cues
 * whose every required item has a token there (a conjunctive check over the anchor index built
 * when the codebook was compiled), and where in the sentence a match of each can begin (the
 * tokens a match can start with). Only those cues' expressions run, and only at those places.
 */
import type { CompiledCodebook } from "../codebook/compile.js";
import type { Span } from "./sentences.js";
import { anchorTrie, isTokenChar, lowerCode, slotOf } from "./anchor-trie.js";

export interface Candidate {
  /** Index of the sentence. */
  sentence: number;
  /** Indexes of the cues to try there. */
  cues: number[];
  /**
   * The sentence's tokens where a match of some cue or condition can begin, as [place, offset, ...]
   * in text order (see AnchorTrie.beginsOf; `beginOffsets` reads them for one cue or condition).
   */
  hits: number[];
}

/**
 * The offsets (in the text, ascending) where a match of a cue or condition (by begin id) can begin
 * in a candidate sentence; null when it has no sticky expression (scan the sentence instead), and
 * an empty list when none of its first tokens is there (it cannot match).
 */
export function beginOffsets(candidate: Candidate, beginId: number, compiled: CompiledCodebook): number[] | null {
  const places = anchorTrie(compiled).beginsOf[beginId];
  if (!places) return null;
  const { hits } = candidate;
  const at: number[] = [];
  for (let h = 0; h < hits.length; h += 2) {
    if (places.has(hits[h]) && at[at.length - 1] !== hits[h + 1]) at.push(hits[h + 1]);
  }
  return at;
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
  if (!s) {
    const n = compiled.cues.length;
    s = { stamp: new Int32Array(n), mask: new Int32Array(n), epoch: 0 };
    scratches.set(compiled, s);
  }
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
      if (list.length) out.push({ sentence: s, cues: list, hits: hits.slice() });
      touched.length = 0;
    }
    hits.length = 0;
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
  const { table, other, whole, prefix, first, firstPrefix } = anchorTrie(compiled);
  /** The current sentence's tokens where a match can begin: [place, offset, ...] (see beginsOf). */
  const hits: number[] = [];
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
    const at = i;
    let node = 0;
    while (i < n && isTokenChar((c = text.charCodeAt(i)))) {
      if (node >= 0) {
        const l = lowerCode(c);
        const slot = slotOf(l);
        const next = slot >= 0 ? table[node * 36 + slot] : other[node].get(l) ?? 0;
        node = next > 0 ? next : -1;
        if (node > 0) {
          if (prefix[node]) mark(prefix[node]!);
          if (firstPrefix[node]) hits.push(node * 2 + 1, at);
        }
      }
      i++;
    }
    if (node > 0) {
      if (whole[node]) mark(whole[node]!);
      if (first[node]) hits.push(node * 2, at);
    }
  }
  if (s < sentences.length) finish();
  return out;
}
