// framewatch corpus validate|list|show|stats|kwic on the shipped corpus and on small ones.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";
import { miniCorpus } from "../helpers/mini-corpus.js";

const FIXED = "Some say nothing was done. We found and fixed this issue in August 2019 after a long review. It was not a breach.";
const SORRY = "We are sorry this happened, and we take your privacy seriously.";
const at = (text: string, span: string) => ({ start: text.indexOf(span), end: text.indexOf(span) + span.length });
const SMALL = miniCorpus([
  { id: "fixed", text: FIXED, gold: [{ strategy: "corrective-action", mode: "enacted", ...at(FIXED, "We found and fixed this issue") }, { strategy: "denial", mode: "enacted", ...at(FIXED, "It was not a breach") }] },
  { id: "sorry", text: SORRY, gold: [{ strategy: "apology", mode: "enacted", ...at(SORRY, "We are sorry this happened") }, { strategy: "bolstering", mode: "directive", ...at(SORRY, "we take your privacy seriously") }] },
]);
const copy = () => {
  const dir = mkdtempSync(join(tmpdir(), "framewatch-corpus-cli-"));
  cpSync(SMALL, dir, { recursive: true });
  return dir;
};
const edit = (file: string, change: (s: string) => string) => writeFileSync(file, change(readFileSync(file, "utf8")));
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe("framewatch corpus validate", () => {
  it("passes on the shipped corpus", async () => {
    const r = await runMain(["corpus", "validate", join(ROOT, "corpus")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/corpus: \d+ incidents, \d+ documents, \d+ gold files, \d+ gold spans: valid\n$/);
  });

  it("lists each problem as FILE:LINE: field: reason, counts them and exits 1", async () => {
    const dir = copy();
    edit(join(dir, "documents", "fixed.md"), (s) => s.replace("kind: blog-post", "kind: tweet").replace("date: 2021-04-06", "date: 2021-13-01"));
    edit(join(dir, "gold", "sorry.yaml"), (s) => s.replace("apology", "grovelling"));
    const r = await runMain(["corpus", "validate", dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines.some((l) => /documents\/fixed\.md:5: date: invalid date: "2021-13-01" \(expected YYYY-MM-DD\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /documents\/fixed\.md:6: kind: invalid kind: "tweet" \(expected /.test(l))).toBe(true);
    expect(lines.some((l) => /gold\/sorry\.yaml:4: annotations\[0\]\.strategy: unknown strategy: "grovelling" \(not in the codebook\)$/.test(l))).toBe(true);
    expect(r.stderr).toMatch(/: 1 incidents, 1 documents, 1 gold files, 2 gold spans: 3 errors\n$/);
  });

  it("reads the folder from --corpus too, and prints warnings without failing", async () => {
    const dir = copy();
    mkdirSync(join(dir, "machine"));
    renameSync(join(dir, "gold", "fixed.yaml"), join(dir, "machine", "fixed.yaml"));
    const r = await runMain(["corpus", "validate", "--corpus", dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/gold\/fixed\.yaml: warning: \(file\): no gold annotation yet: correct machine\/fixed\.yaml into gold\//);
    expect(r.stdout).toMatch(/: valid \(1 warnings\)\n$/);
  });

  it("fails clearly on a folder that is not a corpus", async () => {
    const r = await runMain(["corpus", "list", "--corpus", join(SMALL, "nope")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("(folder): no such folder");
  });
});

describe("framewatch corpus list, show and stats", () => {
  it("lists the documents with their gold span counts", async () => {
    const r = await runMain(["corpus", "list", "--corpus", SMALL]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split("\n");
    expect(rows[0].split(/\s+/)).toEqual(["id", "date", "incident", "organisation", "kind", "provenance", "gold"]);
    expect(rows.slice(2).map((row) => row.split(/\s+/))).toEqual([
      ["fixed", "2021-04-06", "leak", "Acme", "blog-post", "verbatim", "2"],
      ["sorry", "2021-04-06", "leak", "Acme", "blog-post", "verbatim", "2"],
    ]);
  });

  it("shows a document's metadata, its gold and machine annotations side by side", async () => {
    const r = await runMain(["corpus", "show", "fixed", "--corpus", SMALL]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^id: +fixed\nincident: +leak\n/);
    expect(r.stdout).toContain("# gold (coder-a)");
    expect(r.stdout).toMatch(/# framewatch@/);
    expect(r.stdout).toMatch(/corrective-action +enacted: "We found and fixed this issue" +enacted: "[^"]*fixed[^"]*" +agree/);
    expect(r.stdout).toMatch(/denial +enacted: "It was not a breach"/);
  });

  it("refuses show without an id (usage, 2) and with an unknown one (1)", async () => {
    expect((await runMain(["corpus", "show", "--corpus", SMALL])).code).toBe(2);
    const r = await runMain(["corpus", "show", "nope", "--corpus", SMALL]);
    expect([r.code, r.stderr]).toEqual([1, 'framewatch corpus: unknown document id "nope" (see framewatch corpus list)\n']);
  });

  it("counts documents per incident, organisation, kind and provenance, and gold strategies per incident", async () => {
    const r = await runMain(["corpus", "stats", "--format", "json", "--corpus", SMALL]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      documents: 2,
      documentsBy: { incident: { leak: 2 }, organisation: { Acme: 2 }, kind: { "blog-post": 2 }, provenance: { verbatim: 2 } },
      strategiesPerIncident: { leak: { "corrective-action": 1, denial: 1, apology: 1, bolstering: 1 } },
    });
    const text = await runMain(["corpus", "stats", "--corpus", SMALL]);
    expect(text.stdout).toContain("documents per incident");
    expect(text.stdout).toMatch(/leak +1 +1 +1 +1/);
  });
});

describe("framewatch corpus kwic", () => {
  it("shows each gold span of a strategy with N words either side (default 6), within its sentence", async () => {
    const r = await runMain(["corpus", "kwic", "corrective-action", "--corpus", SMALL]);
    expect(r.code).toBe(0);
    const [line] = r.stdout.trim().split("\n");
    const { start, end } = at(FIXED, "We found and fixed this issue");
    expect(line.startsWith(`[fixed, ${start}:${end}, enacted]`)).toBe(true);
    // The span starts its sentence: nothing of "Some say nothing was done." on the left; six words on the right.
    expect(line).toMatch(/\]\s+\| We found and fixed this issue \| in August 2019 after a long$/);
  });

  it("respects --window, and never crosses into the next sentence", async () => {
    const r = await runMain(["corpus", "kwic", "bolstering", "--window", "2", "--corpus", SMALL]);
    expect(r.stdout.trim()).toMatch(/\]\s+happened, and \| we take your privacy seriously \| \.$/);
    const denial = await runMain(["corpus", "kwic", "denial", "--window", "50", "--corpus", SMALL]);
    // 50 words to the left would reach the first sentences; the window stops at "It".
    expect(denial.stdout.trim()).toMatch(/\]\s+\| It was not a breach \| \.$/);
    for (const n of [0, 1, 3]) {
      const k = await runMain(["corpus", "kwic", "corrective-action", "--window", String(n), "--corpus", SMALL]);
      const right = k.stdout.trim().split("|").at(-1)!;
      expect(words(right)).toBe(n);
    }
  });

  it("filters by --mode and reads the tagger's tags with --annotations machine", async () => {
    const enacted = await runMain(["corpus", "kwic", "bolstering", "--mode", "enacted", "--corpus", SMALL]);
    expect(enacted.stdout).toBe("");
    expect(enacted.stderr).toBe("no gold annotation of bolstering in mode enacted\n");
    const directive = await runMain(["corpus", "kwic", "bolstering", "--mode", "directive", "--corpus", SMALL]);
    expect(directive.stdout).toContain("directive]");
    const machine = await runMain(["corpus", "kwic", "corrective-action", "--annotations", "machine", "--corpus", SMALL]);
    expect(machine.code).toBe(0);
    expect(machine.stdout).toMatch(/^\[fixed, \d+:\d+, enacted\] .*\| [^|]*fixed[^|]* \|/);
  });

  it("refuses an unknown strategy, mode or window as usage errors (2)", async () => {
    for (const [args, message] of [
      [["spin"], 'invalid strategy: "spin" (expected sector-problem, '],
      [["apology", "--mode", "planned"], 'invalid mode: "planned" (expected enacted, directive, reported)'],
      [["apology", "--window", "101"], 'invalid window: "101" (expected an integer from 0 to 100)'],
      [["apology", "--window", "2.5"], 'invalid window: "2.5"'],
      [[], "corpus kwic needs a strategy id"],
    ] as const) {
      const r = await runMain(["corpus", "kwic", ...args, "--corpus", SMALL]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });
});
