/**
 * Full garbage collections at steady intervals of a long JSONL stream, when the process can ask for
 * them (Node started with --expose-gc, as bin/framewatch.js does for large JSONL input).
 *
 * Why: V8 collects the old generation only when it nears a limit that it sets after each full
 * collection from what survived it. What a batch holds lives until its records are written, and
 * some of it outlives a young-generation collection and moves to the old generation, where it
 * piles up as garbage, with native memory that V8 frees only with it. Over 200 MB of statements
 * on one thread, that made the process grow by about 30 MB (old generation 23 -> 34 MB, the
 * rest native); with a full collection every second it stayed within 2 MB. The command collects
 * every 32 MB of input (about every 2 s on one thread); a full collection of this heap takes a few
 * ms, less than 1% of the time the 32 MB take to tag.
 */
export class Collector {
  private since = 0;

  /** `every`: bytes of input between collections. `gc`: the collection (default: globalThis.gc, when Node exposes it). */
  constructor(
    private readonly every = COLLECT_EVERY,
    private readonly gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc,
  ) {}

  /** Whether this collector will collect at all. */
  get active(): boolean {
    return this.gc !== undefined;
  }

  /** `bytes` more of the input were done with: collect when `every` bytes have been since the last collection. */
  add(bytes: number): void {
    if (!this.gc) return;
    this.since += bytes;
    if (this.since >= this.every) {
      this.since = 0;
      this.gc();
    }
  }
}

/** Bytes of input between two full collections. */
export const COLLECT_EVERY = 32 * 2 ** 20;
