/**
 * The anchor index as a character trie, so that the prefilter can walk the text's characters
 * once, without cutting tokens out of it or lower-casing them (no allocation per token).
 * Built once per compiled codebook.
 */
import { conditionBeginId, cueBeginId, type CompiledCodebook } from "../codebook/compiled.js";

/** Children of a node: a–z and 0–9 in a flat table, other letters in a map. */
const FLAT = 36;

export interface AnchorTrie {
  /** child = table[node * 36 + slot], or 0 when absent (node 0 is the root and never a child). */
  table: Int32Array;
  /** Children by other letters, for the few nodes that have any (undefined for the others). */
  other: (Map<number, number> | undefined)[];
  /** The id of the anchor word (tokens first, then prefixes, in the order of CompiledCodebook.anchors and prefixAnchors) of a token that ends exactly at this node, or -1. */
  whole: Int32Array;
  /** The id of the anchor word (tokens first, then prefixes, in the order of CompiledCodebook.anchors and prefixAnchors) of a prefix anchor ending at this node (any token that starts so), or -1. */
  prefix: Int32Array;
  /**
   * The anchor sets of word w are wordSets[wordSetStart[w] ... wordSetStart[w + 1]): first those
   * that trigger cues, up to wordTriggerEnd[w], then the others (which only a cue's check reads).
   */
  wordSetStart: Int32Array;
  wordTriggerEnd: Int32Array;
  wordSets: Int32Array;
  /** The cues that set s triggers (whose first set it is), in codebook order: triggers[triggerStart[s] ... triggerStart[s + 1]). */
  triggerStart: Int32Array;
  triggers: Int32Array;
  /** The anchor sets of cue c (CompiledCue.sets, the trigger first) are cueSets[cueSetStart[c] ... cueSetStart[c + 1]). */
  cueSetStart: Int32Array;
  cueSets: Int32Array;
  /**
   * The "place" of a token that ends exactly at this node, when a match of some cue or condition
   * can begin with it (-1 otherwise). Places are numbered 0, 1, 2 ...
   */
  first: Int32Array;
  /** The place of any token that starts with this node's prefix, when a match can begin with such a token (-1 otherwise). */
  firstPrefix: Int32Array;
  /** How many 32-bit words a bit set over the places takes. */
  placeWords: number;
  /**
   * For each cue and condition (by begin id, see cueBeginId and conditionBeginId), the bit set of
   * the places where its matches can begin, at `beginBits[id * placeWords ...]`.
   */
  beginBits: Uint32Array;
  /** Whether a cue or condition (by begin id) has a sticky expression (its matches begin only at its places). */
  sticky: Uint8Array;
}

export function slotOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return 26 + c - 48;
  return -1;
}

/** Lower-case one UTF-16 code unit of a letter (ASCII fast path). */
export function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 0xc0) return c;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}

/** Lists of numbers in one array: list i is values[start[i] ... start[i + 1]). */
function flat(lists: readonly (readonly number[])[]): [start: Int32Array, values: Int32Array] {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (start[i + 1] = start[i] + l.length));
  const values = new Int32Array(start[lists.length]);
  lists.forEach((l, i) => values.set(l, start[i]));
  return [start, values];
}

const tries = new WeakMap<CompiledCodebook, AnchorTrie>();

export function anchorTrie(compiled: CompiledCodebook): AnchorTrie {
  const hit = tries.get(compiled);
  if (hit) return hit;
  const data = adopted.get(compiled);
  if (data) {
    const trie = fromData(compiled, data);
    tries.set(compiled, trie);
    return trie;
  }
  let size = 1;
  let table = new Int32Array(FLAT * 1024);
  const other: (Map<number, number> | undefined)[] = [undefined];
  const child = (node: number, c: number): number => {
    const slot = slotOf(c);
    if (slot >= 0) {
      const at = node * FLAT + slot;
      if (table[at]) return table[at];
      const id = size++;
      if (id * FLAT + FLAT > table.length) {
        const bigger = new Int32Array(table.length * 2);
        bigger.set(table);
        table = bigger;
      }
      table[at] = id;
      other.push(undefined);
      return id;
    }
    const existing = other[node]?.get(c);
    if (existing) return existing;
    const id = size++;
    if (id * FLAT + FLAT > table.length) {
      const bigger = new Int32Array(table.length * 2);
      bigger.set(table);
      table = bigger;
    }
    (other[node] ??= new Map()).set(c, id);
    other.push(undefined);
    return id;
  };
  const walk = (word: string) => {
    let node = 0;
    for (let i = 0; i < word.length; i++) node = child(node, lowerCode(word.charCodeAt(i)));
    return node;
  };
  const ids = Math.max(cueBeginId(compiled.cues.length), conditionBeginId(compiled.conditions.length));
  const sticky = new Uint8Array(ids);
  compiled.cues.forEach((c, i) => (sticky[cueBeginId(i)] = c.stickySource !== undefined ? 1 : 0));
  compiled.conditions.forEach((c, i) => (sticky[conditionBeginId(i)] = c.stickySource !== undefined ? 1 : 0));
  // Walk every begin token first (the trie grows), then number the places.
  const placed = [...compiled.firstWords].map(([word, list]) => ({ node: walk(word), list, kind: 0 }));
  placed.push(...[...compiled.firstPrefixes].map(([word, list]) => ({ node: walk(word), list, kind: 1 })));
  // Number the anchor words: tokens first, then prefixes.
  const wordNodes = [...compiled.anchors.keys()].map(walk);
  const prefixNodes = compiled.prefixAnchors.map(({ prefix: p }) => walk(p));
  const first = new Int32Array(size).fill(-1);
  const firstPrefix = new Int32Array(size).fill(-1);
  placed.forEach(({ node, kind }, place) => ((kind ? firstPrefix : first)[node] = place));
  const placeWords = Math.ceil(placed.length / 32) || 1;
  const beginBits = new Uint32Array(ids * placeWords);
  placed.forEach(({ list }, place) => {
    for (const id of list) if (sticky[id]) beginBits[id * placeWords + (place >> 5)] |= 1 << (place & 31);
  });
  const whole = new Int32Array(size).fill(-1);
  const prefix = new Int32Array(size).fill(-1);
  wordNodes.forEach((node, id) => (whole[node] = id));
  prefixNodes.forEach((node, k) => (prefix[node] = wordNodes.length + k));
  // Each word's sets that trigger cues first, then the others.
  const split = [...compiled.anchors.values(), ...compiled.prefixAnchors.map((p) => p.cues)].map((sets) => {
    const firing = sets.filter((set) => compiled.triggers[set].length > 0);
    return { firing, all: [...firing, ...sets.filter((set) => compiled.triggers[set].length === 0)] };
  });
  const [wordSetStart, wordSets] = flat(split.map((w) => w.all));
  const wordTriggerEnd = Int32Array.from(split, (w, i) => wordSetStart[i] + w.firing.length);
  const [triggerStart, triggers] = flat(compiled.triggers);
  const [cueSetStart, cueSets] = flat(compiled.cues.map((c) => c.sets));
  const trie = { table: table.slice(0, size * FLAT), other, whole, prefix, wordSetStart, wordTriggerEnd, wordSets, triggerStart, triggers, cueSetStart, cueSets, first, firstPrefix, placeWords, beginBits, sticky };
  tries.set(compiled, trie);
  return trie;
}

/**
 * An anchor trie as compact plain data (structured-cloneable, and few bytes): the sparse tables as
 * pairs of index and value. Building the trie takes tens of milliseconds in a thread that has not
 * run the code before; a worker thread or a cached codebook takes it as data instead.
 */
export type AnchorTrieData = Omit<AnchorTrie, "table" | "other" | "beginBits"> & {
  /** The number of nodes. */
  size: number;
  /** table[tableAt[k]] = tableTo[k]; every other entry is 0. */
  tableAt: Int32Array;
  tableTo: Int32Array;
  /** [node, [[letter, child], ...]] for the nodes that have children by other letters. */
  other: [number, [number, number][]][];
  /** beginBits[bitsAt[k]] = bitsValue[k]; every other word is 0. */
  bitsAt: Int32Array;
  bitsValue: Uint32Array;
};

/** The names of AnchorTrieData's typed arrays (for encoding them elsewhere, as the codebook cache does). */
export const TRIE_ARRAYS = ["tableAt", "tableTo", "whole", "prefix", "wordSetStart", "wordTriggerEnd", "wordSets", "triggerStart", "triggers", "cueSetStart", "cueSets", "first", "firstPrefix", "bitsAt", "bitsValue", "sticky"] as const;

function nonZero(values: Int32Array | Uint32Array): [at: Int32Array, value: number[]] {
  const at: number[] = [];
  const value: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (values[i] !== 0) {
      at.push(i);
      value.push(values[i]);
    }
  }
  return [Int32Array.from(at), value];
}

/** The compiled codebook's anchor trie (built if need be) as compact data. */
export function trieData(compiled: CompiledCodebook): AnchorTrieData {
  const given = adopted.get(compiled);
  if (given) return given;
  const t = anchorTrie(compiled);
  const [tableAt, tableTo] = nonZero(t.table);
  const [bitsAt, bitsValue] = nonZero(t.beginBits);
  const other: AnchorTrieData["other"] = [];
  t.other.forEach((children, node) => children && other.push([node, [...children]]));
  const { whole, prefix, wordSetStart, wordTriggerEnd, wordSets, triggerStart, triggers, cueSetStart, cueSets, first, firstPrefix, placeWords, sticky } = t;
  return { size: t.whole.length, tableAt, tableTo: Int32Array.from(tableTo), other, whole, prefix, wordSetStart, wordTriggerEnd, wordSets, triggerStart, triggers, cueSetStart, cueSets, first, firstPrefix, placeWords, bitsAt, bitsValue: Uint32Array.from(bitsValue), sticky };
}

/** The trie data that codebooks adopted, expanded into their trie when they first tag. */
const adopted = new WeakMap<CompiledCodebook, AnchorTrieData>();

/**
 * Give a compiled codebook the anchor trie in `data` (from trieData on the same codebook), so that
 * it is not built again: the trie is made from it when the codebook first tags (a thread that only
 * passes the codebook on never does), and trieData gives the data back as it came. Data that does
 * not fit the codebook's shape is refused (false), and the trie is built when first needed, as
 * without it.
 */
export function adoptTrie(compiled: CompiledCodebook, data: AnchorTrieData): boolean {
  const ids = Math.max(cueBeginId(compiled.cues.length), conditionBeginId(compiled.conditions.length));
  const words = compiled.anchors.size + compiled.prefixAnchors.length;
  const fits =
    data.whole?.length === data.size &&
    data.prefix?.length === data.size &&
    data.first?.length === data.size &&
    data.firstPrefix?.length === data.size &&
    data.tableAt?.length === data.tableTo?.length &&
    data.bitsAt?.length === data.bitsValue?.length &&
    data.sticky?.length === ids &&
    data.wordSetStart?.length === words + 1 &&
    data.wordTriggerEnd?.length === words &&
    data.triggerStart?.length === compiled.anchorSets.length + 1 &&
    data.cueSetStart?.length === compiled.cues.length + 1 &&
    data.tableAt.every((at) => at >= 0 && at < data.size * FLAT) &&
    data.bitsAt.every((at) => at >= 0 && at < ids * data.placeWords);
  if (!fits) return false;
  adopted.set(compiled, data);
  return true;
}

/** The trie that adopted data describes. */
function fromData(compiled: CompiledCodebook, data: AnchorTrieData): AnchorTrie {
  const ids = Math.max(cueBeginId(compiled.cues.length), conditionBeginId(compiled.conditions.length));
  const table = new Int32Array(data.size * FLAT);
  for (let k = 0; k < data.tableAt.length; k++) table[data.tableAt[k]] = data.tableTo[k];
  const beginBits = new Uint32Array(ids * data.placeWords);
  for (let k = 0; k < data.bitsAt.length; k++) beginBits[data.bitsAt[k]] = data.bitsValue[k];
  const other: AnchorTrie["other"] = new Array(data.size).fill(undefined);
  for (const [node, children] of data.other) other[node] = new Map(children);
  const { whole, prefix, wordSetStart, wordTriggerEnd, wordSets, triggerStart, triggers, cueSetStart, cueSets, first, firstPrefix, placeWords, sticky } = data;
  return { table, other, whole, prefix, wordSetStart, wordTriggerEnd, wordSets, triggerStart, triggers, cueSetStart, cueSets, first, firstPrefix, placeWords, beginBits, sticky };
}
