// JSONL input is cut into batches of whole lines as bytes (readBatches), and each batch is decoded
// where it is tagged (linesOf). However the stream comes in chunks and however the batches fall,
// the lines must be the ones a plain split of the whole input gives.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { linesOf, readBatches, readLines, type Line, type LineBatch } from "../../src/cli/lines.js";

/** What the lines of `input` are: split at line feeds, each decoded on its own. */
function expected(input: Buffer, maxLineBytes: number): Line[] {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const parts: Buffer[] = [];
  let from = 0;
  for (let nl = input.indexOf(10); nl !== -1; nl = input.indexOf(10, from)) {
    parts.push(input.subarray(from, nl));
    from = nl + 1;
  }
  if (from < input.length) parts.push(input.subarray(from));
  return parts.map((part, i) => {
    const number = i + 1;
    if (part.length > maxLineBytes) return { number, error: `line longer than ${Math.round(maxLineBytes / 1024 / 1024)} MB` };
    const bytes = part.length && part[part.length - 1] === 13 ? part.subarray(0, part.length - 1) : part;
    try {
      return { number, text: decoder.decode(bytes) };
    } catch {
      return { number, error: "invalid UTF-8" };
    }
  });
}

async function* chunked(input: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < input.length; at += size) yield input.subarray(at, at + size);
}

async function batches(input: Buffer, chunk: number, limits: { lines: number; bytes: number; maxLineBytes: number }): Promise<LineBatch[]> {
  const out: LineBatch[] = [];
  for await (const b of readBatches(chunked(input, chunk), limits)) out.push(b);
  return out;
}

const BOM = "\ufeff";
const INPUT = Buffer.concat([
  Buffer.from(`${BOM}{"id": 1, "text": "first, after a byte order mark"}\r\n`),
  Buffer.from('{"id": 2, "text": "Café — naïve “quotes” ’n’ €"}\n\n'),
  Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]), // not UTF-8
  Buffer.from(`${BOM}mid-stream mark\n\r\n`),
  Buffer.from("a line far longer than the limit of this test, which is sixty-four bytes; it goes on\n"),
  Buffer.from("é".repeat(33) + "\n"), // 66 bytes of two-byte letters: too long as well
  Buffer.from("short\n" + "x".repeat(64) + "\n" + "y".repeat(65) + "\n"),
  Buffer.from("the last line has no line feed\r"),
]);
const LIMIT = 64;

describe("JSONL lines read in batches", () => {
  it("are the lines of a plain split, whatever the chunks and the batch sizes", async () => {
    const want = expected(INPUT, LIMIT);
    expect(want.filter((l) => l.error?.startsWith("line longer"))).toHaveLength(3);
    for (const chunk of [1, 2, 3, 7, 16, 64, INPUT.length]) {
      for (const [lines, bytes] of [[1, 1 << 20], [3, 1 << 20], [1000, 1], [1000, 50], [1000, 1 << 20]]) {
        const got = (await batches(INPUT, chunk, { lines, bytes, maxLineBytes: LIMIT })).flatMap(linesOf);
        expect(got, `chunks of ${chunk}, batches of ${lines} lines or ${bytes} bytes`).toEqual(want);
      }
    }
  });

  it("keep to the batch limits, number their lines on, and carry only whole lines", async () => {
    const all = await batches(INPUT, 5, { lines: 3, bytes: 1 << 20, maxLineBytes: LIMIT });
    let next = 1;
    for (const b of all) {
      expect(b.first).toBe(next);
      expect(b.count).toBeGreaterThan(0);
      expect(b.count).toBeLessThanOrEqual(3);
      expect(b.bytes[b.bytes.length - 1]).toBe(10);
      expect(b.bytes.filter((x) => x === 10).length).toBe(b.count);
      next += b.count;
    }
    expect(next - 1).toBe(expected(INPUT, LIMIT).length);
    // A byte limit ends a batch at the first line end past it.
    const bySize = await batches(INPUT, 64, { lines: 1000, bytes: 100, maxLineBytes: LIMIT });
    for (const b of bySize.slice(0, -1)) expect(b.bytes.length).toBeGreaterThanOrEqual(100);
    expect(bySize.length).toBeGreaterThan(2);
  });

  it("leave a line that is too long out of the batch, however many chunks it spans", async () => {
    const long = Buffer.concat([Buffer.from("ok\n"), Buffer.alloc(1000, 0x61), Buffer.from("\nafter\n")]);
    const all = await batches(long, 7, { lines: 1000, bytes: 1 << 20, maxLineBytes: 100 });
    expect(all.reduce((n, b) => n + b.bytes.length, 0)).toBe("ok\n\nafter\n".length);
    expect(all.flatMap(linesOf).map((l) => l.text ?? l.error)).toEqual(["ok", "line longer than 0 MB", "after"]);
  });

  it("read one by one (readLines) are the same lines", async () => {
    const got: Line[] = [];
    for await (const line of readLines(chunked(INPUT, 5), LIMIT)) got.push(line);
    expect(got).toEqual(expected(INPUT, LIMIT));
  });

  it("come from strings as well as bytes", async () => {
    async function* strings() {
      yield '{"a": "é"}\n{"b"';
      yield ': 2}\n';
    }
    const got: Line[] = [];
    for await (const b of readBatches(strings(), { lines: 10, bytes: 1 << 20 })) got.push(...linesOf(b));
    expect(got).toEqual([{ number: 1, text: '{"a": "é"}' }, { number: 2, text: '{"b": 2}' }]);
  });

  it("are none for an empty input", async () => {
    expect(await batches(Buffer.alloc(0), 4, { lines: 10, bytes: 100, maxLineBytes: LIMIT })).toEqual([]);
  });

  it("go out at once, marked stalled, when the input pauses after whole lines", async () => {
    // A producer that sends two lines and half of a third, then waits until the consumer has seen
    // them (or 2 s), then sends the rest.
    let seen = () => {};
    const seenTwo = new Promise<void>((resolve) => (seen = resolve));
    let waited = false;
    async function* slow(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('{"id":1}\n{"id":2}\n{"id"');
      waited = await Promise.race([seenTwo.then(() => false), new Promise<boolean>((r) => setTimeout(r, 2000, true))]);
      yield Buffer.from(':3}\n');
    }
    const got: LineBatch[] = [];
    for await (const b of readBatches(slow(), { lines: 256, bytes: 1 << 18 })) {
      got.push(b);
      if (got.length === 1) seen();
    }
    expect(waited).toBe(false);
    expect(got.map((b) => [b.first, b.count, b.stalled ?? false])).toEqual([
      [1, 2, true],
      [3, 1, false],
    ]);
    expect(linesOf(got[0]).map((l) => l.text)).toEqual(['{"id":1}', '{"id":2}']);
  });

  it("wait for a full batch when stallMs is 0, and never cut a line for a pause", async () => {
    async function* paused(): AsyncGenerator<Uint8Array> {
      yield Buffer.from("a\nb");
      await new Promise((r) => setTimeout(r, 100));
      yield Buffer.from("c\n");
    }
    const waiting: LineBatch[] = [];
    for await (const b of readBatches(paused(), { lines: 256, bytes: 1 << 18, stallMs: 0 })) waiting.push(b);
    expect(waiting.map((b) => linesOf(b).map((l) => l.text))).toEqual([["a", "bc"]]);
    const prompt: LineBatch[] = [];
    for await (const b of readBatches(paused(), { lines: 256, bytes: 1 << 18 })) prompt.push(b);
    expect(prompt.map((b) => linesOf(b).map((l) => l.text))).toEqual([["a"], ["bc"]]);
  });

  it("close the stream when the reader stops early, while waiting for more", async () => {
    const stream = new PassThrough();
    stream.write("a\n");
    for await (const b of readBatches(stream, { lines: 256, bytes: 1 << 18 })) {
      expect(b.stalled).toBe(true);
      break;
    }
    expect(stream.destroyed).toBe(true);
  });
});
