// Bad input, case by case: each gets a clear message naming its file, line or id, the documented
// exit status, and (with --on-error skip) the good records are still processed. The last test holds
// README.md's Troubleshooting table against what the CLI prints.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliResult } from "../helpers/cli.js";
import { ROOT } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";
import { miniCorpus } from "../helpers/mini-corpus.js";

const dir = mkdtempSync(join(tmpdir(), "framewatch-bad-input-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const jsonl = (...lines: (string | Buffer)[]) => Buffer.concat(lines.map((l) => Buffer.concat([Buffer.from(l), Buffer.from("\n")])));
const rec = (id: unknown, text: unknown) => JSON.stringify({ id, text });
const GOOD = "We found and fixed this issue in August 2019.";
const ids = (stdout: string) => stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l).id);

/** A document with one gold span, for the corpus cases. */
const corpusWith = (edit: (dir: string) => void) => {
  const d = miniCorpus([{ id: "fixed", text: GOOD, gold: [{ strategy: "corrective-action", mode: "enacted", start: 0, end: 18 }] }]);
  edit(d);
  return d;
};

interface Case {
  /** What is wrong. */
  input: string;
  args: () => string[];
  code: number;
  /** What stderr must say (each string in order of appearance is not required). */
  says: (string | RegExp)[];
  /** The ids that still come out on stdout (JSONL output). */
  out?: string[];
}

const bigLine = () => rec("huge", "a".repeat(10 * 1024 * 1024 + 10));
const mixed = () =>
  file(
    "mixed.jsonl",
    jsonl(rec("a", GOOD), "{not json", JSON.stringify({ id: "m" }), rec("n", 5), rec("a", "again"), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), JSON.stringify({ text: "no id" }), bigLine(), rec("b", GOOD)),
  );

const CASES: Case[] = [
  { input: "a binary file", args: () => ["annotate", file("b.bin", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))], code: 1, says: [`${join(dir, "b.bin")}: looks like a binary file (it contains NUL bytes); expected UTF-8 text`] },
  { input: "invalid UTF-8 on line 2", args: () => ["annotate", file("latin1.txt", Buffer.from("Fine.\nCaf\xe9 cr\xe8me", "latin1"))], code: 1, says: [`${join(dir, "latin1.txt")}:2: invalid UTF-8 (byte offset 9); convert the file to UTF-8 first`] },
  { input: "a folder instead of a file", args: () => ["annotate", dir], code: 1, says: [`${dir}: is a folder, expected a file`] },
  { input: "a folder instead of a JSONL file", args: () => ["annotate", "--input", "jsonl", "--format", "jsonl", dir], code: 1, says: [`${dir}: is a folder, expected a JSONL file`] },
  { input: "a missing file", args: () => ["annotate", join(dir, "nope.txt")], code: 1, says: [`${join(dir, "nope.txt")}: no such file`] },
  { input: "JSONL: invalid JSON", args: () => ["annotate", "--input", "jsonl", "--format", "jsonl", file("j1.jsonl", jsonl(rec("a", GOOD), "{not json", rec("b", GOOD)))], code: 1, says: [new RegExp(`${join(dir, "j1.jsonl")}:2: invalid JSON: `)], out: ["a"] },
  { input: "JSONL: missing text", args: () => ["annotate", "--input", "jsonl", "--format", "jsonl", file("j2.jsonl", jsonl(JSON.stringify({ id: "m" })))], code: 1, says: [`${join(dir, "j2.jsonl")}:1: id "m": missing "text"`], out: [] },
  { input: "JSONL: non-string text", args: () => ["annotate", "--input", "jsonl", "--format", "jsonl", file("j3.jsonl", jsonl(rec(7, { t: 1 })))], code: 1, says: [`${join(dir, "j3.jsonl")}:1: id 7: non-string "text"`], out: [] },
  { input: "JSONL: a missing id", args: () => ["annotate", "--input", "jsonl", "--format", "jsonl", file("j4.jsonl", jsonl(JSON.stringify({ text: GOOD })))], code: 1, says: [`${join(dir, "j4.jsonl")}:1: missing or invalid "id" (expected a string or number)`], out: [] },
  { input: "JSONL: duplicate ids", args: () => ["annotate", "--input", "jsonl", "--format", "jsonl", file("j5.jsonl", jsonl(rec("a", GOOD), rec("b", GOOD), rec("a", "again")))], code: 1, says: [`${join(dir, "j5.jsonl")}:3: id "a": duplicate id`], out: ["a", "b"] },
  { input: "JSONL: a line that is not UTF-8", args: () => ["annotate", "--input", "jsonl", "--format", "jsonl", file("j6.jsonl", jsonl(rec("a", GOOD), Buffer.from([0x7b, 0xff, 0x7d])))], code: 1, says: [`${join(dir, "j6.jsonl")}:2: invalid UTF-8`], out: ["a"] },
  { input: "JSONL: a line over 10 MB", args: () => ["annotate", "--input", "jsonl", "--format", "jsonl", "--on-error", "skip", file("j7.jsonl", jsonl(rec("a", GOOD), bigLine(), rec("b", GOOD)))], code: 1, says: [`${join(dir, "j7.jsonl")}:2: line longer than 10 MB`], out: ["a", "b"] },
  { input: "JSONL: all of these, --on-error fail (the default) stops at the first", args: () => ["annotate", "--input", "jsonl", "--format", "jsonl", mixed()], code: 1, says: [`${join(dir, "mixed.jsonl")}:2: invalid JSON`], out: ["a"] },
  {
    input: "JSONL: all of these, --on-error skip goes on and reports each",
    args: () => ["annotate", "--input", "jsonl", "--format", "jsonl", "--on-error", "skip", mixed()],
    code: 1,
    says: [":2: invalid JSON", ':3: id "m": missing "text"', ':4: id "n": non-string "text"', ':5: id "a": duplicate id', ":6: invalid UTF-8", ':7: missing or invalid "id"', ":8: line longer than 10 MB"],
    out: ["a", "b"],
  },
  {
    input: "JSONL to HTML (the non-streaming path), --on-error skip",
    args: () => ["annotate", "--input", "jsonl", "--format", "html", "--on-error", "skip", file("j8.jsonl", jsonl(rec("a", GOOD), "{not json", rec("a", "dup"), rec("b", "We take privacy seriously.")))],
    code: 1,
    says: [`${join(dir, "j8.jsonl")}:2: invalid JSON`, `${join(dir, "j8.jsonl")}:3: id "a": duplicate id`],
  },
  { input: "an unknown format", args: () => ["annotate", "--format", "xml", join(dir, "b.bin")], code: 2, says: ['invalid format: "xml" (expected text, json, jsonl, csv, html, label-studio, brat, w3c, doccano)'] },
  {
    input: "a codebook with an unknown field",
    args: () => ["annotate", "--codebook", file("unknown-field.yaml", "strategies:\n  - id: whataboutism\n    colour: red\n    cues:\n      - id: whataboutism.x\n        pattern: what about\n"), join(dir, "empty.txt")],
    code: 1,
    says: [`invalid codebook: ${join(dir, "unknown-field.yaml")}: strategy "whataboutism", field "colour": unknown field (expected id, label, family, theory, definition, questions, cues, hits, misses)`],
  },
  {
    input: "a codebook cue with an unknown field",
    args: () => ["annotate", "--codebook", file("unknown-cue-field.yaml", "strategies:\n  - id: whataboutism\n    cues:\n      - id: whataboutism.x\n        pattern: what about\n        regex: true\n"), join(dir, "empty.txt")],
    code: 1,
    says: [`invalid codebook: ${join(dir, "unknown-cue-field.yaml")}: strategy "whataboutism", field "cues[0].regex": unknown field`],
  },
  {
    input: "a codebook with a broken pattern",
    args: () => ["annotate", "--codebook", file("broken-pattern.yaml", "strategies:\n  - id: whataboutism\n    cues:\n      - id: whataboutism.x\n        pattern: what about (them\n"), join(dir, "empty.txt")],
    code: 1,
    says: [`invalid codebook: ${join(dir, "broken-pattern.yaml")}: strategy "whataboutism", field "cue "whataboutism.x" pattern": missing ")" at position 16 of pattern "what about (them"`],
  },
  {
    input: "a codebook that is not YAML",
    args: () => ["annotate", "--codebook", file("broken.yaml", "strategies:\n  - id: [unclosed\n"), join(dir, "empty.txt")],
    code: 1,
    // The file, the line where the parser gave up (the unclosed list runs to the end), the field.
    says: [`invalid codebook: ${join(dir, "broken.yaml")}:3: field "(file)": invalid YAML: `],
  },
  {
    input: "a codebook cue with a weight outside (0, 1]",
    args: () => ["annotate", "--codebook", file("bad-weight.yaml", "strategies:\n  - id: whataboutism\n    cues:\n      - id: whataboutism.x\n        pattern: what about\n        weight: 2\n"), join(dir, "empty.txt")],
    code: 1,
    // src/codebook/load.ts names the type of a bad weight ("number"), not its value.
    says: [`invalid codebook: ${join(dir, "bad-weight.yaml")}: strategy "whataboutism", field "cues[0].weight": invalid weight: `, "(expected a number in (0, 1])"],
  },
  {
    input: "a corpus document with broken YAML",
    args: () => ["corpus", "validate", corpusWith((d) => writeFileSync(join(d, "documents", "fixed.md"), `---\nid: fixed\nincident: [leak\n---\n${GOOD}\n`))],
    code: 1,
    says: [/documents\/fixed\.md:3: \(front matter\): invalid YAML/],
  },
  {
    input: "add over an existing document",
    args: () => ["add", file("again.txt", GOOD), "--id", "fixed", "--corpus", corpusWith(() => {}), "--incident", "leak", "--org", "Acme", "--kind", "blog-post", "--date", "2021-04-06"],
    code: 1,
    says: [/document "fixed" already exists \(\S+documents\/fixed\.md\); give --force to replace it \(a backup is kept\) or choose another --id/],
  },
  {
    input: "a corpus document of an unknown incident",
    args: () => ["corpus", "validate", corpusWith((d) => writeFileSync(join(d, "documents", "fixed.md"), readFileSync(join(d, "documents", "fixed.md"), "utf8").replace("incident: leak", "incident: no-such-leak")))],
    code: 1,
    says: [/documents\/fixed\.md:3: incident: unknown incident id "no-such-leak" \(no incidents\/no-such-leak\.yaml\)/],
  },
  {
    input: "a gold annotation of an unknown strategy",
    args: () => ["corpus", "validate", corpusWith((d) => writeFileSync(join(d, "gold", "fixed.yaml"), readFileSync(join(d, "gold", "fixed.yaml"), "utf8").replace("corrective-action", "spin")))],
    code: 1,
    says: [/gold\/fixed\.yaml:4: annotations\[0\]\.strategy: unknown strategy: "spin" \(not in the codebook\)/],
  },
  {
    input: "a gold annotation beyond the text",
    args: () => ["corpus", "validate", corpusWith((d) => writeFileSync(join(d, "gold", "fixed.yaml"), readFileSync(join(d, "gold", "fixed.yaml"), "utf8").replace("end: 18", "end: 4000")))],
    code: 1,
    says: [/gold\/fixed\.yaml:4: annotations\[0\]\.end: offset 4000 is beyond the text of "fixed" \(45 characters\)/],
  },
  {
    input: "add with an id that is a path",
    args: () => ["add", file("again2.txt", GOOD), "--id", "../x", "--corpus", corpusWith(() => {}), "--incident", "leak", "--org", "Acme", "--kind", "blog-post", "--date", "2021-04-06"],
    code: 2,
    says: ['invalid id: "../x" (lower-case letters, digits and single hyphens, at most 120 characters)'],
  },
  { input: "an output path with a NUL byte", args: () => ["chart", "heatmap", "--out", join(dir, "a\0b.svg")], code: 2, says: [`invalid out: ${JSON.stringify(join(dir, "a\0b.svg"))} (a path cannot contain a NUL byte)`] },
];

const results = new Map<string, Promise<CliResult>>();
/** Run a case once (the README test reuses the outcomes). */
const outcome = (c: Case) => {
  if (!results.has(c.input)) results.set(c.input, runMain(c.args()));
  return results.get(c.input)!;
};
file("empty.txt", "");

describe("bad input", () => {
  it.each(CASES.map((c) => [c.input, c]))("%s: a clear message and the documented exit status", { timeout: 60_000 }, async (_, c) => {
    const r = await outcome(c as Case);
    const { code, says, out } = c as Case;
    for (const s of says) {
      if (typeof s === "string") expect(r.stderr + r.stdout).toContain(s);
      else expect(r.stderr + r.stdout).toMatch(s);
    }
    expect(r.code).toBe(code);
    if (out) expect(ids(r.stdout)).toEqual(out);
  });

  it("still writes the good records of a JSONL input to HTML with --on-error skip", async () => {
    const r = await outcome(CASES.find((c) => c.input.startsWith("JSONL to HTML"))!);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout.match(/<h2>[^<]*<\/h2>/g)).toEqual(["<h2>a</h2>", "<h2>b</h2>"]);
  });

  it("tags an empty file as a statement without strategies (exit 0), and an empty JSONL file as no records", async () => {
    const empty = join(dir, "empty.txt");
    const r = await runMain(["annotate", empty, "--format", "jsonl"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ id: empty, tags: [], strategies: [] });
    const j = await runMain(["annotate", "--input", "jsonl", "--format", "jsonl", empty]);
    expect([j.code, j.stdout, j.stderr]).toEqual([0, "", ""]);
  });

  it("refuses to add an empty statement to the corpus (exit 1)", async () => {
    const corpus = miniCorpus([]);
    const r = await runMain(["add", join(dir, "empty.txt"), "--corpus", corpus, "--incident", "leak", "--org", "Acme", "--kind", "blog-post", "--date", "2021-04-06"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, "empty.txt")}: the statement is empty`);
  });
});

/** The Troubleshooting table's rows: the messages (in backticks) of the first column, and the exit status. */
function troubleshootingRows(): { messages: string[]; code?: number }[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Troubleshooting"));
  const table = section.slice(0, section.indexOf("\n## ") === -1 ? undefined : section.indexOf("\n## "));
  return table
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| symptom"))
    .map((l) => l.split(" | ")[0])
    // A code span of command words only (`add`, `corpus validate`) names the command, not a message.
    .map((cell) => ({ messages: [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]).filter((m) => !/^[a-z ]+$/.test(m)), code: /\(exit (\d)\)/.exec(cell) ? Number(/\(exit (\d)\)/.exec(cell)![1]) : undefined }));
}

/** A README message as a pattern: FILE, LINE, N, "x", "x.y", <stdin>, field: reason and ... stand for what varies. */
function messagePattern(message: string): RegExp {
  const source = message
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\\\.\\\.\\\./g, ".*")
    .replace(/FILE|<stdin>/g, "\\S+")
    .replace(/LINE|\bN\b|(?<=:)\d+(?=:)/g, "\\d+")
    .replace(/"x(\\\.y)?"/g, '"[^"]*"')
    .replace("field: reason", "\\S+: .+");
  return new RegExp(source);
}

describe("README's Troubleshooting table", () => {
  it("shows messages that the CLI prints, with their exit status", { timeout: 120_000 }, async () => {
    const outcomes = await Promise.all(CASES.map(async (c) => ({ c, r: await outcome(c) })));
    // All rows with an exit status but the one that describes corpus validate's format in general.
    const rows = troubleshootingRows().filter((row) => row.code !== undefined && row.messages.length > 0);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) {
      for (const message of row.messages) {
        const pattern = messagePattern(message);
        const printed = outcomes.find(({ r }) => pattern.test(r.stderr + r.stdout));
        expect(printed, `README row message ${JSON.stringify(message)} (${pattern}) is not printed by any bad-input case`).toBeDefined();
        expect(printed!.r.code, `exit status of ${JSON.stringify(message)}`).toBe(row.code);
      }
    }
  });
});
