import { describe, expect, it } from "vitest";
import { bratConfig, fromBrat, toBrat } from "../../src/formats/brat.js";
import { exportFiles, importFiles } from "../../src/formats/interchange.js";
import { ImportCollector, formatImportProblem } from "../../src/formats/spans.js";
import { DOCS, expected, STRATEGIES, TEXTS } from "../helpers/interchange.js";

const read = (ann: string, txt?: string) => {
  const into = new ImportCollector(TEXTS);
  fromBrat("doc-a", ann, "doc-a.ann", into, txt);
  return into.result();
};

describe("brat standoff", () => {
  it("writes text-bound annotations in code points, the mode as an attribute and the cue as a note", () => {
    const { txt, ann } = toBrat(DOCS[0]);
    expect(txt).toBe(DOCS[0].text);
    const lines = ann.trimEnd().split("\n");
    // "🙂 We found": "found" starts at code point 5.
    expect(lines[0]).toBe("T1\tcorrective-action 5 33\tfound and fixed 🐛 this issue");
    expect(lines[1]).toBe("A1\tMode T1 enacted");
    expect(lines[2]).toBe("#1\tAnnotatorNotes T1\tcue corrective-action.test, confidence 0.9");
  });

  it("splits a span across a line break into fragments, as brat draws them", () => {
    const line = toBrat(DOCS[0]).ann.split("\n").find((l) => l.startsWith("T2\t"))!;
    expect(line).toBe("T2\ttemporal-distancing 23 34;35 50\tthis issue. The data is 𝒪𝓁𝒹");
  });

  it("writes annotation.conf with the strategies, overlap allowed and the Mode attribute, and visual.conf with colours", () => {
    const { annotationConf, visualConf } = bratConfig(STRATEGIES);
    expect(annotationConf).toMatch(/\[entities\]\ncorrective-action\ntemporal-distancing\n/);
    expect(annotationConf).toContain("Mode\tArg:<ENTITY>, Value:enacted|directive|reported");
    expect(annotationConf).toContain("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>");
    expect(visualConf).toMatch(/corrective-action\tbgColor:#[0-9a-f]{6}/);
  });

  it("round-trips every document through its .ann and .txt, emoji, line breaks and all", () => {
    const files = exportFiles("brat", DOCS, { strategies: STRATEGIES, by: "x" });
    expect(files.map((f) => f.name)).toEqual(["doc-a.ann", "doc-a.txt", "doc-b.ann", "doc-b.txt", "doc-c.ann", "doc-c.txt", "annotation.conf", "visual.conf"]);
    const r = importFiles("brat", files, TEXTS);
    expect(r.problems).toEqual([]);
    expect(r.documents.map(({ id, spans }) => ({ id, spans }))).toEqual(expected(DOCS));
  });

  it("reports a shifted span with its document, id and line", () => {
    const r = read("T1\tapology 5 10\tsorry 😔\nA1\tMode T1 enacted\n");
    expect(r.problems.map(formatImportProblem)).toEqual([expect.stringMatching(/^doc-a\.ann:1: document "doc-a", span T1: text "sorry 😔" does not match the document at 5-10 \(code points\)/)]);
    expect(r.documents).toEqual([]);
  });

  it("refuses a span without a mode, a discontinuous span, and a .txt that is not the corpus's text", () => {
    expect(read("T1\tapology 88 95\tsorry 😔\n").problems.map(formatImportProblem)).toEqual(['doc-a.ann:1: document "doc-a", span T1: no mode for apology (expected enacted, directive, reported)']);
    expect(read("T1\tapology 2 4;86 93\tWe sorry 😔\nA1\tMode T1 enacted\n").problems[0].reason).toMatch(/discontinuous span/);
    expect(read("", "another text").problems[0].reason).toMatch(/differs from the corpus's text from character 0/);
  });

  it("accepts the .txt with a final line break that editors add, and ignores relations with a warning", () => {
    const r = read("T1\tapology 88 95\tsorry 😔\nA1\tMode T1 enacted\nR1\tCause Arg1:T1 Arg2:T1\n", DOCS[0].text + "\n");
    expect(r.problems).toEqual([]);
    expect(r.documents[0].spans).toEqual([{ strategy: "apology", mode: "enacted", start: 93, end: 101, text: "sorry 😔" }]);
    expect(r.warnings).toEqual(["doc-a.ann:3: relation R1 ignored (framewatch imports spans only)"]);
  });
});
