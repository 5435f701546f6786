import { describe, expect, it } from "vitest";
import { fromCsv, parseCsv, toCsv } from "../../src/formats/csv.js";
import { exportFiles, importFiles } from "../../src/formats/interchange.js";
import { ImportCollector, formatImportProblem, type ExportDocument } from "../../src/formats/spans.js";
import { DOCS, expected, span, STRATEGIES, TEXTS } from "../helpers/interchange.js";

describe("CSV", () => {
  it("parses quoted cells with commas, doubled quotes and line breaks, keeping each record's first line", () => {
    expect(parseCsv('a,b\r\n"x, ""y""","1\n2"\n\nlast,\n')).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ['x, "y"', "1\n2"] },
      { line: 5, cells: ["last", ""] },
    ]);
  });

  it("round-trips through exportFiles and importFiles; a document without spans has no row", () => {
    const r = importFiles("csv", exportFiles("csv", DOCS, { strategies: STRATEGIES, by: "x" }), TEXTS);
    expect(r.problems).toEqual([]);
    expect(r.documents.map(({ id, spans }) => ({ id, spans }))).toEqual(expected(DOCS.slice(0, 2)));
  });

  it("undoes the guard against formula injection on import", () => {
    const text = "-- We fixed it. =SUM(A1) is not a formula here.";
    const docs: ExportDocument[] = [{ id: "=doc", text, spans: [span(text, "-- We fixed it", "corrective-action", "enacted"), span(text, "=SUM(A1)", "denial", "enacted")] }];
    const csv = toCsv(docs);
    expect(csv).toContain("'=doc,corrective-action,enacted,0,14,'-- We fixed it");
    const into = new ImportCollector(new Map([["=doc", text]]));
    fromCsv(csv, "t.csv", into);
    const r = into.result();
    expect(r.problems).toEqual([]);
    expect(r.documents).toEqual(expected(docs));
  });

  it("names the row of a span that does not fit, and a missing column", () => {
    const into = new ImportCollector(TEXTS);
    fromCsv("id,strategy,mode,start,end,text\ndoc-b,strategic-silence,directive,44,84,not planning\n", "t.csv", into);
    expect(into.result().problems.map(formatImportProblem)).toEqual([expect.stringMatching(/^t\.csv:2: document "doc-b", span strategic-silence 44-84: text "not planning" does not match/)]);
    const into2 = new ImportCollector(TEXTS);
    fromCsv("id,strategy,start,end,text\n", "t.csv", into2);
    expect(into2.result().problems.map(formatImportProblem)).toEqual(["t.csv:1: missing column mode in the header"]);
  });
});
