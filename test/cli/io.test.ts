import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkPathOption, decodeText, firstInvalidUtf8, readTextFile, writeFileAtomic } from "../../src/cli/io.js";

const failure = vi.hoisted(() => ({ when: undefined as ((path: string) => boolean) | undefined }));
vi.mock("node:fs", async (original) => (await import("../helpers/failing-fs.js")).failingFs(await original(), failure));
afterEach(() => {
  failure.when = undefined;
});

const tmp = () => mkdtempSync(join(tmpdir(), "framewatch-io-"));

describe("writeFileAtomic", () => {
  it("replaces a file's content and leaves nothing else in the folder", () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.txt"), "old");
    writeFileAtomic(join(dir, "a.txt"), "new ✓");
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("new ✓");
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });

  it("leaves the old file's bytes intact, and no temporary file, when the write fails half-way", () => {
    const dir = tmp();
    const old = Buffer.from("gold: the coder's careful work\n".repeat(100));
    writeFileSync(join(dir, "gold.yaml"), old);
    failure.when = (path) => path.includes("gold.yaml");
    expect(() => writeFileAtomic(join(dir, "gold.yaml"), "x".repeat(10_000))).toThrow(/ENOSPC/);
    expect(readFileSync(join(dir, "gold.yaml")).equals(old)).toBe(true);
    expect(readdirSync(dir)).toEqual(["gold.yaml"]);
  });

  it("writes its temporary file in the target's folder (so that the rename is atomic)", () => {
    const dir = tmp();
    const seen: string[] = [];
    failure.when = (path) => (seen.push(path), false);
    writeFileAtomic(join(dir, "out.svg"), "<svg/>");
    expect(seen).toHaveLength(1);
    expect(seen[0].startsWith(join(dir, ".out.svg."))).toBe(true);
    expect(seen[0].endsWith(".tmp")).toBe(true);
  });

  it("refuses a path with a NUL byte, and names a missing folder", () => {
    expect(() => writeFileAtomic("/tmp/a\0b.svg", "x")).toThrow('"/tmp/a\\u0000b.svg": cannot write (a path cannot contain a NUL byte)');
    expect(() => writeFileAtomic(join(tmp(), "no", "x.svg"), "x")).toThrow(/the folder .*no does not exist/);
  });
});

describe("checkPathOption", () => {
  it("refuses a NUL byte in a path option as a usage error", () => {
    expect(() => checkPathOption("out", "a\0b")).toThrow(expect.objectContaining({ exitCode: 2, message: 'invalid out: "a\\u0000b" (a path cannot contain a NUL byte)' }));
    expect(() => checkPathOption("out", "../a/b.svg")).not.toThrow();
  });
});

describe("decodeText", () => {
  it("names the line and the offset of the first byte that is not UTF-8", () => {
    expect(() => decodeText(Buffer.from("ok\nCaf\xe9!", "latin1"), "f.txt")).toThrow("f.txt:2: invalid UTF-8 (byte offset 6)");
    expect(() => decodeText(Buffer.from([0xe2, 0x82]), "f.txt")).toThrow("f.txt:1: invalid UTF-8 (byte offset 0)");
    expect(() => decodeText(Buffer.from([0x61, 0x00]), "f.txt")).toThrow("f.txt: looks like a binary file");
  });

  it("drops a byte-order mark", () => {
    expect(decodeText(Buffer.from("\ufeffhello"), "f.txt")).toBe("hello");
  });

  it("finds the first invalid byte exactly where TextDecoder's fatal mode stops", () => {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const valid = (b: Uint8Array) => {
      try {
        decoder.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    // Valid text with a few random bytes spliced in (overlong forms, surrogates, truncated sequences).
    const bytes = fc.tuple(fc.string({ unit: "binary", maxLength: 20 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 3 })).map(([s, splices]) => {
      const b = [...Buffer.from(s)];
      for (const [at, byte] of splices) b.splice(at % (b.length + 1), 0, byte);
      return Uint8Array.from(b);
    });
    fc.assert(
      fc.property(bytes, (b) => {
        const bad = firstInvalidUtf8(b);
        expect(bad === b.length).toBe(valid(b));
        expect(valid(b.subarray(0, bad))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("readTextFile", () => {
  it("says what is wrong with a path: missing, a folder, or a NUL byte", () => {
    const dir = tmp();
    expect(() => readTextFile(join(dir, "none.txt"))).toThrow(`${join(dir, "none.txt")}: no such file`);
    expect(() => readTextFile(dir)).toThrow(`${dir}: is a folder, expected a file`);
    expect(() => readTextFile("a\0b")).toThrow("no such file (a path cannot contain a NUL byte)");
  });
});
