/**
 * The ids seen so far in a JSONL stream, to report a duplicate id. Exact, and without the limit of
 * one JavaScript Set, which holds at most 2^24 (16,777,216) entries and then throws: a stream of
 * more documents than that (about 8 GB of statements) must not stop half way. Past the limit, the
 * ids go on in another Set. It is the one thing `annotate --input jsonl` keeps that grows with the
 * input: about 50 bytes per document (see the README, "At scale").
 */
export class IdSet {
  private sets: Set<string>[] = [new Set()];

  /** `limit`: how many ids one Set takes (tests pass a small one). */
  constructor(private readonly limit = 2 ** 24) {
    if (!(limit >= 1)) throw new RangeError(`invalid limit: ${limit} (expected at least 1)`);
  }

  has(id: string): boolean {
    const sets = this.sets;
    for (let i = 0; i < sets.length; i++) if (sets[i].has(id)) return true;
    return false;
  }

  /** Add an id; false when it was there already (and the set is left as it was). */
  add(id: string): boolean {
    if (this.has(id)) return false;
    let last = this.sets[this.sets.length - 1];
    if (last.size >= this.limit) this.sets.push((last = new Set()));
    last.add(id);
    return true;
  }

  /** How many Sets hold the ids. */
  get parts(): number {
    return this.sets.length;
  }

  get size(): number {
    return this.sets.reduce((n, s) => n + s.size, 0);
  }
}
