/** Stage 3: match. Run the candidate cues' expressions over one sentence. */
import { conditionBeginId, cueBeginId, foldedRegexOf, foldedStickyOf, stickyOf, type CompiledCodebook, type CompiledCondition, type CompiledCue } from "../codebook/compiled.js";
import { beginOffsets, type Candidate } from "./prefilter.js";
import { anchorTrie, type AnchorTrie } from "./anchor-trie.js";
import { markGaps } from "./text.js";

export interface Match {
  cue: CompiledCue;
  /** Offsets in the document. */
  start: number;
  end: number;
}

/**
 * Every match of the given cues inside a sentence. `sentence` is the sentence lower-cased with its
 * length kept (see lowerSameLength); the expressions read it with its quotes marked (markGaps).
 * `offset` is where the sentence starts in the document.
 * `candidate`, when given, is the sentence's prefilter result: it tells where in the sentence a
 * match of each cue or condition can begin, and their sticky expressions are tried only there,
 * which finds the same matches as scanning the sentence. Without it, every expression scans.
 * `folded`: the sentence is from a text read in its folded form (workingCopy, text.ts).
 */
export function matchSentence(sentence: string, offset: number, cueIndexes: readonly number[], compiled: CompiledCodebook, candidate?: Candidate, folded = false): Match[] {
  const lower = markGaps(sentence, folded);
  const out: Match[] = [];
  const memo = memoFor(compiled);
  memo.sentence++;
  const trie = candidate ? anchorTrie(compiled) : undefined;
  for (let k = 0; k < cueIndexes.length; k++) {
    const cue = compiled.cues[cueIndexes[k]];
    if (trie && cue.stickySource !== undefined) {
      stickyCue(cue, lower, offset, compiled, candidate!, trie, memo, out, candidate!.cues === cueIndexes ? candidate!.until[k] : Infinity, folded);
      continue;
    }
    const found = scanMatches(folded ? foldedRegexOf(cue) : cue.regex, lower);
    if (found === null) continue;
    // The sentence-wide conditions run only for a cue that matched (most candidates do not).
    if (cue.requires && !holds(cue.requires, lower, offset, compiled, candidate, memo, folded)) continue;
    if (cue.unless && holds(cue.unless, lower, offset, compiled, candidate, memo, folded)) continue;
    for (let j = 0; j < found.length; j += 2) out.push({ cue, start: offset + found[j], end: offset + found[j + 1] });
  }
  return out;
}

/**
 * The matches of a cue with a sticky expression, tried at the sentence's tokens where a match of it
 * can begin (in text order; after a match, from its end on, as a scan would), added to `out`. The
 * cue's conditions are tested once it has matched (most candidates do not).
 */
function stickyCue(cue: CompiledCue, lower: string, offset: number, compiled: CompiledCodebook, candidate: Candidate, trie: AnchorTrie, memo: Memo, out: Match[], until: number, folded: boolean): void {
  // Read the field first: the common case stays a plain property load on the hot path.
  const re = folded ? foldedStickyOf(cue)! : (cue.sticky ?? stickyOf(cue)!);
  const { beginBits, placeWords } = trie;
  const base = cueBeginId(cue.index) * placeWords;
  const { hits } = candidate;
  let from = 0;
  let tried = -1;
  let checked = false;
  for (let h = 0; h < hits.length; h += 2) {
    const place = hits[h];
    const at = hits[h + 1];
    // Hits come in text order: past `until`, no match can begin.
    if (at > until) break;
    if (at === tried || !(beginBits[base + (place >> 5)] & (1 << (place & 31)))) continue;
    tried = at;
    const p = at - offset;
    if (p < from || p >= lower.length) continue;
    re.lastIndex = p;
    // test() on a sticky expression leaves lastIndex at the end of the match, without building a match array.
    if (!re.test(lower) || re.lastIndex === p) continue;
    const end = re.lastIndex;
    if (!checked) {
      if (cue.requires && !holds(cue.requires, lower, offset, compiled, candidate, memo, folded)) return;
      if (cue.unless && holds(cue.unless, lower, offset, compiled, candidate, memo, folded)) return;
      checked = true;
    }
    out.push({ cue, start: at, end: offset + end });
    from = end;
  }
}

/** Which conditions were tested in which sentence (a stamp per condition), and how they came out. */
interface Memo {
  sentence: number;
  stamp: Int32Array;
  value: Uint8Array;
}
const memos = new WeakMap<CompiledCodebook, Memo>();

function memoFor(compiled: CompiledCodebook): Memo {
  let memo = memos.get(compiled);
  if (!memo) memos.set(compiled, (memo = { sentence: 0, stamp: new Int32Array(compiled.conditions.length), value: new Uint8Array(compiled.conditions.length) }));
  if (memo.sentence >= 0x3fffffff) {
    memo.sentence = 0;
    memo.stamp.fill(0);
  }
  return memo;
}

/** Whether a condition holds in the sentence; conditions shared by several cues are tested once per sentence. */
function holds(cond: CompiledCondition, lower: string, offset: number, compiled: CompiledCodebook, candidate: Candidate | undefined, memo: Memo, folded: boolean): boolean {
  if (memo.stamp[cond.index] === memo.sentence) return memo.value[cond.index] === 1;
  const at = candidate && cond.stickySource !== undefined ? beginOffsets(candidate, conditionBeginId(cond.index), compiled) : null;
  const sticky = at && (folded ? foldedStickyOf(cond)! : (cond.sticky ?? stickyOf(cond)!));
  const v = at ? stickyMatches(sticky!, lower, offset, at, true) !== null : (folded ? foldedRegexOf(cond) : cond.regex).test(lower);
  memo.stamp[cond.index] = memo.sentence;
  memo.value[cond.index] = v ? 1 : 0;
  return v;
}

/** Matches of a global expression over the whole sentence, as [start, end, ...] pairs, or null. */
function scanMatches(re: RegExp, lower: string): number[] | null {
  re.lastIndex = 0;
  let found: number[] | null = null;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    (found ??= []).push(m.index, m.index + m[0].length);
  }
  return found;
}

/**
 * The same matches, found by trying a sticky expression only at the given begin positions
 * (ascending document offsets). Like a global scan, a match is looked for only after the end of
 * the previous one, and the first position that matches gives the leftmost match.
 */
function stickyMatches(re: RegExp, lower: string, offset: number, at: readonly number[], first = false): number[] | null {
  let found: number[] | null = null;
  let from = 0;
  for (let i = 0; i < at.length; i++) {
    const p = at[i] - offset;
    if (p < from || p >= lower.length) continue;
    re.lastIndex = p;
    // test() on a sticky expression leaves lastIndex at the end of the match, without building a match array.
    if (!re.test(lower) || re.lastIndex === p) continue;
    const end = re.lastIndex;
    (found ??= []).push(p, end);
    if (first) break;
    from = end;
  }
  return found;
}
