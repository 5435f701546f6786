/**
 * Stage 2: prefilter. One pass over the tokens of the text finds, for each sentence, the cues
 * whose every required item has a token there (a conjunctive check over the anchor index built
 * when the codebook was compiled), and where in the sentence a match of each can begin (the
 * tokens a match can start with). Only those cues' expressions run, and only at those places.
 */
import type { CompiledCodebook } from "../codebook/compile.js";
import type { Span } from "./sentences.js";
import { anchorTrie, lowerCode, slotOf } from "./anchor-trie.js";
import { isTokenChar } from "./text.js";

export interface Candidate {
  /** Index of the sentence. */
  sentence: number;
  /** Indexes of the cues to try there. */
  cues: number[];
  /**
   * For each cue, the earliest of the offsets where the sentence's last token of each of its
   * required items begins. A match holds a token of every required item at or after its own
   * beginning, so it cannot begin after this offset.
   */
  until: number[];
  /**
   * The sentence's tokens where a match of some cue or condition can begin, as [place, offset, ...]
   * in text order (see AnchorTrie.beginBits; `beginOffsets` reads them for one cue or condition).
   */
  hits: number[];
}

/**
 * The offsets (in the text, ascending) where a match of a cue or condition (by begin id) can begin
 * in a candidate sentence; null when it has no sticky expression (scan the sentence instead), and
 * an empty list when none of its first tokens is there (it cannot match).
 */
export function beginOffsets(candidate: Candidate, beginId: number, compiled: CompiledCodebook): number[] | null {
  const { beginBits, placeWords, sticky } = anchorTrie(compiled);
  if (!sticky[beginId]) return null;
  const base = beginId * placeWords;
  const { hits } = candidate;
  const at: number[] = [];
  for (let h = 0; h < hits.length; h += 2) {
    const place = hits[h];
    if (beginBits[base + (place >> 5)] & (1 << (place & 31)) && at[at.length - 1] !== hits[h + 1]) at.push(hits[h + 1]);
  }
  return at;
}

/**
 * Scratch per compiled codebook: where the last token of each anchor set was seen, as a running
 * offset over all the texts the codebook has tagged (`base` + the offset in the text). A set is in
 * the current sentence when that is at or after the sentence's start, so marking a set is a single
 * write, and nothing needs clearing between sentences or texts.
 */
interface Scratch {
  last: Int32Array;
  /** The running offset of the current text's start. */
  base: number;
}
const scratches = new WeakMap<CompiledCodebook, Scratch>();

/** The running offsets stay below this; past it the scratch starts again from 0. */
export const MAX_RUNNING = 0x3fffffff;

/** Move the running offset of a codebook's scratch (for the tests of the start-again past MAX_RUNNING). */
export function setRunningOffset(compiled: CompiledCodebook, base: number): void {
  scratchFor(compiled, 0).base = base;
}

function scratchFor(compiled: CompiledCodebook, textLength: number): Scratch {
  let s = scratches.get(compiled);
  if (!s) scratches.set(compiled, (s = { last: new Int32Array(compiled.anchorSets.length).fill(-1), base: 0 }));
  if (s.base + textLength + 1 > MAX_RUNNING) {
    s.last.fill(-1);
    s.base = 0;
  }
  return s;
}

/** For each ASCII code, its slot in the trie's flat table (a–z, A–Z folded, 0–9), or -1. */
const ASCII_SLOT = Int8Array.from({ length: 128 }, (_, c) => slotOf(lowerCode(c)));

/** The sentences worth matching, with their candidate cues, in order. */
export function prefilter(text: string, sentences: Span[], compiled: CompiledCodebook): Candidate[] {
  const trie = anchorTrie(compiled);
  const { wordSetStart, wordTriggerEnd, wordSets, triggerStart, triggers, cueSetStart, cueSets } = trie;
  const scratch = scratchFor(compiled, text.length);
  const { last } = scratch;
  const base = scratch.base;
  // Texts do not share running offsets: the next one starts after this one.
  scratch.base += text.length + 1;
  const out: Candidate[] = [];
  /** The anchor sets seen in the current sentence that trigger cues. */
  const fired: number[] = [];
  let s = 0;
  /** The running offset where the current sentence starts: a set was seen in it when last[set] >= from. */
  let from = base;
  const finish = () => {
    if (fired.length) {
      const list: number[] = [];
      const until: number[] = [];
      for (let f = 0; f < fired.length; f++) {
        const set = fired[f];
        for (let t = triggerStart[set], tEnd = triggerStart[set + 1]; t < tEnd; t++) {
          const cue = triggers[t];
          let latest = last[set];
          let k = cueSetStart[cue] + 1;
          const end = cueSetStart[cue + 1];
          for (; k < end; k++) {
            const at = last[cueSets[k]];
            if (at < from) break;
            if (at < latest) latest = at;
          }
          if (k === end) {
            list.push(cue);
            until.push(latest - base);
          }
        }
      }
      if (list.length) {
        // In codebook order, whatever order the triggers came in (few: an insertion sort).
        for (let a = 1; a < list.length; a++) {
          const cue = list[a];
          const u = until[a];
          let b = a - 1;
          for (; b >= 0 && list[b] > cue; b--) {
            list[b + 1] = list[b];
            until[b + 1] = until[b];
          }
          list[b + 1] = cue;
          until[b + 1] = u;
        }
        out.push({ sentence: s, cues: list, until, hits: hits.slice() });
      }
      fired.length = 0;
    }
    hits.length = 0;
  };
  /** A token of anchor word `word` begins at running offset `at`: mark its sets. */
  const note = (word: number, at: number) => {
    let k = wordSetStart[word];
    // The sets that trigger cues: the first mark in a sentence fires them.
    for (const end = wordTriggerEnd[word]; k < end; k++) {
      const set = wordSets[k];
      if (last[set] < from) fired.push(set);
      last[set] = at;
    }
    for (const end = wordSetStart[word + 1]; k < end; k++) last[wordSets[k]] = at;
  };
  if (sentences.length === 0) return out;
  const { table, other, whole, prefix, first, firstPrefix } = trie;
  /** The current sentence's tokens where a match can begin: [place, offset, ...] (see AnchorTrie.first). */
  const hits: number[] = [];
  const n = text.length;
  let end = sentences[0].end;
  from = base + sentences[0].start;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    // ASCII_SLOT tells ASCII letters and digits, the only token characters below 128.
    if (c < 128 ? ASCII_SLOT[c] < 0 : !isTokenChar(c)) {
      i++;
      continue;
    }
    // A token starts at i: close the sentences that end before it, then walk the trie along it.
    if (i >= end) {
      while (s < sentences.length && i >= sentences[s].end) {
        finish();
        s++;
      }
      if (s >= sentences.length) break;
      end = sentences[s].end;
      from = base + sentences[s].start;
    }
    const at = i;
    let node = 0;
    for (;;) {
      // ASCII letters and digits go straight to the flat table; other letters through a map.
      const slot = c < 128 ? ASCII_SLOT[c] : -1;
      const next = slot >= 0 ? table[node * 36 + slot] : other[node]?.get(lowerCode(c)) ?? 0;
      i++;
      if (next <= 0) {
        node = -1;
        break;
      }
      node = next;
      // Either is -1 at most nodes; their AND is -1 only when both are.
      if ((prefix[node] & firstPrefix[node]) >= 0) {
        if (prefix[node] >= 0) note(prefix[node], base + at);
        const place = firstPrefix[node];
        if (place >= 0) hits.push(place, at);
      }
      if (i >= n) break;
      c = text.charCodeAt(i);
      if (c < 128 ? ASCII_SLOT[c] < 0 : !isTokenChar(c)) break;
    }
    if (node > 0) {
      if (whole[node] >= 0) note(whole[node], base + at);
      const place = first[node];
      if (place >= 0) hits.push(place, at);
    } else {
      // Off the trie: the rest of the token holds no anchor.
      while (i < n && ((c = text.charCodeAt(i)) < 128 ? ASCII_SLOT[c] >= 0 : isTokenChar(c))) i++;
    }
  }
  if (s < sentences.length) finish();
  return out;
}
