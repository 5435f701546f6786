/**
 * Line-by-line reading of JSONL input with bounded memory. The bytes are cut into batches of whole
 * lines without being decoded (readBatches), so that the thread that reads them does little more
 * than look for line breaks; each line is decoded where it is tagged (linesOf).
 */

export const MAX_LINE_BYTES = 10 * 1024 * 1024;

export interface Line {
  /** 1-based line number. */
  number: number;
  /** The decoded line, without its line break; undefined when the line could not be read. */
  text?: string;
  /** Why the line could not be read. */
  error?: string;
}

/** Consecutive lines of the input, not yet decoded. Plain data: it can be posted to a worker thread. */
export interface LineBatch {
  /** The number of the first line (1-based). */
  first: number;
  /** How many lines. */
  count: number;
  /** The lines' bytes, each followed by a line feed; a line that was too long is left empty. */
  bytes: Uint8Array;
  /** The indexes in the batch of the lines that were too long. */
  tooLong: number[];
  /** The limit they passed, in bytes. */
  maxLineBytes: number;
  /** The input paused after this batch (see BatchLimits.stallMs): what was read should be written before reading on. */
  stalled?: boolean;
}

export interface BatchLimits {
  /** A batch ends at the first line end where it holds this many lines ... */
  lines: number;
  /** ... or this many bytes. Read at each line end, so a caller may change it while reading. */
  bytes: number;
  /** A longer line is skipped up to its end and reported as an error (default 10 MB). */
  maxLineBytes?: number;
  /**
   * When the next bytes take longer than this (ms) to come, the whole lines read so far go out as
   * a batch at once, marked `stalled`, instead of waiting for the batch to fill: a slow producer
   * (a live feed, a person typing) gets each record's result as soon as it can. Default 25; 0: never.
   */
  stallMs?: number;
}

/** How long the input may pause before the lines read so far go out (see BatchLimits.stallMs). */
export const STALL_MS = 25;
const STALLED = Symbol("stalled");

const LF = Uint8Array.of(10);

/**
 * Batches of the whole lines of a byte stream. A line longer than `maxLineBytes` is skipped and
 * left empty in its batch (see LineBatch.tooLong). Memory stays within about one batch plus the
 * longest line allowed.
 */
export async function* readBatches(stream: AsyncIterable<Uint8Array | string>, limits: BatchLimits): AsyncGenerator<LineBatch> {
  const maxLineBytes = limits.maxLineBytes ?? MAX_LINE_BYTES;
  /** The current batch: pieces of whole lines, each line followed by its line feed. */
  let pieces: Uint8Array[] = [];
  let size = 0;
  let count = 0;
  let tooLong: number[] = [];
  let first = 1;
  /** The start of the line that no chunk so far has ended, copied out of its chunks. */
  let partial: Uint8Array[] = [];
  let partialSize = 0;
  let partialTooLong = false;

  const take = (stalled = false): LineBatch => {
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const p of pieces) {
      bytes.set(p, at);
      at += p.length;
    }
    const batch: LineBatch = { first, count, bytes, tooLong, maxLineBytes };
    if (stalled) batch.stalled = true;
    first += count;
    pieces = [];
    size = 0;
    count = 0;
    tooLong = [];
    return batch;
  };
  /** Whether the batch is full, with `pending` bytes of its lines not yet among its pieces. */
  const full = (pending: number) => count >= limits.lines || size + pending >= limits.bytes;
  /** End a line that was too long: it stays in the batch, empty. */
  const skipLine = () => {
    tooLong.push(count);
    pieces.push(LF);
    size += 1;
    count++;
  };

  const stallMs = limits.stallMs ?? STALL_MS;
  const chunks = stream[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      const next = chunks.next();
      // Handled below; this keeps a read that fails after the consumer stopped from going unhandled.
      next.catch(() => {});
      // Whole lines wait in the batch: if the input pauses, they go out now.
      if (count > 0 && stallMs > 0 && (await settlesWithin(next, stallMs)) === STALLED) yield take(true);
      let step: IteratorResult<Uint8Array | string>;
      try {
        step = await next;
      } catch (e) {
        // A failed stream is not closed again.
        finished = true;
        throw e;
      }
      if (step.done) {
        finished = true;
        break;
      }
      yield* cut(step.value);
    }
  } finally {
    // The consumer stopped early: close the stream. A Node stream's iterator would close it only
    // after the read under way (which may never end on a pipe that stays open), so it is destroyed.
    if (!finished) {
      const destroy = (stream as { destroy?: () => void }).destroy;
      if (typeof destroy === "function") destroy.call(stream);
      else chunks.return?.().catch(() => {});
    }
  }
  // The last line, when it has no line break.
  if (partialTooLong) skipLine();
  else if (partialSize > 0) {
    pieces.push(...partial, LF);
    size += partialSize + 1;
    count++;
  }
  if (count > 0) yield take();

  /** Take a chunk's lines into the batch, and give out each batch that fills. */
  function* cut(raw: Uint8Array | string): Generator<LineBatch> {
    const chunk = typeof raw === "string" ? Buffer.from(raw, "utf8") : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    /** Where the run of this chunk's lines not yet in the batch begins. */
    let run = 0;
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      if (partialSize > 0 || partialTooLong) {
        // The line began in an earlier chunk.
        if (partialTooLong || partialSize + (nl - from) > maxLineBytes) skipLine();
        else {
          pieces.push(...partial, chunk.subarray(from, nl + 1));
          size += partialSize + nl + 1 - from;
          count++;
        }
        partial = [];
        partialSize = 0;
        partialTooLong = false;
        run = nl + 1;
      } else if (nl - from > maxLineBytes) {
        if (from > run) {
          pieces.push(chunk.subarray(run, from));
          size += from - run;
        }
        skipLine();
        run = nl + 1;
      } else count++;
      from = nl + 1;
      if (full(from - run)) {
        if (from > run) {
          pieces.push(chunk.subarray(run, from));
          size += from - run;
        }
        run = from;
        yield take();
      }
    }
    if (from > run) {
      pieces.push(chunk.subarray(run, from));
      size += from - run;
    }
    if (from < chunk.length && !partialTooLong) {
      // Copied: the batch that holds this line outlives the chunk.
      if (partialSize + (chunk.length - from) > maxLineBytes) {
        partialTooLong = true;
        partial = [];
        partialSize = 0;
      } else {
        partial.push(Buffer.from(chunk.subarray(from)));
        partialSize += chunk.length - from;
      }
    }
  }
}

/** STALLED if `promise` has not settled within `ms`, else undefined (whether it was kept or broken). */
function settlesWithin(promise: Promise<unknown>, ms: number): Promise<typeof STALLED | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<typeof STALLED>((resolve) => (timer = setTimeout(resolve, ms, STALLED)));
  const settled = promise.then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([settled, stalled]).finally(() => clearTimeout(timer));
}

const lineDecoder = new TextDecoder("utf-8", { fatal: true });

/**
 * The lines of a batch, decoded: without their line break (and a carriage return before it) or a
 * byte order mark at their start. A line that is not valid UTF-8, or was too long, has an error.
 *
 * Each line is decoded on its own. Decoded at once, a batch with a single curly quote became one
 * string of two bytes a character (about 240 KB), which V8 keeps among its large objects until a
 * full collection: with one document in five typeset, those were 34 MB at the peak of one job on
 * 20 MB, which took 212 MB instead of 191 (/usr/bin/time), for no gain in speed.
 */
export function linesOf(batch: LineBatch): Line[] {
  const { first, count, bytes } = batch;
  const skipped = new Set(batch.tooLong);
  const tooLong = `line longer than ${Math.round(batch.maxLineBytes / 1024 / 1024)} MB`;
  const out: Line[] = new Array(count);
  let from = 0;
  for (let i = 0; i < count; i++) {
    const start = from;
    const end = bytes.indexOf(10, from);
    from = end + 1;
    const number = first + i;
    out[i] = skipped.has(i) ? { number, error: tooLong } : lineOfBytes(bytes, start, end, number);
  }
  return out;
}

/** A line of the batch's bytes, decoded on its own (the decoder drops a byte order mark). */
function lineOfBytes(bytes: Uint8Array, start: number, end: number, number: number): Line {
  if (end > start && bytes[end - 1] === 13) end--;
  try {
    return { number, text: lineDecoder.decode(bytes.subarray(start, end)) };
  } catch {
    return { number, error: "invalid UTF-8" };
  }
}

/**
 * Lines of a byte stream, one by one. A line longer than `maxBytes` is skipped up to its end and
 * reported as an error; so is a line that is not valid UTF-8. Memory stays within about `maxBytes`.
 */
export async function* readLines(stream: AsyncIterable<Uint8Array | string>, maxBytes = MAX_LINE_BYTES): AsyncGenerator<Line> {
  for await (const batch of readBatches(stream, { lines: 64, bytes: 64 * 1024, maxLineBytes: maxBytes })) yield* linesOf(batch);
}
