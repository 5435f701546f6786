/** Line-by-line reading of JSONL input with bounded memory: each line is decoded and parsed on its own. */

export const MAX_LINE_BYTES = 10 * 1024 * 1024;

export interface Line {
  /** 1-based line number. */
  number: number;
  /** The decoded line, without its line break; undefined when the line could not be read. */
  text?: string;
  /** Why the line could not be read. */
  error?: string;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Lines of a byte stream. A line longer than `maxBytes` is skipped up to its end and reported
 * as an error; so is a line that is not valid UTF-8. Memory stays within about `maxBytes`.
 */
export async function* readLines(stream: AsyncIterable<Uint8Array | string>, maxBytes = MAX_LINE_BYTES): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): Line => {
    number++;
    if (tooLong) {
      tooLong = false;
      parts = [];
      size = 0;
      return { number, error: `line longer than ${Math.round(maxBytes / 1024 / 1024)} MB` };
    }
    let buf = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    parts = [];
    size = 0;
    if (buf.length && buf[buf.length - 1] === 13) buf = buf.subarray(0, buf.length - 1);
    try {
      return { number, text: decoder.decode(buf) };
    } catch {
      return { number, error: "invalid UTF-8" };
    }
  };
  for await (const raw of stream) {
    const chunk = typeof raw === "string" ? Buffer.from(raw, "utf8") : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      if (!tooLong) {
        if (size + (nl - from) > maxBytes) tooLong = true;
        else parts.push(chunk.subarray(from, nl));
      }
      yield finish();
      from = nl + 1;
    }
    if (from < chunk.length && !tooLong) {
      if (size + (chunk.length - from) > maxBytes) {
        tooLong = true;
        parts = [];
      } else {
        parts.push(Buffer.from(chunk.subarray(from)));
        size += chunk.length - from;
      }
    }
  }
  if (size > 0 || tooLong) yield finish();
}
