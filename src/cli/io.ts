/** Reading input files safely: clear errors for folders, binary files, invalid UTF-8; atomic writes. */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { workError } from "./errors.js";

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Decode bytes as UTF-8 text, refusing binary data and invalid UTF-8 with the source named. */
export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.includes(0)) throw workError(`${source}: looks like a binary file (it contains NUL bytes); expected UTF-8 text`);
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, bad).reduce((n, b) => (b === 10 ? n + 1 : n), 1);
    throw workError(`${source}:${line}: invalid UTF-8 (byte offset ${bad}); convert the file to UTF-8 first`);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  const ok = (n: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Read a text file, with a clear error when it is missing, a folder, binary or not UTF-8. */
export function readTextFile(path: string): string {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw workError(`${path}: no such file`);
  }
  if (stat.isDirectory()) throw workError(`${path}: is a folder, expected a file`);
  return decodeText(readFileSync(path), path);
}

/** Read all of standard input as text. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeText(Buffer.concat(chunks), "<stdin>");
}

/**
 * Write a file atomically: a temporary file in the same folder, flushed, then renamed over the
 * target, so that a crash leaves either the old file or the new one, never a half-written one.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    throw workError(`${path}: the folder ${dir} does not exist`);
  }
  if (!stat.isDirectory()) throw workError(`${path}: ${dir} is not a folder`);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const fd = openSync(tmp, "wx");
  try {
    writeSync(fd, typeof data === "string" ? Buffer.from(data, "utf8") : data);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
}
