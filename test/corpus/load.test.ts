// The corpus loader names the file, field and (where there is one) line of every defect; each
// defect is made in a fresh copy of a small corpus. The shipped corpus loads without an error.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinCodebook } from "../../src/codebook/builtin.js";
import { loadCorpus } from "../../src/corpus/load.js";
import type { Problem } from "../../src/corpus/types.js";
import { ROOT } from "../helpers/cli.js";
import { miniCorpus } from "../helpers/mini-corpus.js";

const strategies = new Set(builtinCodebook.strategies.map((s) => s.id));
const FIXED = "We found and fixed this issue. It was not a breach.";
const SORRY = "We are sorry this happened.";
// miniCorpus writes each document as: 1 ---, 2 id, 3 incident, 4 organisation, 5 date, 6 kind,
// 7 audience, 8 source:, 9   title, 10 provenance, 11 ---, 12 the text; and each gold file as:
// 1 document, 2 annotator, 3 annotations:, 4 - strategy, 5 mode, 6 start, 7 end, 8 text.
const BASE = miniCorpus([
  { id: "fixed", text: FIXED, gold: [{ strategy: "corrective-action", mode: "enacted", start: 3, end: 18 }] },
  { id: "sorry", text: SORRY, gold: [{ strategy: "apology", mode: "enacted", start: 0, end: 13 }] },
]);

/** A fresh copy of the small corpus with one defect made by `edit`, loaded. */
function withDefect(edit: (dir: string, file: (rel: string, change: (s: string) => string) => void) => void) {
  const dir = mkdtempSync(join(tmpdir(), "framewatch-defect-"));
  cpSync(BASE, dir, { recursive: true });
  edit(dir, (rel, change) => writeFileSync(join(dir, rel), change(readFileSync(join(dir, rel), "utf8"))));
  return loadCorpus(dir, { strategies });
}

/** A problem as `file:line: field: reason` with the folder left out of the file. */
const shown = (p: Problem) => `${p.file.replace(/^.*framewatch-defect-[^/]+\//, "")}${p.line ? `:${p.line}` : ""}: ${p.severity === "warning" ? "warning: " : ""}${p.field}: ${p.reason}`;
const errors = (c: ReturnType<typeof loadCorpus>) => c.problems.filter((p) => p.severity !== "warning").map(shown);

describe("loadCorpus", () => {
  it("loads the small corpus without a problem", () => {
    const c = loadCorpus(BASE, { strategies });
    expect(c.problems).toEqual([]);
    expect(c.documents.map((d) => d.id).sort()).toEqual(["fixed", "sorry"]);
    expect(c.gold.get("fixed")!.annotations[0].text).toBe("found and fixed");
  });

  it("loads the shipped corpus without an error", () => {
    const c = loadCorpus(join(ROOT, "corpus"), { strategies });
    expect(c.problems.filter((p) => p.severity !== "warning").map(shown)).toEqual([]);
    expect(c.documents.length).toBeGreaterThanOrEqual(50);
    expect(c.gold.size).toBe(c.documents.length);
  });

  const DEFECTS: [string, Parameters<typeof withDefect>[0], string[]][] = [
    ["a missing field", (_, f) => f("documents/fixed.md", (s) => s.replace("organisation: Acme\n", "")), ["documents/fixed.md:2: organisation: expected a non-empty string, got missing"]],
    ["a bad kind", (_, f) => f("documents/fixed.md", (s) => s.replace("kind: blog-post", "kind: tweet")), ['documents/fixed.md:6: kind: invalid kind: "tweet" (expected internal-memo, spokesperson, blog-post, public-statement, executive-letter, regulatory-filing, news-report)']],
    ["a bad audience", (_, f) => f("documents/fixed.md", (s) => s.replace("audience: public", "audience: everyone")), ['documents/fixed.md:7: audience: invalid audience: "everyone" (expected internal, public)']],
    ["a bad provenance", (_, f) => f("documents/fixed.md", (s) => s.replace("provenance: verbatim", "provenance: rumour")), ['documents/fixed.md:10: provenance: invalid provenance: "rumour" (expected verbatim, recalled, paraphrase)']],
    ["a bad date", (_, f) => f("documents/fixed.md", (s) => s.replace("date: 2021-04-06", "date: 2021-02-30")), ['documents/fixed.md:5: date: invalid date: "2021-02-30" (expected YYYY-MM-DD)']],
    ["an unknown incident", (_, f) => f("documents/fixed.md", (s) => s.replace("incident: leak", "incident: other-leak")), ['documents/fixed.md:3: incident: unknown incident id "other-leak" (no incidents/other-leak.yaml)']],
    ["an unknown strategy", (_, f) => f("gold/fixed.yaml", (s) => s.replace("corrective-action", "spin")), ['gold/fixed.yaml:4: annotations[0].strategy: unknown strategy: "spin" (not in the codebook)']],
    ["an unknown mode", (_, f) => f("gold/fixed.yaml", (s) => s.replace("mode: enacted", "mode: planned")), ['gold/fixed.yaml:5: annotations[0].mode: invalid mode: "planned" (expected enacted, directive, reported)']],
    [
      "duplicate document ids",
      (d) => writeFileSync(join(d, "documents", "fixed-copy.md"), readFileSync(join(d, "documents", "fixed.md"))),
      ['documents/fixed-copy.md:2: id: id "fixed" does not match the file name fixed-copy.md; documents/fixed.md has this id too (a duplicate document id)'],
    ],
    ["duplicate incident ids", (d) => writeFileSync(join(d, "incidents", "leak-copy.yaml"), readFileSync(join(d, "incidents", "leak.yaml"))), ['incidents/leak-copy.yaml:1: id: id "leak" does not match the file name leak-copy.yaml; incidents/leak.yaml has this id too (a duplicate incident id)']],
    ["an id not matching the file name", (_, f) => f("documents/fixed.md", (s) => s.replace("id: fixed", "id: repaired")), ['documents/fixed.md:2: id: id "repaired" does not match the file name fixed.md']],
    ["offsets beyond the text", (_, f) => f("gold/fixed.yaml", (s) => s.replace("end: 18", "end: 999")), ['gold/fixed.yaml:4: annotations[0].end: offset 999 is beyond the text of "fixed" (51 characters)']],
    ["offsets not matching the quoted span", (_, f) => f("gold/fixed.yaml", (s) => s.replace("start: 3", "start: 5").replace("end: 18", "end: 20")), ['gold/fixed.yaml:4: annotations[0].text: text "found and fixed" does not match the document at 5-20 ("und and fixed t"); it occurs at 3-18']],
    ["an end before the start", (_, f) => f("gold/fixed.yaml", (s) => s.replace("end: 18", "end: 2")), ["gold/fixed.yaml:7: annotations[0].end: end (2) must be greater than start (3)"]],
    ["a negative offset", (_, f) => f("gold/fixed.yaml", (s) => s.replace("start: 3", "start: -1")), ["gold/fixed.yaml:6: annotations[0].start: expected a whole number >= 0, got number"]],
    ["a recalled document without a note", (_, f) => f("documents/fixed.md", (s) => s.replace("provenance: verbatim", "provenance: recalled")), ["documents/fixed.md:2: note: a recalled document needs a note saying what is recalled or paraphrased and from where"]],
    ["broken YAML in a document", (_, f) => f("documents/fixed.md", (s) => s.replace("kind: blog-post", "kind: [blog-post")), ["documents/fixed.md:7: (front matter): invalid YAML: "]],
    ["broken YAML in a gold file", (_, f) => f("gold/fixed.yaml", (s) => s.replace("mode: enacted", "mode: {enacted")), ["gold/fixed.yaml:6: (file): invalid YAML: "]],
    ["broken YAML in an incident", (_, f) => f("incidents/leak.yaml", (s) => s.replace("title: A leak", "title: [A leak")), ["incidents/leak.yaml:3: (file): invalid YAML: "]],
    ["no front matter", (_, f) => f("documents/fixed.md", () => FIXED), ["documents/fixed.md:1: (file): expected YAML front matter between --- lines, then the text"]],
    ["no text", (_, f) => f("documents/fixed.md", (s) => s.replace(FIXED, "")), ["documents/fixed.md: (text): the document has no text after its front matter"]],
    ["an unknown field", (_, f) => f("documents/fixed.md", (s) => s.replace("kind: blog-post", "kind: blog-post\ncolour: red")), ["documents/fixed.md:7: colour: unknown field (expected id, incident, organisation, date, kind, audience, speaker, source, provenance, note)"]],
    ["a source URL that is not http(s)", (_, f) => f("documents/fixed.md", (s) => s.replace("title: test", "title: test\n  url: javascript:alert(1)")), ['documents/fixed.md:10: source.url: invalid url: "javascript:alert(1)" (expected http:// or https://)']],
    ["a file that is not UTF-8", (d) => writeFileSync(join(d, "documents", "fixed.md"), Buffer.concat([readFileSync(join(d, "documents", "fixed.md")), Buffer.from([0xff])])), ["documents/fixed.md:13: (file): invalid UTF-8 (byte offset "]],
    ["a gold file of another document", (d) => writeFileSync(join(d, "gold", "extra.yaml"), readFileSync(join(d, "gold", "sorry.yaml"))), ['gold/extra.yaml:1: document: document "sorry" does not match the file name extra.yaml']],
    ["a gold file of no document", (d) => writeFileSync(join(d, "gold", "ghost.yaml"), "document: ghost\nannotator: x\nannotations: []\n"), ['gold/ghost.yaml:1: document: unknown document id "ghost" (no documents/ghost.md)']],
    ["a missing gold file", (d) => rmSync(join(d, "gold", "fixed.yaml")), ["gold/fixed.yaml: (file): no gold annotation (use annotations: [] for a document with no strategy)"]],
    ["a missing folder", (d) => rmSync(join(d, "gold"), { recursive: true }), ["gold: (folder): missing folder gold/", "gold/fixed.yaml: (file): no gold annotation (use annotations: [] for a document with no strategy)", "gold/sorry.yaml: (file): no gold annotation (use annotations: [] for a document with no strategy)"]],
  ];

  it.each(DEFECTS)("reports %s with its file, line and field", (_, edit, expected) => {
    const found = errors(withDefect(edit));
    for (const e of expected) expect(found.some((f) => f.startsWith(e)), `${e}\nin\n${found.join("\n")}`).toBe(true);
    expect(found, found.join("\n")).toHaveLength(expected.length);
  });

  it("warns (not errs) about a document that has a machine annotation but no gold yet", () => {
    const c = withDefect((d) => {
      rmSync(join(d, "gold", "fixed.yaml"));
      cpSync(join(BASE, "gold", "fixed.yaml"), join(d, "machine", "fixed.yaml"));
    });
    expect(errors(c)).toEqual([]);
    expect(c.problems.map(shown)).toEqual(["gold/fixed.yaml: warning: (file): no gold annotation yet: correct machine/fixed.yaml into gold/"]);
  });

  it("says so when the folder is missing or is a file", () => {
    expect(loadCorpus(join(BASE, "nope")).problems.map((p) => `${p.field}: ${p.reason}`)).toEqual(["(folder): no such folder"]);
    expect(loadCorpus(join(BASE, "incidents", "leak.yaml")).problems.map((p) => `${p.field}: ${p.reason}`)).toEqual(["(folder): not a folder"]);
  });
});
