import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "framewatch-dictionary-"));

describe("--codebook with a dictionary", () => {
  it("tags with a LIWC .dic file's categories", async () => {
    writeFileSync(join(dir, "mini.dic"), "%\n1\tcertain\n2\tsocial\n%\nalways\t1\nabsolute*\t1\nwe\t2\n");
    const r = await runCli(["annotate", "-", "--codebook", join(dir, "mini.dic"), "--format", "jsonl"], { input: "We are absolutely sure; we always were." });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tags.map((t: { strategy: string; text: string }) => `${t.strategy}:${t.text}`)).toEqual(["social:We", "certain:absolutely", "social:we", "certain:always"]);
  });

  it("tags with a quanteda YAML dictionary and says on stderr what it could not keep", async () => {
    writeFileSync(join(dir, "q.yml"), "blame:\n  - bad actor*\n  - criminal*\n  - '*ists'\n");
    const r = await runCli(["annotate", "-", "--codebook", join(dir, "q.yml"), "--format", "jsonl"], { input: "Bad actors and criminals did this." });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tags.map((t: { text: string }) => t.text)).toEqual(["Bad actors", "criminals"]);
    expect(r.stderr).toContain(`${join(dir, "q.yml")}: 1 part of the dictionary not kept`);
  });

  it("refuses a broken dictionary with its file and line", async () => {
    writeFileSync(join(dir, "bad.dic"), "%\n1\tcertain\n%\nalways\t9\n");
    const r = await runCli(["annotate", "-", "--codebook", join(dir, "bad.dic")], { input: "x" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`invalid codebook: ${join(dir, "bad.dic")}:4: field "entry": "always" has an unknown category 9`);
  });
});
