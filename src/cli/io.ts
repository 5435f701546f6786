/** Reading input files safely: clear errors for folders, binary files, invalid UTF-8; atomic writes. */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { CliError, usageError, workError } from "./errors.js";

const decoder = new TextDecoder("utf-8", { fatal: true });

/** A file that is not UTF-8 text: says which file, and for invalid UTF-8 the line. */
export class TextFileError extends CliError {
  constructor(
    readonly source: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${source}${line ? `:${line}` : ""}: ${reason}`, 1);
    this.name = "TextFileError";
  }
}

/** Decode bytes as UTF-8 text, refusing binary data and invalid UTF-8 with the source named. */
export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.includes(0)) throw new TextFileError(source, "looks like a binary file (it contains NUL bytes); expected UTF-8 text");
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, bad).reduce((n, b) => (b === 10 ? n + 1 : n), 1);
    throw new TextFileError(source, `invalid UTF-8 (byte offset ${bad}); convert the file to UTF-8 first`, line);
  }
}

/**
 * The offset of the first byte that does not start a valid UTF-8 sequence (as TextDecoder's fatal
 * mode judges: no overlong forms, no surrogates, nothing above U+10FFFF), or the length when all are valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < bytes.length && bytes[i] >= lo && bytes[i] <= hi;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) i += 1;
    else if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) i += 2;
    else if (b === 0xe0 && cont(i + 1, 0xa0) && cont(i + 2)) i += 3;
    else if (((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) && cont(i + 1) && cont(i + 2)) i += 3;
    else if (b === 0xed && cont(i + 1, 0x80, 0x9f) && cont(i + 2)) i += 3;
    else if (b === 0xf0 && cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b >= 0xf1 && b <= 0xf3 && cont(i + 1) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b === 0xf4 && cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3)) i += 4;
    else return i;
  }
  return i;
}

/** A path given on the command line: refuse what no file system accepts (a NUL byte) as a usage error. */
export function checkPathOption(option: string, path: string | undefined): void {
  if (path !== undefined && path.includes("\0")) throw usageError(`invalid ${option}: ${JSON.stringify(path)} (a path cannot contain a NUL byte)`);
}

/** Read a text file, with a clear error when it is missing, a folder, binary or not UTF-8. */
export function readTextFile(path: string): string {
  if (path.includes("\0")) throw workError(`${JSON.stringify(path)}: no such file (a path cannot contain a NUL byte)`);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw workError(`${path}: no such file`);
  }
  if (stat.isDirectory()) throw workError(`${path}: is a folder, expected a file`);
  return decodeText(readFileSync(path), path);
}

/**
 * Let a reader that stops early (`framewatch corpus list | head`) end the output quietly: a closed
 * standard output ends the process with status 0 instead of an unhandled EPIPE error.
 */
let quiet = false;
export function quietOnClosedStdout(): void {
  if (quiet) return;
  quiet = true;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
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
  if (path.includes("\0")) throw workError(`${JSON.stringify(path)}: cannot write (a path cannot contain a NUL byte)`);
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
