/**
 * The ids seen so far in a JSONL stream, to report a duplicate id: exact, and compact. It is the
 * one thing `annotate --input jsonl` keeps that grows with the input, so it keeps little, and
 * keeps it off the JavaScript heap: 430,000 ids like "doc-123456" took 23 MB of heap in a
 * JavaScript Set (and V8 lets its heap run further ahead of a larger live size); here they take
 * 13 MB of typed arrays, about 30 bytes an id (test/cli/id-set.test.ts checks the bound).
 *
 * Each id is stored as a byte string in one growing byte array, and found through an
 * open-addressing hash table of entry numbers. The bytes encode each UTF-16 unit of the id on
 * its own (ASCII in one byte, the rest in two or three), so two ids have the same bytes exactly
 * when they are the same string, lone surrogates included. Past `limit` ids (or 1 GiB of bytes),
 * the ids go on in another part, so that no typed array outgrows what an offset can address.
 */
export class IdSet {
  private parts: Part[];

  /** `limit`: how many ids one part takes (tests pass a small one). */
  constructor(private readonly limit = 2 ** 26) {
    if (!(limit >= 1)) throw new RangeError(`invalid limit: ${limit} (expected at least 1)`);
    this.parts = [new Part()];
  }

  has(id: string): boolean {
    return this.written(this.last(), id) < 0;
  }

  /** Add an id; false when it was there already (and the set is left as it was). */
  add(id: string): boolean {
    let part = this.last();
    if (part.count >= this.limit || (part.count > 0 && part.used + id.length * 3 > PART_BYTES)) {
      part = new Part();
      this.parts.push(part);
    }
    const length = this.written(part, id);
    if (length < 0) return false;
    part.commit(length);
    return true;
  }

  /** Write an id's bytes after the last entry of `part`: how many, or -1 when some part holds the id already. */
  private written(part: Part, id: string): number {
    const length = part.encode(id);
    const hash = part.hashTail(length);
    for (let i = 0; i < this.parts.length; i++) if (this.parts[i].find(part.bytes, part.used, length, hash) >= 0) return -1;
    return length;
  }

  /** How many parts hold the ids. */
  get partCount(): number {
    return this.parts.length;
  }

  get size(): number {
    return this.parts.reduce((n, p) => n + p.count, 0);
  }

  /** The bytes the ids take in memory (the typed arrays' lengths). */
  get bytes(): number {
    return this.parts.reduce((n, p) => n + p.bytes.length + p.starts.byteLength + p.table.byteLength, 0);
  }

  private last(): Part {
    return this.parts[this.parts.length - 1];
  }
}

/** A part stops taking ids when its bytes would pass this. */
const PART_BYTES = 2 ** 30;

/** One part of an IdSet: entry i is bytes[starts[i] .. starts[i + 1]). */
class Part {
  bytes = new Uint8Array(1 << 12);
  /** Where each entry starts; starts[count] is where the next one will. */
  starts = new Uint32Array(1 << 10);
  count = 0;
  /** Bytes in use. */
  used = 0;
  /** Entry number + 1 per slot (0: empty); a power of two long, at most half full. */
  table = new Int32Array(1 << 11);

  /**
   * Write an id's bytes after the last entry (without taking them in: see commit) and return how
   * many. A unit below 0x80 takes one byte; up to 0x3fff two, the first of them 0x80-0xbf; above,
   * three, the first 0xc0. The first byte tells the length, so the encoding of a string is unique.
   */
  encode(id: string): number {
    if (this.used + id.length * 3 > this.bytes.length) this.bytes = grown(this.bytes, this.used + id.length * 3);
    const bytes = this.bytes;
    let at = this.used;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      if (c < 0x80) bytes[at++] = c;
      else if (c < 0x4000) {
        bytes[at++] = 0x80 | (c >> 8);
        bytes[at++] = c & 0xff;
      } else {
        bytes[at++] = 0xc0;
        bytes[at++] = c >> 8;
        bytes[at++] = c & 0xff;
      }
    }
    return at - this.used;
  }

  /** FNV-1a of the `length` bytes written after the last entry. */
  hashTail(length: number): number {
    return fnv(this.bytes, this.used, this.used + length);
  }

  /** The entry whose bytes are those of `source` from `from` (`length` of them), or -1. */
  find(source: Uint8Array, from: number, length: number, hash: number): number {
    const { table, starts, bytes } = this;
    const mask = table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const e = table[slot] - 1;
      if (e < 0) return -1;
      const start = starts[e];
      if (starts[e + 1] - start !== length) continue;
      let k = 0;
      while (k < length && bytes[start + k] === source[from + k]) k++;
      if (k === length) return e;
    }
  }

  /** Take in the entry that encode() wrote. */
  commit(length: number): void {
    const hash = this.hashTail(length);
    if ((this.count + 1) * 2 > this.table.length) this.rehash();
    if (this.count + 2 > this.starts.length) this.starts = grown(this.starts, this.count + 2);
    const mask = this.table.length - 1;
    let slot = hash & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = this.count + 1;
    this.count++;
    this.used += length;
    this.starts[this.count] = this.used;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let e = 0; e < this.count; e++) {
      let slot = fnv(this.bytes, this.starts[e], this.starts[e + 1]) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = e + 1;
    }
    this.table = table;
  }
}

function fnv(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

/** A copy of a typed array with room for at least `need` elements (half as many again, at least). */
function grown<T extends Uint8Array | Uint32Array>(array: T, need: number): T {
  const copy = new (array.constructor as new (n: number) => T)(Math.max(need, Math.ceil(array.length * 1.5)));
  copy.set(array);
  return copy;
}
