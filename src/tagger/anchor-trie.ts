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
  other: Map<number, number>[];
  /** Entries of a token that ends exactly at this node. */
  whole: (number[] | undefined)[];
  /** Entries of a prefix anchor ending at this node (any token that starts so). */
  prefix: (number[] | undefined)[];
  /** Whether a match of some cue can begin with a token that ends exactly at this node. */
  first: Uint8Array;
  /** Whether a match of some cue can begin with any token that starts with this node's prefix. */
  firstPrefix: Uint8Array;
  /**
   * For each cue and condition (by begin id, see cueBeginId and conditionBeginId), the places
   * where its matches can begin, as `node * 2` (a token ending at the node) and `node * 2 + 1`
   * (a token passing through it); undefined when it has no sticky expression.
   */
  beginsOf: (Set<number> | undefined)[];
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

/** Whether a code unit belongs to a token (the class LETTER of text.ts). */
export function isTokenChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
}

const tries = new WeakMap<CompiledCodebook, AnchorTrie>();

export function anchorTrie(compiled: CompiledCodebook): AnchorTrie {
  const hit = tries.get(compiled);
  if (hit) return hit;
  let size = 1;
  let table = new Int32Array(FLAT * 1024);
  const other: Map<number, number>[] = [new Map()];
  const whole: (number[] | undefined)[] = [undefined];
  const prefix: (number[] | undefined)[] = [undefined];
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
      other.push(new Map());
      whole.push(undefined);
      prefix.push(undefined);
      return id;
    }
    const existing = other[node].get(c);
    if (existing) return existing;
    const id = size++;
    if (id * FLAT + FLAT > table.length) {
      const bigger = new Int32Array(table.length * 2);
      bigger.set(table);
      table = bigger;
    }
    other[node].set(c, id);
    other.push(new Map());
    whole.push(undefined);
    prefix.push(undefined);
    return id;
  };
  const walk = (word: string) => {
    let node = 0;
    for (let i = 0; i < word.length; i++) node = child(node, lowerCode(word.charCodeAt(i)));
    return node;
  };
  const insert = (word: string, entries: number[], into: (number[] | undefined)[]) => {
    const node = walk(word);
    into[node] = [...(into[node] ?? []), ...entries];
  };
  const beginsOf: (Set<number> | undefined)[] = [];
  compiled.cues.forEach((c, i) => (beginsOf[cueBeginId(i)] = c.sticky ? new Set() : undefined));
  compiled.conditions.forEach((c, i) => (beginsOf[conditionBeginId(i)] = c.sticky ? new Set() : undefined));
  const begins = (words: Map<string, number[]>, kind: number) => {
    const nodes: number[] = [];
    for (const [word, ids] of words) {
      const node = walk(word);
      nodes.push(node);
      for (const id of ids) beginsOf[id]?.add(node * 2 + kind);
    }
    return nodes;
  };
  const firstNodes = begins(compiled.firstWords, 0);
  const firstPrefixNodes = begins(compiled.firstPrefixes, 1);
  for (const [word, entries] of compiled.anchors) insert(word, entries, whole);
  for (const { prefix: p, cues } of compiled.prefixAnchors) insert(p, cues, prefix);
  const first = new Uint8Array(size);
  const firstPrefix = new Uint8Array(size);
  for (const node of firstNodes) first[node] = 1;
  for (const node of firstPrefixNodes) firstPrefix[node] = 1;
  const trie = { table: table.slice(0, size * FLAT), other, whole, prefix, first, firstPrefix, beginsOf };
  tries.set(compiled, trie);
  return trie;
}
