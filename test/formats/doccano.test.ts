import { describe, expect, it } from "vitest";
import { fromDoccano, toDoccano } from "../../src/formats/doccano.js";
import { exportFiles, importFiles } from "../../src/formats/interchange.js";
import { ImportCollector, formatImportProblem } from "../../src/formats/spans.js";
import { DOCS, expected, STRATEGIES, TEXTS } from "../helpers/interchange.js";

const read = (jsonl: string) => {
  const into = new ImportCollector(TEXTS);
  fromDoccano(jsonl, "d.jsonl", into);
  return into.result();
};

describe("doccano JSONL", () => {
  it("writes a line per document with [start, end, \"strategy:mode\"] labels in UTF-16 units", () => {
    const rec = JSON.parse(toDoccano(DOCS[0]));
    expect(rec.document).toBe("doc-a");
    expect(rec.text).toBe(DOCS[0].text);
    expect(rec.label[0]).toEqual([6, 35, "corrective-action:enacted"]);
  });

  it("round-trips through exportFiles and importFiles, emoji and all", () => {
    const r = importFiles("doccano", exportFiles("doccano", DOCS, { strategies: STRATEGIES, by: "x" }), TEXTS);
    expect(r.problems).toEqual([]);
    expect(r.documents.map(({ id, spans }) => ({ id, spans }))).toEqual(expected(DOCS));
  });

  it("reads entities as objects, finds a document by its text, and refuses one named twice", () => {
    const line = JSON.stringify({ text: DOCS[1].text, entities: [{ start_offset: 50, end_offset: 84, label: "strategic-silence:directive" }] });
    const r = read(`${line}\n${line}\n`);
    expect(r.problems.map(formatImportProblem)).toEqual(['d.jsonl:2: document "doc-b": the document appears more than once (first at d.jsonl:1)']);
    expect(read(line).documents).toEqual([{ id: "doc-b", spans: [{ strategy: "strategic-silence", mode: "directive", start: 50, end: 84, text: "not planning additional statements" }] }]);
  });

  it("reports a label without a mode, and offsets that split an emoji", () => {
    const r = read(JSON.stringify({ document: "doc-a", label: [[93, 101, "apology"], [0, 1, "apology:enacted"]] }));
    expect(r.problems.map(formatImportProblem)).toEqual([
      'd.jsonl:1: document "doc-a", span 1 ("apology"): no mode for apology (expected enacted, directive, reported)',
      'd.jsonl:1: document "doc-a", span 2 ("apology:enacted"): offsets 0-1 split a character outside the Basic Multilingual Plane (such as an emoji) in two',
    ]);
  });
});
