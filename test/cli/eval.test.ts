import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinCompiled } from "../../src/codebook/builtin.js";
import type { AgreementReport } from "../../src/analysis/agreement.js";
import type { Mode } from "../../src/codebook/types.js";
import { BUNDLED_CORPUS } from "../../src/corpus/paths.js";
import { runMain } from "../helpers/main.js";
import { coderFile, miniCorpus, type MiniDocument } from "../helpers/mini-corpus.js";

const at = (text: string, quote: string, strategy: string, mode: Mode = "enacted") => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`no "${quote}"`);
  return { strategy, mode, start, end: start + quote.length };
};
const A = "We found and fixed this issue in August 2019.";
const B = "The weather was fine.";
const C = "This is an industry-wide problem, and we are sorry.";
const DOCS: MiniDocument[] = [
  { id: "a", text: A, gold: [at(A, "found and fixed this issue", "corrective-action")] },
  { id: "b", text: B, gold: [] },
  { id: "c", text: C, gold: [at(C, "an industry-wide problem", "sector-problem"), at(C, "we are sorry", "apology")] },
];
const corpus = miniCorpus(DOCS);
const tmp = mkdtempSync(join(tmpdir(), "framewatch-eval-"));
const withText = (text: string, s: ReturnType<typeof at>) => ({ ...s, text: text.slice(s.start, s.end), confidence: 0.9, cue: "x.y" });
const predictions = join(tmp, "pred.jsonl");
writeFileSync(
  predictions,
  [
    { id: "a", tags: [withText(A, at(A, "found and fixed", "corrective-action"))] },
    { id: "b", tags: [] },
    { id: "c", tags: [withText(C, at(C, "an industry-wide problem", "sector-problem", "reported"))] },
  ]
    .map((r) => JSON.stringify(r))
    .join("\n"),
);
const row = <T extends { strategy: string }>(rows: T[], s: string) => rows.find((r) => r.strategy === s)!;

describe("framewatch eval", () => {
  // Compiling the built-in codebook once, up front, can take a while on a busy machine.
  beforeAll(() => void builtinCompiled(), 300_000);

  it("scores a prediction file against gold at document and span level", async () => {
    const r = await runMain(["eval", "--corpus", corpus, "--pred", predictions, "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.documents).toEqual(["a", "b", "c"]);
    expect(row(report.document.perStrategy, "apology")).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(report.document.micro).toMatchObject({ precision: 1, recall: 2 / 3 });
    expect(report.document.modeAccuracy).toBe(0.5);
    expect(report.spans.exact.micro).toMatchObject({ precision: 0.5, recall: 1 / 3 });
    expect(report.spans.overlap.micro).toMatchObject({ precision: 1, recall: 2 / 3 });
    expect(report.disagreements.map((d: { kind: string; strategy: string }) => `${d.kind} ${d.strategy}`)).toEqual(["boundary corrective-action", "mode sector-problem", "missed apology"]);
    expect(report.note).toBeUndefined();
  });

  it("prints tables, alpha and kappa with their readings, the confusion table and the disagreements", async () => {
    const r = await runMain(["eval", "--corpus", corpus, "--pred", predictions]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Document level[\s\S]*micro\s+1\.000\s+0\.667\s+0\.800/);
    // A strategy neither side used is not scored.
    expect(r.stdout).toMatch(/\ndenial\s+0\s+0\s+0\s+0\s+0\s+-\s+-\s+-\n/);
    expect(r.stdout).toMatch(/documents × strategies\s+\d\.\d{3} (reliable|tentative|not reliable)\s+\d\.\d{3} (slight|fair|moderate|substantial|almost perfect)/);
    expect(r.stdout).toContain("Confusion on overlapping spans");
    expect(r.stdout).toContain('missed   apology [doc]: "we are sorry" (enacted, 38-50)');
    expect(r.stdout).toContain('mode     sector-problem [doc]: reference "an industry-wide problem" (enacted, 8-32), compared "an industry-wide problem" (reported, 8-32)');
    const docOnly = await runMain(["eval", "--corpus", corpus, "--pred", predictions, "--disagreements", "document"]);
    expect(docOnly.stdout).not.toContain("boundary corrective-action");
  });

  it("writes CSV rows per level and strategy with micro and macro rows", async () => {
    const r = await runMain(["eval", "--corpus", corpus, "--pred", predictions, "--format", "csv"]);
    const lines = r.stdout.trim().split("\r\n");
    expect(lines[0]).toBe("level,strategy,reference,compared,tp,fp,fn,precision,recall,f1,alpha,alpha_reading,kappa,kappa_reading");
    expect(lines).toContain("document,apology,1,0,0,0,1,0,0,0,0,not reliable,0,slight");
    expect(lines.find((l) => l.startsWith("span-exact,(micro),"))).toBe("span-exact,(micro),3,2,1,1,2,0.5,0.3333333333333333,0.4,,,,");
  });

  it("runs the current tagger by default and says that it has nothing to cross-validate", async () => {
    const r = await runMain(["eval", "--corpus", corpus]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^reference: gold \(coder-a, .*\)\ncompared:  framewatch@\S+ tagger \(codebook 1, min confidence 0\.5\)\ndocuments: 3 compared/);
    expect(r.stdout).toContain("The tagger is rule-based, with no trained component");
    const json = JSON.parse((await runMain(["eval", "--corpus", corpus, "--format", "json"])).stdout);
    expect(json.note).toMatch(/nothing to cross-validate/);
  });

  it("measures two human coders' agreement from two folders of annotation files, on the documents both coded", async () => {
    const a = join(tmp, "coder-a");
    const b = join(tmp, "coder-b");
    for (const d of DOCS) coderFile(a, d, d.gold, "coder-a");
    coderFile(b, DOCS[0], DOCS[0].gold);
    coderFile(b, DOCS[2], [at(C, "we are sorry", "apology")]);
    const r = await runMain(["eval", "--corpus", corpus, "--gold", a, "--pred", b, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("1 documents of the reference are not in");
    const report: AgreementReport = JSON.parse(r.stdout);
    expect(report.reference).toBe(`${a} (coder-a)`);
    expect(report.compared).toBe(`${b} (coder-b)`);
    expect(report.documents).toEqual(["a", "c"]);
    expect(row(report.document.perStrategy, "sector-problem")).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(row(report.reliability.perStrategy, "apology").documents).toEqual({ alpha: 1, kappa: 1 });
    // Neither coder used denial: its alpha and kappa are undefined.
    expect(row(report.reliability.perStrategy, "denial").documents).toEqual({ alpha: null, kappa: null });
  });

  it("agrees perfectly with itself on the bundled corpus (gold against its own gold files)", async () => {
    const r = await runMain(["eval", "--corpus", BUNDLED_CORPUS, "--pred", join(BUNDLED_CORPUS, "gold"), "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.documents).toHaveLength(70);
    expect(report.document.micro.f1).toBe(1);
    expect(report.spans.exact.micro.f1).toBe(1);
    expect(report.reliability.documents.alpha).toBe(1);
    expect(report.reliability.characters.kappa).toBe(1);
    expect(report.disagreements).toEqual([]);
  });

  it("refuses a prediction whose span does not match the text, naming the document and the tag", async () => {
    const bad = join(tmp, "bad.jsonl");
    writeFileSync(bad, JSON.stringify({ id: "a", tags: [{ strategy: "corrective-action", mode: "enacted", start: 4, end: 19, text: "found and fixed" }] }));
    const r = await runMain(["eval", "--corpus", corpus, "--pred", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}:1: document "a", span tags[0]: text "found and fixed" does not match the document at 4-19`);
  });

  it("explains itself with --help and refuses a bad format", async () => {
    const help = await runMain(["eval", "--help"]);
    for (const w of ["--gold", "--pred", "--format", "--corpus", "--codebook", "--min-confidence", "--disagreements", "Krippendorff", "cross-validate", "Exit status"]) expect(help.stdout).toContain(w);
    const bad = await runMain(["eval", "--format", "xml"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid format: "xml" (expected text, json, csv)');
  });
});
